"""Parsing: the streamed chunked read (pandas' C parser) and vectorised value/year parsing.

USGS markers become a number or NULL plus a flag, never a silent zero; ragged rows and
parser errors become problems or one ImportFailed sentence, never a raw pandas error.
"""

from __future__ import annotations

import csv
import io
import os
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from ree_desktop.data.dates import parse_date
from ree_desktop.data.importer.encoding import not_valid_in
from ree_desktop.data.importer.guard import Guard, field_counter, open_regular
from ree_desktop.data.importer.model import (
    _SPLIT_VALUE,
    MARKERS,
    YEAR_MAX,
    YEAR_MIN,
    Detection,
    ImportFailed,
    Problem,
    whole_row,
)
from ree_desktop.i18n import translate


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
        infinite = np.isinf(values)  # inf, -Infinity, 1e999: refused like any bad value
        if infinite.any():
            raws[infinite] = series.astype(str).to_numpy(dtype=object)[infinite]
            values = np.where(infinite, np.nan, values)
        return values, flags, raws, infinite
    text = series.astype(object).where(series.notna(), "").astype(str).str.strip()
    cleaned = text
    if thousands:
        cleaned = cleaned.str.replace(thousands, "", regex=False)
    cleaned = cleaned.str.replace("\u00a0", "", regex=False).str.replace(" ", "", regex=False)
    if decimal == ",":
        cleaned = cleaned.str.replace(",", ".", regex=False)
    numbers = np.array(pd.to_numeric(cleaned, errors="coerce"), dtype=float)
    numbers[np.isinf(numbers)] = np.nan  # non-finite: the slow path refuses it
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
    if pd.api.types.is_numeric_dtype(series.dtype):
        years = np.asarray(pd.to_numeric(series, errors="coerce"), dtype=float)
    else:  # a file has few distinct years: convert each once (docs/benchmarks.md, Import)
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        distinct = pd.Series(np.asarray(uniques, dtype=object), dtype=object)
        numbers = np.asarray(pd.to_numeric(distinct, errors="coerce"), dtype=float)
        years = np.append(numbers, np.nan)[codes]  # -1 (missing) picks the NaN
    with np.errstate(invalid="ignore"):
        invalid = (np.isnan(years) | (years != np.round(years)) | (years < YEAR_MIN)
                   | (years > YEAR_MAX))
    return years, invalid


def parse_dates(series: pd.Series) -> tuple[np.ndarray, np.ndarray | None, np.ndarray | None,
                                            np.ndarray]:
    """(years, dates, precisions, invalid): plain years on the fast path; other cells (2025-04,
    Apr 2025, 2025Q2 …) parsed once per distinct text. dates/precisions are None when every
    valid cell is a whole year (annual data), else object arrays with None for whole years."""
    years, invalid = parse_years(series)
    if not invalid.any() or pd.api.types.is_numeric_dtype(series.dtype):
        return years, None, None, invalid
    years, invalid = years.copy(), invalid.copy()
    text = series.to_numpy(dtype=object)[invalid]
    distinct, codes = np.unique(text.astype(str), return_inverse=True)
    parsed = [parse_date(value) for value in distinct]
    if not any(p is not None and p.date for p in parsed):
        ok = np.array([p is not None for p in parsed], dtype=bool)[codes]
        positions = np.flatnonzero(invalid)
        years[positions[ok]] = [parsed[c].year for c in codes[ok]]
        invalid[positions[ok]] = False
        return years, None, None, invalid
    dates = np.full(len(series), None, dtype=object)
    precisions = np.full(len(series), None, dtype=object)
    for position, code in zip(np.flatnonzero(invalid), codes, strict=True):
        found = parsed[code]
        if found is not None:
            years[position], dates[position], precisions[position] = found
            invalid[position] = False
    return years, dates, precisions, invalid



