"""Demand & trends: history (USGS), IEA projections, and a what-if demand model.

Three tabs. "History & projections": world mine production and US apparent consumption in
t REO (USGS) with CAGRs between two years, above IEA demand for magnet rare earths in kt by
scenario or end use, with IEA supply on the same kt axis. The two units never share an axis.
"What-if model": sliders drive ``analysis.scenarios.run_model``; the output is labelled a user
scenario, never a forecast, and every assumption is listed beside it. "Table": the data.
"""

from __future__ import annotations

import copy
import html

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.analysis import scenarios as sc
from ree_desktop.analysis.trends import cagr_between
from ree_desktop.data import demand as dd
from ree_desktop.data.store import flag_text
from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    CompactAxis,
    HoverTooltip,
    SourceCaption,
    add_legend,
    compact_number,
    make_plot,
    series_pen,
)
from ree_desktop.ui.event_overlay import attach_events
from ree_desktop.ui.models import DataFrameModel
from ree_desktop.ui.panels.base import Panel

OPTION = "demand."                # prefix of this panel's keys in ViewState.options
DRIVERS = "demand_drivers"         # the what-if drivers (plain JSON-able dict)
TABS = ("history", "model", "table")
T_REO = "t REO (all rare earths)"
KT_LABEL = "kt magnet REE (Nd, Pr, Dy, Tb)"
HISTORY = {"world": "World mine production", "us": "US apparent consumption"}
SCENARIO_COLORS = {"STEPS": "#0072B2", "APS": "#E69F00", "NZE": "#009E73"}
END_USE_COLORS = {"Electric vehicles": "#CC79A7", "Wind": "#56B4E9", "Other uses": "#999999"}
SUPPLY_COLORS = {"mining": "#D55E00", "refining": "#8B4513"}
CLEAN = "Clean energy technologies total"
#: What the lines view can show: label → (IEA item, element). Elements: clean tech only.
USE_KEYS = {**{use: (use, "NdPrTbDy") for use in (sc.TOTAL, *sc.END_USES)},
            f"{CLEAN} (wind + EVs)": (f"{CLEAN} (wind + EVs)", "NdPrTbDy"),
            **{f"Clean energy technologies: {el}": (CLEAN, el) for el in ("Nd", "Pr", "Dy",
                                                                           "Tb")}}
PROJECTION_USES = tuple(USE_KEYS)
USGS_SOURCE = "USGS DS140 Rare earths statistics, Minerals Yearbook 2022, MCS 2025–2026"
IEA_SOURCE = ("IEA Critical Minerals Data Explorer (base year 2024), CC BY 4.0 — read from a "
              "third-party JSON conversion of the IEA workbook, not checked against the xlsx")
USER_LABEL = "User scenario — not a forecast"


