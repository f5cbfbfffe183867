"""The story file format (no Qt): an ordered list of saved views with titles and notes.

A story is one ``.reestory`` file, UTF-8 JSON::

    {"format": "ree-desktop-story", "version": 3, "title": "...", "description": "...",
     "slides": [{"title": "...", "note": "...", "view": {<ViewState JSON>},
                 "highlight": {"kind": "country", "key": "CHN"}}, ...]}

A slide's optional ``highlight`` names what it talks about — a value-chain stage, a country
(ISO3) or an event (its id) — and presentation mode asks the panel to mark it (version 3).
Version 1 (the first format) named a slide's note "caption" and its view "state" and had no
description; version 2 had no highlight; both still open (tests/data/stories holds one of
each). Every file is validated on open,
and a broken, foreign or hostile file (a FIFO, a device, 2 GB, nested 200,000 deep) gives
one message naming the file, the slide and what is wrong. Each view is built with
``ree_desktop.viewstate.ViewStateData.from_dict`` (Qt-free), so the CLI and tests read
stories without Qt; ``make_view`` can replace it. Saving goes through
``ree_desktop.atomic``: a failed save keeps the old file.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ree_desktop import atomic
from ree_desktop.i18n import translate
from ree_desktop.viewstate import ViewStateData

STORY_FORMAT = "ree-desktop-story"
STORY_VERSION = 3
SUFFIX = ".reestory"
MAX_BYTES = 5_000_000
HIGHLIGHT_KINDS = ("stage", "country", "event")


class StoryError(ValueError):
    """A story file that cannot be read or written: the message says which and why."""


@dataclass
class Slide:
    title: str
    note: str
    state: ViewStateData
    highlight: tuple[str, str] | None = None  # (kind, key): what the slide points at


@dataclass
class Story:
    title: str = "Untitled story"
    slides: list[Slide] = field(default_factory=list)
    description: str = ""


def story_to_dict(story: Story) -> dict:
    return {"format": STORY_FORMAT, "version": STORY_VERSION, "title": story.title,
            "description": story.description,
            "slides": [_slide_dict(s) for s in story.slides]}


def _slide_dict(slide: Slide) -> dict:
    data = {"title": slide.title, "note": slide.note, "view": slide.state.to_dict()}
    if slide.highlight is not None:
        data["highlight"] = {"kind": slide.highlight[0], "key": slide.highlight[1]}
    return data


def check_highlight(value: object, where: str) -> tuple[str, str] | None:
    """A slide's ``highlight``: None, or {"kind": stage|country|event, "key": text}."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise StoryError(f"{where}: " + translate(
            "Stories", "'highlight' must be a JSON object such as {example}").format(
                example='{"kind": "country", "key": "CHN"}'))
    kind, key = value.get("kind"), value.get("key")
    if kind not in HIGHLIGHT_KINDS:
        raise StoryError(f"{where}: " + translate(
            "Stories", "highlight field 'kind' must be one of {kinds}, not {value}").format(
                kinds=", ".join(HIGHLIGHT_KINDS), value=_short(kind)))
    if not isinstance(key, str) or not key.strip() or len(key) > 200:
        raise StoryError(f"{where}: " + translate(
            "Stories", "highlight field 'key' must be a short text (a stage, an ISO3 country "
            "code or an event id), not {value}").format(value=_short(key)))
    return kind, key.strip()


_VIEW_FIELDS = {"panel": str, "element": str, "scenario": str, "metric": str, "view": str,
                "stage": str, "theme": str, "year": int, "font_size": int, "options": dict}


