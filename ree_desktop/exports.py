"""Writing the data behind a view to CSV (no Qt): used by the CLI and the window.

CSV injection (OWASP): a spreadsheet runs a cell as a formula when it starts with
``= + - @``, tab or CR — and a semicolon-locale spreadsheet also splits an unquoted cell
at ``;``, so ``t;=cmd|' /C calc'!A0`` becomes a formula there. So every text cell that starts
with one of those characters, or has one right after a separator (``, ; | tab``), gets a
single quote in front of it; every text cell is written in double quotes (inner quotes
doubled), so no locale splits it. Numbers stay numbers: numeric columns are written bare,
and text that is just a number (``-3.5``, ``+1e3``) is not prefixed.

The sources go into a sidecar file ``NAME.sources.txt`` so the CSV itself stays plain,
machine-readable data. It lists every distinct source of the rows written (publisher, title,
edition, URL), one a line: the one-line summary under a chart may shorten a long list
("+2 more"), a file that leaves the app must not. Both files are written atomically
(``ree_desktop.atomic``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ree_desktop.atomic import write_bytes, write_text
from ree_desktop.i18n import translate

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?$")
# A formula character right after a separator some locale splits cells at.
_AFTER_SEPARATOR = re.compile(r"([,;|\t])([=+\-@\t\r])")


def neutralise_cell(value):
    """A text cell a spreadsheet will show as text; numbers and number-like text unchanged."""
    if not isinstance(value, str) or _NUMBER.match(value):
        return value
    if value.startswith(_FORMULA_START):
        value = "'" + value
    return _AFTER_SEPARATOR.sub(r"\1'\2", value)


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise_cell)
    out.columns = [neutralise_cell(str(c)) for c in out.columns]
    return out


def csv_text(frame: pd.DataFrame) -> str:
    """The CSV a spreadsheet opens safely: text quoted and neutralised, numbers bare."""
    buffer = io.StringIO()
    neutralise(frame).to_csv(buffer, index=False, quoting=csv.QUOTE_NONNUMERIC,
                             lineterminator="\n")
    return buffer.getvalue()


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".sources.txt")


_SHORTENED = re.compile(r",? \+\d+ more\b")
#: The columns that name a row's source, in the order a sidecar line shows them.
SOURCE_COLUMNS = ("source_publisher", "source", "edition", "source_url")


def source_list(frame: pd.DataFrame) -> list[str]:
    """Every distinct source of the rows, one line each, in first-seen order."""
    columns = [c for c in SOURCE_COLUMNS if c in frame.columns]
    if not columns or frame.empty:
        return []
    lines: list[str] = []
    for values in frame[columns].drop_duplicates().itertuples(index=False):
        row = dict(zip(columns, values, strict=True))
        texts = {k: str(v).strip() for k, v in row.items() if isinstance(v, str) and v.strip()}
        parts = [texts.get("source_publisher", "")]
        if texts.get("source") and texts.get("source") != parts[0]:
            parts.append(texts["source"])
        if texts.get("edition") and texts["edition"] not in " ".join(parts):
            parts.append(translate("Export", "edition {edition}").format(
                edition=texts["edition"]))
        line = " — ".join(p for p in parts if p)
        if texts.get("source_url"):
            line = f"{line} <{texts['source_url']}>" if line else texts["source_url"]
        if line and line not in lines:
            lines.append(line)
    return lines


def sidecar_text(frame: pd.DataFrame, path: Path, sources: str = "", title: str = "") -> str:
    """The sidecar: title, data file, the summary (licences, caveats; no "+N more"), then
    every source of the rows."""
    lines = [title or translate("Export", "REE Desktop export"),
             translate("Export", "Data file: {name}").format(name=path.name)]
    every = source_list(frame)
    if every and sources:  # the summary keeps licences and caveats; the list below is whole
        lines.append(translate("Export", "Summary: {sources}").format(
            sources=_SHORTENED.sub("", sources)))
    if every:
        lines.append(translate("Export", "Sources of the {rows} rows ({count}):").format(
            rows=f"{len(frame):,}", count=len(every)))
        lines += [f"- {line}" for line in every]
    else:
        lines.append(translate("Export", "Sources: {sources}").format(
            sources=sources or translate("Export", "see the source columns")))
    return "\n".join(lines) + "\n"


def english_country_names(frame: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """``frame`` with its ``country`` column in English from ``country_iso3``: a CSV is
    machine-read, so it names countries the same way whatever the interface's language."""
    if not names or not {"country_iso3", "country"} <= set(frame.columns):
        return frame
    english = frame["country_iso3"].map(names)
    return frame.assign(country=english.where(english.notna(), frame["country"]))


def write_csv(frame: pd.DataFrame, path: Path, sources: str = "", title: str = "",
              country_names: Mapping[str, str] | None = None) -> Path:
    """Write ``frame`` as UTF-8 CSV and its sources beside it; returns the CSV path.

    ``country_names`` (iso3 → English name) puts English names in the ``country`` column.
    Raises ``atomic.WriteFailed`` (one line) if either file cannot be written; a file that
    could not be written keeps its old content.
    """
    path = Path(path)
    frame = english_country_names(frame, country_names or {})
    data = csv_text(frame).encode("utf-8")
    write_bytes(path, data)
    write_text(sidecar_path(path), sidecar_text(frame, path, sources, title))
    return path
