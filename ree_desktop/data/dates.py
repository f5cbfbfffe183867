"""Dates with their precision: a monthly price series stays monthly.

Observations keep ``year`` (always filled, so every annual query works unchanged) and, for
figures finer than a year, ``date`` + ``date_precision``. Dates are stored as truncated ISO
text like the events table: ``2025-04-17`` (day), ``2025-04`` (month), and a quarter as the
month it starts in (``2025-04``) with precision ``quarter``. Annual rows keep ``date`` and
``date_precision`` NULL. No Qt, no pandas at import time.

Understood spellings: ISO dates (``2025-04-17``, ``2025/4/17``, ``2025-04-17T00:00:00``),
``2025-04``, ``Apr 2025`` / ``April 2025`` / ``Apr-2025``, ``04/2025``, ``2025M04``,
``2025Q2`` / ``Q2 2025`` / ``2025-Q2``, ``2025年4月`` / ``2025年4月17日`` / ``2025年``, plain
years. Day-first or month-first dates (``17/04/2025``) are ambiguous and refused.

``format_date`` writes a date with its precision in the interface's language: "3 April
2025", "April 2025", "2025 Q2", "2025" in English; "2025年4月3日", "2025年4月",
"2025年第2季度", "2025年" in Chinese.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import NamedTuple

from ree_desktop.i18n import language

PRECISIONS = ("quarter", "month", "day")  # NULL precision means a whole year
YEAR_MIN, YEAR_MAX = 1800, 2100
EXPECTED = ("a year (1800-2100) or a date such as 2025-04-17, 2025-04, Apr 2025, 2025M04, "
            "2025Q2 or 2025年4月")

MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
    ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
    ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}


class ParsedDate(NamedTuple):
    year: int
    date: str | None        # None for a whole year
    precision: str | None   # None for a whole year, else one of PRECISIONS


_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ]00:00(?::00(?:\.0+)?)?)?")
_MONTH = re.compile(r"(\d{4})[-/](\d{1,2})|(\d{4})m(\d{1,2})|(\d{1,2})/(\d{4})")
_NAMED = re.compile(r"([a-z]+)\.?[\s\-/]*(\d{4})")
_QUARTER = re.compile(r"(\d{4})[\s\-]?q([1-4])|q([1-4])[\s\-/]?(\d{4})")
_CJK = re.compile(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_YEAR = re.compile(r"(\d{4})(?:\.0+)?")


def _checked(year: int, month: int | None = None, day: int | None = None,
             precision: str | None = None) -> ParsedDate | None:
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    if month is None:
        return ParsedDate(year, None, None)
    if not 1 <= month <= 12:
        return None
    if day is None:
        return ParsedDate(year, f"{year:04d}-{month:02d}", precision or "month")
    try:
        _dt.date(year, month, day)
    except ValueError:
        return None
    return ParsedDate(year, f"{year:04d}-{month:02d}-{day:02d}", "day")


def parse_date(text: object) -> ParsedDate | None:
    """One cell → (year, date, precision), or None if it is not a plausible date."""
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, int | float):
        if text != text or float(text) != int(text):
            return None
        return _checked(int(text))
    raw = str(text).strip().lower().replace("\u2013", "-").replace("\u2014", "-")
    if not raw:
        return None
    if match := _YEAR.fullmatch(raw):
        return _checked(int(match[1]))
    if match := _DAY.fullmatch(raw):
        return _checked(int(match[1]), int(match[2]), int(match[3]))
    if match := _MONTH.fullmatch(raw):
        year, month = ((match[1], match[2]) if match[1] else (match[3], match[4])
                       if match[3] else (match[6], match[5]))
        return _checked(int(year), int(month))
    if match := _QUARTER.fullmatch(raw):
        year, quarter = (match[1], match[2]) if match[1] else (match[4], match[3])
        return _checked(int(year), 3 * int(quarter) - 2, precision="quarter")
    if match := _CJK.fullmatch(raw):
        return _checked(int(match[1]), int(match[2]) if match[2] else None,
                        int(match[3]) if match[3] else None)
    if (match := _NAMED.fullmatch(raw)) and match[1] in MONTHS:
        return _checked(int(match[2]), MONTHS[match[1]])
    return None


def date_position(date: str | None, precision: str | None, year: int) -> float:
    """Decimal year at the middle of the period, so a month plots beside its annual mean."""
    if not date or not precision:
        return year + 0.5
    parts = [int(p) for p in date.split("-")]
    if precision == "day" and len(parts) == 3:
        start = _dt.date(parts[0], 1, 1)
        days = (_dt.date(parts[0] + 1, 1, 1) - start).days
        return parts[0] + ((_dt.date(*parts) - start).days + 0.5) / days
    months = 3 if precision == "quarter" else 1
    return parts[0] + (parts[1] - 1 + months / 2) / 12


#: How each language writes a date of each precision (a locale convention, like QLocale's
#: date formats, so kept here rather than in the translations: the forms differ in fields).
DATE_FORMATS = {"day": "{day} {month_name} {year}", "month": "{month_name} {year}",
                "quarter": "{year} Q{quarter}", "year": "{year}"}
ZH_FORMATS = {"day": "{year}年{month}月{day}日", "month": "{year}年{month}月",
              "quarter": "{year}年第{quarter}季度", "year": "{year}年"}


def format_date(date: str | None, precision: str | None, year: int | None = None) -> str:
    """A stored date with its precision, as the interface's language writes it: a month
    stays a month (never a made-up day). ``precision`` None or "year" is a whole year."""
    parts = [int(p) for p in str(date).split("-")] if date else []
    year = parts[0] if parts else year
    if year is None:
        return ""
    if not precision or precision == "year" or len(parts) < 2:
        precision, month, day = "year", 0, 0
    else:
        month = parts[1]
        day = parts[2] if len(parts) > 2 else 0
        if precision == "day" and not day:
            precision = "month"
    template = (ZH_FORMATS if language() == "zh_CN" else DATE_FORMATS)[precision]
    return template.format(year=year, month=month, day=day, quarter=(month - 1) // 3 + 1,
                           month_name=calendar.month_name[month] if month else "")
