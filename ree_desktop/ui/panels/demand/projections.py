"""Projections part of the Demand panel: IEA magnet rare-earth demand (kt) as lines per
scenario or stacked by end use, with IEA supply on the same kt axis."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from ree_desktop.analysis import scenarios as sc
from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    HoverTooltip,
    SourceCaption,
    below_legend,
    dash_dot,
    fit_name,
    fitting_columns,
    make_plot,
    restyle,
    series_pen,
    title_size,
)
from ree_desktop.ui.flow_layout import CappedScroll
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.demand import model as m
from ree_desktop.ui.panels.demand import names as nm
from ree_desktop.ui.panels.demand import user_paths as up

if TYPE_CHECKING:
    from ree_desktop.ui.panels.demand.panel import DemandPanel


class ProjectionPart(Part):
    """Redrawn when the scenario, the view, the end use or the supply stages change."""

    watches = frozenset({"scenario", "view", "end_use", "supply", "tab"})

    def __init__(self, panel: DemandPanel, controls: QLayout) -> None:
        super().__init__()
        self.panel = panel
        self.items: list = []
        self.tips: dict[int, list[str]] = {}
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(4, 4, 4, 0)
        column.setSpacing(2)
        column.addLayout(controls)
        self.controls = controls
        self.plot = make_plot(translate("Demand", "Projections: magnet rare-earth demand and "
                                        "supply (IEA)"), translate("Demand", m.KT_LABEL))
        # under the axis: with your paths the in-plot legend covered the lines at 1280×800
        # (and at 16–20 pt ran out of the plot's top)
        self.legend = below_legend(self.plot)
        self.plot.getPlotItem().vb.sigResized.connect(self._refit_legend)
        self.hover = HoverTooltip(self.plot, lambda x, _y: self.panel.model.describe_projection(
            self.tips, x))
        column.addWidget(self.plot, 1)
        self.caption = SourceCaption(m.IEA_SOURCE + translate("Demand", m.PROJECTION_NOTE))
        self.caption_box = CappedScroll(self.caption, lines=3)
        column.addWidget(self.caption_box)
        self._build_items()

    def active(self) -> bool:
        return self.panel.options.tab == "history"

    def key(self):
        options = self.panel.options
        return (self.panel.scenario(), options.view, options.end_use, options.supply)

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, chart, self.legend)

    def _build_items(self) -> None:
        """Every item either view can show, made once: a change updates their data, pens
        and names in place and re-adds items only when the set shown changes (making and
        adding items was most of a scenario change)."""
        self.lines = {code: pg.PlotDataItem([], [], symbol="o", symbolSize=8,
                                            symbolBrush=m.SCENARIO_COLORS[code],
                                            symbolPen=pg.mkPen(m.SCENARIO_COLORS[code]))
                      for code in sc.SCENARIOS}
        for code, curve in self.lines.items():
            curve.setToolTip(sc.SCENARIO_HELP[code])
        self.stack_floor = pg.PlotDataItem([], [], pen=pg.mkPen(None))
        self.stack: dict[str, tuple] = {}
        below = self.stack_floor
        for use in sc.END_USES:
            color = m.END_USE_COLORS[use]
            curve = pg.PlotDataItem([], [], pen=series_pen(color, 1.5), symbol="o",
                                    symbolSize=6, symbolBrush=color, symbolPen=pg.mkPen(color))
            fill = QColor(color)
            fill.setAlpha(120)
            band = pg.FillBetweenItem(below, curve, brush=pg.mkBrush(fill))
            curve.visibleChanged.connect(lambda c=curve, b=band: b.setVisible(c.isVisible()))
            self.stack[use] = (curve, band)
            below = curve
        self.user_items: list[pg.PlotDataItem] = []
        self.supply = {}
        for stage in sc.STAGES:
            color, (dash, symbol) = m.SUPPLY_COLORS[stage], m.SUPPLY_STYLES[stage]
            pen = dash_dot(series_pen(color, 2.5))
            if dash == "dashdotdot":
                pen.setStyle(Qt.PenStyle.DashDotDotLine)
            self.supply[stage] = pg.PlotDataItem(
                [], [], pen=pen, symbol=symbol, symbolSize=10 if symbol == "d" else 8,
                symbolBrush=color, symbolPen=pg.mkPen(color),
                name=translate("Demand", "IEA {stage} supply, base case (kt)").format(
                    stage=nm.stage_name(stage)))

    def draw(self) -> None:
        model, options = self.panel.model, self.panel.options
        scenario = self.panel.scenario()
        plot = self.plot
        shown = self._update_data(options, scenario)
        if shown != self.items:  # the set of items changed: re-add them in order
            for item in self.items:
                plot.removeItem(item)
            for item in shown:
                plot.addItem(item)
            self.items = shown
        self.fit_legend()
        self.tips = model.projection_tips(options, scenario)
        yours = [] if options.view == "stacked" else list(model.demand_paths)
        if model.supply_comparable(options):
            yours += model.supply_paths
        for year, lines in up.tips(yours).items():
            self.tips.setdefault(year, []).extend(lines)
        plot.getPlotItem().setTitle(model.projection_title(options, scenario),
                                    color=theme.current().foreground, size=title_size(11))
        plot.setXRange(2023, 2051, padding=0)
        tops = [np.nanmax(i.getOriginalDataset()[1]) for i in self.items
                if isinstance(i, pg.PlotDataItem) and len(i.getOriginalDataset()[1])]
        top = max(tops, default=10)
        # the axis starts at zero so the gap between demand and supply is not exaggerated
        plot.setYRange(0, m.nice_ceiling(top * 1.08), padding=0)

    def fit_legend(self, *_args) -> None:
        """The legend under the axis in as many columns as fit the chart's width now (a
        long name wraps); refitted when the chart's width changes."""
        self.fitted_width = self.plot.width()
        # the legend starts under the axis; keep room for a scroll bar appearing later
        room = self.plot.width() - self.plot.getPlotItem().getAxis("left").width() - 40
        named = [item for item in self.items
                 if isinstance(item, pg.PlotDataItem) and item.opts.get("name")]
        font = self.plot.font()
        columns = fitting_columns([item.opts["name"] for item in named], font, room)
        width = room  # names fit their columns whole; wrapped only in one or two columns
        if columns == 1 and len(named) > 4 and room >= 700:
            columns, width = 2, room / 2 - 14  # a long name wraps rather than stacking 7 rows
        entries = [(item, fit_name(item.opts["name"], font, width) if columns <= 2
                    else item.opts["name"]) for item in named]
        self.legend.MAX_COLUMNS = columns
        self.legend.show_entries(entries)
        self.fit_height()

    def _refit_legend(self, *_args) -> None:
        if self.items and self.plot.width() != getattr(self, "fitted_width", None):
            self.fit_legend()

    def fit_height(self, base: int | None = None) -> None:
        """Room for the chart itself (``base`` px, set by the panel from the font) plus
        the legend under it, however many rows it takes."""
        if base is not None:
            self.base_height = base
        legend = self.legend.boundingRect().height() if self.legend.items else 0.0
        self.plot.setMinimumHeight(int(getattr(self, "base_height", 160) + legend))
        # the part as a whole: its wrapped controls are not in its minimum size hint, so
        # in the panel's scroll area the chart slid under the caption at 20 pt
        column = self.widget.layout()
        margins = column.contentsMargins()
        width = max(self.widget.width(), 200) - margins.left() - margins.right()
        need = (self.controls.heightForWidth(width) + self.plot.minimumHeight()
                + self.caption_box.minimumSizeHint().height() + 2 * column.spacing()
                + margins.top() + margins.bottom())
        self.widget.setMinimumHeight(need)

    def _update_data(self, options: m.DemandOptions, scenario: str) -> list:
        """Set each item's data, pen and name; the items to show, in drawing order."""
        model = self.panel.model
        shown: list = []
        if options.view == "stacked":
            cumulative = None
            for use, path in model.stacked_paths(scenario):
                curve, band = self.stack[use]
                years = path.index.to_numpy(float)
                top = path.to_numpy(float) if cumulative is None \
                    else cumulative + path.to_numpy(float)
                if not shown:
                    self.stack_floor.setData(years, np.zeros_like(top))
                    shown.append(self.stack_floor)
                curve.setData(years, top)
                self._name(curve, translate("Demand", "IEA {code}: {use} (kt, stacked)").format(
                    code=scenario, use=nm.use_name(use)))
                shown += [curve, band]
                cumulative = top
        else:
            use = options.end_use
            for code, curve in self.lines.items():
                path = model.scenario_path(code, use)
                if path.empty:
                    continue
                color = m.SCENARIO_COLORS[code]
                curve.setData(path.index.to_numpy(float), path.to_numpy(float))
                curve.setPen(series_pen(color, 3 if code == scenario else 2, dashed=True))
                self._name(curve, translate("Demand", "IEA {code}: {use} (kt)").format(
                    code=code, use=nm.use_name(use)))
                shown.append(curve)
        drawn = [] if options.view == "stacked" else list(model.demand_paths)
        if model.supply_comparable(options):
            for stage in options.supply:
                series = model.supply_world(stage)
                if not series.empty:
                    self.supply[stage].setData(series.index.to_numpy(float),
                                               series.to_numpy(float))
                    shown.append(self.supply[stage])
            drawn += model.supply_paths  # your supply paths, with the IEA supply lines
        return shown + self._user_curves(drawn)

    def _user_curves(self, paths: list[up.UserPath]) -> list:
        """Your paths in kt: dotted lines, one palette colour each, named "(your data)"; a
        supply path has its stage's IEA marker and its source in the legend."""
        while len(self.user_items) < len(paths):
            self.user_items.append(pg.PlotDataItem([], [], symbol="s", symbolSize=7))
        palette = theme.current().series
        for index, (path, curve) in enumerate(zip(paths, self.user_items, strict=False)):
            taken = {c.upper() for c in (*m.SCENARIO_COLORS.values(),
                                         *m.SUPPLY_COLORS.values())}
            free = [c for c in palette if c.upper() not in taken] or list(palette)
            color = free[index % len(free)]  # never an IEA line's colour
            pen = series_pen(color, 2.5)
            pen.setStyle(Qt.PenStyle.DotLine)
            symbol = m.SUPPLY_STYLES.get(path.stage, ("", "t"))[1] if path.supply else "s"
            curve.setData(path.years, path.values, pen=pen, symbolBrush=color,
                          symbolPen=pg.mkPen(color), symbol=symbol)
            self._name(curve, f"{path.label} ({path.unit})" if not path.supply
                       else f"{path.label} ({path.unit}) — {path.source}")
        return self.user_items[:len(paths)]

    def _name(self, curve: pg.PlotDataItem, text: str) -> None:
        """Rename a curve and its legend entry (if listed)."""
        if curve.opts.get("name") == text:
            return
        curve.opts["name"] = text  # the legend takes it at the end of draw()
