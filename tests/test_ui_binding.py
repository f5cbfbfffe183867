"""ui/binding.py: a control shows the state and writes the user's edits back, never echoes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QSlider,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from ree_desktop.ui.binding import bind
from ree_desktop.ui.state import ViewState, ViewStateData


@pytest.fixture
def state(qapp):
    return ViewState(ViewStateData(scenario="STEPS", year=2020))


def recorder(state: ViewState) -> list[set[str]]:
    seen: list[set[str]] = []
    state.changed.connect(lambda fields: seen.append(set(fields)))
    return seen


def combo(*items: str) -> QComboBox:
    box = QComboBox()
    for item in items:
        box.addItem(f"label {item}", item)
    return box


def test_combo_shows_the_field_and_writes_the_users_choice(qtbot, state):
    box = combo("STEPS", "APS", "NZE")
    qtbot.addWidget(box)
    bind(box, state, "scenario")
    seen = recorder(state)
    assert box.currentData() == "STEPS"
    state.update(scenario="NZE")
    assert box.currentData() == "NZE"
    assert seen == [{"scenario"}]  # showing the value did not write it back
    box.setCurrentIndex(1)           # the user picks APS
    assert state.scenario == "APS"
    assert seen[-1] == {"scenario"} and len(seen) == 2


def test_unknown_value_in_the_state_shows_the_first_item_without_writing(qtbot, state):
    box = combo("STEPS", "APS")
    qtbot.addWidget(box)
    state.update(scenario="bogus")
    bind(box, state, "scenario")
    assert box.currentIndex() == 0
    assert state.scenario == "bogus"  # the state is not silently rewritten


def test_spin_and_slider_follow_the_year(qtbot, state):
    spin, slider = QSpinBox(), QSlider(Qt.Orientation.Horizontal)
    for widget in (spin, slider):
        qtbot.addWidget(widget)
        widget.setRange(1990, 2050)
        bind(widget, state, "year")
    assert spin.value() == slider.value() == 2020
    slider.setValue(2031)
    assert state.year == 2031 and spin.value() == 2031  # one control moves the other
    spin.setValue(1995)
    assert state.year == 1995 and slider.value() == 1995


def test_check_box_bound_to_an_option_with_read_and_write(qtbot, state):
    box = QCheckBox("log")
    qtbot.addWidget(box)
    bind(box, state, read=lambda d: d.options.get("x.log", False) is True,
         write=lambda v: state.update(options={"x.log": v}), fields={"options"})
    assert not box.isChecked()
    box.click()  # as the user's click does
    assert state.options["x.log"] is True
    state.update(options={"x.log": False})
    assert not box.isChecked()


def test_tab_widget_by_name_and_prepare_hook(qtbot, state):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for name in ("a", "b", "c"):
        tabs.addTab(QLabel(name), name)
    bind(tabs, state, read=lambda d: d.options.get("tab", "a"),
         write=lambda v: state.update(options={"tab": v}), fields={"options"},
         values=("a", "b", "c"))
    tabs.setCurrentIndex(2)
    assert state.options["tab"] == "c"
    state.update(options={"tab": "b"})
    assert tabs.currentIndex() == 1
    spin = QDoubleSpinBox()
    qtbot.addWidget(spin)
    bind(spin, state, read=lambda d: float(d.year_range[0]),
         write=lambda v: state.update(year_range=(int(v), state.year_range[1])),
         fields={"year_range"},
         prepare=lambda w, d: w.setRange(1900, d.year_range[1]))
    state.update(year_range=(2001, 2010))
    assert spin.value() == 2001 and spin.maximum() == 2010


def test_a_binding_goes_away_with_its_control(qtbot, state):
    box = combo("STEPS", "APS")
    binding = bind(box, state, "scenario")
    box.deleteLater()
    qtbot.wait(1)
    del box, binding
    state.update(scenario="APS")  # no RuntimeError from a deleted control
    assert state.scenario == "APS"


def test_bind_refuses_what_it_cannot_bind(qtbot, state):
    with pytest.raises(TypeError):
        bind(QWidget(), state, "year")
    with pytest.raises(ValueError):
        bind(QSpinBox(), state)