def check_view(view: object, where: str, make_view: Callable[[dict], Any]) -> Any:
    """A slide's view, checked field by field so a hand-edited file gets a precise message."""
    if not isinstance(view, dict):
        raise StoryError(f"{where}: " + translate("Stories", "'view' must be a JSON object"))
    for key, kind in _VIEW_FIELDS.items():
        if key in view and not (isinstance(view[key], kind) and not isinstance(view[key], bool)):
            raise StoryError(f"{where}: " + translate(
                "Stories", "view field '{field}' must be {kind}, not {value}").format(
                    field=key, kind=kind.__name__, value=_short(view[key])))
    for key in ("countries", "elements"):
        if key in view and not (isinstance(view[key], list)
                                and all(isinstance(v, str) for v in view[key])):
            raise StoryError(f"{where}: " + translate(
                "Stories", "view field '{field}' must be a list of text codes").format(
                    field=key))
    if "year_range" in view:
        value = view["year_range"]
        if not (isinstance(value, list) and len(value) == 2
                and all(isinstance(v, int) and not isinstance(v, bool) for v in value)):
            raise StoryError(f"{where}: " + translate(
                "Stories", "view field 'year_range' must be [first, last] years"))
    try:
        return make_view(view)
    except (ValueError, TypeError) as error:
        raise StoryError(f"{where}: {error}") from None


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _text(value: object, where: str, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise StoryError(f"{where}: " + translate("Stories", "'{field}' must be text").format(
            field=name))
    return value


def story_from_dict(data: object, origin: str = "story",
                    make_view: Callable[[dict], Any] = ViewStateData.from_dict) -> Story:
    """Validate and build a Story from parsed JSON; versions 1 to 3 are understood."""
    if not isinstance(data, dict) or data.get("format") != STORY_FORMAT:
        raise StoryError(f"{origin}: " + translate(
            "Stories", "not a REE Desktop story (a story is JSON with {format})").format(
                format=f'"format": "{STORY_FORMAT}"'))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoryError(f"{origin}: " + translate(
            "Stories", "'version' must be a whole number, not {value}").format(
                value=_short(version)))
    if version > STORY_VERSION:
        raise StoryError(f"{origin}: " + translate(
            "Stories", "made by a newer REE Desktop (story version {version}; this app reads "
            "up to {newest}): update the app").format(version=version, newest=STORY_VERSION))
    slides = data.get("slides")
    if not isinstance(slides, list):
        raise StoryError(f"{origin}: " + translate("Stories", "'slides' must be a list of slides"))
    note_key, view_key = ("caption", "state") if version == 1 else ("note", "view")
    story = Story(title=_text(data.get("title"), origin, "title") or "Untitled story",
                  description=_text(data.get("description"), origin, "description"))
    for number, raw in enumerate(slides, start=1):
        where = translate("Stories", "{file}, slide {number}").format(file=origin, number=number)
        if not isinstance(raw, dict):
            raise StoryError(f"{where}: " + translate("Stories", "a slide must be a JSON object"))
        if view_key not in raw:
            raise StoryError(f"{where}: " + translate(
                "Stories", "the slide has no '{field}' (the view to show)").format(field=view_key))
        story.slides.append(Slide(title=_text(raw.get("title"), where, "title"),
                                  note=_text(raw.get(note_key), where, note_key),
                                  state=check_view(raw[view_key], where, make_view),
                                  highlight=check_highlight(raw.get("highlight"), where)
                                  if version >= 3 else None))
    return story


def cannot_read(error: OSError) -> str:
    return translate("Stories", "cannot be read ({error})").format(
        error=error.strerror or error)


def read_capped(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, else StoryError.

    Opened non-blocking and checked with fstat before reading, so a FIFO, a device such as
    /dev/zero or a folder is refused at once instead of hanging or reading gigabytes.
    """
    name = path.name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise StoryError(f"{path}: " + translate("Stories", "no such file")) from None
    except IsADirectoryError:
        raise StoryError(f"{path}: " + translate("Stories", "is a folder, not a story file")
                         ) from None
    except OSError as error:
        raise StoryError(f"{path}: " + cannot_read(error)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise StoryError(f"{path}: " + translate("Stories", "is a folder, not a story file"))
        if not stat.S_ISREG(info.st_mode):
            raise StoryError(f"{name}: " + translate(
                "Stories", "not a regular file (a pipe or device); save the story to a file "
                "and open that"))
        if info.st_size > limit:
            raise StoryError(f"{name}: " + translate(
                "Stories", "{size} bytes is too large for a story (at most {limit})").format(
                    size=f"{info.st_size:,}", limit=f"{limit:,}"))
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise StoryError(f"{name}: " + translate(
                "Stories", "more than {limit} bytes is too large for a story").format(
                    limit=f"{limit:,}"))
        return b"".join(chunks)
    except OSError as error:
        raise StoryError(f"{path}: " + cannot_read(error)) from None
    finally:
        os.close(fd)


def load_story(path: Path, make_view: Callable[[dict], Any] = ViewStateData.from_dict) -> Story:
    """Read and validate a .reestory file; any problem raises StoryError with a clear message."""
    path = Path(path)
    name = path.name
    raw = read_capped(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StoryError(f"{name}: " + translate(
            "Stories", "not a REE Desktop story (not UTF-8 text)")) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise StoryError(f"{name}: " + translate(
            "Stories", "not a REE Desktop story: invalid JSON at line {line}, column {column} "
            "({error})").format(line=error.lineno, column=error.colno, error=error.msg)
        ) from None
    except RecursionError:
        raise StoryError(f"{name}: " + translate(
            "Stories", "not a REE Desktop story: the JSON is nested too deeply (a story is a "
            "list of slides, a few levels deep)")) from None
    return story_from_dict(data, name, make_view)


def save_story(story: Story, path: Path) -> Path:
    """Write atomically (temporary file, fsync, rename): a failed save keeps the old file."""
    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    text = json.dumps(story_to_dict(story), ensure_ascii=False, indent=2) + "\n"
    try:
        return atomic.write_text(path, text)
    except atomic.WriteFailed as error:
        raise StoryError(str(error)) from None
