"""The Value chain panel, driven like a user would (qtbot, offscreen).

One panel around a ViewState (no main window); the figures behind the bars, charts and
tables are checked without Qt in tests/test_model_value_chain.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt

from ree_desktop.ui.state import ViewState, ViewStateData

FIXTURES = Path(__file__).parent / "data" / "value_chain"


@pytest.fixture
def make_panel(qtbot, store):
    """A Value chain panel alone, around its own ViewState, shown offscreen."""
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.value_chain import ValueChainPanel

    def factory(data: ViewStateData | None = None, year: int = 2024,
                stage: str = "mining") -> ValueChainPanel:
        create_application()
        widget = ValueChainPanel(store, ViewState(data or ViewStateData(
            panel="value-chain", year=year, stage=stage)))
        qtbot.addWidget(widget)
        widget.resize(1280, 760)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return factory


@pytest.fixture
def draws(monkeypatch):
    """Count the draws of every part from now on (name → number of draws)."""
    counts: dict[str, int] = {}

    def watch(panel):
        for part in panel.parts:
            name = getattr(part, "stage", type(part).__name__)
            original = part.draw

            def counted(original=original, name=name):
                counts[name] = counts.get(name, 0) + 1
                original()

            monkeypatch.setattr(part, "draw", counted)
        return counts

    return watch


def bar_shares(column) -> dict[str, float]:
    """The heights of the bar's segments as drawn (from the BarGraphItems)."""
    return {key: float(item.opts["height"][0]) for key, item in column.items.items()}


def label_texts(column) -> dict[str, str]:
    return {key: label.textItem.toPlainText() for key, label in column.labels.items()}


def test_year_2024_draws_china_71_percent_of_mining(make_panel):
    panel = make_panel(year=2024)
    mining = panel.columns["mining"]
    assert bar_shares(mining)["CHN"] == pytest.approx(100 * 270_000 / 380_000)
    assert label_texts(mining)["CHN"].replace("\n", " ") == "China 71 %"
    assert "USGS MCS 2026" in mining.source.text()
    assert "HHI 5,302" in mining.summary.text()
    assert bar_shares(panel.columns["magnet"])["CHN"] == pytest.approx(94.0)
    assert panel.heading.text().endswith("2024 — China: mining 71 %, refining 91 %, magnets 94 %")
    assert "USGS MCS 2026" in panel.caption.text()
    assert "61 %" in mining.summary.toolTip()  # IEA's figure, kept out of the bar


def test_a_year_change_redraws_only_the_columns_whose_bar_changed(make_panel, draws):
    panel = make_panel(year=2024)
    counts = draws(panel)
    panel.state.update(year=2020)
    mining = panel.columns["mining"]
    # MYB 2022 (the newest publication printing 2020): China 140,000 t of a world 250,000 t.
    assert bar_shares(mining)["CHN"] == pytest.approx(100 * 140_000 / 250_000)
    assert label_texts(mining)["CHN"].replace("\n", " ") == "China 56 %"
    assert panel.heading.text().endswith("2020 — China: mining 56 %")
    refining = panel.columns["refining"]
    assert refining.plot.isHidden() and refining.no_data.text() == "no data for 2020"
    assert "United States only" in panel.columns["end_use"].scope.text()
    assert counts.get("metals", 0) == 0  # no data in any year: the same picture
    assert counts.get("DetailPart", 0) == 0 and counts.get("DepositsPart", 0) == 0
    assert counts["mining"] == 1 and counts["refining"] == 1
    # 2020 has fewer segments than 2024: the bar items are reused, the spare ones hidden.
    pool = list(mining._bar_pool)
    assert len(pool) > len(mining.items)
    assert set(map(id, mining.items.values())) == set(map(id, pool[:len(mining.items)]))
    assert all(not bar.isVisible() for bar in pool[len(mining.items):])
    panel.state.update(year=2024)
    assert bar_shares(mining)["CHN"] == pytest.approx(100 * 270_000 / 380_000)
    assert set(map(id, mining.items.values())) == set(map(id, pool))


def test_another_panels_option_neither_redraws_nor_marks_it_stale(make_panel, draws):
    panel = make_panel()
    counts = draws(panel)
    panel.state.update(options={"demand.axis": "log"})
    panel.state.update(options={"demand_drivers": {"start": "APS"}})
    assert counts == {} and not panel._stale
    panel.hide()
    panel.state.update(options={"countries.log": True})
    assert not panel._stale  # shown again, it does not redraw everything


def test_no_data_offers_the_nearest_year_and_the_button_sets_it(make_panel, qtbot):
    panel = make_panel(year=2022)
    magnet = panel.columns["magnet"]
    assert magnet.no_data.text() == "no data for 2022"
    assert magnet.nearest_button.text() == "Show 2024" and not magnet.nearest_button.isHidden()
    qtbot.mouseClick(magnet.nearest_button, Qt.MouseButton.LeftButton)
    assert panel.state.year == 2024
    assert bar_shares(magnet)["CHN"] == pytest.approx(94.0)
    assert magnet.nearest_button.isHidden() and magnet.no_data.isHidden()
    metals = panel.columns["metals"]
    assert metals.items == {} and "No sourced metals & alloys data" in metals.no_data.text()