def _text(values) -> pd.Series:
    """Stripped text ('' for missing), worked out once per distinct value (fast for codes)."""
    codes, cleaned = _text_codes(values)
    return pd.Series(cleaned[codes] if len(cleaned) else np.array([], dtype=object),
                     dtype=object)


def _text_codes(values) -> tuple[np.ndarray, np.ndarray]:
    """(position of each value in the distinct list, the distinct values stripped)."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=False)
    cleaned = np.array(["" if u is None or u != u else str(u).strip() for u in uniques],
                       dtype=object)
    return codes, cleaned


def _reader(handle, det: Detection, encoding: str, chunk_rows: int):
    """pandas' chunked C reader. The header line is parsed too (and dropped by _Chunks) so
    that pandas takes its field count as the row width: a longer first data row is then a
    ragged row like any other, never an index column that shifts every field."""
    quoting = csv.QUOTE_MINIMAL if det.quotechar else csv.QUOTE_NONE
    text_columns = [i for i, c in enumerate(det.columns)
                    if c != det.mapping.get("value") and c not in det.year_columns]
    return pd.read_csv(
        handle, sep=det.delimiter, header=None, names=list(range(len(det.columns))),
        index_col=False, skiprows=max(0, det.header_row), encoding=encoding,
        quotechar=det.quotechar or '"', quoting=quoting,
        dtype=dict.fromkeys(text_columns, object), keep_default_na=False, na_values=[],
        skip_blank_lines=False, on_bad_lines="warn", chunksize=chunk_rows,
        decimal=det.decimal, thousands=det.thousands if det.thousands != det.delimiter
        and det.thousands else None, engine="c", encoding_errors="strict")


def _parser_failure(error: Exception, det: Detection, first_line: int) -> ImportFailed:
    """Any pandas/csv parser error as the importer's one sentence (line, what to do)."""
    text = " ".join(str(error).split())
    match = re.search(r"EOF inside string starting at row (\d+)", text)
    if match:
        line = first_line + int(match.group(1))
        return ImportFailed(translate(
            "Importer", "line {line}: a quoted field is never closed (a lone {quote} runs to "
            "the end of the file); close or remove the quote, or save the file again as CSV"
        ).format(line=f"{line:,}", quote=det.quotechar or chr(34)))
    match = re.search(r"(?:line|row) (\d+)", text)
    where = translate("Importer", "near line {line}: ").format(
        line=f"{first_line + int(match.group(1)):,}") if match else ""
    return ImportFailed(where + translate(
        "Importer", "the file cannot be read as CSV ({error}); check the delimiter "
        "(--delimiter) and quoting, or save the file again as CSV").format(error=text[:160]))


def field_count(fields: int) -> str:
    return (translate("Importer", "1 field") if fields == 1 else
            translate("Importer", "{n} fields").format(n=fields))


def ragged_reason(fields: int, width: int) -> str:
    text = (translate("Importer", "ragged row: 1 field where the header has {width}")
            if fields == 1 else
            translate("Importer", "ragged row: {fields} fields where the header has {width}"))
    return text.format(fields=fields, width=width)


