"""Shared chart helpers: themed plots, hover tooltips, source captions, legends.

Every panel builds its charts from these so that all charts look alike, follow the theme
and carry a source caption.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget
from shiboken6 import isValid

from ree_desktop.ui import theme


class GridAxis(pg.AxisItem):
    """An axis whose grid is drawn opaque and behind the data.

    pyqtgraph draws the grid with translucent pens above the data; Qt's raster engine
    blends every pixel of those long lines, which cost ~35 ms a frame on a 1200x700
    chart (bench/big_series.py). The same colours mixed with the chart's background and
    drawn under the data look the same and cost next to nothing.
    """

    BEHIND_DATA = -200  # under the ViewBox (z -100), which holds the data

    def setZValue(self, z: float) -> None:  # noqa: N802 (Qt API)
        super().setZValue(min(z, self.BEHIND_DATA))  # PlotItem puts axes at 0.5

    def generateDrawSpecs(self, p):  # noqa: N802 (pyqtgraph API)
        specs = super().generateDrawSpecs(p)
        if specs is None or self.grid is False:
            return specs
        axis, ticks, texts = specs
        background = self._background()
        return axis, [(opaque_pen(pen, background), start, end)
                      for pen, start, end in ticks], texts

    def _background(self) -> str:
        views = self.scene().views() if self.scene() is not None else []
        if views:
            return views[0].backgroundBrush().color().name()
        return theme.current().background


@functools.lru_cache(maxsize=256)
def _mixed(rgba: int, background: str) -> QColor:
    color, under = QColor.fromRgba(rgba), QColor(background)
    alpha = color.alphaF()
    return QColor.fromRgbF(*(alpha * a + (1 - alpha) * b for a, b in zip(
        color.getRgbF()[:3], under.getRgbF()[:3], strict=True)))


def opaque_pen(pen: QPen, background: str) -> QPen:
    """``pen`` with its translucent colour replaced by the colour it shows on
    ``background``."""
    if pen.color().alpha() == 255:
        return pen
    solid = QPen(pen)
    solid.setColor(_mixed(pen.color().rgba(), background))
    return solid


class CompactAxis(GridAxis):
    """Value axis with short tick labels (400k, 1.2M) instead of SI prefixes in the label."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        return [compact_number(v * scale) for v in values]


def compact_number(value: float) -> str:
    magnitude = abs(value)
    if magnitude >= 1e6:
        return f"{value / 1e6:.3g}M"
    if magnitude >= 1e4:
        return f"{value / 1e3:.3g}k"
    return f"{value:.4g}"


def gapped(series) -> tuple:
    """(years, values) with NaN in every missing year, for ``connect='finite'``.

    Gaps are drawn as gaps: a line never bridges years without data.
    """
    import numpy as np

    if len(series) == 0:
        return np.array([]), np.array([])
    years = np.arange(int(series.index.min()), int(series.index.max()) + 1)
    values = series.reindex(years).to_numpy(dtype=float)
    return years, values


# Presentation mode draws thicker lines (see presentation.py).
_line_scale = 1.0


def set_line_scale(scale: float) -> None:
    """Multiply every series pen width from now on; 1 is normal."""
    global _line_scale
    _line_scale = float(scale)


def line_scale() -> float:
    return _line_scale


def font_ratio() -> float:
    """Application font size over the platform's: chart titles grow with the font control."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return 1.0
    return app.font().pointSizeF() / theme.default_point_size(app)


def screen_scale() -> float:
    """The screen's device pixel ratio (2 at 200 %): cosmetic pens are in device pixels, so
    without this a 2 px line would look 1 px thin on a high-DPI screen."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen() if QGuiApplication.instance() else None
    return screen.devicePixelRatio() if screen is not None else 1.0


def make_plot(title: str = "", y_label: str = "", x_label: str = "",
              parent: QWidget | None = None) -> pg.PlotWidget:
    """A themed PlotWidget with grid, labelled axes and integer year ticks."""
    chart = theme.current()
    plot = pg.PlotWidget(parent=parent, background=chart.background,
                         axisItems={side: GridAxis(side) for side in ("left", "bottom")})
    item = plot.getPlotItem()
    if title:
        item.setTitle(title, color=chart.foreground, size=f"{12 * font_ratio():.0f}pt")
    item.showGrid(x=True, y=True, alpha=chart.grid_alpha)
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen(chart.foreground))
        axis.setTextPen(pg.mkPen(chart.foreground))
    if y_label:
        item.setLabel("left", y_label, color=chart.foreground)
    if x_label:
        item.setLabel("bottom", x_label, color=chart.foreground)
    item.setMenuEnabled(False)
    item.vb.sigRangeChanged.connect(settle_view)
    plot.setMinimumHeight(160)
    return plot


def settle_view(view: pg.ViewBox, *_args) -> None:
    """Apply a range change (auto-range and transform) now rather than at paint time.

    pyqtgraph defers both to the start of the next paint; moving the view's transform
    inside a paint marks the whole scene dirty again, so every pan, zoom or redraw was
    painted twice (bench/big_series.py counts paints).
    """
    view.prepareForPaint()


