"""Stories: an ordered list of saved views, each with a title and a note, for presenting.

A story is one ``.reestory`` file, UTF-8 JSON::

    {"format": "ree-desktop-story", "version": 2, "title": "...", "description": "...",
     "slides": [{"title": "...", "note": "...", "view": {<ViewState JSON>}}, ...]}

Version 1 (the first format) named a slide's note "caption" and its view "state" and had no
description; it still opens (tests/data/stories holds one). Every file is validated on open,
and a broken or foreign file gives one message naming the file, the slide and what is wrong.

``main(argv)`` is ``ree-desktop story FILE [--screenshot-dir DIR]``: present a story, or render
every slide in presentation mode to numbered PNGs and exit (handouts, tests).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.ui.state import ViewStateData

STORY_FORMAT = "ree-desktop-story"
STORY_VERSION = 2
SUFFIX = ".reestory"
MAX_BYTES = 5_000_000
FILE_FILTER = "REE Desktop stories (*.reestory);;All files (*)"


class StoryError(ValueError):
    """A story file that cannot be read or written: the message says which and why."""


@dataclass
class Slide:
    title: str
    note: str
    state: ViewStateData


@dataclass
class Story:
    title: str = "Untitled story"
    slides: list[Slide] = field(default_factory=list)
    description: str = ""


# -- JSON ------------------------------------------------------------------------------------
def story_to_dict(story: Story) -> dict:
    return {"format": STORY_FORMAT, "version": STORY_VERSION, "title": story.title,
            "description": story.description,
            "slides": [{"title": s.title, "note": s.note, "view": s.state.to_dict()}
                       for s in story.slides]}


_VIEW_TYPES = {f.name: f.type for f in fields(ViewStateData)}


def _check_view(view: object, where: str) -> ViewStateData:
    """A slide's view, checked field by field so a hand-edited file gets a precise message."""
    if not isinstance(view, dict):
        raise StoryError(f"{where}: 'view' must be a JSON object")
    expect = {"panel": str, "element": str, "scenario": str, "metric": str, "view": str,
              "stage": str, "theme": str, "year": int, "font_size": int, "options": dict}
    for key, kind in expect.items():
        if key in view and not (isinstance(view[key], kind) and not isinstance(view[key], bool)):
            raise StoryError(f"{where}: view field '{key}' must be {kind.__name__}, "
                             f"not {view[key]!r}")
    for key in ("countries", "elements"):
        if key in view and not (isinstance(view[key], list)
                                and all(isinstance(v, str) for v in view[key])):
            raise StoryError(f"{where}: view field '{key}' must be a list of text codes")
    if "year_range" in view:
        value = view["year_range"]
        if not (isinstance(value, list) and len(value) == 2
                and all(isinstance(v, int) and not isinstance(v, bool) for v in value)):
            raise StoryError(f"{where}: view field 'year_range' must be [first, last] years")
    try:
        return ViewStateData.from_dict(view)
    except (ValueError, TypeError) as error:
        raise StoryError(f"{where}: {error}") from None


