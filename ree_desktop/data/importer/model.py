"""The importer's vocabulary: fields, header synonyms, markers, limits, errors and records.

Shared by every step (sniff, parse, resolve, validate, write) so none imports another's
internals just for a constant or a dataclass.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field

import pandas as pd

from ree_desktop.data.importer.kinds import KIND_NAMES, SourceInfo, field_name
from ree_desktop.i18n import QT_TRANSLATE_NOOP, language, translate

FIELDS = ("country", "year", "value", "unit", "stage", "element", "metric", "scenario",
          "flag", "note", "item")
OPTIONAL_FIELDS = ("unit", "stage", "element", "metric", "scenario", "flag", "note", "item")
DELIMITERS = {",": QT_TRANSLATE_NOOP("Importer", "comma"),
              ";": QT_TRANSLATE_NOOP("Importer", "semicolon"),
              "\t": QT_TRANSLATE_NOOP("Importer", "tab"),
              "|": QT_TRANSLATE_NOOP("Importer", "pipe")}
SAMPLE_BYTES = 256 * 1024
MAX_HEAD_BYTES = 4 * 2**20  # the sample grows to this at most to hold whole first lines
HEAD_LINES = 8  # ... until it holds this many line breaks
MAX_COLUMNS = 2000  # wider files are refused before any parsing (documented in README)
MAX_SUGGESTIONS = 200  # distinct unknown names that get a "did you mean" (0.9 ms each)
CHUNK_ROWS = 25_000
BATCH_ROWS = 200
BIG_FILE_BYTES = 4 * 2**20  # above this, indexes are rebuilt once at the end
MAX_PROBLEMS = 1000
YEAR_MIN, YEAR_MAX = 1800, 2100

# Header words (normalised) that name each field, in English and Chinese.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "country": ("country", "country name", "countries", "nation", "economy", "entity",
                "country or area", "country area", "area", "reporter", "reporter name",
                "location", "国家", "国家 地区", "国家地区", "国家或地区", "国家和地区", "国别",
                "地区", "国家名称", "国家 地区名称"),
    "year": ("year", "yr", "time", "period", "date", "month", "quarter", "day", "as of",
             "年份", "年", "年度", "时间", "日期", "月份", "月", "季度"),
    "value": ("value", "values", "quantity", "production", "amount", "volume", "obs value",
              "observation", "output", "tonnes", "tons", "metric tons", "price", "数值", "产量",
              "数量", "值", "金额", "产值", "价格", "单价", "均价"),
    "unit": ("unit", "units", "unit of measure", "uom", "measure unit", "currency", "单位",
             "计量单位", "币种", "货币", "币别"),
    "stage": ("stage", "value chain stage", "环节", "阶段"),
    "element": ("element", "commodity", "product", "mineral", "material", "元素", "产品",
                "商品", "矿种"),
    "metric": ("metric", "indicator", "indicator name", "series", "series name",
               "variable", "measure", "flow", "指标", "指标名称"),
    "scenario": ("scenario", "情景"),
    "flag": ("flag", "flags", "status", "obs status", "标记", "标志"),
    "note": ("note", "notes", "comment", "comments", "remark", "remarks", "footnote",
             "备注", "注释", "说明"),
    "item": ("item", "category", "type", "company", "companies", "mine", "mines", "operator",
             "producer", "project", "deposit", "plant", "facility", "end use", "sector",
             "项目", "用途", "类别", "公司",
             "企业", "矿山", "矿区", "矿", "工厂"),
}
# Matched only when no column holds the field by the words above (a 来源 column is kept in
# the note unless a 备注 column takes it).
FALLBACK_SYNONYMS: dict[str, tuple[str, ...]] = {
    "note": ("source", "sources", "来源", "资料来源", "数据来源", "出处"),
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


def whole_row() -> str:
    """The column named by a problem that concerns a whole row."""
    return translate("Importer", "(whole row)")


def _counts(counts: dict[str, int]) -> str:
    return "; ".join(f"{n:,} × {r}" for r, n in counts.items())


@dataclass
class Problem:
    line: int | None
    column: str
    value: str
    reason: str
    action: str

    def text(self) -> str:
        where = (translate("Importer", "line {line}").format(line=self.line) if self.line
                 else translate("Importer", "file"))
        shown = self.value if len(self.value) <= 60 else self.value[:57] + "..."
        return translate("Importer", "{where}, column {column}, value {value}: {reason} — "
                         "{action}").format(where=where, column=repr(self.column),
                                            value=repr(shown), reason=self.reason,
                                            action=self.action)


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
    kind: str | None = None  # see kinds.KINDS; None: guessed from the columns
    update: str = "new"  # new | replace | append, when a user dataset of that name exists
    source: SourceInfo | None = None


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
    code_column: str | None = None  # an ISO3/OWID code column beside the country names
    guessed_value: str | None = None  # the value column found as the only numeric one
    unit_hint: str = ""  # "(tonnes)" at the end of the value column's name


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
    kind: str = "country"
    updated: str = ""  # "replace" or "append" when an existing dataset was updated
    rows_superseded: int = 0  # older rows an append replaced (same key)
    source_id: str | None = None
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    problem_counts: dict[str, int] = field(default_factory=dict)
    notes: list[Problem] = field(default_factory=list)  # rows skipped by design (footnotes…)
    note_counts: dict[str, int] = field(default_factory=dict)
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
        """What was done, in the interface's language (English on the command line)."""
        mapped = ", ".join(f"{field_name(k)}={v}" for k, v in self.mapping.items())
        if self.wide:
            mapped += translate("Importer", "; year and value from {n} year columns").format(
                n=self.year_columns)
        years = (f"{self.years[0]}-{self.years[1]}" if self.years
                 else translate("Importer", "none"))
        kind = self.kind if language() == "en" else translate(  # the CLI keeps --kind's key
            "Importer", KIND_NAMES.get(self.kind, self.kind))
        updated = {"replace": translate("Importer", "; replaced the existing dataset"),
                   "append": translate("Importer", "; appended to the existing dataset")}
        lines = [
            translate("Importer", "imported {rows} rows into dataset {dataset}").format(
                rows=f"{self.rows_imported:,}", dataset=repr(self.dataset))
            if self.written else
            translate("Importer", "checked {rows} rows, nothing written").format(
                rows=f"{self.rows_read:,}"),
            translate("Importer", "columns mapped: {mapped}").format(mapped=mapped),
            translate("Importer", "countries: {n} ({codes})").format(
                n=len(self.countries), codes=", ".join(self.countries[:12])
                + (" …" if len(self.countries) > 12 else "")),
            translate("Importer", "years: {years}").format(years=years),
            translate("Importer", "kind: {kind}").format(kind=kind)
            + updated.get(self.updated, "")
            + (translate("Importer", " ({n} older rows superseded)").format(
                n=f"{self.rows_superseded:,}") if self.rows_superseded else "")
            + (translate("Importer", "; source: {source}").format(source=self.source_id)
               if self.source_id else ""),
            translate("Importer", "encoding: {encoding}; delimiter: {delimiter}; decimal "
                      "mark: {decimal}; layout: {layout}").format(
                encoding=self.encoding if language() == "en" else self.encoding.upper(),
                delimiter=translate("Importer", DELIMITERS.get(self.delimiter, "")) or
                repr(self.delimiter), decimal=repr(self.decimal),
                layout=translate("Importer", "wide") if self.wide
                else translate("Importer", "long")),
        ]
        if self.rows_skipped:
            lines.append(translate("Importer", "skipped {n} invalid rows (see the report)")
                         .format(n=f"{self.rows_skipped:,}"))
        if self.note_counts:
            lines.append(translate("Importer", "left out as not data: {counts}").format(
                counts=_counts(self.note_counts)))
        return "\n".join(lines)

    def report_text(self) -> str:
        lines = []
        if not self.problem_count:
            lines.append(translate("Importer", "no problems found"))
        else:
            lines.append(translate("Importer", "{n} problem(s): {counts}").format(
                n=f"{self.problem_count:,}", counts=_counts(self.problem_counts)))
            lines += [p.text() for p in self.problems]
            if self.problem_count > len(self.problems):
                lines.append(translate("Importer", "… and {n} more").format(
                    n=f"{self.problem_count - len(self.problems):,}"))
        lines += [p.text() for p in self.notes[:50]]
        if len(self.notes) > 50:
            lines.append(translate("Importer", "… and {n} more rows left out").format(
                n=f"{len(self.notes) - 50:,}"))
        return "\n".join(lines)

    def to_json(self) -> str:
        data = asdict(self)
        data["problems"] = [asdict(p) for p in self.problems]
        data["notes"] = [asdict(p) for p in self.notes]
        return json.dumps(data, ensure_ascii=False)


