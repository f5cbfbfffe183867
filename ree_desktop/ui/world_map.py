"""A choropleth world map drawn with QPainterPaths in a pyqtgraph view (no web view).

The shapes come from ``resources/geo/countries-110m-iso3.json`` (see ``data/geo.py``).
Countries with a value are filled from a colour scale; countries without one are hatched
grey, never coloured as zero. Hovering shows a tooltip; clicking emits ``countryClicked``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QLinearGradient, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QSizePolicy, QToolTip, QWidget

from ree_desktop.data import geo
from ree_desktop.numbers import compact_number
from ree_desktop.ui import theme

NO_DATA = "#B0B0B0"


@lru_cache(maxsize=1)
def shapes() -> dict:
    return geo.load_shapes()


def ring_path(rings: list[list[list[float]]]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        if len(ring) < 3:
            continue
        path.moveTo(ring[0][0], ring[0][1])
        for x, y in ring[1:]:
            path.lineTo(x, y)
        path.closeSubpath()
    return path


class ColorScale:
    """Maps values to colours: sequential (reversed viridis) or diverging around zero."""

    def __init__(self, values: list[float], log: bool = False):
        finite = [v for v in values if v is not None and math.isfinite(v)]
        self.diverging = any(v < 0 for v in finite)
        self.log = log and not self.diverging and any(v > 0 for v in finite)
        if self.log:
            finite = [v for v in finite if v > 0]
        self.low = min(finite) if finite else 0.0
        self.high = max(finite) if finite else 1.0
        if self.diverging:
            bound = max(abs(self.low), abs(self.high)) or 1.0
            self.low, self.high = -bound, bound
        self.cmap = pg.colormap.get("CET-D1A" if self.diverging else "viridis")
        if not self.diverging:
            self.cmap.reverse()

    def position(self, value: float) -> float | None:
        """0..1 along the scale, None where the value cannot be drawn (no data, ≤0 on log)."""
        if value is None or not math.isfinite(value) or (self.log and value <= 0):
            return None
        low, high, value_t = self.low, self.high, value
        if self.log:
            low, high, value_t = math.log10(low), math.log10(high), math.log10(value)
        if high <= low:
            return 1.0
        return min(1.0, max(0.0, (value_t - low) / (high - low)))

    def color(self, value: float) -> QColor | None:
        position = self.position(value)
        return None if position is None else self.cmap.map(position, mode="qcolor")

    def ticks(self) -> list[tuple[float, float]]:
        """(position, value) for the legend: ends and middle."""
        if self.log:
            low, high = math.log10(self.low), math.log10(self.high)
            mid = 10 ** ((low + high) / 2)
        else:
            mid = (self.low + self.high) / 2
        return [(0.0, self.low), (0.5, mid), (1.0, self.high)]


class CountryShape(QGraphicsPathItem):
    """One country's polygons; forwards hover and click to its map."""

    def __init__(self, iso3: str, name: str, path: QPainterPath, owner: WorldMap):
        super().__init__(path)
        self.iso3 = iso3
        self.name = name
        self.owner = owner

    def shape(self) -> QPainterPath:
        """The filled outline only: Qt would widen it by the (cosmetic) pen in map units."""
        return self.path()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self.path().boundingRect()

    def hoverEvent(self, event) -> None:  # noqa: N802 (pyqtgraph API)
        if event.isExit():
            self.owner.hover(None)
        else:
            event.acceptClicks(Qt.MouseButton.LeftButton)
            self.owner.hover(self.iso3)

    def mouseClickEvent(self, event) -> None:  # noqa: N802 (pyqtgraph API)
        if event.button() == Qt.MouseButton.LeftButton and self.iso3:
            event.accept()
            self.owner.countryClicked.emit(self.iso3)


