"""Where the ore comes from (Qt): the light/heavy make-up of major deposits and the Bayan Obo
facts table. The data do not change: drawn once, restyled on a theme switch."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.charts import HoverTooltip, make_plot, restyle
from ree_desktop.ui.models import DataFrameModel
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.value_chain import detail_model as dm

if TYPE_CHECKING:
    from ree_desktop.ui.panels.value_chain.panel import ValueChainPanel


def deposit_colors(chart: theme.ChartTheme) -> tuple[str, str]:
    """(light REE, heavy REE) colours."""
    return chart.series[5], chart.series[3]


class DepositsPart(Part):
    """Drawn the first time its tab shows, and again only after a theme switch."""

    watches = frozenset({"tab"})

    def __init__(self, panel: ValueChainPanel) -> None:
        super().__init__()
        self.panel = panel
        self.deposits = panel.model.deposits
        self.widget = QWidget()
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(4, 4, 4, 4)
        left = QVBoxLayout()
        self.note = QLabel(objectName="depositNote")
        self.note.setWordWrap(True)
        self._set_note(theme.current())
        left.addWidget(self.note)
        self.plot = make_plot(x_label=translate("ValueChain", "% of total REO"))
        self.plot.setMouseEnabled(False, False)
        self.plot.setMinimumHeight(200)
        self.tooltip = HoverTooltip(self.plot, lambda _x, y: dm.describe_deposit(
            self.deposits, y))
        self.tooltip.line.setPen(pg.mkPen(None))
        left.addWidget(self.plot, 1)
        holder = QWidget()
        holder.setLayout(left)
        right = QVBoxLayout()
        title = QLabel(translate("ValueChain", dm.BAYAN_TITLE))
        title.setWordWrap(True)
        right.addWidget(title)
        self.bayan_model = DataFrameModel(translate_headers=True)
        self.bayan_table = QTableView(objectName="bayanTable")
        self.bayan_table.setModel(self.bayan_model)
        self.bayan_table.viewport().setProperty("dataText", True)  # facts as published
        right.addWidget(self.bayan_table, 1)
        facts = QWidget()
        facts.setLayout(right)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(holder)
        split.addWidget(facts)
        split.setSizes([560, 440])
        layout.addWidget(split)
        self.bars: list[pg.BarGraphItem] = []
        self._build_bars()
        self._fill_bayan_obo()

    def _set_note(self, chart: theme.ChartTheme) -> None:
        light, heavy = deposit_colors(chart)
        self.note.setText(translate("ValueChain", dm.DEPOSIT_NOTE).format(light=light,
                                                                       heavy=heavy))

    def _build_bars(self) -> None:
        frame, plot = self.deposits, self.plot
        if frame.empty:
            return
        y = np.arange(len(frame), dtype=float)
        light = frame["light_pct"].to_numpy()
        self.bars = [pg.BarGraphItem(x0=np.zeros(len(y)), y=y, height=0.72, width=light,
                                     pen=pg.mkPen(None)),
                     pg.BarGraphItem(x0=light, y=y, height=0.72,
                                     width=frame["heavy_pct"].to_numpy(), pen=pg.mkPen(None))]
        for bar in self.bars:
            plot.addItem(bar)
        plot.getPlotItem().getAxis("left").setTicks([dm.deposit_ticks(frame)])
        plot.getPlotItem().showGrid(x=True, y=False)
        plot.setXRange(0, 103, padding=0)
        plot.setYRange(-0.6, len(y) - 0.4, padding=0)

    def _fill_bayan_obo(self) -> None:
        frame = dm.bayan_frame(self.panel.model.frames.bayan_obo)
        if frame.empty:
            return
        self.bayan_model.set_frame(frame)
        self.bayan_table.resizeColumnsToContents()
        for column, width in ((0, 200), (1, 110), (2, 90), (4, 320)):
            self.bayan_table.setColumnWidth(column, min(width,
                                                        self.bayan_table.columnWidth(column)))

    def key(self):
        return "deposits"   # the data never change: only a theme switch redraws

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, chart)
        self._set_note(chart)

    def draw(self) -> None:
        for bar, color in zip(self.bars, deposit_colors(theme.current()), strict=False):
            bar.setOpts(brush=color)
