"""Demand & trends: history (USGS), IEA projections, and a what-if demand model.

Three tabs. "History & projections": world mine production and US apparent consumption in
t REO (USGS) with CAGRs between two years, above IEA demand for magnet rare earths in kt by
scenario or end use, with IEA supply on the same kt axis. The two units never share an axis.
"What-if model": sliders drive ``analysis.scenarios.run_model``; the output is labelled a user
scenario, never a forecast, and every assumption is listed beside it. "Table": the data.

This module holds the controls and the layout; each chart or table is a Part (history.py,
projections.py, whatif.py, table.py) and everything they show comes from the Qt-free
model.py / whatif_model.py. A change reaches only the parts that watch it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.analysis import scenarios as sc
from ree_desktop.i18n import translate
from ree_desktop.ui.binding import bind
from ree_desktop.ui.flow_layout import FlowLayout
from ree_desktop.ui.panels.base import Panel
from ree_desktop.ui.panels.demand import model as m
from ree_desktop.ui.panels.demand import names as nm
from ree_desktop.ui.panels.demand.controls import ModelControls
from ree_desktop.ui.panels.demand.history import HistoryPart
from ree_desktop.ui.panels.demand.projections import ProjectionPart
from ree_desktop.ui.panels.demand.table import TablePart
from ree_desktop.ui.panels.demand.whatif import WhatIfPart
from ree_desktop.ui.panels.demand.whatif_model import WhatIf


class DemandPanel(Panel):
    name = "demand"
    title = "Demand & trends"
    watches = frozenset({"year_range", "scenario", "options", "theme"})
    options_type = m.DemandOptions

    def __init__(self, store, state, parent=None):
        super().__init__(store, state, parent)
        self.model = m.DemandModel(store)
        self.whatif = WhatIf(self.model)
        self.projections = self.model.projections
        self.supply = self.model.supply
        self._drivers: tuple[Any, str, dict] | None = None
        self.tabs = QTabWidget(objectName="demandTabs")
        self.tabs.addTab(self._build_history_tab(), translate("Demand", "History && projections"))
        self.tabs.addTab(self._build_model_tab(), translate("Demand", "What-if model"))
        self.table_part = self.add_part(TablePart(self))
        self.tabs.addTab(self.table_part.widget, translate("Demand", "Table"))
        bind(self.tabs, state, read=lambda _d: self.options.tab, write=self.option_setter("tab"),
             fields={"options"}, values=m.TABS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs)
        self._aliases()
        self._fit_chart_heights()

    # -- options and drivers ----------------------------------------------------------------
    def scenario(self) -> str:
        return m.scenario_code(self.state.scenario)

    def drivers(self) -> dict:
        """The drivers in the state, or (not yet set) those reproducing the chosen scenario."""
        raw, scenario = self.options.drivers, self.scenario()
        if self._drivers is None or self._drivers[0] is not raw or self._drivers[1] != scenario:
            self._drivers = (raw, scenario, self.whatif.drivers(self.options, scenario))
        return self._drivers[2]

    def user_scenario_set(self) -> bool:
        return self.options.drivers is not None

    def start_from(self, code: str) -> None:
        """'Start from STEPS/APS/NZE': drivers that reproduce that scenario (or flat rates)."""
        self.state.update(options=m.DemandOptions.update(
            "drivers", self.whatif.start_from(code, self.drivers())))

    # -- building ---------------------------------------------------------------------------
    def _build_history_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.history = self.add_part(HistoryPart(self, self._history_controls()))
        self.projection = self.add_part(ProjectionPart(self, self._projection_controls()))
        splitter.addWidget(self.history.widget)
        splitter.addWidget(self.projection.widget)
        splitter.setSizes([330, 370])
        splitter.setChildrenCollapsible(False)
        self.history_splitter = splitter
        # at 16 and 20 pt the two charts were squeezed to 70 px, the projection legend over
        # its lines and cut at the top: each chart keeps room for ten lines of text and the
        # tab scrolls instead
        scroll = QScrollArea(objectName="historyScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(splitter)
        return scroll

    def _fit_chart_heights(self) -> None:
        """Each history-tab chart at least ten text lines high (160 px at the usual font)."""
        height = max(160, 10 * QFontMetrics(QApplication.font()).lineSpacing())
        self.history.plot.setMinimumHeight(height)
        self.projection.fit_height(height)  # and its legend's rows
        self._fit_model_width()

    def _fit_model_width(self) -> None:
        """The what-if controls as wide as their text needs (at 20 pt they were cut at
        330 px: "User scenario — not a f"), up to half the panel; beyond, they scroll."""
        scroll = getattr(self, "model_scroll", None)
        if scroll is None:
            return
        need = scroll.widget().minimumSizeHint().width() + scroll.verticalScrollBar() \
            .sizeHint().width() + 2 * scroll.frameWidth()
        width = max(330, min(need, self.width() // 2))
        if scroll.minimumWidth() != width:
            scroll.setMinimumWidth(width)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LayoutRequest and watched is self.controls.widget:
            self._fit_model_width()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_model_width()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FontChange:
            self._fit_chart_heights()
        super().changeEvent(event)

    def _history_controls(self) -> QHBoxLayout:
        controls = QHBoxLayout()  # the history part adds its events toggle here
        self.axis_combo = QComboBox(objectName="historyAxis")
        self.axis_combo.addItem(translate("Demand", "Linear axis"), "linear")
        self.axis_combo.addItem(translate("Demand", "Log axis"), "log")
        bind(self.axis_combo, self.state, read=lambda _d: self.options.axis,
             write=self.option_setter("axis"), fields={"options"})
        self.cagr_from = QSpinBox(objectName="cagrFrom")
        self.cagr_to = QSpinBox(objectName="cagrTo")
        for index, spin in enumerate((self.cagr_from, self.cagr_to)):
            spin.setKeyboardTracking(False)
            bind(spin, self.state, fields={"options", "year_range"},
                 read=lambda d, i=index: m.cagr_years(self.options, d.year_range)[i],
                 write=lambda _v: self.option_setter("cagr")([self.cagr_from.value(),
                                                        self.cagr_to.value()]),
                 prepare=lambda w, d: w.setRange(*d.year_range))
        controls.addWidget(self.axis_combo)
        controls.addSpacing(12)
        controls.addWidget(QLabel(translate("Demand", "CAGR from")))
        controls.addWidget(self.cagr_from)
        controls.addWidget(QLabel(translate("Demand", "to")))
        controls.addWidget(self.cagr_to)
        controls.addStretch(1)
        return controls

    def _projection_controls(self) -> FlowLayout:
        controls = FlowLayout()  # wraps at large fonts (the scenario combo was clipped)
        self.view_combo = QComboBox(objectName="projectionView")
        self.view_combo.addItem(translate("Demand", "Lines per scenario"), "lines")
        self.view_combo.addItem(translate("Demand", "Stacked by end use"), "stacked")
        bind(self.view_combo, self.state, read=lambda _d: self.options.view,
             write=self.option_setter("view"), fields={"options"})
        self.scenario_combo = QComboBox(objectName="scenarioCombo")
        for index, code in enumerate(sc.SCENARIOS):
            self.scenario_combo.addItem(f"{code} — {nm.scenario_name(code)}", code)
            self.scenario_combo.setItemData(index, nm.scenario_help(code),
                                            Qt.ItemDataRole.ToolTipRole)
        bind(self.scenario_combo, self.state, "scenario", read=lambda _d: self.scenario())
        self.use_combo = QComboBox(objectName="endUseCombo")
        for use in m.PROJECTION_USES:
            self.use_combo.addItem(nm.use_name(use), use)
        bind(self.use_combo, self.state, read=lambda _d: self.options.end_use,
             write=self.option_setter("end_use"), fields={"options"},
             prepare=lambda w, _d: w.setEnabled(self.options.view == "lines"))
        self.supply_checks: dict[str, QCheckBox] = {}
        for stage in sc.STAGES:
            check = QCheckBox(translate("Demand", nm.STAGE_SUPPLY[stage]),
                              objectName=f"supply_{stage}")
            check.setToolTip(translate("Demand", "IEA base case {stage} supply of magnet rare "
                                       "earths (kt), 2024–2040, from operating and announced "
                                       "projects").format(stage=nm.stage_name(stage)))
            bind(check, self.state, read=lambda _d, s=stage: s in self.options.supply,
                 write=lambda _v: self.option_setter("supply")(
                     [s for s, c in self.supply_checks.items() if c.isChecked()]),
                 fields={"options"})
            self.supply_checks[stage] = check
        for widget in (self.view_combo, self.scenario_combo, self.use_combo,
                       *self.supply_checks.values()):
            controls.addWidget(widget)
        return controls

    def _build_model_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.controls = self.add_part(ModelControls(self))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.controls.widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setMinimumWidth(330)
        self.model_scroll = scroll
        self.controls.widget.installEventFilter(self)  # its minimum width, once laid out
        splitter.addWidget(scroll)
        self.whatif_part = self.add_part(WhatIfPart(self))
        splitter.addWidget(self.whatif_part.widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 700])
        splitter.setChildrenCollapsible(False)
        return splitter

    def _aliases(self) -> None:
        """The widgets under the names tests and other modules know them by."""
        history, projection, whatif = self.history, self.projection, self.whatif_part
        self.history_plot, self.history_legend = history.plot, history.legend
        self.history_hover, self.cagr_label = history.hover, history.cagr_label
        self.cagr_table, self.history_caption = history.cagr_table, history.caption
        self.events_toggle, self.events_overlay = history.events_toggle, history.events_overlay
        self.projection_plot, self.projection_legend = projection.plot, projection.legend
        self.projection_hover, self.projection_caption = projection.hover, projection.caption
        self.model_plot, self.model_legend = whatif.plot, whatif.legend
        self.model_hover, self.model_curves = whatif.hover, whatif.curves
        self.balance_plot, self.balance_bars = whatif.balance_plot, whatif.balance_bars
        self.assumption_label, self.model_caption = whatif.assumption_label, whatif.caption
        self.sliders, self.start_buttons = self.controls.sliders, self.controls.start_buttons
        self.growth_group, self.ramp_spin = self.controls.growth_group, self.controls.ramp_spin
        self.stage_combo = self.controls.stage_combo
        self.haircut_country = self.controls.haircut_country
        self.haircut_from = self.controls.haircut_from
        self.table, self.table_model = self.table_part.table, self.table_part.model
        self.table_filter, self.table_caption = self.table_part.filter, self.table_part.caption

    # -- the view's data --------------------------------------------------------------------
    @property
    def result(self) -> sc.ModelResult:
        """The what-if run for the drivers in the state (memoised)."""
        return self.whatif.run(self.drivers())

    def export_frame(self) -> pd.DataFrame:
        """History, every IEA projection row and (when set) the user scenario, long format."""
        user = self.result if self.user_scenario_set() else None
        return self.model.export_frame(tuple(self.state.year_range), user)

    def sources_text(self) -> str:
        return self.model.sources_text()

    def main_plot(self):
        part = self.whatif_part if self.options.tab == "model" else self.projection
        if part.stale or part.drawn_key is None:  # the table tab: draw it for the export
            part.draw()
            part.drawn_key, part.stale = part.key(), False
        return part.plot
