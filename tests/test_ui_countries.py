"""The Countries panel, driven through its widgets: what is plotted, listed and exported.

One panel around a ViewState (no main window) unless a test needs the window; the figures
behind the views are checked without Qt in tests/test_model_countries.py."""

from __future__ import annotations

import math
import sqlite3

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ree_desktop.ui.state import ViewState, ViewStateData

FOUR = ("CHN", "USA", "AUS", "MMR")


def state_data(view="line", metric="production", countries=FOUR, years=(2015, 2024),
               year=2024, **options) -> ViewStateData:
    return ViewStateData(panel="countries", view=view, metric=metric,
                         countries=tuple(countries), year_range=years, year=year,
                         options={f"countries.{k}": v for k, v in options.items()})


@pytest.fixture
def panel_for(qtbot, store):
    """A Countries panel alone, around its own ViewState, shown offscreen at the size of
    its place in a 1280x800 window."""
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.countries import CountriesPanel

    def factory(size=(1080, 720), **kwargs) -> CountriesPanel:
        create_application()
        panel = CountriesPanel(store, ViewState(state_data(**kwargs)))
        qtbot.addWidget(panel)
        panel.resize(*size)
        panel.show()
        qtbot.waitExposed(panel)
        QApplication.processEvents()  # let the views settle their ranges before clicks
        return panel
    return factory


@pytest.fixture
def window_for(make_window):
    """The whole window, for what crosses panels (the filter bar, the app's copy filter)."""
    def factory(size=(1280, 800), **kwargs):
        window = make_window(state_data(**kwargs), size=size)
        QApplication.processEvents()
        return window, window.panel("countries")
    return factory


def series(panel, code):
    item = panel.series_items[code]
    x, y = item.getData() if item.opts.get("logMode") is None else (item.xData, item.yData)
    return dict(zip(item.xData.astype(int), item.yData, strict=True))


