"""What-if charts part of the Demand panel: demand by end use (stacked), primary demand and
supply of the user scenario beside the IEA points, the balance bars, and the result and
assumptions. Curves are created once and updated with setData, so a slider step is fast."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ree_desktop.analysis import scenarios as sc
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    HoverTooltip,
    SourceCaption,
    add_legend,
    make_plot,
    restyle,
    series_pen,
    set_y_range,
    title_size,
)
from ree_desktop.ui.flow_layout import CappedScroll
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.demand import model as m
from ree_desktop.ui.panels.demand import names as nm
from ree_desktop.ui.panels.demand.whatif_model import MODEL_CAPTION, WhatIf, drivers_key

if TYPE_CHECKING:
    from ree_desktop.ui.panels.demand.panel import DemandPanel

BALANCE_TITLE = QT_TRANSLATE_NOOP("Demand", "Balance: supply − primary demand")


class WhatIfPart(Part):
    """Redrawn when the drivers change (or, with none set, the scenario they start from)."""

    watches = frozenset({"drivers", "scenario", "tab"})

    def __init__(self, panel: DemandPanel) -> None:
        super().__init__()
        self.panel = panel
        self.result: sc.ModelResult | None = None
        self._style: tuple | None = None
        self._brushes = {True: pg.mkBrush("#D55E00"), False: pg.mkBrush("#009E73")}
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(4, 4, 4, 0)
        column.setSpacing(2)
        self.plot = make_plot(translate("Demand", "Demand and supply — {label}").format(
            label=translate("Demand", m.USER_LABEL)), translate("Demand", m.KT_LABEL))
        self.legend = add_legend(self.plot)
        self.legend.setColumnCount(2)
        self.hover = HoverTooltip(self.plot, lambda x, _y: WhatIf.describe(self.result, x))
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._build_items()
        self.balance_plot = make_plot(translate("Demand", BALANCE_TITLE),
                                      translate("Demand", "kt (below 0: shortfall)"))
        self.balance_bars = pg.BarGraphItem(x=[], height=[], width=0.7)
        self.balance_plot.addItem(self.balance_bars)
        self.balance_hover = HoverTooltip(self.balance_plot,
                                          lambda x, _y: WhatIf.describe(self.result, x))
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.balance_plot)
        self.assumption_label = QLabel(objectName="assumptions")
        self.assumption_label.setWordWrap(True)
        self.assumption_label.setTextFormat(Qt.TextFormat.RichText)
        self.assumption_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.assumption_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.assumption_label)
        lower.addWidget(scroll)
        lower.setSizes([360, 360])
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.plot)
        charts.addWidget(lower)
        charts.setSizes([420, 260])
        charts.setChildrenCollapsible(False)
        column.addWidget(charts, 1)
        self.caption = SourceCaption(translate("Demand", MODEL_CAPTION).format(
            source=m.IEA_SOURCE))
        column.addWidget(CappedScroll(self.caption, lines=3))  # 9 lines at 20 pt otherwise

    def _build_items(self) -> None:
        plot = self.plot
        previous = None
        for use in sc.END_USES:
            color = m.END_USE_COLORS[use]
            curve = pg.PlotDataItem([], [], pen=series_pen(color, 1.5), name=nm.use_name(use))
            plot.addItem(curve)
            if previous is None:
                self.floor = pg.PlotDataItem([], [], pen=pg.mkPen(None))
                plot.addItem(self.floor)
                previous = self.floor
            fill = QColor(color)
            fill.setAlpha(110)
            band = pg.FillBetweenItem(previous, curve, brush=pg.mkBrush(fill))
            plot.addItem(band)
            curve.visibleChanged.connect(lambda c=curve, b=band: b.setVisible(c.isVisible()))
            self.curves[use] = curve
            previous = curve
        fg = theme.current().foreground
        self.curves["primary"] = pg.PlotDataItem(
            [], [], pen=series_pen(fg, 2, dashed=True),
            name=translate("Demand", "Primary demand (after recycling)"))
        self.curves["supply"] = pg.PlotDataItem(
            [], [], pen=series_pen(m.SUPPLY_COLORS["mining"], 3),
            name=translate("Demand", "Supply (model path)"))
        self.curves["iea_demand"] = pg.PlotDataItem(
            [], [], pen=None, symbol="o", symbolSize=9, symbolBrush=None,
            symbolPen=pg.mkPen(fg, width=2),
            name=translate("Demand", "IEA total demand (points)"))
        self.curves["iea_supply"] = pg.PlotDataItem(
            [], [], pen=None, symbol="d", symbolSize=10, symbolBrush=None,
            symbolPen=pg.mkPen(m.SUPPLY_COLORS["mining"], width=2),
            name=translate("Demand", "IEA supply (points)"))
        for key in ("primary", "supply", "iea_demand", "iea_supply"):
            plot.addItem(self.curves[key])

    def active(self) -> bool:
        return self.panel.options.tab == "model"

    def key(self):
        return drivers_key(self.panel.drivers()), self.panel.scenario()

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, chart, self.legend)
        restyle(self.balance_plot, chart)
        self.curves["primary"].setPen(series_pen(chart.foreground, 2, dashed=True))
        self.curves["iea_demand"].setSymbolPen(pg.mkPen(chart.foreground, width=2))
        self.balance_plot.getPlotItem().setTitle(translate("Demand", BALANCE_TITLE),
                                                 color=chart.foreground, size=title_size(11))
        self._style = None

    def draw(self) -> None:
        """Run the model (memoised) and update the curves in place."""
        whatif = self.panel.whatif
        drivers = self.panel.drivers()
        self.result = result = whatif.run(drivers)
        arrays = WhatIf.stack(result)
        years = arrays["years"]
        self.floor.setData(years, arrays["floor"])
        for use in sc.END_USES:
            self.curves[use].setData(years, arrays[use])
        self.curves["primary"].setData(years, arrays["primary"])
        self.curves["supply"].setData(years, arrays["supply"])
        reference = whatif.reference(drivers, self.panel.state.scenario)
        self._restyle_run(drivers["supply_stage"], reference, drivers["start"])
        balance = arrays["balance"]
        self.balance_bars.setOpts(x=years, height=balance, width=0.7,
                                  brushes=[self._brushes[v < 0] for v in balance],
                                  pen=pg.mkPen(None))
        model_range, balance_range = whatif.y_ranges(result, balance, reference)
        set_y_range(self.plot, *model_range)  # legend room on top
        set_y_range(self.balance_plot, *balance_range)
        self.assumption_label.setText(whatif.assumptions_html(drivers, result))

    def _restyle_run(self, stage: str, reference: str, start: str) -> None:
        """Markers, pens, legend and title: only redone when what they show changes."""
        key = (stage, reference, start, theme.current().name)
        if self._style == key:
            return
        self._style = key
        whatif = self.panel.whatif
        names = WhatIf.legend_names(stage, reference)
        self.curves["supply"].setPen(series_pen(m.SUPPLY_COLORS[stage], 3))
        iea = whatif.iea_total(reference)
        self.curves["iea_demand"].setData(iea.index.to_numpy(float), iea.to_numpy(float))
        world = self.panel.model.supply_world(stage)
        self.curves["iea_supply"].setData(world.index.to_numpy(float), world.to_numpy(float))
        self.curves["iea_supply"].setSymbolPen(pg.mkPen(m.SUPPLY_COLORS[stage], width=2))
        for key_, text in names.items():
            self._set_legend_name(key_, text)
        self.plot.getPlotItem().setTitle(WhatIf.chart_title(start),
                                         color=theme.current().foreground, size=title_size(11))
        for plot in (self.plot, self.balance_plot):
            plot.setXRange(2023.5, 2050.5, padding=0)

    def _set_legend_name(self, key: str, text: str) -> None:
        curve = self.curves[key]
        curve.opts["name"] = text
        for sample, label in self.legend.items:
            if sample.item is curve:
                label.setText(text)
