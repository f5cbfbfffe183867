"""CSV import into the user database: sniff, map, parse, validate, write in one transaction.

No Qt here: the wizard and ``ree-desktop import`` both call :func:`detect`, :func:`preview`
and :func:`run_import`. The file is streamed in chunks through pandas' C parser, values are
parsed vectorised (USGS markers become a number or NULL plus a flag, never a silent zero),
countries resolve by exact normalised names only, and every problem carries the file line,
column, value, reason and what to do. Rows go in with ``executemany`` inside one transaction
that commits once at the end, so an error, a cancel or a killed process leaves the user
database without a trace of the import. Column names from the file never reach SQL: the SQL
text is fixed and file values travel only as bound parameters.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import itertools
import json
import re
import sqlite3
import threading
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from ree_desktop.data.countries import name_index, normalise_name

FIELDS = ("country", "year", "value", "unit", "stage", "element", "metric", "scenario",
          "flag", "note", "item")
OPTIONAL_FIELDS = ("unit", "stage", "element", "metric", "scenario", "flag", "note", "item")
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
SAMPLE_BYTES = 256 * 1024
CHUNK_ROWS = 25_000
BATCH_ROWS = 200
BIG_FILE_BYTES = 4 * 2**20  # above this, indexes are rebuilt once at the end
MAX_PROBLEMS = 1000
YEAR_MIN, YEAR_MAX = 1800, 2100

# Header words (normalised) that name each field, in English and Chinese.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "country": ("country", "country name", "countries", "nation", "economy", "entity",
                "country or area", "country area", "area", "reporter", "reporter name",
                "location", "国家", "国家 地区", "国家地区", "国别", "地区", "国家名称"),
    "year": ("year", "yr", "time", "period", "年份", "年", "年度", "时间"),
    "value": ("value", "values", "quantity", "production", "amount", "volume", "obs value",
              "observation", "output", "tonnes", "tons", "metric tons", "数值", "产量", "数量",
              "值", "金额", "产值"),
    "unit": ("unit", "units", "unit of measure", "uom", "measure unit", "单位", "计量单位"),
    "stage": ("stage", "value chain stage", "环节", "阶段"),
    "element": ("element", "commodity", "product", "mineral", "material", "元素", "产品",
                "商品", "矿种"),
    "metric": ("metric", "indicator", "indicator name", "series", "series name",
               "variable", "measure", "flow", "指标", "指标名称"),
    "scenario": ("scenario", "情景"),
    "flag": ("flag", "flags", "status", "obs status", "标记", "标志"),
    "note": ("note", "notes", "comment", "comments", "remark", "remarks", "footnote",
             "备注", "注释", "说明"),
    "item": ("item", "category", "type", "项目", "类别"),
}
CODE_HEADERS = ("iso3", "iso", "iso code", "iso 3", "country code", "code", "iso3 code",
                "countrycode", "代码")

# Cells that are markers, not numbers: value (None = NULL) and the flag kept with it.
MARKERS: dict[str, tuple[float | None, str]] = {
    "w": (None, "W"), "na": (None, "NA"), "n a": (None, "NA"), "n/a": (None, "NA"),
    "n.a.": (None, "NA"), "..": (None, "NA"), "...": (None, "NA"), "": (None, "NA"),
    "xx": (None, "XX"), "—": (0.0, "—"), "–": (0.0, "—"), "-": (0.0, "—"),
    "--": (0.0, "—"), "nil": (0.0, "—"),
}
_YEAR_HEADER = re.compile(r"^\s*(?:y|yr|f)?((?:18|19|20)\d\d)(?:\s*\[yr\d{4}\]|\s*年|e)?\s*$",
                          re.IGNORECASE)
_SPLIT_VALUE = re.compile(r"^([<>])?\s*(.*?)\s*([eEr]{1,2})?$")


class ImportFailed(Exception):
    """The whole file cannot be imported: one clear sentence saying why and what to do."""


class ImportCancelled(Exception):
    """The user pressed Cancel; nothing was written."""


@dataclass
class Problem:
    line: int | None
    column: str
    value: str
    reason: str
    action: str

    def text(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        shown = self.value if len(self.value) <= 60 else self.value[:57] + "..."
        return f"{where}, column {self.column!r}, value {shown!r}: {self.reason} — {self.action}"


@dataclass
class Options:
    """What the user chose; None means "detect it"."""

    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    thousands: str | None = None  # "" means no thousands separator
    quotechar: str | None = None  # "" means no quoting
    header_row: int | None = None  # 0-based line of the header; -1 means no header
    wide: bool | None = None
    mapping: dict[str, str] | None = None  # field -> file column
    types: dict[str, str] = field(default_factory=dict)  # column -> auto/text/skip
    country_overrides: dict[str, str] = field(default_factory=dict)  # raw -> ISO3 or ""
    metric: str = "value"
    unit: str = ""
    name: str | None = None
    skip_invalid: bool = False


@dataclass
class Detection:
    encoding: str
    bom: bool
    delimiter: str
    decimal: str
    thousands: str
    quotechar: str
    header_row: int
    line_end: str
    columns: list[str]
    wide: bool
    year_columns: list[str]
    mapping: dict[str, str]
    sample: pd.DataFrame  # raw text of the first rows, columns as in the file
    kept_text: list[str] = field(default_factory=list)  # unmapped columns kept in the note
    multiline: bool = False  # quoted fields span lines: line numbers count their newlines


@dataclass
class ImportResult:
    dataset: str | None
    name: str
    path: str
    written: bool
    rows_read: int = 0
    rows_imported: int = 0
    rows_skipped: int = 0
    rows_valid: int = 0
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    problem_counts: dict[str, int] = field(default_factory=dict)
    unknown_countries: dict[str, str] = field(default_factory=dict)  # raw -> suggestion
    countries: list[str] = field(default_factory=list)
    years: tuple[int, int] | None = None
    encoding: str = ""
    delimiter: str = ""
    decimal: str = "."
    thousands: str = ""
    wide: bool = False
    mapping: dict[str, str] = field(default_factory=dict)
    year_columns: int = 0

    def summary(self) -> str:
        mapped = ", ".join(f"{k}={v}" for k, v in self.mapping.items())
        if self.wide:
            mapped += f"; year and value from {self.year_columns} year columns"
        years = f"{self.years[0]}-{self.years[1]}" if self.years else "none"
        verb = "imported" if self.written else "checked"
        lines = [
            f"{verb} {self.rows_imported:,} rows into dataset {self.dataset!r}"
            if self.written else f"{verb} {self.rows_read:,} rows, nothing written",
            f"columns mapped: {mapped}",
            f"countries: {len(self.countries)} ({', '.join(self.countries[:12])}"
            f"{' …' if len(self.countries) > 12 else ''})",
            f"years: {years}",
            f"encoding: {self.encoding}; "
            f"delimiter: {DELIMITERS.get(self.delimiter, repr(self.delimiter))}; "
            f"decimal mark: {self.decimal!r}; layout: {'wide' if self.wide else 'long'}",
        ]
        if self.rows_skipped:
            lines.append(f"skipped {self.rows_skipped:,} invalid rows (see the report)")
        return "\n".join(lines)

    def report_text(self) -> str:
        if not self.problem_count:
            return "no problems found"
        lines = [f"{self.problem_count:,} problem(s): "
                 + "; ".join(f"{n:,} × {r}" for r, n in self.problem_counts.items())]
        lines += [p.text() for p in self.problems]
        if self.problem_count > len(self.problems):
            lines.append(f"… and {self.problem_count - len(self.problems):,} more")
        return "\n".join(lines)

    def to_json(self) -> str:
        data = asdict(self)
        data["problems"] = [asdict(p) for p in self.problems]
        return json.dumps(data, ensure_ascii=False)


# -- sniffing --------------------------------------------------------------------------------
def _read_head(path: Path, size: int = SAMPLE_BYTES) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except IsADirectoryError:
        raise ImportFailed("this is a folder, not a CSV file") from None
    except FileNotFoundError:
        raise ImportFailed("no such file") from None


def detect_encoding(head: bytes) -> tuple[str, bool]:
    """(encoding, has BOM); raises ImportFailed for binary files."""
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ImportFailed("this is an Excel workbook (or another zipped file), not CSV text; "
                           "in Excel use File → Save As → CSV UTF-8")
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", True
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", True
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) * 0.3 and even < len(head) * 0.02:
            return "utf-16-le", False
        if even > len(head) * 0.3 and odd < len(head) * 0.02:
            return "utf-16-be", False
        raise ImportFailed(f"not a text file: NUL byte at byte {head.index(0) + 1}; "
                           "save the data as CSV text (e.g. Excel: Save As → CSV UTF-8)")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8", False
    except UnicodeDecodeError:
        pass
    if _looks_like_gb(head):
        return "gb18030", False
    if _looks_like_latin(head):
        try:
            head.decode("cp1252")
            return "cp1252", False
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        raise ImportFailed("not a text file (no text encoding fits its bytes); "
                           "save the data as CSV text")
    name = codecs.lookup(best.encoding).name
    if name in ("gb2312", "gbk", "hz"):
        name = "gb18030"
    if name in ("latin-1", "iso8859-1", "iso8859-15", "ascii"):
        name = "cp1252"
    return name, False


def _high_runs(head: bytes) -> list[bytes]:
    return re.findall(rb"[\x80-\xff]+", head[:65536])


def _looks_like_gb(head: bytes) -> bool:
    """Chinese GBK/GB2312 text: non-ASCII bytes come in pairs, both in 0xA1-0xFE."""
    runs = _high_runs(head)
    if not runs:
        return False
    paired = sum(1 for r in runs if len(r) % 2 == 0 and all(0xA1 <= b <= 0xFE for b in r))
    if paired < 0.9 * len(runs):
        return False
    try:
        head.decode("gb18030")
    except UnicodeDecodeError:
        return _decodes_but_last(head, "gb18030")
    return True


def _looks_like_latin(head: bytes) -> bool:
    """Western text (cp1252): accented letters mostly stand alone between ASCII letters."""
    runs = _high_runs(head)
    return bool(runs) and sum(1 for r in runs if len(r) == 1) >= 0.7 * len(runs)


def _decodes_but_last(head: bytes, encoding: str) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        return True
    except UnicodeDecodeError:
        return False


def _decode(head: bytes, encoding: str) -> str:
    try:
        return codecs.getincrementaldecoder(encoding)(errors="strict").decode(head, final=False)
    except UnicodeDecodeError as error:
        raise ImportFailed(f"the file is not valid {encoding} (byte {error.start + 1}); "
                           "choose another encoding (--encoding)") from None
    except UnicodeError as error:
        raise ImportFailed(f"the file is not valid {encoding} ({error}); "
                           "choose another encoding (--encoding)") from None
    except LookupError:
        raise ImportFailed(f"unknown encoding {encoding!r}; try utf-8, cp1252, gb18030 "
                           "or utf-16") from None


def detect_line_end(text: str) -> str:
    crlf = text.count("\r\n")
    cr, lf = text.count("\r") - crlf, text.count("\n") - crlf
    best = max((crlf, "CRLF"), (lf, "LF"), (cr, "CR"))
    return best[1] if best[0] else "LF"


def _lines(text: str, limit: int = 200) -> list[str]:
    lines = re.split(r"\r\n|\r|\n", text)
    if len(lines) > 1:
        lines = lines[:-1]  # the last one may be cut by the sample
    return lines[:limit]


def _rows(lines: list[str], delimiter: str, quotechar: str) -> list[list[str]]:
    csv.field_size_limit(2**31 - 1)
    quoting = csv.QUOTE_MINIMAL if quotechar else csv.QUOTE_NONE
    reader = csv.reader(lines, delimiter=delimiter, quotechar=quotechar or '"',
                        quoting=quoting)
    try:
        return [row for row in reader]
    except csv.Error:
        return [line.split(delimiter) for line in lines]


def detect_delimiter(lines: list[str], quotechar: str = '"') -> str:
    """The candidate giving the most rows with the same (>1) number of fields."""
    best, best_score = ",", (-1, 0)
    for delimiter in DELIMITERS:
        counts = Counter(len(r) for r in _rows(lines, delimiter, quotechar) if any(r))
        if not counts:
            continue
        width, rows = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        score = (rows if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def detect_quote(lines: list[str]) -> str:
    """'"' unless fields are mostly wrapped in single quotes ('China';'2020')."""
    sample = "\n".join(lines[:50])
    single = len(re.findall(r"(?:^|[,;\t|])'[^'\n]*'(?=[,;\t|]|$)", sample, re.MULTILINE))
    double = len(re.findall(r'(?:^|[,;\t|])"[^"\n]*"(?=[,;\t|]|$)', sample, re.MULTILINE))
    return "'" if single > max(2, 2 * double) else '"'


def detect_header_row(rows: list[list[str]]) -> int:
    """The first line with the usual number of fields (title lines above it are skipped)."""
    widths = Counter(len(r) for r in rows if any(c.strip() for c in r))
    if not widths:
        return 0
    usual = widths.most_common(1)[0][0]
    for index, row in enumerate(rows):
        if len(row) == usual and sum(1 for c in row if c.strip()) >= max(1, usual // 2):
            return index
    return 0


def detect_decimal(values: list[str], delimiter: str) -> tuple[str, str]:
    """(decimal mark, thousands separator) from cells only one convention can explain.

    "1.234,5", "12,5" and "1234,5678" need a decimal comma; "1,234.5", "12.5" and
    "3.14159" a decimal point; "1.300" or "1,300" alone decide nothing, so a semicolon file
    (the usual pairing with decimal commas) then gets a decimal comma.
    """
    comma = dot = 0
    for value in values:
        text = re.sub(r"^[<>]|[eEr]{1,2}$", "", value.strip())
        if re.fullmatch(r"[-+]?\d{1,3}(\.\d{3})+,\d+|[-+]?\d+,(\d{1,2}|\d{4,})", text):
            comma += 1
        elif re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+\.\d+|[-+]?\d*\.(\d{1,2}|\d{4,})", text):
            dot += 1
    if comma > dot or (comma == dot and delimiter == ";"):
        return ",", "."
    return ".", ","


def _is_year_header(name: str) -> bool:
    return bool(_YEAR_HEADER.match(str(name)))


def header_year(name: str) -> int | None:
    match = _YEAR_HEADER.match(str(name))
    return int(match.group(1)) if match else None


def guess_mapping(columns: list[str], wide: bool) -> dict[str, str]:
    """Field -> column, from header words in English and Chinese (first match wins)."""
    normalised = {c: normalise_name(str(c)) for c in columns}
    mapping: dict[str, str] = {}
    for fld, words in SYNONYMS.items():
        if wide and fld in ("year", "value"):
            continue
        for column, norm in normalised.items():
            if column in mapping.values() or _is_year_header(column):
                continue
            if norm in words or norm.replace(" ", "") in {w.replace(" ", "") for w in words}:
                mapping[fld] = column
                break
    if "country" not in mapping:
        for column, norm in normalised.items():
            if norm in CODE_HEADERS and column not in mapping.values():
                mapping["country"] = column
                break
    if "value" not in mapping and not wide:
        for column, norm in normalised.items():
            if column not in mapping.values() and any(w in norm for w in ("value", "产量")):
                mapping["value"] = column
                break
    return mapping


def detect(path: Path | str, options: Options | None = None) -> Detection:
    """Sniff encoding, delimiter, number format, header, layout and a column mapping."""
    options = options or Options()
    path = Path(path)
    head = _read_head(path)
    if not head.strip():
        raise ImportFailed("the file is empty: there is nothing to import")
    if options.encoding:
        encoding, bom = options.encoding, head.startswith(
            (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    else:
        encoding, bom = detect_encoding(head)
    text = _decode(head, encoding).lstrip("\ufeff")
    if "\x00" in text:
        raise ImportFailed(f"not a text file: NUL character at character {text.index(chr(0)) + 1}"
                           "; save the data as CSV text")
    controls = sum(1 for ch in text[:20000] if unicodedata.category(ch) == "Cc"
                   and ch not in "\r\n\t")
    if controls > max(8, len(text[:20000]) // 100):
        raise ImportFailed("not a text file (it is full of control characters); "
                           "save the data as CSV text")
    lines = _lines(text)
    quotechar = detect_quote(lines) if options.quotechar is None else options.quotechar
    delimiter = options.delimiter or detect_delimiter(lines, quotechar)
    rows = _rows(lines, delimiter, quotechar)
    header_row = detect_header_row(rows) if options.header_row is None else options.header_row
    if header_row >= 0:
        header = rows[header_row] if header_row < len(rows) else []
        body = rows[header_row + 1:]
    else:
        body = rows
        header = [f"column {i + 1}" for i in range(max((len(r) for r in rows), default=0))]
    columns = _unique_names(header)
    if not columns or not any(c.strip() for c in columns):
        raise ImportFailed(f"no header row with column names (on line {header_row + 1}); "
                           "choose the header line (--header-row)")
    body = [r for r in body if any(c.strip() for c in r)]
    sample = pd.DataFrame([(r + [""] * len(columns))[:len(columns)] for r in body[:200]],
                          columns=columns, dtype=object)
    year_columns = [c for c in columns if _is_year_header(c)]
    wide = options.wide if options.wide is not None else len(year_columns) >= 2
    number_cells = [v for c in (year_columns or columns) for v in sample[c].tolist()[:100]]
    decimal, thousands = detect_decimal(number_cells, delimiter)
    if options.decimal:
        decimal = options.decimal
        thousands = "." if decimal == "," else ","
    if options.thousands is not None:
        thousands = options.thousands
    mapping = guess_mapping(columns, wide)
    if options.mapping:
        mapping = {**{k: v for k, v in mapping.items() if v not in options.mapping.values()},
                   **options.mapping}
    mapping = {k: v for k, v in mapping.items() if v}
    for column, kind in options.types.items():
        if kind == "skip":
            mapping = {k: v for k, v in mapping.items() if v != column}
    kept = [c for c, kind in options.types.items()
            if kind == "text" and c in columns and c not in mapping.values()]
    return Detection(encoding=encoding, bom=bom, delimiter=delimiter, decimal=decimal,
                     thousands=thousands, quotechar=quotechar, header_row=header_row,
                     line_end=detect_line_end(text), columns=columns, wide=wide,
                     year_columns=year_columns if wide else [], mapping=mapping,
                     sample=sample, kept_text=kept,
                     multiline=len(_rows(lines, delimiter, quotechar)) < len(lines))


def _unique_names(header: list[str]) -> list[str]:
    seen: Counter = Counter()
    names = []
    for index, raw in enumerate(header):
        name = raw.strip().lstrip("\ufeff") or f"column {index + 1}"
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return names


# -- parsing ---------------------------------------------------------------------------------
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


class CountryResolver:
    """Raw names → ISO3 by exact normalised match; fuzzy guesses are only suggestions."""

    def __init__(self, rows: list[dict], overrides: dict[str, str] | None = None):
        self.index = name_index(rows)
        self.names = {r["iso3"]: r["name"] for r in rows}
        self.overrides = {normalise_name(k): v for k, v in (overrides or {}).items()}
        self.cache: dict[str, str | None] = {}

    def resolve(self, raw: str) -> str | None:
        if raw not in self.cache:
            key = normalise_name(raw)
            if key in self.overrides:
                self.cache[raw] = self.overrides[key] or None
            else:
                self.cache[raw] = self.index.get(key)
        return self.cache[raw]

    def is_skipped(self, raw: str) -> bool:
        return self.overrides.get(normalise_name(raw)) == ""

    def suggest(self, raw: str) -> str:
        """A proposal for the user to confirm ('' if none): closest known name."""
        close = difflib.get_close_matches(normalise_name(raw), list(self.index), n=1,
                                          cutoff=0.75)
        return self.index[close[0]] if close else ""


def load_country_rows(bundled_db: Path) -> list[dict]:
    conn = sqlite3.connect(f"file:{Path(bundled_db).as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(
            "SELECT iso3, name, name_zh, aliases, is_aggregate FROM countries")]
    finally:
        conn.close()


# -- reading ---------------------------------------------------------------------------------
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


# -- one chunk → rows ------------------------------------------------------------------------
@dataclass
class _Context:
    det: Detection
    options: Options
    resolver: CountryResolver
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    problem_counts: Counter = field(default_factory=Counter)
    unknown: dict[str, str] = field(default_factory=dict)
    countries: set = field(default_factory=set)
    year_low: int | None = None
    year_high: int | None = None
    key_hashes: list[np.ndarray] = field(default_factory=list)
    key_lines: list[np.ndarray] = field(default_factory=list)
    key_codes: list[np.ndarray] = field(default_factory=list)  # int32: code << 12 | year
    code_numbers: dict[str, int] = field(default_factory=dict)
    units: set = field(default_factory=set)
    invalid_rows: int = 0

    def add(self, problem: Problem, category: str) -> None:
        self.problem_count += 1
        self.problem_counts[category] += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)


def _parsed(series: pd.Series, det: Detection, column: str) -> dict[str, object]:
    values, flags, raws, bad = parse_values(series, det.decimal, det.thousands)
    return {"value": values, "_flag": flags, "value_raw": raws, "_bad_value": bad,
            "_value_text": series.to_numpy(), "_value_column": column}


def _to_long(chunk: pd.DataFrame, lines: np.ndarray, det: Detection) -> pd.DataFrame:
    """Named columns for the mapped fields; wide files melted to one row per year.

    Values are parsed per file column before melting, so one column's types never leak
    into another's.
    """
    data: dict[str, object] = {"_line": lines}
    for fld, column in det.mapping.items():
        if fld in ("year", "value") and det.wide:
            continue
        data[fld] = chunk[det.columns.index(column)].to_numpy()
    if det.kept_text:
        data["note"] = _kept_note(chunk, det, data.get("note"))
    if not det.wide:
        value_column = det.mapping["value"]
        data.update(_parsed(chunk[det.columns.index(value_column)], det, value_column))
        frame = pd.DataFrame(data)
        frame["_year_column"] = det.mapping.get("year", "")
        return frame
    base = pd.DataFrame(data)
    parts = []
    for column in det.year_columns:
        part = base.copy()
        part["year"] = header_year(column)
        part["_year_column"] = column
        for key, value in _parsed(chunk[det.columns.index(column)], det, column).items():
            part[key] = value
        parts.append(part)
    frame = pd.concat(parts, ignore_index=True)
    return frame.sort_values("_line", kind="stable").reset_index(drop=True)


def _kept_note(chunk: pd.DataFrame, det: Detection, note) -> np.ndarray:
    """The note plus "Column: value" for each unmapped column the user kept as text."""
    parts = [] if note is None else [_text(note)]
    for column in det.kept_text:
        values = _text(chunk[det.columns.index(column)])
        parts.append(pd.Series(np.where(values != "", column + ": " + values, ""),
                               dtype=object))
    joined = parts[0]
    for part in parts[1:]:
        joined = pd.Series(np.where((joined != "") & (part != ""), joined + "; " + part,
                                    joined + part), dtype=object)
    return joined.to_numpy(dtype=object)


def _text(values) -> pd.Series:
    """Stripped text ('' for missing), worked out once per distinct value (fast for codes)."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=False)
    cleaned = np.array(["" if u is None or u != u else str(u).strip() for u in uniques],
                       dtype=object)
    return pd.Series(cleaned[codes] if len(cleaned) else np.array([], dtype=object),
                     dtype=object)


