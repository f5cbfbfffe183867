"""The event timeline strip under the price chart, and the one faint line it draws through
the charts for the hovered or selected event.

The strip is a ViewBox in the price chart's own layout, under its year axis, x-linked to
the chart: it shares the x axis exactly, and an exported price chart carries it. Each event
in view is a marker in its category colour (hollow when only the year is known); labels are
placed by ``strip_layout.place_labels`` (key events first, levels, no overlap) and the
events left without a label keep their marker, with the title in its tooltip. The price,
unit-value and quota charts get no event lines except one faint full-height line for the
event under the mouse, else the selected one. Clicking a marker or label selects the event;
double-clicking opens its detail.
"""

from __future__ import annotations

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from ree_desktop.analysis.prices import event_span, short_label
from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.charts.plot import font_ratio
from ree_desktop.ui.event_overlay import PRECISION_STYLE, category_color
from ree_desktop.ui.event_text import category_order, event_tooltip
from ree_desktop.ui.panels.prices.names import category_name
from ree_desktop.ui.panels.prices.strip_layout import StripEvent, place_labels

STRIP_ROW = 4          # the row under the price chart's bottom axis (PlotItem's layout)
MARKER_Y = 9.0         # the markers' centre, pixels from the strip's top
MARKER_SIZE = 9
NEAR_PX = 6.0          # a marker this close to the mouse is "under" it
MAX_LEVELS = 3


def label_text(title: str) -> str:
    """A short label: Chinese titles are cut shorter (their glyphs are twice as wide)."""
    wide = any(ord(ch) > 0x2E80 for ch in str(title))
    return short_label(title, 14 if wide else 28)


