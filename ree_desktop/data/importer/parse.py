"""Parsing: the streamed chunked read (pandas' C parser) and vectorised value/year parsing.

USGS markers become a number or NULL plus a flag, never a silent zero; ragged rows and
parser errors become problems or one ImportFailed sentence, never a raw pandas error.
"""

from __future__ import annotations

import csv
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from ree_desktop.data.importer.model import (
    _SPLIT_VALUE,
    MARKERS,
    YEAR_MAX,
    YEAR_MIN,
    Detection,
    ImportFailed,
    Problem,
)


def parse_values(series: pd.Series, decimal: str = ".", thousands: str = ","
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(values, flags, raw text kept for markers, invalid mask), vectorised.

    Plain numbers take the fast path; only cells that are not take the marker path.
    """
    size = len(series)
    flags = np.full(size, None, dtype=object)
    raws = np.full(size, None, dtype=object)
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(
            series.dtype):
        values = series.to_numpy(dtype=float, na_value=np.nan)
        return values, flags, raws, np.zeros(size, dtype=bool)
    text = series.astype(object).where(series.notna(), "").astype(str).str.strip()
    cleaned = text
    if thousands:
        cleaned = cleaned.str.replace(thousands, "", regex=False)
    cleaned = cleaned.str.replace("\u00a0", "", regex=False).str.replace(" ", "", regex=False)
    if decimal == ",":
        cleaned = cleaned.str.replace(",", ".", regex=False)
    numbers = np.array(pd.to_numeric(cleaned, errors="coerce"), dtype=float)
    slow = np.flatnonzero(np.isnan(numbers))
    invalid = np.zeros(size, dtype=bool)
    keys = text.iloc[slow].str.casefold()
    is_marker = keys.isin(MARKERS).to_numpy()
    for index, key in zip(slow[is_marker], keys[is_marker], strict=True):
        numbers[index] = np.nan if MARKERS[key][0] is None else MARKERS[key][0]
        flags[index] = MARKERS[key][1]
        raws[index] = text.iat[index] or None
    for index in slow[~is_marker]:
        raw = text.iat[index]
        value, flag = _parse_marked(raw, decimal, thousands)
        numbers[index] = np.nan if value is None else value
        flags[index] = flag
        raws[index] = raw
        invalid[index] = flag is None
    return numbers, flags, raws, invalid


def _parse_marked(raw: str, decimal: str, thousands: str) -> tuple[float | None, str | None]:
    """One non-plain cell → (value or None, flag); flag None means not a number at all."""
    key = raw.strip().casefold()
    if key in MARKERS:
        return MARKERS[key]
    match = _SPLIT_VALUE.match(raw.strip())
    if not match:
        return None, None
    op, core, suffix = match.groups()
    core = core.replace(thousands, "") if thousands else core
    core = core.replace("\u00a0", "").replace(" ", "")
    if decimal == ",":
        core = core.replace(",", ".")
    try:
        number = float(core)
    except ValueError:
        return None, None
    if not np.isfinite(number):
        return None, None
    if op:
        return number, op
    if suffix:
        flag = suffix.lower()
        return number, "er" if set(flag) == {"e", "r"} else flag[0]
    return number, None


def parse_years(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(years as float with NaN, invalid mask): whole numbers in 1800-2100 only."""
    numbers = pd.to_numeric(series.astype(object).where(series.notna(), "")
                            if not pd.api.types.is_numeric_dtype(series.dtype) else series,
                            errors="coerce")
    years = np.asarray(numbers, dtype=float)
    with np.errstate(invalid="ignore"):
        invalid = (np.isnan(years) | (years != np.round(years)) | (years < YEAR_MIN)
                   | (years > YEAR_MAX))
    return years, invalid



def _reader(handle, det: Detection, encoding: str, chunk_rows: int):
    quoting = csv.QUOTE_MINIMAL if det.quotechar else csv.QUOTE_NONE
    text_columns = [i for i, c in enumerate(det.columns)
                    if c != det.mapping.get("value") and c not in det.year_columns]
    return pd.read_csv(
        handle, sep=det.delimiter, header=None, names=list(range(len(det.columns))),
        skiprows=det.header_row + 1, encoding=encoding, quotechar=det.quotechar or '"',
        quoting=quoting, dtype=dict.fromkeys(text_columns, object), keep_default_na=False,
        na_values=[], skip_blank_lines=False, on_bad_lines="warn", chunksize=chunk_rows,
        decimal=det.decimal, thousands=det.thousands if det.thousands != det.delimiter
        and det.thousands else None, engine="c", encoding_errors="strict")


class _Chunks:
    """Iterate parsed chunks; ragged lines (pandas ParserWarning) become problems."""

    def __init__(self, path: Path, det: Detection, chunk_rows: int):
        self.handle = open(path, "rb")  # noqa: SIM115 (closed in close())
        self.size = max(1, path.stat().st_size)
        self.det = det
        encoding = "utf-8" if det.encoding == "utf-8-sig" else det.encoding
        if det.bom and det.encoding.startswith("utf-8"):
            self.handle.seek(3)
        self.reader = _reader(self.handle, det, encoding, chunk_rows)
        self.bad_lines: list[int] = []
        self.ragged: list[Problem] = []
        self.rows_seen = 0
        self.extra_lines = 0

    def position(self) -> float:
        try:
            return min(1.0, self.handle.tell() / self.size)
        except (ValueError, OSError):
            return 1.0

    def __iter__(self):
        width = len(self.det.columns)
        while True:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    chunk = next(self.reader)
                except StopIteration:
                    chunk = None
                except UnicodeDecodeError as error:
                    raise ImportFailed(
                        f"the file is not valid {self.det.encoding} (byte {error.start + 1} "
                        "of a block); choose another encoding (--encoding)") from None
                except UnicodeError as error:
                    raise ImportFailed(f"the file is not valid {self.det.encoding} ({error}); "
                                       "choose another encoding (--encoding)") from None
                except (pd.errors.ParserError, ValueError, OverflowError) as error:
                    raise ImportFailed(f"the file cannot be read as CSV: {error}".strip()
                                       ) from None
            for warning in caught:
                match = re.search(r"[Ss]kipping line (\d+): expected (\d+) fields?, saw (\d+)",
                                  str(warning.message))
                if match:
                    line = int(match.group(1))
                    self.bad_lines.append(line)
                    self.ragged.append(Problem(
                        line, "(whole row)", f"{match.group(3)} fields",
                        f"ragged row: {match.group(3)} fields where the header has {width}",
                        "fix the row, or import only the valid rows"))
            if chunk is None:
                return
            lines = self._line_numbers(chunk)
            self.rows_seen += len(chunk)
            yield chunk, lines

    def _line_numbers(self, chunk: pd.DataFrame) -> np.ndarray:
        count = len(chunk)
        first = self.det.header_row + 2 + self.rows_seen + self.extra_lines
        lines = np.arange(first, first + count, dtype=np.int64)
        if self.det.multiline and count:
            newline = "\r" if self.det.line_end == "CR" else "\n"
            extra = np.zeros(count, dtype=np.int64)
            for column in chunk.columns:
                if not pd.api.types.is_numeric_dtype(chunk[column].dtype):
                    extra += chunk[column].map(
                        lambda v: v.count(newline) if isinstance(v, str) else 0
                    ).to_numpy(dtype=np.int64)
            shift = np.cumsum(extra) - extra  # newlines inside the rows above
            lines += shift
            self.extra_lines += int(extra.sum())
        for bad in sorted(self.bad_lines):
            lines[lines >= bad] += 1
        return lines

    def close(self) -> None:
        self.handle.close()


