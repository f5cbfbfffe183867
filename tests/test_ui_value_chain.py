"""The Value-chain panel, driven through its widgets (qtbot, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt

from ree_desktop.ui.state import ViewStateData


@pytest.fixture
def panel_for(make_window):
    def factory(year: int = 2024, stage: str = "mining", size=(1280, 800)):
        window = make_window(ViewStateData(panel="value-chain", year=year, stage=stage),
                             size=size)
        panel = window.panel("value-chain")  # shown, so already drawn for the state
        return window, panel

    return factory


def bar_shares(column) -> dict[str, float]:
    """The heights of the bar's segments as drawn (from the BarGraphItems)."""
    return {key: float(item.opts["height"][0]) for key, item in column.items.items()}


def label_texts(column) -> dict[str, str]:
    return {key: label.textItem.toPlainText() for key, label in column.labels.items()}


def point_on(column, y: float) -> QPoint:
    return column.view_to_widget(y)


def test_year_2024_shows_china_71_percent_of_mining(panel_for):
    _window, panel = panel_for(2024)
    mining = panel.columns["mining"]
    assert bar_shares(mining)["CHN"] == pytest.approx(100 * 270_000 / 380_000)
    assert label_texts(mining)["CHN"].replace("\n", " ") == "China 71 %"
    assert "USGS MCS 2026" in mining.source.text()
    assert "HHI 5,302" in mining.summary.text()
    assert bar_shares(panel.columns["refining"])["CHN"] == pytest.approx(91.28, abs=0.01)
    assert bar_shares(panel.columns["magnet"])["CHN"] == pytest.approx(94.0)
    assert panel.heading.text().endswith("2024 — China: mining 71 %, refining 91 %, magnets 94 %")


def test_changing_the_year_in_the_filter_bar_redraws_every_stage(panel_for, qtbot):
    window, panel = panel_for(2024)
    window.year_spin.setValue(2020)
    assert panel.state.year == 2020
    mining = panel.columns["mining"]
    # MYB 2022 (the newest publication printing 2020): China 140,000 t of a world 250,000 t.
    assert bar_shares(mining)["CHN"] == pytest.approx(100 * 140_000 / 250_000)
    assert label_texts(mining)["CHN"].replace("\n", " ") == "China 56 %"
    assert panel.heading.text().endswith("2020 — China: mining 56 %")
    # IEA refining starts in 2023: 2020 has none, and the stage says so.
    refining = panel.columns["refining"]
    assert refining.plot.isHidden() and refining.no_data.text() == "no data for 2020"
    # End uses in 2020 are the U.S.-only USGS split.
    assert "United States only" in panel.columns["end_use"].scope.text()


def test_no_data_offers_the_nearest_year_and_the_button_sets_it(panel_for, qtbot):
    window, panel = panel_for(2022)
    magnet = panel.columns["magnet"]
    assert magnet.no_data.text() == "no data for 2022"
    assert not magnet.nearest_button.isHidden()
    assert magnet.nearest_button.text() == "Show 2024"
    qtbot.mouseClick(magnet.nearest_button, Qt.MouseButton.LeftButton)
    assert panel.state.year == 2024
    assert window.year_spin.value() == 2024
    assert bar_shares(magnet)["CHN"] == pytest.approx(94.0)
    assert magnet.nearest_button.isHidden()


def test_metals_stage_says_no_data_for_any_year(panel_for):
    _window, panel = panel_for(2024)
    metals = panel.columns["metals"]
    assert metals.items == {}
    assert "No sourced metals & alloys data" in metals.no_data.text()
    assert metals.nearest_button.isHidden()


def test_hovering_china_highlights_it_in_every_stage(panel_for, qtbot):
    _window, panel = panel_for(2024)
    mining = panel.columns["mining"]
    qtbot.mouseMove(mining.plot.viewport(), point_on(mining, 30.0))
    qtbot.waitUntil(lambda: panel.highlighted == "CHN")
    for key in ("mining", "refining", "magnet"):
        column = panel.columns[key]
        assert column.highlighted == "CHN"
        china = column.items["CHN"].opts
        assert china["brush"].color().alpha() == 255 and china["pen"].widthF() == 3
        others = [k for k in column.items if k != "CHN"]
        assert others and all(column.items[k].opts["brush"].color().alpha() == 70
                              for k in others)
    # End uses have no China segment: nothing is highlighted there, nothing faded.
    end_use = panel.columns["end_use"]
    assert end_use.highlighted is None
    assert all(i.opts["brush"].color().alpha() == 255 for i in end_use.items.values())