def _blank_rows(chunk: pd.DataFrame) -> np.ndarray:
    """Rows with no content at all (blank or whitespace-only lines)."""
    blank = np.ones(len(chunk), dtype=bool)
    for position, column in enumerate(chunk.columns):
        values = chunk[column]
        if pd.api.types.is_numeric_dtype(values.dtype):
            blank &= values.isna().to_numpy()
        elif position == 0:
            blank &= _text(values).to_numpy() == ""
        else:
            blank &= (values.to_numpy(dtype=object) == "") | values.isna().to_numpy()
        if not blank.any():
            break
    return blank


def _process(chunk: pd.DataFrame, lines: np.ndarray, ctx: _Context) -> pd.DataFrame:
    """Parse and validate one chunk; returns valid rows with an ``_invalid`` mask column."""
    det, opts = ctx.det, ctx.options
    blank = _blank_rows(chunk)
    if blank.any():
        chunk, lines = chunk[~blank], lines[~blank]
    frame = _to_long(chunk, lines, det)
    invalid = np.zeros(len(frame), dtype=bool)

    raw_country = _text(frame["country"])
    numbers, distinct = pd.factorize(raw_country)
    codes = pd.Series(np.array([ctx.resolver.resolve(raw) for raw in distinct] + [None],
                               dtype=object)[numbers], dtype=object)
    skipped = np.array([ctx.resolver.is_skipped(raw) for raw in distinct] + [False],
                       dtype=bool)[numbers]
    missing = codes.isna().to_numpy() & ~skipped
    for line, raw in zip(frame["_line"][missing], raw_country[missing], strict=True):
        if raw not in ctx.unknown:
            ctx.unknown[raw] = ctx.resolver.suggest(raw) if raw else ""
        hint = ctx.unknown[raw]
        action = (f"did you mean {hint} ({ctx.resolver.names.get(hint, hint)})? confirm it "
                  f"in the wizard or with --country '{raw}={hint}'" if hint else
                  "map it to a country or skip it (wizard, or --country NAME=ISO3), "
                  "or use an ISO3 code")
        reason = "empty country" if not raw else "unknown country"
        ctx.add(Problem(int(line), det.mapping["country"], raw, reason, action), reason)
    invalid |= missing | skipped
    frame["country_iso3"] = codes
    frame["_country_text"] = raw_country

    years, bad_year = parse_years(frame["year"])
    for line, column, raw in zip(frame["_line"][bad_year], frame["_year_column"][bad_year],
                                 frame["year"][bad_year], strict=True):
        ctx.add(Problem(int(line), str(column), str(raw),
                        f"not a plausible year (expected a whole number {YEAR_MIN}-{YEAR_MAX})",
                        "fix the year or map another column as year"), "bad year")
    invalid |= bad_year
    frame["year"] = years

    flags, bad_value = frame["_flag"].to_numpy(), frame["_bad_value"].to_numpy(dtype=bool)
    for line, column, raw in zip(frame["_line"][bad_value], frame["_value_column"][bad_value],
                                 frame["_value_text"][bad_value], strict=True):
        ctx.add(Problem(int(line), str(column), str(raw), "not a number",
                        "fix the value (numbers, W, NA, —, 12e, >95 are understood) or "
                        "map another column as value"), "non-numeric value")
    invalid |= bad_value
    if "flag" in frame:
        given = _text(frame["flag"])
        frame["flag"] = np.where(given.to_numpy() != "", given.to_numpy(dtype=object), flags)
    else:
        frame["flag"] = flags
    frame["metric"] = (_text(frame["metric"]).replace("", opts.metric or "value")
                       if "metric" in frame else (opts.metric or "value"))
    frame["unit"] = (_text(frame["unit"]).replace("", opts.unit or None)
                     if "unit" in frame else (opts.unit or None))
    for fld in ("stage", "element", "scenario", "note", "item"):
        if fld in frame:
            frame[fld] = _text(frame[fld]).replace("", None)
    frame["_invalid"] = invalid
    ctx.invalid_rows += int(invalid.sum())
    _remember_keys(frame, ctx)
    valid = frame[~invalid]
    ctx.countries.update(valid["country_iso3"].unique().tolist())
    if len(ctx.units) < 2:
        ctx.units.update(pd.unique(pd.Series(valid["unit"], dtype=object)).tolist())
    if len(valid):
        low, high = int(valid["year"].min()), int(valid["year"].max())
        ctx.year_low = low if ctx.year_low is None else min(ctx.year_low, low)
        ctx.year_high = high if ctx.year_high is None else max(ctx.year_high, high)
    return frame


