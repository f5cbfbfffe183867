"""Prices and events: series splitting, rebasing, event positions, label layout, quotas.

No Qt here. Everything the Prices & events panel draws is shaped by these functions, so the
numbers and the label layout can be checked without a display.
"""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ree_desktop.analysis.trends import rebase
from ree_desktop.data.dates import format_date
from ree_desktop.i18n import translate

SeriesKey = tuple[str, str, str]  # (element, item, unit)


# -- price series ---------------------------------------------------------------------------
def split_series(prices: pd.DataFrame) -> dict[SeriesKey, pd.DataFrame]:
    """One frame per (element, item, unit), sorted by year: units and purities never mix."""
    if prices.empty:
        return {}
    groups = prices.sort_values("year").groupby(["element", "item", "unit"], sort=True)
    return {tuple(key): frame.reset_index(drop=True) for key, frame in groups}


def gapped(years: pd.Series | np.ndarray, values: pd.Series | np.ndarray
           ) -> tuple[np.ndarray, np.ndarray]:
    """Every integer year from first to last, NaN where there is no value (a drawn gap)."""
    series = pd.Series(np.asarray(values, dtype=float), index=np.asarray(years, dtype=int))
    if series.empty:
        return np.array([], dtype=float), np.array([], dtype=float)
    full = np.arange(int(series.index.min()), int(series.index.max()) + 1)
    return full.astype(float), series.reindex(full).to_numpy(dtype=float)


def rebase_frame(frame: pd.DataFrame, base_year: int) -> pd.DataFrame | None:
    """A series' rows with ``value`` indexed to 100 at ``base_year``; None without a base."""
    series = pd.Series(frame["value"].to_numpy(dtype=float),
                       index=frame["year"].to_numpy(dtype=int))
    indexed = rebase(series, base_year)
    if indexed.isna().all():
        return None
    result = frame.copy()
    result["value"] = indexed.to_numpy()
    result["unit"] = f"index, {base_year} = 100"
    return result


def common_base_years(series: dict[SeriesKey, pd.DataFrame]) -> list[int]:
    """Years in which every given series has a value (good rebasing choices)."""
    years: set[int] | None = None
    for frame in series.values():
        have = set(frame.loc[frame["value"].notna(), "year"].astype(int))
        years = have if years is None else years & have
    return sorted(years or [])


# -- events -------------------------------------------------------------------------------
@dataclass(frozen=True)
class EventSpan:
    """Where an event sits on a year axis: ``x`` for the mark, ``start``-``end`` its span."""

    x: float
    start: float
    end: float


def event_span(date: str, precision: str) -> EventSpan:
    """Fractional-year position: a year-only event covers its year, marked at mid-year."""
    parts = [int(p) for p in str(date).split("-")]
    year = parts[0]
    if precision == "year" or len(parts) == 1:
        return EventSpan(year + 0.5, float(year), year + 1.0)
    if precision == "month" or len(parts) == 2:
        month = parts[1]
        return EventSpan(year + (month - 0.5) / 12, year + (month - 1) / 12, year + month / 12)
    days = 366 if calendar.isleap(year) else 365
    day_of_year = dt.date(year, parts[1], parts[2]).timetuple().tm_yday
    x = year + (day_of_year - 0.5) / days
    return EventSpan(x, x, x)


def format_event_date(date: str, precision: str) -> str:
    """'21 September 2010', 'July 2010 (month only)', '2018 (year only)'; in Chinese
    '2010年9月21日', '2010年7月（仅知月份）', '2018年（仅知年份）'."""
    parts = str(date).split("-")
    if precision == "year" or len(parts) == 1:
        return translate("Events", "{date} (year only)").format(
            date=format_date(date, "year"))
    if precision == "month" or len(parts) == 2:
        return translate("Events", "{date} (month only)").format(
            date=format_date(date, "month"))
    return format_date(date, "day")


