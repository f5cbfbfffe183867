"""The event timeline strip under the price chart (issue 16), driven like a user would.

Markers by category for every event in view, labels that never overlap (scene
coordinates), key events labelled first, and exactly one faint full-height line through the
charts for the hovered or selected event."""

from __future__ import annotations

import itertools

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from ree_desktop.ui.state import ViewState, ViewStateData


@pytest.fixture
def make_panel(qtbot, store):
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.prices import PricesPanel

    def factory(data: ViewStateData | None = None, size=(1100, 760)):
        create_application()
        widget = PricesPanel(store, ViewState(data or ViewStateData(
            panel="prices", elements=("Nd", "Dy", "Tb"), year_range=(2010, 2025))))
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        widget.grab()  # paint once: label boxes are where the user sees them
        return widget

    return factory


@pytest.fixture
def panel(make_panel):
    return make_panel()


@pytest.fixture
def font_size():
    from ree_desktop.ui import theme

    def apply(size: int) -> None:
        theme.apply(QApplication.instance(), "light", size)

    yield apply
    theme.apply(QApplication.instance(), "light", 0)


def event_lines(plot: pg.PlotWidget, panel) -> list[pg.InfiniteLine]:
    """Visible full-height lines on a chart, other than the hover's year guide."""
    guides = {id(h.line) for h in panel.hover.values()}
    return [i for i in plot.getPlotItem().items
            if isinstance(i, pg.InfiniteLine) and i.isVisible() and id(i) not in guides]


def marker_ids(strip) -> list[int]:
    return [int(d) for d in strip.markers.data["data"]]


def in_range(strip) -> set[int]:
    (x0, x1), _ = strip.vb.viewRange()
    return {e for e in strip.shown_ids() if x0 <= strip.xs[e] <= x1}


def scene_point(panel, scene: QPointF) -> QPoint:
    point = panel.price_plot.mapFromScene(scene)
    return QPoint(int(point.x()), int(point.y()))


def test_markers_equal_the_events_in_range(make_panel):
    for years in ((1990, 2025), (2010, 2015), (2020, 2025)):
        panel = make_panel(ViewStateData(panel="prices", year_range=years))
        strip = panel.strip
        assert sorted(marker_ids(strip)) == sorted(in_range(strip)) == sorted(
            strip.in_view_ids())
        assert len(marker_ids(strip)) >= 5
        assert not event_lines(panel.price_plot, panel)  # no line without hover or selection


@pytest.mark.parametrize(("size", "font"), [((1100, 740), 0), ((1740, 1020), 0),
                                            ((1100, 740), 16)])
def test_labels_never_overlap(make_panel, font_size, size, font):
    """At 1280×800 and 1920×1080 windows, and at font size 16: label boxes (scene
    coordinates) never intersect; every event in view keeps its marker."""
    if font:
        font_size(font)
    panel = make_panel(ViewStateData(panel="prices", year_range=(1990, 2025)), size)
    strip = panel.strip
    boxes = [strip.labels[e].sceneBoundingRect() for e in strip.labelled_ids()]
    assert len(boxes) >= 4
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b), (a, b)
    inside = strip.vb.sceneBoundingRect().adjusted(-1, -1, 1, 1)
    assert all(inside.contains(box) for box in boxes)
    assert set(strip.labelled_ids()) <= set(strip.in_view_ids())
    assert sorted(marker_ids(strip)) == sorted(in_range(strip))


def test_key_events_are_labelled_first(panel):
    """The rule (strip_layout): export controls before companies and environment."""
    strip = panel.strip
    labelled = strip.labelled_ids()
    categories = {strip.events.at[e, "category"] for e in labelled}
    assert "export_control" in categories
    unlabelled = set(strip.in_view_ids()) - set(labelled)
    assert unlabelled  # some markers carry their title in the tooltip only
    event_id = next(iter(unlabelled))
    marker = strip.vb.mapViewToScene(QPointF(strip.xs[event_id], 9))
    assert strip.event_at(marker) == event_id
    assert strip.describe_scene(marker).startswith(strip.events.at[event_id, "title"])


def test_selecting_in_the_list_draws_exactly_one_line(panel, qtbot):
    qtbot.keyClicks(panel.search_edit, "Senkaku")
    item = panel.event_list.item(0)
    qtbot.mouseClick(panel.event_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.event_list.visualItemRect(item).center())
    event_id = int(item.data(Qt.ItemDataRole.UserRole))
    strip = panel.strip
    assert strip.selected_id == event_id
    for plot in (panel.price_plot, panel.quota_plot):
        lines = event_lines(plot, panel)
        assert len(lines) == 1 and lines[0].value() == pytest.approx(strip.xs[event_id])
    assert event_id in strip.labelled_ids()  # the selected event is labelled first
    assert strip.labels[event_id].textItem.font().bold()