class WorldMap(pg.PlotWidget):
    """The map: ``set_values`` colours it, ``countryClicked`` reports clicks."""

    countryClicked = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent, background=theme.current().background)
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setMenuEnabled(False)
        self.hideButtons()
        item.vb.setAspectLocked(True)
        self.shapes: dict[str, CountryShape] = {}
        data = shapes()
        for iso3, entry in data["countries"].items():
            shape = CountryShape(iso3, entry["name"], ring_path(entry["rings"]), self)
            item.addItem(shape)
            self.shapes[iso3] = shape
        self.unassigned = []
        for entry in data["unassigned"]:
            shape = CountryShape("", entry["name"], ring_path(entry["rings"]), self)
            item.addItem(shape)
            self.unassigned.append(shape)
        item.vb.setRange(xRange=(-2.75, 2.75), yRange=(-1.0, 1.35), padding=0.0)
        self.values: dict[str, float] = {}
        self.selected: set[str] = set()
        self.scale = ColorScale([])
        self.describe: Callable[[str], str] = lambda iso3: iso3
        self.last_tooltip = ""
        self.setMinimumHeight(240)

    def set_values(self, values: dict[str, float], selected, log: bool = False,
                   describe: Callable[[str], str] | None = None, estimates=()) -> None:
        """Colour every country from ``values`` (ISO3 → value); outline ``selected``;
        estimated values get a dashed outline."""
        self.values = {k: v for k, v in values.items() if v is not None and math.isfinite(v)}
        self.selected = set(selected)
        self.scale = ColorScale(list(self.values.values()), log)
        if describe is not None:
            self.describe = describe
        chart = theme.current()
        border = QColor(chart.background).darker(160) if chart.name == "light" \
            else QColor(chart.background).lighter(250)
        no_data = QBrush(QColor(NO_DATA), Qt.BrushStyle.BDiagPattern)
        for iso3, shape in [*self.shapes.items(), *(("", s) for s in self.unassigned)]:
            color = self.scale.color(self.values.get(iso3)) if iso3 else None
            shape.setBrush(QBrush(color) if color is not None else no_data)
            is_selected = iso3 in self.selected
            pen = QPen(QColor(chart.foreground) if is_selected else border)
            pen.setCosmetic(True)
            pen.setWidthF(2.6 if is_selected else 0.6)
            if iso3 in estimates:
                pen = QPen(QColor(chart.foreground), 2.6 if is_selected else 1.0,
                           Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
            shape.setPen(pen)
            shape.setZValue(2 if is_selected else 1)

    def brush_color(self, iso3: str) -> str:
        """The fill colour of a country (tests read what is drawn)."""
        brush = self.shapes[iso3].brush()
        return "no data" if brush.style() != Qt.BrushStyle.SolidPattern else \
            brush.color().name()

    def hover(self, iso3: str | None) -> None:
        if iso3 is None:
            QToolTip.hideText()
            self.last_tooltip = ""
            return
        self.last_tooltip = self.describe(iso3) if iso3 else ""
        if self.last_tooltip:
            QToolTip.showText(QCursor.pos(), self.last_tooltip, self)

    def country_scene_pos(self, iso3: str) -> QPointF:
        """Scene position of a point inside the country (for clicks in tests)."""
        shape = self.shapes[iso3]
        rect = shape.path().boundingRect()
        center = rect.center()
        if not shape.path().contains(center):
            polygon = max(shape.path().toSubpathPolygons(), key=lambda p: len(p))
            center = polygon.boundingRect().center()
        return shape.mapToScene(center)


class ColorScaleLegend(QWidget):
    """The colour-scale legend under the map: gradient, three values, a no-data swatch."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scale: ColorScale | None = None
        self.unit = ""
        self.setFixedHeight(2 * self.fontMetrics().height() + 30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_scale(self, scale: ColorScale, unit: str) -> None:
        self.scale, self.unit = scale, unit
        self.update()

    def labels(self) -> list[str]:
        if self.scale is None:
            return []
        return [compact_number(value) for _, value in self.scale.ticks()]

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().windowText().color()
        metrics = painter.fontMetrics()
        swatch_w = metrics.horizontalAdvance("no data") + 34
        bar = QRectF(8, 4, max(60, self.width() - swatch_w - 40), 14)
        if self.scale is not None and self.scale.high >= self.scale.low:
            gradient = QLinearGradient(bar.topLeft(), bar.topRight())
            for step in range(11):
                gradient.setColorAt(step / 10, self.scale.cmap.map(step / 10, mode="qcolor"))
            painter.fillRect(bar, gradient)
            painter.setPen(text_color)
            for (position, _), label in zip(self.scale.ticks(), self.labels(), strict=True):
                x = bar.left() + position * bar.width()
                width = metrics.horizontalAdvance(label)
                left = min(max(x - width / 2, 0), self.width() - swatch_w - width - 8)
                painter.drawText(QPointF(left, bar.bottom() + metrics.ascent() + 3), label)
            unit = self.unit + (" (log scale)" if self.scale.log else "")
            painter.drawText(QPointF(bar.left(), bar.bottom() + 2 * metrics.height() + 2), unit)
        swatch = QRectF(self.width() - swatch_w + 6, 4, 22, 14)
        painter.fillRect(swatch, QBrush(QColor(NO_DATA), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QColor(NO_DATA))
        painter.drawRect(swatch)
        painter.setPen(text_color)
        painter.drawText(QPointF(swatch.right() + 4, swatch.bottom() - 2), "no data")
        painter.end()
