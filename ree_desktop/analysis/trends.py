"""Growth rates and indexed series: compound annual growth (CAGR), year-on-year growth."""

from __future__ import annotations

import math

import pandas as pd


def cagr(start_value: float, end_value: float, years: float) -> float:
    """Compound annual growth rate in percent; NaN where it is undefined (≤ 0 or no span)."""
    if years <= 0 or not start_value or start_value <= 0 or end_value is None \
            or end_value < 0 or math.isnan(start_value) or math.isnan(end_value):
        return float("nan")
    return 100.0 * ((end_value / start_value) ** (1.0 / years) - 1.0)


def series_cagr(series: pd.Series, start_year: int, end_year: int) -> float:
    """CAGR of a year-indexed series between two years that both have values."""
    if start_year not in series.index or end_year not in series.index:
        return float("nan")
    return cagr(float(series[start_year]), float(series[end_year]), end_year - start_year)


def yoy_growth(series: pd.Series) -> pd.Series:
    """Year-on-year growth in percent, only between consecutive years (gaps stay gaps)."""
    ordered = series.sort_index()
    previous = ordered.reindex(ordered.index - 1)
    previous.index = ordered.index
    growth = 100.0 * (ordered / previous - 1.0)
    return growth.where(previous > 0)


def rebase(series: pd.Series, base_year: int) -> pd.Series:
    """Series indexed to 100 at ``base_year`` (NaN everywhere if the base is missing)."""
    base = series.get(base_year)
    if base is None or pd.isna(base) or base == 0:
        return series * float("nan")
    return 100.0 * series / base


def cagr_between(series: pd.Series, start_year: int, end_year: int) -> dict:
    """CAGR between the first and last years with data inside [start_year, end_year].

    A series rarely has data in exactly the years asked for (US consumption ends in 2020),
    so the years actually used are returned with the rate; nothing is filled in.
    """
    inside = series.dropna()
    inside = inside[(inside.index >= start_year) & (inside.index <= end_year)].sort_index()
    if len(inside) < 2:
        return {"start_year": None, "start_value": float("nan"), "end_year": None,
                "end_value": float("nan"), "cagr_pct": float("nan")}
    first, last = int(inside.index[0]), int(inside.index[-1])
    return {"start_year": first, "start_value": float(inside.iloc[0]), "end_year": last,
            "end_value": float(inside.iloc[-1]),
            "cagr_pct": cagr(float(inside.iloc[0]), float(inside.iloc[-1]), last - first)}


def compound(start_value: float, rate_pct: float, years: int) -> float:
    """``start_value`` grown at ``rate_pct`` % a year for ``years`` years."""
    return start_value * (1.0 + rate_pct / 100.0) ** years
