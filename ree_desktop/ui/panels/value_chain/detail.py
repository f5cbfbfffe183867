"""Stage detail (Qt): every row of the picked stage (those not used in the bar too) and the
shares of its six largest segments over time. Lines are reused (``setData``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.charts import HoverTooltip, add_legend, make_plot, restyle, series_pen
from ree_desktop.ui.models import DataFrameModel
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.value_chain import detail_model as dm
from ree_desktop.ui.panels.value_chain.common import LEGEND_HEADROOM, percent_axis
from ree_desktop.ui.panels.value_chain.names import display_name

if TYPE_CHECKING:
    from ree_desktop.ui.panels.value_chain.panel import ValueChainPanel

MAX_LINES = 6


class DetailPart(Part):
    """Redrawn when the stage (or, for mining, the year range) changes, while its tab shows."""

    watches = frozenset({"stage", "year_range", "tab"})

    def __init__(self, panel: ValueChainPanel) -> None:
        super().__init__()
        self.panel = panel
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel(objectName="detailHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = DataFrameModel(translate_headers=True)
        self.table = QTableView(objectName="detailTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.plot = make_plot(y_label=translate("ValueChain", "share (%)"))
        self.plot.setMouseEnabled(False, False)
        self.legend = add_legend(self.plot)
        self.legend.setColumnCount(3)
        self.legend.setOffset((10, 1))
        percent_axis(self.plot)
        self.tooltip = HoverTooltip(self.plot, lambda x, _y: dm.describe_detail(
            panel.model, panel.current_stage(), x))
        self._pool: list[pg.PlotDataItem] = []
        for _ in range(MAX_LINES):
            curve = pg.PlotDataItem([], [], connect="finite", symbol="o", symbolSize=5)
            self.plot.addItem(curve)
            self._pool.append(curve)
        split.addWidget(self.table)
        split.addWidget(self.plot)
        split.setSizes([520, 480])
        layout.addWidget(split, 1)

    def active(self) -> bool:
        return self.panel.options.tab == 1

    def key(self):
        stage = self.panel.current_stage()
        return stage, tuple(self.panel.state.year_range) if stage == "mining" else None

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, chart, self.legend)

    def draw(self) -> None:
        panel = self.panel
        stage, year_range = panel.current_stage(), tuple(panel.state.year_range)
        frame = dm.detail_frame(panel.model, stage, year_range)
        self.model.set_frame(frame)
        self.heading.setText(dm.detail_heading(stage, frame))
        table = panel.detail_lines(stage)
        self.legend.clear()
        self.curves = {}
        target = panel.highlight_target()
        segments = [] if table.empty else [str(s) for s in table.columns]
        for curve, segment in zip(self._pool, segments, strict=False):
            series = table[segment].dropna()
            years = list(range(int(series.index.min()), int(series.index.max()) + 1))
            values = series.reindex(years).to_numpy(dtype=float)
            color = panel.segment_color(segment)
            curve.setPen(series_pen(color, 4 if segment == target else 2))
            curve.setSymbolBrush(color)
            curve.setSymbolPen(color)
            curve.setData(years, values)
            curve.setVisible(True)
            self.legend.addItem(curve, display_name(
                segment, panel.store.country_names.get(segment, segment)))
            self.curves[segment] = curve
        for curve in self._pool[len(segments):]:
            curve.setData([], [])
            curve.setVisible(False)
        if segments:
            self.plot.setYRange(0, LEGEND_HEADROOM, padding=0)
            self.plot.setXRange(float(table.index.min()) - 0.5, float(table.index.max()) + 0.5)

    def highlight(self, target: str | None) -> None:
        for segment, curve in self.curves.items():
            curve.setPen(series_pen(self.panel.segment_color(segment),
                                    4 if segment == target else 2))
