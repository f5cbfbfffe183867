"""The Demand & trends panel, driven like a user would (qtbot, offscreen).

One panel around a ViewState (no main window) unless a test needs the window; the figures
behind the charts are checked without Qt in tests/test_model_demand.py."""

from __future__ import annotations

import math
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ree_desktop.analysis import scenarios as sc
from ree_desktop.ui.state import ViewState, ViewStateData

DRIVERS = "demand_drivers"
FIXTURES = __import__("pathlib").Path(__file__).parent / "data" / "demand"


@pytest.fixture
def make_panel(qtbot, store):
    """A Demand panel alone, around its own ViewState, shown offscreen."""
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.demand import DemandPanel

    def factory(data: ViewStateData | None = None) -> DemandPanel:
        create_application()
        widget = DemandPanel(store, ViewState(data or ViewStateData(
            panel="demand", year_range=(1990, 2025))))
        qtbot.addWidget(widget)
        widget.resize(1100, 760)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return factory


@pytest.fixture
def panel(make_panel):
    return make_panel()


def curve(plot: pg.PlotWidget, name_part: str) -> pg.PlotDataItem:
    items = [i for i in plot.getPlotItem().listDataItems()
             if name_part in (i.opts.get("name") or "")]
    assert len(items) == 1, [i.opts.get("name") for i in plot.getPlotItem().listDataItems()]
    return items[0]


def values(item: pg.PlotDataItem) -> dict[int, float]:
    x, y = item.getOriginalDataset()
    return {int(a): float(b) for a, b in zip(x, y, strict=True)}


def axis_label(plot: pg.PlotWidget) -> str:
    return plot.getPlotItem().getAxis("left").labelText


def cell(view, row: int, column: int) -> str:
    return view.model().index(row, column).data()


# -- history --------------------------------------------------------------------------------
def test_history_draws_usgs_series_in_t_reo_with_gaps(panel):
    world = values(curve(panel.history_plot, "World mine production"))
    assert world[1990] == 52900 and world[2025] == 390000
    us = values(curve(panel.history_plot, "US apparent consumption"))
    assert math.isnan(us[2011])             # USGS "NA": a gap, never a zero
    assert us[2020] == 6700
    assert "t REO" in axis_label(panel.history_plot)
    assert "kt magnet REE" in axis_label(panel.projection_plot)
    assert "kt magnet REE" in axis_label(panel.model_plot)


def test_cagr_is_on_the_chart_and_in_the_table_and_follows_the_years(panel, qtbot):
    # world: 52,900 t (1990) → 390,000 t (2025): (390000/52900)^(1/35) − 1 = +5.9 % a year
    assert "World mine production: +5.9 % a year" in panel.cagr_label.text
    assert "US apparent consumption: -4.7 % a year (1990–2020)" in panel.cagr_label.text
    assert [cell(panel.cagr_table, r, 1) for r in range(5)] == [
        "1990", "52,900", "2025", "390,000", "+5.9"]
    panel.cagr_from.setValue(2015)  # world 2015: 129,000 t → (390000/129000)^(1/10) − 1
    assert panel.state.options["demand.cagr"] == [2015, 2025]
    expected = 100 * ((390000 / 129000) ** 0.1 - 1)
    assert cell(panel.cagr_table, 4, 1) == f"{expected:+.1f}"
    assert f"+{expected:.1f} % a year" in panel.cagr_label.text


def test_log_axis(panel):
    panel.axis_combo.setCurrentIndex(1)
    assert panel.state.options["demand.axis"] == "log"
    assert panel.history_plot.getPlotItem().getAxis("left").logMode
    assert "log scale" in axis_label(panel.history_plot)
    assert panel.history_plot.getPlotItem().getAxis("left").tickStrings([4, 5], 1, 1) == [
        "10k", "100k"]
    world = values(curve(panel.history_plot, "World mine production"))
    assert world[2025] == 390000  # data stay in t REO; pyqtgraph maps them to log10


def test_history_tooltip_gives_value_flag_edition_and_source(panel):
    text = panel.history_hover.show_at(2024, 0)
    assert "World mine production: 380,000 t REO (estimate)" in text
    assert "MCS2026; U.S. Geological Survey (USGS)" in text
    assert "US apparent consumption: no data (NA)" in panel.history_hover.show_at(2011, 0)