class LogCompactAxis(CompactAxis):
    """Compact tick labels (400k) that also read right on a log axis (10^5 → 100k)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        if self.logMode:
            return [compact_number(10 ** v) for v in values]
        return super().tickStrings(values, scale, spacing)


class DriverSlider(QWidget):
    """A slider and a spin box for one driver, kept in step; emits the value as a float."""

    valueChanged = Signal(float)  # noqa: N815 (Qt naming)

    def __init__(self, low: float, high: float, step: float = 0.1, suffix: str = "",
                 decimals: int = 1, parent: QWidget | None = None):
        super().__init__(parent)
        self.scale = round(1 / step)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(round(low * self.scale), round(high * self.scale))
        self.slider.setPageStep(self.scale)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(low, high)
        self.spin.setDecimals(decimals)
        self.spin.setSingleStep(step)
        self.spin.setSuffix(suffix)
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimumWidth(86)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        self.slider.valueChanged.connect(self._slid)
        self.spin.valueChanged.connect(self._spun)

    def value(self) -> float:
        return self.spin.value()

    def set_value(self, value: float) -> None:
        """Show ``value`` without emitting (the state is the source of truth)."""
        for widget in (self.slider, self.spin):
            widget.blockSignals(True)
        self.spin.setValue(value)
        self.slider.setValue(round(value * self.scale))
        for widget in (self.slider, self.spin):
            widget.blockSignals(False)

    def _slid(self, position: int) -> None:
        value = position / self.scale
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.valueChanged.emit(value)

    def _spun(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * self.scale))
        self.slider.blockSignals(False)
        self.valueChanged.emit(value)


def small_table() -> QTableView:
    view = QTableView()
    view.setModel(DataFrameModel())
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def dash_dot(pen):
    """Supply projections: dash-dot, told apart from the dashed demand projections."""
    pen.setStyle(Qt.PenStyle.DashDotLine)
    return pen


def nice_ceiling(value: float) -> float:
    """The next multiple of a round step above ``value`` (10, 20, 50 … kt)."""
    if not value or value != value or value <= 0:
        return 10.0
    step = 10 ** np.floor(np.log10(value)) / 2
    return float(np.ceil(value / step) * step)


def number(value: float, digits: int = 1) -> str:
    if value is None or value != value:
        return "no data"
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.{digits}f}"


class DemandPanel(Panel):
    name = "demand"
    title = "Demand & trends"
    watches = frozenset({"year_range", "scenario", "options", "theme"})

    def __init__(self, store, state, parent=None):
        super().__init__(store, state, parent)
        self.world = dd.world_mine_production(store)
        self.consumption = dd.us_apparent_consumption(store)
        self.projections = dd.demand_projections(store)
        self.supply = dd.supply_projections(store)
        self.base = sc.base_demand(self.projections)
        self.result: sc.ModelResult | None = None
        self.cagr_rows = pd.DataFrame()
        self._options_seen: dict = {}
        self._history_items: list = []
        self._projection_items: list = []
        self._history_tips: dict[int, list[str]] = {}
        self._projection_tips: dict[int, list[str]] = {}
        self.tabs = QTabWidget(objectName="demandTabs")
        self.tabs.addTab(self._build_history_tab(), "History && projections")
        self.tabs.addTab(self._build_model_tab(), "What-if model")
        self.tabs.addTab(self._build_table_tab(), "Table")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # -- building: history and projections --------------------------------------------------
    def _build_history_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_history_box())
        splitter.addWidget(self._build_projection_box())
        splitter.setSizes([330, 370])
        splitter.setChildrenCollapsible(False)
        self.history_splitter = splitter
        return splitter

    def _build_history_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 4, 4, 0)
        column.setSpacing(2)
        self.history_controls = QHBoxLayout()  # the events toggle may be added here
        self.axis_combo = QComboBox(objectName="historyAxis")
        self.axis_combo.addItem("Linear axis", "linear")
        self.axis_combo.addItem("Log axis", "log")
        self.axis_combo.currentIndexChanged.connect(
            lambda _i: self._set_option("axis", self.axis_combo.currentData()))
        self.cagr_from = QSpinBox(objectName="cagrFrom")
        self.cagr_to = QSpinBox(objectName="cagrTo")
        for spin in (self.cagr_from, self.cagr_to):
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._cagr_edited)
        self.history_controls.addWidget(self.axis_combo)
        self.history_controls.addSpacing(12)
        self.history_controls.addWidget(QLabel("CAGR from"))
        self.history_controls.addWidget(self.cagr_from)
        self.history_controls.addWidget(QLabel("to"))
        self.history_controls.addWidget(self.cagr_to)
        self.history_controls.addStretch(1)
        column.addLayout(self.history_controls)
        row = QSplitter(Qt.Orientation.Horizontal)
        self.history_plot = make_plot("History: world mine production and US consumption "
                                      "(USGS)", T_REO)
        self.history_plot.getPlotItem().setAxisItems({"left": LogCompactAxis("left")})
        self.history_plot.getPlotItem().setLabel("left", T_REO,
                                                 color=theme.current().foreground)
        self.history_legend = add_legend(self.history_plot)
        self.history_hover = HoverTooltip(self.history_plot,
                                          lambda x, _y: self.describe_history(x))
        self.events_toggle, self.events_overlay = attach_events(
            self.history_plot, self.store, text="Show events")
        self.history_controls.addWidget(self.events_toggle)
        self.cagr_label = pg.LabelItem(justify="right")
        self.cagr_label.setParentItem(self.history_plot.getPlotItem().vb)
        self.cagr_label.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-8, 2))
        self.cagr_table = small_table()
        self.cagr_table.setObjectName("cagrTable")
        row.addWidget(self.history_plot)
        row.addWidget(self.cagr_table)
        row.setStretchFactor(0, 1)
        row.setSizes([660, 340])
        column.addWidget(row, 1)
        self.history_caption = SourceCaption(f"{USGS_SOURCE} (public domain). World "
                                             "production from 1900; hollow marker = estimate.")
        column.addWidget(self.history_caption)
        return box

    def _build_projection_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 4, 4, 0)
        column.setSpacing(2)
        controls = QHBoxLayout()
        self.view_combo = QComboBox(objectName="projectionView")
        self.view_combo.addItem("Lines per scenario", "lines")
        self.view_combo.addItem("Stacked by end use", "stacked")
        self.view_combo.currentIndexChanged.connect(
            lambda _i: self._set_option("view", self.view_combo.currentData()))
        self.scenario_combo = QComboBox(objectName="scenarioCombo")
        for index, code in enumerate(sc.SCENARIOS):
            self.scenario_combo.addItem(f"{code} — {sc.SCENARIO_NAMES[code]}", code)
            self.scenario_combo.setItemData(index, sc.SCENARIO_HELP[code],
                                            Qt.ItemDataRole.ToolTipRole)
        self.scenario_combo.currentIndexChanged.connect(
            lambda _i: self.state.update(scenario=self.scenario_combo.currentData()))
        self.use_combo = QComboBox(objectName="endUseCombo")
        for use in PROJECTION_USES:
            self.use_combo.addItem(use, use)
        self.use_combo.currentIndexChanged.connect(
            lambda _i: self._set_option("end_use", self.use_combo.currentData()))
        self.supply_checks = {}
        for stage in sc.STAGES:
            check = QCheckBox(f"{stage.capitalize()} supply", objectName=f"supply_{stage}")
            check.setToolTip(f"IEA base case {stage} supply of magnet rare earths (kt), "
                             "2024–2040, from operating and announced projects")
            check.toggled.connect(self._supply_edited)
            self.supply_checks[stage] = check
        for widget in (self.view_combo, self.scenario_combo, self.use_combo,
                       *self.supply_checks.values()):
            controls.addWidget(widget)
        controls.addStretch(1)
        column.addLayout(controls)
        self.projection_plot = make_plot("Projections: magnet rare-earth demand and supply "
                                         "(IEA)", KT_LABEL)
        self.projection_legend = add_legend(self.projection_plot)
        self.projection_hover = HoverTooltip(self.projection_plot,
                                             lambda x, _y: self.describe_projection(x))
        column.addWidget(self.projection_plot, 1)
        self.projection_caption = SourceCaption(
            f"{IEA_SOURCE}. IEA gives values for 2024, 2030, 2035, 2040, 2045, 2050 only "
            "(points); the lines between them only join the points.")
        column.addWidget(self.projection_caption)
        return box

    # -- building: what-if model -------------------------------------------------------------
    def _build_model_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._build_model_controls())
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(330)
        splitter.addWidget(scroll)
        splitter.addWidget(self._build_model_charts())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 700])
        splitter.setChildrenCollapsible(False)
        return splitter

    def _build_model_controls(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 4, 8, 4)
        banner = QLabel(f"<b>{USER_LABEL}</b>", objectName="userBanner")
        banner.setWordWrap(True)
        column.addWidget(banner)
        column.addWidget(QLabel("Start from (resets the demand drivers):"))
        starts = QHBoxLayout()
        self.start_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        for code in (*sc.SCENARIOS, "constant"):
            button = QPushButton(code if code != "constant" else "Flat",
                                 objectName=f"start_{code}")
            button.setCheckable(True)
            button.setMinimumWidth(40)
            button.setToolTip(sc.SCENARIO_HELP.get(
                code, "No underlying path: each slider sets a constant growth rate."))
            button.clicked.connect(lambda _c=False, s=code: self.start_from(s))
            group.addButton(button)
            starts.addWidget(button)
            self.start_buttons[code] = button
        column.addLayout(starts)
        self.sliders: dict[str, DriverSlider] = {}
        growth = QGroupBox("Demand growth: points a year added to the path")
        growth.setObjectName("growthGroup")
        self.growth_group = growth
        form = QFormLayout(growth)
        for use in sc.END_USES:
            self._add_slider(form, ("shift", use), use,
                             DriverSlider(*sc.LIMITS["shift"], 0.1, " pp"))
        column.addWidget(growth)
        material = QGroupBox("Magnet material and recycling")
        form = QFormLayout(material)
        self._add_slider(form, "thrift_pct", "Thrifting (less per unit)",
                         DriverSlider(*sc.LIMITS["thrift_pct"], 1, " %", 0))
        self._add_slider(form, "recycling_pct", "Recycled share of demand",
                         DriverSlider(*sc.LIMITS["recycling_pct"], 1, " %", 0))
        self.ramp_spin = self._year_spin("ramp_year", 2025, 2050)
        form.addRow("… reached by", self.ramp_spin)
        column.addWidget(material)
        column.addWidget(self._build_supply_controls())
        column.addStretch(1)
        return box

    def _build_supply_controls(self) -> QGroupBox:
        group = QGroupBox("Supply (IEA base case)")
        form = QFormLayout(group)
        self.stage_combo = QComboBox(objectName="modelStage")
        for stage in sc.STAGES:
            self.stage_combo.addItem(stage.capitalize(), stage)
        self.stage_combo.currentIndexChanged.connect(
            lambda _i: self._driver_changed("supply_stage", self.stage_combo.currentData()))
        form.addRow("Stage", self.stage_combo)
        self._add_slider(form, "supply_growth_after", "Growth after 2040",
                         DriverSlider(*sc.LIMITS["supply_growth_after"], 0.1, " %/yr"))
        self.haircut_country = QComboBox(objectName="haircutCountry")
        countries = self.supply[self.supply["country_iso3"].ne("WLD")
                                & self.supply["country_iso3"].notna()]
        for code, name in sorted(set(zip(countries["country_iso3"],
                                         countries["country"].fillna(""), strict=True))):
            self.haircut_country.addItem(name or code, code)
        self.haircut_country.currentIndexChanged.connect(
            lambda _i: self._driver_changed("haircut_country",
                                            self.haircut_country.currentData()))
        form.addRow("Haircut country", self.haircut_country)
        self._add_slider(form, "haircut_pct", "Haircut",
                         DriverSlider(*sc.LIMITS["haircut_pct"], 1, " %", 0))
        self.haircut_from = self._year_spin("haircut_from", 2024, 2050)
        form.addRow("… from", self.haircut_from)
        return group

    def _add_slider(self, form: QFormLayout, key, label: str, slider: DriverSlider) -> None:
        name = key if isinstance(key, str) else f"{key[0]}_{key[1]}"
        slider.setObjectName(f"slider_{name}")
        slider.valueChanged.connect(lambda value, k=key: self._driver_changed(k, value))
        self.sliders[name] = slider
        form.addRow(label, slider)

    def _year_spin(self, key: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(objectName=f"spin_{key}")
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda year: self._driver_changed(key, year))
        return spin

    def _build_model_charts(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 4, 4, 0)
        column.setSpacing(2)
        self.model_plot = make_plot(f"Demand and supply — {USER_LABEL}", KT_LABEL)
        self.model_legend = add_legend(self.model_plot)
        self.model_legend.setColumnCount(2)
        self.model_hover = HoverTooltip(self.model_plot, lambda x, _y: self.describe_model(x))
        self.model_curves: dict[str, pg.PlotDataItem] = {}
        self._build_model_items()
        self.balance_plot = make_plot("Balance: supply − primary demand", "kt (below 0: shortfall)")
        self.balance_bars = pg.BarGraphItem(x=[], height=[], width=0.7)
        self.balance_plot.addItem(self.balance_bars)
        self.balance_hover = HoverTooltip(self.balance_plot,
                                          lambda x, _y: self.describe_model(x))
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
        charts.addWidget(self.model_plot)
        charts.addWidget(lower)
        charts.setSizes([420, 260])
        charts.setChildrenCollapsible(False)
        column.addWidget(charts, 1)
        self.model_caption = SourceCaption(
            f"Model inputs: {IEA_SOURCE}. Yearly values are the model's, not the IEA's; "
            "IEA points are drawn as markers. The IEA's own 2024 supply and demand figures "
            "do not balance; the model starts from them as published.")
        column.addWidget(self.model_caption)
        return box

    def _build_model_items(self) -> None:
        """Curves created once and updated with setData, so dragging a slider stays fast."""
        plot = self.model_plot
        previous = None
        for use in sc.END_USES:
            color = END_USE_COLORS[use]
            curve = pg.PlotDataItem([], [], pen=series_pen(color, 1.5), name=use)
            plot.addItem(curve)
            if previous is not None:
                fill = QColor(color)
                fill.setAlpha(110)
                band = pg.FillBetweenItem(previous, curve, brush=pg.mkBrush(fill))
                plot.addItem(band)
                curve.visibleChanged.connect(
                    lambda c=curve, b=band: b.setVisible(c.isVisible()))
            else:
                self.model_floor = pg.PlotDataItem([], [], pen=pg.mkPen(None))
                plot.addItem(self.model_floor)
                fill = QColor(color)
                fill.setAlpha(110)
                band = pg.FillBetweenItem(self.model_floor, curve, brush=pg.mkBrush(fill))
                plot.addItem(band)
                curve.visibleChanged.connect(
                    lambda c=curve, b=band: b.setVisible(c.isVisible()))
            self.model_curves[use] = curve
            previous = curve
        fg = theme.current().foreground
        self.model_curves["primary"] = pg.PlotDataItem(
            [], [], pen=series_pen(fg, 2, dashed=True), name="Primary demand (after recycling)")
        self.model_curves["supply"] = pg.PlotDataItem(
            [], [], pen=series_pen(SUPPLY_COLORS["mining"], 3), name="Supply (model path)")
        self.model_curves["iea_demand"] = pg.PlotDataItem(
            [], [], pen=None, symbol="o", symbolSize=9, symbolBrush=None,
            symbolPen=pg.mkPen(fg, width=2), name="IEA total demand (points)")
        self.model_curves["iea_supply"] = pg.PlotDataItem(
            [], [], pen=None, symbol="d", symbolSize=10, symbolBrush=None,
            symbolPen=pg.mkPen(SUPPLY_COLORS["mining"], width=2), name="IEA supply (points)")
        for key in ("primary", "supply", "iea_demand", "iea_supply"):
            plot.addItem(self.model_curves[key])

    # -- building: table ----------------------------------------------------------------------
    def _build_table_tab(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 4, 4, 4)
        self.table_model = DataFrameModel()
        self.table = QTableView(objectName="demandTable")
        self.table.setModel(self.table_model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        row = QHBoxLayout()
        row.addWidget(QLabel("Everything behind the charts, long format: history (t REO), "
                             "IEA projections (kt) and, when set, the user scenario."), 1)
        self.table_filter = QComboBox(objectName="tableFilter")
        for text, key in (("All rows", ""), ("History (USGS, t REO)", "history"),
                          ("IEA projections (kt)", "iea"), ("User scenario (kt)", "user")):
            self.table_filter.addItem(text, key)
        self.table_filter.currentIndexChanged.connect(lambda _i: self._fill_table())
        row.addWidget(self.table_filter)
        column.addLayout(row)
        column.addWidget(self.table, 1)
        self.table_caption = SourceCaption(f"{USGS_SOURCE}; {IEA_SOURCE}")
        column.addWidget(self.table_caption)
        self._table_stale = True
        return box

    # -- state ----------------------------------------------------------------------------
    def option(self, key: str, default):
        return self.state.options.get(OPTION + key, default)

    def _set_option(self, key: str, value) -> None:
        self.state.update(options={OPTION + key: value})

    def drivers(self) -> dict:
        """The drivers in the state, or (not yet set) those reproducing the chosen scenario."""
        raw = self.state.options.get(DRIVERS)
        if isinstance(raw, dict):
            if "growth" not in raw and raw.get("start") in sc.SCENARIOS:
                raw = {**raw, "growth": sc.implied_growth(self.projections, raw["start"])}
            return sc.normalise_drivers(raw)
        return sc.start_drivers(self.projections, self.scenario())

    def user_scenario_set(self) -> bool:
        return isinstance(self.state.options.get(DRIVERS), dict)

    def scenario(self) -> str:
        code = str(self.state.scenario).upper()  # the command line may say "nze"
        return code if code in sc.SCENARIOS else "STEPS"

    def start_from(self, code: str) -> None:
        """'Start from STEPS/APS/NZE': drivers that reproduce that scenario (or flat rates)."""
        keep = self.drivers()
        drivers = (sc.constant_drivers(keep) if code == "constant"
                   else sc.start_drivers(self.projections, code, keep))
        self.state.update(options={DRIVERS: drivers})

    def _driver_changed(self, key, value) -> None:
        drivers = copy.deepcopy(self.drivers())
        if isinstance(key, tuple):
            drivers[key[0]][key[1]] = float(value)
        else:
            drivers[key] = value
        self.state.update(options={DRIVERS: drivers})

    def _cagr_edited(self, _value: int) -> None:
        self._set_option("cagr", [self.cagr_from.value(), self.cagr_to.value()])

    def _supply_edited(self) -> None:
        self._set_option("supply", [s for s, c in self.supply_checks.items() if c.isChecked()])

    def _tab_changed(self, index: int) -> None:
        self._set_option("tab", TABS[index])
        if TABS[index] == "table" and self._table_stale:
            self._fill_table()

    def _other_options(self) -> dict:
        return {k: v for k, v in self.state.options.items() if k != DRIVERS}

    def _on_state_changed(self, fields: set[str]) -> None:
        """Drivers alone changed: recompute the model only (fast while dragging a slider)."""
        if set(fields) == {"options"} and self._other_options() == self._options_seen:
            if self.isVisible() and not self._stale:
                self._sync_model_controls()
                self._draw_model()
                self._after_model_change()
            else:
                self._stale = True
            return
        super()._on_state_changed(fields)

    def cagr_years(self) -> tuple[int, int]:
        low, high = self.state.year_range
        chosen = self.option("cagr", None)
        if isinstance(chosen, list | tuple) and len(chosen) == 2:
            start = min(max(int(chosen[0]), low), high)
            end = min(max(int(chosen[1]), low), high)
            if start < end:
                return start, end
        return low, high

    def projection_view(self) -> str:
        view = self.option("view", "lines")
        return view if view in ("lines", "stacked") else "lines"

    def projection_use(self) -> str:
        use = self.option("end_use", sc.TOTAL)
        return use if use in PROJECTION_USES else sc.TOTAL

    def supply_stages(self) -> list[str]:
        stages = self.option("supply", list(sc.STAGES))
        return [s for s in sc.STAGES if s in stages] if isinstance(stages, list) else []

    def _sync_controls(self) -> None:
        low, high = self.state.year_range
        start, end = self.cagr_years()
        widgets = [self.axis_combo, self.cagr_from, self.cagr_to, self.view_combo,
                   self.scenario_combo, self.use_combo, *self.supply_checks.values(), self.tabs]
        for widget in widgets:
            widget.blockSignals(True)
        self.axis_combo.setCurrentIndex(1 if self.option("axis", "linear") == "log" else 0)
        for spin, value in ((self.cagr_from, start), (self.cagr_to, end)):
            spin.setRange(low, high)
            spin.setValue(value)
        self.view_combo.setCurrentIndex(0 if self.projection_view() == "lines" else 1)
        self.scenario_combo.setCurrentIndex(sc.SCENARIOS.index(self.scenario()))
        self.use_combo.setCurrentIndex(PROJECTION_USES.index(self.projection_use()))
        self.use_combo.setEnabled(self.projection_view() == "lines")
        for stage, check in self.supply_checks.items():
            check.setChecked(stage in self.supply_stages())
        tab = self.option("tab", TABS[0])
        self.tabs.setCurrentIndex(TABS.index(tab) if tab in TABS else 0)
        for widget in widgets:
            widget.blockSignals(False)
        self._sync_model_controls()

    def _sync_model_controls(self) -> None:
        drivers = self.drivers()
        for name, slider in self.sliders.items():
            if name.startswith("shift_"):
                slider.set_value(drivers["shift"][name[len("shift_"):]])
            else:
                slider.set_value(drivers[name])
        for spin, key in ((self.ramp_spin, "ramp_year"), (self.haircut_from, "haircut_from")):
            spin.blockSignals(True)
            spin.setValue(int(drivers[key]))
            spin.blockSignals(False)
        for combo, value in ((self.stage_combo, drivers["supply_stage"]),
                             (self.haircut_country, drivers["haircut_country"])):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        for code, button in self.start_buttons.items():
            button.setChecked(code == drivers["start"])
        self.growth_group.setTitle(
            f"Demand growth: points a year added to the IEA {drivers['start']} path"
            if drivers["start"] in sc.SCENARIOS else "Demand growth, % a year (constant)")

    # -- refresh --------------------------------------------------------------------------
    def _apply_theme(self) -> None:
        """Re-colour the plots after a theme switch (they take the theme when built)."""
        chart = theme.current()
        if getattr(self, "_theme_name", None) == chart.name:
            return
        self._theme_name = chart.name
        plots = (self.history_plot, self.projection_plot, self.model_plot, self.balance_plot)
        for plot in plots:
            plot.setBackground(chart.background)
            item = plot.getPlotItem()
            item.showGrid(x=True, y=True, alpha=chart.grid_alpha)
            for side in ("left", "bottom"):
                item.getAxis(side).setPen(pg.mkPen(chart.foreground))
                item.getAxis(side).setTextPen(pg.mkPen(chart.foreground))
            item.getAxis("left").setLabel(item.getAxis("left").labelText,
                                          color=chart.foreground)
        for legend in (self.history_legend, self.projection_legend, self.model_legend):
            legend.setLabelTextColor(chart.foreground)
            legend.setBrush(pg.mkBrush(chart.background + "CC"))
            for _sample, label in legend.items:  # the colour shows only once re-rendered
                label.setText(label.text, color=chart.foreground)
        self.model_curves["primary"].setPen(series_pen(chart.foreground, 2, dashed=True))
        self.model_curves["iea_demand"].setSymbolPen(pg.mkPen(chart.foreground, width=2))
        self.balance_plot.getPlotItem().setTitle(
            "Balance: supply − primary demand", color=chart.foreground, size="11pt")

    def refresh(self) -> None:
        super().refresh()
        self._apply_theme()
        self._options_seen = self._other_options()
        self._sync_controls()
        self._draw_history()
        self._draw_projections()
        self._draw_model()
        self._after_model_change()

    def _after_model_change(self) -> None:
        self._options_seen = self._other_options()
        self._table_stale = True
        if self.tabs.currentIndex() == TABS.index("table"):
            self._fill_table()

    # -- history --------------------------------------------------------------------------
    def history_series(self) -> dict[str, pd.DataFrame]:
        low, high = self.state.year_range
        return {key: frame[(frame["year"] >= low) & (frame["year"] <= high)]
                for key, frame in (("world", self.world), ("us", self.consumption))}

    def _draw_history(self) -> None:
        plot = self.history_plot
        for item in self._history_items:
            plot.removeItem(item)
        self._history_items = []
        self.history_legend.clear()
        self._history_tips = {}
        log = self.option("axis", "linear") == "log"
        item = plot.getPlotItem()
        if item.getAxis("left").logMode != log:
            plot.setYRange(1, 2, padding=0)
            item.setLogMode(y=log)
        item.setLabel("left", T_REO + (" — log scale" if log else ""),
                      color=theme.current().foreground)
        colors = {"world": theme.series_color(0), "us": theme.series_color(1)}
        start, end = self.cagr_years()
        rows = []
        for key, frame in self.history_series().items():
            self._plot_history(key, frame, colors[key], log)
            series = frame.set_index("year")["value"]
            stats = cagr_between(series, start, end)
            rows.append({"series": HISTORY[key], "from_year": stats["start_year"],
                         "value_from": stats["start_value"], "to_year": stats["end_year"],
                         "value_to": stats["end_value"], "cagr_pct_a_year": stats["cagr_pct"],
                         "unit": "t REO"})
            self._mark_cagr(stats, colors[key], log)
        self.cagr_rows = pd.DataFrame(rows)
        self.cagr_table.model().set_frame(self.cagr_table_frame())
        self.cagr_label.setText(self.cagr_text(start, end), color=theme.current().foreground)
        low, high = self.state.year_range
        plot.setXRange(low - 0.5, high + 0.5, padding=0)
        self._history_headroom(log)

    def _history_headroom(self, log: bool) -> None:
        """Y range with room above the data for the legend and the CAGR label."""
        values = pd.concat([f["value"] for f in self.history_series().values()]).dropna()
        values = values[values > 0] if log else values
        if values.empty:
            self.history_plot.getPlotItem().enableAutoRange(axis="y")
            return
        if log:
            low, high = np.log10(values.min()), np.log10(values.max())
            self.history_plot.setYRange(low - 0.1, high + 0.35 * max(high - low, 1), padding=0)
        else:
            self.history_plot.setYRange(0, values.max() * 1.4, padding=0)

    def cagr_table_frame(self) -> pd.DataFrame:
        """Series as columns (they are few), the CAGR's years and values as rows."""
        table = {"": ["From", "t REO", "To", "t REO", "CAGR, % a year"]}
        for row in self.cagr_rows.itertuples():
            known = row.from_year is not None
            table[row.series.replace(" apparent", "").replace("production", "prod.")] = [
                str(int(row.from_year)) if known else "no data", number(row.value_from),
                str(int(row.to_year)) if known else "no data", number(row.value_to),
                f"{row.cagr_pct_a_year:+.1f}" if known else "no data"]
        return pd.DataFrame(table)

    def cagr_text(self, start: int, end: int) -> str:
        parts = [f"<b>CAGR {start}–{end}</b>"]
        for row in self.cagr_rows.itertuples():
            if row.from_year is None or row.cagr_pct_a_year != row.cagr_pct_a_year:
                parts.append(f"{row.series}: no data")
            else:
                span = (int(row.from_year), int(row.to_year))
                years = "" if span == (start, end) else f" ({span[0]}–{span[1]})"
                parts.append(f"{row.series}: {row.cagr_pct_a_year:+.1f} % a year{years}")
        return "<br>".join(parts)

    def _plot_history(self, key: str, frame: pd.DataFrame, color: str, log: bool) -> None:
        if frame.empty:
            return
        series = frame.set_index("year")["value"].astype(float)
        years = np.arange(int(series.index.min()), int(series.index.max()) + 1)
        values = series.reindex(years).to_numpy()
        if log:
            values = np.where(values > 0, values, np.nan)
        curve = pg.PlotDataItem(years, values, connect="finite", pen=series_pen(color, 2),
                                name=f"{HISTORY[key]} (t REO)")
        self.history_plot.addItem(curve)
        self._history_items.append(curve)
        flagged = frame[frame["flag"].fillna("").isin(["e"]) & frame["value"].notna()]
        if len(flagged):  # a PlotDataItem (not a bare scatter) follows the log axis
            marks = pg.PlotDataItem(flagged["year"].to_numpy(float),
                                    flagged["value"].to_numpy(float), pen=None, symbol="o",
                                    symbolSize=8,
                                    symbolBrush=pg.mkBrush(theme.current().background),
                                    symbolPen=pg.mkPen(color, width=1.5))
            self.history_plot.addItem(marks)
            self._history_items.append(marks)
            curve.visibleChanged.connect(lambda c=curve, m=marks: m.setVisible(c.isVisible()))
        for row in frame.itertuples():
            flag = flag_text(row.flag)
            value = (f"{row.value:,.0f} t REO" if row.value == row.value
                     else f"no data ({row.value_raw or flag or 'missing'})")
            note = f" ({flag})" if flag and row.value == row.value else ""
            self._history_tips.setdefault(int(row.year), []).append(
                f"{HISTORY[key]}: {value}{note}\n   {row.edition}; {row.source_publisher}")

    def _mark_cagr(self, stats: dict, color: str, log: bool) -> None:
        if stats["start_year"] is None:
            return
        ys = np.array([stats["start_value"], stats["end_value"]], dtype=float)
        marks = pg.PlotDataItem([stats["start_year"], stats["end_year"]], ys,
                                pen=None, symbol="s",
                                symbolSize=9, symbolBrush=color, symbolPen=pg.mkPen(color))
        self.history_plot.addItem(marks)
        self._history_items.append(marks)

    def describe_history(self, x: float) -> str:
        year = int(round(x))
        tips = self._history_tips.get(year)
        return f"{year}\n" + "\n".join(tips) if tips else ""

    # -- projections ----------------------------------------------------------------------
    def _draw_projections(self) -> None:
        plot = self.projection_plot
        for item in self._projection_items:
            plot.removeItem(item)
        self._projection_items = []
        self.projection_legend.clear()
        self._projection_tips = {}
        if self.projection_view() == "stacked":
            self._draw_stacked(self.scenario())
            title = f"IEA {self.scenario()}: magnet rare-earth demand by end use, and supply"
        else:
            use = self.projection_use()
            for code in sc.SCENARIOS:
                self._draw_scenario_line(code, use)
            title = f"IEA projections: {use} by scenario"
        one_element = USE_KEYS[self.projection_use()][1] != "NdPrTbDy" \
            and self.projection_view() == "lines"
        if one_element:  # supply is of all four elements together: not comparable
            title += " (supply covers Nd+Pr+Dy+Tb: not shown)"
        else:
            title += ", and supply"
            for stage in self.supply_stages():
                self._draw_supply(stage)
        plot.getPlotItem().setTitle(title, color=theme.current().foreground, size="11pt")
        plot.setXRange(2023, 2051, padding=0)
        tops = [np.nanmax(i.getOriginalDataset()[1]) for i in self._projection_items
                if isinstance(i, pg.PlotDataItem) and len(i.getOriginalDataset()[1])]
        top = max(tops, default=10)
        # the axis starts at zero so the gap between demand and supply is not exaggerated
        if self.projection_view() == "stacked":  # areas fill from zero: legend in room on top
            self.projection_legend.setOffset((10, 10))
            plot.setYRange(0, nice_ceiling(top * 1.6), padding=0)
        else:  # lines start near 75 kt: the legend fits below them, bottom right
            self.projection_legend.setOffset((-10, -10))
            plot.setYRange(0, nice_ceiling(top * 1.08), padding=0)

    def _add_projection(self, item) -> None:
        self.projection_plot.addItem(item)
        self._projection_items.append(item)

    def _draw_scenario_line(self, code: str, use: str) -> None:
        path = sc.scenario_path(self.projections, code, *USE_KEYS[use])
        if path.empty:
            return
        width = 3 if code == self.scenario() else 2
        color = SCENARIO_COLORS[code]
        curve = pg.PlotDataItem(path.index.to_numpy(float), path.to_numpy(float),
                                pen=series_pen(color, width, dashed=True), symbol="o",
                                symbolSize=8, symbolBrush=color, symbolPen=pg.mkPen(color),
                                name=f"IEA {code}: {use} (kt)")
        curve.setToolTip(sc.SCENARIO_HELP[code])
        self._add_projection(curve)
        for year, value in path.items():
            self._projection_tips.setdefault(int(year), []).append(
                f"{'Base year' if year == sc.IEA_YEARS[0] else 'IEA ' + code}: {use} "
                f"{value:,.1f} kt")

    def _draw_stacked(self, code: str) -> None:
        cumulative = None
        floor = None
        for use in sc.END_USES:
            path = sc.scenario_path(self.projections, code, use)
            years = path.index.to_numpy(float)
            top = path.to_numpy(float) if cumulative is None else cumulative + path.to_numpy(float)
            color = END_USE_COLORS[use]
            curve = pg.PlotDataItem(years, top, pen=series_pen(color, 1.5), symbol="o",
                                    symbolSize=6, symbolBrush=color, symbolPen=pg.mkPen(color),
                                    name=f"IEA {code}: {use} (kt, stacked)")
            if floor is None:
                floor = pg.PlotDataItem(years, np.zeros_like(top), pen=pg.mkPen(None))
                self._add_projection(floor)
            fill = QColor(color)
            fill.setAlpha(120)
            band = pg.FillBetweenItem(floor, curve, brush=pg.mkBrush(fill))
            self._add_projection(curve)
            self._add_projection(band)
            curve.visibleChanged.connect(lambda c=curve, b=band: b.setVisible(c.isVisible()))
            for year, value in path.items():
                self._projection_tips.setdefault(int(year), []).append(
                    f"IEA {code}: {use} {value:,.1f} kt")
            floor, cumulative = curve, top
        total = sc.scenario_path(self.projections, code, sc.TOTAL)
        for year, value in total.items():
            self._projection_tips.setdefault(int(year), []).append(
                f"IEA {code}: total demand {value:,.1f} kt")

    def supply_world(self, stage: str) -> pd.Series:
        rows = self.supply[(self.supply["stage"] == stage)
                           & (self.supply["country_iso3"] == "WLD")
                           & self.supply["scenario"].str.lower().isin(["base year", "base case"])]
        return rows.set_index("year")["value"].astype(float).sort_index()

    def _draw_supply(self, stage: str) -> None:
        series = self.supply_world(stage)
        if series.empty:
            return
        color = SUPPLY_COLORS[stage]
        curve = pg.PlotDataItem(series.index.to_numpy(float), series.to_numpy(float),
                                pen=dash_dot(series_pen(color, 2.5)), symbol="d",
                                symbolSize=10,
                                symbolBrush=color, symbolPen=pg.mkPen(color),
                                name=f"IEA {stage} supply, base case (kt)")
        self._add_projection(curve)
        for year, value in series.items():
            self._projection_tips.setdefault(int(year), []).append(
                f"IEA {stage} supply (base case): {value:,.1f} kt")

    def describe_projection(self, x: float) -> str:
        year = int(round(x))
        tips = self._projection_tips.get(year)
        if tips:
            return (f"{year} — IEA, kt of magnet rare earths (Nd, Pr, Dy, Tb)\n"
                    + "\n".join(tips) + "\nSource: IEA Critical Minerals Data Explorer")
        if 2024 < x < 2050:
            return f"{year}: no IEA value (IEA gives 2024, 2030, 2035, 2040, 2045, 2050)"
        return ""

    # -- the what-if model ----------------------------------------------------------------
    def _draw_model(self) -> None:
        """Run the model and update the curves in place (called on every slider step)."""
        drivers = self.drivers()
        stage = drivers["supply_stage"]
        self.result = sc.run_model(self.base, self._cached("points", stage), drivers)
        result = self.result
        years = result.years.astype(float)
        cumulative = np.zeros_like(years)
        self.model_floor.setData(years, cumulative.copy())
        for use in sc.END_USES:
            cumulative = cumulative + result.demand[use].to_numpy()
            self.model_curves[use].setData(years, cumulative.copy())
        self.model_curves["primary"].setData(years, result.primary.to_numpy())
        self.model_curves["supply"].setData(years, result.supply_total.to_numpy())
        reference = drivers["start"] if drivers["start"] in sc.SCENARIOS else self.scenario()
        self._style_model(stage, reference, drivers["start"])
        balance = np.nan_to_num(result.balance.to_numpy())
        brushes = [self._brushes[v < 0] for v in balance]
        self.balance_bars.setOpts(x=years, height=balance, width=0.7, brushes=brushes,
                                  pen=pg.mkPen(None))
        iea = self._cached("path", reference)
        top = np.nanmax([np.nanmax(result.total), np.nanmax(result.supply_total), iea.max()])
        self._set_range(self.model_plot, 0.0, nice_ceiling(top * 1.45))  # legend room on top
        self._set_range(self.balance_plot, -nice_ceiling(-min(balance.min(), 0) * 1.1),
                        nice_ceiling(max(balance.max(), 0) * 1.1))
        self.assumption_label.setText(self.assumptions_html(drivers))

    def _cached(self, kind: str, key: str):
        """IEA points used on every slider step, filtered from the frames once."""
        cache = self.__dict__.setdefault("_model_cache", {})
        if (kind, key) not in cache:
            if kind == "points":
                cache[kind, key] = sc.supply_points(self.supply, key)
            elif kind == "world":
                cache[kind, key] = self.supply_world(key)
            else:
                cache[kind, key] = sc.scenario_path(self.projections, key, sc.TOTAL)
        return cache[kind, key]

    def _style_model(self, stage: str, reference: str, start: str) -> None:
        """Markers, pens, legend and title: only redone when what they show changes."""
        key = (stage, reference, start, theme.current().name)
        if getattr(self, "_model_style", None) == key:
            return
        self._model_style = key
        self._brushes = {True: pg.mkBrush("#D55E00"), False: pg.mkBrush("#009E73")}
        self.model_curves["supply"].setPen(series_pen(SUPPLY_COLORS[stage], 3))
        self._set_legend_name("supply", f"Supply, {stage} (model path)")
        iea = self._cached("path", reference)
        self.model_curves["iea_demand"].setData(iea.index.to_numpy(float), iea.to_numpy(float))
        self._set_legend_name("iea_demand", f"IEA {reference} total demand (points)")
        world = self._cached("world", stage)
        self.model_curves["iea_supply"].setData(world.index.to_numpy(float),
                                                world.to_numpy(float))
        self.model_curves["iea_supply"].setSymbolPen(pg.mkPen(SUPPLY_COLORS[stage], width=2))
        self._set_legend_name("iea_supply", f"IEA {stage} supply (points)")
        self.model_plot.getPlotItem().setTitle(
            f"Demand by end use and supply, kt — {USER_LABEL} (from {start})",
            color=theme.current().foreground, size="11pt")
        for plot in (self.model_plot, self.balance_plot):
            plot.setXRange(2023.5, 2050.5, padding=0)

    @staticmethod
    def _set_range(plot: pg.PlotWidget, low: float, high: float) -> None:
        """Change the y range only when it must (a steady axis while dragging)."""
        current = plot.getPlotItem().vb.viewRange()[1]
        if (round(current[0], 6), round(current[1], 6)) != (round(low, 6), round(high, 6)):
            plot.setYRange(low, high, padding=0)

    def _set_legend_name(self, key: str, text: str) -> None:
        curve = self.model_curves[key]
        curve.opts["name"] = text
        for sample, label in self.model_legend.items:
            if sample.item is curve:
                label.setText(text)

    def assumptions_html(self, drivers: dict) -> str:
        lines = sc.assumptions(drivers, self.store.country_names)
        result = self.result
        outcome = []
        if result is not None:
            for year in (2030, 2040, 2050):
                balance = result.balance.get(year)
                outcome.append(f"{year}: demand {number(result.total[year])} kt, primary "
                               f"{number(result.primary[year])} kt, supply "
                               f"{number(result.supply_total[year])} kt, balance "
                               f"{number(balance)} kt")
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        results = "".join(f"<li>{html.escape(line)}</li>" for line in outcome)
        return (f"<b>{USER_LABEL}</b><br><b>Result</b><ul style='margin:0'>{results}</ul>"
                f"<b>Assumptions</b><ul style='margin:0'>{items}</ul>")

    def describe_model(self, x: float) -> str:
        result = self.result
        year = int(round(x))
        if result is None or year not in result.demand.index:
            return ""
        lines = [f"{year} — {USER_LABEL}"]
        lines += [f"{use}: {result.demand.loc[year, use]:,.1f} kt" for use in sc.END_USES]
        lines += [f"Total demand: {result.total[year]:,.1f} kt",
                  f"Met by recycling: {result.recycled[year]:,.1f} kt",
                  f"Primary demand: {result.primary[year]:,.1f} kt",
                  f"Supply ({result.stage}): {number(result.supply_total[year])} kt",
                  f"Balance: {number(result.balance[year])} kt"]
        return "\n".join(lines)

    # -- table and export -------------------------------------------------------------------
    def _fill_table(self) -> None:
        frame = self.export_frame()
        key = self.table_filter.currentData()
        user = frame["scenario"].str.startswith(sc.USER)
        history = frame["scenario"] == "History"
        keep = {"history": history, "iea": ~history & ~user, "user": user}.get(key)
        self.table_model.set_frame(frame if keep is None else frame[keep])
        self.table.resizeColumnsToContents()
        for index in range(self.table_model.columnCount()):
            self.table.setColumnWidth(index, min(self.table.columnWidth(index), 320))
        self._table_stale = False

    def export_frame(self) -> pd.DataFrame:
        """History, every IEA projection row and (when set) the user scenario, long format."""
        frames = [self._history_long(), self._projection_long(), self._supply_long()]
        if self.user_scenario_set():
            result = self.result or sc.run_model(
                self.base, sc.supply_points(self.supply, self.drivers()["supply_stage"]),
                self.drivers())
            frames.append(sc.result_long(result))
        columns = ["scenario", "end_use", "element", "country", "year", "value", "unit",
                   "flag", "edition", "source", "source_url", "note"]
        out = pd.concat([f.reindex(columns=columns) for f in frames], ignore_index=True)
        return out

    def _history_long(self) -> pd.DataFrame:
        frames = []
        for key, frame in self.history_series().items():
            part = frame.copy()
            part["scenario"] = "History"
            part["end_use"] = HISTORY[key]
            part["country"] = "World" if key == "world" else "United States"
            part["source"] = part["source_publisher"] + ", " + part["source"]
            frames.append(part)
        return pd.concat(frames, ignore_index=True)

    def _projection_long(self) -> pd.DataFrame:
        part = self.projections.copy()
        part["end_use"] = part["item"]
        part["country"] = "World"
        part["source"] = part["source_publisher"] + ", " + part["source"] + " (" \
            + part["source_tier"].fillna("") + ")"
        return part

    def _supply_long(self) -> pd.DataFrame:
        part = self.supply.copy()
        part["end_use"] = "Supply (" + part["stage"] + ")"
        part["element"] = "NdPrTbDy"
        part["source"] = part["source_publisher"] + ", " + part["source"] + " (" \
            + part["source_tier"].fillna("") + ")"
        return part

    def sources_text(self) -> str:
        return (f"{USGS_SOURCE} (U.S. Geological Survey, public domain); {IEA_SOURCE}. "
                "User scenario rows are REE Desktop's what-if model, not a forecast.")

    def main_plot(self):
        return self.model_plot if TABS[self.tabs.currentIndex()] == "model" \
            else self.projection_plot


PANEL = DemandPanel
