"""The one number formatter: how every figure reads in tooltips, captions, notes, tables'
captions and axis ticks. No Qt, so panel models, analysis and the CLI share it.

A missing value always reads "no data" (a gap, never 0); nothing here rounds a figure
into a different one than its source row holds beyond the digits shown.

In Chinese (zh_CN) numbers keep the same grouping ('270,000') and decimal point, as Chinese
statistics print them; SI units stay as they are (t, kt, USD/kg), and the few worded units
('% a year', '% of world', 'N years') and "no data" are translated.
"""

from __future__ import annotations

import math

from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

NO_DATA = QT_TRANSLATE_NOOP("Numbers", "no data")
YEARS = QT_TRANSLATE_NOOP("Numbers", "{value} years")
#: Units with words in them, translated where a figure is written (SI units are not).
WORDED_UNITS = (
    QT_TRANSLATE_NOOP("Numbers", "% a year"),
    QT_TRANSLATE_NOOP("Numbers", "% of world"),
    QT_TRANSLATE_NOOP("Numbers", "% of world reserves"),
    QT_TRANSLATE_NOOP("Numbers", "% of total REO"),
)


def no_data() -> str:
    """'no data' in the interface's language."""
    return translate("Numbers", NO_DATA)


def unit_text(unit: str) -> str:
    """A unit as shown: worded units translated, SI units (t REO, kt, USD/kg) unchanged."""
    return translate("Numbers", unit) if unit in WORDED_UNITS else unit


def is_missing(value: float | None) -> bool:
    """None or NaN: the figure has no source row."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_number(value: float | None, unit: str = "", *, digits: int | None = None,
                  significant: int = 3) -> str:
    """'270,000 t REO', '12.3 t', '+1.2 % a year', '163 years'; a missing value 'no data'.

    By default a value of ``significant`` digits or more reads whole ('270,000'), a smaller
    one to ``significant`` significant digits ('12.3'). ``digits`` fixes the decimals of
    values under 1,000 instead ('12.30' with 2). Units '% …' and '… a year' read to one
    decimal (or ``digits``), the latter signed; 'years' reads 'N years'.
    """
    if is_missing(value):
        return no_data()
    if unit.endswith("a year"):
        sign = "+" if value > 0 else ""
        return f"{sign}{value:,.{1 if digits is None else digits}f} {unit_text(unit)}"
    if unit.startswith("%"):
        return f"{value:,.{1 if digits is None else digits}f} {unit_text(unit)}"
    if unit == "years":
        return translate("Numbers", YEARS).format(value=f"{value:,.0f}")
    if digits is not None:
        text = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.{digits}f}"
    elif abs(value) >= 10 ** (significant - 1):
        text = f"{value:,.0f}"
    else:
        text = f"{value:,.{significant}g}"
    return f"{text} {unit}".strip()


def percent(value: float | None) -> str:
    """'71 %', '4.2 %' (one decimal under 10 %); a missing share reads 'no data'."""
    if is_missing(value):
        return no_data()
    return f"{value:.1f} %" if value < 10 else f"{value:.0f} %"


def compact_number(value: float) -> str:
    """Short axis labels: '400k', '1.2M', '12.5'."""
    magnitude = abs(value)
    if magnitude >= 1e6:
        return f"{value / 1e6:.3g}M"
    if magnitude >= 1e4:
        return f"{value / 1e3:.3g}k"
    return f"{value:.4g}"
