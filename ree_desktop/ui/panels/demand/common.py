"""Chart helpers shared by the Demand panel's parts (Qt): the log-aware axis, a small
table, the supply pen and the one theme restyle of a plot and its legend."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ree_desktop.ui import theme
from ree_desktop.ui.charts import CompactAxis, compact_number
from ree_desktop.ui.models import DataFrameModel


class LogCompactAxis(CompactAxis):
    """Compact tick labels (400k) that also read right on a log axis (10^5 → 100k)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        if self.logMode:
            return [compact_number(10 ** v) for v in values]
        return super().tickStrings(values, scale, spacing)


def small_table() -> QTableView:
    view = QTableView()
    view.setModel(DataFrameModel())
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def dash_dot(pen):
    """Supply projections: dash-dot, told apart from the dashed demand projections."""
    pen.setStyle(Qt.PenStyle.DashDotLine)
    return pen


def restyle(plot: pg.PlotWidget, legend: pg.LegendItem | None,
            chart: theme.ChartTheme) -> None:
    """Re-colour a plot (and its legend) built with the previous theme."""
    plot.setBackground(chart.background)
    item = plot.getPlotItem()
    item.showGrid(x=True, y=True, alpha=chart.grid_alpha)
    for side in ("left", "bottom"):
        item.getAxis(side).setPen(pg.mkPen(chart.foreground))
        item.getAxis(side).setTextPen(pg.mkPen(chart.foreground))
    item.getAxis("left").setLabel(item.getAxis("left").labelText, color=chart.foreground)
    if legend is not None:
        legend.setLabelTextColor(chart.foreground)
        legend.setBrush(pg.mkBrush(chart.background + "CC"))
        for _sample, label in legend.items:  # the colour shows only once re-rendered
            label.setText(label.text, color=chart.foreground)


def set_y_range(plot: pg.PlotWidget, low: float, high: float) -> None:
    """Change the y range only when it must (a steady axis while dragging)."""
    current = plot.getPlotItem().vb.viewRange()[1]
    if (round(current[0], 6), round(current[1], 6)) != (round(low, 6), round(high, 6)):
        plot.setYRange(low, high, padding=0)
