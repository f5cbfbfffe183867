"""Bars part of the Countries panel: the chosen countries ranked for one year, estimates
hatched, each bar labelled; hovering names the figure, clicking writes it under the chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ree_desktop.analysis import countries as ac
from ree_desktop.numbers import compact_number
from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    CategoryAxis,
    CompactAxis,
    HoverTooltip,
    make_plot,
    restyle,
    title_size,
)
from ree_desktop.ui.map_scale import nice_step
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.countries import texts as tx
from ree_desktop.ui.panels.countries.common import assign_styles

#: A largest bar this many times the second is cut at the axis end, its figure written.
OUTLIER_RATIO = 4.0
#: Ratios whose outliers come from a tiny denominator (R/P: reserves over a small output);
#: amounts are never cut, as the largest bar's size is the message.
CLIPPED_METRICS = frozenset({"rp_ratio"})

if TYPE_CHECKING:
    from ree_desktop.ui.panels.countries.panel import CountriesPanel


class BarsPart(Part):
    """Drawn while the bars tab is shown, when its rows, year or marks changed."""

    watches = frozenset({"countries", "year_range", "year", "metric", "share", "estimates",
                         "view", "by_item"})

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
        self.clip_at: float | None = None  # the axis end an outlier bar is cut at
        self.highlighted: str | None = None  # a country outlined, the others faded
        self.widget = self.plot

    def active(self) -> bool:
        return self.panel.current_view() == "bars"

    def key(self):
        return (self.panel.rows_key(), self.panel.state.year, self.panel.options.estimates,
                self.highlighted)

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
        plot.setTitle(rows.bar_title(), color=foreground, size=title_size(11))
        plot.setLabel("bottom", tx.unit_label(rows.unit), color=foreground)
        self.axis.names = dict(enumerate(rows.bar_names()))
        self.axis.picture = None
        self.axis.update()
        if bars.empty:
            self.item = None
            return
        values = bars["value"].to_numpy(dtype=float)
        styles = assign_styles(rows.series_codes())
        mark, target = rows.options.estimates, self.highlighted
        codes = bars[rows.series_column].tolist()
        faded = [target is not None and str(c).split("/", 1)[0] != target for c in codes]
        brushes = []
        for code, flag, fade in zip(codes, bars["flag"], faded, strict=True):
            color = QColor(styles.get(code, (theme.series_color(0),))[0])
            if fade:
                color.setAlpha(60)
            pattern = Qt.BrushStyle.BDiagPattern if mark and ac.is_estimate(flag) \
                else Qt.BrushStyle.SolidPattern
            brushes.append(QBrush(color, pattern))
        pens = [pg.mkPen(foreground, width=3.5) if target is not None and not fade else
                pg.mkPen(styles.get(c, (theme.series_color(0),))[0], width=1.5)
                for c, fade in zip(codes, faded, strict=True)]
        self.item = pg.BarGraphItem(x0=np.minimum(values, 0), y=np.arange(len(bars)),
                                    width=np.abs(values), height=0.7, brushes=brushes,
                                    pens=pens)
        plot.addItem(self.item)
        low, high, limit = bar_range(values, clip=rows.metric_key in CLIPPED_METRICS)
        self.clip_at = limit
        if limit is not None:
            self.item.setOpts(width=np.minimum(np.abs(values), limit))
        background = QColor(theme.current().background)
        background.setAlpha(215)
        for index, (value, flag) in enumerate(zip(values, bars["flag"], strict=True)):
            text = rows.bar_label(value, flag)
            clipped = limit is not None and value > limit
            inside = clipped or (value > 0 and value > 0.75 * high)  # no room right
            if clipped:
                text = tx.tr(tx.AXIS_CUT).format(text=text, limit=compact_number(limit))
            label = pg.TextItem(text, color=foreground, fill=background if inside else None,
                                anchor=(1, 0.5) if inside or value < 0 else (0, 0.5))
            label.setPos(min(value, limit) if clipped else value, index)
            plot.addItem(label)
            self.labels.append(label)
        plot.setXRange(low, high, padding=0)
        plot.setYRange(-0.6, max(len(bars), 6) - 0.4, padding=0)  # slim bars for few rows

    def describe_bar(self, _x: float, y: float) -> str:
        return self.panel.rows.describe_bar(int(round(y)))

    def _clicked(self, event) -> None:
        vb = self.plot.getPlotItem().vb
        if event.button() != Qt.MouseButton.LeftButton or \
                not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        self.panel.show_bar_detail(int(round(vb.mapSceneToView(event.scenePos()).y())))


def nice_ceiling(value: float) -> float:
    """The round number at or above ``value`` an axis ends on (283k → 300k, 44.6k → 50k)."""
    if value <= 0:
        return 0.0
    step = nice_step(value / 5)
    return float(np.ceil(value / step - 1e-9) * step)


def bar_range(values: np.ndarray, clip: bool = True) -> tuple[float, float, float | None]:
    """The value axis (low, high) fitting the bars, and where an outlier bar is cut (None:
    no cut). A bar more than ``OUTLIER_RATIO`` times the next (Vietnam's 23,333 years of
    reserves beside tens elsewhere) would flatten the others: the axis ends past the second
    and the outlier is drawn to the end with its figure written. ``clip`` False (amounts,
    where the largest bar's size is the message) only rounds the axis end."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return 0.0, 1.0, None
    low, high = min(0.0, float(finite.min())), max(0.0, float(finite.max()))
    limit = None
    positive = np.sort(finite[finite > 0])[::-1]
    if clip and positive.size >= 2 and positive[1] > 0 and \
            positive[0] > OUTLIER_RATIO * positive[1]:
        limit = nice_ceiling(positive[1] * 1.25)
        high = limit
    else:
        high = nice_ceiling(high * 1.04) if high > 0 else 0.0
    low = -nice_ceiling(-low * 1.04) if low < 0 else 0.0
    if high == low:
        high = low + 1.0
    span = high - low
    if low < 0:  # room for the labels left of negative bars
        low -= 0.25 * span
    return low, high, limit
