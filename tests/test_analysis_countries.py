"""Country metrics on hand-checked figures (no Qt)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ree_desktop.analysis import countries as ac
from ree_desktop.data import country_metrics as cm


def rows(*records) -> pd.DataFrame:
    """(iso3, year, value, flag, edition, preferred) → a frame like the data layer's."""
    frame = pd.DataFrame(records, columns=["country_iso3", "year", "value", "flag", "edition",
                                           "preferred"])
    frame["country"] = frame["country_iso3"]
    frame["unit"] = "t REO"
    for column in ("value_raw", "note"):
        frame[column] = None
    frame["source_publisher"] = "USGS"
    frame["source"] = "MCS " + frame["edition"]
    frame["source_url"] = "https://example.org"
    return frame


PRODUCTION = rows(
    ("WLD", 2021, 300_000, None, "MCS2023", 0), ("CHN", 2021, 168_000, None, "MCS2023", 0),
    ("USA", 2021, 43_000, None, "MCS2023", 0), ("AUS", 2021, 24_000, None, "MCS2023", 0),
    ("OTH", 2021, 65_000, None, "MCS2023", 0),
    ("WLD", 2022, 300_000, "e", "MCS2023", 1), ("CHN", 2022, 210_000, "e", "MCS2023", 1),
    ("USA", 2022, 43_000, "e", "MCS2023", 1), ("AUS", 2022, 18_000, "e", "MCS2023", 1),
    ("OTH", 2022, 29_000, None, "MCS2023", 1),
    ("CHN", 2021, 168_000, None, "MYB2022", 1), ("USA", 2021, 42_400, None, "MYB2022", 1),
    ("AUS", 2021, 22_000, None, "MYB2022", 1), ("AUS", 2019, 20_000, None, "MYB2022", 1),
)
RESERVES = rows(
    ("CHN", 2023, 44_000_000, None, "MCS2023", 0), ("USA", 2023, 2_300_000, None, "MCS2023", 0),
    ("WLD", 2023, 130_000_000, None, "MCS2023", 0),
    ("CHN", 2026, 44_000_000, None, "MCS2026", 1), ("WLD", 2026, 75_000_000, ">", "MCS2026", 1),
)


def test_share_uses_one_edition_per_year():
    share = ac.production_share(PRODUCTION).set_index(["country_iso3", "year"])
    # 2022: 210,000 / 300,000 (both MCS2023) = 70 %.
    assert share.loc[("CHN", 2022), "value"] == pytest.approx(70.0)
    assert share.loc[("CHN", 2022), "edition"] == "MCS2023"
    # 2021: MCS2023 has a world total, so its 43,000 (not MYB's 42,400) is used: 14.333 %.
    assert share.loc[("USA", 2021), "value"] == pytest.approx(100 * 43_000 / 300_000)
    assert (share["unit"] == "% of world").all()
    assert "WLD" not in share.index.get_level_values(0)


def test_absolute_keeps_every_edition_and_drops_aggregates():
    frame = ac.absolute(PRODUCTION, "production")
    usa_2021 = frame[(frame["country_iso3"] == "USA") & (frame["year"] == 2021)]
    assert sorted(usa_2021["value"]) == [42_400, 43_000]
    assert usa_2021.iloc[0]["preferred"] == 1  # the preferred row comes first
    assert not frame["country_iso3"].isin(["WLD", "OTH"]).any()


def test_growth_between_consecutive_years_only():
    growth = ac.growth(PRODUCTION).set_index(["country_iso3", "year"])
    # China 168,000 → 210,000 = +25 %; flagged estimate because 2022 is an estimate.
    assert growth.loc[("CHN", 2022), "value"] == pytest.approx(25.0)
    assert growth.loc[("CHN", 2022), "flag"] == "e"
    assert growth.loc[("CHN", 2022), "edition"] == "MYB2022 → MCS2023"
    assert growth.loc[("CHN", 2022), "start_edition"] == "MYB2022"  # both sources kept
    # Australia 2019 → 2021 has a gap (no 2020): no growth for 2021, never bridged.
    assert ("AUS", 2021) not in growth.index
    assert growth.loc[("AUS", 2022), "value"] == pytest.approx(100 * (18_000 / 22_000 - 1))