KEY_FIELDS = ("country_iso3", "year", "metric", "stage", "element", "scenario", "item")


def _remember_keys(frame: pd.DataFrame, ctx: _Context) -> None:
    valid = frame[~frame["_invalid"].to_numpy()]
    keys = pd.DataFrame({k: valid.get(k, None) for k in KEY_FIELDS})
    keys = keys.astype(object).where(keys.notna(), "")
    ctx.key_hashes.append(pd.util.hash_pandas_object(keys, index=False).to_numpy())
    ctx.key_lines.append(valid["_line"].to_numpy(dtype=np.int32))
    positions, distinct = pd.factorize(valid["country_iso3"])
    lookup = np.array([ctx.code_numbers.setdefault(code, len(ctx.code_numbers))
                       for code in distinct] + [0], dtype=np.int32)
    ctx.key_codes.append((lookup[positions] << 12)
                         | valid["year"].to_numpy(dtype=np.int32))


def _duplicates(ctx: _Context) -> list[tuple[int, str]]:
    """(file line, "ISO3 year") of rows repeating an earlier key (the first one is kept)."""
    if not ctx.key_hashes:
        return []
    hashes = np.concatenate(ctx.key_hashes)
    order = np.argsort(hashes, kind="stable")  # equal keys stay in file order
    sorted_hashes = hashes[order]
    del hashes
    later = np.zeros(len(order), dtype=bool)
    later[1:] = sorted_hashes[1:] == sorted_hashes[:-1]
    repeated = np.zeros(len(order), dtype=bool)
    repeated[order[later]] = True
    if not repeated.any():
        return []
    lines = np.concatenate(ctx.key_lines)[repeated]
    packed = np.concatenate(ctx.key_codes)[repeated]
    codes = {number: code for code, number in ctx.code_numbers.items()}
    return [(int(line), f"{codes[int(key) >> 12]} {int(key) & 0xFFF}")
            for line, key in zip(lines, packed, strict=True)]