# -- projections ----------------------------------------------------------------------------
def test_projection_lines_per_scenario_with_supply_on_the_kt_axis(panel):
    steps = values(curve(panel.projection_plot, "IEA STEPS: Total demand"))
    assert list(steps) == list(sc.IEA_YEARS)
    assert steps[2024] == pytest.approx(90.9218) and steps[2050] == pytest.approx(177.5246)
    assert values(curve(panel.projection_plot, "IEA NZE"))[2035] == pytest.approx(172.2193)
    mining = values(curve(panel.projection_plot, "mining supply"))
    assert list(mining) == [2024, 2030, 2035, 2040]
    assert mining[2040] == pytest.approx(108.6771)
    panel.supply_checks["refining"].setChecked(False)
    names = [i.opts.get("name") for i in panel.projection_plot.getPlotItem().listDataItems()]
    assert not any("refining" in (n or "") for n in names)


def test_the_two_iea_supply_lines_differ_in_hue_dash_and_marker(panel):
    """Orange and brown dash-dot lines read as one: each stage has its own hue (far apart on
    the colour wheel), dash pattern and marker, and so its own legend sample."""
    from PySide6.QtGui import QColor

    mining = curve(panel.projection_plot, "mining supply")
    refining = curve(panel.projection_plot, "refining supply")
    pens = [QColor(c.opts["pen"].color()) for c in (mining, refining)]
    hues = [p.hsvHue() for p in pens]
    assert min(abs(hues[0] - hues[1]), 360 - abs(hues[0] - hues[1])) >= 90, hues
    assert mining.opts["pen"].style() != refining.opts["pen"].style()
    assert mining.opts["symbol"] != refining.opts["symbol"]


def test_switching_scenario_and_view_draws_stacked_end_uses(panel, qtbot):
    panel.view_combo.setCurrentIndex(1)
    panel.scenario_combo.setCurrentIndex(sc.SCENARIOS.index("NZE"))
    assert panel.state.scenario == "NZE"
    ev = values(curve(panel.projection_plot, "IEA NZE: Electric vehicles"))
    top = values(curve(panel.projection_plot, "IEA NZE: Other uses"))
    assert ev[2050] == pytest.approx(54.0244)
    assert top[2050] == pytest.approx(54.0244 + 25.8982 + 120.3419)  # stacked: the total
    assert "IEA NZE" in panel.projection_plot.getPlotItem().titleLabel.text
    assert "Net Zero" in panel.scenario_combo.itemData(2, Qt.ItemDataRole.ToolTipRole)


def test_end_use_lines(panel):
    panel.use_combo.setCurrentIndex(panel.use_combo.findData("Wind"))
    wind = values(curve(panel.projection_plot, "IEA APS: Wind"))
    assert wind[2030] == pytest.approx(23.93)


def test_clean_tech_demand_per_element_hides_the_four_element_supply(panel):
    panel.use_combo.setCurrentIndex(panel.use_combo.findData("Clean energy technologies: Dy"))
    dy = values(curve(panel.projection_plot, "IEA NZE: Clean energy technologies: Dy"))
    assert dy[2024] == pytest.approx(1.5311) and dy[2035] == pytest.approx(6.305)
    names = [i.opts.get("name") or "" for i in panel.projection_plot.getPlotItem().listDataItems()]
    assert not any("supply" in name for name in names)
    assert "not shown" in panel.projection_plot.getPlotItem().titleLabel.text


def test_projection_tooltip_only_at_iea_years(panel):
    text = panel.projection_hover.show_at(2030, 0)
    assert "IEA STEPS: Total demand 122.8 kt" in text
    assert "IEA mining supply (base case): 100.3 kt" in text
    assert "no IEA value" in panel.projection_hover.show_at(2027, 0)


# -- what-if model --------------------------------------------------------------------------
@pytest.fixture
def model(panel, qtbot):
    panel.tabs.setCurrentIndex(1)
    assert panel.state.options["demand.tab"] == "model"
    return panel


