"""Country metrics for the Countries panel: shares, R/P ratio, growth, CAGR and ranking.

Every function takes and returns long-format frames with the columns of
``ree_desktop.data.country_metrics.COLUMNS`` plus ``metric`` (and a few metric-specific
columns), so the charts, the table and the CSV export all show the same rows, each with its
flag, edition and source. Nothing is interpolated: a missing year stays missing.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ree_desktop.analysis.shares import is_country, production_shares
from ree_desktop.analysis.trends import cagr
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Metric:
    key: str
    english: str  # the label as written (marked for translation); ``label`` reads it
    unit: str
    has_share: bool = False  # the "share of world" toggle applies
    has_revisions: bool = False  # several editions per country-year can exist

    @property
    def label(self) -> str:
        """The label in the interface's language (a user's own metric name unchanged)."""
        return translate("Analysis", self.english)


METRICS: dict[str, Metric] = {
    "production": Metric("production", QT_TRANSLATE_NOOP("Analysis", "Mine production"),
                         "t REO", True, True),
    "reserves": Metric("reserves", QT_TRANSLATE_NOOP("Analysis", "Reserves"), "t REO", True),
    "share": Metric("share", QT_TRANSLATE_NOOP("Analysis", "Share of world mine production"),
                    "% of world"),
    "rp_ratio": Metric("rp_ratio", QT_TRANSLATE_NOOP("Analysis", "Reserves-to-production ratio"),
                       "years"),
    "growth": Metric("growth", QT_TRANSLATE_NOOP("Analysis", "Production growth, year on year"),
                     "% a year"),
    "cagr": Metric("cagr", QT_TRANSLATE_NOOP("Analysis", "Production CAGR over the year range"),
                   "% a year"),
}

OUT_COLUMNS = ["country_iso3", "country", "year", "metric", "value", "unit", "flag",
               "edition", "preferred", "source_publisher", "source", "source_url", "note"]


def is_estimate(flag) -> bool:
    """USGS 'e' (estimated) and 'er' (estimated, revised) flags."""
    return isinstance(flag, str) and "e" in flag


def countries_only(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["country_iso3"].map(is_country)]


def preferred(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per country-year: the preferred edition's (what the charts draw)."""
    rows = frame[frame["preferred"] == 1]
    return rows.drop_duplicates(["country_iso3", "year"]).reset_index(drop=True)


def _finish(frame: pd.DataFrame, metric: str, unit: str | None = None) -> pd.DataFrame:
    out = frame.copy()
    out["metric"] = metric
    if unit:
        out["unit"] = unit
    extra = [c for c in out.columns if c not in OUT_COLUMNS]
    for column in OUT_COLUMNS:
        if column not in out.columns:
            out[column] = None
    return out[OUT_COLUMNS + extra].sort_values(
        ["country_iso3", "year", "preferred"], ascending=[True, True, False],
        kind="stable").reset_index(drop=True)


def absolute(frame: pd.DataFrame, metric: str) -> pd.DataFrame:
    """Production or reserves as published, countries only, every edition."""
    return _finish(countries_only(frame), metric)


def reserves_series(reserves: pd.DataFrame) -> pd.DataFrame:
    """Reserves as a series over MCS editions: each edition's figure sits at its year.

    The database marks only the newest edition preferred, but an edition's reserves are a
    different date's estimate rather than a revision of the same figure, so every edition
    is part of the series.
    """
    rows = countries_only(reserves).assign(preferred=1)
    return _finish(rows.drop_duplicates(["country_iso3", "year"]), "reserves")


def production_share(production: pd.DataFrame) -> pd.DataFrame:
    """Share of world production (%), one edition per year for numerator and denominator.

    Uses ``analysis.shares.production_shares``; the row's edition is the one used for both,
    which may differ from the preferred edition of the absolute figure.
    """
    shares = production_shares(production)
    if shares.empty:
        return _finish(shares.assign(value=pd.Series(dtype=float)), "share", "% of world")
    note = translate("Analysis", "{value:,.0f} t of {world:,.0f} t ({denominator}, {edition})")
    out = shares.assign(
        value=shares["share_pct"], preferred=1,
        note=[note.format(value=v, world=w, denominator=d, edition=e)
              for v, w, d, e in zip(shares["value"], shares["world_value"],
                                    shares["denominator"], shares["edition"], strict=True)])
    return _finish(out.drop(columns=["share_pct", "world_value", "denominator"]),
                   "share", "% of world")