def click_box(qtbot, box):
    """Click a check box on its indicator (the widget is wider than its label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def move_mouse(widget, pos):
    """A real mouse-move event (QTest's mouseMove only moves the cursor offscreen).

    pyqtgraph drops moves closer together than its ``mouseRateLimit`` allows, so each move
    waits that long first (a click just before counts too).
    """
    import pyqtgraph as pg
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest

    gap_ms = int(1000 / max(pg.getConfigOption("mouseRateLimit"), 1)) + 5
    for dx in (0, 1):  # pyqtgraph hovers on movement, so move twice
        QTest.qWait(gap_ms)
        point = QPointF(pos.x() + dx, pos.y())
        event = QMouseEvent(QEvent.Type.MouseMove, point, widget.mapToGlobal(point),
                            Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)
        QApplication.processEvents()


def show_view(qtbot, panel, view: str) -> None:
    """Pick a view the way a user does: click its tab."""
    tab_bar = panel.tabs.tabBar()
    index = ("line", "bars", "map", "table").index(view)
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(index).center())


def item_for(panel, iso3):
    widget = panel.picker.list
    for row in range(widget.count()):
        if widget.item(row).data(Qt.ItemDataRole.UserRole) == iso3:
            return widget.item(row)
    raise KeyError(iso3)


def test_line_shows_preferred_values_with_gaps(panel_for):
    panel = panel_for()
    assert list(panel.series_items) == list(FOUR)
    usa = series(panel, "USA")
    assert usa[2022] == 42_500
    australia = series(panel, "AUS")
    assert australia[2016] == 14_000 and math.isnan(australia[2017])  # a gap, not a zero
    assert australia[2024] == 29_000  # MCS 2026, not MCS 2025's 13,000
    assert panel.line_plot.getPlotItem().titleLabel.text.startswith("Mine production")
    assert "USGS" in panel.caption.text()


def test_false_zeros_are_named_not_drawn_and_the_yearbook_figures_are(panel_for):
    panel = panel_for(countries=("IND", "BRA", "RUS"), years=(1998, 2016))
    assert series(panel, "IND")[2014] == 1_700  # USGS yearbook (THS2020), not VC's 0
    assert series(panel, "BRA")[2004] == 402
    assert 2004 not in series(panel, "RUS") or math.isnan(series(panel, "RUS")[2004])
    assert math.isnan(series(panel, "BRA")[2014])  # a gap, not a drop to zero
    assert ("0 or not reported (the source does not tell which; not drawn): Brazil 2014, "
            "Russia 2004.") in panel.note.text()


def test_estimates_hollow_and_dashed(panel_for):
    panel = panel_for()
    china = panel.series_items["CHN"]
    brushes = china.opts["symbolBrush"]
    years = list(china.xData.astype(int))
    background = panel.line_plot.backgroundBrush().color().name()
    assert brushes[years.index(2024)].color().name() == background  # 2024 is an estimate
    assert brushes[years.index(2019)].color().name() != background
    assert "CHN" in panel.dashed_items
    assert "Estimates" in panel.note.text()


def test_picking_countries_updates_state_and_filter_bar(window_for, qtbot):
    window, panel = window_for()
    brazil = item_for(panel, "BRA")
    brazil.setCheckState(Qt.CheckState.Checked)
    assert window.state.countries[-1] == "BRA"
    assert "BRA" in window.country_picker.selected()
    assert "BRA" in panel.series_items
    panel.picker.clear_button.click()
    assert window.state.countries == ()
    assert panel.series_items == {}
    assert "No country selected" in panel.note.text()


def test_search_filters_the_list(panel_for):
    panel = panel_for()
    panel.picker.search.setText("Burma")
    visible = [panel.picker.list.item(r).data(Qt.ItemDataRole.UserRole)
               for r in range(panel.picker.list.count())
               if not panel.picker.list.item(r).isHidden()]
    assert visible == ["MMR"]
    item_for(panel, "MMR").setCheckState(Qt.CheckState.Unchecked)
    hidden = [panel.picker.list.item(r).isHidden() for r in range(panel.picker.list.count())]
    assert hidden.count(False) == 1  # the search still filters after the list is re-sorted


def test_group_buttons(panel_for, qtbot):
    panel = panel_for(year=2024)
    qtbot.mouseClick(panel.group_buttons["Top 5"], Qt.MouseButton.LeftButton)
    assert panel.state.countries == ("CHN", "USA", "AUS", "MMR", "IND")
    qtbot.mouseClick(panel.group_buttons["EU27"], Qt.MouseButton.LeftButton)
    assert len(panel.state.countries) == 27 and "DEU" in panel.state.countries
    assert "No data in 2015–2024 for" in panel.note.text()


def test_switching_metric_to_share(panel_for):
    panel = panel_for()
    combo = panel.metric_combo
    combo.setCurrentIndex(combo.findData("share"))
    assert panel.state.metric == "share"
    china = series(panel, "CHN")
    assert china[2022] == pytest.approx(210_000 / 297_000 * 100)  # MYB 2022 both
    assert panel.line_plot.getPlotItem().getAxis("left").labelText.startswith("% of world")


def test_share_toggle_and_log_axis(panel_for, qtbot):
    panel = panel_for()
    click_box(qtbot, panel.toggles["share"])
    assert panel.state.options["countries.share"] is True
    assert series(panel, "USA")[2024] == pytest.approx(100 * 45_500 / 380_000)
    click_box(qtbot, panel.toggles["log"])
    assert panel.line_plot.getPlotItem().ctrl.logYCheck.isChecked()
    assert panel.series_items["USA"].opts["logMode"][1] is True
    combo = panel.metric_combo
    combo.setCurrentIndex(combo.findData("growth"))
    assert not panel.toggles["share"].isEnabled()
    assert not panel.toggles["log"].isEnabled()  # growth is often negative
    assert panel.series_items["USA"].opts["logMode"][1] is False


def test_other_metrics(panel_for):
    panel = panel_for(countries=("CHN", "USA"), years=(2020, 2025))
    panel.state.update(metric="rp_ratio")
    assert series(panel, "CHN")[2025] == pytest.approx(44_000_000 / 270_000)
    assert "same edition" in panel.note.text()
    panel.state.update(metric="growth")
    assert series(panel, "USA")[2022] == pytest.approx(100 * (42_500 / 42_400 - 1))
    panel.state.update(metric="cagr")
    legend = [label.text for _, label in panel.legend.items]
    assert any(text.startswith("United States (+") for text in legend)
    assert panel.bar_values()[0][0] in ("USA", "CHN")
    panel.state.update(countries=("CHN", "NGA"), view="map")  # Nigeria: data from 2023 only
    assert "No CAGR (needs values in both 2020 and 2025) for: Nigeria." in panel.note.text()
    assert "No data in" not in panel.note.text()
    panel.state.update(countries=("CHN", "USA"), view="line")
    panel.state.update(metric="reserves", year_range=(2020, 2026))
    assert series(panel, "CHN")[2025] == 44_000_000
    assert panel.year_spin.maximum() >= 2026  # MCS 2026 reserves sit at 2026
    panel.year_spin.setValue(2026)
    assert panel.bar_values() == [("CHN", 44_000_000), ("USA", 1_900_000)]


def test_revisions_drawn_as_marks_and_listed(panel_for, qtbot):
    panel = panel_for(countries=("AUS",), years=(2020, 2025))
    assert panel.revision_item is None
    click_box(qtbot, panel.toggles["revisions"])
    spots = {(int(s.pos().x()), s.pos().y()) for s in panel.revision_item.points()}
    assert (2024, 13_000) in spots
    text = panel.line_tooltip.show_at(2024, 14_000)
    assert "13,000 t REO" in text and "MCS2025" in text and "MCS2026" in text
    show_view(qtbot, panel, "table")
    model = panel.table_model
    editions = [model.index(r, model.frame.columns.get_loc("edition")).data()
                for r in range(model.rowCount())
                if model.index(r, model.frame.columns.get_loc("year")).data() == "2024"]
    assert sorted(editions) == ["MCS2025", "MCS2026"]


def test_hover_tooltip_names_value_flag_edition_source(panel_for, qtbot):
    panel = panel_for()
    text = panel.line_tooltip.show_at(2022, 41_000)
    assert text.startswith("United States (USA), 2022")
    assert "42,500 t REO" in text and "MYB2022" in text and "Source: USGS" in text
    china = panel.line_tooltip.show_at(2024, 260_000)
    assert "270,000 t REO (estimate)" in china
    vb = panel.line_plot.getPlotItem().vb
    pos = panel.line_plot.mapFromScene(vb.mapViewToScene(pg_point(2021, 23_000)))
    panel.line_tooltip.last_text = ""
    move_mouse(panel.line_plot.viewport(), pos)
    qtbot.waitUntil(lambda: panel.line_tooltip.last_text != "")
    assert panel.line_tooltip.last_text.startswith("Australia (AUS), 2021")


def test_clicking_the_line_chart_picks_the_year(window_for, qtbot):
    window, panel = window_for(year=2024)
    vb = panel.line_plot.getPlotItem().vb
    scene = vb.mapViewToScene(pg_point(2019, 100_000))
    pos = panel.line_plot.mapFromScene(scene)
    qtbot.mouseClick(panel.line_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.state.year == 2019
    assert window.year_spin.value() == 2019
    assert panel.year_line.value() == 2019


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_bars_ranked_for_the_year_and_click_shows_detail(panel_for, qtbot):
    panel = panel_for(view="bars", year=2022)
    assert panel.tabs.currentIndex() == 1
    assert [c for c, _ in panel.bar_values()][:2] == ["CHN", "USA"]
    widths = list(panel.bar_item.opts["width"])
    assert widths[:2] == [210_000, 42_500] and widths == sorted(widths, reverse=True)
    panel.year_spin.setValue(2023)
    assert panel.state.year == 2023
    QApplication.processEvents()
    assert panel.bar_plot.getPlotItem().titleLabel.text.startswith("Mine production, 2023")
    vb = panel.bar_plot.getPlotItem().vb
    pos = panel.bar_plot.mapFromScene(vb.mapViewToScene(pg_point(10_000, 1)))
    qtbot.mouseClick(panel.bar_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    second = panel.bar_values()[1][0]
    assert panel.detail.text().startswith(panel.names[second])


def test_map_colours_tooltip_and_click_toggles(panel_for, qtbot):
    panel = panel_for(view="map", year=2024)
    world = panel.map
    assert world.brush_color("CHN") != "no data"
    assert world.brush_color("FRA") == "no data"
    assert world.brush_color("CHN") != world.brush_color("USA")
    assert "270,000 t REO" in panel.describe_country("CHN")
    assert panel.describe_country("FRA") == "France (FRA): no data"
    assert panel.map_legend.labels()[-1] == "100k–300k"
    pos = world.mapFromScene(world.country_scene_pos("BRA"))
    qtbot.mouseClick(world.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert panel.state.countries[-1] == "BRA"
    qtbot.mouseClick(world.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert "BRA" not in panel.state.countries
    world.hover("AUS")
    assert world.last_tooltip.startswith("Australia (AUS), 2024")
    india = world.mapFromScene(world.country_scene_pos("IND"))
    move_mouse(world.viewport(), india)
    qtbot.waitUntil(lambda: world.last_tooltip.startswith("India (IND), 2024"))
    assert "2,900 t REO (estimate)" in world.last_tooltip


def test_table_sortable_and_copyable(window_for, qtbot):
    window, panel = window_for(view="table", countries=("USA",), years=(2021, 2023))
    model = panel.table_model
    columns = list(model.frame.columns)
    assert {"country_iso3", "country", "year", "value", "unit", "flag", "source"} <= set(
        columns)
    cells = [model.index(r, columns.index("value")).data() for r in range(model.rowCount())]
    assert cells == ["42,400", "42,500", "41,600"]
    panel.table.sortByColumn(columns.index("value"), Qt.SortOrder.DescendingOrder)
    assert model.index(0, columns.index("year")).data() == "2022"
    panel.table.selectRow(0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:3] == ["country", "country_iso3", "year"]
    assert copied[1].split("\t")[:3] == ["United States", "USA", "2022"]


def test_switching_views_with_tabs(panel_for, qtbot):
    panel = panel_for()
    # Only the visible view is drawn on a filter change; a tab draws itself when picked.
    panel.state.update(countries=("CHN", "USA", "AUS"))
    assert panel.table_model.rowCount() == 0 and panel.map.values == {}
    show_view(qtbot, panel, "map")
    assert panel.state.view == "map"
    assert panel.map.values["CHN"] == 270_000 and len(panel.map.values) > 10
    show_view(qtbot, panel, "table")
    assert panel.state.view == "table"
    listed = {panel.table_model.index(r, 1).data()
              for r in range(panel.table_model.rowCount())}
    assert listed == {"CHN", "USA", "AUS"} and panel.table_model.rowCount() >= 27
    show_view(qtbot, panel, "line")
    assert list(panel.series_items) == ["CHN", "USA", "AUS"]


def test_export_frame_long_format(panel_for):
    panel = panel_for()
    frame = panel.export_frame()
    assert {"country_iso3", "country", "year", "metric", "value", "unit", "flag",
            "source", "edition"} <= set(frame.columns)
    usa = frame[(frame["country_iso3"] == "USA") & (frame["year"] == 2022)]
    assert usa["value"].tolist() == [42_500] and usa["unit"].tolist() == ["t REO"]
    panel.state.update(view="bars")
    assert list(panel.export_frame()["rank"]) == [1, 2, 3, 4]


def test_legend_entry_toggles_series(panel_for, qtbot):
    panel = panel_for()
    sample, _ = panel.legend.items[0]
    event = type("Click", (), {"button": lambda self: Qt.MouseButton.LeftButton,
                               "accept": lambda self: None})()
    sample.mouseClickEvent(event)
    assert not panel.series_items["CHN"].isVisible()
    assert not panel.dashed_items["CHN"].isVisible()


def test_twelve_countries_at_full_hd(panel_for):
    twelve = ("CHN", "USA", "AUS", "MMR", "IND", "RUS", "THA", "VNM", "BRA", "MDG", "NGA",
              "MYS")
    panel = panel_for(countries=twelve, size=(1920, 1080), years=(2018, 2025))
    assert len(panel.series_items) == 12
    colors = {(item.opts["pen"].color().name(), item.opts["symbol"])
              for item in panel.series_items.values()}
    assert len(colors) == 12  # every series distinguishable by colour or marker
    assert np.isfinite(series(panel, "NGA")[2024])


def test_user_dataset_listed_as_metric(panel_for, store):
    conn = sqlite3.connect(store.user_path)
    with conn:
        conn.execute("INSERT INTO datasets (id, title, unit, kind) VALUES "
                     "('magnets_kt', 'Magnet output', 'kt', 'user')")
        conn.executemany(
            "INSERT INTO observations (dataset, country_iso3, year, metric, value, unit, "
            "preferred) VALUES ('magnets_kt', ?, ?, 'magnet_output', ?, 'kt', 1)",
            [("CHN", 2023, 250.0), ("CHN", 2024, 280.0), ("JPN", 2024, 9.5)])
        conn.execute("INSERT INTO observations (dataset, country_iso3, year, metric, element, "
                     "value, unit, preferred) VALUES ('magnets_kt', 'CHN', 2024, "
                     "'magnet_output', 'NdFeB', 270.0, 'kt', 1)")
    conn.close()
    panel = panel_for(countries=("CHN", "JPN"), years=(2020, 2025))
    combo = panel.metric_combo
    index = combo.findData("user:magnets_kt:magnet_output")
    assert index >= 0 and "your data" in combo.itemText(index)
    combo.setCurrentIndex(index)
    assert series(panel, "CHN")[2024] == 280.0
    assert panel.line_plot.getPlotItem().getAxis("left").labelText == "kt"
    ndfeb = combo.findData("user:magnets_kt:magnet_output::NdFeB::")
    assert ndfeb >= 0 and "NdFeB" in combo.itemText(ndfeb)
    combo.setCurrentIndex(ndfeb)
    assert series(panel, "CHN") == {2024: 270.0}  # its own series, never mixed with the other


def test_cli_export_and_screenshot(tmp_path, store):
    from ree_desktop.cli import main

    out = tmp_path / "countries.csv"
    assert main(["--panel", "countries", "--countries", "CHN,USA,AUS,MMR", "--years",
                 "2015:2024", "--metric", "production", "--view", "line",
                 "--export-data", str(out), "--user-db", str(store.user_path)]) == 0
    import pandas as pd

    frame = pd.read_csv(out)
    usa = frame[(frame["country_iso3"] == "USA") & (frame["year"] == 2022)]
    assert usa["value"].tolist() == [42_500.0]
    png = tmp_path / "map.png"
    assert main(["--panel", "countries", "--view", "map", "--screenshot", str(png),
                 "--user-db", str(store.user_path)]) == 0
    assert png.stat().st_size > 10_000


def test_click_pos_helper_is_inside_widget(panel_for):
    panel = panel_for(view="map")
    pos = panel.map.mapFromScene(panel.map.country_scene_pos("CHN"))
    assert panel.map.rect().contains(QPoint(pos.x(), pos.y()))


def test_log_axis_never_joins_across_zero_and_unknown_metric_is_named(panel_for):
    panel = panel_for(countries=("USA",), log=True)
    item = panel.series_items["USA"]
    years = list(item.xData.astype(int))
    assert series(panel, "USA")[2016] == 0  # DS140: no US mine output in 2016-2017
    for connect in (item.opts["connect"], panel.dashed_items["USA"].opts["connect"]):
        assert list(connect[years.index(2015):years.index(2018)]) == [0, 0, 0]
    assert "cannot be drawn on a log axis" in panel.note.text()
    panel.state.update(metric="tonnes_of_gold")
    assert "'tonnes_of_gold' is not available" in panel.note.text()
    assert panel.metric_combo.currentData() == "production"


def test_theme_switch_recolours_the_charts(window_for):
    from ree_desktop.ui import theme

    window, panel = window_for()
    try:
        window.state.update(theme="dark")
        assert panel.line_plot.backgroundBrush().color().name() == theme.DARK.background.lower()
        assert panel.map.backgroundBrush().color().name() == theme.DARK.background.lower()
    finally:
        window.state.update(theme="light")
    assert panel.line_plot.backgroundBrush().color().name() == "#ffffff"


def test_legend_keeps_entries_and_follows_selection_order(panel_for):
    panel = panel_for()
    china_label = dict((s.item.country, label) for s, label in panel.legend.items)["CHN"]
    ten = ("CHN", "USA", "AUS", "MMR", "RUS", "VNM", "IND", "BRA", "THA", "MDG")
    panel.state.update(countries=ten)
    labels = [label.text for _, label in panel.legend.items]
    assert labels[:3] == ["China", "United States", "Australia"] and len(labels) == 10
    assert panel.legend.items[0][1] is china_label  # kept, not made anew
    assert panel.legend.rowCount == 2 and panel.legend.columnCount == 6
    panel.state.update(countries=("MMR", "CHN"))
    assert [label.text for _, label in panel.legend.items] == ["Myanmar", "China"]
    dropped = [item for item in panel.line_plot.scene().items()
               if isinstance(item, type(china_label)) and item.text == "Brazil"]
    assert dropped == []  # a removed entry leaves the scene
    assert not panel.line.spare_items["USA"][0].isVisible()  # its curve kept, hidden
    panel.state.update(countries=("USA",))
    assert series(panel, "USA")[2022] == 42_500 and panel.series_items["USA"].isVisible()


def test_first_draw_freezes_long_lived_objects(panel_for, qtbot):
    import gc

    gc.unfreeze()
    panel_for()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=2000)


def test_direct_refresh_redraws_with_new_pens(panel_for):
    from ree_desktop.ui import charts

    panel = panel_for()
    width = panel.series_items["CHN"].opts["pen"].widthF()
    charts.set_line_scale(2.0)  # what presentation mode does before refreshing panels
    try:
        panel.refresh()
        assert panel.series_items["CHN"].opts["pen"].widthF() == pytest.approx(2 * width)
    finally:
        charts.set_line_scale(1.0)


# -- routing: a change reaches only the parts that watch it ---------------------------------
def count_draws(panel, monkeypatch) -> dict[str, int]:
    counts = {part.__class__.__name__: 0 for part in panel.parts}
    for part in panel.parts:
        def counted(original=part.draw, name=part.__class__.__name__):
            counts[name] += 1
            original()
        monkeypatch.setattr(part, "draw", counted)
    return counts


def test_each_change_redraws_only_the_parts_that_show_it(panel_for, monkeypatch):
    panel = panel_for()
    counts = count_draws(panel, monkeypatch)
    curve = panel.series_items["CHN"]
    panel.state.update(year=2020)  # the line only moves its year guide
    assert counts == {"LinePart": 0, "YearGuidePart": 1, "BarsPart": 0, "MapPart": 0,
                      "TablePart": 0, "NotesPart": 1}
    assert panel.year_line.value() == 2020
    panel.state.update(options={"demand.axis": "log", "demand_drivers": {"start": "APS"}},
                       scenario="APS")  # another panel's options: nothing here
    assert sum(counts.values()) == 2 and not panel._stale
    panel.state.update(countries=("CHN", "USA"))
    assert counts["LinePart"] == 1 and counts["BarsPart"] == counts["MapPart"] == 0
    assert panel.series_items["CHN"] is curve  # kept and updated, not made anew
    panel.state.update(options={"countries.estimates": True})  # already on: same picture
    assert counts["LinePart"] == 1
    panel.toggles["log"].setChecked(True)
    assert counts["LinePart"] == 2 and panel.state.options["countries.log"] is True
    panel.tabs.setCurrentIndex(1)  # a hidden tab is drawn when shown, once
    assert panel.state.view == "bars" and counts["BarsPart"] == 1
    panel.state.update(year=2021)
    assert counts["BarsPart"] == 2 and counts["LinePart"] == 2 and counts["TablePart"] == 0


def test_a_hidden_view_catches_up_when_its_tab_is_shown(panel_for, qtbot):
    panel = panel_for(view="bars", year=2022)
    panel.state.update(countries=("USA", "CHN"), year_range=(2018, 2023))
    show_view(qtbot, panel, "line")
    assert list(panel.series_items) == ["USA", "CHN"]
    assert panel.line_plot.getPlotItem().titleLabel.text == "Mine production, 2018–2023"


def test_a_hidden_panel_is_stale_and_catches_up_when_shown(panel_for):
    panel = panel_for()
    panel.hide()
    panel.state.update(countries=("USA",), metric="share")
    assert panel._stale and list(panel.series_items) == list(FOUR)
    panel.show()
    assert list(panel.series_items) == ["USA"]
    assert panel.picker.selected() == ["USA"]
    assert panel.picker.list.item(0).data(Qt.ItemDataRole.UserRole) == "USA"  # ticked first
    assert panel.metric_combo.currentData() == "share"


def test_old_bookmark_options_open_as_saved(panel_for):
    panel = panel_for(share=True, log=True, estimates=False, revisions=True)
    assert all(box.isChecked() for box in panel.toggles.values() if box.text() != "Mark "
               "estimates")
    assert not panel.toggles["estimates"].isChecked()
    assert panel.line_plot.getPlotItem().titleLabel.text.endswith("share of world, 2015–2024")


def test_a_hostile_bookmark_opens_with_valid_options_and_says_what_it_ignored(panel_for):
    panel = panel_for(metric="user:gone:metric", share="yes", log=[1], estimates=None)
    assert not panel.toggles["share"].isChecked() and not panel.toggles["log"].isChecked()
    assert panel.toggles["estimates"].isChecked()  # the default
    assert panel.metric_combo.currentData() == "production"
    assert "'user:gone:metric' is not available" in panel.note.text()
    assert list(panel.series_items) == list(FOUR)
