"""Shares, HHI and top-N concentration on hand-checked numbers (no Qt)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ree_desktop.analysis.shares import (
    DENOMINATOR_SUM,
    DENOMINATOR_WORLD,
    concentration,
    hhi,
    is_country,
    production_shares,
)


def rows(edition: str, year: int, values: dict[str, float], preferred: int = 1) -> list[dict]:
    return [{"country_iso3": c, "year": year, "value": v, "edition": edition,
             "preferred": preferred} for c, v in values.items()]


def test_hhi_two_countries_60_40_is_5200():
    assert hhi(pd.Series([60.0, 40.0])) == pytest.approx(5200.0)


def test_hhi_monopoly_is_10000_and_ignores_missing():
    assert hhi(pd.Series([100.0, None])) == pytest.approx(10000.0)


def test_aggregates_are_not_countries():
    for code in ("WLD", "OTH", "ROW", "TP3", "XCS", "EUU", "XEU", None, ""):
        assert not is_country(code)
    assert is_country("CHN")


def test_concentration_complete_60_40_is_not_a_lower_bound():
    shares = pd.DataFrame({"year": [2024, 2024], "country_iso3": ["CHN", "USA"],
                           "share_pct": [60.0, 40.0]})
    row = concentration(shares).iloc[0]
    assert row["top_country"] == "CHN"
    assert row["top1_pct"] == pytest.approx(60.0)
    assert row["top3_pct"] == pytest.approx(100.0)
    assert row["hhi"] == pytest.approx(5200.0)
    assert not row["hhi_lower_bound"]


def test_concentration_with_rest_of_world_lump_is_a_lower_bound():
    # 60 + 30 named, 10 % "rest of world": the lump is several countries, so it is left
    # out of the ranking and the HHI (3,600 + 900 = 4,500) is only a lower bound.
    shares = pd.DataFrame({"year": [2024] * 3, "country_iso3": ["CHN", "USA", "ROW"],
                           "share_pct": [60.0, 30.0, 10.0]})
    row = concentration(shares).iloc[0]
    assert row["hhi"] == pytest.approx(4500.0)
    assert row["top3_pct"] == pytest.approx(90.0)
    assert row["countries"] == 2
    assert row["hhi_lower_bound"]


def test_production_shares_use_one_edition_per_year():
    # China 2010: 130,000 t in one edition against a 101,000 t world in another would read
    # 129 %. The function must take both figures from the same edition.
    frame = pd.DataFrame(
        rows("MCS2012", 2010, {"CHN": 130_000, "USA": 0, "AUS": 0, "IND": 2_800,
                               "BRA": 550, "MYS": 30, "WLD": 133_000}, preferred=0)
        + rows("DS140", 2010, {"WLD": 101_000, "USA": 0})
        + rows("THS2020", 2010, {"CHN": 89_200, "IND": 2_800, "BRA": 550, "MYS": 350,
                                 "RUS": 1_500, "WLD": 99_500}))
    shares = production_shares(frame)
    assert shares["edition"].nunique() == 1
    assert (shares["share_pct"] <= 100.0).all()
    china = shares[shares["country_iso3"] == "CHN"].iloc[0]
    assert china["share_pct"] == pytest.approx(100 * china["value"] / china["world_value"])
    assert china["denominator"] == DENOMINATOR_WORLD


def test_production_shares_sum_of_countries_when_no_world_total():
    frame = pd.DataFrame(rows("X2020", 2019, {"CHN": 60, "USA": 20, "AUS": 8, "MMR": 5,
                                              "IND": 2, "OTH": 5}))
    shares = production_shares(frame)
    china = shares[shares["country_iso3"] == "CHN"].iloc[0]
    assert china["world_value"] == pytest.approx(100.0)  # countries + the OTH lump
    assert china["share_pct"] == pytest.approx(60.0)
    assert china["denominator"] == DENOMINATOR_SUM
    assert "OTH" not in set(shares["country_iso3"])


def test_production_shares_too_few_countries_and_no_world_gives_nothing():
    # Two countries and no world total: their sum is no denominator for a world share.
    frame = pd.DataFrame(rows("X2020", 2019, {"CHN": 60, "USA": 20}))
    assert production_shares(frame).empty


def test_production_shares_gap_stays_a_gap():
    frame = pd.DataFrame(rows("E1", 2020, {"CHN": 50, "USA": None, "WLD": 100}))
    shares = production_shares(frame)
    usa = shares[shares["country_iso3"] == "USA"]
    assert usa.empty or math.isnan(usa.iloc[0]["share_pct"])


def test_real_data_china_2024_is_about_71_percent(store):
    shares = production_shares(store.mine_production(preferred_only=False))
    china = shares[(shares["country_iso3"] == "CHN") & (shares["year"] == 2024)].iloc[0]
    assert china["value"] == 270_000 and china["world_value"] == 380_000
    assert china["edition"] == "MCS2026"
    assert china["share_pct"] == pytest.approx(71.05, abs=0.01)


def test_real_data_no_share_above_100_percent(store):
    shares = production_shares(store.mine_production(preferred_only=False))
    assert shares["share_pct"].dropna().between(0, 100).all()