def _text(value: object, where: str, name: str, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise StoryError(f"{where}: '{name}' must be text")
    return value


def story_from_dict(data: object, origin: str = "story") -> Story:
    """Validate and build a Story from parsed JSON; versions 1 and 2 are understood."""
    if not isinstance(data, dict) or data.get("format") != STORY_FORMAT:
        raise StoryError(f"{origin}: not a REE Desktop story (a story is JSON with "
                         f"\"format\": \"{STORY_FORMAT}\")")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoryError(f"{origin}: 'version' must be a whole number, not {version!r}")
    if version > STORY_VERSION:
        raise StoryError(f"{origin}: made by a newer REE Desktop (story version {version}; "
                         f"this app reads up to {STORY_VERSION}): update the app")
    slides = data.get("slides")
    if not isinstance(slides, list):
        raise StoryError(f"{origin}: 'slides' must be a list of slides")
    note_key, view_key = ("caption", "state") if version == 1 else ("note", "view")
    story = Story(title=_text(data.get("title"), origin, "title") or "Untitled story",
                  description=_text(data.get("description"), origin, "description"))
    for number, raw in enumerate(slides, start=1):
        where = f"{origin}, slide {number}"
        if not isinstance(raw, dict):
            raise StoryError(f"{where}: a slide must be a JSON object")
        if view_key not in raw:
            raise StoryError(f"{where}: the slide has no '{view_key}' (the view to show)")
        story.slides.append(Slide(title=_text(raw.get("title"), where, "title"),
                                  note=_text(raw.get(note_key), where, note_key),
                                  state=_check_view(raw[view_key], where)))
    return story


def load_story(path: Path) -> Story:
    """Read and validate a .reestory file; any problem raises StoryError with a clear message."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise StoryError(f"{name}: {size:,} bytes is too large for a story")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise StoryError(f"{path}: no such file") from None
    except OSError as error:
        raise StoryError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StoryError(f"{name}: not a REE Desktop story (not UTF-8 text)") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise StoryError(f"{name}: not a REE Desktop story: invalid JSON at line "
                         f"{error.lineno}, column {error.colno} ({error.msg})") from None
    return story_from_dict(data, name)


def save_story(story: Story, path: Path) -> Path:
    """Write atomically (temporary file, then rename): a failed save never loses the old file."""
    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    text = json.dumps(story_to_dict(story), ensure_ascii=False, indent=2) + "\n"
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise StoryError(f"{path}: cannot be written ({error.strerror or error})") from None
    return path


# -- the editor ------------------------------------------------------------------------------
class StoryEditor(QDialog):
    """Build a story from views: add the current view, reorder, retitle, annotate, delete.

    Not modal: the user moves around the app and presses "Add current view" for each slide.
    """

    def __init__(self, window, story: Story | None = None, path: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window = window
        self.story = story or Story()
        self.path = path
        self.dirty = False
        self.setWindowTitle("Story editor")
        self.resize(620, 520)
        self.title_edit = QLineEdit(self.story.title, objectName="storyTitle")
        self.title_edit.textEdited.connect(self._title_edited)
        self.description_edit = QLineEdit(self.story.description, objectName="storyDescription")
        self.description_edit.setPlaceholderText("One line for the audience (optional)")
        self.description_edit.textEdited.connect(self._description_edited)
        self.list = QListWidget(objectName="slideList")
        self.list.currentRowChanged.connect(self._row_changed)
        self.slide_title = QLineEdit(objectName="slideTitle")
        self.slide_title.textEdited.connect(self._slide_edited)
        self.slide_note = QPlainTextEdit(objectName="slideNote")
        self.slide_note.setPlaceholderText("What the audience should see in this view…")
        self.slide_note.textChanged.connect(self._slide_edited)
        self.slide_note.setMaximumHeight(110)

        form = QFormLayout()
        form.addRow("Story title", self.title_edit)
        form.addRow("Description", self.description_edit)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, label, slot in (
                ("add", "&Add current view", self.add_current_view),
                ("update", "Use current &view", self.update_current_view),
                ("show", "&Show", self.show_selected),
                ("up", "Move &up", lambda: self.move(-1)),
                ("down", "Move &down", lambda: self.move(1)),
                ("delete", "De&lete", self.delete_selected)):
            button = QPushButton(label, objectName=f"story_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        slide_form = QFormLayout()
        slide_form.addRow("Slide title", self.slide_title)
        slide_form.addRow("Note", self.slide_note)
        bottom = QHBoxLayout()
        for key, label, slot in (("open", "&Open…", self.open_dialog),
                                 ("save", "&Save", self.save),
                                 ("save_as", "Save &as…", self.save_as),
                                 ("present", "&Present (F11)", self.present)):
            button = QPushButton(label, objectName=f"story_{key}")
            button.clicked.connect(slot)
            bottom.addWidget(button)
            self.buttons[key] = button
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(slide_form)
        layout.addLayout(bottom)
        self._reload_list(0)

    # -- list ------------------------------------------------------------------------------
    def _reload_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, slide in enumerate(self.story.slides, start=1):
            self.list.addItem(f"{number}. {slide.title or '(untitled)'} — {slide.state.panel}")
        self.list.blockSignals(False)
        if self.story.slides:
            self.list.setCurrentRow(max(0, min(row, len(self.story.slides) - 1)))
        self._row_changed(self.list.currentRow())

    def _row_changed(self, row: int) -> None:
        has = 0 <= row < len(self.story.slides)
        for widget in (self.slide_title, self.slide_note):
            widget.blockSignals(True)
            widget.setEnabled(has)
        self.slide_title.setText(self.story.slides[row].title if has else "")
        self.slide_note.setPlainText(self.story.slides[row].note if has else "")
        for widget in (self.slide_title, self.slide_note):
            widget.blockSignals(False)
        for key in ("update", "show", "up", "down", "delete"):
            self.buttons[key].setEnabled(has)

    def _title_edited(self, text: str) -> None:
        self.story.title = text
        self._changed()

    def _description_edited(self, text: str) -> None:
        self.story.description = text
        self._changed()

    def _slide_edited(self, *_args) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.story.slides):
            slide = self.story.slides[row]
            slide.title = self.slide_title.text()
            slide.note = self.slide_note.toPlainText()
            item = self.list.item(row)
            item.setText(f"{row + 1}. {slide.title or '(untitled)'} — {slide.state.panel}")
            self._changed()

    def _changed(self) -> None:
        self.dirty = True
        self.window.presenter.story = self.story

    # -- actions ---------------------------------------------------------------------------
    def add_current_view(self) -> Slide:
        panel = self.window.current_panel()
        slide = Slide(title=panel.title if panel else "", note="",
                      state=self.window.state.data)
        row = self.list.currentRow()
        at = row + 1 if row >= 0 else len(self.story.slides)
        self.story.slides.insert(at, slide)
        self._changed()
        self._reload_list(at)
        self.slide_title.setFocus()
        self.slide_title.selectAll()
        return slide

    def update_current_view(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.story.slides):
            self.story.slides[row].state = self.window.state.data
            self._changed()
            self._reload_list(row)

    def show_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.story.slides):
            state = self.story.slides[row].state
            if state.panel not in self.window.panel_classes:
                QMessageBox.information(self, "Story", f"This slide uses the “{state.panel}” "
                                        "panel, which this version does not have.")
                return
            current = self.window.state.data
            from dataclasses import replace

            self.window.state.restore(replace(state, theme=current.theme,
                                              font_size=current.font_size))

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self.story.slides) and 0 <= target < len(self.story.slides):
            slides = self.story.slides
            slides[row], slides[target] = slides[target], slides[row]
            self._changed()
            self._reload_list(target)

    def delete_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.story.slides):
            del self.story.slides[row]
            self._changed()
            self._reload_list(row)

    def present(self) -> None:
        self.hide()
        self.window.presenter.enter(self.story, max(self.list.currentRow(), 0))

    # -- files -----------------------------------------------------------------------------
    def set_story(self, story: Story, path: Path | None) -> None:
        self.story, self.path, self.dirty = story, path, False
        self.title_edit.setText(story.title)
        self.description_edit.setText(story.description)
        self._name_title()
        self.window.presenter.story = story
        self.window.presenter.index = 0
        self._reload_list(0)

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(self, "Open story", start_dir(self.window),
                                              FILE_FILTER)
        if name:
            open_story_file(self.window, Path(name))

    def save(self) -> Path | None:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> Path | None:
        suggested = str(self.path or Path(start_dir(self.window, sample=False))
                        / f"{self.story.title or 'story'}{SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self, "Save story", suggested, FILE_FILTER)
        return self._write(Path(name)) if name else None

    def _write(self, path: Path) -> Path | None:
        try:
            self.path = save_story(self.story, path)
        except StoryError as error:
            QMessageBox.warning(self, "Save story", str(error))
            return None
        self.dirty = False
        self._name_title()
        remember(self.window, self.path)
        self.window.statusBar().showMessage(f"Saved story {self.path}", 5000)
        return self.path

    def _name_title(self) -> None:
        self.setWindowTitle(f"Story editor — {self.path.name}" if self.path else "Story editor")

    def confirm_discard(self) -> bool:
        """Ask before unsaved slides are replaced; True means go ahead."""
        if not self.dirty or not self.story.slides:
            return True
        answer = QMessageBox.question(
            self, "Story", "The story has unsaved changes. Save them first?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save() is not None
        return answer == QMessageBox.StandardButton.Discard


def remember(window, path: Path) -> None:
    """The last story opened or saved: the next session's Open dialog starts beside it."""
    if window.settings is not None:
        window.settings.setValue("last_story", str(Path(path).resolve()))


def start_dir(window, sample: bool = True) -> str:
    """Folder of the last story, else the bundled sample stories (or home for saving)."""
    last = window.settings.value("last_story") if window.settings is not None else None
    if last and Path(str(last)).parent.is_dir():
        return str(Path(str(last)).parent)
    from ree_desktop.paths import resources_dir

    return str(resources_dir() / "stories") if sample else str(Path.home())


def editor_for(window) -> StoryEditor:
    """The window's one story editor, created on first use."""
    editor = getattr(window, "story_editor", None)
    if editor is None:
        editor = StoryEditor(window)
        window.story_editor = editor
    return editor


def open_story_file(window, path: Path) -> Story | None:
    """Load a story into the editor (shown); a bad file gives one message, nothing changes."""
    try:
        story = load_story(path)
    except StoryError as error:
        QMessageBox.warning(window, "Open story", str(error))
        return None
    editor = editor_for(window)
    editor.set_story(story, Path(path))
    remember(window, Path(path))
    editor.show()
    editor.raise_()
    return story


def install(window, file_menu: QMenu) -> None:
    """File → Open story…, Story editor…"""
    open_action = QAction("Open &story…", window)
    open_action.setToolTip("Open a .reestory file; F11 presents it")

    def choose() -> None:
        if not editor_for(window).confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(window, "Open story", start_dir(window),
                                              FILE_FILTER)
        if name:
            open_story_file(window, Path(name))

    open_action.triggered.connect(choose)
    edit_action = QAction("Story &editor…", window)
    edit_action.triggered.connect(lambda: (editor_for(window).show(),
                                           editor_for(window).raise_()))
    file_menu.addAction(open_action)
    file_menu.addAction(edit_action)


# -- command line ------------------------------------------------------------------------------
def main(argv: list[str]) -> int:
    """``ree-desktop story FILE [--screenshot-dir DIR] [--size WxH] [--theme light|dark]``."""
    parser = argparse.ArgumentParser(
        prog="ree-desktop story",
        description="Present a .reestory file, or render every slide in presentation mode to "
                    "numbered PNGs (--screenshot-dir) and exit.")
    parser.add_argument("file", type=Path)
    parser.add_argument("--screenshot-dir", type=Path,
                        help="write slide-01.png, slide-02.png… here and exit")
    parser.add_argument("--size", default="1920x1080", help="slide size WxH for screenshots")
    parser.add_argument("--theme", choices=("light", "dark"), default=None)
    parser.add_argument("--user-db", type=Path)
    args = parser.parse_args(argv)
    from ree_desktop.cli import UsageError, parse_size

    try:
        story = load_story(args.file)
    except StoryError as error:
        raise UsageError(str(error)) from None
    if args.screenshot_dir:
        width, height = parse_size(args.size)
        return render_slides(story, args.screenshot_dir, (width, height), args.theme,
                             args.user_db)
    return present(story, args.file, args.theme, args.user_db)


def _initial_state(story: Story, theme_name: str | None) -> ViewStateData:
    from dataclasses import replace

    first = story.slides[0].state if story.slides else ViewStateData()
    return replace(first, theme=theme_name or "light", font_size=0)


def render_slides(story: Story, out_dir: Path, size: tuple[int, int], theme_name: str | None,
                  user_db: Path | None) -> int:
    """Each slide in presentation mode → out_dir/slide-NN.png (offscreen when headless)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ree_desktop.app import build_window, create_application
    from ree_desktop.cli import UsageError, open_store

    if not story.slides:
        raise UsageError("the story has no slides")
    store = open_store(user_db)
    data = _initial_state(story, theme_name)
    app = create_application(data.theme, 0)
    window = build_window(store, data)
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    window.presenter.enter(story, 0, fullscreen=False)
    out_dir.mkdir(parents=True, exist_ok=True)
    for index in range(len(story.slides)):
        window.presenter.go(index)
        for _ in range(3):
            QApplication.processEvents()
        path = out_dir / f"slide-{index + 1:02d}.png"
        if not window.grab().save(str(path)):
            raise UsageError(f"could not write {path}")
        print(f"wrote {path}")
    window.presenter.leave()
    window.close()
    app.quit()
    return 0


def present(story: Story, path: Path, theme_name: str | None, user_db: Path | None) -> int:
    """Open the app full screen on the story's first slide (Esc leaves, the story stays open)."""
    from ree_desktop.app import build_window, create_application
    from ree_desktop.cli import open_store

    store = open_store(user_db)
    data = _initial_state(story, theme_name)
    app = create_application(data.theme, 0)
    window = build_window(store, data, remember=True)
    editor_for(window).set_story(story, Path(path))
    window.show()
    window.presenter.enter(story, 0)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

