"""What a dataset is (issue 19 item 1) and where it came from (item 8).

A kind decides which columns must be mapped and which panel shows the dataset: a country
series (Countries), a price series (Prices & events), stage shares or quantities (Value
chain), a demand or supply path (Demand) or other (Data only). The kind is guessed from the
mapped columns and always shown for confirmation (``--kind`` on the command line).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

# Marked for translation; shown with ``translate("Importer", KINDS[kind])`` (the CLI: English).
KINDS: dict[str, str] = {
    "country": QT_TRANSLATE_NOOP("Importer", "country series (country, year, value)"),
    "price": QT_TRANSLATE_NOOP(
        "Importer", "price series (element or product, date, price, currency/unit)"),
    "stage": QT_TRANSLATE_NOOP("Importer",
                               "stage shares or quantities (stage, country, year, value)"),
    "path": QT_TRANSLATE_NOOP("Importer", "demand or supply path (scenario, year, value)"),
    "other": QT_TRANSLATE_NOOP("Importer", "other (year, value)"),
}
KIND_NAMES: dict[str, str] = {
    "country": QT_TRANSLATE_NOOP("Importer", "country series"),
    "price": QT_TRANSLATE_NOOP("Importer", "price series"),
    "stage": QT_TRANSLATE_NOOP("Importer", "stage shares or quantities"),
    "path": QT_TRANSLATE_NOOP("Importer", "demand or supply path"),
    "other": QT_TRANSLATE_NOOP("Importer", "other"),
}
# A field's name in messages: the --map name on the command line, translated in the wizard.
FIELD_NAMES: dict[str, str] = {
    "country": QT_TRANSLATE_NOOP("Importer", "country"),
    "year": QT_TRANSLATE_NOOP("Importer", "year"),
    "value": QT_TRANSLATE_NOOP("Importer", "value"),
    "stage": QT_TRANSLATE_NOOP("Importer", "stage"),
    "element": QT_TRANSLATE_NOOP("Importer", "element"),
    "scenario": QT_TRANSLATE_NOOP("Importer", "scenario"),
    "unit": QT_TRANSLATE_NOOP("Importer", "unit"),
    "metric": QT_TRANSLATE_NOOP("Importer", "metric"),
    "flag": QT_TRANSLATE_NOOP("Importer", "flag"),
    "note": QT_TRANSLATE_NOOP("Importer", "note"),
    "item": QT_TRANSLATE_NOOP("Importer", "item"),
}


def field_name(field: str) -> str:
    return translate("Importer", FIELD_NAMES[field]) if field in FIELD_NAMES else field


REQUIRED: dict[str, tuple[str, ...]] = {
    "country": ("country", "year", "value"),
    "price": ("element", "year", "value"),
    "stage": ("stage", "country", "year", "value"),
    "path": ("scenario", "year", "value"),
    "other": ("year", "value"),
}
PRICE_WORDS = ("price", "usd", "cny", "rmb", "eur", "$", "¥", "价格", "单价", "元")
UPDATES = ("new", "replace", "append")  # what to do when a dataset of that name exists


def guess_kind(mapping: dict[str, str], columns: list[str]) -> str:
    """The most likely kind from mapped fields and header words (shown, never silently used
    against the user's choice)."""
    headers = " ".join(str(c).lower() for c in columns)
    if "stage" in mapping:
        return "stage"
    if "scenario" in mapping:
        return "path"
    if "element" in mapping and any(word in headers for word in PRICE_WORDS):
        return "price"
    if "country" in mapping:
        return "country"
    if "element" in mapping:
        return "price" if "unit" in mapping else "other"
    return "other"


def missing_fields(kind: str, mapping: dict[str, str], wide: bool) -> list[str]:
    """Fields the kind needs that no column is mapped to (year/value come from a wide
    file's year columns)."""
    return [f for f in REQUIRED[kind] if f not in mapping
            and not (wide and f in ("year", "value"))]


@dataclass
class SourceInfo:
    """A user's source for a dataset: shown in captions, tooltips, the Data panel, exports."""

    title: str = ""
    publisher: str = ""
    url: str = ""
    licence: str = ""
    accessed: str = ""  # ISO date the user downloaded it

    def given(self) -> bool:
        return any(value.strip() for value in asdict(self).values())

    def problems(self) -> list[str]:
        """One line per unusable field (the CLI and the wizard show them before importing)."""
        out = []
        for name, value in asdict(self).items():
            if len(value) > 500 or any(ord(ch) < 32 for ch in value):
                out.append(translate("Importer", "source {field}: at most 500 characters on "
                                     "one line").format(field=name))
        url = self.url.strip()
        if url and not url.lower().startswith(("http://", "https://", "file:", "doi:")):
            out.append(translate("Importer", "source url {url}: give an http(s):// address "
                                 "(or doi:…)").format(url=repr(url[:60])))
        if self.accessed.strip():
            from ree_desktop.data.dates import parse_date

            parsed = parse_date(self.accessed)
            if parsed is None or parsed.precision not in (None, "day", "month"):
                out.append(translate("Importer", "source accessed {date}: give a date such "
                                     "as 2026-01-31").format(date=repr(self.accessed[:40])))
        return out

    def row(self, source_id: str, dataset_title: str, file_url: str) -> dict[str, object]:
        """The ``sources`` row: the file itself stands for the URL when none is given."""
        from ree_desktop.data.dates import parse_date

        accessed = parse_date(self.accessed) if self.accessed.strip() else None
        return {"id": source_id, "publisher": self.publisher.strip() or "your data",
                "title": self.title.strip() or dataset_title,
                "year": accessed.year if accessed else None,
                "url": self.url.strip() or file_url,
                "licence": self.licence.strip() or "not stated", "tier": "user",
                "origin": "user",
                "note": f"accessed {accessed.date or accessed.year}" if accessed else None}