def test_tooltip_names_country_stage_year_value_share_flag_and_source(panel_for):
    _window, panel = panel_for(2024)
    text = panel.columns["mining"].describe("CHN")
    assert text.startswith("China — Mining, 2024")
    assert "270,000 t REO" in text and "71.1 %" in text
    assert "estimate" in text.lower()
    assert "MCS 2026" in text and "U.S. Geological Survey" in text
    others = panel.columns["mining"].summary.toolTip()
    assert "61 %" in others and "magnet rare earths" in others  # IEA, kept out of the bar
    refining = panel.columns["refining"].describe("ROW")
    assert "not counted as one country" in refining and "kt" in refining


def test_clicking_a_segment_keeps_it_selected_across_stages(panel_for, qtbot):
    _window, panel = panel_for(2024)
    refining = panel.columns["refining"]
    qtbot.mouseClick(refining.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=point_on(refining, 50.0))
    assert panel.selected == "CHN"
    panel.highlight_segment(None)  # the mouse leaves
    assert panel.columns["mining"].highlighted == "CHN"
    qtbot.mouseClick(refining.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=point_on(refining, 50.0))
    assert panel.selected is None and panel.columns["mining"].highlighted is None


def test_clicking_a_stage_title_opens_its_detail(panel_for, qtbot):
    _window, panel = panel_for(2024)
    qtbot.mouseClick(panel.columns["magnet"].title, Qt.MouseButton.LeftButton)
    assert panel.state.stage == "magnet"
    assert panel.tabs.currentIndex() == 1
    model = panel.detail_model
    assert model.rowCount() == 5
    rows = [model.row_as_text(r) for r in range(model.rowCount())]
    assert any(r[0] == "2024" and r[1] == "China" and r[5] == "94" for r in rows)
    assert set(panel.detail_curves) == {"CHN", "JPN", "XEU"}


def test_stage_picker_drives_the_concentration_chart(panel_for, qtbot):
    _window, panel = panel_for(2024)
    hhi = panel.conc_curves["hhi"]
    years, values = hhi.getData()
    at = dict(zip(years.astype(int), values, strict=True))
    assert at[2024] == pytest.approx(5302.25 / 100, abs=0.01)  # HHI drawn on the % scale
    assert np.isnan(at[1992])  # only the United States listed: a gap, not a value
    brushes = hhi.opts["symbolBrush"]
    background = panel.conc_plot.backgroundBrush().color().name()
    index = list(years.astype(int)).index(2016)  # China only: a lower bound, hollow marker
    assert brushes[index].color().name() == background
    panel.stage_picker.setCurrentIndex(panel.stage_picker.findData("refining"))
    assert panel.state.stage == "refining"
    years, values = panel.conc_curves["top1"].getData()
    assert list(years.astype(int)) == list(range(2023, 2041))
    assert values[0] == pytest.approx(92.0)
    assert "hhi_proj" in panel.conc_curves  # projections drawn dashed
    assert "projection" in panel.describe_concentration(2030, 50).lower()
    assert "lower bound" in panel.describe_concentration(2024, 50)


def test_deposits_and_bayan_obo(panel_for):
    _window, panel = panel_for(2024)
    deposits = panel.deposits.reset_index(drop=True)
    longnan = int(deposits.index[deposits["deposit"].str.startswith("Longnan")][0])
    text = panel.describe_deposit(50, longnan)
    assert "heavy REE: 83.8 %" in text and "Dy+Tb: 8.61 %" in text
    model = panel.bayan_model
    cells = [" ".join(model.row_as_text(r)) for r in range(model.rowCount())]
    assert model.rowCount() == 11
    assert any("> 100" in c and "44 Mt REO" in c for c in cells)