class EventStrip(QObject):
    """Markers and non-overlapping labels for the events in view, under one chart."""

    selected = Signal(int)   # a marker or label clicked
    activated = Signal(int)  # double-clicked: open the detail
    key_changed = Signal()   # the key's entries changed (the chart's legend shows them)

    def __init__(self, plot: pg.PlotWidget, events: pd.DataFrame,
                 focus_plots: list[pg.PlotWidget], parent: QObject | None = None) -> None:
        super().__init__(parent or plot)
        self.plot = plot
        self.item = plot.getPlotItem()
        self.vb = pg.ViewBox(enableMouse=False, enableMenu=False)
        self.vb.setMouseEnabled(False, False)
        self.vb.invertY(True)
        self.vb.setXLink(self.item.vb)
        self.item.layout.addItem(self.vb, STRIP_ROW, 1)
        self.events = events.set_index("id", drop=False) if len(events) else events
        self.xs = {int(e): event_span(r["date"], r["date_precision"]).x
                   for e, r in self.events.iterrows()}
        # plain lookups: a relayout runs on every range change, pandas .at would cost
        self.category = {int(e): str(c) for e, c in self.events["category"].items()} \
            if len(events) else {}
        self.precision = {int(e): str(p) for e, p in self.events["date_precision"].items()} \
            if len(events) else {}
        self.dates = {int(e): str(d) for e, d in self.events["date"].items()} \
            if len(events) else {}
        self.categories: set[str] = set(self.category.values())
        self._spots: dict[int, dict] = {}  # marker styles per event (theme, selection)
        self._drawn: tuple | None = None   # what the markers show now
        self._widths: dict[tuple, float] = {}  # label widths (event, bold, font size)
        self.visible = True
        self.selected_id: int | None = None
        self.hovered_id: int | None = None
        self.levels = MAX_LEVELS
        self._height = -1
        self._in_view: list[int] = []
        self.markers = pg.ScatterPlotItem(pxMode=True)
        self.markers.setZValue(10)
        self.vb.addItem(self.markers, ignoreBounds=True)
        self.leaders = pg.PlotDataItem([], [], connect="pairs")
        self.vb.addItem(self.leaders, ignoreBounds=True)
        self.labels: dict[int, pg.TextItem] = {}
        self._tooltips: dict[int, str] = {}
        for event_id, event in self.events.iterrows():
            label = pg.TextItem(label_text(event["title"]), anchor=(0, 0))
            label.setZValue(20)
            label.setVisible(False)
            self.vb.addItem(label, ignoreBounds=True)
            self.labels[int(event_id)] = label
        self.focus = {}
        for chart in focus_plots:
            line = pg.InfiniteLine(angle=90, movable=False)
            line.setZValue(25)
            line.setVisible(False)
            chart.addItem(line, ignoreBounds=True)
            self.focus[chart] = line
        self.key: list[list[tuple[str, str, str]]] = []  # legend entries of the key
        self.restyle()
        self.vb.sigResized.connect(self.relayout)
        self.vb.sigXRangeChanged.connect(self.relayout)
        plot.scene().sigMouseClicked.connect(self._clicked)

    # -- state ------------------------------------------------------------------------------
    def set_categories(self, categories) -> None:
        self.categories = set(categories)
        self.relayout()
        self._show_focus()

    def set_visible(self, visible: bool) -> None:
        self.visible = bool(visible)
        self.vb.setVisible(self.visible)
        self._fit_height()
        self.relayout()
        self._show_focus()

    def select(self, event_id: int | None) -> None:
        """Select (bold label placed first, larger marker, the faint line); None clears."""
        self.selected_id = None if event_id is None or int(event_id) not in self.xs \
            else int(event_id)
        self.relayout()
        self._show_focus()

    def hover(self, event_id: int | None) -> None:
        if event_id != self.hovered_id:
            self.hovered_id = event_id
            self._show_focus()

    def focus_id(self) -> int | None:
        """The event the faint line shows: the hovered one, else the selected one."""
        for event_id in (self.hovered_id, self.selected_id):
            if event_id is not None and self._shown(event_id):
                return event_id
        return None

    def shown_ids(self) -> list[int]:
        """Events of the shown categories (all years), in date order."""
        return [e for e in self.xs if self._shown(e)]

    def in_view_ids(self) -> list[int]:
        """Events with a marker drawn now (shown and inside the x range)."""
        return list(self._in_view)

    def labelled_ids(self) -> list[int]:
        return [e for e, label in self.labels.items() if label.isVisible()]

    def _shown(self, event_id: int) -> bool:
        return self.visible and self.category[event_id] in self.categories

    # -- drawing ----------------------------------------------------------------------------
    def restyle(self) -> None:
        """Follow a theme switch: label colours and fill, markers, lines, key."""
        chart = theme.current()
        self._spots, self._drawn = {}, None
        fill = QColor(chart.background)
        fill.setAlpha(235)
        for event_id, label in self.labels.items():
            label.setColor(chart.foreground)
            label.border = pg.mkPen(self._color(event_id), width=1.2)
            label.fill = pg.mkBrush(fill)
            label.update()
        self.leaders.setPen(pg.mkPen(chart.muted, width=1))
        self.relayout()
        self._show_focus()

    def _color(self, event_id: int) -> str:
        return category_color(self.category[event_id])

    def row_height(self) -> float:
        """A label level: a label's own box (its text document's height) and a gap."""
        for label in self.labels.values():
            return label.textItem.boundingRect().height() + 4
        return QFontMetricsF(QApplication.font()).height() + 8

    def _fit_height(self) -> None:
        """The strip's height: the marker row and as many label levels as fit in about a
        quarter of the chart (fewer at large fonts), or nothing when events are hidden."""
        row = self.row_height()
        levels = int(self.plot.height() * 0.27 // row)
        self.levels = max(1, min(MAX_LEVELS, levels))
        height = int(MARKER_Y * 2 + 4 + self.levels * row) if self.visible else 0
        if height != self._height:
            self._height = height
            self.item.layout.setRowFixedHeight(STRIP_ROW, height)
        # room for the data above a one-level strip, whatever the font (no feedback loop:
        # the minimum does not depend on the levels chosen from the height)
        minimum = int(160 * font_ratio() + (MARKER_Y * 2 + 4 + row if self.visible else 0))
        if self.plot.minimumHeight() != minimum:
            self.plot.setMinimumHeight(minimum)

    def relayout(self, *_args) -> None:
        """Markers for the events in view, then labels placed key events first."""
        self._fit_height()
        for label in self.labels.values():
            label.setVisible(False)
        (x0, x1), _ = self.vb.viewRange()
        width, height = self.vb.width(), self.vb.height()
        if not self.visible or width <= 0 or height <= 0 or x1 <= x0:
            self._in_view, self._drawn = [], None
            self.markers.setData([], [])
            if self.key:
                self.key = []
                self.key_changed.emit()
            self.leaders.setData([], [])
            return
        self.vb.setYRange(0, height, padding=0)
        per_px = (x1 - x0) / width
        self._in_view = [e for e in self.shown_ids() if x0 <= self.xs[e] <= x1]
        self._draw_markers()
        strip_events = [StripEvent(e, (self.xs[e] - x0) / per_px, self._label_width(e),
                                   self.category[e], self.precision[e], self.dates[e])
                        for e in self._in_view]
        placed = place_labels(strip_events, self.levels, width, self.selected_id)
        row = self.row_height()
        top = MARKER_Y * 2 + 2
        leader_x, leader_y = [], []
        for event_id, place in placed.items():
            label = self.labels[event_id]
            self._style(label, event_id == self.selected_id)
            y = top + place.level * row
            label.setPos(x0 + place.left * per_px, y)
            label.setVisible(True)
            leader_x += [self.xs[event_id]] * 2
            leader_y += [MARKER_Y, y]
        self.leaders.setData(leader_x, leader_y)

    def _label_width(self, event_id: int) -> float:
        strong = event_id == self.selected_id
        key = (event_id, strong, QApplication.font().pointSizeF())
        if key not in self._widths:
            label = self.labels[event_id]
            self._style(label, strong)
            self._widths[key] = label.textItem.boundingRect().width() + 2
        return self._widths[key]

    @staticmethod
    def _style(label: pg.TextItem, strong: bool) -> None:
        font = QFont(label.textItem.font())
        if font.bold() != strong:
            font.setBold(strong)
            label.setFont(font)

    def _draw_markers(self) -> None:
        """The markers (redrawn only when the events in view or the selection change; the
        x-link moves them with the range)."""
        drawn = (tuple(self._in_view), self.selected_id)
        if drawn == self._drawn:
            return
        self._drawn = drawn
        self.markers.setData(spots=[self._spot(e) for e in self._in_view])
        self._update_key()

    def _spot(self, event_id: int) -> dict:
        strong = event_id == self.selected_id
        if (event_id, strong) not in self._spots:
            color = self._color(event_id)
            year_only = self.precision[event_id] == "year"
            self._spots[event_id, strong] = {
                "pos": (self.xs[event_id], MARKER_Y), "data": event_id,
                "size": MARKER_SIZE + (4 if strong else 0),
                "pen": pg.mkPen(color, width=2 if year_only else 1),
                "brush": pg.mkBrush(theme.current().background) if year_only
                else pg.mkBrush(color)}
        return self._spots[event_id, strong]

    def _update_key(self) -> None:
        """The key: the categories with a marker in view (hollow marker = year only)."""
        present = category_order({self.category[e] for e in self._in_view})
        entries = [[(self._color_of(c), "●", category_name(c))]
                   for c in present]
        if any(self.precision[e] == "year" for e in self._in_view):
            entries.append([(theme.current().muted, "○",
                             translate("Prices", "event dated by year only"))])
        if entries != self.key:
            self.key = entries
            self.key_changed.emit()

    @staticmethod
    def _color_of(category: str) -> str:
        return category_color(category)

    def _show_focus(self) -> None:
        """Exactly one faint full-height line per chart, for the focused event, or none."""
        event_id = self.focus_id()
        for line in self.focus.values():
            if event_id is None:
                line.setVisible(False)
                continue
            color = QColor(self._color(event_id))
            color.setAlpha(150)
            pen = pg.mkPen(color, width=1.5)
            pen.setStyle(PRECISION_STYLE.get(self.precision[event_id], Qt.PenStyle.SolidLine))
            line.setPen(pen)
            line.setPos(self.xs[event_id])
            line.setToolTip(self.tooltip(event_id))
            line.setVisible(True)

    # -- the mouse --------------------------------------------------------------------------
    def tooltip(self, event_id: int) -> str:
        if event_id not in self._tooltips:
            self._tooltips[event_id] = event_tooltip(self.events.loc[event_id])
        return self._tooltips[event_id]

    def contains(self, scene_pos: QPointF) -> bool:
        return self.visible and self.vb.sceneBoundingRect().contains(scene_pos)

    def event_at(self, scene_pos: QPointF) -> int | None:
        """The event whose label or marker is under a scene point, else None."""
        if not self.contains(scene_pos):
            return None
        for event_id in self.labelled_ids():
            if self.labels[event_id].sceneBoundingRect().contains(scene_pos):
                return event_id
        best, best_distance = None, NEAR_PX
        x = scene_pos.x()
        for event_id in self._in_view:
            marker = self.vb.mapViewToScene(QPointF(self.xs[event_id], MARKER_Y))
            distance = abs(marker.x() - x)
            if distance <= best_distance:
                best, best_distance = event_id, distance
        return best

    def describe_scene(self, scene_pos: QPointF) -> str | None:
        """Hover over the strip: the event's tooltip ('' between markers); None when the
        point is outside the strip (the chart describes it). Moves the faint line."""
        if not self.contains(scene_pos):
            self.hover(None)
            return None
        event_id = self.event_at(scene_pos)
        self.hover(event_id)
        return "" if event_id is None else self.tooltip(event_id)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        event_id = self.event_at(event.scenePos())
        if event_id is None:
            return
        event.accept()
        if event.double():
            self.activated.emit(event_id)
        else:
            self.selected.emit(event_id)
