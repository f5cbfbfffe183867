"""History part of the Demand panel: USGS world mine production and US apparent
consumption in t REO, the CAGR between two years (label on the chart and a small table),
and the optional events overlay."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ree_desktop.ui import theme
from ree_desktop.ui.charts import HoverTooltip, SourceCaption, add_legend, make_plot, series_pen
from ree_desktop.ui.event_overlay import attach_events
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.demand import model as m
from ree_desktop.ui.panels.demand.common import LogCompactAxis, restyle, small_table

if TYPE_CHECKING:
    from ree_desktop.ui.panels.demand.panel import DemandPanel


class HistoryPart(Part):
    """Redrawn when the year range, the axis or the CAGR years change."""

    watches = frozenset({"year_range", "axis", "cagr", "tab"})

    def __init__(self, panel: DemandPanel, controls: QHBoxLayout) -> None:
        super().__init__()
        self.panel = panel
        self.items: list = []
        self.tips: dict[int, list[str]] = {}
        self.cagr_rows = None
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(4, 4, 4, 0)
        column.setSpacing(2)
        column.addLayout(controls)
        row = QSplitter(Qt.Orientation.Horizontal)
        self.plot = make_plot("History: world mine production and US consumption (USGS)",
                              m.T_REO)
        self.plot.getPlotItem().setAxisItems({"left": LogCompactAxis("left")})
        self.plot.getPlotItem().setLabel("left", m.T_REO, color=theme.current().foreground)
        self.legend = add_legend(self.plot)
        self.hover = HoverTooltip(self.plot, lambda x, _y: self.describe(x))
        self.events_toggle, self.events_overlay = attach_events(
            self.plot, panel.store, text="Show events")
        controls.addWidget(self.events_toggle)
        self.cagr_label = pg.LabelItem(justify="right")
        self.cagr_label.setParentItem(self.plot.getPlotItem().vb)
        self.cagr_label.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-8, 2))
        self.cagr_table = small_table()
        self.cagr_table.setObjectName("cagrTable")
        row.addWidget(self.plot)
        row.addWidget(self.cagr_table)
        row.setStretchFactor(0, 1)
        row.setSizes([660, 340])
        column.addWidget(row, 1)
        self.caption = SourceCaption(m.HISTORY_CAPTION)
        column.addWidget(self.caption)

    def active(self) -> bool:
        return self.panel.options.tab == "history"

    def key(self):
        options = self.panel.options
        year_range = tuple(self.panel.state.year_range)
        return year_range, options.axis, m.cagr_years(options, year_range)

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, self.legend, chart)

    def draw(self) -> None:
        model, state, options = self.panel.model, self.panel.state, self.panel.options
        plot = self.plot
        for item in self.items:
            plot.removeItem(item)
        self.items = []
        self.legend.clear()
        self.tips = {}
        log = options.axis == "log"
        item = plot.getPlotItem()
        if item.getAxis("left").logMode != log:
            plot.setYRange(1, 2, padding=0)
            item.setLogMode(y=log)
        chart = theme.current()
        item.setLabel("left", m.T_REO + (" — log scale" if log else ""), color=chart.foreground)
        colors = {"world": theme.series_color(0), "us": theme.series_color(1)}
        year_range = tuple(state.year_range)
        start, end = m.cagr_years(options, year_range)
        series = model.history_series(year_range)
        self.cagr_rows = model.cagr_rows(year_range, start, end)
        for (key, frame), stats in zip(series.items(), self.cagr_rows.itertuples(),
                                       strict=True):
            self._plot_series(key, frame, colors[key], log)
            self._mark_cagr(stats, colors[key])
        self.cagr_table.model().set_frame(model.cagr_table_frame(self.cagr_rows))
        self.cagr_label.setText(model.cagr_text(self.cagr_rows, start, end),
                                color=chart.foreground)
        plot.setXRange(year_range[0] - 0.5, year_range[1] + 0.5, padding=0)
        y_range = model.history_y_range(year_range, log)
        if y_range is None:
            item.enableAutoRange(axis="y")
        else:
            plot.setYRange(*y_range, padding=0)

    def _add(self, item) -> None:
        self.plot.addItem(item)
        self.items.append(item)

    def _plot_series(self, key: str, frame, color: str, log: bool) -> None:
        if frame.empty:
            return
        arrays = self.panel.model.history_arrays(frame, log)
        curve = pg.PlotDataItem(arrays["years"], arrays["values"], connect="finite",
                                pen=series_pen(color, 2), name=f"{m.HISTORY[key]} (t REO)")
        self._add(curve)
        if len(arrays["flag_years"]):  # a PlotDataItem (not a bare scatter) follows the log axis
            marks = pg.PlotDataItem(arrays["flag_years"], arrays["flag_values"], pen=None,
                                    symbol="o", symbolSize=8,
                                    symbolBrush=pg.mkBrush(theme.current().background),
                                    symbolPen=pg.mkPen(color, width=1.5))
            self._add(marks)
            curve.visibleChanged.connect(lambda c=curve, k=marks: k.setVisible(c.isVisible()))
        for year, lines in self.panel.model.history_tips(key, frame).items():
            self.tips.setdefault(year, []).extend(lines)

    def _mark_cagr(self, stats, color: str) -> None:
        if stats.from_year is None:
            return
        ys = np.array([stats.value_from, stats.value_to], dtype=float)
        self._add(pg.PlotDataItem([stats.from_year, stats.to_year], ys, pen=None, symbol="s",
                                  symbolSize=9, symbolBrush=color, symbolPen=pg.mkPen(color)))

    def describe(self, x: float) -> str:
        year = int(round(x))
        tips = self.tips.get(year)
        return f"{year}\n" + "\n".join(tips) if tips else ""
