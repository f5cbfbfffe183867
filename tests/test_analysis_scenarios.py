"""The what-if demand model and the IEA projection helpers: hand-checked numbers, no Qt."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from ree_desktop.analysis import scenarios as sc
from ree_desktop.data import demand as dd


@pytest.fixture(scope="module")
def iea(tmp_path_factory):
    from ree_desktop.data.store import Store
    from ree_desktop.paths import bundled_db_path

    store = Store(bundled_db_path(), tmp_path_factory.mktemp("u") / "user.db")
    frames = dd.demand_projections(store), dd.supply_projections(store)
    store.close()
    return frames


def tiny_supply() -> pd.DataFrame:
    return pd.DataFrame({"year": [2024, 2030, 2024, 2030],
                         "country": ["CHN", "CHN", "AUS", "AUS"],
                         "value": [60.0, 90.0, 10.0, 10.0]})


def drivers(**changes) -> dict:
    base = sc.constant_drivers()
    base.update(changes)
    return base


# -- growth arithmetic ----------------------------------------------------------------------
def test_ten_kt_growing_five_percent_for_two_years_is_11_025():
    years = np.arange(2024, 2027)
    assert sc.grow(10.0, [5.0] * 5, list(sc.IEA_YEARS), years) == pytest.approx(
        [10.0, 10.5, 11.025])


def test_growth_switches_rate_after_each_iea_year():
    # 2024→2030 at 10 %, then 0 %: 2030 holds 100 × 1.1^6 = 177.1561, 2031 the same.
    years = np.arange(2024, 2032)
    values = sc.grow(100.0, [10.0, 0.0, 0.0, 0.0, 0.0], list(sc.IEA_YEARS), years)
    assert values[6] == pytest.approx(177.1561)
    assert values[7] == pytest.approx(177.1561)


def test_shift_slider_adds_points_to_every_period():
    result = sc.run_model({"Electric vehicles": 10.0, "Wind": 0.0, "Other uses": 0.0},
                          tiny_supply(),
                          drivers(shift={"Electric vehicles": 5.0, "Wind": 0.0,
                                         "Other uses": 0.0}))
    ev = result.demand["Electric vehicles"]
    assert ev[2026] == pytest.approx(11.025)
    assert ev[2050] == pytest.approx(10.0 * 1.05 ** 26)
    assert result.total[2026] == pytest.approx(11.025)


def test_thrifting_ramps_to_full_effect_and_spares_other_uses():
    base = {"Electric vehicles": 10.0, "Wind": 20.0, "Other uses": 30.0}
    result = sc.run_model(base, tiny_supply(), drivers(thrift_pct=20.0, ramp_year=2034))
    # constant demand; 2029 is half way to 2034: −10 %; from 2034 on: −20 %
    assert result.demand.loc[2029, "Electric vehicles"] == pytest.approx(9.0)
    assert result.demand.loc[2034, "Wind"] == pytest.approx(16.0)
    assert result.demand.loc[2050, "Wind"] == pytest.approx(16.0)
    assert result.demand.loc[2050, "Other uses"] == pytest.approx(30.0)
    assert result.demand.loc[2024].sum() == pytest.approx(60.0)


def test_recycling_reduces_primary_demand_by_its_share():
    base = {"Electric vehicles": 50.0, "Wind": 25.0, "Other uses": 25.0}
    result = sc.run_model(base, tiny_supply(), drivers(recycling_pct=20.0))
    assert result.recycled[2024] == 0
    assert result.recycled[2032] == pytest.approx(10.0)  # half way to 2040: 10 % of 100
    assert result.primary[2040] == pytest.approx(80.0)
    assert result.primary[2050] == pytest.approx(80.0)


def test_supply_joins_iea_points_with_lines_and_haircut_applies_from_its_year():
    base = {"Electric vehicles": 0.0, "Wind": 0.0, "Other uses": 100.0}
    result = sc.run_model(base, tiny_supply(),
                          drivers(haircut_country="CHN", haircut_pct=50.0, haircut_from=2030,
                                  supply_growth_after=10.0))
    assert result.supply.loc[2027, "CHN"] == pytest.approx(75.0)   # half way 60 → 90
    assert result.supply.loc[2030, "CHN"] == pytest.approx(45.0)   # 90 halved
    assert result.supply.loc[2031, "CHN"] == pytest.approx(90 * 1.1 * 0.5)
    assert result.supply.loc[2031, "AUS"] == pytest.approx(11.0)
    assert result.balance[2024] == pytest.approx(70.0 - 100.0)
    assert result.balance[2030] == pytest.approx(55.0 - 100.0)


# -- calibration on the IEA data --------------------------------------------------------------
@pytest.mark.parametrize("scenario", sc.SCENARIOS)
def test_starting_from_a_scenario_reproduces_the_iea_figures(iea, scenario):
    demand, supply = iea
    drv = sc.start_drivers(demand, scenario)
    result = sc.run_model(sc.base_demand(demand), sc.supply_points(supply, "mining"), drv)
    for use in sc.END_USES:
        path = sc.scenario_path(demand, scenario, use)
        assert list(path.index) == list(sc.IEA_YEARS)
        for year, value in path.items():
            assert result.demand.loc[year, use] == pytest.approx(value, abs=5e-5)
    totals = sc.scenario_path(demand, scenario, sc.TOTAL)
    for year, value in totals.items():
        # the IEA's total is the sum of its end uses, each rounded to 4 decimals
        assert result.total[year] == pytest.approx(value, abs=2e-4)


def test_implied_growth_is_the_cagr_between_iea_years(iea):
    demand, _ = iea
    growth = sc.implied_growth(demand, "STEPS")
    # EVs: 8.3593 kt (2024) → 21.6622 kt (2030): (21.6622/8.3593)^(1/6) − 1 ≈ 17.20 %
    assert growth["Electric vehicles"][0] == pytest.approx(
        100 * ((21.6622 / 8.3593) ** (1 / 6) - 1))
    assert growth["Electric vehicles"][0] == pytest.approx(17.20, abs=0.01)


def test_scenario_paths_ignore_other_editions(iea):
    demand, _ = iea
    aps = sc.scenario_path(demand, "APS", sc.TOTAL)
    assert aps[2030] == pytest.approx(131.5687)  # not GCMO 2024's 131 (secondary)
    assert aps[2050] == pytest.approx(197.3136)
    assert aps[2024] == pytest.approx(90.9218)


def test_supply_points_are_the_base_case_countries(iea):
    _, supply = iea
    mining = sc.supply_points(supply, "mining")
    assert set(mining["country"]) == {"CHN", "MMR", "AUS", "USA", "ROW"}
    assert mining[mining["year"] == 2024]["value"].sum() == pytest.approx(75.0988, abs=2e-4)
    assert sorted(set(mining["year"])) == [2024, 2030, 2035, 2040]


# -- drivers -----------------------------------------------------------------------------------
def test_drivers_survive_json_and_bad_values_fall_back():
    drv = sc.constant_drivers()
    assert sc.normalise_drivers(json.loads(json.dumps(drv))) == drv
    bad = sc.normalise_drivers({"start": "XYZ", "thrift_pct": "lots", "recycling_pct": 250,
                                "growth": {"Wind": [1, 2]}, "supply_stage": "magnets",
                                "shift": {"Wind": math.nan}})
    assert bad["start"] == "STEPS"
    assert bad["thrift_pct"] == 0.0 and bad["recycling_pct"] == 100.0
    assert bad["growth"]["Wind"] == [0.0] * 5 and bad["shift"]["Wind"] == 0.0
    assert bad["supply_stage"] == "mining"
    assert sc.normalise_drivers(None) == sc.normalise_drivers({})


def test_start_keeps_the_supply_settings_and_resets_the_rest(iea):
    demand, _ = iea
    mine = drivers(supply_stage="refining", haircut_pct=30.0, recycling_pct=15.0)
    drv = sc.start_drivers(demand, "NZE", keep=mine)
    assert drv["start"] == "NZE" and drv["supply_stage"] == "refining"
    assert drv["haircut_pct"] == 30.0 and drv["recycling_pct"] == 0.0


def test_assumptions_list_every_driver():
    text = "\n".join(sc.assumptions(drivers(thrift_pct=15, recycling_pct=10, haircut_pct=25,
                                            haircut_from=2032), {"CHN": "China"}))
    assert "-15 % by 2040" in text and "10 % of demand by 2040" in text
    assert "China −25 % from 2032" in text and "constant rates" in text
    for use in sc.END_USES:
        assert use in text


def test_result_long_is_labelled_a_user_scenario():
    base = {"Electric vehicles": 1.0, "Wind": 1.0, "Other uses": 1.0}
    frame = sc.result_long(sc.run_model(base, tiny_supply(), drivers()))
    assert {"scenario", "end_use", "year", "value", "unit", "source"} <= set(frame.columns)
    assert frame["scenario"].str.contains("not a forecast").all()
    assert (frame["unit"] == "kt").all()
    total = frame[frame["end_use"] == sc.TOTAL].set_index("year")["value"]
    assert total[2050] == pytest.approx(3.0)
