"""What the user reads about a dated event, without Qt: category colours and labels, the
tooltip, the detail dialog's fields. Shared by the event overlay (any chart), the detail
dialog and the Prices & events panel's model, so none of them imports another for text.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

import pandas as pd

from ree_desktop.analysis.prices import format_event_date
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Events"  # the translation context of the marked texts below
#: Okabe-Ito colours (colour-blind safe); ``None`` means the theme's foreground-like grey.
#: Export controls on related materials (gallium, germanium, graphite…) share the export
#: controls' hue family but are told apart by lightness (Tol's wine).
CATEGORY_COLORS: dict[str, str | None] = {
    "export_control": "#D55E00",
    "related_export_controls": "#882255",
    "quota": "#E69F00",
    "trade_dispute": "#0072B2",
    "industrial_policy": "#009E73",
    "geopolitics": "#CC79A7",
    "market": "#56B4E9",
    "corporate": "#999999",
    "environment": None,
}
UNKNOWN_COLOR = "#999999"
CATEGORY_LABELS = {
    "export_control": QT_TRANSLATE_NOOP("Events", "Export controls"),
    "related_export_controls": QT_TRANSLATE_NOOP("Events", "Related export controls"),
    "quota": QT_TRANSLATE_NOOP("Events", "Quotas"),
    "trade_dispute": QT_TRANSLATE_NOOP("Events", "Trade disputes"),
    "industrial_policy": QT_TRANSLATE_NOOP("Events", "Industrial policy"),
    "geopolitics": QT_TRANSLATE_NOOP("Events", "Geopolitics"),
    "market": QT_TRANSLATE_NOOP("Events", "Market"),
    "corporate": QT_TRANSLATE_NOOP("Events", "Companies"),
    "environment": QT_TRANSLATE_NOOP("Events", "Environment"),
}


def category_color(category: str, fallback: str) -> str:
    """The category's colour; ``fallback`` (the theme's grey) where it has none of its own.
    Unknown categories are grey, never missing."""
    color = CATEGORY_COLORS.get(category, UNKNOWN_COLOR)
    return color or fallback


def category_label(category: str) -> str:
    """The category's name in the interface's language (an unknown one from its code)."""
    if category in CATEGORY_LABELS:
        return translate(CONTEXT, CATEGORY_LABELS[category])
    return str(category).replace("_", " ").capitalize()


#: The detail dialog's field names, by key (the key stays English: tests and callers).
FIELD_LABELS = {
    "Date": QT_TRANSLATE_NOOP("Events", "Date"),
    "Category": QT_TRANSLATE_NOOP("Events", "Category"),
    "Countries": QT_TRANSLATE_NOOP("Events", "Countries"),
    "Elements": QT_TRANSLATE_NOOP("Events", "Elements"),
    "What happened": QT_TRANSLATE_NOOP("Events", "What happened"),
    "Source": QT_TRANSLATE_NOOP("Events", "Source"),
    "Note": QT_TRANSLATE_NOOP("Events", "Note"),
}


def field_label(key: str) -> str:
    """A detail field's name as shown, with its colon ('Date:', '日期：')."""
    return translate("Events", "{field}:").format(field=translate(CONTEXT, FIELD_LABELS[key]))


def category_order(categories) -> list[str]:
    """Categories present, in the legend's order (known ones first, then by name)."""
    known = list(CATEGORY_COLORS)
    return sorted(set(categories), key=lambda c: (known.index(c) if c in known else 99, c))


def event_tooltip(event: pd.Series | Mapping) -> str:
    """Plain-text tooltip: title, date with its precision, category, where and what (the
    title in the interface's language as the query gave it; the publisher as published)."""
    lines = [str(event["title"]), format_event_date(event["date"], event["date_precision"]),
             translate("Events", "Category: {category}").format(
                 category=category_label(event["category"]))]
    if event.get("countries"):
        lines.append(translate("Events", "Countries: {codes}").format(
            codes=str(event["countries"]).replace(";", ", ")))
    if event.get("elements"):
        lines.append(translate("Events", "Elements: {codes}").format(
            codes=str(event["elements"]).replace(";", ", ")))
    if event.get("source_publisher"):
        lines.append(translate("Events", "Source: {publisher}").format(
            publisher=event["source_publisher"]))
    lines.append(translate("Events", "Click for details"))
    return "\n".join(lines)


def codes_text(text: str, names: Mapping[str, str] | None) -> str:
    """'China (CHN), Japan (JPN)' from 'CHN;JPN'; 'not stated' when empty."""
    codes = [c for c in str(text or "").split(";") if c]
    if not codes:
        return translate("Events", "not stated")
    return ", ".join(f"{names.get(c, c)} ({c})" if names and c in names else c for c in codes)


def source_html(event: pd.Series | Mapping) -> str:
    """Publisher, title and the URL as a link (escaped: the text comes from data)."""
    publisher = html.escape(str(event.get("source_publisher")
                                or translate("Events", "source not recorded")))
    title = html.escape(str(event.get("source") or ""))
    url = str(event.get("source_url") or "")
    text = f"{publisher}" + (f", <i>{title}</i>" if title and title != publisher else "")
    if url:
        safe = html.escape(url, quote=True)
        text += f"<br><a href='{safe}'>{safe}</a>"
    return text


def detail_rows(event: pd.Series | Mapping, color: str,
                country_names: Mapping[str, str] | None = None) -> list[tuple[str, str, bool]]:
    """The detail dialog's rows: (name, text, is rich text); ``name`` is the field's key
    (English), shown through ``field_label``. The note is copied from the source's record
    (data text, as published)."""
    return [
        ("Date", format_event_date(event["date"], event["date_precision"]), False),
        ("Category", f"<span style='color:{color}'>■</span> "
                     f"{html.escape(category_label(event['category']))}", True),
        ("Countries", codes_text(event.get("countries", ""), country_names), False),
        ("Elements", codes_text(event.get("elements", ""), None), False),
        ("What happened", str(event.get("detail") or translate("Events", "no detail given")),
         False),
        ("Source", source_html(event), True),
        ("Note", str(event.get("note") or "—"), False),
    ]
