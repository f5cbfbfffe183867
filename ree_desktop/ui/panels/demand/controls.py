"""The what-if model's controls (left of its charts): where to start from, the demand
growth, material and recycling, and supply drivers; each bound to the drivers in the state
with ui/binding.py."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.analysis import scenarios as sc
from ree_desktop.i18n import translate
from ree_desktop.ui.binding import bind
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.demand import model as m
from ree_desktop.ui.panels.demand import names as nm
from ree_desktop.ui.panels.demand import user_start as us
from ree_desktop.ui.panels.demand.whatif_model import START_HELP, WhatIf

if TYPE_CHECKING:
    from ree_desktop.ui.panels.demand.panel import DemandPanel


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


class ModelControls(Part):
    """The controls; as a part it keeps the start buttons and the growth title in step."""

    watches = frozenset({"drivers", "scenario"})

    def __init__(self, panel: DemandPanel) -> None:
        super().__init__()
        self.panel = panel
        self.sliders: dict[str, DriverSlider] = {}
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(4, 4, 8, 4)
        banner = QLabel(f"<b>{translate('Demand', m.USER_LABEL)}</b>", objectName="userBanner")
        banner.setWordWrap(True)
        column.addWidget(banner)
        column.addWidget(QLabel(translate("Demand", "Start from (resets the demand drivers):")))
        starts = QHBoxLayout()
        self.start_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self.widget)
        for code in (*sc.SCENARIOS, "constant"):
            button = QPushButton(code if code != "constant" else translate("Demand", "Flat"),
                                 objectName=f"start_{code}")
            button.setCheckable(True)
            button.setMinimumWidth(40)
            button.setToolTip(nm.scenario_help(code) if code in sc.SCENARIO_HELP
                              else translate("Demand", START_HELP))
            button.clicked.connect(lambda _c=False, s=code: panel.start_from(s))
            group.addButton(button)
            starts.addWidget(button)
            self.start_buttons[code] = button
        column.addLayout(starts)
        for path in panel.model.demand_paths:  # your kt demand paths (issue 19 item 5)
            code = us.code_of(path)
            button = QPushButton(translate("Demand", us.BUTTON).format(label=path.label),
                                 objectName="start_yours")
            button.setCheckable(True)
            button.setToolTip(translate("Demand", us.BUTTON_HELP).format(source=path.source))
            button.clicked.connect(lambda _c=False, s=code: panel.start_from(s))
            group.addButton(button)
            column.addWidget(button)
            self.start_buttons[code] = button
        self.growth_group = QGroupBox(translate("Demand", "Demand growth: points a year "
                                                "added to the path"))
        self.growth_group.setObjectName("growthGroup")
        form = QFormLayout(self.growth_group)
        for use in sc.END_USES:
            self._add_slider(form, ("shift", use), nm.use_name(use),
                             DriverSlider(*sc.LIMITS["shift"], 0.1,
                                          translate("Demand", " pp")))
        column.addWidget(self.growth_group)
        material = QGroupBox(translate("Demand", "Magnet material and recycling"))
        form = QFormLayout(material)
        self._add_slider(form, "thrift_pct", translate("Demand", "Thrifting (less per unit)"),
                         DriverSlider(*sc.LIMITS["thrift_pct"], 1, " %", 0))
        self._add_slider(form, "recycling_pct", translate("Demand", "Recycled share of demand"),
                         DriverSlider(*sc.LIMITS["recycling_pct"], 1, " %", 0))
        self.ramp_spin = self._year_spin("ramp_year", 2025, 2050)
        form.addRow(translate("Demand", "… reached by"), self.ramp_spin)
        column.addWidget(material)
        column.addWidget(self._build_supply())
        column.addStretch(1)

    def _build_supply(self) -> QGroupBox:
        group = QGroupBox(translate("Demand", "Supply (IEA base case)"))
        form = QFormLayout(group)
        self.stage_combo = QComboBox(objectName="modelStage")
        for stage in sc.STAGES:
            self.stage_combo.addItem(translate("Demand", nm.STAGE_NAMES[stage]), stage)
        self._bind("supply_stage", self.stage_combo)
        form.addRow(translate("Demand", "Stage"), self.stage_combo)
        self._add_slider(form, "supply_growth_after", translate("Demand", "Growth after 2040"),
                         DriverSlider(*sc.LIMITS["supply_growth_after"], 0.1,
                                      translate("Demand", " %/yr")))
        self.haircut_country = QComboBox(objectName="haircutCountry")
        supply = self.panel.model.supply
        countries = supply[supply["country_iso3"].ne("WLD") & supply["country_iso3"].notna()]
        for code, name in sorted(set(zip(countries["country_iso3"],
                                         countries["country"].fillna(""), strict=True))):
            self.haircut_country.addItem(nm.country_name(self.panel.store, code, name), code)
        self._bind("haircut_country", self.haircut_country)
        form.addRow(translate("Demand", "Haircut country"), self.haircut_country)
        self._add_slider(form, "haircut_pct", translate("Demand", "Haircut"),
                         DriverSlider(*sc.LIMITS["haircut_pct"], 1, " %", 0))
        self.haircut_from = self._year_spin("haircut_from", 2024, 2050)
        form.addRow(translate("Demand", "… from"), self.haircut_from)
        return group

    def _bind(self, key: str | tuple[str, str], widget: QWidget) -> None:
        """Bind ``widget`` to one driver (``("shift", use)`` for a nested one)."""
        panel = self.panel

        def read(_data) -> Any:
            drivers = panel.drivers()
            return drivers[key[0]][key[1]] if isinstance(key, tuple) else drivers[key]

        def write(value: Any) -> None:
            drivers = copy.deepcopy(panel.drivers())
            if isinstance(key, tuple):
                drivers[key[0]][key[1]] = float(value)
            else:
                drivers[key] = value
            panel.state.update(options=m.DemandOptions.update("drivers", drivers))

        bind(widget, panel.state, read=read, write=write, fields={"options", "scenario"})

    def _add_slider(self, form: QFormLayout, key, label: str, slider: DriverSlider) -> None:
        name = key if isinstance(key, str) else f"{key[0]}_{key[1]}"
        slider.setObjectName(f"slider_{name}")
        self._bind(key, slider)
        self.sliders[name] = slider
        form.addRow(label, slider)

    def _year_spin(self, key: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(objectName=f"spin_{key}")
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)
        self._bind(key, spin)
        return spin

    def key(self):
        return self.panel.drivers()["start"]

    def draw(self) -> None:
        start = self.panel.drivers()["start"]
        for code, button in self.start_buttons.items():
            button.setChecked(code == start)
        self.growth_group.setTitle(WhatIf.growth_title(self.panel.drivers()))