def test_hovering_china_highlights_it_in_every_stage(make_panel, qtbot):
    panel = make_panel()
    mining = panel.columns["mining"]
    qtbot.mouseMove(mining.plot.viewport(), mining.view_to_widget(30.0))
    qtbot.waitUntil(lambda: panel.highlighted == "CHN")
    for key in ("mining", "refining", "magnet"):
        column = panel.columns[key]
        assert column.highlighted == "CHN"
        china = column.items["CHN"].opts
        assert china["brush"].color().alpha() == 255 and china["pen"].widthF() == 3
        others = [k for k in column.items if k != "CHN"]
        assert others and all(column.items[k].opts["brush"].color().alpha() == 70
                              for k in others)
    end_use = panel.columns["end_use"]  # no China segment: nothing highlighted, nothing faded
    assert end_use.highlighted is None
    assert all(i.opts["brush"].color().alpha() == 255 for i in end_use.items.values())
    assert mining.describe("CHN").startswith("China — Mining, 2024")


def test_clicking_a_segment_keeps_it_selected_across_stages_and_years(make_panel, qtbot):
    panel = make_panel()
    refining = panel.columns["refining"]
    viewport = refining.plot.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=refining.view_to_widget(50.0))
    assert panel.selected == "CHN"
    panel.highlight_segment(None)  # the mouse leaves
    assert panel.columns["mining"].highlighted == "CHN"
    panel.state.update(year=2020)  # a redrawn column keeps the selection
    assert panel.columns["mining"].items["CHN"].opts["pen"].widthF() == 3
    panel.state.update(year=2024)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=refining.view_to_widget(50.0))
    assert panel.selected is None and panel.columns["mining"].highlighted is None


def test_clicking_a_stage_title_opens_its_detail(make_panel, qtbot):
    panel = make_panel()
    qtbot.mouseClick(panel.columns["magnet"].title, Qt.MouseButton.LeftButton)
    assert panel.state.stage == "magnet" and panel.state.options["value_chain.tab"] == 1
    assert panel.tabs.currentIndex() == 1
    model = panel.detail_model
    rows = [model.row_as_text(r) for r in range(model.rowCount())]
    assert len(rows) == 5
    assert any(r[0] == "2024" and r[1] == "China" and r[5] == "94" for r in rows)
    assert set(panel.detail_curves) == {"CHN", "JPN", "XEU"}
    assert panel.detail_heading.text() == "<b>Magnets</b>: 5 rows"
    assert panel.stage_picker.currentData() == "magnet"


def test_stage_picker_drives_the_concentration_chart(make_panel):
    panel = make_panel()
    hhi = panel.conc_curves["hhi"]
    years, values = hhi.getData()
    at = dict(zip(years.astype(int), values, strict=True))
    assert at[2024] == pytest.approx(5302.25 / 100, abs=0.01)  # HHI drawn on the % scale
    assert np.isnan(at[1992])
    background = panel.conc_plot.backgroundBrush().color().name()
    index = list(years.astype(int)).index(2016)  # a lower bound: a hollow marker
    assert hhi.opts["symbolBrush"][index].color().name() == background
    assert panel.year_line.isVisible() and panel.year_line.value() == 2024
    panel.stage_picker.setCurrentIndex(panel.stage_picker.findData("refining"))
    assert panel.state.stage == "refining"
    years, values = panel.conc_curves["top1"].getData()
    assert list(years.astype(int)) == list(range(2023, 2041))
    assert "hhi_proj" in panel.conc_curves  # projections drawn dashed
    assert "dashed = projection" in panel.conc_note.text()
    panel.stage_picker.setCurrentIndex(panel.stage_picker.findData("end_use"))
    assert panel.conc_curves == {} and not panel.year_line.isVisible()
    assert "split by use" in panel.concentration_part.empty.textItem.toPlainText()


def test_mouse_over_the_concentration_chart_shows_the_year(make_panel, qtbot):
    panel = make_panel()
    plot = panel.conc_plot
    qtbot.mouseMove(plot.viewport(), QPoint(5, 5))
    qtbot.wait(50)
    target = plot.mapFromScene(plot.getPlotItem().vb.mapViewToScene(pg.Point(2016.0, 60.0)))
    qtbot.mouseMove(plot.viewport(), target)
    qtbot.waitUntil(lambda: panel.conc_tooltip.last_text.startswith("Mining, 2016"))
    assert "(lower bound" in panel.conc_tooltip.last_text


def test_concentration_table_marks_lower_bounds(make_panel):
    panel = make_panel(stage="magnet")
    model = panel.conc_model
    rows = {model.row_as_text(r)[0]: model.row_as_text(r) for r in range(model.rowCount())}
    assert set(rows) == {"2005", "2010", "2024"}
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = dict(zip(header, rows["2024"], strict=True))
    assert (row["top"], row["top1 %"], row["HHI"], row["HHI is"]) == (
        "CHN", "94", "8,836", "lower bound")