def reserves_share(reserves: pd.DataFrame) -> pd.DataFrame:
    """Share of world reserves (%), country and world total from the same edition.

    Where the world total is a lower bound ('>75,000,000'), the share is an upper bound and
    gets flag '<'.
    """
    world = reserves[reserves["country_iso3"] == "WLD"].drop_duplicates("edition")
    world = world.set_index("edition")
    rows = countries_only(reserves)
    rows = rows[rows["edition"].isin(world.index) & rows["value"].notna()].copy()
    world_value = rows["edition"].map(world["value"])
    world_flag = rows["edition"].map(world["flag"])
    rows["value"] = (100.0 * rows["value"] / world_value).where(world_value > 0)
    rows["preferred"] = 1
    rows["flag"] = [("<" if wf == ">" else f) for f, wf in zip(rows["flag"], world_flag,
                                                              strict=True)]
    note = translate("Analysis", "of world reserves {world:,.0f} t, {edition}")
    bound = translate("Analysis", "of world reserves {world:,.0f} t (lower bound), {edition}")
    rows["note"] = [(bound if wf == ">" else note).format(world=w, edition=e)
                    for w, wf, e in zip(world_value, world_flag, rows["edition"], strict=True)]
    return _finish(rows, "reserves_share", "% of world reserves")


def edition_year(edition: str) -> int | None:
    """'MCS2026' → 2026; None for editions that are not an MCS year."""
    if isinstance(edition, str) and edition.startswith("MCS") and edition[3:7].isdigit():
        return int(edition[3:7])
    return None


def rp_ratio(production: pd.DataFrame, reserves: pd.DataFrame) -> pd.DataFrame:
    """Reserves ÷ production (years), both read from the same USGS MCS edition.

    MCS edition Y prints reserves next to production of year Y-1, so the ratio is placed at
    production year Y-1 and names both (``reserves_edition``, ``production_year``). Zero
    production gives no ratio (it would be infinite).
    """
    res = countries_only(reserves).dropna(subset=["value"])
    prod = countries_only(production).dropna(subset=["value"])
    rows = []
    for row in res.itertuples(index=False):
        year = edition_year(row.edition)
        if year is None:
            continue
        match = prod[(prod["country_iso3"] == row.country_iso3) & (prod["year"] == year - 1)
                     & (prod["edition"] == row.edition)]
        if match.empty or not match.iloc[0]["value"] > 0:
            continue
        made = match.iloc[0]
        rows.append({
            "country_iso3": row.country_iso3, "country": row.country, "year": year - 1,
            "value": row.value / made["value"], "flag": made["flag"] if is_estimate(
                made["flag"]) else row.flag, "edition": row.edition, "preferred": 1,
            "source_publisher": row.source_publisher, "source": row.source,
            "source_url": row.source_url,
            "note": translate("Analysis", "reserves {reserves:,.0f} t ({edition}) ÷ {year} "
                              "production {production:,.0f} t ({made_in})").format(
                reserves=row.value, edition=row.edition, year=year - 1,
                production=made["value"], made_in=made["edition"]),
            "reserves_edition": row.edition, "production_year": year - 1,
        })
    frame = pd.DataFrame(rows, columns=[*OUT_COLUMNS, "reserves_edition", "production_year"])
    return _finish(frame.drop(columns=["metric", "unit"]), "rp_ratio", "years")


def _joined_flag(first, second) -> str | None:
    if is_estimate(first) or is_estimate(second):
        return "e"
    return second if isinstance(second, str) and second else None


def _joined_edition(first: str, second: str) -> str:
    return second if first == second else f"{first} → {second}"


def growth(frame: pd.DataFrame) -> pd.DataFrame:
    """Year-on-year growth (%) of the preferred series, only between consecutive years.

    A year after a gap has no growth (never bridged). A growth from or to an estimate is
    flagged 'e'; where the two years come from different editions both are named.
    """
    base = preferred(countries_only(frame))
    rows = []
    for iso3, part in base.groupby("country_iso3"):
        part = part.set_index("year").sort_index()
        for year in part.index:
            if year - 1 not in part.index:
                continue
            before, now = part.loc[year - 1], part.loc[year]
            if not (before["value"] > 0) or pd.isna(now["value"]):
                continue
            rows.append({
                "country_iso3": iso3, "country": now["country"], "year": int(year),
                "value": 100.0 * (now["value"] / before["value"] - 1.0),
                "flag": _joined_flag(before["flag"], now["flag"]),
                "edition": _joined_edition(before["edition"], now["edition"]),
                "preferred": 1, "source_publisher": now["source_publisher"],
                "source": now["source"], "source_url": now["source_url"],
                "note": f"{year - 1}: {before['value']:,.0f} t → {year}: {now['value']:,.0f} t",
                "start_source_publisher": before["source_publisher"],
                "start_edition": before["edition"],
            })
    columns = [*OUT_COLUMNS, "start_source_publisher", "start_edition"]
    return _finish(pd.DataFrame(rows, columns=columns).drop(columns=["metric"]),
                   "growth", "% a year")


