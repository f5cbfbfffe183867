"""The Demand panel's Qt-free model: every figure, caption, tooltip and export row it shows,
checked without a window or Qt (bundled data; each number traced to its source row)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from ree_desktop.analysis import scenarios as sc
from ree_desktop.ui.panels.demand import model as m
from ree_desktop.ui.panels.demand.whatif_model import WhatIf

FIXTURES = Path(__file__).parent / "data" / "demand"
YEARS = (1990, 2025)


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    from ree_desktop.data.store import Store
    from ree_desktop.paths import bundled_db_path

    store = Store(bundled_db_path(), tmp_path_factory.mktemp("demand") / "user.db")
    yield m.DemandModel(store)
    store.close()


@pytest.fixture(scope="module")
def whatif(model):
    return WhatIf(model)


def options(**raw) -> m.DemandOptions:
    return m.DemandOptions.from_options({m.OPTION + k: v for k, v in raw.items()})


# -- options --------------------------------------------------------------------------------
def test_options_default_and_round_trip_through_the_saved_keys():
    assert m.DemandOptions.from_options({}) == m.DemandOptions()
    saved = {**m.DemandOptions.update("axis", "log"),
             **m.DemandOptions.update("cagr", (2000, 2020)),
             **m.DemandOptions.update("supply", ("refining",)),
             **m.DemandOptions.update("drivers", {"start": "APS"})}
    assert saved == {"demand.axis": "log", "demand.cagr": [2000, 2020],
                     "demand.supply": ["refining"], "demand_drivers": {"start": "APS"}}
    parsed = m.DemandOptions.from_options(saved)
    assert (parsed.axis, parsed.cagr, parsed.supply) == ("log", (2000, 2020), ("refining",))
    assert parsed.changed_fields(m.DemandOptions()) == {"axis", "cagr", "supply", "drivers"}


@pytest.mark.parametrize("raw", [
    {"demand.axis": 3, "demand.cagr": ["x", None], "demand.view": "pie", "demand.tab": [],
     "demand.end_use": "Toasters", "demand.supply": "mining", "demand_drivers": "junk"},
    {"demand.cagr": [1e400, 2], "demand.supply": None, "demand.tab": None},
    {"demand.cagr": [2000], "demand.supply": [None, 7, "mining", "mining"]},
])
def test_hostile_options_from_an_edited_bookmark_fall_back_to_valid_values(raw):
    parsed = m.DemandOptions.from_options(raw)
    assert parsed.axis in ("linear", "log") and parsed.view in ("lines", "stacked")
    assert parsed.tab in m.TABS and parsed.end_use in m.PROJECTION_USES
    assert parsed.cagr is None and parsed.drivers is None
    assert set(parsed.supply) <= set(sc.STAGES)


def test_bookmark_saved_by_todays_app_still_reads(model, whatif):
    data = json.loads((FIXTURES / "bookmark-v1.json").read_text(encoding="utf-8"))
    parsed = m.DemandOptions.from_options(data["options"])
    assert (parsed.axis, parsed.cagr, parsed.view, parsed.tab) == ("log", (2000, 2020),
                                                                    "stacked", "model")
    assert parsed.supply == ("mining",)
    drivers = whatif.drivers(parsed, data["scenario"])
    assert drivers["start"] == "APS" and drivers["shift"]["Wind"] == -2.5
    assert drivers["recycling_pct"] == 20.0 and drivers["haircut_country"] == "CHN"


def test_cagr_years_are_clipped_to_the_year_range():
    assert m.cagr_years(options(cagr=[2015, 2025]), YEARS) == (2015, 2025)
    assert m.cagr_years(options(cagr=[1800, 2100]), (2000, 2010)) == (2000, 2010)
    assert m.cagr_years(options(cagr=[2020, 2010]), YEARS) == YEARS  # reversed: the range
    assert m.cagr_years(options(), (2001, 2002)) == (2001, 2002)


# -- history --------------------------------------------------------------------------------
def test_history_series_in_t_reo_with_gaps_never_zeros(model):
    series = model.history_series(YEARS)
    world = model.history_arrays("world", YEARS, log=False)
    values = dict(zip(world["years"], world["values"], strict=True))
    assert values[1990] == 52900 and values[2025] == 390000
    us = model.history_arrays("us", YEARS, log=False)
    us_values = dict(zip(us["years"], us["values"], strict=True))
    assert math.isnan(us_values[2011]) and us_values[2020] == 6700  # USGS "NA": a gap
    assert 2024 in set(world["flag_years"])  # 2024 is an estimate: a hollow marker
    assert set(series["world"]["unit"]) == {"t REO"}


def test_cagr_rows_table_and_label(model):
    rows = model.cagr_rows(YEARS, 1990, 2025)
    world = rows.iloc[0]
    # world: 52,900 t (1990) → 390,000 t (2025): (390000/52900)^(1/35) − 1 = +5.9 % a year
    assert world["cagr_pct_a_year"] == pytest.approx(100 * ((390000 / 52900) ** (1 / 35) - 1))
    text = model.cagr_text(rows, 1990, 2025)
    assert "World mine production: +5.9 % a year" in text
    assert "US apparent consumption: -4.7 % a year (1990–2020)" in text
    table = model.cagr_table_frame(rows)
    assert list(table.iloc[:, 1]) == ["1990", "52,900", "2025", "390,000", "+5.9"]
    later = model.cagr_rows(YEARS, 2015, 2025)  # world 2015: 129,000 t
    assert later.iloc[0]["cagr_pct_a_year"] == pytest.approx(
        100 * ((390000 / 129000) ** 0.1 - 1))


def test_cagr_with_no_data_says_so(model):
    rows = model.cagr_rows((1800, 1805), 1800, 1805)  # before any USGS figure
    assert "US apparent consumption: no data" in model.cagr_text(rows, 1800, 1805)
    assert model.cagr_table_frame(rows).iloc[4, 2] == "no data"


def test_history_tooltip_lines_give_value_flag_edition_and_source(model):
    tips = model.history_year_tips(YEARS)
    assert "World mine production: 380,000 t REO (estimate)" in tips[2024][0]
    assert "MCS2026; U.S. Geological Survey (USGS)" in tips[2024][0]
    assert any("US apparent consumption: no data (NA)" in line for line in tips[2011])


def test_history_y_range_leaves_room_and_follows_the_log_axis(model):
    low, high = model.history_y_range(YEARS, log=False)
    assert (low, high) == (0.0, pytest.approx(390000 * 1.4))
    low, high = model.history_y_range(YEARS, log=True)
    assert low < math.log10(2000) and high > math.log10(390000)
    assert model.history_y_range((1800, 1801), log=False) is None


# -- projections ----------------------------------------------------------------------------
def test_scenario_paths_and_supply_in_kt(model):
    steps = model.scenario_path("STEPS", sc.TOTAL)
    assert list(steps.index) == list(sc.IEA_YEARS)
    assert steps[2024] == pytest.approx(90.9218) and steps[2050] == pytest.approx(177.5246)
    assert model.scenario_path("NZE", sc.TOTAL)[2035] == pytest.approx(172.2193)
    assert model.scenario_path("APS", "Wind")[2030] == pytest.approx(23.93)
    mining = model.supply_world("mining")
    assert list(mining.index) == [2024, 2030, 2035, 2040]
    assert mining[2040] == pytest.approx(108.6771)


def test_stacked_paths_add_up_to_the_total(model):
    paths = dict(model.stacked_paths("NZE"))
    assert paths["Electric vehicles"][2050] == pytest.approx(54.0244)
    assert sum(p[2050] for p in paths.values()) == pytest.approx(54.0244 + 25.8982 + 120.3419)
    assert "IEA NZE" in model.projection_title(options(view="stacked"), "NZE")


def test_one_element_demand_hides_the_four_element_supply(model):
    dy = options(end_use="Clean energy technologies: Dy")
    path = model.scenario_path("NZE", dy.end_use)
    assert path[2024] == pytest.approx(1.5311) and path[2035] == pytest.approx(6.305)
    assert not model.supply_comparable(dy)
    assert "not shown" in model.projection_title(dy, "STEPS")
    assert not any("supply" in line for lines in model.projection_tips(dy, "STEPS").values()
                   for line in lines)


def test_projection_tooltip_only_at_iea_years(model):
    tips = model.projection_tips(options(), "STEPS")
    text = model.describe_projection(tips, 2030)
    assert "IEA STEPS: Total demand 122.8 kt" in text
    assert "IEA mining supply (base case): 100.3 kt" in text
    assert "no IEA value" in model.describe_projection(tips, 2027)
    assert model.describe_projection(tips, 2060) == ""


# -- the what-if model ----------------------------------------------------------------------
def test_unset_drivers_reproduce_the_chosen_scenario(whatif):
    drivers = whatif.drivers(m.DemandOptions(), "nze")  # the command line may say "nze"
    assert drivers["start"] == "NZE"
    result = whatif.run(drivers)
    for year, value in sc.scenario_path(whatif.model.projections, "NZE", sc.TOTAL).items():
        assert result.total[year] == pytest.approx(value, abs=2e-4)


def test_a_shift_recomputes_the_series_and_the_assumptions_say_so(whatif):
    drivers = whatif.drivers(m.DemandOptions(), "STEPS")
    drivers["shift"]["Electric vehicles"] = 1.0
    result = whatif.run(drivers)
    growth = drivers["growth"]["Electric vehicles"][0] / 100
    # EVs 8.3593 kt in 2024, two years at (STEPS rate + 1 pp)
    assert result.demand.loc[2026, "Electric vehicles"] == pytest.approx(
        8.3593 * (1 + growth + 0.01) ** 2)
    text = whatif.assumptions_html(drivers, result)
    assert "Electric vehicles: 2024–30 +18.2" in text and "(incl. +1.0 pp)" in text
    assert text.startswith("<b>User scenario — not a forecast</b>")


def test_recycling_and_haircut(whatif):
    drivers = whatif.drivers(m.DemandOptions(), "STEPS")
    base = whatif.run(drivers)
    drivers.update(recycling_pct=20.0, haircut_country="CHN", haircut_from=2035,
                   haircut_pct=50.0)
    result = whatif.run(drivers)
    assert result.primary[2040] == pytest.approx(0.8 * result.total[2040])
    assert result.supply_total[2034] == pytest.approx(base.supply_total[2034])
    assert result.supply_total[2035] == pytest.approx(base.supply_total[2035] - 0.5 * 56.8396)
    stack = whatif.stack(result)
    balance = dict(zip(stack["years"], stack["balance"], strict=True))
    assert balance[2035.0] == pytest.approx(result.supply_total[2035] - result.primary[2035])
    assert "China −50 % from 2035" in whatif.assumptions_html(drivers, result)


def test_flat_start_and_titles(whatif):
    drivers = whatif.start_from("constant", whatif.drivers(m.DemandOptions(), "STEPS"))
    drivers["shift"]["Wind"] = 5.0
    result = whatif.run(drivers)
    assert result.demand.loc[2026, "Electric vehicles"] == pytest.approx(8.3593)
    assert result.demand.loc[2026, "Wind"] == pytest.approx(10.4958 * 1.05 ** 2)
    assert whatif.growth_title(drivers) == "Demand growth, % a year (constant)"
    assert "IEA APS path" in whatif.growth_title(whatif.start_from("APS", drivers))
    assert whatif.reference(drivers, "APS") == "APS"  # flat: the chosen scenario's points


def test_model_tooltip_says_user_scenario(whatif):
    result = whatif.run(whatif.drivers(m.DemandOptions(), "STEPS"))
    text = whatif.describe(result, 2040)
    assert "User scenario — not a forecast" in text and "Balance:" in text
    assert whatif.describe(result, 2070) == "" and whatif.describe(None, 2040) == ""


def test_runs_are_memoised_per_drivers(whatif):
    drivers = whatif.drivers(m.DemandOptions(), "APS")
    assert whatif.run(drivers) is whatif.run(json.loads(json.dumps(drivers)))


# -- export ---------------------------------------------------------------------------------
def test_export_frame_has_history_all_scenarios_and_the_user_scenario(model, whatif):
    frame = model.export_frame(YEARS, None)
    assert list(frame.columns) == m.EXPORT_COLUMNS
    assert {"History", "Base year", "STEPS", "APS", "NZE"} <= set(frame["scenario"])
    world = frame[(frame["end_use"] == "World mine production") & (frame["year"] == 2025)]
    assert list(world["value"]) == [390000] and list(world["unit"]) == ["t REO"]
    assert frame["source"].notna().all()
    user = whatif.run(whatif.start_from("APS", whatif.drivers(m.DemandOptions(), "APS")))
    frame = model.export_frame(YEARS, user)
    rows = model.filter_table(frame, "user")
    assert not rows.empty and (rows["unit"] == "kt").all()
    assert "not a forecast" in rows["scenario"].iloc[0]
    assert set(model.filter_table(frame, "history")["scenario"]) == {"History"}
    assert len(model.filter_table(frame, "")) == len(frame)
    assert "CC BY 4.0" in model.sources_text()
