"""Countries: compare any countries on one metric, over time, ranked for a year, or on a map.

Left: the metric, the countries (search, groups, top producers) and the toggles. Right: four
views of the same rows (line, bars, map, table), a note naming countries without data and
the source caption. Every control writes to the shared ViewState (countries, metric, view,
year, options['countries.*']); the panel redraws from it, so the filter bar's country picker
and this one always agree.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.analysis import countries as ac
from ree_desktop.data import country_metrics as cm
from ree_desktop.data.countries import REGION_GROUPS
from ree_desktop.data.store import flag_text
from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    CompactAxis,
    GridAxis,
    HoverTooltip,
    SourceCaption,
    compact_number,
    format_number,
    make_plot,
    marker_brush,
    marker_pen,
    series_pen,
)
from ree_desktop.ui.event_overlay import attach_events
from ree_desktop.ui.models import DataFrameModel
from ree_desktop.ui.panels.base import Panel
from ree_desktop.ui.widgets import CountryPicker
from ree_desktop.ui.world_map import ColorScaleLegend, WorldMap

OPTION = "countries."  # prefix of this panel's keys in ViewState.options
VIEWS = ("line", "bars", "map", "table")
SYMBOLS = ("o", "s", "t", "d", "star", "h")
USER_PREFIX = "user:"
SPARE_CURVES = 24  # deselected countries' curves kept hidden for a quick reselection
# Metric-specific columns: what a growth, CAGR or R/P figure was computed from.
EXTRA_COLUMNS = ("start_year", "start_value", "end_value", "start_edition",
                 "start_source_publisher", "reserves_edition", "production_year")
TABLE_COLUMNS = ["country", "country_iso3", "year", "metric", "value", "unit", "flag",
                 "edition", "preferred", "source_publisher", "source", "source_url", "note"]


class ValueAxis(CompactAxis):
    """Compact tick labels that also read right on a log axis (10^5 → 100k)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        if self.logMode:  # label 1, 2 and 5 × 10^n only; the others stay plain ticks
            return [compact_number(10 ** v) if round(10 ** (v % 1), 6) in (1, 2, 5) else ""
                    for v in values]
        return super().tickStrings(values, scale, spacing)


class YearAxis(GridAxis):
    """Whole years only: a short range never shows 2022.5."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph API)
        levels = []
        for spacing, values in super().tickValues(minVal, maxVal, size):
            if spacing >= 1:
                levels.append((spacing, [v for v in values if float(v).is_integer()]))
        return levels or [(1.0, [float(v) for v in range(math.ceil(minVal),
                                                          math.floor(maxVal) + 1)])]


class SeriesLegend(pg.LegendItem):
    """A legend that keeps each entry (marker sample and label) while its series stays
    listed: making the rich-text labels anew was a third of a country change's redraw.
    Clicking an entry toggles its series (pyqtgraph's own behaviour)."""

    MAX_COLUMNS = 6

    def show_entries(self, entries: list[tuple[pg.PlotDataItem, str]]) -> None:
        """List exactly ``entries`` (series, label), in order, up to six to a row."""
        if [(sample.item, label.text) for sample, label in self.items] == entries:
            return
        kept = {id(sample.item): (sample, label) for sample, label in self.items}
        while self.layout.count():
            self.layout.removeAt(self.layout.count() - 1)
        self.items = [self._entry(kept.pop(id(item), None), item, name)
                      for item, name in entries]
        for sample, label in kept.values():
            for part in (sample, label):
                part.close()
                if part.scene() is not None:  # PySide does not remove closed items
                    part.scene().removeItem(part)
        self.columnCount = min(max(len(self.items), 1), self.MAX_COLUMNS)
        for index, (sample, label) in enumerate(self.items):
            row, column = divmod(index, self.columnCount)
            self.layout.addItem(sample, row, 2 * column,
                                alignment=Qt.AlignmentFlag.AlignVCenter)
            self.layout.addItem(label, row, 2 * column + 1)
        self.rowCount = math.ceil(len(self.items) / self.columnCount)
        self.updateSize()

    def _entry(self, entry, item, name: str):
        if entry is None:
            sample = self.sampleType(item)
            sample.sigClicked.connect(self.sigSampleClicked)
            return sample, pg.LabelItem(name, color=self.opts["labelTextColor"],
                                        justify="left", size=self.opts["labelTextSize"])
        if entry[1].text != name:
            entry[1].setText(name)
        return entry


def below_legend(plot: pg.PlotWidget) -> SeriesLegend:
    """A legend in the plot's layout under the axis, so it never hides data."""
    chart = theme.current()
    legend = SeriesLegend(labelTextColor=chart.foreground, frame=False, horSpacing=14,
                          labelTextSize="9pt")
    plot.getPlotItem().layout.addItem(legend, 4, 1)
    return legend


class CountryAxis(GridAxis):
    """Country names as the bar chart's category axis."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.names: dict[int, str] = {}

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph API)
        return [(1.0, sorted(self.names))]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        return [self.names.get(int(round(v)), "") for v in values]


class CopyableTable(QTableView):
    """A table whose Ctrl+C copies the selected cells as tab-separated text."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def copy_selection(self) -> str:
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        model = self.model()
        header = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in cols]
        lines = ["\t".join(header)]
        chosen = {(i.row(), i.column()) for i in indexes}
        for row in rows:
            lines.append("\t".join(str(model.index(row, c).data() or "")
                                   if (row, c) in chosen else "" for c in cols))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text