def cagr_between(frame: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    """CAGR (%) of each country's preferred series between exactly ``start`` and ``end``.

    Countries without a value in both years get no row (see ``missing_countries``). The row
    sits at ``end`` and keeps both values, years and editions.
    """
    base = preferred(countries_only(frame)).set_index(["country_iso3", "year"])
    rows = []
    for iso3 in base.index.get_level_values(0).unique():
        if (iso3, start) not in base.index or (iso3, end) not in base.index or end <= start:
            continue
        first, last = base.loc[(iso3, start)], base.loc[(iso3, end)]
        value = cagr(first["value"], last["value"], end - start)
        if math.isnan(value):
            continue
        rows.append({
            "country_iso3": iso3, "country": last["country"], "year": end, "value": value,
            "flag": _joined_flag(first["flag"], last["flag"]),
            "edition": _joined_edition(first["edition"], last["edition"]), "preferred": 1,
            "source_publisher": last["source_publisher"], "source": last["source"],
            "source_url": last["source_url"],
            "note": f"{start}: {first['value']:,.0f} t → {end}: {last['value']:,.0f} t",
            "start_year": start, "start_value": first["value"], "end_value": last["value"],
            "start_source_publisher": first["source_publisher"],
            "start_edition": first["edition"],
        })
    columns = [*OUT_COLUMNS, "start_year", "start_value", "end_value",
               "start_source_publisher", "start_edition"]
    return _finish(pd.DataFrame(rows, columns=columns).drop(columns=["metric"]),
                   "cagr", "% a year")


def user_metric(frame: pd.DataFrame, metric: str) -> pd.DataFrame:
    """A user dataset's rows in the panel's format (countries only, every edition)."""
    out = countries_only(frame).copy()
    out["preferred"] = out["preferred"].fillna(1).astype(int)
    return _finish(out, metric)


def select(frame: pd.DataFrame, countries, years: tuple[int, int] | None = None,
           preferred_only: bool = True) -> pd.DataFrame:
    """Rows of the chosen countries (in the chosen order) within the year range.

    One numpy mask and one ``take``: this runs on every filter change (a chain of pandas
    filters and a multi-column sort cost ~9 ms, this ~1 ms).
    """
    order = {code: index for index, code in enumerate(countries)}
    rank = frame["country_iso3"].map(order).to_numpy(dtype=float, na_value=np.nan)
    keep = ~np.isnan(rank)
    year = frame["year"].to_numpy(dtype=float, na_value=np.nan)
    if years:
        keep &= (year >= years[0]) & (year <= years[1])
    preferred = frame["preferred"].to_numpy(dtype=float, na_value=0)
    if preferred_only:
        keep &= preferred == 1
    rows = np.flatnonzero(keep)
    # lexsort: the last key sorts first; stable, so ties keep the frame's order
    rows = rows[np.lexsort((-preferred[rows], year[rows], rank[rows]))]
    return frame.take(rows).reset_index(drop=True)


def yearly_arrays(frame: pd.DataFrame) -> Iterator[tuple[str, np.ndarray, np.ndarray,
                                                          np.ndarray]]:
    """Per country, in order of first appearance: every year from its first to its last
    (int), the value of each (NaN where missing: a gap stays a gap) and whether it is an
    estimate. The first row of a year wins (``select`` puts the preferred edition first).
    """
    if frame.empty:
        return
    codes = frame["country_iso3"].to_numpy(dtype=object)
    years = frame["year"].to_numpy(dtype=float, na_value=np.nan)
    values = frame["value"].to_numpy(dtype=float, na_value=np.nan)
    estimates = frame["flag"].map(is_estimate).to_numpy(dtype=bool)
    for code in dict.fromkeys(codes):
        rows = np.flatnonzero((codes == code) & ~np.isnan(years))
        if not len(rows):
            yield code, np.array([], dtype=int), np.array([]), np.array([], dtype=bool)
            continue
        # the first row of each year, kept in the frame's order
        at = years[rows].astype(int)
        _, first = np.unique(at, return_index=True)
        rows, at = rows[first], at[first]
        span = np.arange(at.min(), at.max() + 1)
        series = np.full(len(span), np.nan)
        series[at - span[0]] = values[rows]
        estimate = np.zeros(len(span), dtype=bool)
        estimate[at - span[0]] = estimates[rows]
        yield code, span, series, estimate


def rank_year(frame: pd.DataFrame, year: int) -> pd.DataFrame:
    """Preferred rows of one year, largest first, with a 1-based ``rank`` (ties share)."""
    values = frame["value"].to_numpy(dtype=float, na_value=np.nan)
    keep = (frame["year"].to_numpy(dtype=float, na_value=np.nan) == year) \
        & (frame["preferred"].to_numpy(dtype=float, na_value=0) == 1) & ~np.isnan(values)
    rows = frame.take(np.flatnonzero(keep))
    rows = rows.sort_values(["value", "country_iso3"], ascending=[False, True], kind="stable")
    rows = rows.assign(rank=rows["value"].rank(ascending=False, method="min").astype(int))
    return rows.reset_index(drop=True)


def top_producers(production: pd.DataFrame, year: int, n: int = 5) -> list[str]:
    """ISO3 codes of the ``n`` largest producers in ``year`` (preferred figures)."""
    ranked = rank_year(countries_only(production), year)
    return list(ranked["country_iso3"].head(n))


def missing_countries(shown: pd.DataFrame, countries) -> list[str]:
    """Chosen countries with no value at all in ``shown`` (already cut to the range)."""
    present = set(shown.dropna(subset=["value"])["country_iso3"])
    return [code for code in countries if code not in present]
