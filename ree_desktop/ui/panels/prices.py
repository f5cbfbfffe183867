"""Prices & events: oxide prices with the policy and market timeline drawn on the chart.

Left: the elements to show and the axis (linear, log, rebased to 100). Centre: prices in
USD/kg (and, when chosen, the US unit value in USD/t REO on its own chart, since units never
share an axis), then China's quotas against its reported mine production. Right: every event,
searchable and filterable; selecting one highlights it on the charts, double-clicking (or
clicking its line or label on a chart) opens its detail.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.analysis import prices as ap
from ree_desktop.data import prices_events as pe
from ree_desktop.data.store import flag_text
from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    HoverTooltip,
    SourceCaption,
    make_plot,
    marker_brush,
    marker_pen,
    series_pen,
)
from ree_desktop.ui.dialogs.event_detail import EventDetailDialog
from ree_desktop.ui.event_overlay import (
    CATEGORY_COLORS,
    EventOverlay,
    category_color,
    category_label,
    event_tooltip,
)
from ree_desktop.ui.panels.base import Panel

AXES = {"linear": "Linear", "log": "Log", "rebased": "Rebased to 100"}
ELEMENT_NAMES = {"Nd+Pr": "NdPr", "Ce+La": "Mischmetal", "mixed": "Monazite conc.",
                 "all": "US unit value"}
KG = "USD/kg"
OPTION = "prices."  # prefix of this panel's keys in ViewState.options


def element_display(code: str) -> str:
    return ELEMENT_NAMES.get(code, code)


class ChartLegend(QLabel):
    """A legend under a chart (never over the data or the event labels).

    An entry is one or more (colour, glyph, text) parts kept together on one line.
    """

    GLYPHS = {"line": "━●━", "dash": "╍●╍", "band": "▆", "bar": "█", "diamond": "◇",
              "triangle": "△"}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartLegend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.entries: list[list[tuple[str, str, str]]] = []

    def clear(self) -> None:
        self.entries = []
        self.setText("")

    def add(self, color: str, glyph: str, text: str) -> None:
        self.add_group([(color, glyph, text)])

    def add_group(self, parts: list[tuple[str, str, str]]) -> None:
        self.entries.append(parts)
        html_entries = [" ".join(self._part(*part) for part in entry) for entry in self.entries]
        hollow = any(g in ("line", "dash") for entry in self.entries for _, g, _ in entry)
        self.setText(" &nbsp;&nbsp; ".join(html_entries)
                     + (" &nbsp;&nbsp; ○&nbsp;hollow&nbsp;marker&nbsp;=&nbsp;estimate"
                        if hollow else ""))

    def _part(self, color: str, glyph: str, text: str) -> str:
        words = html.escape(text).replace(" ", "&nbsp;").replace("-", "&#8209;")
        return f"<span style='color:{color}'>{self.GLYPHS.get(glyph, glyph)}</span>&nbsp;{words}"

    def texts(self) -> list[str]:
        return [text for entry in self.entries for _, _, text in entry]


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class PricesPanel(Panel):
    name = "prices"
    title = "Prices & events"
    watches = frozenset({"year_range", "elements", "options", "theme"})

    def __init__(self, store, state, parent=None):
        super().__init__(store, state, parent)
        self.elements_frame = pe.price_elements(store)
        self.known_elements = list(self.elements_frame["element"])
        self.all_events = pe.events(store)
        self.quotas = pe.china_quotas(store)
        self.series: dict[tuple, pd.DataFrame] = {}
        self.ranges = pd.DataFrame()
        self.quota_frame = pd.DataFrame()
        self.notes: list[str] = []
        self.detail_dialog: EventDetailDialog | None = None
        self._tooltips: dict[str, dict[int, list[str]]] = {"kg": {}, "t": {}, "quota": {}}
        self._items: dict[str, list] = {"kg": [], "t": [], "quota": []}
        self._theme = theme.current().name

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_controls())
        splitter.addWidget(self._build_charts())
        splitter.addWidget(self._build_event_list())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([130, 680, 290])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- building -------------------------------------------------------------------------
    def _build_controls(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 4, 0)
        column.addWidget(QLabel("<b>Elements</b>"))
        self.element_list = QListWidget(objectName="elementList")
        for row in self.elements_frame.itertuples():
            item = QListWidgetItem(element_display(row.element))
            item.setData(Qt.ItemDataRole.UserRole, row.element)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(f"{row.item}\n{row.units}, {row.first_year}–{row.last_year}")
            self.element_list.addItem(item)
        self.element_list.itemChanged.connect(self._elements_edited)
        column.addWidget(self.element_list, 1)
        column.addWidget(QLabel("<b>Axis</b>"))
        self.axis_combo = QComboBox(objectName="axisCombo")
        for key, text in AXES.items():
            self.axis_combo.addItem(text, key)
        self.axis_combo.currentIndexChanged.connect(
            lambda _i: self._set_option("axis", self.axis_combo.currentData()))
        column.addWidget(self.axis_combo)
        base_row = QHBoxLayout()
        base_row.addWidget(QLabel("Base year"))
        self.base_spin = QSpinBox(objectName="baseYear")
        self.base_spin.setRange(1900, 2030)
        self.base_spin.setKeyboardTracking(False)
        self.base_spin.valueChanged.connect(lambda y: self._set_option("base_year", y))
        base_row.addWidget(self.base_spin)
        column.addLayout(base_row)
        self.ranges_check = QCheckBox("Year-end ranges", objectName="rangesCheck")
        self.ranges_check.setToolTip("USGS year-end price ranges 2011–2015, drawn as bands")
        self.ranges_check.toggled.connect(lambda on: self._set_option("ranges", on))
        column.addWidget(self.ranges_check)
        self.events_check = QCheckBox("Show events", objectName="eventsCheck")
        self.events_check.toggled.connect(lambda on: self._set_option("events", on))
        column.addWidget(self.events_check)
        return box

    def _build_charts(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 0, 4, 0)
        self.price_plot = make_plot("Oxide prices", KG)
        self.unit_plot = make_plot("US unit value of rare earths", "USD/t REO")
        self.quota_plot = make_plot("China: quotas vs reported mine production", "t REO")
        self.legends = {key: ChartLegend() for key in ("kg", "t", "quota")}
        self.unit_plot.setXLink(self.price_plot)
        self.quota_plot.setXLink(self.price_plot)
        self.price_overlay = EventOverlay(self.price_plot, self.all_events)
        self.unit_overlay = EventOverlay(self.unit_plot, self.all_events, labels=False)
        self.quota_overlay = EventOverlay(self.quota_plot, self.all_events, labels=False,
                                          faint=True)
        self.overlays = (self.price_overlay, self.unit_overlay, self.quota_overlay)
        for overlay in self.overlays:
            overlay.clicked.connect(self.open_event)
        self.hover = {
            "kg": HoverTooltip(self.price_plot, lambda x, y: self._describe("kg", x, y)),
            "t": HoverTooltip(self.unit_plot, lambda x, y: self._describe("t", x, y)),
            "quota": HoverTooltip(self.quota_plot,
                                  lambda x, y: self._describe("quota", x, y)),
        }
        charts = QSplitter(Qt.Orientation.Vertical)
        self.unit_box = None
        for key, plot in (("kg", self.price_plot), ("t", self.unit_plot),
                          ("quota", self.quota_plot)):
            holder = QWidget()
            inner = QVBoxLayout(holder)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(0)
            inner.addWidget(plot, 1)
            inner.addWidget(self.legends[key])
            charts.addWidget(holder)
            if key == "t":
                self.unit_box = holder
        charts.setSizes([440, 240, 280])
        self.note_label = QLabel(objectName="pricesNote")
        self.note_label.setWordWrap(True)
        self.caption = SourceCaption()
        column.addWidget(charts, 1)
        column.addWidget(self.note_label)
        column.addWidget(self.caption)
        return box

    def _build_event_list(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 0, 0, 0)
        group = QGroupBox("Event categories on the charts")
        grid = QGridLayout(group)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(2)
        self.category_checks: dict[str, QCheckBox] = {}
        present = sorted(set(self.all_events["category"]),
                         key=lambda c: list(CATEGORY_COLORS).index(c)
                         if c in CATEGORY_COLORS else 99)
        for index, category in enumerate(present):
            check = QCheckBox(category_label(category), objectName=f"category_{category}")
            check.setIcon(swatch(category_color(category)))
            check.setChecked(True)
            check.toggled.connect(self._categories_edited)
            grid.addWidget(check, index // 2, index % 2)
            self.category_checks[category] = check
        column.addWidget(group)
        self.search_edit = QLineEdit(objectName="eventSearch", placeholderText="Search events…")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._fill_event_list)
        column.addWidget(self.search_edit)
        filters = QHBoxLayout()
        self.category_filter = self._filter_combo(
            "All categories", [(category_label(c), c) for c in present])
        self.country_filter = self._filter_combo(
            "All countries", [(c, c) for c in ap.split_codes(self.all_events["countries"])])
        self.element_filter = self._filter_combo(
            "All elements", [(c, c) for c in ap.split_codes(self.all_events["elements"])])
        for combo in (self.category_filter, self.country_filter, self.element_filter):
            filters.addWidget(combo)
        column.addLayout(filters)
        self.event_list = QListWidget(objectName="eventList")
        self.event_list.setWordWrap(True)
        self.event_list.currentItemChanged.connect(self._event_selected)
        self.event_list.itemActivated.connect(
            lambda item: self.open_event(item.data(Qt.ItemDataRole.UserRole)))
        column.addWidget(self.event_list, 1)
        row = QHBoxLayout()
        self.event_count = QLabel(objectName="eventCount")
        self.detail_button = QPushButton("Details…", objectName="eventDetails")
        self.detail_button.clicked.connect(self._open_selected)
        row.addWidget(self.event_count, 1)
        row.addWidget(self.detail_button)
        column.addLayout(row)
        self._fill_event_list()
        return box

    def _filter_combo(self, everything: str, entries: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, "")
        for text, value in entries:
            combo.addItem(text, value)
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._fill_event_list)
        return combo

    # -- state ----------------------------------------------------------------------------
    def option(self, key: str, default):
        return self.state.options.get(OPTION + key, default)

    def _set_option(self, key: str, value) -> None:
        self.state.update(options={OPTION + key: value})

    def selected_elements(self) -> list[str]:
        return pe.canonical_elements(self.state.elements, self.known_elements)

    def _elements_edited(self, _item: QListWidgetItem) -> None:
        codes = [self.element_list.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.element_list.count())
                 if self.element_list.item(i).checkState() == Qt.CheckState.Checked]
        self.state.update(elements=tuple(codes))

    def _categories_edited(self) -> None:
        shown = [c for c, check in self.category_checks.items() if check.isChecked()]
        self._set_option("categories", shown)

    def _sync_controls(self) -> None:
        chosen = set(self.selected_elements())
        widgets = [self.element_list, self.axis_combo, self.base_spin, self.ranges_check,
                   self.events_check, *self.category_checks.values()]
        for widget in widgets:
            widget.blockSignals(True)
        for i in range(self.element_list.count()):
            item = self.element_list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.axis_combo.setCurrentIndex(list(AXES).index(self.axis_mode()))
        self.base_spin.setValue(int(self.option("base_year", self.default_base_year())))
        self.base_spin.setEnabled(self.axis_mode() == "rebased")
        self.ranges_check.setChecked(bool(self.option("ranges", True)))
        self.events_check.setChecked(bool(self.option("events", True)))
        categories = set(self.option("categories", list(self.category_checks)))
        for category, check in self.category_checks.items():
            check.setChecked(category in categories)
        for widget in widgets:
            widget.blockSignals(False)

    def axis_mode(self) -> str:
        mode = self.option("axis", "log")  # prices span two orders of magnitude
        return mode if mode in AXES else "log"

    def default_base_year(self) -> int:
        low, high = self.state.year_range
        return int(min(max(2015, low), high))

    # -- refresh --------------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        self._sync_controls()
        if self._theme != theme.current().name:
            self._restyle()
        elements = self.selected_elements()
        years = self.state.year_range
        frame = pe.price_series(self.store, elements, years)
        self.series = ap.split_series(frame)
        self.ranges = pe.price_ranges(self.store, elements, years)
        self.quota_frame = ap.quota_vs_output(self.quotas, pe.china_mine_production(self.store),
                                              years)
        self.notes = []
        self.x_span = self._x_span()
        self.price_plot.setXRange(self.x_span[0] - 0.5, self.x_span[1] + 0.5, padding=0)
        span = self.x_span[1] - self.x_span[0]
        step = 1 if span <= 8 else 2 if span <= 16 else 5 if span <= 40 else 10
        for plot in (self.price_plot, self.unit_plot, self.quota_plot):
            plot.getPlotItem().getAxis("bottom").setTickSpacing(step, 1)  # whole years
        self._draw_prices(elements)
        self._draw_quotas()
        self._fill_event_list()
        self._apply_events()
        self.note_label.setText(" ".join(self.notes))
        self.note_label.setVisible(bool(self.notes))
        self.caption.set_sources(self.caption_text())
        self.caption.setToolTip("Source: " + self.sources_text())

    def _restyle(self) -> None:
        """Follow a theme switch: chart colours, and event labels drawn afresh."""
        chart = theme.current()
        self._theme = chart.name
        for plot in (self.price_plot, self.unit_plot, self.quota_plot):
            plot.setBackground(chart.background)
            item = plot.getPlotItem()
            item.showGrid(x=True, y=True, alpha=chart.grid_alpha)
            for side in ("left", "bottom"):
                item.getAxis(side).setPen(pg.mkPen(chart.foreground))
                item.getAxis(side).setTextPen(pg.mkPen(chart.foreground))
        selected = self.selected_event_id()
        for overlay in self.overlays:
            overlay.set_events(self.all_events)
            overlay.highlight(selected)

    def _apply_events(self) -> None:
        shown = bool(self.option("events", True))
        categories = self.option("categories", list(self.category_checks))
        for overlay in self.overlays:
            overlay.set_categories(categories)
            overlay.set_visible(shown)

    # -- prices ---------------------------------------------------------------------------
    def _reset(self, key: str, plot: pg.PlotWidget) -> None:
        for item in self._items[key]:
            plot.removeItem(item)
        self._items[key] = []
        self.legends[key].clear()
        self._tooltips[key] = {}

    def _draw_prices(self, elements: list[str]) -> None:
        mode = self.axis_mode()
        base = int(self.option("base_year", self.default_base_year()))
        self._reset("kg", self.price_plot)
        self._reset("t", self.unit_plot)
        colors = {code: theme.series_color(i) for i, code in enumerate(elements)}
        seen: dict[str, int] = {}
        drawn: dict[str, list[np.ndarray]] = {"kg": [], "t": []}
        for key, frame in self.series.items():
            element, item, unit = key
            chart = "kg" if unit == KG else "t"
            if mode == "rebased":
                rebased = ap.rebase_frame(frame, base)
                if rebased is None:
                    self.notes.append(f"{item}: no price in {base}, so it cannot be rebased.")
                    continue
                frame = rebased
            dashed = seen.get(element, 0) > 0
            seen[element] = seen.get(element, 0) + 1
            values = self._plot_series(chart, frame, item, colors.get(element, "#777777"),
                                       dashed)
            drawn[chart].append(values)
        if mode != "rebased" and self.option("ranges", True):
            for element, frame in self.ranges.groupby("element"):
                drawn["kg"].append(self._plot_range(frame, colors.get(element, "#777777")))
        elif mode == "rebased" and len(self.ranges) and self.option("ranges", True):
            self.notes.append("Year-end ranges are not rebased (a different price basis).")
        self._finish_price_plot(self.price_plot, drawn["kg"], mode, base, KG, "Oxide prices")
        self.unit_box.setVisible(bool(drawn["t"]))
        self._finish_price_plot(self.unit_plot, drawn["t"], mode, base, "USD/t REO",
                                "US unit value of rare earths (current and 1998 dollars)")
        if not any(drawn.values()):
            self.notes.append("No price data for the chosen elements in "
                              f"{self.state.year_range[0]}–{self.state.year_range[1]}.")

    def _plot_series(self, chart: str, frame: pd.DataFrame, item: str, color: str,
                     dashed: bool) -> np.ndarray:
        plot = self.price_plot if chart == "kg" else self.unit_plot
        xs, ys = ap.gapped(frame["year"], frame["value"])
        flags = dict(zip(frame["year"].astype(int), frame["flag"].fillna(""), strict=True))
        hollow = theme.current().background
        brushes = [marker_brush(hollow if flags.get(int(x)) == "e" else color) for x in xs]
        curve = pg.PlotDataItem(xs, ys, connect="finite", pen=series_pen(color, 2, dashed),
                                symbol="o", symbolSize=7, symbolBrush=brushes,
                                symbolPen=marker_pen(color))
        plot.addItem(curve)
        self.legends[chart].add(color, "dash" if dashed else "line", item)
        self._items[chart].append(curve)
        for row in frame.itertuples():
            self._tooltips[chart].setdefault(int(row.year), []).append(self._point_text(row))
        return ys

    def _point_text(self, row) -> str:
        value = f"{row.value:,.4g}" if abs(row.value) < 1000 else f"{row.value:,.0f}"
        flag = flag_text(row.flag)
        return (f"{row.item}: {value} {row.unit}{f' ({flag})' if flag else ''}\n"
                f"   {row.basis}; {row.edition}; {row.source_publisher}")

    def _plot_range(self, frame: pd.DataFrame, color: str) -> np.ndarray:
        xs, low = ap.gapped(frame["year"], frame["value_low"])
        _, high = ap.gapped(frame["year"], frame["value_high"])
        pen = pg.mkPen(color, width=1)
        low_item = pg.PlotDataItem(xs, low, connect="finite", pen=pen)
        high_item = pg.PlotDataItem(xs, high, connect="finite", pen=pen)
        fill = QColor(color)
        fill.setAlpha(70)
        band = pg.FillBetweenItem(low_item, high_item, brush=pg.mkBrush(fill))
        for item in (low_item, high_item, band):
            self.price_plot.addItem(item)
            self._items["kg"].append(item)
        name = f"{element_display(str(frame['element'].iloc[0]))} year-end range"
        self.legends["kg"].add(color, "band", name)
        for row in frame.itertuples():
            flag = flag_text(row.flag) if row.flag != "range" else ""
            self._tooltips["kg"].setdefault(int(row.year), []).append(
                f"{row.item}: year-end range {row.value_low:,.0f}–{row.value_high:,.0f} "
                f"{row.unit}{f' ({flag})' if flag else ''}\n"
                f"   {row.basis}; {row.edition}; {row.source_publisher}")
        return np.concatenate([low, high])

    def _finish_price_plot(self, plot: pg.PlotWidget, drawn: list[np.ndarray], mode: str,
                           base: int, unit: str, title: str) -> None:
        item = plot.getPlotItem()
        log = mode == "log"
        if item.getAxis("left").logMode != log:
            plot.setYRange(0, 1, padding=0)  # a linear range read as log would overflow
            item.setLogMode(y=log)
        label = f"index, {base} = 100" if mode == "rebased" else unit
        item.setLabel("left", label + (" (log)" if log else ""),
                      color=theme.current().foreground)
        item.setTitle(title + (f", rebased to 100 in {base}" if mode == "rebased" else ""),
                      color=theme.current().foreground, size="11pt")
        values = np.concatenate(drawn) if drawn else np.array([])
        self._fit(plot, values, log)

    def _no_data(self, plot: pg.PlotWidget) -> None:
        """'no data' in the middle of an empty chart (a gap is never drawn as zero)."""
        key = {id(self.price_plot): "kg", id(self.unit_plot): "t"}.get(id(plot), "quota")
        (x0, x1), (y0, y1) = plot.getPlotItem().vb.viewRange()
        text = pg.TextItem("no data for the chosen elements and years",
                           color=theme.current().muted, anchor=(0.5, 0.5))
        text.setPos((x0 + x1) / 2, (y0 + y1) / 2)
        plot.addItem(text, ignoreBounds=True)
        self._items[key].append(text)

    def _x_span(self) -> tuple[int, int]:
        """The chosen years, trimmed to start a few years before the first price shown.

        The years before stay reachable by zooming out; the note says why they are hidden.
        """
        low, high = self.state.year_range
        years = [int(f["year"].min()) for f in self.series.values()]
        if len(self.ranges):
            years.append(int(self.ranges["year"].min()))
        if not years or min(years) - 3 <= low:
            return low, high
        start = min(min(years) - 3, high)
        self.notes.append(f"No price data for the chosen elements before {min(years)}; "
                          f"the charts start in {start}.")
        return start, high

    def _fit(self, plot: pg.PlotWidget, values: np.ndarray, log: bool,
             label_room: float = 0.42) -> None:
        """Y fits the data with room at the top for the event labels."""
        plot.getPlotItem().vb.disableAutoRange()
        values = values[np.isfinite(values)] if len(values) else values
        if log:
            values = np.log10(values[values > 0]) if len(values) else values
        if not len(values):
            plot.setYRange(0, 1, padding=0)
            self._no_data(plot)
            return
        bottom = float(values.min()) - 0.05 if log else 0.0
        top = float(values.max())
        span = max(top - bottom, 1e-9)
        plot.setYRange(bottom, top + span * label_room / (1 - label_room) + span * 0.02,
                       padding=0)

    # -- quotas ---------------------------------------------------------------------------
    def _draw_quotas(self) -> None:
        self._reset("quota", self.quota_plot)
        frame = self.quota_frame
        production = frame[frame["series"] == "Mine production"]
        china = theme.current().foreground
        if len(production):
            xs, ys = ap.gapped(production["year"], production["value"])
            flags = dict(zip(production["year"].astype(int), production["flag"], strict=True))
            hollow = QColor(theme.current().background)
            brushes = [pg.mkBrush(hollow if flags.get(int(x)) == "e" else china) for x in xs]
            curve = pg.PlotDataItem(xs, ys, connect="finite", pen=series_pen(china, 2),
                                    symbol="o", symbolSize=6, symbolBrush=brushes,
                                    symbolPen=pg.mkPen(china))
            self._add_quota_item(curve)
            self.legends["quota"].add(china, "line", "Reported mine production")
        offsets = {"Mining quota": -0.2, "Smelting & separation quota": 0.2, "Export quota": 0.0}
        colors = {"Mining quota": theme.OKABE_ITO[0], "Smelting & separation quota":
                  theme.OKABE_ITO[2], "Export quota": theme.OKABE_ITO[4]}
        for series, offset in offsets.items():
            self._draw_quota_series(series, offset, colors[series])
        for row in frame.itertuples():
            self._tooltips["quota"].setdefault(int(row.year), []).append(self._quota_text(row))
        shown = frame[frame["year"] >= self.x_span[0]]
        self._fit(self.quota_plot, shown["value"].to_numpy(dtype=float), log=False,
                  label_room=0.08)

    def _draw_quota_series(self, series: str, offset: float, color: str) -> None:
        rows = self.quota_frame[self.quota_frame["series"] == series]
        full = rows[rows["kind"] == "full year"]
        legend = []
        if len(full):
            bars = pg.BarGraphItem(x=full["year"].to_numpy(float) + offset,
                                   height=full["value"].to_numpy(float), width=0.36,
                                   brush=pg.mkBrush(color), pen=pg.mkPen(color))
            self._add_quota_item(bars)
            legend.append((color, "bar", f"{series}, full year"))
        for kind, symbol in (("interim", "d"), ("batch", "t1")):
            part = rows[rows["kind"] == kind]
            if part.empty:
                continue
            scatter = pg.ScatterPlotItem(x=part["year"].to_numpy(float) + offset,
                                         y=part["value"].to_numpy(float), symbol=symbol,
                                         size=10, pen=pg.mkPen(color, width=2),
                                         brush=pg.mkBrush(theme.current().background))
            self._add_quota_item(scatter)
            legend.append((color, "diamond" if kind == "interim" else "triangle",
                           "interim" if kind == "interim" else "one batch"))
        if legend:
            if not len(full):
                legend[0] = (color, legend[0][1], f"{series}, {legend[0][2]}")
            self.legends["quota"].add_group(legend)

    def _add_quota_item(self, item) -> None:
        self.quota_plot.addItem(item)
        self._items["quota"].append(item)

    @staticmethod
    def _quota_text(row) -> str:
        flag = flag_text(row.flag)
        period = "" if row.period == "full year" else f" — {row.period}"
        return (f"{row.series}{period}: {row.value:,.0f} {row.unit}"
                f"{f' ({flag})' if flag else ''}\n   {row.source_publisher}"
                + (f"; {row.edition}" if row.edition else ""))

    # -- hover text -----------------------------------------------------------------------
    def _describe(self, chart: str, x: float, y: float | None = None) -> str:
        """Hover text: the event under a label, else every value of the year (and the event
        whose line is right there)."""
        overlay = {"kg": self.price_overlay, "t": self.unit_overlay}.get(chart,
                                                                         self.quota_overlay)
        if y is not None:
            text = overlay.describe_at(x, y)
            if text:
                return text
        year = int(round(x))
        rows = list(self._tooltips[chart].get(year, []))
        near = overlay.event_near(x, tolerance_px=3) if overlay.visible else None
        if near is not None:
            event = overlay.events.loc[near]
            rows.append(f"Event ({event['date']}): {event['title']} — click for details")
        if not rows:
            return ""
        return f"{year}\n" + "\n".join(rows)

    # -- events list ----------------------------------------------------------------------
    def filtered_events(self) -> pd.DataFrame:
        return ap.filter_events(self.all_events, self.search_edit.text(),
                                self.category_filter.currentData() or "",
                                self.country_filter.currentData() or "",
                                self.element_filter.currentData() or "")

    def _fill_event_list(self) -> None:
        current = self.selected_event_id()
        frame = self.filtered_events()
        self.event_list.blockSignals(True)
        self.event_list.clear()
        low, high = self.state.year_range
        for row in frame.itertuples():
            item = QListWidgetItem(swatch(category_color(row.category)),
                                   f"{row.date}  {row.title}")
            item.setData(Qt.ItemDataRole.UserRole, int(row.id))
            year = int(str(row.date)[:4])
            tip = event_tooltip(frame.loc[row.Index])
            if not low <= year <= high:
                item.setForeground(QColor(theme.current().muted))
                tip = "Outside the chosen years: not on the charts\n" + tip
            item.setToolTip(tip)
            self.event_list.addItem(item)
            if row.id == current:
                self.event_list.setCurrentItem(item)
        self.event_list.blockSignals(False)
        self.event_count.setText(f"{len(frame)} of {len(self.all_events)} events")

    def selected_event_id(self) -> int | None:
        item = self.event_list.currentItem() if hasattr(self, "event_list") else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _event_selected(self, current: QListWidgetItem | None, _previous=None) -> None:
        event_id = None if current is None else int(current.data(Qt.ItemDataRole.UserRole))
        for overlay in self.overlays:
            overlay.highlight(event_id)

    def _open_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            self.open_event(event_id)

    def open_event(self, event_id: int) -> EventDetailDialog:
        """Show an event's detail (non-modal, so the charts stay usable)."""
        event = self.all_events.set_index("id", drop=False).loc[int(event_id)]
        if self.detail_dialog is not None:
            self.detail_dialog.close()
        self.detail_dialog = EventDetailDialog(event, self.store.country_names, self)
        self.detail_dialog.show()
        for row in range(self.event_list.count()):  # the list follows a click on a chart
            if self.event_list.item(row).data(Qt.ItemDataRole.UserRole) == int(event_id):
                self.event_list.setCurrentRow(row)
        return self.detail_dialog

    # -- export ---------------------------------------------------------------------------
    def export_frame(self) -> pd.DataFrame:
        """Prices and year-end ranges in range, the quota chart's rows, and events in range."""
        prices = [f.assign(kind="price") for f in self.series.values()]
        if len(self.ranges):
            prices.append(self.ranges.assign(kind="price range"))
        quota = self.quota_frame.rename(columns={"series": "item", "period": "basis"})
        quota = quota.assign(kind=np.where(quota["item"] == "Mine production",
                                           "mine production", "quota"), element="")
        low, high = self.state.year_range
        events = self.all_events.assign(year=self.all_events["date"].str[:4].astype(int))
        events = events[events["year"].between(low, high)]
        events = events.rename(columns={"elements": "event_elements"}).assign(kind="event")
        frames = [f for f in (*prices, quota, events) if len(f)]
        if not frames:
            return pd.DataFrame(columns=EXPORT_COLUMNS)
        return pd.concat(frames, ignore_index=True).reindex(columns=EXPORT_COLUMNS)

    def sources_text(self) -> str:
        parts = []
        frames = [*self.series.values(), *([self.ranges] if len(self.ranges) else [])]
        if frames:
            prices = pd.concat(frames)
            editions = sorted(set(prices["edition"].dropna()))
            publishers = sorted(set(prices["source_publisher"].dropna()))
            parts.append(f"prices: {', '.join(publishers)} ({', '.join(editions)}); USGS "
                         "compiles oxide prices from Argus Media and Asian Metal")
        if len(self.quota_frame):
            publishers = sorted(set(self.quota_frame["source_publisher"]) - {""})
            parts.append("quotas and mine production: " + ", ".join(publishers))
        parts.append(f"events: {len(self.all_events)} dated events, each with its own source "
                     "(publisher, title and URL in its row and its detail)")
        return "; ".join(parts)

    def caption_text(self) -> str:
        """The one-line caption; the full list of publishers is in its tooltip."""
        parts = []
        frames = [*self.series.values(), *([self.ranges] if len(self.ranges) else [])]
        if frames:
            editions = sorted(set(pd.concat(frames)["edition"].dropna()))
            which = editions[0] if len(editions) == 1 else \
                f"{editions[0]}–{editions[-1]}, {len(editions)} editions"
            parts.append(f"prices: USGS ({which}; oxide prices from Argus Media and "
                         "Asian Metal)")
        if len(self.quota_frame):
            counts = self.quota_frame["source_publisher"].replace("", pd.NA).value_counts()
            names = list(counts.index)
            shown = ", ".join(names) if len(names) <= 3 else \
                f"{', '.join(names[:2])} and {len(names) - 2} more (hover for all)"
            parts.append(f"quotas and China's mine production: {shown}")
        parts.append(f"events: {len(self.all_events)}, each with its source (click one)")
        return "; ".join(parts)

    def main_plot(self):
        return self.price_plot


EXPORT_COLUMNS = ["kind", "element", "item", "basis", "year", "value", "value_low",
                  "value_high", "unit", "flag", "edition", "source_publisher", "source",
                  "source_url", "note", "id", "date", "date_precision", "title", "category",
                  "countries", "event_elements", "detail"]

PANEL = PricesPanel