class _Chunks:
    """Iterate parsed chunks; ragged lines (pandas ParserWarning) become problems."""

    def __init__(self, path: Path, det: Detection, chunk_rows: int):
        self.det = det
        handle = open_regular(path)
        try:
            self.size = max(1, os.fstat(handle.fileno()).st_size)
            if det.bom and det.encoding.startswith("utf-8"):
                handle.seek(3)
            name = det.encoding.lower().replace("_", "-")
            unit = 4 if name.startswith("utf-32") else 2 if name.startswith("utf-16") else 1
            self.counter = field_counter(det.encoding, det.delimiter, det.quotechar,
                                         det.line_end, len(det.columns),
                                         det.header_row + 2 if det.header_row >= 0 else 1)
            self.raw = Guard(handle, unit, b"\r" if det.line_end == "CR" else b"\n",
                             self.counter)
            self.raw.offset = handle.tell()
            self.handle = io.BufferedReader(self.raw, buffer_size=1 << 20)
        except BaseException:
            handle.close()
            raise
        encoding = "utf-8" if det.encoding == "utf-8-sig" else det.encoding
        if det.wide and det.year_columns:  # melted rows per chunk stay bounded
            chunk_rows = max(1, min(chunk_rows, 500_000 // len(det.year_columns)))
        self.header_pending = det.header_row >= 0
        self.bad_lines: list[int] = []
        self.ragged: list[Problem] = []
        self.rows_seen = 0
        self.extra_lines = 0
        try:
            self.reader = self._guarded(lambda: _reader(self.handle, det, encoding,
                                                        chunk_rows))
        except BaseException:
            self.handle.close()
            raise

    def position(self) -> float:
        try:
            return min(1.0, self.raw.tell() / self.size)
        except (ValueError, OSError):
            return 1.0

    def _guarded(self, step):
        """Run one pandas step; every way it can fail becomes one ImportFailed sentence."""
        det = self.det
        try:
            return step()
        except ImportFailed:
            raise
        except UnicodeDecodeError as error:
            raise ImportFailed(not_valid_in(
                det.encoding, f"byte {error.start + 1} of a block")) from None
        except UnicodeError as error:
            raise ImportFailed(not_valid_in(det.encoding, str(error))) from None
        except (pd.errors.ParserError, csv.Error, ValueError, OverflowError,
                IndexError, TypeError) as error:
            raise _parser_failure(error, det, 1 + self.extra_lines) from None

    def __iter__(self):
        width = len(self.det.columns)
        while True:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                chunk = self._guarded(lambda: next(self.reader, None))
            for warning in caught:
                message = str(warning.message)
                if "does not match length of data" in message:
                    raise ImportFailed(translate(
                        "Importer", "line {line}: the header line splits into more fields "
                        "than the {width} columns detected; check the delimiter (--delimiter) "
                        "and quoting, or choose the header line (--header-row)").format(
                            line=max(1, self.det.header_row + 1), width=width))
                for match in re.finditer(r"[Ss]kipping line (\d+): expected (\d+) fields?, "
                                         r"saw (\d+)", message):
                    line = int(match.group(1))
                    self.bad_lines.append(line)
                    self.ragged.append(Problem(
                        line, whole_row(), field_count(int(match.group(3))),
                        ragged_reason(int(match.group(3)), width),
                        translate("Importer", "fix the row (a stray delimiter or quote?), or "
                                  "import only the valid rows")))
            if chunk is None:
                return
            if self.header_pending:  # the header line itself (see _reader)
                self.header_pending = False
                chunk = chunk.iloc[1:]
            lines = self._line_numbers(chunk)
            self.rows_seen += len(chunk)
            yield chunk, lines

    def split_short(self, chunk: pd.DataFrame, lines: np.ndarray
                    ) -> tuple[pd.DataFrame, np.ndarray]:
        """Drop rows with fewer fields than the header (pandas padded them with empty cells)
        and report them as ragged, like rows with more fields."""
        if self.counter is None or not self.counter.short or not len(chunk):
            return chunk, lines
        short = self.counter.short
        candidates = np.flatnonzero(np.isin(lines, np.fromiter(short, dtype=np.int64)))
        drop = np.zeros(len(chunk), dtype=bool)
        width = len(self.det.columns)
        for index in candidates:
            line = int(lines[index])
            fields = short.pop(line)
            padded = chunk.iloc[index, fields:].tolist()
            if any(v == v and v is not None and str(v) != "" for v in padded):
                continue  # the count was confused by a stray quote: pandas knows better
            drop[index] = True
            self.ragged.append(Problem(
                line, whole_row(), field_count(fields),
                ragged_reason(fields, width),
                translate("Importer", "fix the row (a missing delimiter?), or import only the "
                          "valid rows")))
        if not drop.any():
            return chunk, lines
        return chunk[~drop], lines[~drop]

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


