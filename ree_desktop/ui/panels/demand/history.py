"""History part of the Demand panel: USGS world mine production and US apparent
consumption in t REO, the CAGR between two years (label on the chart and a small table),
and the optional events overlay."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    CompactAxis,
    HoverTooltip,
    SourceCaption,
    ViewNote,
    add_legend,
    make_plot,
    restyle,
    series_pen,
)
from ree_desktop.ui.event_overlay import attach_events
from ree_desktop.ui.flow_layout import CappedScroll
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.demand import model as m
from ree_desktop.ui.panels.demand.common import small_table

if TYPE_CHECKING:
    from ree_desktop.ui.panels.demand.panel import DemandPanel


class HistoryPart(Part):
    """Redrawn when the year range, the axis or the CAGR years change."""

    watches = frozenset({"year_range", "axis", "cagr", "tab"})

    def __init__(self, panel: DemandPanel, controls: QHBoxLayout) -> None:
        super().__init__()
        self.panel = panel
        self.tips: dict[int, list[str]] | None = None
        self.cagr_rows = None
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(4, 4, 4, 0)
        column.setSpacing(2)
        column.addLayout(controls)
        row = QSplitter(Qt.Orientation.Horizontal)
        self.plot = make_plot(translate("Demand", "History: world mine production and US "
                                        "consumption (USGS)"), translate("Demand", m.T_REO))
        self.plot.getPlotItem().setAxisItems({"left": CompactAxis("left")})
        self.plot.getPlotItem().setLabel("left", translate("Demand", m.T_REO),
                                         color=theme.current().foreground)
        self.legend = add_legend(self.plot)
        self.hover = HoverTooltip(self.plot, lambda x, _y: self.describe(x))
        self.events_toggle, self.events_overlay = attach_events(
            self.plot, panel.store, text=translate("Demand", "Show events"))
        controls.addWidget(self.events_toggle)
        # beside the legend, inside the view; hidden if it cannot fit (the table has it)
        self.cagr_label = ViewNote(self.plot.getPlotItem().vb, avoid=self.legend)
        self.cagr_table = small_table()
        self.cagr_table.setObjectName("cagrTable")
        row.addWidget(self.plot)
        row.addWidget(self.cagr_table)
        row.setStretchFactor(0, 1)
        row.setSizes([660, 340])
        column.addWidget(row, 1)
        self.caption = SourceCaption(m.USGS_SOURCE + translate("Demand", m.HISTORY_NOTE))
        column.addWidget(CappedScroll(self.caption, lines=3))
        self._build_items()

    def active(self) -> bool:
        return self.panel.options.tab == "history"

    def key(self):
        options = self.panel.options
        year_range = tuple(self.panel.state.year_range)
        return year_range, options.axis, m.cagr_years(options, year_range)

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, chart, self.legend)
        for index, (curve, marks, cagr) in enumerate(self.series_items.values()):
            color = theme.series_color(index)
            curve.setPen(series_pen(color, 2))
            marks.setSymbolBrush(pg.mkBrush(chart.background))
            marks.setSymbolPen(pg.mkPen(color, width=1.5))
            cagr.setSymbolBrush(color)
            cagr.setSymbolPen(pg.mkPen(color))

    def _build_items(self) -> None:
        """The curves, estimate markers and CAGR markers, made once and updated with setData
        (making and adding items was most of a year-range change)."""
        self.series_items: dict[str, tuple] = {}
        for index, key in enumerate(("world", "us")):
            color = theme.series_color(index)
            curve = pg.PlotDataItem([], [], connect="finite", pen=series_pen(color, 2),
                                    name=f"{translate('Demand', m.HISTORY[key])} (t REO)")
            marks = pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=8,
                                    symbolBrush=pg.mkBrush(theme.current().background),
                                    symbolPen=pg.mkPen(color, width=1.5))
            cagr = pg.PlotDataItem([], [], pen=None, symbol="s", symbolSize=9,
                                   symbolBrush=color, symbolPen=pg.mkPen(color))
            for item in (curve, marks, cagr):
                self.plot.addItem(item)
            curve.visibleChanged.connect(lambda c=curve, k=marks: k.setVisible(c.isVisible()))
            self.series_items[key] = (curve, marks, cagr)

    def draw(self) -> None:
        model, state, options = self.panel.model, self.panel.state, self.panel.options
        plot = self.plot
        self.tips = None  # made when first hovered
        log = options.axis == "log"
        item = plot.getPlotItem()
        if item.getAxis("left").logMode != log:
            plot.setYRange(1, 2, padding=0)
            item.setLogMode(y=log)
        chart = theme.current()
        label = translate("Demand", m.T_REO) + (translate("Demand", " — log scale") if log
                                                 else "")
        if (label, chart.name) != getattr(self, "_label", None):  # re-rendering it costs
            self._label = (label, chart.name)
            item.setLabel("left", label, color=chart.foreground)
        year_range = tuple(state.year_range)
        start, end = m.cagr_years(options, year_range)
        view = model.history_view(year_range, start, end, log)
        self.cagr_rows = view["rows"]
        for key, stats in zip(("world", "us"), self.cagr_rows.itertuples(), strict=True):
            self._update_series(key, model.history_series(year_range)[key], log, stats)
        if getattr(self, "_table_shown", None) is not view["table"]:  # a reset re-lays it
            self._table_shown = view["table"]
            self.cagr_table.model().set_frame(view["table"])
        self.cagr_label.set_note(view["label"], color=chart.foreground)
        plot.setXRange(year_range[0] - 0.5, year_range[1] + 0.5, padding=0)
        if view["y_range"] is None:
            item.enableAutoRange(axis="y")
        else:
            plot.setYRange(*view["y_range"], padding=0)

    def _update_series(self, key: str, frame, log: bool, stats) -> None:
        curve, marks, cagr = self.series_items[key]
        listed = any(sample.item is curve for sample, _label in self.legend.items)
        if frame.empty:  # nothing in the range: no line, and none in the legend
            for item in (curve, marks, cagr):
                item.setData([], [])
            if listed:
                self.legend.removeItem(curve)
            return
        if not listed:
            self.legend.addItem(curve, curve.opts["name"])
        arrays = self.panel.model.history_arrays(key, tuple(self.panel.state.year_range), log)
        curve.setData(arrays["years"], arrays["values"])
        marks.setData(arrays["flag_years"], arrays["flag_values"])
        if stats.from_year is None:
            cagr.setData([], [])
        else:
            cagr.setData([stats.from_year, stats.to_year],
                         np.array([stats.value_from, stats.value_to], dtype=float))

    def describe(self, x: float) -> str:
        if self.tips is None:
            self.tips = self.panel.model.history_year_tips(tuple(self.panel.state.year_range))
        year = int(round(x))
        tips = self.tips.get(year)
        return f"{year}\n" + "\n".join(tips) if tips else ""