def assign_styles(countries) -> dict[str, tuple[str, str]]:
    """A colour and marker per country: fixed colours first (China is always vermilion),
    then unused palette colours; past eight countries the marker shape tells them apart."""
    palette = list(theme.current().series)
    fixed = {c: theme.COUNTRY_COLORS[c] for c in countries if c in theme.COUNTRY_COLORS}
    free = [c for c in palette if c not in fixed.values()]
    styles, next_free = {}, 0
    for index, code in enumerate(countries):
        if code in fixed:
            color = fixed[code]
        else:
            color = free[next_free % len(free)]
            next_free += 1
        styles[code] = (color, SYMBOLS[(index // len(palette)) % len(SYMBOLS)])
    return styles


def source_summary(frame: pd.DataFrame) -> str:
    """'U.S. Geological Survey (USGS): MCS2026, MYB2022; …' for the rows shown."""
    if frame.empty or "source_publisher" not in frame:
        return ""
    rows = frame.dropna(subset=["value"])
    pairs = [(p, str(e).split(" → ")[-1] if isinstance(e, str) else None)
             for p, e in zip(rows["source_publisher"], rows["edition"], strict=True)]
    if "start_source_publisher" in rows:  # growth and CAGR read two years, maybe two sources
        pairs += list(zip(rows["start_source_publisher"], rows["start_edition"], strict=True))
    editions: dict[str, set[str]] = {}
    for publisher, edition in pairs:
        if isinstance(publisher, str):
            editions.setdefault(publisher, set()).update([edition] if edition else [])
    parts = []
    for publisher, found in editions.items():
        names = sorted(found, reverse=True)
        shown = ", ".join(names[:6]) + (f" +{len(names) - 6} more" if len(names) > 6 else "")
        parts.append(publisher + (f" ({shown})" if shown else ""))
    return "; ".join(parts)


def format_value(value: float, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "no data"
    if unit.startswith("%") or unit.endswith("a year"):
        sign = "+" if unit.endswith("a year") and value > 0 else ""
        return f"{sign}{value:,.1f} {unit}"
    if unit == "years":
        return f"{value:,.0f} years"
    return format_number(value, unit)


class CountriesPanel(Panel):
    name = "countries"
    title = "Countries"
    watches = frozenset({"countries", "year_range", "year", "metric", "view", "options",
                         "theme"})

    def __init__(self, store, state, parent=None):
        super().__init__(store, state, parent)
        self.country_table = cm.country_list(store)
        self.names = dict(zip(self.country_table["iso3"], self.country_table["name"],
                              strict=True))
        self.series_items: dict[str, pg.PlotDataItem] = {}
        self.dashed_items: dict[str, pg.PlotDataItem] = {}
        # deselected countries' (curve, dashed curve), hidden, for a quick reselection
        self._spare_items: dict[str, tuple] = {}
        self.revision_item: pg.ScatterPlotItem | None = None
        self.bar_item: pg.BarGraphItem | None = None
        self._ranked: dict[str, pd.DataFrame] = {}  # bar and map rows, made when needed
        self.shown = pd.DataFrame()
        self.revisions = pd.DataFrame()
        self.full = pd.DataFrame()
        self.metric_spec = ac.METRICS["production"]
        self.metric_key = "production"
        self.user_args: dict = {}
        self._metric_memo: dict[tuple, pd.DataFrame] = {}
        self._user_series_memo: tuple = (None, [])  # (Store.version(), series)
        self._changed: set[str] = set(self.watches)
        self._drawn_views: set[str] = set()
        self._syncing = False
        outer = QHBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self._build_sidebar())
        outer.addWidget(self._build_views(), 1)

    # -- building ------------------------------------------------------------------------
    def _build_sidebar(self) -> QWidget:
        side = QWidget(objectName="countriesSidebar")
        side.setFixedWidth(250)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(QLabel("<b>Metric</b>"))
        self.metric_combo = QComboBox(objectName="metricCombo")
        self.metric_combo.currentIndexChanged.connect(self._metric_picked)
        layout.addWidget(self.metric_combo)
        layout.addWidget(QLabel("<b>Countries</b>"))
        entries = [(r.iso3, r.name, r.search) for r in self.country_table.itertuples()]
        self.picker = CountryPicker(entries)
        self.picker.setObjectName("countriesPicker")
        self.picker.selectionChanged.connect(self._countries_picked)
        self.picker.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.picker, 1)
        groups = QGridLayout()
        self.group_buttons: dict[str, QPushButton] = {}
        for index, name in enumerate(["Top 5", *REGION_GROUPS]):
            button = QPushButton(name, objectName=f"group_{name.replace(' ', '')}")
            button.setToolTip("Select the five largest producers of the chosen year"
                              if name == "Top 5" else
                              f"Select the {name} members: "
                              + ", ".join(REGION_GROUPS[name]))
            button.clicked.connect(lambda _=False, n=name: self.select_group(n))
            groups.addWidget(button, index // 3, index % 3)
            self.group_buttons[name] = button
        layout.addLayout(groups)
        layout.addWidget(QLabel("<b>Show</b>"))
        self.toggles: dict[str, QCheckBox] = {}
        for key, text, tip in (
                ("share", "Share of world", "Production or reserves as a share of the "
                 "world total from the same edition"),
                ("log", "Log axis", "Logarithmic value axis (log colour scale on the map)"),
                ("estimates", "Mark estimates", "Estimated figures: hollow markers, dashed "
                 "lines, hatched bars"),
                ("revisions", "Show revisions", "Every edition's figure as small marks; the "
                 "table lists all editions")):
            box = QCheckBox(text, objectName=f"toggle_{key}")
            box.setToolTip(tip)
            box.toggled.connect(lambda on, k=key: self._option_toggled(k, on))
            layout.addWidget(box)
            self.toggles[key] = box
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel("Year (bars, map)"))
        self.year_spin = QSpinBox(objectName="countriesYear")
        low, high = self.store.year_bounds()
        self.year_spin.setRange(low, high)
        self.year_spin.setKeyboardTracking(False)
        self.year_spin.valueChanged.connect(lambda y: self.state.update(year=int(y)))
        year_row.addWidget(self.year_spin)
        layout.addLayout(year_row)
        return side

    def _build_views(self) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(objectName="countriesViews")
        self.line_plot = make_plot(y_label="t REO")
        self.line_plot.setAxisItems({"left": ValueAxis("left"), "bottom": YearAxis("bottom")})
        self.line_plot.getPlotItem().getAxis("left").setWidth(56)
        self.legend = below_legend(self.line_plot)
        self.year_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(
            theme.current().muted, width=1, style=Qt.PenStyle.DashLine))
        self.line_plot.addItem(self.year_line, ignoreBounds=True)
        self.line_tooltip = HoverTooltip(self.line_plot, self.describe_point)
        self.events_toggle, self.events_overlay = attach_events(self.line_plot, self.store)
        self.line_plot.scene().sigMouseClicked.connect(self._line_clicked)
        self.bar_axis = CountryAxis("left")
        self.bar_plot = make_plot()
        self.bar_plot.setAxisItems({"left": self.bar_axis, "bottom": ValueAxis("bottom")})
        self.bar_plot.getPlotItem().invertY(True)
        self.bar_plot.setMouseEnabled(False, False)
        self.bar_plot.scene().sigMouseClicked.connect(self._bar_clicked)
        self.bar_tooltip = HoverTooltip(self.bar_plot, self.describe_bar)
        self.bar_plot.removeItem(self.bar_tooltip.line)  # a vertical year guide means nothing here
        self.map = WorldMap()
        self.map.countryClicked.connect(self.toggle_country)
        self.map_legend = ColorScaleLegend()
        map_host = QWidget()
        map_layout = QVBoxLayout(map_host)
        map_layout.setContentsMargins(0, 0, 0, 0)
        self.map_title = QLabel(objectName="mapTitle")
        self.map_title.setWordWrap(True)
        map_layout.addWidget(self.map_title)
        map_layout.addWidget(self.map, 1)
        map_layout.addWidget(self.map_legend)
        self.table = CopyableTable(objectName="countriesTable")
        self.table_model = DataFrameModel()
        self.table.setModel(self.table_model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        line_host = QWidget()
        line_layout = QVBoxLayout(line_host)
        line_layout.setContentsMargins(0, 0, 0, 0)
        line_layout.addWidget(self.line_plot, 1)
        line_layout.addWidget(self.events_toggle)
        for widget, label in ((line_host, "Line"), (self.bar_plot, "Bars"),
                              (map_host, "Map"), (self.table, "Table")):
            self.tabs.addTab(widget, label)
        self.tabs.currentChanged.connect(
            lambda index: self._syncing or self.state.update(view=VIEWS[index]))
        layout.addWidget(self.tabs, 1)
        self.detail = QLabel(objectName="countriesDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(objectName="countriesNote")
        self.note.setWordWrap(True)
        self.caption = SourceCaption()
        for widget in (self.detail, self.note, self.caption):
            layout.addWidget(widget)
        return host

    # -- state → controls ------------------------------------------------------------------
    def option(self, key: str, default: bool = False) -> bool:
        return bool(self.state.options.get(OPTION + key, default))

    def use_log(self) -> bool:
        """Log axis on and meaningful: growth rates are often negative, so never for them."""
        return self.option("log") and self.metric_key != "growth"

    def _metric_entries(self) -> list[tuple[str, str]]:
        entries = [(key, metric.label) for key, metric in ac.METRICS.items()]
        for key, label, _ in self._user_series():
            entries.append((key, f"{label} (your data)"))
        return entries

    def _user_series(self) -> list[tuple[str, str, dict]]:
        """The user's series, listed again only when a database changed."""
        version = self.store.version()
        if self._user_series_memo[0] != version:
            self._user_series_memo = (version, self._list_user_series())
        return self._user_series_memo[1]

    def _list_user_series(self) -> list[tuple[str, str, dict]]:
        """(metric key, label, query arguments) for every series of the user's datasets.

        The key is ``user:DATASET:METRIC`` plus ``:STAGE:ELEMENT:SCENARIO:ITEM`` when any of
        those is set (it goes into bookmarks and ``--metric``).
        """
        users = cm.user_metrics(self.store)
        series = []
        for row in users.itertuples():
            extra = [getattr(row, f) for f in cm.SERIES_FIELDS]
            key = ":".join([USER_PREFIX + row.dataset, row.metric, *extra]) if any(extra) \
                else f"{USER_PREFIX}{row.dataset}:{row.metric}"
            parts = [row.title]
            if (users["dataset"] == row.dataset).sum() > 1:
                parts.append(", ".join(str(v) for v in [row.metric, *extra] if v))
            args = dict(zip(("dataset", "metric", *cm.SERIES_FIELDS),
                            (row.dataset, row.metric, *extra), strict=True))
            series.append((key, ": ".join(parts), {**args, "unit": row.unit}))
        return series

    def _sync_controls(self) -> None:
        self._syncing = True
        try:
            entries = self._metric_entries()
            keys = [key for key, _ in entries]
            if [self.metric_combo.itemData(i) for i in range(self.metric_combo.count())] != keys:
                self.metric_combo.clear()
                for key, label in entries:
                    self.metric_combo.addItem(label, key)
            index = keys.index(self.metric_key) if self.metric_key in keys else 0
            self.metric_combo.setCurrentIndex(index)
            if getattr(self, "_listed_order", None) != self.state.countries:
                self.picker.set_selected(self.state.countries)
                self._selected_first()
            for key, box in self.toggles.items():
                box.setChecked(self.option(key, default=key == "estimates"))
            self.toggles["share"].setEnabled(self.metric_spec.has_share)
            self.toggles["revisions"].setEnabled(self.metric_spec.has_revisions)
            self.toggles["log"].setEnabled(self.metric_key != "growth")
            low, high = self.year_bounds()
            self.year_spin.setRange(min(low, self.state.year), max(high, self.state.year))
            self.year_spin.setValue(int(self.state.year))
            view = self.state.view if self.state.view in VIEWS else "line"
            self.tabs.setCurrentIndex(VIEWS.index(view))
        finally:
            self._syncing = False

    def _selected_first(self) -> None:
        """Checked countries at the top of the list (in selection order), the rest by name."""
        self._listed_order = self.state.countries
        widget = self.picker.list
        order = {code: i for i, code in enumerate(self.state.countries)}
        items = [widget.takeItem(0) for _ in range(widget.count())]
        items.sort(key=lambda item: (order.get(item.data(Qt.ItemDataRole.UserRole), 10**6),
                                     item.text().casefold()))
        needle = self.picker.search.text().casefold().strip()
        for item in items:
            widget.addItem(item)
            item.setHidden(bool(needle) and needle not in item.data(Qt.ItemDataRole.UserRole + 1))
        widget.scrollToTop()

    # -- controls → state ------------------------------------------------------------------
    def _metric_picked(self, index: int) -> None:
        if not self._syncing and index >= 0:
            self.state.update(metric=self.metric_combo.itemData(index))

    def _countries_picked(self, codes: list[str]) -> None:
        if not self._syncing:
            kept = [c for c in self.state.countries if c in codes]
            self.state.update(countries=kept + [c for c in codes if c not in kept])

    def _option_toggled(self, key: str, on: bool) -> None:
        if not self._syncing:
            self.state.update(options={OPTION + key: bool(on)})

    def select_group(self, name: str) -> None:
        """Replace the selection with a quick group (Top 5 of the chosen year, EU27, …)."""
        if name == "Top 5":
            codes = ac.top_producers(cm.production(self.store), int(self.state.year))
            if not codes:
                self.detail.setText(f"No production data for {self.state.year}: "
                                    "pick another year for the top 5.")
                return
        else:
            codes = list(REGION_GROUPS[name])
        self.state.update(countries=codes)

    def toggle_country(self, iso3: str) -> None:
        """Add a country to the selection or remove it (map clicks)."""
        codes = list(self.state.countries)
        codes = [c for c in codes if c != iso3] if iso3 in codes else [*codes, iso3]
        self.state.update(countries=codes)

    # -- data --------------------------------------------------------------------------------
    def _resolve_metric(self) -> None:
        key = self.state.metric
        self.metric_warning = ""
        if key in ac.METRICS:
            self.metric_key, self.metric_spec = key, ac.METRICS[key]
        elif key.startswith(USER_PREFIX):
            match = [s for s in self._user_series() if s[0] == key]
            if match:
                _, label, args = match[0]
                self.metric_key, self.user_args = key, args
                self.metric_spec = ac.Metric(key, label, str(args["unit"] or ""),
                                             has_revisions=True)
            else:
                self.metric_key, self.metric_spec = "production", ac.METRICS["production"]
        else:
            self.metric_key, self.metric_spec = "production", ac.METRICS["production"]
        if self.metric_key != key:
            self.metric_warning = (f"Metric {key!r} is not available here: showing mine "
                                   "production (choose: " + ", ".join(ac.METRICS) + ").")

    def metric_frame(self) -> pd.DataFrame:
        """Every country's rows for the metric (all editions), before any selection.

        Kept until the metric, its options or the data change: a year or country change
        only re-selects (computing shares anew took ~90 ms a change).
        """
        key = (self.metric_key, self.option("share") and self.metric_spec.has_share,
               repr(self.user_args), self.store.version(),
               tuple(self.state.year_range) if self.metric_key == "cagr" else None)
        memo = self._metric_memo
        if key not in memo:
            memo[key] = self._compute_metric_frame()
            while len(memo) > 8:  # a handful of metrics a user flips between
                del memo[next(iter(memo))]
        return memo[key]

    def _compute_metric_frame(self) -> pd.DataFrame:
        key = self.metric_key
        share = self.option("share") and self.metric_spec.has_share
        if key.startswith(USER_PREFIX):
            args = {k: v for k, v in self.user_args.items() if k != "unit"}
            return ac.user_metric(cm.user_metric(self.store, **args), key)
        production = cm.production(self.store)
        if key == "production":
            return ac.production_share(production) if share else \
                ac.absolute(production, "production")
        if key == "reserves":
            reserves = cm.reserves(self.store)
            return ac.reserves_share(reserves) if share else ac.reserves_series(reserves)
        if key == "share":
            return ac.production_share(production)
        if key == "rp_ratio":
            return ac.rp_ratio(production, cm.reserves(self.store))
        if key == "growth":
            return ac.growth(production)
        return ac.cagr_between(production, *self.state.year_range)

    def unit(self) -> str:
        if not self.full.empty:
            units = self.full["unit"].dropna().unique()
            if len(units):
                return str(units[0])
        return self.metric_spec.unit

    def _apply_theme(self) -> None:
        """Re-colour the plots after a theme switch (they take the theme when built)."""
        chart = theme.current()
        if getattr(self, "_theme_name", None) == chart.name:
            return
        self._theme_name = chart.name
        for plot in (self.line_plot, self.bar_plot, self.map):
            plot.setBackground(chart.background)
            for side in ("left", "bottom"):
                axis = plot.getPlotItem().getAxis(side)
                axis.setPen(pg.mkPen(chart.foreground))
                axis.setTextPen(pg.mkPen(chart.foreground))
        self.legend.setLabelTextColor(chart.foreground)
        self.year_line.setPen(pg.mkPen(chart.muted, width=1, style=Qt.PenStyle.DashLine))

    def _on_state_changed(self, fields: set[str]) -> None:
        self._changed |= set(fields)  # refresh() may run later, when the panel is shown
        super()._on_state_changed(fields)

    def current_view(self) -> str:
        return self.state.view if self.state.view in VIEWS else "line"

    def refresh(self) -> None:
        """Recompute the rows, then draw only the visible view; the others are drawn when
        their tab is picked (a filter change redrew all four: ~300 ms, now the one)."""
        super().refresh()
        # a direct call (theme, presentation mode, an import) redraws everything
        changed, self._changed = self._changed or set(self.watches), set()
        if changed - {"view"}:
            self._compute_rows()
            self._drawn_views = set()
        else:
            self._sync_controls()
        view = self.current_view()
        if view not in self._drawn_views:
            self._draw_view(view)
            self._drawn_views.add(view)
        self._write_notes(list(self.state.countries), tuple(self.state.year_range),
                          self._view_year())

    def _view_year(self) -> int:
        """The year the bars and the map show (the range's end for a CAGR)."""
        return self.state.year_range[1] if self.metric_key == "cagr" else int(self.state.year)

    def _compute_rows(self) -> None:
        self._apply_theme()
        self._resolve_metric()
        self.full = self.metric_frame()
        self._sync_controls()
        countries = list(self.state.countries)
        years = tuple(self.state.year_range)
        line_source = self.full
        if self.metric_key == "cagr":
            line_source = ac.absolute(cm.production(self.store), "production")
        self.shown = ac.select(line_source, countries, years)
        self.line_frame = self.shown
        self.revisions = pd.DataFrame()
        if self.option("revisions") and self.toggles["revisions"].isEnabled():
            every = ac.select(line_source, countries, years, preferred_only=False)
            self.revisions = every[every["preferred"] != 1]
        self._ranked = {}

    @property
    def bar_rows(self) -> pd.DataFrame:
        """The chosen countries ranked for the view's year (made when first needed)."""
        return self._ranked_rows("bars")

    @property
    def map_rows(self) -> pd.DataFrame:
        """Every country ranked for the view's year (made when first needed)."""
        return self._ranked_rows("map")

    def _ranked_rows(self, which: str) -> pd.DataFrame:
        if which not in self._ranked:
            rows = self.full
            if len(rows.columns):  # no columns only before the first refresh
                if which == "bars":
                    rows = ac.select(rows, list(self.state.countries))
                rows = ac.rank_year(rows, self._view_year())
            self._ranked[which] = rows
        return self._ranked[which]

    def _draw_view(self, view: str) -> None:
        if view == "line":
            self._draw_line()
        elif view == "bars":
            self._draw_bars(self._view_year())
        elif view == "map":
            self._draw_map(self._view_year())
        else:
            self._fill_table()

    # -- line --------------------------------------------------------------------------------
    def _draw_line(self) -> None:
        """Update the line chart in place: each country keeps its curve and legend entry
        while it stays selected (rebuilding them cost ~15 ms a country per change)."""
        item = self.line_plot.getPlotItem()
        if self.revision_item is not None:
            item.removeItem(self.revision_item)
            self.revision_item = None
        log = self.use_log()
        if item.ctrl.logYCheck.isChecked() != log:
            item.vb.setYRange(0, 1, padding=0)  # a linear range read as powers overflows
        item.setLogMode(y=log)
        unit = self.unit() if self.metric_key != "cagr" else "t REO"
        item.setLabel("left", unit + (" (log)" if log else ""),
                      color=theme.current().foreground)
        item.setTitle(self._line_title(), color=theme.current().foreground, size="11pt")
        countries = list(dict.fromkeys(self.line_frame["country_iso3"]))
        for code in [c for c in self.series_items if c not in countries]:
            self._remove_country(code)
        styles = assign_styles(list(self.state.countries))
        mark = self.option("estimates", True)
        cagr_rows = self.full.set_index("country_iso3") if self.metric_key == "cagr" else None
        names = []
        for code, years, values, estimate in ac.yearly_arrays(self.line_frame):
            color, symbol = styles.get(code, (theme.series_color(0), "o"))
            name = self.names.get(code, code)
            if cagr_rows is not None and code in cagr_rows.index:
                name += f" ({format_value(float(cagr_rows.loc[code, 'value']), '% a year')})"
            self._plot_country(code, name, (years, values, estimate), color, symbol, mark)
            names.append(name)
        self._draw_revisions(styles)
        self._fill_legend(countries, names)
        self.year_line.setPos(self.state.year)
        self.year_line.setVisible(self.metric_key != "cagr")
        item.enableAutoRange()

    def _remove_country(self, code: str) -> None:
        """Hide a deselected country's curve and keep it for a later reselection (creating
        a curve is the dearest part of a redraw); past ``SPARE_CURVES`` it is dropped."""
        plot = self.line_plot.getPlotItem()
        main = self.series_items.pop(code)
        dashed = self.dashed_items.pop(code, None)
        for curve in (main, dashed):
            if curve is not None:
                curve.setVisible(False)
        self._spare_items[code] = (main, dashed)
        while len(self._spare_items) > SPARE_CURVES:
            for curve in self._spare_items.pop(next(iter(self._spare_items))):
                if curve is not None:
                    plot.removeItem(curve)

    def _fill_legend(self, countries: list[str], names: list[str]) -> None:
        """Legend entries in selection order, then the other editions' marks if shown."""
        entries = [(self.series_items[code], name)
                   for code, name in zip(countries, names, strict=True)]
        if self.revision_item is not None:
            entries.append((self.revision_item, "other editions"))
        self.legend.show_entries(entries)

    def _line_title(self) -> str:
        low, high = self.state.year_range
        label = self.metric_spec.label
        if self.option("share") and self.metric_spec.has_share:
            label += ", share of world"
        return f"{label}, {low}–{high}"

    def _plot_country(self, code, name, arrays, color, symbol, mark) -> None:
        years, values, estimate = arrays
        finite = np.isfinite(values)
        if self.use_log():
            finite &= values > 0  # log of zero is no point: never join across it
        pair = finite[:-1] & finite[1:]
        touches_estimate = estimate[:-1] | estimate[1:]
        solid = np.append(pair & ~(touches_estimate & mark), False)
        dashed = np.append(pair & touches_estimate & mark, False)
        hollow = marker_brush(theme.current().background)
        brushes = [hollow if (e and mark) else marker_brush(color) for e in estimate] \
            if mark and estimate.any() else marker_brush(color)
        joined = solid if mark else np.append(pair, False)
        style = dict(connect=joined.astype(np.int32), pen=series_pen(color, 2), symbol=symbol,
                     symbolSize=7, symbolPen=marker_pen(color),
                     symbolBrush=brushes, name=name)
        main, extra = self._spare_items.pop(code, (None, None))
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
                self.line_plot.removeItem(extra)
            self.dashed_items.pop(code, None)
            return
        extra = self._update_curve(extra, years, values, dict(
            connect=dashed.astype(np.int32), pen=series_pen(color, 2, dashed=True)))
        extra.setVisible(main.isVisible())
        self.dashed_items[code] = extra

    def _update_curve(self, curve: pg.PlotDataItem | None, years, values,
                      style: dict) -> pg.PlotDataItem:
        """Update a curve in place, or make one and add it to the line chart."""
        if curve is None:
            curve = pg.PlotDataItem(years, values, **style)
            self.line_plot.addItem(curve)
        else:
            curve.setData(years, values, **style)
        return curve

    def _follow_visibility(self, code: str) -> None:
        """The dashed (estimate) stretch shows and hides with its country's curve."""
        if code in self.dashed_items and code in self.series_items:
            self.dashed_items[code].setVisible(self.series_items[code].isVisible())

    def _draw_revisions(self, styles) -> None:
        if self.revisions.empty:
            return
        rows = self.revisions.dropna(subset=["value"])
        values = rows["value"].to_numpy(dtype=float)
        if self.use_log():
            values = np.where(values > 0, np.log10(np.where(values > 0, values, 1)), np.nan)
        spots = [{"pos": (year, value), "data": index,
                  "brush": marker_brush(styles.get(code, ("#777777",))[0]),
                  "pen": marker_pen(theme.current().foreground, 0.5)}
                 for index, year, value, code in zip(rows.index, rows["year"], values,
                                                     rows["country_iso3"], strict=True)
                 if math.isfinite(value)]
        self.revision_item = pg.ScatterPlotItem(spots=spots, symbol="x", size=9)
        self.line_plot.addItem(self.revision_item)

    def describe_point(self, x: float, y: float) -> str:
        """Tooltip for the line chart: the nearest country at the hovered year, all editions."""
        year = int(round(x))
        rows = self.line_frame[(self.line_frame["year"] == year)].dropna(subset=["value"])
        if not self.revisions.empty:
            rows = pd.concat([rows, self.revisions[self.revisions["year"] == year]])
        rows = rows.dropna(subset=["value"])
        if rows.empty:
            return ""
        visible = [c for c, item in self.series_items.items() if item.isVisible()]
        rows = rows[rows["country_iso3"].isin(visible)] if visible else rows
        if rows.empty:
            return ""
        log = self.use_log()
        target = 10 ** y if log else y
        distance = (rows["value"] - target).abs() if not log else \
            (np.log10(rows["value"].clip(lower=1e-9)) - y).abs()
        code = rows.loc[distance.idxmin(), "country_iso3"]
        return self._describe_rows(rows[rows["country_iso3"] == code])

    def _describe_rows(self, rows: pd.DataFrame) -> str:
        rows = rows.sort_values("preferred", ascending=False, kind="stable")
        first = rows.iloc[0]
        lines = [f"{first['country']} ({first['country_iso3']}), {int(first['year'])}"]
        for row in rows.itertuples():
            flag = flag_text(row.flag) if isinstance(row.flag, str) else ""
            mark = "" if len(rows) == 1 else (" ← charted" if row.preferred == 1 else "")
            lines.append(f"{format_value(row.value, str(row.unit or ''))}"
                         + (f" ({flag})" if flag else "") + f" · {row.edition}{mark}")
        lines.append(f"Source: {first['source']}")
        if isinstance(first["note"], str) and first["note"] and self.metric_key != "production":
            lines.append(first["note"])
        return "\n".join(lines)

    def _line_clicked(self, event) -> None:
        if event.isAccepted() or event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.line_plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        self.pick_year(int(round(vb.mapSceneToView(event.scenePos()).x())))

    def pick_year(self, year: int) -> None:
        """The year the bars and the map show (clicking the line chart picks it)."""
        low, high = self.year_bounds()
        self.state.update(year=min(max(year, low), high))

    def year_bounds(self) -> tuple[int, int]:
        """Years a user can pick: production's, widened by the metric's (reserves: 2026)."""
        low, high = self.store.year_bounds()
        if not self.full.empty:
            low = min(low, int(self.full["year"].min()))
            high = max(high, int(self.full["year"].max()))
        return low, high

    # -- bars --------------------------------------------------------------------------------
    def _draw_bars(self, year: int) -> None:
        plot = self.bar_plot.getPlotItem()
        if self.bar_item is not None:
            plot.removeItem(self.bar_item)
        for label in getattr(self, "_bar_labels", []):
            plot.removeItem(label)
        self._bar_labels = []
        rows = self.bar_rows
        unit = self.unit()
        plot.setTitle(f"{self.metric_spec.label}, {self._year_text(year)} (ranked)",
                      color=theme.current().foreground, size="11pt")
        plot.setLabel("bottom", unit, color=theme.current().foreground)
        self.bar_axis.names = {i: self.names.get(c, c)
                               for i, c in enumerate(rows["country_iso3"])}
        self.bar_axis.picture = None
        self.bar_axis.update()
        if rows.empty:
            self.bar_item = None
            return
        values = rows["value"].to_numpy(dtype=float)
        styles = assign_styles(list(self.state.countries))
        mark = self.option("estimates", True)
        brushes = []
        for code, flag in zip(rows["country_iso3"], rows["flag"], strict=True):
            color = QColor(styles.get(code, (theme.series_color(0),))[0])
            pattern = Qt.BrushStyle.BDiagPattern if mark and ac.is_estimate(flag) \
                else Qt.BrushStyle.SolidPattern
            brushes.append(QBrush(color, pattern))
        pens = [pg.mkPen(styles.get(c, (theme.series_color(0),))[0], width=1.5)
                for c in rows["country_iso3"]]
        self.bar_item = pg.BarGraphItem(x0=np.minimum(values, 0), y=np.arange(len(rows)),
                                        width=np.abs(values), height=0.7, brushes=brushes,
                                        pens=pens)
        plot.addItem(self.bar_item)
        for index, (value, flag) in enumerate(zip(values, rows["flag"], strict=True)):
            text = format_value(value, unit) + (" (e)" if ac.is_estimate(flag) else "")
            label = pg.TextItem(text, color=theme.current().foreground,
                                anchor=(0, 0.5) if value >= 0 else (1, 0.5))
            label.setPos(value, index)
            plot.addItem(label)
            self._bar_labels.append(label)
        low, high = min(0.0, values.min()), max(0.0, values.max())
        span = (high - low) or 1.0
        plot.setXRange(low - (0.45 * span if low < 0 else 0), high + 0.45 * span, padding=0)
        plot.setYRange(-0.6, max(len(rows), 6) - 0.4, padding=0)  # slim bars for few rows

    def bar_values(self) -> list[tuple[str, float]]:
        return list(zip(self.bar_rows["country_iso3"], self.bar_rows["value"], strict=True))

    def describe_bar(self, _x: float, y: float) -> str:
        index = int(round(y))
        if self.bar_rows.empty or not 0 <= index < len(self.bar_rows):
            return ""
        return self._describe_rows(self.bar_rows.iloc[[index]])

    def _bar_clicked(self, event) -> None:
        vb = self.bar_plot.getPlotItem().vb
        if event.button() != Qt.MouseButton.LeftButton or \
                not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        self.show_bar_detail(int(round(point.y())))

    def show_bar_detail(self, index: int) -> None:
        """Clicking a bar writes its full figure, flag, edition and source under the chart."""
        if 0 <= index < len(self.bar_rows):
            self.detail.setText(self._describe_rows(self.bar_rows.iloc[[index]])
                                .replace("\n", " · "))

    # -- map ---------------------------------------------------------------------------------
    def _draw_map(self, year: int) -> None:
        values = dict(zip(self.map_rows["country_iso3"], self.map_rows["value"], strict=True))
        estimates = set(self.map_rows.loc[self.map_rows["flag"].map(ac.is_estimate),
                                          "country_iso3"]) if self.option("estimates", True) \
            else set()
        self.map.set_values(values, self.state.countries, log=self.use_log(),
                            describe=self.describe_country, estimates=estimates)
        self.map_legend.set_scale(self.map.scale, self.unit())
        count = len(values)
        self.map_title.setText(f"<b>{self.metric_spec.label}, {self._year_text(year)}</b> · "
                               f"{count} countries with data · bold outline: selected, "
                               "dashed: estimate · click a country to add or remove it")

    def describe_country(self, iso3: str) -> str:
        rows = self.map_rows[self.map_rows["country_iso3"] == iso3]
        name = self.names.get(iso3, iso3)
        if rows.empty:
            return f"{name} ({iso3}): no data"
        text = self._describe_rows(rows)
        return f"{text}\nRank {int(rows.iloc[0]['rank'])} of {len(self.map_rows)}"

    def _year_text(self, year: int) -> str:
        if self.metric_key == "cagr":
            low, high = self.state.year_range
            return f"{low}–{high}"
        return str(year)

    # -- table and notes -----------------------------------------------------------------
    def table_frame(self) -> pd.DataFrame:
        """What the table lists: the export rows with flags in words."""
        out = self.table_frame_raw().copy()
        out["flag"] = out["flag"].map(lambda f: f"{f} ({flag_text(f)})" if
                                      isinstance(f, str) and f else "")
        extra = [c for c in EXTRA_COLUMNS if c in out.columns]
        return out[[*TABLE_COLUMNS[:5], *extra, *TABLE_COLUMNS[5:]]].reset_index(drop=True)

    def _fill_table(self) -> None:
        self.table_model.set_frame(self.table_frame())
        self.table.resizeColumnsToContents()
        for column in range(self.table_model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))

    def _write_notes(self, countries, years, year) -> None:
        notes = [self.metric_warning]
        if not countries:
            notes.append("No country selected: pick countries on the left, a group, or click "
                         "the map.")
        view = self.state.view
        if view in ("bars", "map") and self.metric_key != "cagr":
            empty = [c for c in countries if c not in set(self.bar_rows["country_iso3"])]
            where = self._year_text(year)
        else:
            empty = ac.missing_countries(self.shown, countries)
            where = f"{years[0]}–{years[1]}"
        if empty:
            notes.append(f"No data in {where} for: "
                         + ", ".join(self.names.get(c, c) for c in empty) + ".")
        if self.metric_key == "cagr":
            no_cagr = [c for c in countries if c not in set(self.full["country_iso3"])
                       and c not in empty]
            if no_cagr:
                notes.append(f"No CAGR (needs values in both {years[0]} and {years[1]}) for: "
                             + ", ".join(self.names.get(c, c) for c in no_cagr) + ".")
        notes.append(self._zero_or_not_reported_note())
        notes.append(self._metric_note())
        if self.option("estimates", True) and self._has_estimates():
            notes.append("Estimates: hollow markers and dashed lines, hatched bars, dashed "
                         "map outlines.")
        if self.option("revisions") and not self.revisions.empty:
            notes.append("× = another edition's figure (hover for the edition).")
        if self.use_log() and (self.shown["value"] <= 0).any():
            notes.append("Zero or negative values cannot be drawn on a log axis.")
        self.note.setText(" ".join(n for n in notes if n))
        # two lines kept free: the chart does not jump (and re-lay out) as notes change
        self.note.setMinimumHeight(2 * self.note.fontMetrics().lineSpacing())
        self.caption.set_sources(self.sources_text())

    def _zero_or_not_reported_note(self) -> str:
        """Cells whose source prints 0 for both zero and 'not reported': named, not drawn."""
        if self.shown.empty or "flag" not in self.shown:
            return ""
        marked = self.shown[self.shown["flag"].map(
            lambda f: isinstance(f, str) and "0?" in f.split(","))]
        if marked.empty:
            return ""
        cells = ", ".join(f"{self.names.get(r.country_iso3, r.country_iso3)} {r.year}"
                          for r in marked.itertuples())
        return (f"0 or not reported (the source does not tell which; not drawn): {cells}.")

    def _has_estimates(self) -> bool:
        view = self.state.view
        frames = (self.bar_rows,) if view == "bars" else (self.map_rows,) if view == "map" \
            else (self.shown,)
        return any(f["flag"].map(ac.is_estimate).any() for f in frames if not f.empty)

    def _metric_note(self) -> str:
        key = self.metric_key
        share = self.option("share") and self.metric_spec.has_share
        if key == "rp_ratio":
            return ("R/P = reserves in USGS MCS edition Y ÷ production of year Y−1 printed "
                    "in the same edition; plotted at the production year (tooltip names "
                    "both).")
        if key == "share" or (key == "production" and share):
            return ("Share of world: country and world figures of a year come from one "
                    "edition (named in the tooltip), never mixed.")
        if key == "reserves":
            return ("Reserves are placed at the year of the MCS edition that published them"
                    + ("; where the world total is a lower bound the share is an upper bound."
                       if share else "."))
        if key == "growth":
            return "Growth only between consecutive years with data; gaps stay gaps."
        if key == "cagr":
            low, high = self.state.year_range
            return (f"CAGR between exactly {low} and {high} (the year range's ends); the "
                    "line shows production, the legend the CAGR.")
        if key == "production":
            return "Preferred edition per country-year; tick 'Show revisions' for the others."
        return ""

    # -- panel API ----------------------------------------------------------------------------
    def export_frame(self) -> pd.DataFrame:
        """Long format: line/table → the range's rows; bars → the year ranked; map → all."""
        view = self.state.view
        if view == "bars":
            frame = self.bar_rows
        elif view == "map":
            frame = self.map_rows
        else:
            frame = self.table_frame_raw()
        columns = ["country_iso3", "country", "year", "metric", "value", "unit", "flag",
                   "edition", "preferred", "source_publisher", "source", "source_url", "note"]
        extra = [c for c in ("rank", *EXTRA_COLUMNS) if c in frame.columns]
        return frame[columns + extra].reset_index(drop=True)

    def table_frame_raw(self) -> pd.DataFrame:
        if self.metric_key == "cagr":
            return ac.select(self.full, list(self.state.countries))
        if self.revisions.empty:
            return self.shown
        return pd.concat([self.shown, self.revisions]).sort_values(
            ["country_iso3", "year", "preferred"], ascending=[True, True, False],
            kind="stable")

    def sources_text(self) -> str:
        view = self.state.view
        frame = self.bar_rows if view == "bars" else self.map_rows if view == "map" \
            else self.table_frame_raw()
        return source_summary(frame)

    def main_plot(self):
        view = self.state.view
        return self.bar_plot if view == "bars" else self.map if view == "map" \
            else self.line_plot


PANEL = CountriesPanel