def test_cagr_between_exact_ends():
    result = ac.cagr_between(PRODUCTION, 2021, 2022).set_index("country_iso3")
    assert result.loc["USA", "value"] == pytest.approx(100 * (43_000 / 42_400 - 1))
    assert result.loc["USA", "start_value"] == 42_400
    # Australia 2019 → 2022: (18,000 / 20,000) ** (1/3) - 1 = -3.450 %.
    two_ends = ac.cagr_between(PRODUCTION, 2019, 2022).set_index("country_iso3")
    assert two_ends.loc["AUS", "value"] == pytest.approx(-3.4511, abs=1e-3)
    assert list(two_ends.index) == ["AUS"]  # others have no 2019 value: no row


def test_rp_ratio_reads_reserves_and_production_from_one_edition():
    result = ac.rp_ratio(PRODUCTION, RESERVES).set_index("country_iso3")
    # MCS2023 reserves (44 Mt) ÷ MCS2023's 2022 production (210,000 t, not another edition).
    assert result.loc["CHN", "value"] == pytest.approx(44_000_000 / 210_000)
    assert result.loc["CHN", "year"] == 2022
    assert result.loc["CHN", "reserves_edition"] == "MCS2023"
    assert result.loc["CHN", "flag"] == "e"  # production was an estimate
    assert result.loc["USA", "value"] == pytest.approx(2_300_000 / 43_000)
    assert len(result) == 2  # MCS2026 has no 2025 production here: no ratio


def test_reserves_series_and_share_with_a_lower_bound_world():
    series = ac.reserves_series(RESERVES)
    assert list(series[series["country_iso3"] == "CHN"]["year"]) == [2023, 2026]
    assert (series["preferred"] == 1).all()
    share = ac.reserves_share(RESERVES).set_index(["country_iso3", "year"])
    assert share.loc[("CHN", 2023), "value"] == pytest.approx(100 * 44 / 130)
    # World >75 Mt: China's 58.7 % is an upper bound, flagged '<'.
    assert share.loc[("CHN", 2026), "value"] == pytest.approx(100 * 44 / 75)
    assert share.loc[("CHN", 2026), "flag"] == "<"


def test_select_rank_top_and_missing():
    frame = ac.absolute(PRODUCTION, "production")
    chosen = ac.select(frame, ["USA", "CHN", "BRA"], (2021, 2022))
    assert list(dict.fromkeys(chosen["country_iso3"])) == ["USA", "CHN"]
    assert (chosen["preferred"] == 1).all()
    ranked = ac.rank_year(frame, 2022)
    assert list(ranked["country_iso3"]) == ["CHN", "USA", "AUS"]
    assert list(ranked["rank"]) == [1, 2, 3]
    assert ac.top_producers(PRODUCTION, 2022, 2) == ["CHN", "USA"]
    assert ac.missing_countries(chosen, ["USA", "CHN", "BRA"]) == ["BRA"]


def test_estimate_flags():
    assert ac.is_estimate("e") and ac.is_estimate("er")
    assert not ac.is_estimate(None) and not ac.is_estimate("W")
    assert not ac.is_estimate(float("nan"))


# -- on the bundled database ----------------------------------------------------------------
def test_database_united_states_2022_and_revisions(store):
    production = ac.absolute(cm.production(store), "production")
    preferred = ac.select(production, ["USA", "AUS", "CHN"], None)
    usa = preferred.set_index(["country_iso3", "year"])
    assert usa.loc[("USA", 2022), "value"] == 42_500
    every = ac.select(production, ["AUS", "CHN"], None, preferred_only=False)
    aus_2024 = every[(every["country_iso3"] == "AUS") & (every["year"] == 2024)]
    assert dict(zip(aus_2024["edition"], aus_2024["value"], strict=True)) == {
        "MCS2026": 29_000, "MCS2025": 13_000}
    china_2010 = every[(every["country_iso3"] == "CHN") & (every["year"] == 2010)]
    values = dict(zip(china_2010["edition"], china_2010["value"], strict=True))
    assert values["MCS2012"] == 130_000
    assert china_2010[china_2010["preferred"] == 1]["value"].tolist() == [89_200]


def test_database_shares_never_exceed_100(store):
    share = ac.production_share(cm.production(store))
    assert share["value"].max() <= 100.5
    top = ac.top_producers(cm.production(store), 2024)
    assert top[0] == "CHN" and len(top) == 5


def test_database_rp_ratio_china_mcs2026(store):
    result = ac.rp_ratio(cm.production(store), cm.reserves(store))
    china = result[(result["country_iso3"] == "CHN") & (result["year"] == 2025)].iloc[0]
    # MCS 2026: reserves 44,000,000 t; 2025 production 270,000 t → 163 years.
    assert china["value"] == pytest.approx(44_000_000 / 270_000)
    assert not math.isnan(china["value"])