def test_hovering_a_marker_draws_exactly_one_line(panel):
    strip = panel.strip
    first, second = strip.in_view_ids()[:2]
    panel.present_highlight("event", str(first))
    marker = strip.vb.mapViewToScene(QPointF(strip.xs[second], 9))
    assert strip.describe_scene(marker).startswith(strip.events.at[second, "title"])
    lines = event_lines(panel.price_plot, panel)
    assert len(lines) == 1 and lines[0].value() == pytest.approx(strip.xs[second])
    far = panel.price_plot.getPlotItem().vb.sceneBoundingRect().center()
    assert strip.describe_scene(far) is None  # over the chart: the selection's line again
    lines = event_lines(panel.price_plot, panel)
    assert len(lines) == 1 and lines[0].value() == pytest.approx(strip.xs[first])


def test_clicking_a_marker_selects_and_double_click_opens(panel, qtbot):
    strip = panel.strip
    event_id = int(strip.events.index[strip.events["date"] == "2014-12-31"][0])
    pos = scene_point(panel, strip.vb.mapViewToScene(QPointF(strip.xs[event_id], 9)))
    with qtbot.waitSignal(strip.selected) as blocker:
        qtbot.mouseClick(panel.price_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [event_id]
    assert panel.selected_event_id() == event_id and strip.selected_id == event_id
    assert panel.detail_dialog is None
    qtbot.mouseDClick(panel.price_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(panel.price_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    dialog = panel.detail_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_label.text() == "China scraps rare earth export quotas for 2015"


def test_year_only_events_have_a_hollow_marker_and_say_so(panel):
    strip = panel.strip
    event_id = int(strip.events.index[strip.events["date"] == "2018"][0])
    assert strip.xs[event_id] == 2018.5
    spot = next(s for s in strip.markers.points() if int(s.data()) == event_id)
    assert spot.brush().color().name() == "#ffffff"  # hollow (the background)
    assert "2018 (year only)" in strip.tooltip(event_id)
    assert "event dated by year only" in panel.legends["kg"].texts()


def test_categories_and_show_events_hide_markers(panel, qtbot):
    strip = panel.strip
    exports = set(strip.events.index[strip.events["category"] == "export_control"])
    assert exports & set(marker_ids(strip))
    qtbot.mouseClick(panel.category_checks["export_control"], Qt.MouseButton.LeftButton)
    assert not exports & set(marker_ids(strip))
    assert not exports & set(strip.labelled_ids())
    assert "Export controls" not in panel.legends["kg"].texts()
    qtbot.mouseClick(panel.events_check, Qt.MouseButton.LeftButton)
    assert marker_ids(strip) == [] and strip.labelled_ids() == []
    assert strip.key == [] and "Export controls" not in panel.legends["kg"].texts()
    panel.present_highlight("event", str(next(iter(strip.xs))))
    assert event_lines(panel.price_plot, panel) == []  # hidden events draw no line


def test_present_highlight(panel):
    strip = panel.strip
    event_id = int(strip.events.index[strip.events["date"] == "2014-12-31"][0])
    panel.present_highlight("event", str(event_id))
    assert strip.selected_id == event_id and panel.selected_event_id() == event_id
    assert len(event_lines(panel.price_plot, panel)) == 1
    panel.present_highlight("country", "CHN")  # not this panel's kind: ignored
    panel.present_highlight("event", "not a number")
    panel.present_highlight("event", "999999")
    assert strip.selected_id == event_id
    panel.present_highlight("event", None)
    assert strip.selected_id is None and panel.selected_event_id() is None
    assert event_lines(panel.price_plot, panel) == []


def test_theme_switch_restyles_the_strip(panel):
    from ree_desktop.ui import theme

    theme.apply(QApplication.instance(), "dark")
    panel.state.update(theme="dark")
    try:
        label = panel.strip.labels[panel.strip.labelled_ids()[0]]
        assert label.fill.color().name() == theme.DARK.background.lower()
        assert label.color.name() == theme.DARK.foreground.lower()
    finally:
        theme.apply(QApplication.instance(), "light")
        panel.state.update(theme="light")


def test_exported_chart_carries_the_strip_and_the_selected_line(panel, tmp_path):
    from ree_desktop.ui.export_chart import export_panel
    from ree_desktop.ui.export_parts import export_target

    strip = panel.strip
    event_id = strip.labelled_ids()[0]
    panel.present_highlight("event", str(event_id))
    target = export_target(panel)
    assert "Export controls" in target.legend_texts()  # the strip's key
    svg = export_panel(panel, tmp_path / "prices.svg").read_text(encoding="utf-8")
    label = strip.labels[event_id].textItem.toPlainText()
    assert label.split()[0] in svg and "Export controls" in svg
    png = export_panel(panel, tmp_path / "prices.png")
    assert png.stat().st_size > 10_000


def test_a_year_change_mutes_the_list_in_place(panel):
    """The list is not rebuilt when only the years move events in or out (issue 19 speed):
    the same items are greyed or restored, with the tooltip saying why."""
    first = panel.event_list.item(0)  # 1990: outside 2010-2025
    assert first.toolTip().startswith("Outside the chosen years")
    panel.state.update(year_range=(1985, 2025))
    assert panel.event_list.item(0) is first
    assert not first.toolTip().startswith("Outside")
    from ree_desktop.ui import theme

    assert first.foreground().color().name() != theme.current().muted.lower()
    panel.state.update(year_range=(2000, 2025))
    assert first.toolTip().startswith("Outside the chosen years")
    assert first.foreground().color().name() == theme.current().muted.lower()
