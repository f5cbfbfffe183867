"""A choropleth world map drawn with QPainterPaths in a pyqtgraph view (no web view).

The shapes come from ``resources/geo/countries-110m-iso3.json`` (see ``data/geo.py``).
Countries with a value are filled from a classed scale (``map_scale.py``); zero has its own
class, "0 or not reported" is dotted and countries without a figure are hatched grey, never
coloured as zero. On a diverging scale the outliers beyond its bound carry their figure.
Hovering shows a tooltip; clicking emits ``countryClicked``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import lru_cache

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QToolTip, QWidget

from ree_desktop.data import geo
from ree_desktop.ui import theme
from ree_desktop.ui.map_scale import NO_DATA, ZERO_UNKNOWN, ClassedScale, format_bound


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
        self.highlighted: str | None = None
        self.pens: dict[str, QPen] = {}
        self.scale = ClassedScale([])
        self.zero_unknown: set[str] = set()
        self.outlier_labels: list[pg.TextItem] = []
        self.describe: Callable[[str], str] = lambda iso3: iso3
        self.last_tooltip = ""
        self.setMinimumHeight(120)  # large fonts: the legend and notes need room too

    def set_values(self, values: dict[str, float], selected, log: bool = False,
                   describe: Callable[[str], str] | None = None, estimates=(),
                   diverging: bool | None = None, zero_unknown: Iterable[str] = (),
                   unit: str = "") -> None:
        """Colour every country from ``values`` (ISO3 → value) by class; ``zero_unknown``
        names countries whose source prints 0 for zero and not reported alike; outline
        ``selected``; estimated values get a dashed outline."""
        self.values = {k: v for k, v in values.items() if v is not None and math.isfinite(v)}
        self.selected = set(selected)
        self.zero_unknown = set(zero_unknown) - set(self.values)
        self.scale = ClassedScale(list(self.values.values()), log, diverging, unit)
        if describe is not None:
            self.describe = describe
        chart = theme.current()
        border = QColor(chart.background).darker(160) if chart.name == "light" \
            else QColor(chart.background).lighter(250)
        no_data = QBrush(QColor(NO_DATA), Qt.BrushStyle.BDiagPattern)
        dotted = QBrush(QColor(ZERO_UNKNOWN).darker(150), Qt.BrushStyle.Dense5Pattern)
        for iso3, shape in [*self.shapes.items(), *(("", s) for s in self.unassigned)]:
            color = self.scale.color(self.values.get(iso3)) if iso3 else None
            brush = QBrush(color) if color is not None else \
                dotted if iso3 in self.zero_unknown else no_data
            shape.setBrush(brush)
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
            self.pens[iso3] = pen
        self._label_outliers(chart)
        self.highlight(self.highlighted)

    def highlight(self, iso3: str | None) -> None:
        """Outline one country thickly and fade the others (presentation mode); None: every
        country as ``set_values`` drew it."""
        self.highlighted = iso3 if iso3 in self.shapes else None
        chart = theme.current()
        for code, shape in [*self.shapes.items(), *(("", s) for s in self.unassigned)]:
            on = self.highlighted is None or code == self.highlighted
            shape.setOpacity(1.0 if on else 0.3)
            if code == self.highlighted:
                pen = QPen(QColor(chart.foreground), 4.0)
                pen.setCosmetic(True)
                shape.setPen(pen)
                shape.setZValue(4)
            elif code in self.pens:
                shape.setPen(self.pens[code])
                shape.setZValue(2 if code in self.selected else 1)

    def _label_outliers(self, chart: theme.ChartTheme) -> None:
        """Write the figure of each value beyond the diverging scale's bound on its country:
        the colour says only "beyond", the label says how far."""
        item = self.getPlotItem()
        for label in self.outlier_labels:
            item.removeItem(label)
        self.outlier_labels = []
        for iso3, value in self.values.items():
            if iso3 not in self.shapes or not self.scale.is_outlier(value):
                continue
            suffix = "%" if self.scale.unit.startswith("%") else ""
            label = pg.TextItem(f"{'+' if value > 0 else ''}{format_bound(value)}{suffix}",
                                color=chart.foreground, anchor=(0.5, 0.5),
                                fill=QColor(chart.background))
            label.setPos(self.country_scene_pos(iso3, view=True))
            label.setZValue(5)
            item.addItem(label)
            self.outlier_labels.append(label)

    def outlier_texts(self) -> dict[str, str]:
        """ISO3 → the figure written on the map (tests read what is drawn)."""
        codes = [c for c, v in self.values.items()
                 if c in self.shapes and self.scale.is_outlier(v)]
        return dict(zip(codes, (label.toPlainText() for label in self.outlier_labels),
                        strict=True))

    def brush_color(self, iso3: str) -> str:
        """The fill colour of a country, or "no data" / "0 or not reported" for the
        patterned fills (tests read what is drawn)."""
        brush = self.shapes[iso3].brush()
        if brush.style() == Qt.BrushStyle.SolidPattern:
            return brush.color().name()
        return "0 or not reported" if iso3 in self.zero_unknown else "no data"

    def hover(self, iso3: str | None) -> None:
        if iso3 is None:
            QToolTip.hideText()
            self.last_tooltip = ""
            return
        self.last_tooltip = self.describe(iso3) if iso3 else ""
        if self.last_tooltip:
            QToolTip.showText(QCursor.pos(), self.last_tooltip, self)

    def country_scene_pos(self, iso3: str, view: bool = False) -> QPointF:
        """Scene position of a point inside the country (for clicks in tests); ``view``:
        in map coordinates (where labels are placed)."""
        shape = self.shapes[iso3]
        rect = shape.path().boundingRect()
        center = rect.center()
        if not shape.path().contains(center):
            polygon = max(shape.path().toSubpathPolygons(), key=lambda p: len(p))
            center = polygon.boundingRect().center()
        return center if view else shape.mapToScene(center)