def model_total(panel) -> dict[int, float]:
    return values(panel.model_curves["Other uses"])  # top of the stack = total demand


def test_model_starts_from_the_scenario_and_matches_the_iea_points(model):
    total = model_total(model)
    assert total[2030] == pytest.approx(122.8462, abs=2e-4)
    assert total[2050] == pytest.approx(177.5246, abs=2e-4)
    assert "not a forecast" in model.model_plot.getPlotItem().titleLabel.text
    assert DRIVERS not in model.state.options   # nothing set yet: no user scenario exported


def test_moving_a_slider_recomputes_the_series(model, qtbot):
    slider = model.sliders["shift_Electric vehicles"]
    before = values(model.model_curves["Electric vehicles"])
    qtbot.keyClick(slider.slider, Qt.Key.Key_PageUp)  # +1.0 pp a year
    assert slider.spin.value() == 1.0
    drivers = model.state.options[DRIVERS]
    assert drivers["shift"]["Electric vehicles"] == 1.0
    growth = drivers["growth"]["Electric vehicles"][0] / 100
    after = values(model.model_curves["Electric vehicles"])
    # EVs 8.3593 kt in 2024, two years at (STEPS rate + 1 pp)
    assert after[2026] == pytest.approx(8.3593 * (1 + growth + 0.01) ** 2)
    assert after[2026] > before[2026]
    assert "Electric vehicles: 2024–30 +18.2" in model.assumption_label.text()
    assert "(incl. +1.0 pp)" in model.assumption_label.text()


def test_spin_box_and_recycling_lower_primary_demand(model):
    spin = model.sliders["recycling_pct"].spin
    spin.setValue(20)
    assert model.sliders["recycling_pct"].slider.value() == 20
    primary = values(model.model_curves["primary"])
    total = model_total(model)
    assert primary[2040] == pytest.approx(0.8 * total[2040])
    assert primary[2032] == pytest.approx(0.9 * total[2032])
    assert "Recycling meets 20 % of demand by 2040" in model.assumption_label.text()


def test_supply_haircut_from_a_year(model):
    before = values(model.model_curves["supply"])
    model.haircut_country.setCurrentIndex(model.haircut_country.findData("CHN"))
    model.haircut_from.setValue(2035)
    model.sliders["haircut_pct"].spin.setValue(50)
    after = values(model.model_curves["supply"])
    assert after[2034] == pytest.approx(before[2034])
    assert after[2035] == pytest.approx(before[2035] - 0.5 * 56.8396)
    balance = dict(zip(model.balance_bars.opts["x"], model.balance_bars.opts["height"],
                       strict=True))
    primary = values(model.model_curves["primary"])
    assert balance[2035.0] == pytest.approx(after[2035] - primary[2035])
    assert "China −50 % from 2035" in model.assumption_label.text()


def test_start_from_nze_reproduces_nze_and_marks_its_points(model, qtbot):
    model.sliders["thrift_pct"].spin.setValue(-20)
    qtbot.mouseClick(model.start_buttons["NZE"], Qt.MouseButton.LeftButton)
    assert model.state.options[DRIVERS]["start"] == "NZE"
    assert model.sliders["thrift_pct"].value() == 0
    total = model_total(model)
    for year, value in sc.scenario_path(model.projections, "NZE", sc.TOTAL).items():
        assert total[year] == pytest.approx(value, abs=2e-4)
    iea = values(model.model_curves["iea_demand"])
    assert iea[2035] == pytest.approx(172.2193)
    assert model.start_buttons["NZE"].isChecked()
    assert "IEA NZE path" in model.growth_group.title()


def test_flat_start_makes_the_sliders_plain_growth_rates(model, qtbot):
    qtbot.mouseClick(model.start_buttons["constant"], Qt.MouseButton.LeftButton)
    assert model.growth_group.title() == "Demand growth, % a year (constant)"
    model.sliders["shift_Wind"].spin.setValue(5.0)
    wind = values(model.model_curves["Wind"])
    ev = values(model.model_curves["Electric vehicles"])
    # the stack: wind's top is EVs + wind; EVs flat at 8.3593 kt, wind 10.4958 kt × 1.05²
    assert ev[2026] == pytest.approx(8.3593)
    assert wind[2026] - ev[2026] == pytest.approx(10.4958 * 1.05 ** 2)