def plot_large_series(plot: pg.PlotWidget, x, y, pen: QPen) -> pg.PlotDataItem:
    """Plot a series of many thousand points so that panning and zooming stays within a
    16 ms frame (bench/big_series.py, docs/benchmarks.md).

    Peak downsampling to two samples (lowest, highest) per pixel column keeps every spike
    visible; clip to view skips what is off screen; the line is drawn one device pixel
    wide and not antialiased, in ``pen``'s colour and style: Qt strokes a wider or
    antialiased zigzag of ~2,400 segments as polygons (15-70 ms a frame). Short yearly
    series gain nothing here.
    """
    item = plot.getPlotItem()
    item.setDownsampling(auto=True, mode="peak")
    item.setClipToView(True)
    thin = QPen(pen)
    thin.setWidth(1)
    thin.setCosmetic(True)
    curve = plot.plot(x, y, pen=thin, antialias=False, autoDownsampleFactor=1.0)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def fit_y(view: pg.ViewBox, x_range) -> None:
        """The value axis fits the points in view, set with the x range (pyqtgraph's own
        fit comes a paint late, from the clipped curve, and costs a second paint)."""
        start, end = np.searchsorted(x, x_range)
        shown = y[max(start - 1, 0):end + 1]
        if np.isfinite(shown).any():
            view.setYRange(float(np.nanmin(shown)), float(np.nanmax(shown)), padding=0.05)

    item.vb.enableAutoRange(y=False)
    item.vb.sigXRangeChanged.connect(fit_y)
    fit_y(item.vb, (x[0], x[-1]) if len(x) else (0, 0))
    return curve


def add_legend(plot: pg.PlotWidget) -> pg.LegendItem:
    """A legend whose entries toggle their series on click (pyqtgraph's own behaviour)."""
    chart = theme.current()
    legend = plot.getPlotItem().addLegend(offset=(10, 10), labelTextColor=chart.foreground,
                                          brush=pg.mkBrush(chart.background + "CC"))
    return legend


def series_pen(color: str, width: float = 2.0, dashed: bool = False) -> pg.QtGui.QPen:
    pen = pg.mkPen(color=color, width=width * _line_scale * screen_scale())
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


@functools.lru_cache(maxsize=512)
def marker_brush(color: str) -> QBrush:
    """One brush object per colour for markers: pyqtgraph's symbol atlas keys on the brush
    object, so a fresh brush per point re-renders every marker on each redraw."""
    return pg.mkBrush(color)


@functools.lru_cache(maxsize=512)
def marker_pen(color: str, width: float = 1.5) -> QPen:
    """One outline pen object per colour and width for markers (see ``marker_brush``)."""
    return pg.mkPen(color, width=width)


class HoverTooltip:
    """Shows a tooltip for the data point nearest the mouse, with a vertical guide line.

    ``describe(x, y)`` returns the tooltip text for a position in data coordinates, or ""
    when nothing is near. Used for the crosshair-with-tooltip behaviour of every chart.
    """

    def __init__(self, plot: pg.PlotWidget, describe: Callable[[float, float], str]):
        self.plot = plot
        self.describe = describe
        self.line = pg.InfiniteLine(angle=90, movable=False,
                                    pen=pg.mkPen(theme.current().muted, width=1,
                                                 style=Qt.PenStyle.DotLine))
        self.line.setVisible(False)
        plot.addItem(self.line, ignoreBounds=True)
        self.last_text = ""
        self._proxy = pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._moved)

    def _moved(self, event) -> None:
        # The rate-limited proxy can fire after the chart is gone (window closed meanwhile).
        if not (isValid(self.plot) and isValid(self.plot.getPlotItem())):
            return
        scene_pos = event[0]
        vb = self.plot.getPlotItem().vb
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            self.line.setVisible(False)
            return
        point = vb.mapSceneToView(scene_pos)
        self.show_at(point.x(), point.y(), scene_pos)

    def show_at(self, x: float, y: float, scene_pos: QPointF | None = None) -> str:
        """Update the guide and tooltip for data position (x, y); returns the text."""
        text = self.describe(x, y)
        self.last_text = text
        self.line.setPos(round(x))
        self.line.setVisible(bool(text))
        if text and scene_pos is not None:
            view = self.plot
            global_pos = view.mapToGlobal(view.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, text, view)
        elif not text:
            QToolTip.hideText()
        return text


class SourceCaption(QLabel):
    """The source line under a chart: small, wrapped, selectable, links open nowhere."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setObjectName("sourceCaption")
        self.set_sources(text)

    def set_sources(self, text: str) -> None:
        self.setText(f"Source: {text}" if text and not text.startswith("Source") else text)


def format_number(value: float | None, unit: str = "") -> str:
    """'270,000 t REO'; missing values read 'no data', never 0."""
    if value is None or value != value:
        return "no data"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.3g}"
    return f"{text} {unit}".strip()
