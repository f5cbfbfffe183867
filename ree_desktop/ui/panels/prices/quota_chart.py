"""The quota chart of the Prices & events panel: China's mining, smelting and export quotas
(bars for full years, markers for interim figures and single batches, never summed) against
its reported mine production (the event strip's faint line crosses it too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg

from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    CompactAxis,
    HoverTooltip,
    legend_entries,
    restyle,
    series_pen,
)
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.prices import model as m
from ree_desktop.ui.panels.prices import quota_model as q
from ree_desktop.ui.panels.prices.price_chart import make_chart, show_no_data

if TYPE_CHECKING:
    from ree_desktop.ui.panels.prices.panel import PricesPanel

MARKERS = (("interim", "d"), ("batch", "t1"))


class QuotaChartPart(Part):
    """Redrawn when the years change (or the elements, which may move the charts' start)."""

    watches = frozenset({"year_range", "elements"})

    def __init__(self, panel: PricesPanel) -> None:
        super().__init__()
        self.panel = panel
        self.plot, self.legend, self.widget = make_chart(
            translate("Prices", m.QUOTA_TITLE), "t REO")
        item = self.plot.getPlotItem()  # 250k, not "250000" beside the prices' "2,000"
        item.setAxisItems({"left": CompactAxis("left")})
        item.setLabel("left", "t REO", color=theme.current().foreground)
        item.showGrid(x=True, y=True, alpha=theme.current().grid_alpha)
        self.hover = HoverTooltip(self.plot, self.describe)
        self.no_data = pg.TextItem(translate("Prices", m.NO_DATA), anchor=(0.5, 0.5))
        self.no_data.setVisible(False)
        self.plot.addItem(self.no_data, ignoreBounds=True)
        self.production = pg.PlotDataItem([], [], connect="finite", symbol="o", symbolSize=6)
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.markers: dict[tuple[str, str], pg.ScatterPlotItem] = {}
        for series in q.QUOTA_SERIES:
            self.bars[series] = pg.BarGraphItem(x=[], height=[], width=0.36)
            for kind, symbol in MARKERS:
                self.markers[series, kind] = pg.ScatterPlotItem(symbol=symbol, size=10)
        self._on_plot: set[int] = set()
        self.gap_labels: dict[int, pg.TextItem] = {}  # year → its "not published" mark

    def key(self):
        return tuple(self.panel.state.year_range), self.panel.view().x_span[0]

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, chart)

    def _show(self, item, on: bool) -> None:
        """An item is on the plot only while it has data (empty items confuse pyqtgraph)."""
        if on and id(item) not in self._on_plot:
            self.plot.addItem(item)
            self._on_plot.add(id(item))
        elif not on and id(item) in self._on_plot:
            self.plot.removeItem(item)
            self._on_plot.discard(id(item))

    def draw(self) -> None:
        view = self.panel.quota_view()
        chart = theme.current()
        xs, ys, estimate = view.production
        self._show(self.production, bool(len(xs)))
        if len(xs):
            solid, hollow = pg.mkBrush(chart.foreground), pg.mkBrush(chart.background)
            self.production.setData(xs, ys, pen=series_pen(chart.foreground, 2),
                                    symbolBrush=[hollow if e else solid for e in estimate],
                                    symbolPen=pg.mkPen(chart.foreground))
        for series, (_offset, color) in q.QUOTA_SERIES.items():
            x, height = view.quota(series, "full year")
            bars = self.bars[series]
            self._show(bars, bool(len(x)))
            if len(x):
                bars.setOpts(x=x, height=height, brush=pg.mkBrush(color), pen=pg.mkPen(color))
            for kind, _symbol in MARKERS:
                x, y = view.quota(series, kind)
                scatter = self.markers[series, kind]
                self._show(scatter, bool(len(x)))
                if len(x):
                    scatter.setData(x=x, y=y, pen=pg.mkPen(color, width=2),
                                    brush=pg.mkBrush(chart.background))
        self._mark_gaps(view, chart)
        self.legend.set_entries(legend_entries(view.legend()))
        self.plot.getPlotItem().vb.disableAutoRange()
        y_range = view.y_range()
        if y_range is not None:
            self.plot.setYRange(*y_range, padding=0)
        show_no_data(self.plot, self.no_data, y_range is None)

    def _mark_gaps(self, view: q.QuotaView, chart: theme.ChartTheme) -> None:
        """'not published' written up from the axis in each year without a full-year quota
        total, so the empty slot never reads as a year without quota."""
        for label in self.gap_labels.values():
            label.setVisible(False)
        for year, series in view.not_published.items():
            label = self.gap_labels.get(year)
            if label is None:
                label = pg.TextItem(q.not_published(), anchor=(0, 0.5), angle=90)
                self.plot.addItem(label, ignoreBounds=True)
                self.gap_labels[year] = label
            label.setColor(chart.muted)
            label.setToolTip("\n".join(
                translate("Prices", "{series}: full-year total not published").format(
                    series=q.series_name(name)) for name in series))
            # in the missing series' own slot: centred on the year it ran over the bar of
            # the series that was published (2020: mining quota, no smelting total)
            x = year + (q.QUOTA_SERIES[series[0]][0] if len(series) == 1 else 0.0)
            label.setPos(x, 0)
            label.setVisible(True)

    def describe(self, x: float, y: float | None = None) -> str:
        """Hover text: every figure of the year."""
        year = int(round(x))
        rows = list(self.panel.quota_view().tips.get(year, []))
        return f"{year}\n" + "\n".join(rows) if rows else ""
