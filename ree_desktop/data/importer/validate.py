"""Validating: one parsed chunk → long rows with an ``_invalid`` mask and the problems found.

Also the duplicate-key check over the whole file and the preview the wizard shows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ree_desktop.data.dates import EXPECTED
from ree_desktop.data.importer.kinds import (
    KIND_NAMES,
    KINDS,
    field_name,
    guess_kind,
    missing_fields,
)
from ree_desktop.data.importer.layout import Footnotes
from ree_desktop.data.importer.model import (
    MAX_PROBLEMS,
    Detection,
    ImportFailed,
    Options,
    Problem,
)
from ree_desktop.data.importer.parse import _Chunks, _text, parse_dates, parse_values
from ree_desktop.data.importer.resolve import (
    CountryResolver,
    fill_labels,
    load_country_rows,
    resolve_countries,
)
from ree_desktop.data.importer.sniff import detect, header_year
from ree_desktop.i18n import translate


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
    key_numbers: dict[str, dict] = field(default_factory=dict)  # field -> value -> number
    units: set = field(default_factory=set)
    invalid_rows: int = 0
    regions: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> line, rows
    footnotes: Footnotes | None = None
    start_rowid: int = 0  # rows from here on are this import's (replace/append)

    def __post_init__(self) -> None:
        self.footnotes = Footnotes(self.det, lambda raw: self.resolver.resolve(raw) is not None)

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
    if det.code_column:
        data["_code"] = chunk[det.columns.index(det.code_column)].to_numpy()
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
    if "country" in det.mapping:
        frame, invalid = resolve_countries(frame, ctx)
    else:  # a price series or a demand path need not name a country
        frame["country_iso3"] = None
        invalid = np.zeros(len(frame), dtype=bool)

    years, dates, precisions, bad_year = parse_dates(frame["year"])
    for line, column, raw in zip(frame["_line"][bad_year], frame["_year_column"][bad_year],
                                 frame["year"][bad_year], strict=True):
        ctx.add(Problem(int(line), str(column), str(raw),
                        translate("Importer", "not a plausible year or date (expected "
                                  "{expected})").format(expected=EXPECTED),
                        translate("Importer", "fix the date (write 17/04/2025 as 2025-04-17) "
                                  "or map another column as year")),
                translate("Importer", "bad year"))
    invalid |= bad_year
    frame["year"] = years
    if dates is not None:
        frame["date"], frame["date_precision"] = dates, precisions

    flags, bad_value = frame["_flag"].to_numpy(), frame["_bad_value"].to_numpy(dtype=bool)
    for line, column, raw in zip(frame["_line"][bad_value], frame["_value_column"][bad_value],
                                 frame["_value_text"][bad_value], strict=True):
        ctx.add(Problem(int(line), str(column), str(raw),
                        translate("Importer", "not a finite number"),
                        translate("Importer", "fix the value (numbers, W, NA, —, 12e, >95 are "
                                  "understood) or map another column as value")),
                translate("Importer", "non-numeric value"))
    invalid |= bad_value
    fill_labels(frame, flags, opts, det)
    frame["_invalid"] = invalid
    ctx.invalid_rows += int(invalid.sum())
    _remember_keys(frame, ctx)
    valid = frame[~invalid]
    ctx.countries.update(c for c in valid["country_iso3"].unique().tolist() if c)
    if len(ctx.units) < 2:
        ctx.units.update(pd.unique(pd.Series(valid["unit"], dtype=object)).tolist())
    if len(valid):
        low, high = int(valid["year"].min()), int(valid["year"].max())
        ctx.year_low = low if ctx.year_low is None else min(ctx.year_low, low)
        ctx.year_high = high if ctx.year_high is None else max(ctx.year_high, high)
    return frame


KEY_FIELDS = ("country_iso3", "year", "metric", "stage", "element", "scenario", "item")


def _remember_keys(frame: pd.DataFrame, ctx: _Context) -> None:
    """Keep a 64-bit hash of each valid row's key (for the duplicate check at the end).

    Each key field's distinct values get numbers that are stable across chunks (missing
    and "" share one), and the numbers are mixed field by field: a few dict lookups per
    chunk instead of hashing every row's strings (docs/benchmarks.md, Import).
    """
    valid = frame[~frame["_invalid"].to_numpy()]
    hashes = np.zeros(len(valid), dtype=np.uint64)
    for name in (*KEY_FIELDS, "date"):  # a dated row's key also has its date
        numbers = ctx.key_numbers.setdefault(name, {})
        blank = numbers.setdefault("", len(numbers))
        if name in valid:
            positions, distinct = pd.factorize(valid[name], use_na_sentinel=True)
            lookup = np.array([numbers.setdefault(value, len(numbers)) for value in distinct]
                              + [blank], dtype=np.uint64)
            ids = lookup[positions]  # -1 (missing) picks the last entry: blank
        else:
            ids = np.full(len(valid), blank, dtype=np.uint64)
        hashes = _mix(hashes ^ ids)
    ctx.key_hashes.append(hashes)
    ctx.key_lines.append(valid["_line"].to_numpy(dtype=np.int32))
    positions, distinct = pd.factorize(valid["country_iso3"])
    lookup = np.array([ctx.code_numbers.setdefault(code, len(ctx.code_numbers))
                       for code in distinct] + [0], dtype=np.int32)
    ctx.key_codes.append((lookup[positions] << 12)
                         | valid["year"].to_numpy(dtype=np.int32))


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser (a bijection of uint64): combined keys collide only by chance."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


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



def dataset_kind(det: Detection, options: Options) -> str:
    """The user's kind, else the one guessed from the columns."""
    if options.kind is not None:
        if options.kind not in KINDS:
            raise ImportFailed(translate("Importer", "unknown dataset kind {kind}; kinds are "
                                         "{kinds}").format(kind=repr(options.kind),
                                                           kinds=", ".join(KINDS)))
        return options.kind
    return guess_kind(det.mapping, det.columns)


