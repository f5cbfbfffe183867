"""The Prices & events panel, driven like a user would (qtbot, offscreen).

One panel around a ViewState (no main window) unless a test needs the window; the figures,
notes, tooltips and export rows behind the charts are checked without Qt in
tests/test_model_prices.py, the event texts in the same file."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from ree_desktop.ui.state import ViewState, ViewStateData


@pytest.fixture
def make_panel(qtbot, store):
    """A Prices & events panel alone, around its own ViewState, shown offscreen."""
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.prices import PricesPanel

    def factory(data: ViewStateData | None = None, size=(1100, 760)) -> PricesPanel:
        create_application()
        widget = PricesPanel(store, ViewState(data or ViewStateData(
            panel="prices", elements=("Nd", "Dy", "Tb"), year_range=(2010, 2025))))
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return factory


@pytest.fixture
def panel(make_panel):
    return make_panel()


def curves(plot: pg.PlotWidget) -> list[pg.PlotDataItem]:
    return [i for i in plot.getPlotItem().listDataItems() if i.opts.get("symbol") is not None]


def series_values(plot: pg.PlotWidget) -> dict[float, list[float]]:
    """x -> every plotted y (finite) across the price curves."""
    values: dict[float, list[float]] = {}
    for curve in curves(plot):
        x, y = curve.getOriginalDataset()
        for xi, yi in zip(x, y, strict=True):
            if np.isfinite(yi):
                values.setdefault(float(xi), []).append(float(yi))
    return values


def test_prices_for_the_chosen_elements_are_plotted(panel):
    assert len(curves(panel.price_plot)) == 3
    nd = next(c for c in curves(panel.price_plot)
              if c.getOriginalDataset()[1][0] == 63.0)  # Nd oxide starts at 63 USD/kg in 2014
    x, y = nd.getOriginalDataset()
    assert x[0] == 2014 and list(y[-2:]) == [56.0, 73.0]
    assert "Neodymium oxide (99.5% min)" in panel.legends["kg"].texts()
    assert "Nd year-end range" in panel.legends["kg"].texts()
    assert any(isinstance(i, pg.FillBetweenItem) for i in panel.price_plot.getPlotItem().items)
    checked = [panel.element_list.item(i).text() for i in range(panel.element_list.count())
               if panel.element_list.item(i).checkState() == Qt.CheckState.Checked]
    assert checked == ["Dy", "Nd", "Tb"]


def test_tooltip_gives_value_unit_basis_edition_and_source(panel):
    text = panel.hover["kg"].show_at(2014.1, 100)
    assert "Neodymium oxide (99.5% min): 63 USD/kg" in text
    assert "annual average; MCS2019; U.S. Geological Survey (USGS)" in text
    assert "year-end range 56–60 USD/kg" in text
    estimate = panel.hover["kg"].show_at(2025, 100)
    assert "73 USD/kg (estimate)" in estimate
    assert panel.hover["kg"].show_at(2005, 100) == ""


def test_checking_an_element_adds_its_series(panel, qtbot):
    item = next(panel.element_list.item(i) for i in range(panel.element_list.count())
                if panel.element_list.item(i).text() == "NdPr")
    item.setCheckState(Qt.CheckState.Checked)
    assert "Nd+Pr" in panel.state.elements
    assert "NdPr oxide (99% min)" in panel.legends["kg"].texts()
    assert 92.0 in series_values(panel.price_plot)[2021.0]


def test_unit_value_goes_on_its_own_chart(panel):
    panel.state.update(elements=("Nd", "all"), year_range=(1990, 2025))
    assert panel.unit_box.isVisible()
    assert len(curves(panel.unit_plot)) == 2
    assert all(c.getOriginalDataset()[1][np.isfinite(c.getOriginalDataset()[1])].max() > 1000
               for c in curves(panel.unit_plot))
    assert all(np.nanmax(c.getOriginalDataset()[1]) < 1000 for c in curves(panel.price_plot))
    panel.state.update(elements=("Nd",))
    assert not panel.unit_box.isVisible()


def test_event_list_filters_by_category_country_element(panel):
    panel.category_filter.setCurrentIndex(panel.category_filter.findData("trade_dispute"))
    titles = [panel.event_list.item(i).text() for i in range(panel.event_list.count())]
    assert titles and all("WTO" in t or "US" in t or "White House" in t for t in titles)
    panel.category_filter.setCurrentIndex(0)
    panel.element_filter.setCurrentIndex(panel.element_filter.findData("Tb"))
    assert panel.event_list.count() == 4
    panel.country_filter.setCurrentIndex(panel.country_filter.findData("JPN"))
    assert panel.event_list.count() == 0
    assert panel.event_count.text() == "0 of 54 events"


def test_log_axis(panel, qtbot):
    item = panel.price_plot.getPlotItem()
    assert panel.axis_combo.currentText() == "Log" and item.getAxis("left").logMode
    panel.axis_combo.setCurrentIndex(panel.axis_combo.findData("linear"))
    assert not item.getAxis("left").logMode
    assert item.getAxis("left").labelText == "USD/kg"
    assert item.vb.viewRange()[1][0] == 0
    panel.axis_combo.setCurrentIndex(panel.axis_combo.findData("log"))
    assert item.getAxis("left").logMode
    assert item.getAxis("left").labelText == "USD/kg (log)"
    assert panel.state.options["prices.axis"] == "log"
    (_, _), (y0, y1) = item.vb.viewRange()
    assert y0 < np.log10(37) and y1 > np.log10(2800)  # Nd 2015 range low .. Tb 2011 range


def test_rebased_to_100(panel, qtbot):
    panel.axis_combo.setCurrentIndex(panel.axis_combo.findData("rebased"))
    panel.base_spin.setValue(2015)
    values = series_values(panel.price_plot)
    assert sorted(values[2015.0]) == [100.0, 100.0, 100.0]
    assert 131.25 in values[2014.0]  # Nd: 63 / 48
    assert "index, 2015 = 100" in panel.price_plot.getPlotItem().getAxis("left").labelText
    assert not any(isinstance(i, pg.FillBetweenItem)
                   for i in panel.price_plot.getPlotItem().items)
    panel.base_spin.setValue(2011)
    assert "no price in 2011" in panel.note_label.text()


def test_quota_chart_shows_full_year_quotas_batches_and_output(panel):
    """The figures are checked in test_model_prices.py; here: they are what is drawn."""
    items = panel.quota_plot.getPlotItem().items
    heights = {round(float(x), 1): float(h) for bar in items if isinstance(bar, pg.BarGraphItem)
               for x, h in zip(bar.opts["x"], bar.opts["height"], strict=True)}
    assert heights[2019 - 0.2] == 132000.0 and heights[2019 + 0.2] == 127000.0
    batches = {float(v) for i in items if isinstance(i, pg.ScatterPlotItem)
               and i.opts["symbol"] == "t1" for v in i.data["y"]}
    assert {60000.0, 135000.0, 8000.0} <= batches
    assert "Mining quota: 255,000 t REO" in panel.hover["quota"].show_at(2023, 0)


def test_a_year_without_a_published_quota_total_reads_not_published(panel):
    """2014-2017 have no full-year mining quota in the sources: the empty slot says so (it
    is not a year without quota), in the chart, its legend and its hover text."""
    view = panel.quota_view()
    assert view.not_published[2015] == ["Mining quota"]
    assert 2013 not in view.not_published and 2019 not in view.not_published
    assert not any("Export quota" in s for s in view.not_published.values())
    marks = {year for year, label in panel.quota.gap_labels.items() if label.isVisible()}
    assert {2014, 2015, 2016, 2017} <= marks and 2019 not in marks
    assert all(panel.quota.gap_labels[y].toPlainText() == "not published" for y in marks)
    legend = [text for entry in panel.quota.legend.entries for _c, _g, text in entry]
    assert any(t.startswith("not published (no full-year total") for t in legend), legend
    assert "Mining quota: full-year total not published" in panel.hover["quota"].show_at(
        2015, 0)


def test_export_frame_is_the_models_for_what_is_shown(panel):
    frame = panel.export_frame()
    assert {"price", "price range", "event", "quota", "mine production"} <= set(frame["kind"])
    assert set(frame.loc[frame["kind"] == "price", "element"]) == {"Nd", "Dy", "Tb"}
    panel.state.update(elements=("Nd+Pr",))
    assert set(panel.export_frame().query("kind == 'price'")["element"]) == {"Nd+Pr"}


def test_cli_export_and_screenshot(tmp_path):
    from ree_desktop.cli import main

    out = tmp_path / "prices.csv"
    assert main(["--panel", "prices", "--elements", "NdPr,Dy,Tb", "--years", "2010:2025",
                 "--export-data", str(out)]) == 0
    frame = pd.read_csv(out)
    assert set(frame.loc[frame["kind"] == "price", "element"]) == {"Nd+Pr", "Dy", "Tb"}
    shot = tmp_path / "prices.png"
    assert main(["--panel", "prices", "--size", "1280x800", "--screenshot", str(shot)]) == 0
    assert shot.stat().st_size > 10_000


# -- routing: a change reaches only the parts that watch it -----------------------------------
@pytest.fixture
def draws(panel, monkeypatch):
    """part → how often it was drawn (counted from now)."""
    counts: dict = {}
    for part in panel.parts:
        original = part.draw

        def counted(part=part, original=original):
            counts[part] = counts.get(part, 0) + 1
            original()

        monkeypatch.setattr(part, "draw", counted)
    return counts


def test_another_panels_option_neither_redraws_nor_stales_this_one(panel, draws):
    panel.state.update(options={**panel.state.options, "demand_drivers": {"ev": 1},
                                "demand.axis": "log"})
    assert draws == {}
    panel.hide()
    panel.state.update(options={**panel.state.options, "demand.view": "stacked"})
    assert not panel._stale
    panel.state.update(options={**panel.state.options, "prices.axis": "linear"})
    assert panel._stale  # its own option: drawn when shown again
    panel.show()
    assert not panel.price_plot.getPlotItem().getAxis("left").logMode


def test_an_axis_change_redraws_the_price_charts_only(panel, draws):
    panel.axis_combo.setCurrentIndex(panel.axis_combo.findData("linear"))
    assert draws.get(panel.price) == 1 and draws.get(panel.unit) == 1
    assert panel.quota not in draws and panel.events_part not in draws
    assert panel.state.options["prices.axis"] == "linear"


def test_years_inside_the_same_events_leave_the_event_list_alone(panel, draws):
    assert panel.event_list.item(0).toolTip().startswith("Outside the chosen years")
    panel.state.update(year_range=(1990, 2025))
    assert not panel.event_list.item(0).toolTip().startswith("Outside")
    assert draws.get(panel.events_part) == 1  # events of 1990–2009 came onto the charts
    draws.clear()
    panel.state.update(year_range=(1985, 2025))  # no event moves in or out of the charts
    assert panel.events_part not in draws and draws.get(panel.quota) == 1


def test_redraws_reuse_the_plot_items(panel):
    before = set(map(id, panel.price_plot.getPlotItem().listDataItems()))
    quota_before = set(map(id, panel.quota_plot.getPlotItem().items))
    panel.state.update(year_range=(2012, 2024))
    panel.state.update(year_range=(2010, 2025))
    assert set(map(id, panel.price_plot.getPlotItem().listDataItems())) == before
    assert set(map(id, panel.quota_plot.getPlotItem().items)) == quota_before


def test_hostile_saved_options_open_as_defaults(make_panel):
    panel = make_panel(ViewStateData(panel="prices", elements=("Nd",), options={
        "prices.axis": "<b>", "prices.base_year": "nope", "prices.categories": "quota",
        "prices.ranges": None}))
    assert panel.axis_combo.currentData() == "log" and panel.base_spin.value() == 2015
    assert all(check.isChecked() for check in panel.category_checks.values())
    assert not panel.ranges_check.isChecked()
    assert panel.message_bar.text() == ""


def test_a_bookmark_saved_before_the_split_opens_as_saved(make_panel):
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "prices" / "bookmark-v1.json").read_text(
        encoding="utf-8")
    panel = make_panel(ViewStateData.from_json(text))
    assert panel.axis_combo.currentData() == "rebased" and panel.base_spin.value() == 2016
    assert panel.base_spin.isEnabled() and not panel.ranges_check.isChecked()
    assert not panel.category_checks["export_control"].isChecked()
    assert panel.category_checks["quota"].isChecked()
    assert "rebased to 100 in 2016" in panel.price_plot.getPlotItem().titleLabel.text
    strip = panel.strip
    hidden = set(strip.events.index[strip.events["category"] == "export_control"])
    assert hidden and strip.in_view_ids() and not hidden & set(strip.in_view_ids())


def test_related_export_controls_have_their_own_colour_and_label(panel):
    from ree_desktop.ui.event_text import CATEGORY_COLORS

    check = panel.category_checks["related_export_controls"]
    assert check.text() == "Related export controls"
    colour = check.icon().pixmap(12, 12).toImage().pixelColor(6, 6).name()
    assert colour == CATEGORY_COLORS["related_export_controls"].lower()
    assert colour != panel.category_checks["corporate"].icon().pixmap(12, 12).toImage() \
        .pixelColor(6, 6).name()
