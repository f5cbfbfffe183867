"""Draws dated events on any pyqtgraph chart whose x axis is years.

Each event is a vertical line in its category colour (solid for a day, dashed for a month,
dotted over a shaded band for a year-only date), with a short label near the top. Labels are
staggered into rows so they never overlap; those that still do not fit become a '+N' badge
whose tooltip and click menu list them. Clicking a line, label or badge entry emits
``clicked(event_id)``. Any panel can use it::

    overlay = EventOverlay(plot, store_events_frame)
    overlay.clicked.connect(open_detail)
    checkbox.toggled.connect(overlay.set_visible)
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont
from PySide6.QtWidgets import QMenu

from ree_desktop.analysis.prices import (
    cluster_unplaced,
    event_span,
    place_labels,
    short_label,
)
from ree_desktop.i18n import translate
from ree_desktop.ui import event_text, theme
from ree_desktop.ui.dialogs.event_detail import open_event_detail
from ree_desktop.ui.event_text import (  # noqa: F401 (public API: Countries, Demand, Prices)
    CATEGORY_COLORS,
    CATEGORY_LABELS,
    category_label,
    event_tooltip,
)

PRECISION_STYLE = {"day": Qt.PenStyle.SolidLine, "month": Qt.PenStyle.DashLine,
                   "year": Qt.PenStyle.DotLine}


def category_color(category: str) -> str:
    """The category's colour in the current theme (unknown categories are grey)."""
    return event_text.category_color(category, theme.current().series[-1])