def test_model_tooltip_says_user_scenario(model):
    text = model.model_hover.show_at(2040, 10)
    assert "User scenario — not a forecast" in text and "Balance:" in text


# -- state, export, command line ------------------------------------------------------------
def test_drivers_are_bookmarkable(make_panel, panel):
    panel.tabs.setCurrentIndex(1)
    panel.sliders["shift_Wind"].spin.setValue(-2.5)
    saved = ViewStateData.from_json(panel.state.data.to_json())
    other = make_panel(saved)
    assert other.sliders["shift_Wind"].value() == -2.5
    assert other.tabs.currentIndex() == 1


def test_export_frame_has_history_all_scenarios_and_the_user_scenario(panel):
    frame = panel.export_frame()
    for column in ("scenario", "end_use", "year", "value", "unit", "source"):
        assert column in frame.columns
    assert {"History", "Base year", "STEPS", "APS", "NZE"} <= set(frame["scenario"])
    assert not frame["scenario"].str.contains("User scenario").any()
    world = frame[(frame["end_use"] == "World mine production") & (frame["year"] == 2025)]
    assert list(world["value"]) == [390000] and list(world["unit"]) == ["t REO"]
    panel.tabs.setCurrentIndex(2)
    panel.start_from("APS")
    frame = panel.table_model.frame
    user = frame[frame["scenario"].str.contains("User scenario", na=False)]
    assert not user.empty and (user["unit"] == "kt").all()
    assert "not a forecast" in user["scenario"].iloc[0]
    panel.table_filter.setCurrentIndex(panel.table_filter.findData("history"))
    shown = {panel.table_model.index(r, 0).data() for r in range(panel.table_model.rowCount())}
    assert shown == {"History"}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "ree_desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_cli_screenshot_and_export(tmp_path):
    png, csv = tmp_path / "demand.png", tmp_path / "demand.csv"
    # One render writes both files (one process start instead of two: the slow part).
    result = run_cli("--panel", "demand", "--scenario", "NZE", "--size", "1280x800",
                     "--screenshot", str(png), "--export-data", str(csv))
    assert result.returncode == 0, result.stderr
    assert QImage(str(png)).width() == 1280
    frame = pd.read_csv(csv)
    nze = frame[(frame["scenario"] == "NZE") & (frame["end_use"] == "Total demand")]
    assert np.isclose(nze.set_index("year")["value"][2050], 200.2645)
    assert "CC BY 4.0" in (tmp_path / "demand.sources.txt").read_text()


def test_theme_switch_recolours_the_charts(make_window):
    panel = make_window(ViewStateData(panel="demand")).panel("demand")
    panel.state.update(theme="dark")
    from ree_desktop.ui import theme

    dark = theme.current()
    assert dark.name == "dark"
    assert panel.history_plot.backgroundBrush().color().name().upper() == dark.background
    assert panel.model_curves["primary"].opts["pen"].color().name().upper() == dark.foreground
    for _sample, label in panel.model_legend.items:  # the rendered text, not just an option
        assert dark.foreground.lower()[1:] in label.item.toHtml().lower()
    panel.state.update(theme="light")


# -- routing: a change reaches only the parts that watch it ---------------------------------
def count_draws(panel, monkeypatch) -> dict[str, int]:
    counts = {part.__class__.__name__: 0 for part in panel.parts}
    for part in panel.parts:
        def counted(original=part.draw, name=part.__class__.__name__):
            counts[name] += 1
            original()
        monkeypatch.setattr(part, "draw", counted)
    return counts


