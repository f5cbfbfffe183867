"""Projections part of the Demand panel: IEA magnet rare-earth demand (kt) as lines per
scenario or stacked by end use, with IEA supply on the same kt axis."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ree_desktop.analysis import scenarios as sc
from ree_desktop.ui import theme
from ree_desktop.ui.charts import HoverTooltip, SourceCaption, add_legend, make_plot, series_pen
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.demand import model as m
from ree_desktop.ui.panels.demand.common import dash_dot, restyle

if TYPE_CHECKING:
    from ree_desktop.ui.panels.demand.panel import DemandPanel


class ProjectionPart(Part):
    """Redrawn when the scenario, the view, the end use or the supply stages change."""

    watches = frozenset({"scenario", "view", "end_use", "supply", "tab"})

    def __init__(self, panel: DemandPanel, controls: QHBoxLayout) -> None:
        super().__init__()
        self.panel = panel
        self.items: list = []
        self.tips: dict[int, list[str]] = {}
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(4, 4, 4, 0)
        column.setSpacing(2)
        column.addLayout(controls)
        self.plot = make_plot("Projections: magnet rare-earth demand and supply (IEA)",
                              m.KT_LABEL)
        self.legend = add_legend(self.plot)
        self.hover = HoverTooltip(self.plot, lambda x, _y: self.panel.model.describe_projection(
            self.tips, x))
        column.addWidget(self.plot, 1)
        self.caption = SourceCaption(m.PROJECTION_CAPTION)
        column.addWidget(self.caption)

    def active(self) -> bool:
        return self.panel.options.tab == "history"

    def key(self):
        options = self.panel.options
        return (self.panel.scenario(), options.view, options.end_use, options.supply)

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, self.legend, chart)

    def draw(self) -> None:
        model, options = self.panel.model, self.panel.options
        scenario = self.panel.scenario()
        plot = self.plot
        for item in self.items:
            plot.removeItem(item)
        self.items = []
        self.legend.clear()
        if options.view == "stacked":
            self._draw_stacked(scenario)
        else:
            for code in sc.SCENARIOS:
                self._draw_line(code, options.end_use, width=3 if code == scenario else 2)
        if model.supply_comparable(options):
            for stage in options.supply:
                self._draw_supply(stage)
        self.tips = model.projection_tips(options, scenario)
        plot.getPlotItem().setTitle(model.projection_title(options, scenario),
                                    color=theme.current().foreground, size="11pt")
        plot.setXRange(2023, 2051, padding=0)
        tops = [np.nanmax(i.getOriginalDataset()[1]) for i in self.items
                if isinstance(i, pg.PlotDataItem) and len(i.getOriginalDataset()[1])]
        top = max(tops, default=10)
        # the axis starts at zero so the gap between demand and supply is not exaggerated
        if options.view == "stacked":  # areas fill from zero: legend in room on top
            self.legend.setOffset((10, 10))
            plot.setYRange(0, m.nice_ceiling(top * 1.6), padding=0)
        else:  # lines start near 75 kt: the legend fits below them, bottom right
            self.legend.setOffset((-10, -10))
            plot.setYRange(0, m.nice_ceiling(top * 1.08), padding=0)

    def _add(self, item) -> None:
        self.plot.addItem(item)
        self.items.append(item)

    def _draw_line(self, code: str, use: str, width: int) -> None:
        path = self.panel.model.scenario_path(code, use)
        if path.empty:
            return
        color = m.SCENARIO_COLORS[code]
        curve = pg.PlotDataItem(path.index.to_numpy(float), path.to_numpy(float),
                                pen=series_pen(color, width, dashed=True), symbol="o",
                                symbolSize=8, symbolBrush=color, symbolPen=pg.mkPen(color),
                                name=f"IEA {code}: {use} (kt)")
        curve.setToolTip(sc.SCENARIO_HELP[code])
        self._add(curve)

    def _draw_stacked(self, code: str) -> None:
        cumulative = None
        floor = None
        for use, path in self.panel.model.stacked_paths(code):
            years = path.index.to_numpy(float)
            top = path.to_numpy(float) if cumulative is None else cumulative + path.to_numpy(float)
            color = m.END_USE_COLORS[use]
            curve = pg.PlotDataItem(years, top, pen=series_pen(color, 1.5), symbol="o",
                                    symbolSize=6, symbolBrush=color, symbolPen=pg.mkPen(color),
                                    name=f"IEA {code}: {use} (kt, stacked)")
            if floor is None:
                floor = pg.PlotDataItem(years, np.zeros_like(top), pen=pg.mkPen(None))
                self._add(floor)
            fill = QColor(color)
            fill.setAlpha(120)
            band = pg.FillBetweenItem(floor, curve, brush=pg.mkBrush(fill))
            self._add(curve)
            self._add(band)
            curve.visibleChanged.connect(lambda c=curve, b=band: b.setVisible(c.isVisible()))
            floor, cumulative = curve, top

    def _draw_supply(self, stage: str) -> None:
        series = self.panel.model.supply_world(stage)
        if series.empty:
            return
        color = m.SUPPLY_COLORS[stage]
        self._add(pg.PlotDataItem(series.index.to_numpy(float), series.to_numpy(float),
                                  pen=dash_dot(series_pen(color, 2.5)), symbol="d",
                                  symbolSize=10, symbolBrush=color, symbolPen=pg.mkPen(color),
                                  name=f"IEA {stage} supply, base case (kt)"))
