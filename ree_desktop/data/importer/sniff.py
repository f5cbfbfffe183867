"""Sniffing: encoding, delimiter, quoting, number format, header line, layout and mapping.

Everything here looks at the first ``SAMPLE_BYTES`` of the file only; the full read is in
:mod:`.parse`.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pandas as pd

from ree_desktop.data.countries import normalise_name
from ree_desktop.data.importer.encoding import _decode, check_encoding, detect_encoding
from ree_desktop.data.importer.guard import open_regular
from ree_desktop.data.importer.layout import code_column, guess_value_column, unit_hint
from ree_desktop.data.importer.model import (
    _YEAR_HEADER,
    CODE_HEADERS,
    DELIMITERS,
    FALLBACK_SYNONYMS,
    HEAD_LINES,
    MAX_COLUMNS,
    MAX_HEAD_BYTES,
    SAMPLE_BYTES,
    SYNONYMS,
    Detection,
    ImportFailed,
    Options,
)
from ree_desktop.i18n import translate


def _read_head(path: Path, size: int = SAMPLE_BYTES) -> bytes:
    """The first ``size`` bytes, extended (up to ``MAX_HEAD_BYTES``) until the first lines
    are complete, so a header line longer than the sample is still read whole."""
    with open_regular(path) as handle:
        head = handle.read(size)
        if len(head) < size:
            return head
        blocks = [head]
        total, breaks = len(head), head.count(b"\n") + head.count(b"\r")
        while breaks < HEAD_LINES and total < MAX_HEAD_BYTES:
            block = handle.read(SAMPLE_BYTES)
            if not block:
                break
            blocks.append(block)
            total += len(block)
            breaks += block.count(b"\n") + block.count(b"\r")
        return b"".join(blocks)


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
    """'"' unless fields are mostly wrapped in single quotes ('China';'2020'). An empty
    '' is a cell holding two apostrophes, not a quoted field: it does not count."""
    sample = "\n".join(lines[:50])
    single = len(re.findall(r"(?:^|[,;\t|])'[^'\n]+'(?=[,;\t|]|$)", sample, re.MULTILINE))
    double = len(re.findall(r'(?:^|[,;\t|])"[^"\n]*"(?=[,;\t|]|$)', sample, re.MULTILINE))
    return "'" if single > max(2, 2 * double) else '"'


def detect_header_row(rows: list[list[str]]) -> int:
    """The first line with the table's number of fields (title lines above it are skipped).

    The table's width is the most common width, unless that is a single field and a block
    of at least three consecutive lines shares a wider one: title, unit, source and
    footnote lines (one field each) may outnumber a short table's rows.
    """
    widths = Counter(len(r) for r in rows if any(c.strip() for c in r))
    if not widths:
        return 0
    usual = widths.most_common(1)[0][0]
    if usual == 1:
        best, run, previous = (0, 0), 0, None
        for row in rows:
            width = len(row) if any(c.strip() for c in row) else 0
            run = run + 1 if width == previous else 1
            previous = width
            if width > 1 and run >= 3:
                best = max(best, (run, width))
        usual = best[1] or usual
    for index, row in enumerate(rows):
        if len(row) == usual and sum(1 for c in row if c.strip()) >= max(1, usual // 2):
            header = _wider_header_above(rows, index)
            return _before_trailing_delimiters(rows, index) if header is None else header
    return 0


def _wider_header_above(rows: list[list[str]], index: int) -> int | None:
    """A line above the table that is wider than it is its header, not a title line.

    Title, unit and source lines are narrower than the table; a wider line of several names
    over rows that all end early (``Country,Year,Value,Note`` over ``China,1990,1800,``) is
    the header, and the rows below it are short rows to report, never a header of their own.
    """
    for above, row in enumerate(rows[:index]):
        if len(row) > len(rows[index]) and sum(1 for c in row if c.strip()) >= 2:
            return above
    return None


def _before_trailing_delimiters(rows: list[list[str]], index: int) -> int:
    """The line above when it is the header of rows that end in a delimiter.

    ``Country,Year,Value`` over ``China,2020,1,`` lines: the data rows are one (empty) field
    wider, so the widest line is data, and the real header is the full line above it.
    """
    row = rows[index]
    filled = [i for i, c in enumerate(row) if c.strip()]
    empty = len(row) - (filled[-1] + 1) if filled else 0
    if empty and index > 0:
        above = rows[index - 1]
        if len(above) == len(row) - empty and all(c.strip() for c in above):
            return index - 1
    return index


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
    for fld, words in FALLBACK_SYNONYMS.items():
        if fld not in mapping:
            for column, norm in normalised.items():
                if column not in mapping.values() and norm in words:
                    mapping[fld] = column
                    break
    if "country" not in mapping:
        for column, norm in normalised.items():
            if norm in CODE_HEADERS and column not in mapping.values():
                mapping["country"] = column
                break
    if "value" not in mapping and not wide:
        for column, norm in normalised.items():
            if column not in mapping.values() and any(w in norm for w in ("value", "产量",
                                                                          "价格", "数值")):
                mapping["value"] = column
                break
    return mapping


def detect(path: Path | str, options: Options | None = None) -> Detection:
    """Sniff encoding, delimiter, number format, header, layout and a column mapping."""
    options = options or Options()
    path = Path(path)
    if options.encoding:
        check_encoding(options.encoding)
    head = _read_head(path)
    if not head.strip():
        raise ImportFailed(translate("Importer", "the file is empty: there is nothing to "
                                     "import"))
    if options.encoding:
        encoding, bom = options.encoding, head.startswith(
            (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    else:
        encoding, bom = detect_encoding(head)
    text = _decode(head, encoding).lstrip("\ufeff")
    if "\x00" in text:
        raise ImportFailed(translate("Importer", "not a text file: NUL character at character "
                                     "{where}; save the data as CSV text").format(
                                         where=text.index(chr(0)) + 1))
    controls = sum(1 for ch in text[:20000] if unicodedata.category(ch) == "Cc"
                   and ch not in "\r\n\t")
    if controls > max(8, len(text[:20000]) // 100):
        raise ImportFailed(translate("Importer", "not a text file (it is full of control "
                                     "characters); save the data as CSV text"))
    if len(head) >= MAX_HEAD_BYTES and not re.search(r"[\r\n]", text):
        raise ImportFailed(translate(
            "Importer", "the first line is longer than {mib} MiB: no CSV header has that many "
            "columns (the limit is {limit}); keep only the columns you need").format(
                mib=MAX_HEAD_BYTES // 2**20, limit=f"{MAX_COLUMNS:,}"))
    lines = _lines(text)
    quotechar = detect_quote(lines) if options.quotechar is None else options.quotechar
    delimiter = options.delimiter or detect_delimiter(lines, quotechar)
    rows = _rows(lines, delimiter, quotechar)
    header_row = detect_header_row(rows) if options.header_row is None else options.header_row
    if header_row >= 0:
        header = rows[header_row] if header_row < len(rows) else []
        body = rows[header_row + 1:]
        header = header + [""] * _trailing_empty_fields(header, body)
    else:
        body = rows
        header = [f"column {i + 1}" for i in range(max((len(r) for r in rows), default=0))]
    if len(header) > MAX_COLUMNS:
        raise ImportFailed(translate(
            "Importer", "line {line}: {n} columns, more than the limit of {limit}; keep only "
            "the columns you need (e.g. the country, year and value columns) and import again"
        ).format(line=max(header_row, 0) + 1, n=f"{len(header):,}", limit=f"{MAX_COLUMNS:,}"))
    columns = _unique_names(header)
    if not columns or not any(c.strip() for c in columns):
        raise ImportFailed(translate("Importer", "no header row with column names (on line "
                                     "{line}); choose the header line (--header-row)").format(
                                         line=header_row + 1))
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
    code = code_column(columns, mapping)
    guessed = None
    if not wide and "value" not in mapping:
        taken = set(mapping.values()) | {code} | set(options.types) | set(year_columns)
        guessed = guess_value_column(sample, taken, decimal, thousands)
        if guessed:
            mapping["value"] = guessed
    return Detection(encoding=encoding, bom=bom, delimiter=delimiter, decimal=decimal,
                     thousands=thousands, quotechar=quotechar, header_row=header_row,
                     line_end=detect_line_end(text), columns=columns, wide=wide,
                     year_columns=year_columns if wide else [], mapping=mapping,
                     sample=sample, kept_text=kept,
                     multiline=len(_rows(lines, delimiter, quotechar)) < len(lines),
                     code_column=code, guessed_value=guessed,
                     unit_hint=unit_hint(guessed or mapping.get("value", "")) if not wide else "")


def _trailing_empty_fields(header: list[str], body: list[list[str]]) -> int:
    """How many empty fields nearly every data row has beyond the header (``China,2020,1,``
    under ``Country,Year,Value``: a trailing delimiter), so they become unnamed columns
    instead of making every row ragged."""
    rows = [r for r in body if any(c.strip() for c in r)]
    extra = Counter(len(r) - len(header) for r in rows if len(r) > len(header)
                    and not any(c.strip() for c in r[len(header):]))
    if not extra:
        return 0
    width, count = extra.most_common(1)[0]
    return width if count >= 0.9 * len(rows) else 0


def _unique_names(header: list[str]) -> list[str]:
    seen: Counter = Counter()
    names = []
    for index, raw in enumerate(header):
        name = raw.strip().lstrip("\ufeff") or f"column {index + 1}"
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return names




def decode_sample_text(path: Path | str, encoding: str, limit: int = 4000) -> str:
    """The start of the file as text (for showing raw lines in the wizard)."""
    head = _read_head(Path(path), limit)[:limit]
    return io.StringIO(_decode(head, encoding).lstrip("\ufeff")).read()
