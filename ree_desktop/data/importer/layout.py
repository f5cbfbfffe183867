"""Publisher layouts: files as statistics offices, USGS and Our World in Data ship them.

* the value column is guessed when exactly one numeric column is left after mapping (OWID
  grapher downloads: ``Entity, Code, Year, <indicator> (unit)``), and ``(unit)`` at the end
  of its name becomes the unit when none is given;
* a code column beside the country names (``Code``, ``Country Code``) is kept for
  resolving (see :mod:`.resolve`);
* source, note and footnote lines below the table are held back while reading and, when
  nothing but such lines follows them, left out and noted instead of failing the import.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd

from ree_desktop.data.countries import normalise_name
from ree_desktop.data.importer.model import CODE_HEADERS, Detection, Problem, whole_row
from ree_desktop.data.importer.parse import parse_values
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

FOOTNOTE_REASON = QT_TRANSLATE_NOOP("Importer", "source or footnote line below the table")
_UNIT = re.compile(r"\(([^()]{1,40})\)\s*$")
_DIGIT = re.compile(r"\d")


def code_column(columns: list[str], mapping: dict[str, str]) -> str | None:
    """A country-code column that is not itself mapped (OWID ``Code``, WDI ``Country Code``)."""
    if "country" not in mapping:
        return None
    for column in columns:
        if column not in mapping.values() and normalise_name(column) in CODE_HEADERS:
            return column
    return None


def guess_value_column(sample: pd.DataFrame, taken: set[str], decimal: str,
                       thousands: str) -> str | None:
    """The only column left whose sample cells are (nearly all) numbers, else None."""
    numeric = []
    for column in sample.columns:
        if column in taken:
            continue
        cells = sample[column].astype(str).str.strip()
        cells = cells[cells != ""]
        if not len(cells):
            continue
        _, _, _, invalid = parse_values(cells.reset_index(drop=True), decimal, thousands)
        if invalid.mean() <= 0.1:
            numeric.append(column)
    return numeric[0] if len(numeric) == 1 else None


def unit_hint(column: str) -> str:
    """``Rare earth production (tonnes)`` → ``tonnes``; ``价格（美元/千克）`` → ``美元/千克``."""
    match = _UNIT.search(unicodedata.normalize("NFKC", column))
    return match.group(1).strip() if match else ""


class Footnotes:
    """Holds back the trailing run of note-like rows of each chunk until more data follows.

    A note-like row has at most two non-empty cells, no digit in the year or value cells
    and a first cell that is not a known country: "Source: USGS", "e Estimated.",
    "1 Includes Burma.". If a data row follows, the held rows are handed back in front of
    it and validated like any row (so a stray note inside the table is still an error).
    """

    def __init__(self, det: Detection, is_country):
        self.det = det
        self.is_country = is_country
        numeric = det.year_columns if det.wide else [
            det.mapping.get(f) for f in ("year", "value") if det.mapping.get(f)]
        self.numeric = [det.columns.index(c) for c in numeric if c in det.columns]
        country = det.mapping.get("country")  # a price series or a path may have none
        self.country = det.columns.index(country) if country in det.columns else None
        self.held: pd.DataFrame | None = None
        self.held_lines: np.ndarray | None = None

    def feed(self, chunk: pd.DataFrame, lines: np.ndarray
             ) -> tuple[pd.DataFrame, np.ndarray]:
        """The rows safe to validate now; the trailing note-like run is kept for later."""
        if self.held is not None:
            chunk = pd.concat([self.held, chunk])
            lines = np.concatenate([self.held_lines, lines])
            self.held = self.held_lines = None
        cut = len(chunk)
        while cut > 0 and self._note_like(chunk.iloc[cut - 1]):
            cut -= 1
        if cut < len(chunk):
            self.held, self.held_lines = chunk.iloc[cut:], lines[cut:]
            chunk, lines = chunk.iloc[:cut], lines[:cut]
        return chunk, lines

    def _note_like(self, row: pd.Series) -> bool:
        cells = ["" if v is None or v != v else str(v).strip() for v in row.tolist()]
        filled = [c for c in cells if c]
        if not filled:
            return True  # blank lines between the table and its notes
        if len(filled) > 2 or any(_DIGIT.search(cells[i]) for i in self.numeric):
            return False
        return self.country is None or not self.is_country(cells[self.country])

    def notes(self) -> list[Problem]:
        """The rows still held at the end of the file: left out, one note each."""
        if self.held is None:
            return []
        found = []
        for (_, row), line in zip(self.held.iterrows(), self.held_lines, strict=True):
            text = "; ".join(c for c in ("" if v is None or v != v else str(v).strip()
                                         for v in row.tolist()) if c)
            if text:
                found.append(Problem(int(line), whole_row(), text,
                                     translate("Importer", FOOTNOTE_REASON),
                                     translate("Importer", "left out (not data)")))
        return found
