"""Concentration over time (Qt): top country, top 3 and HHI of the picked stage, the year
line, and the chart's figures as a table. The lines are made once and updated with
``setData``; a year change only moves the year line."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.analysis import value_chain as vc
from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    HoverTooltip,
    HundredAxis,
    add_legend,
    make_plot,
    marker_brush,
    marker_pen,
    restyle,
    series_pen,
)
from ree_desktop.ui.models import DataFrameModel
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.value_chain import detail_model as dm
from ree_desktop.ui.panels.value_chain.common import (
    LEGEND_HEADROOM,
    percent_axis,
)
from ree_desktop.ui.panels.value_chain.names import stage_title

if TYPE_CHECKING:
    from ree_desktop.ui.panels.value_chain.panel import ValueChainPanel


class ConcentrationPart(Part):
    """Redrawn when the stage (or, for mining, the year range) changes; the year moves the
    year line only."""

    watches = frozenset({"stage", "year_range", "year", "tab"})

    def __init__(self, panel: ValueChainPanel) -> None:
        super().__init__()
        self.panel = panel
        self.concentration = pd.DataFrame()
        self.curves_key = None
        self._views: dict[tuple, dict] = {}
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("ValueChain", "Stage")))
        self.stage_picker = QComboBox(objectName="stagePicker")
        for key, _label in vc.STAGES:
            self.stage_picker.addItem(stage_title(key), key)
        bar.addWidget(self.stage_picker)
        self.note = QLabel(objectName="concentrationNote")
        self.note.setWordWrap(True)
        bar.addWidget(self.note, 1)
        layout.addLayout(bar)
        self.plot = self._make_plot()
        self.model = DataFrameModel(translate_headers=True)
        self.table = QTableView(objectName="concentrationTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.plot)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 360])
        layout.addWidget(split, 1)

    def _make_plot(self) -> pg.PlotWidget:
        chart = theme.current()
        plot = make_plot(y_label=translate("ValueChain", "share (%)"))
        item = plot.getPlotItem()
        right = HundredAxis("right")
        right.setPen(pg.mkPen(chart.foreground))
        right.setTextPen(pg.mkPen(chart.foreground))
        item.setAxisItems({"right": right})
        item.showAxis("right")
        item.setLabel("right", translate("ValueChain", "HHI (0–10,000)"), color=chart.foreground)
        plot.setMouseEnabled(False, False)
        self.legend = add_legend(plot)
        self.legend.setColumnCount(3)  # one row above 100 %, clear of the lines
        self.legend.setOffset((10, 1))
        percent_axis(plot, right=True)
        self.year_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(
            chart.muted, width=1.5, style=Qt.PenStyle.DashLine),
            label="{value:.0f}", labelOpts={"position": 0.97, "color": chart.muted})
        plot.addItem(self.year_line, ignoreBounds=True)
        self.tooltip = HoverTooltip(plot, lambda x, _y: dm.describe_concentration(
            self.concentration, x))
        self.empty = pg.TextItem(color=chart.muted, anchor=(0.5, 0.5))
        self.empty.setVisible(False)
        plot.addItem(self.empty, ignoreBounds=True)
        self.lines: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        for name, (label, _column, _color) in dm.CONC_SERIES.items():
            curve = pg.PlotDataItem([], [], connect="finite", symbol="o", symbolSize=7,
                                    name=translate("ValueChain", label))
            proj = pg.PlotDataItem([], [])
            plot.addItem(curve)
            plot.addItem(proj)
            self.lines[name] = (curve, proj)
        return plot

    @property
    def curves(self) -> dict[str, pg.PlotDataItem]:
        """The lines drawn now, by name ('top1', 'hhi', 'hhi_proj', …)."""
        out = {}
        for name, (curve, proj) in self.lines.items():
            if len(curve.xData if curve.xData is not None else []):
                out[name] = curve
            if len(proj.xData if proj.xData is not None else []):
                out[name + "_proj"] = proj
        return out

    def active(self) -> bool:
        return self.panel.options.tab == 0

    def _curves_key(self) -> tuple:
        stage = self.panel.current_stage()
        return stage, tuple(self.panel.state.year_range) if stage == "mining" else None

    def key(self):
        return self._curves_key(), int(self.panel.state.year)

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, chart, self.legend)
        self.empty.setColor(chart.muted)
        self.year_line.setPen(pg.mkPen(chart.muted, width=1.5, style=Qt.PenStyle.DashLine))
        self.curves_key = None
        for view in self._views.values():  # the font may have changed with the theme
            view["widths"] = None

    def draw(self) -> None:
        if self.drawn_key is None:  # a full refresh (font size, import): measure again
            self.curves_key = None
            for view in self._views.values():
                view["widths"] = None
        key = self._curves_key()
        if key != self.curves_key:
            self.curves_key = key
            self._draw_lines(*key)
        conc = self.concentration
        year = int(self.panel.state.year)
        self.year_line.setPos(year)
        shown = not conc.empty and not conc["hhi"].isna().all()
        self.year_line.setVisible(shown and int(conc["year"].min()) <= year
                                  <= int(conc["year"].max()))
        if shown:  # the legend keeps clear of the year's label: right when the year is left
            first, last = int(conc["year"].min()), int(conc["year"].max())
            left = last > first and (year - first) / (last - first) < 0.5
            self.legend.setOffset((-10, 1) if left else (10, 1))

    def _shaped(self, stage: str, year_range: tuple[int, int]) -> dict:
        """The model's frames and arrays for a stage and range (kept: revisits are free)."""
        key = (stage, year_range if stage == "mining" else None)
        if key not in self._views:
            conc = dm.concentration(self.panel.model, stage, year_range)
            reason = dm.concentration_empty(stage, conc)
            self._views[key] = {
                "conc": conc, "table": dm.concentration_table(conc), "reason": reason,
                "note": "" if reason else dm.concentration_note(conc), "widths": None,
                "lines": {} if reason else {name: dm.concentration_series(conc, column)
                                            for name, (_l, column, _c) in
                                            dm.CONC_SERIES.items()}}
            while len(self._views) > 32:
                self._views.pop(next(iter(self._views)))
        return self._views[key]

    def _draw_lines(self, stage: str, _range) -> None:
        plot = self.plot
        view = self._shaped(stage, tuple(self.panel.state.year_range))
        conc = self.concentration = view["conc"]
        self.model.set_frame(view["table"])
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        if view["widths"] is None:  # measuring every cell costs: once per stage and range
            self.table.resizeColumnsToContents()
            view["widths"] = [self.table.columnWidth(c) for c in range(self.model.columnCount())]
        else:
            for column, width in enumerate(view["widths"]):
                self.table.setColumnWidth(column, width)
        reason = view["reason"]
        self.empty.setVisible(bool(reason))
        if reason:
            for curve, proj in self.lines.values():
                curve.setData([], [])
                proj.setData([], [])
            self.legend.clear()
            self.empty.setText(reason)
            plot.setXRange(0, 1)
            plot.setYRange(0, 1)
            self.empty.setPos(0.5, 0.5)
            self.note.setText("")
            return
        if not self.legend.items:
            for name, (label, _column, _color) in dm.CONC_SERIES.items():
                self.legend.addItem(self.lines[name][0], translate("ValueChain", label))
        chart = theme.current()
        for name, (_label, _column, color_index) in dm.CONC_SERIES.items():
            color = chart.series[color_index % len(chart.series)]
            arrays = view["lines"][name]
            curve, proj = self.lines[name]
            hollow, solid = marker_brush(chart.background), marker_brush(color)
            curve.setPen(series_pen(color, 2.5, dashed=arrays["dashed"]))
            curve.setData(arrays["years"], arrays["values"], symbolPen=marker_pen(color),
                          symbolBrush=[hollow if h else solid for h in arrays["hollow"]])
            proj.setPen(series_pen(color, 2.5, dashed=True))
            proj.setData(arrays["proj_years"], arrays["proj_values"])
        years = conc["year"]
        plot.setXRange(float(years.min()) - 0.5, float(years.max()) + 0.5, padding=0.02)
        plot.setYRange(0, LEGEND_HEADROOM, padding=0)
        self.note.setText(view["note"])