def test_deposits_tab_draws_the_bars_and_bayan_obo_facts(make_panel):
    panel = make_panel()
    panel.tabs.setCurrentIndex(2)
    assert panel.state.options["value_chain.tab"] == 2
    light, heavy = panel.deposits_part.bars
    assert len(light.opts["width"]) == len(panel.deposits)
    assert light.opts["brush"] != heavy.opts["brush"]
    model = panel.bayan_model
    cells = [" ".join(model.row_as_text(r)) for r in range(model.rowCount())]
    assert model.rowCount() == 11 and any("> 100" in c and "44 Mt REO" in c for c in cells)


def test_switching_to_the_dark_theme_restyles_every_chart(make_panel):
    from ree_desktop.ui import theme

    panel = make_panel()
    panel.state.update(theme="dark")
    try:
        dark = theme.current().background.upper()
        assert panel.conc_plot.backgroundBrush().color().name().upper() == dark
        assert panel.columns["mining"].plot.backgroundBrush().color().name().upper() == dark
        assert bar_shares(panel.columns["mining"])["CHN"] == pytest.approx(71.05, abs=0.01)
        assert theme.current().muted in panel.columns["mining"].source.styleSheet()
        assert panel.conc_legend.items  # the legend kept its entries, restyled
    finally:
        panel.state.update(theme="light")


def test_bookmark_saved_by_todays_app_opens_on_its_tab_and_stage(make_panel):
    text = (FIXTURES / "bookmark-v1.json").read_text(encoding="utf-8")
    panel = make_panel(ViewStateData.from_json(text))
    assert panel.tabs.currentIndex() == 1 and panel.stage_picker.currentData() == "magnet"
    assert panel.detail_model.rowCount() == 5


def test_hostile_tab_in_a_bookmark_opens_the_first_tab(make_panel):
    panel = make_panel(ViewStateData(panel="value-chain", options={"value_chain.tab": 99}))
    assert panel.tabs.currentIndex() == 0 and "hhi" in panel.conc_curves


def test_chart_export_from_another_tab_draws_the_concentration_first(make_panel):
    panel = make_panel(ViewStateData(panel="value-chain", options={"value_chain.tab": 2}))
    plot = panel.main_plot()
    assert plot is panel.conc_plot and "hhi" in panel.conc_curves


def test_export_frame_and_sources_follow_the_year(make_panel):
    panel = make_panel(year=2024)
    frame = panel.export_frame()
    china = frame[(frame["record"] == "share") & (frame["stage"] == "mining")
                  & (frame["country_iso3"] == "CHN")].iloc[0]
    assert china["share_pct"] == pytest.approx(71.05, abs=0.01)
    panel.state.update(year=2020)
    assert set(panel.export_frame().query("record == 'share'")["year"]) == {2020}
    assert "USGS MCS 2026" not in panel.sources_text()


def test_cli_export_data_and_screenshot(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out, png = tmp_path / "vc.csv", tmp_path / "vc.png"
    # One render writes both files (one process start instead of two: the slow part).
    result = subprocess.run([sys.executable, "-m", "ree_desktop", "--panel", "value-chain",
                             "--year", "2024", "--export-data", str(out), "--size", "1280x800",
                             "--screenshot", str(png)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(out)
    china = frame[(frame["record"] == "share") & (frame["stage"] == "mining")
                  & (frame["country_iso3"] == "CHN")].iloc[0]
    assert (china["year"], china["value"], china["unit"]) == (2024, 270000.0, "t REO")
    assert png.stat().st_size > 10_000


def test_a_country_has_one_colour_in_the_bars_and_the_detail_chart(make_panel):
    panel = make_panel(year=2024)
    panel.state.update(year=2000)
    bar = panel.columns["mining"].items["KGZ"].opts["brush"].color().name()
    panel.tabs.setCurrentIndex(1)  # the detail of mining, drawn when shown
    assert panel.detail_curves["KGZ"].opts["pen"].color().name() == bar
    china = panel.columns["mining"].items["CHN"].opts["brush"].color().name()
    assert panel.detail_curves["CHN"].opts["pen"].color().name() == china == "#d55e00"


@pytest.mark.parametrize("stage", ["mining", "refining"])
def test_year_label_is_not_drawn_over_the_legend(make_panel, stage):
    """Refining's outlook starts in 2023: its 2024 line is at the left, where the legend
    sat; the legend moves to the right so the year's label stays readable."""
    from PySide6.QtWidgets import QApplication

    panel = make_panel(stage=stage)
    for _ in range(3):
        QApplication.processEvents()
    part = panel.concentration_part
    assert part.year_line.isVisible()
    label = part.year_line.label.sceneBoundingRect()
    legend = part.legend.sceneBoundingRect()
    assert part.year_line.label.toPlainText() == "2024"
    assert not label.intersects(legend), (stage, label, legend)
