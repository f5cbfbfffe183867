"""Growth rates and indexed series: hand-checked numbers, no Qt."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ree_desktop.analysis import trends


def test_cagr_of_doubling_in_ten_years():
    assert trends.cagr(100, 200, 10) == pytest.approx(7.1773, abs=1e-4)
    assert trends.cagr(10, 11.025, 2) == pytest.approx(5.0)


@pytest.mark.parametrize("start, end, years", [(0, 5, 3), (-1, 5, 3), (5, 5, 0), (5, -1, 2),
                                               (math.nan, 5, 2)])
def test_cagr_is_undefined_not_zero(start, end, years):
    assert math.isnan(trends.cagr(start, end, years))


def test_series_cagr_needs_both_years():
    series = pd.Series({2000: 100.0, 2005: 121.0, 2010: 146.41})  # 1.1^(4/10) − 1 a year
    assert trends.series_cagr(series, 2000, 2010) == pytest.approx(3.8860, abs=1e-4)
    assert math.isnan(trends.series_cagr(series, 2000, 2011))


def test_yoy_growth_leaves_gaps():
    growth = trends.yoy_growth(pd.Series({2000: 100.0, 2001: 110.0, 2003: 121.0}))
    assert growth[2001] == pytest.approx(10.0)
    assert math.isnan(growth[2000]) and math.isnan(growth[2003])


def test_rebase_to_100():
    rebased = trends.rebase(pd.Series({2015: 50.0, 2016: 75.0}), 2015)
    assert list(rebased) == [100.0, 150.0]
    assert trends.rebase(pd.Series({2015: 50.0}), 2010).isna().all()


def test_cagr_between_uses_the_years_with_data_inside_the_range():
    series = pd.Series({1990: 22000.0, 2011: math.nan, 2019: 12000.0, 2020: 6700.0})
    result = trends.cagr_between(series, 1990, 2025)
    assert (result["start_year"], result["end_year"]) == (1990, 2020)
    assert result["end_value"] == 6700.0
    assert result["cagr_pct"] == pytest.approx(100 * ((6700 / 22000) ** (1 / 30) - 1))
    only_one = trends.cagr_between(series, 2020, 2025)
    assert only_one["start_year"] is None and math.isnan(only_one["cagr_pct"])


def test_compound_growth_by_hand():
    assert trends.compound(10.0, 5.0, 2) == pytest.approx(11.025)
    assert trends.compound(200.0, -50.0, 1) == pytest.approx(100.0)
