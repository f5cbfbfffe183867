"""The one written rule (ree_desktop.data.preference), step by step, on hand-made rows."""

from __future__ import annotations

import pandas as pd
import pytest

from ree_desktop.data import preference as pref


def row(**fields) -> dict:
    base = {"dataset": "mine_production", "metric": "production", "country_iso3": "CHN",
            "year": 2012, "value": 100.0, "value_raw": "100", "edition": "MCS2014",
            "tier": "primary", "origin": "USGS", "basis": None, "unit": "t REO"}
    base.update(fields)
    return base


def winner(rows: list[dict]) -> list[int]:
    return [i for i, chosen in enumerate(pref.choose(rows, pref.key_of)) if chosen]


def test_edition_dates_put_a_yearbook_after_the_mcs_estimates_of_its_year():
    assert pref.edition_date("MCS2014") < pref.edition_date("THS2020", 2012)
    assert pref.edition_date("THS2020", 2012) < pref.edition_date("MCS2015")
    assert pref.edition_date("MCS2025") < pref.edition_date("MYB2022") < pref.edition_date(
        "MCS2026")
    assert pref.edition_date("MCS2026H") == pref.edition_date("MCS2026")
    assert pref.edition_date("MCS2014q") == pref.edition_date("MCS2014")
    assert pref.edition_date(None) == pref.edition_date("") == pref.edition_date("x") == 0.0


def test_publisher_figure_beats_a_newer_secondary_one():
    assert winner([row(), row(edition="VC2025", origin="Visual Capitalist",
                           tier="secondary")]) == [0]


def test_secondary_fills_a_key_no_publisher_covers():
    assert winner([row(edition="VC2025", origin="Visual Capitalist", tier="secondary")]) == [0]


def test_newest_publication_wins_and_a_copy_carries_its_edition():
    rows = [row(edition="MCS2014q", tier="secondary"), row(edition="MCS2013"),
            row(edition="THS2020", tier="secondary", value=93800.0)]
    assert winner(rows) == [2]


def test_holding_form_breaks_ties_within_an_edition_only():
    rows = [row(tier="secondary"), row(tier="primary_text_copy"), row(tier="primary")]
    assert winner(rows) == [2]
    assert winner([row(edition="MCS2015", tier="secondary"), row(tier="primary")]) == [0]


def test_user_data_below_the_same_edition_above_older_ones():
    user = row(tier="user", origin="", edition="MCS2014", value=1.0)
    assert winner([row(), user]) == [0]
    newer = row(tier="user", origin="", edition="MCS2027", value=2.0)
    assert winner([row(), newer]) == [1]


def test_an_ambiguous_zero_never_beats_a_number():
    zero = row(edition="VC2025", origin="Visual Capitalist", tier="secondary", value=None,
               value_raw="0")
    assert pref.is_ambiguous_zero("0", "Visual Capitalist")
    assert not pref.is_ambiguous_zero("0", "USGS")
    assert not pref.is_ambiguous_zero("W", "Visual Capitalist")
    assert winner([zero, row(edition="BGS-WMS", origin="BGS", tier="secondary")]) == [1]
    assert winner([zero]) == [0]  # alone it is shown, as "0 or not reported"


def test_a_number_beats_a_newer_withheld_cell_for_flows_not_for_stocks():
    withheld = row(edition="MCS2016", value=None, value_raw="W")
    assert winner([row(), withheld]) == [0]
    stock = {"dataset": "reserves", "metric": "reserves", "year": None}
    assert winner([row(**stock), row(**stock, edition="MCS2026", value=None)]) == [1]


def test_year_end_prices_never_compete_with_averages():
    price = {"dataset": "prices", "metric": "price", "element": "La", "unit": "USD/kg",
             "country_iso3": None}
    year_end = row(**price, basis=pref.YEAR_END_BASIS, edition="MCS2016")
    average = row(**price, basis="annual average", edition="MCS2015", item="La 99%")
    assert winner([year_end]) == []
    assert winner([year_end, average]) == [1]


def test_superseded_aggregate_is_not_current_once_successors_report():
    stock = {"dataset": "reserves", "metric": "reserves", "year": None}
    cis = row(**stock, country_iso3="XCS", edition="MCS2007")
    russia = row(**stock, country_iso3="RUS", edition="MCS2023")
    assert winner([cis, russia]) == [1]
    assert winner([cis]) == [0]


def test_preferred_mask_ranks_a_frame_with_missing_cells():
    frame = pd.DataFrame([row(), row(edition="MCS2015", value=float("nan"), value_raw="NA"),
                          row(country_iso3="IND")])
    assert pref.preferred_mask(frame).tolist() == [True, False, True]


@pytest.mark.parametrize("bad", [{"edition": None}, {"edition": "MCS20x"}, {"tier": "weird"},
                                 {"origin": None}, {"value": "n/a"}, {"tier": None}])
def test_hostile_fields_do_not_crash_the_rule(bad):
    assert len(winner([row(**bad), row()])) == 1


@pytest.mark.parametrize("year", ["", "abc", None, float("nan")])
def test_a_bad_year_is_its_own_key_not_a_crash(year):
    assert winner([row(year=year, edition="THS2020"), row()]) == [0, 1]
