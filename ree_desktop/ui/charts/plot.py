"""The kit's plot: a themed PlotWidget, its theme restyle, the source caption under a chart,
and small helpers every chart uses (gapped series, a steady y range)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.charts.axes import GridAxis
from ree_desktop.ui.charts.titles import fit_titles


def font_ratio() -> float:
    """Application font size over the platform's: chart titles grow with the font control."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return 1.0
    return app.font().pointSizeF() / theme.default_point_size(app)


def title_size(points: float = 12) -> str:
    """A chart title's size: ``points`` at the usual font, growing more slowly than the font so
    that a title at 16 and 20 pt leaves the chart its room."""
    return f"{points * font_ratio() ** 0.5:.0f}pt"


def make_plot(title: str = "", y_label: str = "", x_label: str = "",
              parent: QWidget | None = None) -> pg.PlotWidget:
    """A themed PlotWidget with grid, labelled axes and integer year ticks."""
    chart = theme.current()
    plot = pg.PlotWidget(parent=parent, background=chart.background,
                         axisItems={side: GridAxis(side) for side in ("left", "bottom")})
    item = plot.getPlotItem()
    fit_titles(plot)
    if title:
        item.setTitle(title, color=chart.foreground, size=title_size())
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


def restyle(plot: pg.PlotWidget, chart: theme.ChartTheme,
            legend: pg.LegendItem | None = None) -> None:
    """Re-colour a plot built with the previous theme: background, title, the grid (where
    shown), every axis with its label, and its legend. The one theme restyle of every chart."""
    plot.setBackground(chart.background)
    item = plot.getPlotItem()
    if item.titleLabel.text:  # the title keeps its size; only its colour follows the theme
        item.titleLabel.setText(item.titleLabel.text, color=chart.foreground)
    left, bottom = item.getAxis("left"), item.getAxis("bottom")
    if left.grid or bottom.grid:  # False, or 0 after showGrid(False): no grid
        item.showGrid(x=bool(bottom.grid), y=bool(left.grid), alpha=chart.grid_alpha)
    for name in item.axes:
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(chart.foreground))
        axis.setTextPen(pg.mkPen(chart.foreground))
        if axis.labelText or axis.labelUnits:  # keep its units, prefix and other styles
            axis.labelStyle = {**axis.labelStyle, "color": chart.foreground}
            axis._updateLabel()
    if legend is not None:
        legend.setLabelTextColor(chart.foreground)
        if legend.opts["brush"].style() != Qt.BrushStyle.NoBrush:
            legend.setBrush(pg.mkBrush(chart.background + "CC"))
        for _sample, label in legend.items:  # the colour shows only once re-rendered
            label.setText(label.text, color=chart.foreground)


def gapped(series) -> tuple:
    """(years, values) with NaN in every missing year, for ``connect='finite'``.

    Gaps are drawn as gaps: a line never bridges years without data.
    """
    if len(series) == 0:
        return np.array([]), np.array([])
    years = np.arange(int(series.index.min()), int(series.index.max()) + 1)
    values = series.reindex(years).to_numpy(dtype=float)
    return years, values


def set_y_range(plot: pg.PlotWidget, low: float, high: float) -> None:
    """Change the y range only when it must (a steady axis while dragging)."""
    current = plot.getPlotItem().vb.viewRange()[1]
    if (round(current[0], 6), round(current[1], 6)) != (round(low, 6), round(high, 6)):
        plot.setYRange(low, high, padding=0)


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
        """Show "Source: …" (the words around the titles translated, the titles as
        published: the caption is data text for the English walker)."""
        self.setProperty("dataText", True)
        if text.startswith("Source: "):
            text = text[len("Source: "):]
        elif text.startswith("Source"):  # already worded ("Sources: …")
            self.setText(text)
            return
        self.setText(translate("Charts", "Source: {sources}").format(sources=text)
                     if text else text)