# -- writing ---------------------------------------------------------------------------------
INSERT_FIELDS = ("country_iso3", "year", "value", "value_raw", "unit", "flag", "metric",
                 "stage", "element", "scenario", "item", "note")


def _insert(conn: sqlite3.Connection, frame: pd.DataFrame, dataset: str) -> None:
    """executemany over the columns that hold something (fixed names, never file text)."""
    size = len(frame)
    names, columns = ["dataset"], [[dataset] * size]
    for name in INSERT_FIELDS:
        if name not in frame:
            continue
        if name == "year":
            column = frame["year"].to_numpy(dtype=np.int64).tolist()
        elif name == "value":
            values = frame["value"].to_numpy(dtype=float)
            column = values.tolist()
            if np.isnan(values).any():
                column = [None if v != v else v for v in column]
        else:
            column = frame[name].tolist()  # text or None (cleaned by _process)
            if column.count(None) == len(column):
                continue
        names.append(name)
        columns.append(column)
    _insert_batched(conn, names, columns)


def _insert_batched(conn: sqlite3.Connection, names: list[str], columns: list[list]) -> None:
    """Many rows per INSERT statement: about twice as fast as one statement per row."""
    width = len(names)
    per_statement = max(1, min(BATCH_ROWS, _max_variables() // width))
    row_sql = f"({', '.join('?' * width)})"
    head = f"INSERT INTO observations ({', '.join(names)}) VALUES "
    flat = list(itertools.chain.from_iterable(zip(*columns, strict=True)))
    step = per_statement * width
    whole = len(flat) - len(flat) % step
    if whole:
        conn.executemany(head + ", ".join([row_sql] * per_statement),
                         (flat[i:i + step] for i in range(0, whole, step)))
    rest = (len(flat) - whole) // width
    if rest:
        conn.execute(head + ", ".join([row_sql] * rest), flat[whole:])


def _max_variables() -> int:
    return 32766 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999


def slugify(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40]
    return slug or "import"


def _existing_ids(conn: sqlite3.Connection, bundled_db: Path) -> set[str]:
    ids = {r[0] for r in conn.execute("SELECT id FROM datasets")}
    bundled = sqlite3.connect(f"file:{Path(bundled_db).as_posix()}?mode=ro&immutable=1",
                              uri=True)
    try:
        ids |= {r[0] for r in bundled.execute("SELECT id FROM datasets")}
    finally:
        bundled.close()
    return ids


def unique_id(name: str, taken: set[str]) -> str:
    base = slugify(name)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def _open_user_db(user_db: Path) -> sqlite3.Connection:
    from ree_desktop.data.store import open_user_db

    open_user_db(Path(user_db))
    conn = sqlite3.connect(user_db, timeout=30, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -8192")  # 8 MiB, also the index sorter's budget
    return conn


def run_import(path: Path | str, user_db: Path | str, bundled_db: Path | str | None = None,
               options: Options | None = None,
               progress: Callable[[float, int], None] | None = None,
               cancel: threading.Event | None = None, dry_run: bool = False,
               chunk_rows: int = CHUNK_ROWS) -> ImportResult:
    """Validate the whole file and (unless ``dry_run``) write it as one user dataset.

    Strict unless ``options.skip_invalid``: any problem means nothing is written and the
    result lists the problems. Raises ImportFailed for a file that cannot be read at all
    and ImportCancelled when ``cancel`` is set; in both cases nothing is written.
    """
    from ree_desktop.paths import bundled_db_path

    options = options or Options()
    path, user_db = Path(path), Path(user_db)
    bundled_db = Path(bundled_db or bundled_db_path())
    det = detect(path, options)
    _check_mapping(det)
    name = options.name or path.stem
    ctx = _Context(det, options, CountryResolver(load_country_rows(bundled_db),
                                                 options.country_overrides))
    result = ImportResult(dataset=None, name=name, path=str(path.resolve()), written=False,
                          encoding=det.encoding, delimiter=det.delimiter, decimal=det.decimal,
                          thousands=det.thousands, wide=det.wide, mapping=dict(det.mapping),
                          year_columns=len(det.year_columns))
    conn = None if dry_run else _open_user_db(user_db)
    chunks = _Chunks(path, det, chunk_rows)
    dropped: list[str] = []
    try:
        if conn is not None:
            conn.execute("BEGIN IMMEDIATE")
            result.dataset = unique_id(name, _existing_ids(conn, bundled_db))
            if path.stat().st_size > BIG_FILE_BYTES:
                dropped = _drop_indexes(conn)
        for chunk, lines in chunks:
            if cancel is not None and cancel.is_set():
                raise ImportCancelled("import cancelled: nothing was written")
            frame = _process(chunk, lines, ctx)
            result.rows_read += len(frame)
            keep = frame[~frame["_invalid"].to_numpy()]
            writing = conn is not None and (options.skip_invalid or ctx.problem_count == 0
                                            and not chunks.ragged)
            if writing and len(keep):
                _insert(conn, keep, result.dataset)
                result.rows_imported += len(keep)
            if progress is not None:
                progress(chunks.position(), result.rows_read)
        if dropped and (options.skip_invalid or not (ctx.problem_count or chunks.ragged)):
            for sql in dropped:  # one sort per index beats a million random index inserts
                conn.execute(sql)
        _finish(result, ctx, chunks, conn, options)
    except BaseException:
        if conn is not None and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        chunks.close()
        if conn is not None:
            conn.close()
    return result


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the observations indexes inside the open transaction; returns their SQL.

    A rollback (error, cancel, killed process) brings them back with everything else.
    """
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                        "AND tbl_name = 'observations' AND sql IS NOT NULL").fetchall()
    for index_name, _ in rows:
        conn.execute('DROP INDEX "' + index_name.replace('"', '""') + '"')
    return [sql for _, sql in rows]


def _check_mapping(det: Detection) -> None:
    needed = ("country",) if det.wide else ("country", "year", "value")
    missing = [f for f in needed if f not in det.mapping]
    if missing:
        raise ImportFailed(
            f"no column mapped as {', '.join(missing)}; columns are: "
            + ", ".join(repr(c) for c in det.columns[:20])
            + " (use --map field=COLUMN, e.g. --map country=Nation,year=Yr)")
    if det.wide and not det.year_columns:
        raise ImportFailed("wide layout chosen but no column header is a year (e.g. 2019)")
    if len(set(det.mapping.values())) != len(det.mapping):
        raise ImportFailed("one column is mapped to two fields; map each column once")
    unknown = [c for c in det.mapping.values() if c not in det.columns]
    if unknown:
        raise ImportFailed(f"no column named {unknown[0]!r}; columns are: "
                           + ", ".join(repr(c) for c in det.columns[:20]))


def _finish(result: ImportResult, ctx: _Context, chunks: _Chunks,
            conn: sqlite3.Connection | None, options: Options) -> None:
    for problem in chunks.ragged:
        ctx.add(problem, "ragged row")
    duplicates = _duplicates(ctx)
    column = ctx.det.mapping.get("country", "")
    for line, key in duplicates:
        ctx.add(Problem(line, column, key,
                        "duplicate country-year-metric (an earlier row has the same key)",
                        "remove the repeated row; the first one is kept"), "duplicate")
    result.problems = sorted(ctx.problems, key=lambda p: (p.line or 0))
    result.problem_count = ctx.problem_count
    result.problem_counts = dict(ctx.problem_counts)
    result.unknown_countries = dict(ctx.unknown)
    result.countries = sorted(ctx.countries)
    if ctx.year_low is not None:
        result.years = (ctx.year_low, ctx.year_high)
    result.rows_valid = result.rows_read - ctx.invalid_rows - len(duplicates)
    result.rows_skipped = result.rows_read - result.rows_valid + len(chunks.ragged)
    if result.rows_read == 0:
        raise ImportFailed("no data rows below the header: there is nothing to import")
    if conn is None:
        result.rows_imported = 0
        return
    if ctx.problem_count and not options.skip_invalid:
        conn.execute("ROLLBACK")
        result.rows_imported = 0
        result.dataset = None
        return
    if len(duplicates):
        conn.execute(
            "DELETE FROM observations WHERE dataset = ? AND rowid NOT IN (SELECT min(rowid) "
            "FROM observations WHERE dataset = ? GROUP BY country_iso3, year, metric, "
            "stage, element, scenario, item)", (result.dataset, result.dataset))
        result.rows_imported -= len(duplicates)
    if result.rows_imported == 0:
        conn.execute("ROLLBACK")
        result.dataset = None
        raise ImportFailed("no valid rows to import: " + result.report_text().splitlines()[0])
    units = ctx.units
    result.written = True
    conn.execute(
        "INSERT INTO datasets (id, title, description, unit, kind, origin, imported_at, "
        "report) VALUES (?, ?, ?, ?, 'user', ?, ?, ?)",
        (result.dataset, result.name, f"Imported from {Path(result.path).name}",
         next(iter(units)) if len(units) == 1 else None, result.path,
         datetime.now(UTC).isoformat(timespec="seconds"), result.to_json()))
    conn.execute("COMMIT")


def preview(path: Path | str, options: Options | None = None,
            bundled_db: Path | str | None = None, rows: int = 200
            ) -> tuple[Detection, pd.DataFrame, list[Problem]]:
    """The first rows as they would be imported (long format), with their problems."""
    from ree_desktop.paths import bundled_db_path

    options = options or Options()
    det = detect(path, options)
    _check_mapping(det)
    resolver = CountryResolver(load_country_rows(Path(bundled_db or bundled_db_path())),
                               options.country_overrides)
    ctx = _Context(det, options, resolver)
    chunks = _Chunks(Path(path), det, rows)
    try:
        for chunk, lines in chunks:
            frame = _process(chunk, lines, ctx)
            break
        else:
            frame = pd.DataFrame()
    finally:
        chunks.close()
    problems = sorted(ctx.problems + chunks.ragged, key=lambda p: p.line or 0)
    shown = [c for c in ("_line", "_country_text", "country_iso3", "year", "value", "flag",
                         "unit", "metric", "element", "stage", "scenario", "item", "note")
             if c in frame]
    out = frame[shown].rename(columns={"_line": "line", "_country_text": "country in file"}) \
        if len(frame) else frame
    if len(out):
        reasons: dict[int, list[str]] = {}
        for problem in problems:
            reasons.setdefault(problem.line, []).append(problem.reason)
        out["problem"] = [
            "; ".join(dict.fromkeys(reasons.get(line, []))) if bad else ""
            for line, bad in zip(frame["_line"], frame["_invalid"], strict=True)]
    if "year" in out:
        out["year"] = pd.Series([int(y) if y == y and float(y).is_integer() else y
                                 for y in out["year"].to_numpy(dtype=float)], dtype=object,
                                index=out.index)
    return det, out, problems


# -- managing user datasets ------------------------------------------------------------------
def rename_dataset(user_db: Path | str, dataset: str, title: str) -> None:
    title = title.strip()
    if not title:
        raise ImportFailed("a dataset needs a name")
    conn = _open_user_db(Path(user_db))
    try:
        with conn:
            conn.execute("BEGIN")
            if conn.execute("UPDATE datasets SET title = ? WHERE id = ? AND kind = 'user'",
                            (title, dataset)).rowcount == 0:
                raise ImportFailed(f"no user dataset {dataset!r}")
    finally:
        conn.close()


def delete_dataset(user_db: Path | str, dataset: str) -> int:
    """Delete a user dataset and its rows in one transaction; returns rows deleted."""
    conn = _open_user_db(Path(user_db))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("DELETE FROM datasets WHERE id = ? AND kind = 'user'",
                            (dataset,)).rowcount == 0:
                raise ImportFailed(f"no user dataset {dataset!r}")
            rows = conn.execute("DELETE FROM observations WHERE dataset = ?",
                                (dataset,)).rowcount
            conn.execute("COMMIT")
            return rows
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def dataset_report(user_db: Path | str, dataset: str) -> str:
    """The import report kept with a user dataset, as readable text."""
    conn = sqlite3.connect(f"file:{Path(user_db).as_posix()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT report, origin, imported_at FROM datasets WHERE id = ?",
                           (dataset,)).fetchone()
    finally:
        conn.close()
    if row is None:
        raise ImportFailed(f"no user dataset {dataset!r}")
    try:
        data = json.loads(row[0] or "{}")
    except json.JSONDecodeError:
        return str(row[0] or "")
    problems = [Problem(**p) for p in data.pop("problems", [])]
    data.pop("unknown_countries", None)
    years = data.get("years")
    result = ImportResult(**{**data, "problems": problems,
                             "years": tuple(years) if years else None})
    return (f"File: {row[1]}\nImported: {row[2]}\n\n{result.summary()}\n\n"
            f"{result.report_text()}")


def decode_sample_text(path: Path | str, encoding: str, limit: int = 4000) -> str:
    """The start of the file as text (for showing raw lines in the wizard)."""
    head = _read_head(Path(path), limit)
    return io.StringIO(_decode(head, encoding).lstrip("\ufeff")).read()
