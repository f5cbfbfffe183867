"""The event overlay (ui/event_overlay.py) on any year chart, and on the Countries and
Demand charts that offer it: labels never over a legend, clicks and menus, the switch."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt

from ree_desktop.ui.state import ViewStateData


def test_overlay_works_on_any_year_chart(qtbot, store):
    from ree_desktop.data.prices_events import events
    from ree_desktop.ui.charts import add_legend, make_plot
    from ree_desktop.ui.event_overlay import EventOverlay

    plot = make_plot("Any chart", "t")
    qtbot.addWidget(plot)
    plot.resize(700, 400)
    plot.show()
    qtbot.waitExposed(plot)
    add_legend(plot)
    plot.plot([2009, 2016], [0, 10], name="A series with a long legend name")
    overlay = EventOverlay(plot, events(store))
    plot.setXRange(2009, 2016, padding=0)
    plot.grab()
    shown = {i for i in overlay.shown_ids() if 2009 <= overlay.lines[i].value() <= 2016}
    assert set(overlay.labelled_ids()) | set(overlay.clustered_ids()) == shown
    legend = plot.getPlotItem().legend.sceneBoundingRect()
    boxes = [overlay.labels[i].sceneBoundingRect() for i in overlay.labelled_ids()]
    boxes += [badge.sceneBoundingRect() for badge, _ in overlay.badges]
    assert boxes and not any(box.intersects(legend) for box in boxes)
    overlay.set_categories(["quota"])
    assert {overlay.events.loc[i, "category"] for i in overlay.shown_ids()} == {"quota"}
    overlay.set_categories(overlay.events["category"].unique())
    cluster = overlay.badges[0][1] if overlay.badges else overlay.shown_ids()[:2]
    menu = overlay.cluster_menu(cluster)
    assert [a.text() for a in menu.actions()] == [
        f"{overlay.events.loc[i, 'date']}  {overlay.events.loc[i, 'title']}" for i in cluster]
    with qtbot.waitSignal(overlay.clicked) as blocker:
        menu.actions()[0].trigger()
    assert blocker.args == [cluster[0]]
    overlay.set_visible(False)
    assert overlay.shown_ids() == [] and overlay.labelled_ids() == []
    assert overlay.badges == []


def test_countries_line_chart_shows_events_on_request(make_window, qtbot):
    window = make_window(ViewStateData(panel="countries", year_range=(2000, 2025)))
    panel = window.panel("countries")
    if not hasattr(panel, "events_toggle"):
        pytest.skip("the Countries panel has no event overlay")
    overlay = panel.events_overlay
    assert overlay.plot is panel.line_plot and overlay.shown_ids() == []
    box = QPoint(8, panel.events_toggle.height() // 2)  # on the box: the widget is wide
    qtbot.mouseClick(panel.events_toggle, Qt.MouseButton.LeftButton, pos=box)
    window.grab()
    assert panel.events_toggle.isChecked()
    assert len(overlay.shown_ids()) == len(overlay.events)
    assert overlay.labelled_ids()
    legend = panel.line_plot.getPlotItem().legend
    boxes = [overlay.labels[i].sceneBoundingRect() for i in overlay.labelled_ids()]
    boxes += [badge.sceneBoundingRect() for badge, _ in overlay.badges]
    if legend is not None:  # labels keep clear of a legend drawn inside the chart
        assert not any(box.intersects(legend.sceneBoundingRect()) for box in boxes)
    qtbot.mouseClick(panel.events_toggle, Qt.MouseButton.LeftButton, pos=box)
    assert overlay.shown_ids() == []


def test_demand_history_chart_shows_events_on_request(make_window, qtbot):
    window = make_window(ViewStateData(panel="demand", year_range=(1990, 2025)))
    panel = window.panel("demand")
    if not hasattr(panel, "events_toggle"):
        pytest.skip("the Demand panel has no event overlay")
    overlay = panel.events_overlay
    assert overlay.plot is panel.history_plot and overlay.shown_ids() == []
    qtbot.mouseClick(panel.events_toggle, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, panel.events_toggle.height() // 2))
    window.grab()
    assert len(overlay.shown_ids()) == len(overlay.events)
    (x0, x1), _ = overlay.vb.viewRange()
    in_view = {i for i in overlay.shown_ids() if x0 <= overlay.lines[i].value() <= x1}
    assert set(overlay.labelled_ids()) | set(overlay.clustered_ids()) == in_view
    pinned = [i.sceneBoundingRect() for i in overlay.vb.childItems()
              if isinstance(i, (pg.LegendItem, pg.LabelItem)) and i.isVisible()]
    boxes = [overlay.labels[i].sceneBoundingRect() for i in overlay.labelled_ids()]
    boxes += [badge.sceneBoundingRect() for badge, _ in overlay.badges]
    assert not any(box.intersects(p) for box in boxes for p in pinned)
