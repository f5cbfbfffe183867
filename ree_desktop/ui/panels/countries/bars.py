"""Bars part of the Countries panel: the chosen countries ranked for one year, estimates
hatched, each bar labelled; hovering names the figure, clicking writes it under the chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ree_desktop.analysis import countries as ac
from ree_desktop.ui import theme
from ree_desktop.ui.charts import CategoryAxis, CompactAxis, HoverTooltip, make_plot, restyle
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.countries.common import assign_styles

if TYPE_CHECKING:
    from ree_desktop.ui.panels.countries.panel import CountriesPanel


class BarsPart(Part):
    """Drawn while the bars tab is shown, when its rows, year or marks changed."""

    watches = frozenset({"countries", "year_range", "year", "metric", "share", "estimates",
                         "view"})

    def __init__(self, panel: CountriesPanel) -> None:
        super().__init__()
        self.panel = panel
        self.axis = CategoryAxis("left")
        self.plot = make_plot()
        self.plot.setAxisItems({"left": self.axis, "bottom": CompactAxis("bottom")})
        self.plot.getPlotItem().invertY(True)
        self.plot.setMouseEnabled(False, False)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.tooltip = HoverTooltip(self.plot, self.describe_bar)
        self.plot.removeItem(self.tooltip.line)  # a vertical year guide means nothing here
        self.item: pg.BarGraphItem | None = None
        self.labels: list[pg.TextItem] = []
        self.widget = self.plot

    def active(self) -> bool:
        return self.panel.current_view() == "bars"

    def key(self):
        return self.panel.rows_key(), self.panel.state.year, self.panel.options.estimates

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, chart)

    def draw(self) -> None:
        rows = self.panel.rows
        plot = self.plot.getPlotItem()
        if self.item is not None:
            plot.removeItem(self.item)
        for label in self.labels:
            plot.removeItem(label)
        self.labels = []
        bars = rows.bar_rows
        foreground = theme.current().foreground
        plot.setTitle(rows.bar_title(), color=foreground, size="11pt")
        plot.setLabel("bottom", rows.unit, color=foreground)
        self.axis.names = {i: rows.names.get(c, c) for i, c in enumerate(bars["country_iso3"])}
        self.axis.picture = None
        self.axis.update()
        if bars.empty:
            self.item = None
            return
        values = bars["value"].to_numpy(dtype=float)
        styles = assign_styles(list(rows.countries))
        mark = rows.options.estimates
        brushes = []
        for code, flag in zip(bars["country_iso3"], bars["flag"], strict=True):
            color = QColor(styles.get(code, (theme.series_color(0),))[0])
            pattern = Qt.BrushStyle.BDiagPattern if mark and ac.is_estimate(flag) \
                else Qt.BrushStyle.SolidPattern
            brushes.append(QBrush(color, pattern))
        pens = [pg.mkPen(styles.get(c, (theme.series_color(0),))[0], width=1.5)
                for c in bars["country_iso3"]]
        self.item = pg.BarGraphItem(x0=np.minimum(values, 0), y=np.arange(len(bars)),
                                    width=np.abs(values), height=0.7, brushes=brushes,
                                    pens=pens)
        plot.addItem(self.item)
        for index, (value, flag) in enumerate(zip(values, bars["flag"], strict=True)):
            label = pg.TextItem(rows.bar_label(value, flag), color=foreground,
                                anchor=(0, 0.5) if value >= 0 else (1, 0.5))
            label.setPos(value, index)
            plot.addItem(label)
            self.labels.append(label)
        low, high = min(0.0, values.min()), max(0.0, values.max())
        span = (high - low) or 1.0
        plot.setXRange(low - (0.45 * span if low < 0 else 0), high + 0.45 * span, padding=0)
        plot.setYRange(-0.6, max(len(bars), 6) - 0.4, padding=0)  # slim bars for few rows

    def describe_bar(self, _x: float, y: float) -> str:
        return self.panel.rows.describe_bar(int(round(y)))

    def _clicked(self, event) -> None:
        vb = self.plot.getPlotItem().vb
        if event.button() != Qt.MouseButton.LeftButton or \
                not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        self.panel.show_bar_detail(int(round(vb.mapSceneToView(event.scenePos()).y())))
