"""The Countries panel's texts, without Qt: titles, notes and tooltip words, marked for
translation (context "Countries") and translated where shown with ``tr``."""

from __future__ import annotations

from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate


def tr(text: str) -> str:
    """A marked text of this panel in the interface's language."""
    return translate("Countries", text)


#: Units the app writes in words (t, kt, USD/kg stay as they are).
UNIT_LABELS = {"% of world": QT_TRANSLATE_NOOP("Countries", "% of world"),
               "% a year": QT_TRANSLATE_NOOP("Countries", "% a year"),
               "years": QT_TRANSLATE_NOOP("Countries", "years")}


def unit_label(unit: str) -> str:
    """A unit as shown on an axis or a legend: '% of world' → '占世界 %' in Chinese."""
    return tr(UNIT_LABELS[unit]) if unit in UNIT_LABELS else unit


# Text shown to users, marked for translation (context "Countries").
SHARE_SUFFIX = QT_TRANSLATE_NOOP("Countries", ", share of world")
NOTE_RP = QT_TRANSLATE_NOOP(
    "Countries",
    "R/P = reserves in USGS MCS edition Y ÷ production of year Y−1 printed in the same edition;"
    " plotted at the production year (tooltip names both).")
NOTE_SHARE = QT_TRANSLATE_NOOP(
    "Countries",
    "Share of world: country and world figures of a year come from one edition (named in the "
    "tooltip), never mixed.")
NOTE_GROWTH = QT_TRANSLATE_NOOP(
    "Countries",
    "Growth only between consecutive years with data; gaps stay gaps.")
NOTE_PRODUCTION = QT_TRANSLATE_NOOP(
    "Countries",
    "Preferred edition per country-year; tick 'Show revisions' for the others.")
BAR_TITLE = QT_TRANSLATE_NOOP("Countries", "{metric}, {year} (ranked)")
LINE_TITLE = QT_TRANSLATE_NOOP("Countries", "{metric}, {years}")  # Chinese: a full-width comma
MAP_TITLE = QT_TRANSLATE_NOOP(
    "Countries",
    "<b>{metric}, {year}</b> · {count} countries with data · bold outline: selected, dashed: "
    "estimate · click a country to add or remove it")
NOTE_NO_SELECTION = QT_TRANSLATE_NOOP(
    "Countries",
    "No country selected: pick countries on the left, a group, or click the map.")
NOTE_ESTIMATES = QT_TRANSLATE_NOOP(
    "Countries",
    "Estimates: hollow markers and dashed lines, hatched bars, dashed map outlines.")
NOTE_REVISIONS = QT_TRANSLATE_NOOP(
    "Countries",
    "× = another edition's figure (hover for the edition).")
NOTE_LOWER_BOUND = QT_TRANSLATE_NOOP("Countries", "≥ = lower bound: some of your items have "
                                     "no figure in {cells}.")
NOTE_LOG_ZERO = QT_TRANSLATE_NOOP(
    "Countries",
    "Zero or negative values cannot be drawn on a log axis.")
NOTE_ZERO_OR_NOT_REPORTED = QT_TRANSLATE_NOOP(
    "Countries",
    "0 or not reported (the source does not tell which; not drawn): {cells}.")
NOTE_RESERVES = QT_TRANSLATE_NOOP(
    "Countries",
    "Reserves are placed at the year of the MCS edition that published them")
CHARTED = QT_TRANSLATE_NOOP("Countries", " ← charted")
SOURCE = QT_TRANSLATE_NOOP("Countries", "Source: {source}")
NO_DATA_FOR = QT_TRANSLATE_NOOP("Countries", "{name} ({iso3}): no data")
RANK = QT_TRANSLATE_NOOP("Countries", "Rank {rank} of {count}")
NOTE_RESERVES_SHARE = QT_TRANSLATE_NOOP(
    "Countries",
    "; where the world total is a lower bound the share is an upper bound.")
NOTE_CAGR = QT_TRANSLATE_NOOP(
    "Countries",
    "CAGR between exactly {low} and {high} (the year range's ends); the line shows production, "
    "the legend the CAGR.")
NOTE_NO_DATA = QT_TRANSLATE_NOOP("Countries", "No data in {where} for: {names}.")
NOTE_NO_CAGR = QT_TRANSLATE_NOOP(
    "Countries",
    "No CAGR (needs values in both {low} and {high}) for: {names}.")
NOTE_BY_ITEM = QT_TRANSLATE_NOOP(
    "Countries",
    "One line per item; the map shows the sum per country.")
LOG_AXIS = QT_TRANSLATE_NOOP("Countries", "{unit} (log)")
OTHER_EDITIONS = QT_TRANSLATE_NOOP("Countries", "other editions")
LEGEND_LOWER_BOUND = QT_TRANSLATE_NOOP(
    "Countries", "≥ lower bound: some items have no figure that year")
AXIS_CUT = QT_TRANSLATE_NOOP("Countries", "{text} ▸ (axis cut at {limit})")
SUM_SUFFIX = QT_TRANSLATE_NOOP("Countries", ", sum per country")
BY_ITEM_SUFFIX = QT_TRANSLATE_NOOP("Countries", ", one line per item")
