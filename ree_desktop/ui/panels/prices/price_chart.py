"""A price chart of the Prices & events panel: oxide prices in USD/kg, or the US unit value
in USD/t REO on its own chart (units never share an axis), with year-end ranges as bands,
a legend under it and a hover tooltip (the events are on the strip, strip.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget
from shiboken6 import isValid

from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    ChartLegend,
    HoverTooltip,
    ItemPool,
    legend_entries,
    make_plot,
    marker_brush,
    marker_pen,
    resolve,
    restyle,
    series_pen,
)
from ree_desktop.ui.charts.plot import font_ratio
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.prices import model as m
from ree_desktop.ui.panels.prices.strip import EventStrip

if TYPE_CHECKING:
    from ree_desktop.ui.panels.prices.panel import PricesPanel


DENSE_POINTS = 400  # above this, markers would cost more than they tell


def make_chart(title: str, unit: str) -> tuple:
    """A plot with its legend and holder widget (plot above legend)."""
    plot = make_plot(title, unit)
    legend = ChartLegend()
    holder = QWidget()
    inner = QVBoxLayout(holder)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(0)
    inner.addWidget(plot, 1)
    inner.addWidget(legend)
    return plot, legend, holder


def show_no_data(plot: pg.PlotWidget, text: pg.TextItem, empty: bool) -> None:
    """'no data' in the middle of an empty chart (a gap is never drawn as zero)."""
    if empty:
        plot.setYRange(0, 1, padding=0)
        (x0, x1), (y0, y1) = plot.getPlotItem().vb.viewRange()
        text.setColor(theme.current().muted)
        text.setPos((x0 + x1) / 2, (y0 + y1) / 2)
    text.setVisible(empty)


class PriceChartPart(Part):
    """One price chart ("kg" or "t"): redrawn when the elements, years or axis change."""

    watches = frozenset({"year_range", "elements", "axis", "base_year", "ranges"})

    def __init__(self, panel: PricesPanel, chart: str) -> None:
        super().__init__()
        self.panel = panel
        self.chart = chart
        self.unit = m.KG if chart == "kg" else m.T_REO
        title = translate("Prices", "Oxide prices") if chart == "kg" \
            else translate("Prices", "US unit value of rare earths")
        self.plot, self.legend, self.widget = make_chart(title, self.unit)
        self.strip: EventStrip | None = None  # the panel gives the price chart its strip
        self.hover = StripHover(self, self.describe)
        self.curves = ItemPool(self.plot, lambda: pg.PlotDataItem(
            [], [], connect="finite", symbol="o", symbolSize=7))
        self.bands = ItemPool(self.plot, self._make_band)
        self.no_data = pg.TextItem(translate("Prices", m.NO_DATA), color=theme.current().muted,
                                   anchor=(0.5, 0.5))
        self.no_data.setVisible(False)
        self.plot.addItem(self.no_data, ignoreBounds=True)
        self._labels: tuple | None = None
        self._entries: list = []  # the view's legend entries (the strip's key follows)

    def show_legend(self) -> None:
        """The series, then the event strip's key (one label: fewer lines at large fonts,
        and an exported chart carries both)."""
        key = self.strip.key if self.strip is not None else []
        self.legend.set_entries([*self._entries, *key])

    @staticmethod
    def _make_band() -> tuple:
        low = pg.PlotDataItem([], [], connect="finite")
        high = pg.PlotDataItem([], [], connect="finite")
        return low, high, pg.FillBetweenItem(low, high)

    def key(self):
        return self.panel.view_key()

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, chart)

    def draw(self) -> None:
        view = self.panel.view()
        hollow = theme.current().background
        self.curves.start()
        for line in view.lines:
            if line.chart != self.chart:
                continue
            color = resolve(line.color)
            dense = line.user and len(line.xs) > DENSE_POINTS  # a daily series: no markers
            brushes = None if dense else [marker_brush(hollow if e else color)
                                          for e in line.estimate]
            pen = series_pen(color, 1 if dense else 2, line.dashed)
            if line.user and not dense:  # your series: dotted, smaller markers
                pen.setStyle(Qt.PenStyle.DotLine)  # (dense: thin solid; dots cost 10x)
            self.curves.take().setData(line.xs, line.ys, pen=pen, symbolBrush=brushes,
                                       symbolPen=marker_pen(color),
                                       symbol=None if dense else "o",
                                       symbolSize=4 if line.user else 7)
        self.curves.finish()
        self.bands.start()
        for band in view.bands if self.chart == "kg" else ():
            color = resolve(band.color)
            low, high, fill = self.bands.take()
            pen = pg.mkPen(color, width=1)
            low.setData(band.xs, band.low, pen=pen)
            high.setData(band.xs, band.high, pen=pen)
            shade = QColor(color)
            shade.setAlpha(70)
            fill.setBrush(pg.mkBrush(shade))
        self.bands.finish()
        self._entries = legend_entries(view.legend(self.chart))
        self.show_legend()
        self._finish(view)
        if self.chart == "kg":
            self.panel.set_x_span(view.x_span)
        else:
            self.widget.setVisible(view.has("t"))

    def _finish(self, view: m.PriceView) -> None:
        item = self.plot.getPlotItem()
        log = view.mode == "log"
        if item.getAxis("left").logMode != log:
            self.plot.setYRange(0, 1, padding=0)  # a linear range read as log would overflow
            item.setLogMode(y=log)
        labels = (view.axis_label(self.unit), view.title(self.chart), theme.current().name,
                  font_ratio())
        if labels != self._labels:  # re-rendering the labels costs
            self._labels = labels
            foreground = theme.current().foreground
            item.setLabel("left", labels[0], color=foreground)
            item.setTitle(labels[1], color=foreground, size=f"{11 * labels[3]:.0f}pt")
        item.vb.disableAutoRange()
        y_range = view.y_range(self.chart)
        if y_range is not None:
            self.plot.setYRange(*y_range, padding=0)
        show_no_data(self.plot, self.no_data, y_range is None)

    def describe(self, x: float, y: float | None = None) -> str:
        """Hover text: every value of the year, with its basis and source."""
        year = int(round(x))
        rows = list(self.panel.view().tips[self.chart].get(year, []))
        return f"{year}\n" + "\n".join(rows) if rows else ""


class StripHover(HoverTooltip):
    """The chart's hover, which leaves the strip under it to the strip: over the strip the
    tooltip is the event's and the faint event line replaces the year guide."""

    def __init__(self, part: PriceChartPart, describe) -> None:
        super().__init__(part.plot, describe)
        self.part = part

    def _moved(self, event) -> None:
        strip = self.part.strip
        if strip is not None and isValid(self.plot):
            text = strip.describe_scene(event[0])
            if text is not None:
                self.line.setVisible(False)
                self.last_text = text
                if text:
                    view = self.plot
                    QToolTip.showText(view.mapToGlobal(view.mapFromScene(event[0])), text, view)
                else:
                    QToolTip.hideText()
                return
        super()._moved(event)