def text_width(text: str) -> int:
    """Width in Latin-character cells: a Chinese character (East Asian wide or fullwidth)
    takes two, so a Chinese label is cut at the same drawn width as an English one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def short_label(title: str, limit: int = 30) -> str:
    """A chart label: the title cut at a word boundary (Chinese: anywhere, at about the same
    drawn width), with an ellipsis if shortened."""
    title = " ".join(str(title).split())
    if text_width(title) <= limit:
        return title
    cut, width = "", 0
    for ch in title:
        width += text_width(ch)
        if width > limit - 1:
            break
        cut += ch
    if " " in cut[len(cut) // 2:]:
        cut = cut[:cut.rfind(" ")]
    return cut.rstrip(" ,;:-，、；：") + "…"


def filter_events(events: pd.DataFrame, text: str = "", category: str = "",
                  country: str = "", element: str = "") -> pd.DataFrame:
    """Events matching a search text (title, detail, source; in Chinese the English title
    too) and optional exact filters."""
    mask = pd.Series(True, index=events.index)
    if text:
        haystack = (events["title"] + " " + events["detail"] + " " + events["source"] + " "
                    + events["date"])
        if "title_en" in events:
            haystack = haystack + " " + events["title_en"].fillna("")
        haystack = haystack.str.lower()
        for word in text.lower().split():
            mask &= haystack.str.contains(word, regex=False)
    if category:
        mask &= events["category"] == category
    if country:
        mask &= events["countries"].str.split(";").apply(lambda codes: country in codes)
    if element:
        mask &= events["elements"].str.split(";").apply(lambda codes: element in codes)
    return events[mask]


def split_codes(column: pd.Series) -> list[str]:
    """Distinct codes of a ';'-separated column, sorted."""
    codes = {code for value in column for code in str(value).split(";") if code}
    return sorted(codes)


# -- label layout -------------------------------------------------------------------------
@dataclass(frozen=True)
class Placement:
    """A label's row (0 = top) and left edge in pixels; ``row`` is None if it did not fit."""

    row: int | None
    left: float


def place_labels(xs: list[float], widths: list[float], max_rows: int, gap: float = 6.0,
                 right_edge: float | None = None, first: int | None = None,
                 blocked: list[tuple[int, float, float]] | None = None) -> list[Placement]:
    """Stagger labels into rows so that none overlap; those that do not fit get row None.

    Labels start at their mark and run right (or end at it, if they would pass
    ``right_edge``). Each label takes the first row where it overlaps nothing; ``first``
    (the highlighted label) is placed before all others so it is always shown.
    ``blocked`` holds (row, left, right) spans already taken, e.g. by a legend.
    """
    rows: list[list[tuple[float, float]]] = [[] for _ in range(max(max_rows, 0))]
    for row, left, right in blocked or []:
        if 0 <= row < len(rows):
            rows[row].append((left, right))
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    if first is not None and 0 <= first < len(xs):
        order.remove(first)
        order.insert(0, first)
    placements: dict[int, Placement] = {}
    for i in order:
        left = xs[i]
        if right_edge is not None and left + widths[i] > right_edge:
            left = xs[i] - widths[i]
        interval = (left - gap / 2, left + widths[i] + gap / 2)
        row = next((r for r, used in enumerate(rows)
                    if all(interval[1] <= a or interval[0] >= b for a, b in used)), None)
        if row is not None:
            rows[row].append(interval)
        placements[i] = Placement(row, left)
    return [placements[i] for i in range(len(xs))]