def test_export_frame_is_long_with_concentration(panel_for):
    _window, panel = panel_for(2024)
    frame = panel.export_frame()
    for column in ("stage", "country_iso3", "year", "value", "unit", "share_pct", "source"):
        assert column in frame.columns
    shares = frame[frame["record"] == "share"]
    assert set(shares["stage"]) == {"mining", "refining", "magnet", "end_use"}
    china = shares[(shares["stage"] == "mining") & (shares["country_iso3"] == "CHN")].iloc[0]
    assert china["share_pct"] == pytest.approx(71.05, abs=0.01)
    hhi = frame[(frame["record"] == "hhi") & (frame["stage"] == "magnet")
                & (frame["year"] == 2024)].iloc[0]
    assert hhi["value"] == pytest.approx(8836.0) and bool(hhi["lower_bound"])
    assert (frame[frame["record"] == "no data"]["stage"] == "metals").any()
    assert "USGS MCS 2026" in panel.sources_text()
    assert "USGS MCS 2026" in panel.caption.text()


def test_cli_export_data_and_screenshot(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out, png = tmp_path / "vc.csv", tmp_path / "vc.png"
    for args in (["--export-data", str(out)], ["--size", "1280x800", "--screenshot", str(png)]):
        result = subprocess.run([sys.executable, "-m", "ree_desktop", "--panel", "value-chain",
                                 "--year", "2024", *args], capture_output=True, text=True,
                                env=env, timeout=120)
        assert result.returncode == 0, result.stderr
    frame = pd.read_csv(out)
    china = frame[(frame["record"] == "share") & (frame["stage"] == "mining")
                  & (frame["country_iso3"] == "CHN")].iloc[0]
    assert (china["year"], china["value"], china["unit"]) == (2024, 270000.0, "t REO")
    assert png.stat().st_size > 10_000


def test_mouse_over_the_concentration_chart_shows_the_year(panel_for, qtbot):
    _window, panel = panel_for(2024)
    plot = panel.conc_plot
    qtbot.mouseMove(plot.viewport(), QPoint(5, 5))  # enter the chart first
    qtbot.wait(50)  # let the layout settle before mapping data to pixels
    vb = plot.getPlotItem().vb
    target = plot.mapFromScene(vb.mapViewToScene(pg.Point(2016.0, 60.0)))
    qtbot.mouseMove(plot.viewport(), target)
    qtbot.waitUntil(lambda: panel.conc_tooltip.last_text.startswith("Mining, 2016"))
    assert "(lower bound" in panel.conc_tooltip.last_text


def test_switching_to_the_dark_theme_restyles_the_charts(panel_for):
    window, panel = panel_for(2024)
    window.state.update(theme="dark")
    from ree_desktop.ui import theme

    dark = theme.current().background
    assert panel.conc_plot.backgroundBrush().color().name().upper() == dark.upper()
    assert panel.columns["mining"].plot.backgroundBrush().color().name().upper() == dark.upper()
    assert bar_shares(panel.columns["mining"])["CHN"] == pytest.approx(71.05, abs=0.01)
    window.state.update(theme="light")


def test_concentration_table_marks_lower_bounds(panel_for):
    _window, panel = panel_for(2024, stage="magnet")
    model = panel.conc_model
    rows = {model.row_as_text(r)[0]: model.row_as_text(r) for r in range(model.rowCount())}
    assert set(rows) == {"2005", "2010", "2024"}
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = dict(zip(header, rows["2024"], strict=True))
    assert (row["top"], row["top1 %"], row["HHI"], row["HHI is"]) == (
        "CHN", "94", "8,836", "lower bound")


def test_2000_bar_says_it_omits_the_united_states_and_kyrgyz_doubt_shows(panel_for):
    _window, panel = panel_for(2000)
    mining = panel.columns["mining"]
    assert "incomplete: omits United States" in mining.summary.text()
    assert "KGZ" in bar_shares(mining) and "USA" not in bar_shares(mining)
    assert "Doubt: whether this is Kyrgyz mine output" in mining.describe("KGZ")
    assert "Incomplete: this edition omits United States (5,000 t in DS140 2000)" in \
        mining.describe("CHN")
    table = panel.concentration_table(panel.concentration).set_index("year")
    assert table.loc[2000, "HHI is"] == "incomplete"
    assert table.loc[2006, "HHI is"] == "complete"
    detail = panel.detail_frame("mining")
    kyrgyz = detail[(detail["year"] == 2000) & (detail["country_iso3"] == "KGZ")]
    assert kyrgyz["note"].iloc[0].startswith("Doubt:")