def test_each_change_redraws_only_the_parts_that_show_it(panel, monkeypatch):
    counts = count_draws(panel, monkeypatch)
    panel.axis_combo.setCurrentIndex(1)
    assert counts == {"HistoryPart": 1, "ProjectionPart": 0, "ModelControls": 0,
                      "WhatIfPart": 0, "TablePart": 0}
    panel.view_combo.setCurrentIndex(1)
    panel.state.update(countries=("CHN",), year=2010, metric="share")  # not Demand's
    assert counts["HistoryPart"] == 1 and counts["ProjectionPart"] == 1
    panel.state.update(year_range=(1990, 2024))
    assert counts["HistoryPart"] == 2 and counts["ProjectionPart"] == 1
    # CAGR years clipped to the ones it already shows: the option changed, the picture not
    panel.state.update(options={"demand.cagr": [1900, 2024]})
    assert panel.options.cagr == (1900, 2024) and counts["HistoryPart"] == 2
    panel.tabs.setCurrentIndex(1)
    assert counts["WhatIfPart"] == 1 and counts["HistoryPart"] == 2
    panel.sliders["thrift_pct"].spin.setValue(10)  # a slider step: the model only
    assert counts["WhatIfPart"] == 2
    assert counts["HistoryPart"] == 2 and counts["ProjectionPart"] == 1
    assert counts["TablePart"] == 0  # a hidden tab is filled when shown
    panel.tabs.setCurrentIndex(2)
    assert counts["TablePart"] == 1


def test_a_part_on_a_hidden_tab_catches_up_when_its_tab_is_shown(panel):
    panel.tabs.setCurrentIndex(1)
    panel.state.update(year_range=(2000, 2020))
    panel.tabs.setCurrentIndex(0)
    assert "CAGR 2000–2020" in panel.cagr_label.text
    assert panel.history_plot.getPlotItem().vb.viewRange()[0] == [1999.5, 2020.5]


# -- saved views ----------------------------------------------------------------------------
def check_fixture_view(panel) -> None:
    assert panel.tabs.currentIndex() == 1 and panel.axis_combo.currentData() == "log"
    assert panel.view_combo.currentData() == "stacked" and not panel.use_combo.isEnabled()
    assert panel.sliders["shift_Wind"].value() == -2.5
    assert panel.sliders["recycling_pct"].value() == 20
    assert panel.haircut_country.currentData() == "CHN" and panel.haircut_from.value() == 2030
    assert not panel.supply_checks["refining"].isChecked()
    assert panel.start_buttons["APS"].isChecked()
    assert "(from APS)" in panel.model_plot.getPlotItem().titleLabel.text
    assert [panel.cagr_from.value(), panel.cagr_to.value()] == [2000, 2020]


def test_bookmark_saved_by_todays_app_opens_as_saved(make_panel):
    text = (FIXTURES / "bookmark-v1.json").read_text(encoding="utf-8")
    check_fixture_view(make_panel(ViewStateData.from_json(text)))


def test_story_slide_saved_by_todays_app_opens_as_saved(make_panel):
    import json

    story = json.loads((FIXTURES / "story-v1.reestory").read_text(encoding="utf-8"))
    check_fixture_view(make_panel(ViewStateData.from_dict(story["slides"][0]["state"])))


def test_hostile_options_in_a_bookmark_open_the_default_view(make_panel):
    panel = make_panel(ViewStateData(panel="demand", options={
        "demand.axis": {"x": 1}, "demand.cagr": ["1990", "x"], "demand.view": None,
        "demand.supply": "mining", "demand.tab": 7, "demand.end_use": ["Wind"],
        "demand_drivers": {"start": "XYZ", "shift": {"Wind": "fast"}, "ramp_year": 1e300,
                           "haircut_country": 5}}))
    assert panel.tabs.currentIndex() == 0 and panel.axis_combo.currentData() == "linear"
    assert panel.view_combo.currentData() == "lines"
    assert panel.sliders["shift_Wind"].value() == 0.0
    assert "CAGR 1990–2025" in panel.cagr_label.text


def test_chart_export_from_the_table_tab_draws_the_projections_first(make_panel):
    panel = make_panel(ViewStateData(panel="demand", options={"demand.tab": "table"}))
    assert panel.table_model.rowCount() > 0
    plot = panel.main_plot()  # --export-chart and Ctrl+Shift+E use it: never an empty chart
    assert plot is panel.projection_plot
    assert values(curve(plot, "IEA STEPS: Total demand"))[2050] == pytest.approx(177.5246)