class EventOverlay(QObject):
    """Event lines, bands and staggered labels on one PlotWidget (x axis in years)."""

    clicked = Signal(int)

    def __init__(self, plot: pg.PlotWidget, events: pd.DataFrame, labels: bool = True,
                 max_rows: int = 4, label_chars: int = 30, faint: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent or plot)
        self.plot = plot
        self.vb = plot.getPlotItem().vb
        self.show_labels = labels
        self.faint = faint
        self.max_rows = max_rows
        self.label_chars = label_chars
        self.visible = True
        self.categories: set[str] = set()
        self.highlighted: int | None = None
        self.lines: dict[int, pg.InfiniteLine] = {}
        self.bands: dict[int, pg.LinearRegionItem] = {}
        self.labels: dict[int, pg.TextItem] = {}
        self.badges: list[tuple[pg.TextItem, list[int]]] = []
        self._spare_badges: list[pg.TextItem] = []  # hidden, kept for the next layout
        self.events = events.iloc[0:0]
        self.set_events(events)
        self.vb.sigRangeChanged.connect(self.relayout)
        self.vb.sigResized.connect(self.relayout)
        plot.scene().sigMouseClicked.connect(self._on_scene_click)

    # -- public API -----------------------------------------------------------------------
    def set_events(self, events: pd.DataFrame) -> None:
        """Replace the events drawn (all categories shown unless set_categories is called)."""
        self._clear()
        self.events = events.set_index("id", drop=False) if len(events) else events
        self.categories = set(self.events["category"]) if len(events) else set()
        for event_id, event in self.events.iterrows():
            self._add_event(int(event_id), event)
        self._apply_visibility()

    def set_categories(self, categories: Iterable[str]) -> None:
        """Show only events of these categories."""
        self.categories = set(categories)
        self._apply_visibility()

    def set_visible(self, visible: bool) -> None:
        self.visible = bool(visible)
        self._apply_visibility()

    def highlight(self, event_id: int | None) -> None:
        """Emphasise one event (thick line, bold label placed first); None clears."""
        self.highlighted = None if event_id is None or event_id not in self.lines \
            else int(event_id)
        for eid, line in self.lines.items():
            line.setPen(self._pen(eid))
            line.setZValue(30 if eid == self.highlighted else 20)
        self.relayout()

    def restyle(self) -> None:
        """Follow a theme switch in place: line, band and label colours (no rebuild)."""
        chart = theme.current()
        fill = pg.mkBrush(self._fill())
        for eid, line in self.lines.items():
            line.setPen(self._pen(eid))
        for eid, band in self.bands.items():
            color = QColor(category_color(self.events.loc[eid, "category"]))
            color.setAlpha(28)
            band.setBrush(pg.mkBrush(color))
        for eid, label in self.labels.items():
            label.setColor(chart.foreground)
            label.border = pg.mkPen(category_color(self.events.loc[eid, "category"]),
                                    width=1.5)
            label.fill = fill
            label.update()
        self.relayout()

    def shown_ids(self) -> list[int]:
        """Events whose line is drawn (visible overlay, category on), in date order."""
        return [eid for eid, line in self.lines.items() if line.isVisible()]

    def labelled_ids(self) -> list[int]:
        """Events whose text label is on screen now."""
        return [eid for eid, label in self.labels.items() if label.isVisible()]

    def clustered_ids(self) -> list[int]:
        """Events summarised in '+N' badges because their labels did not fit."""
        return [eid for _, ids in self.badges for eid in ids]

    def describe_at(self, x: float, y: float) -> str:
        """Tooltip text for the label or badge at view point (x, y), else ''.

        Charts with their own hover tooltip call this first, so that hovering an event's
        label explains the event rather than the data behind it.
        """
        if not self.visible:
            return ""
        scene = self.vb.mapViewToScene(pg.Point(x, y))
        for eid in self.labelled_ids():
            if self.labels[eid].sceneBoundingRect().contains(scene):
                return event_tooltip(self.events.loc[eid])
        for badge, _ids in self.badges:
            if badge.sceneBoundingRect().contains(scene):
                return badge.toolTip()
        return ""

    def event_near(self, x: float, tolerance_px: float = 5.0) -> int | None:
        """The shown event whose mark is nearest x (view coordinates), within a tolerance."""
        width = self.vb.width() or 1.0
        (x0, x1), _ = self.vb.viewRange()
        tolerance = tolerance_px * (x1 - x0) / width
        best, best_distance = None, tolerance
        for eid in self.shown_ids():
            distance = abs(self.lines[eid].value() - x)
            if distance <= best_distance:
                best, best_distance = eid, distance
        return best

    def cluster_menu(self, ids: list[int]) -> QMenu:
        """A menu listing clustered events; choosing one emits ``clicked``."""
        menu = QMenu(self.plot)
        for eid in ids:
            event = self.events.loc[eid]
            action = menu.addAction(f"{event['date']}  {event['title']}")
            action.triggered.connect(lambda _=False, e=eid: self.clicked.emit(e))
        return menu

    # -- drawing --------------------------------------------------------------------------
    def _add_event(self, event_id: int, event: pd.Series) -> None:
        span = event_span(event["date"], event["date_precision"])
        tooltip = event_tooltip(event)
        line = pg.InfiniteLine(pos=span.x, angle=90, movable=False, pen=self._pen(event_id))
        line.setToolTip(tooltip)
        line.setZValue(20)
        self.plot.addItem(line, ignoreBounds=True)
        self.lines[event_id] = line
        if span.end - span.start > 0.5:
            color = QColor(category_color(event["category"]))
            color.setAlpha(28)
            band = pg.LinearRegionItem((span.start, span.end), movable=False,
                                       brush=pg.mkBrush(color), pen=pg.mkPen(None))
            band.setToolTip(tooltip)
            band.setZValue(-20)
            self.plot.addItem(band, ignoreBounds=True)
            self.bands[event_id] = band
        if self.show_labels:
            label = pg.TextItem(short_label(event["title"], self.label_chars),
                                color=theme.current().foreground, anchor=(0, 0),
                                border=pg.mkPen(category_color(event["category"]), width=1.5),
                                fill=pg.mkBrush(self._fill()))
            label.setToolTip(tooltip)
            label.setZValue(40)
            self.plot.addItem(label, ignoreBounds=True)
            self.labels[event_id] = label

    def _pen(self, event_id: int) -> pg.QtGui.QPen:
        event = self.events.loc[event_id]
        strong = event_id == self.highlighted
        color = QColor(category_color(event["category"]))
        if self.faint and not strong:
            color.setAlpha(110)
        pen = pg.mkPen(color, width=3.5 if strong else 1.5)
        pen.setStyle(Qt.PenStyle.SolidLine if strong
                     else PRECISION_STYLE.get(event["date_precision"], Qt.PenStyle.SolidLine))
        return pen

    @staticmethod
    def _fill() -> QColor:
        color = QColor(theme.current().background)
        color.setAlpha(225)
        return color

    def _clear(self) -> None:
        items = [*self.lines.values(), *self.bands.values(), *self.labels.values(),
                 *(badge for badge, _ in self.badges), *self._spare_badges]
        for item in items:
            self.plot.removeItem(item)
        self.lines, self.bands, self.labels, self.badges = {}, {}, {}, []
        self._spare_badges = []

    def _apply_visibility(self) -> None:
        for eid, line in self.lines.items():
            shown = self.visible and self.events.loc[eid, "category"] in self.categories
            line.setVisible(shown)
            if eid in self.bands:
                self.bands[eid].setVisible(shown)
        self.relayout()

    def relayout(self, *_args) -> None:
        """Place labels for the events in view: staggered rows, then '+N' badges."""
        for badge, _ in self.badges:
            badge.setVisible(False)
        self._spare_badges = [badge for badge, _ in self.badges] + self._spare_badges
        self.badges = []
        for label in self.labels.values():
            label.setVisible(False)
        if not self.show_labels or not self.visible:
            return
        (x0, x1), (y0, y1) = self.vb.viewRange()
        width, height = self.vb.width(), self.vb.height()
        if width <= 0 or height <= 0 or x1 <= x0:
            return
        ids = [eid for eid in self.shown_ids() if x0 <= self.lines[eid].value() <= x1]
        if not ids:
            return
        per_px_x, per_px_y = (x1 - x0) / width, (y1 - y0) / height
        xs = [(self.lines[eid].value() - x0) / per_px_x for eid in ids]
        widths = [self.labels[eid].textItem.boundingRect().width() + 4 for eid in ids]
        row_height = max(self.labels[eid].textItem.boundingRect().height() for eid in ids) + 2
        rows = max(1, min(self.max_rows, int(height * 0.4 // row_height)))
        first = ids.index(self.highlighted) if self.highlighted in ids else None
        placements = place_labels(xs, widths, rows, right_edge=width, first=first,
                                  blocked=self._blocked(rows, row_height))
        for eid, place in zip(ids, placements, strict=True):
            if place.row is None:
                continue
            label = self.labels[eid]
            label.setPos(x0 + place.left * per_px_x, y1 - (2 + place.row * row_height) * per_px_y)
            self._style_label(label, eid == self.highlighted)
            label.setVisible(True)
        groups = cluster_unplaced(xs, placements, badge_width=34)
        blocked = self._blocked(rows + 8, row_height)
        for group in groups:
            centre = sum(xs[i] for i in group) / len(group)
            row = next(r for r in range(rows, rows + 9)  # below the legend if it is in the way
                       if not any(b == r and left < centre + 17 and right > centre - 17
                                  for b, left, right in blocked))
            self._add_badge([ids[i] for i in group], centre, row, row_height, x0, y1,
                            per_px_x, per_px_y)

    def _blocked(self, rows: int, row_height: float) -> list[tuple[int, float, float]]:
        """Row spans (view pixels) covered by legends and text boxes pinned to the view."""
        spans = []
        for item in self.vb.childItems():
            if not isinstance(item, (pg.LegendItem, pg.LabelItem)) or not item.isVisible():
                continue
            box = self.vb.mapRectFromScene(item.sceneBoundingRect())
            if box.width() < 2 or box.height() < 2:
                continue
            spans += [(row, box.left(), box.right()) for row in range(rows)
                      if box.top() < 2 + (row + 1) * row_height
                      and box.bottom() > 2 + row * row_height]
        return spans

    def _style_label(self, label: pg.TextItem, strong: bool) -> None:
        font = QFont(label.textItem.font())
        font.setBold(strong)
        label.setFont(font)

    def _add_badge(self, ids: list[int], x_px: float, row: int, row_height: float,
                   x0: float, y1: float, per_px_x: float, per_px_y: float) -> None:
        if self._spare_badges:  # reused: making a TextItem costs more than placing one
            badge = self._spare_badges.pop()
            badge.setText(f"+{len(ids)}")
            badge.setColor(theme.current().foreground)
            badge.border = pg.mkPen(theme.current().muted, width=1)
            badge.fill = pg.mkBrush(self._fill())
            badge.setVisible(True)
        else:
            badge = pg.TextItem(f"+{len(ids)}", color=theme.current().foreground,
                                anchor=(0.5, 0), border=pg.mkPen(theme.current().muted, width=1),
                                fill=pg.mkBrush(self._fill()))
            self.plot.addItem(badge, ignoreBounds=True)
        titles = [f"{self.events.loc[e, 'date']}  {self.events.loc[e, 'title']}" for e in ids]
        badge.setToolTip("\n".join([
            translate("EventOverlay", "{count} more events here:").format(count=len(ids)),
            *titles, translate("EventOverlay", "Click to choose one")]))
        badge.setZValue(41)
        badge.setPos(x0 + x_px * per_px_x, y1 - (2 + row * row_height) * per_px_y)
        self.badges.append((badge, ids))

    # -- clicks ---------------------------------------------------------------------------
    def _on_scene_click(self, event) -> None:
        if not self.visible or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.scenePos()
        for badge, ids in self.badges:
            if badge.sceneBoundingRect().contains(pos):
                event.accept()
                self.cluster_menu(ids).popup(QCursor.pos())
                return
        for eid in self.labelled_ids():
            if self.labels[eid].sceneBoundingRect().contains(pos):
                event.accept()
                self.clicked.emit(eid)
                return
        if not self.vb.sceneBoundingRect().contains(pos):
            return
        point: QPointF = self.vb.mapSceneToView(pos)
        eid = self.event_near(point.x())
        if eid is not None:
            event.accept()
            self.clicked.emit(eid)


def attach_events(plot: pg.PlotWidget, store, parent=None,
                  text: str | None = None):
    """A 'Show events' checkbox and a hidden overlay on ``plot``; clicks open the detail.

    For panels that want the timeline as an option: add the returned checkbox to a layout.
    """
    from PySide6.QtWidgets import QCheckBox

    from ree_desktop.data.prices_events import events

    overlay = EventOverlay(plot, events(store), max_rows=2)
    overlay.set_visible(False)
    box = QCheckBox(text or translate("EventOverlay", "Show events on the line chart"),
                    parent, objectName="showEvents")
    box.setToolTip(translate(
        "EventOverlay", "Draw the dated policy and market events (Prices & events panel) on "
        "the chart; click one for its detail"))
    box.toggled.connect(overlay.set_visible)

    def open_detail(event_id: int) -> None:
        overlay.detail_dialog = open_event_detail(overlay.events.loc[event_id],
                                                  store.country_names, plot,
                                                  getattr(overlay, "detail_dialog", None))

    overlay.clicked.connect(open_detail)
    return box, overlay