def cluster_unplaced(xs: list[float], placements: list[Placement], badge_width: float
                     ) -> list[list[int]]:
    """Group labels that did not fit into '+N' badges whose boxes do not overlap."""
    hidden = sorted((i for i, p in enumerate(placements) if p.row is None), key=lambda i: xs[i])
    groups: list[list[int]] = []
    for i in hidden:
        if groups:
            centre = float(np.mean([xs[j] for j in groups[-1]]))
            if xs[i] - centre < badge_width:
                groups[-1].append(i)
                continue
        groups.append([i])
    merged = True
    while merged:  # merging moves a badge's centre, which may make it touch its neighbour
        merged = False
        for k in range(len(groups) - 1):
            a = float(np.mean([xs[j] for j in groups[k]]))
            b = float(np.mean([xs[j] for j in groups[k + 1]]))
            if b - a < badge_width:
                groups[k] += groups.pop(k + 1)
                merged = True
                break
    return groups


# -- quotas vs production -----------------------------------------------------------------
QUOTA_SERIES = {"mining": "Mining quota", "smelting and separation":
                "Smelting & separation quota", "export": "Export quota"}


def quota_kind(period: str) -> str:
    """'full year', 'interim' (a full-year figure later revised) or 'batch'."""
    period = period.strip().lower()
    if period == "full year":
        return "full year"
    if period.startswith("full year"):
        return "interim"
    return "batch"


def quota_type(raw: str) -> str | None:
    """Normalise the quota type; USGS's 'production quota' is the mining quota."""
    raw = raw.strip().lower()
    if raw.startswith("mining") or raw == "production":
        return "mining"
    if raw.startswith("smelting"):
        return "smelting and separation"
    if raw.startswith("export"):
        return "export"
    return None


def quota_vs_output(quotas: pd.DataFrame, production: pd.DataFrame,
                    years: tuple[int, int] | None = None) -> pd.DataFrame:
    """China's quota totals (full year, interim, batches) and mine production, long format.

    Batches and interim figures are kept as their own rows and never summed; full-year rows
    reported by several sources with the same value become one row naming every source.
    """
    totals = quotas[quotas["category"].str.lower() == "total"].copy()
    totals["type"] = totals["quota_type"].map(quota_type)
    totals = totals[totals["type"].notna()]
    totals["kind"] = totals["period"].map(quota_kind)
    rows = [_merge_full_year(group) for _, group in
            totals.groupby(["year", "type", "kind", "period"], sort=True)]
    quota_rows = pd.concat(rows, ignore_index=True) if rows else totals.iloc[0:0]
    quota_rows["series"] = quota_rows["type"].map(QUOTA_SERIES)
    output = production.copy()
    output["series"] = "Mine production"
    output["kind"] = "reported"
    output["period"] = "full year"
    output["type"] = "production"
    columns = ["year", "series", "type", "kind", "period", "value", "unit", "flag", "edition",
               "source_publisher", "source", "source_url", "note"]
    result = pd.concat([quota_rows.reindex(columns=columns), output.reindex(columns=columns)],
                       ignore_index=True)
    result["unit"] = result["unit"].fillna("t REO")
    result[["flag", "edition", "note", "source_publisher", "source", "source_url"]] = result[
        ["flag", "edition", "note", "source_publisher", "source", "source_url"]].fillna("")
    if years:
        result = result[result["year"].between(int(years[0]), int(years[1]))]
    return result.sort_values(["year", "series", "kind"]).reset_index(drop=True)


def _merge_full_year(group: pd.DataFrame) -> pd.DataFrame:
    """One row when all sources agree on the value (USGS first); all rows when they differ."""
    if group["value"].nunique() > 1 or len(group) == 1:
        return group
    ordered = group.assign(_usgs=~group["source_publisher"].fillna("").str.contains(
        "Geological Survey")).sort_values("_usgs").drop(columns="_usgs")
    row = ordered.iloc[[0]].copy()
    others = [f"{p}: {t}" for p, t in zip(ordered["source_publisher"].iloc[1:],
                                          ordered["source"].iloc[1:], strict=True)]
    notes = [n for n in ordered["note"].fillna("") if n]
    also = translate("Analysis", "also reported by {sources}")
    row["note"] = "; ".join(notes + ([also.format(sources="; ".join(others))]
                                     if others else []))
    return row
