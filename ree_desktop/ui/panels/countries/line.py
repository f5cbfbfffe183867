"""Line part of the Countries panel: the chosen countries over the year range, a legend in
selection order, other editions as small marks, the year guide and the events overlay.

Fast path: each country keeps its curve and legend entry while it stays selected, and a
deselected country's curve is kept hidden for a quick reselection (creating curves and
legend labels was most of a country change); curves are updated with ``setData``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    CompactAxis,
    HoverTooltip,
    SeriesLegend,
    YearAxis,
    below_legend,
    make_plot,
    marker_brush,
    marker_pen,
    restyle,
    series_pen,
    title_size,
)
from ree_desktop.ui.event_overlay import attach_events
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.countries import texts as tx
from ree_desktop.ui.panels.countries.common import assign_styles

if TYPE_CHECKING:
    from ree_desktop.ui.panels.countries.panel import CountriesPanel

SPARE_CURVES = 24  # deselected countries' curves kept hidden for a quick reselection
#: What the line draws from (the year only moves the guide: see YearGuidePart).
LINE_WATCHES = frozenset({"countries", "year_range", "metric", "share", "log", "estimates",
                          "revisions", "view", "by_item"})


class LinePart(Part):
    """Drawn while the line tab is shown, and only when its rows or options changed."""

    watches = LINE_WATCHES

    def __init__(self, panel: CountriesPanel) -> None:
        super().__init__()
        self.panel = panel
        self.plot = make_plot(y_label="t REO")
        self.plot.setAxisItems({"left": CompactAxis("left"), "bottom": YearAxis("bottom")})
        self.fit_axis_width()
        self.legend = below_legend(self.plot)
        self.year_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(
            theme.current().muted, width=1, style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.year_line, ignoreBounds=True)
        self.tooltip = HoverTooltip(self.plot, self.describe_point)
        self.events_toggle, self.events_overlay = attach_events(self.plot, panel.store)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.series_items: dict[str, pg.PlotDataItem] = {}
        self.dashed_items: dict[str, pg.PlotDataItem] = {}
        # deselected countries' (curve, dashed curve), hidden, for a quick reselection
        self.spare_items: dict[str, tuple] = {}
        self.revision_item: pg.ScatterPlotItem | None = None
        self.lower_item: pg.ScatterPlotItem | None = None  # sums missing some items (≥)
        self.highlighted: str | None = None  # a country emphasised (presentation mode)
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.events_toggle)

    def active(self) -> bool:
        return self.panel.current_view() == "line"

    def key(self):
        options = self.panel.options
        return self.panel.rows_key(), options.log, options.estimates

    def fit_axis_width(self) -> None:
        """Room for the widest tick label at the current font ('250k', '-100.0'): a fixed
        56 px dropped every label but '0' and '50k' at 16 pt."""
        axis = self.plot.getPlotItem().getAxis("left")
        font = axis.style.get("tickFont") or QApplication.font()  # the widget's lags
        width = QFontMetrics(font).horizontalAdvance("-250.0k") + 14
        axis.setWidth(max(56, width))

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.plot, chart)
        self.fit_axis_width()
        self.legend.setLabelTextColor(chart.foreground)
        self.year_line.setPen(pg.mkPen(chart.muted, width=1, style=Qt.PenStyle.DashLine))

    # -- drawing ------------------------------------------------------------------------------
    def draw(self) -> None:
        """Update the chart in place (rebuilding cost ~15 ms a country per change)."""
        rows = self.panel.rows
        item = self.plot.getPlotItem()
        for extra in (self.revision_item, self.lower_item):
            if extra is not None:
                item.removeItem(extra)
        self.revision_item = self.lower_item = None
        log = rows.use_log()
        if item.ctrl.logYCheck.isChecked() != log:
            item.vb.setYRange(0, 1, padding=0)  # a linear range read as powers overflows
        item.setLogMode(y=log)
        foreground = theme.current().foreground
        unit = tx.unit_label(rows.line_unit())
        item.setLabel("left", tx.tr(tx.LOG_AXIS).format(unit=unit) if log else unit,
                      color=foreground)
        item.setTitle(rows.line_title(), color=foreground, size=title_size(11))
        arrays = rows.yearly_arrays
        drawn = [code for code, *_ in arrays]
        for code in [c for c in self.series_items if c not in drawn]:
            self._remove_country(code)
        styles = assign_styles(rows.series_codes())
        mark = rows.options.estimates
        for code, name, years, values, estimate in arrays:
            color, symbol = styles.get(code, (theme.series_color(0), "o"))
            lower = np.isin(years, list(rows.lower_bounds.get(code, ())))
            self._plot_country(code, name, (years, values, estimate), color, symbol, mark,
                               log, lower)
        self._draw_revisions(styles)
        self._draw_lower_bounds(styles, log)
        entries = [(self.series_items[code], name) for code, name, *_ in arrays]
        if self.revision_item is not None:
            entries.append((self.revision_item, tx.tr(tx.OTHER_EDITIONS)))
        if self.lower_item is not None:
            entries.append((self.lower_item, tx.tr(tx.LEGEND_LOWER_BOUND)))
        self._fit_legend_columns([name for _item, name in entries])
        self.legend.show_entries(entries)
        self.apply_highlight()
        item.enableAutoRange()
        if not log:
            self._start_at_zero(item, [values for _c, _n, _y, values, _e in arrays])

    def _fit_legend_columns(self, names: list[str]) -> None:
        """As many legend columns as the longest name leaves room for (long item names,
        'EXAMPLE Mine North (Australia)', would widen the chart past the window)."""
        font = QFont(self.plot.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0))
        metrics = QFontMetrics(font)
        widths = [metrics.horizontalAdvance(n) for n in names]
        room = max(self.plot.width(), 300) - 70
        fits = 1
        for columns in range(SeriesLegend.MAX_COLUMNS, 0, -1):
            need = sum(max(widths[c::columns], default=0) + 44 for c in range(columns))
            if need <= room:
                fits = columns
                break
        self.legend.MAX_COLUMNS = fits

    def _start_at_zero(self, item, series: list[np.ndarray]) -> None:
        """Amounts (bundled or the user's) start at zero on a linear axis: an axis cut at the
        data's minimum makes a 5 % change look like a collapse. Signed series (growth) and
        the log axis keep the automatic range."""
        values = [v[np.isfinite(v)] for v in series]
        if self.revision_item is not None:
            values.append(np.asarray([p.pos().y() for p in self.revision_item.points()]))
        values = [v for v in values if v.size]
        if not values:
            return
        low = min(float(v.min()) for v in values)
        high = max(float(v.max()) for v in values)
        if low >= 0 and high > 0:
            item.setYRange(0, high * 1.05, padding=0)

    def _remove_country(self, code: str) -> None:
        """Hide a deselected country's curve and keep it for a later reselection (creating
        a curve is the dearest part of a redraw); past ``SPARE_CURVES`` it is dropped."""
        main = self.series_items.pop(code)
        dashed = self.dashed_items.pop(code, None)
        for curve in (main, dashed):
            if curve is not None:
                curve.setVisible(False)
        self.spare_items[code] = (main, dashed)
        while len(self.spare_items) > SPARE_CURVES:
            for curve in self.spare_items.pop(next(iter(self.spare_items))):
                if curve is not None:
                    self.plot.removeItem(curve)

    def _plot_country(self, code, name, arrays, color, symbol, mark, log, lower) -> None:
        """One line; estimates (when marked) and lower bounds (``lower``) hollow."""
        years, values, estimate = arrays
        finite = np.isfinite(values)
        if log:
            finite &= values > 0  # log of zero is no point: never join across it
        pair = finite[:-1] & finite[1:]
        touches_estimate = estimate[:-1] | estimate[1:]
        solid = np.append(pair & ~(touches_estimate & mark), False)
        dashed = np.append(pair & touches_estimate & mark, False)
        hollow = marker_brush(theme.current().background)
        brushes = [hollow if (e and mark) or low else marker_brush(color)
                   for e, low in zip(estimate, lower, strict=True)] \
            if (mark and estimate.any()) or lower.any() else marker_brush(color)
        joined = solid if mark else np.append(pair, False)
        style = dict(connect=joined.astype(np.int32), pen=series_pen(color, 2), symbol=symbol,
                     symbolSize=7, symbolPen=marker_pen(color),
                     symbolBrush=brushes, name=name)
        main, extra = self.spare_items.pop(code, (None, None))
        if code in self.series_items:
            main, extra = self.series_items[code], self.dashed_items.get(code)
        if main is None:
            main = self._update_curve(None, years, values, style)
            main.country = code
            main.visibleChanged.connect(lambda c=code: self._follow_visibility(c))
        else:
            self._update_curve(main, years, values, style)
            main.setVisible(True)
        self.series_items[code] = main
        if not (mark and dashed.any()):
            if extra is not None:
                self.plot.removeItem(extra)
            self.dashed_items.pop(code, None)
            return
        extra = self._update_curve(extra, years, values, dict(
            connect=dashed.astype(np.int32), pen=series_pen(color, 2, dashed=True)))
        extra.setVisible(main.isVisible())
        self.dashed_items[code] = extra

    def _update_curve(self, curve: pg.PlotDataItem | None, years, values,
                      style: dict) -> pg.PlotDataItem:
        """Update a curve in place, or make one and add it to the chart."""
        if curve is None:
            curve = pg.PlotDataItem(years, values, **style)
            self.plot.addItem(curve)
        else:
            curve.setData(years, values, **style)
        return curve

    def _follow_visibility(self, code: str) -> None:
        """The dashed (estimate) stretch shows and hides with its country's curve."""
        if code in self.dashed_items and code in self.series_items:
            self.dashed_items[code].setVisible(self.series_items[code].isVisible())

    def _draw_revisions(self, styles) -> None:
        rows = self.panel.rows
        if rows.revisions.empty:
            return
        points = rows.revision_points()
        foreground = theme.current().foreground
        spots = [{"pos": (year, value), "data": index,
                  "brush": marker_brush(styles.get(code, ("#777777",))[0]),
                  "pen": marker_pen(foreground, 0.5)}
                 for index, year, value, code in zip(points.index, points["year"],
                                                     points["value"], points["country_iso3"],
                                                     strict=True)
                 if np.isfinite(value)]
        self.revision_item = pg.ScatterPlotItem(spots=spots, symbol="x", size=9)
        self.plot.addItem(self.revision_item)

    def _draw_lower_bounds(self, styles, log: bool) -> None:
        """Sums missing some items (≥) get a hollow up-triangle around their point, one
        legend entry says what it means (item_sums.py; the tooltip and note say "≥")."""
        rows = self.panel.rows
        spots = []
        for code, _name, years, values, _estimate in rows.yearly_arrays:
            marked = rows.lower_bounds.get(code, set())
            color = styles.get(code, (theme.series_color(0),))[0]
            for year, value in zip(years, values, strict=True):
                if int(year) in marked and np.isfinite(value) and (value > 0 or not log):
                    spots.append({"pos": (year, np.log10(value) if log else value),
                                  "data": code, "pen": pg.mkPen(color, width=2)})
        if not spots:
            return
        self.lower_item = pg.ScatterPlotItem(
            spots=spots, symbol="t1", size=15, brush=pg.mkBrush(0, 0, 0, 0),
            pen=pg.mkPen(theme.current().foreground, width=2))
        self.lower_item.setZValue(20)
        self.plot.addItem(self.lower_item)

    # -- highlight (presentation mode) --------------------------------------------------------
    def apply_highlight(self) -> None:
        """The highlighted country's lines thick, the others faded; None: all as drawn."""
        target = self.highlighted
        for code, curve in self.series_items.items():
            country = code.split("/", 1)[0]
            on = target is None or country == target
            curve.setOpacity(1.0 if on else 0.25)
            color = pg.mkPen(curve.opts["pen"]).color()
            curve.setPen(series_pen(color, 4.5 if target is not None and on else 2))
            dashed = self.dashed_items.get(code)
            if dashed is not None:
                dashed.setOpacity(curve.opacity())

    # -- hover and clicks ---------------------------------------------------------------------
    def describe_point(self, x: float, y: float) -> str:
        """Tooltip: the nearest shown country at the hovered year, every edition."""
        visible = [c for c, item in self.series_items.items() if item.isVisible()]
        return self.panel.rows.describe_point(x, y, visible)

    def _clicked(self, event) -> None:
        if event.isAccepted() or event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        self.panel.pick_year(int(round(vb.mapSceneToView(event.scenePos()).x())))


class YearGuidePart(Part):
    """The dashed guide at the chosen year: a year change moves it, nothing else."""

    watches = frozenset({"year", "metric", "view"})

    def __init__(self, panel: CountriesPanel, line: LinePart) -> None:
        super().__init__()
        self.panel = panel
        self.line = line.year_line

    def active(self) -> bool:
        return self.panel.current_view() == "line"

    def key(self):
        return self.panel.state.year, self.panel.choice.key == "cagr"

    def draw(self) -> None:
        year, cagr = self.key()
        self.line.setPos(year)
        self.line.setVisible(not cagr)