def _check_mapping(det: Detection, kind: str = "country") -> None:
    missing = missing_fields(kind, det.mapping, det.wide)
    if "value" not in det.mapping and not det.wide and "value" not in missing:
        missing.append("value")
    if missing:
        raise ImportFailed(translate(
            "Importer", "no column mapped as {fields} (a {kind} needs it); columns are: "
            "{columns} (use --map field=COLUMN, e.g. --map country=Nation,year=Yr, or another "
            "--kind)").format(fields=", ".join(field_name(f) for f in missing),
                              kind=translate("Importer", KIND_NAMES[kind]),
                              columns=", ".join(repr(c) for c in det.columns[:20])))
    if det.wide and not det.year_columns:
        raise ImportFailed(translate("Importer", "wide layout chosen but no column header is "
                                     "a year (e.g. 2019)"))
    if len(set(det.mapping.values())) != len(det.mapping):
        raise ImportFailed(translate("Importer", "one column is mapped to two fields; map each "
                                     "column once"))
    unknown = [c for c in det.mapping.values() if c not in det.columns]
    if unknown:
        raise ImportFailed(translate("Importer", "no column named {name}; columns are: "
                                     "{columns}").format(
            name=repr(unknown[0]), columns=", ".join(repr(c) for c in det.columns[:20])))




def preview(path: Path | str, options: Options | None = None,
            bundled_db: Path | str | None = None, rows: int = 200
            ) -> tuple[Detection, pd.DataFrame, list[Problem]]:
    """The first rows as they would be imported (long format), with their problems."""
    from ree_desktop.paths import bundled_db_path

    options = options or Options()
    det = detect(path, options)
    _check_mapping(det, dataset_kind(det, options))
    resolver = CountryResolver(load_country_rows(Path(bundled_db or bundled_db_path())),
                               options.country_overrides)
    ctx = _Context(det, options, resolver)
    chunks = _Chunks(Path(path), det, rows)
    try:
        frame = pd.DataFrame()
        for chunk, lines in chunks:
            chunk, lines = chunks.split_short(*ctx.footnotes.feed(chunk, lines))
            if len(chunk):
                frame = _process(chunk, lines, ctx)
            break
    finally:
        chunks.close()
    problems = sorted(ctx.problems + chunks.ragged, key=lambda p: p.line or 0)
    shown = [c for c in ("_line", "_country_text", "country_iso3", "year", "date", "value", "flag",
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


