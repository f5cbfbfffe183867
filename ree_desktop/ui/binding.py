"""Bind a control to a value in the ViewState, both ways, in one call.

Replaces the hand-written ``_sync_controls`` / ``_syncing`` / ``blockSignals`` pattern: a
:class:`Binding` shows the state's value in the control whenever a field it follows
changes, and writes the control's value back when the *user* edits it. While it shows a
value it ignores the control's own signal (a guard, not ``blockSignals``, so other
listeners of the control still hear it). Works for combo boxes (the item's data), check
boxes and checkable buttons, spin boxes, sliders, tab widgets, and any control with
``value()``, ``set_value()`` and ``valueChanged`` (a compound slider).

    bind(self.scenario_combo, state, "scenario")
    bind(self.axis_combo, state, read=lambda d: opts(d).axis,
         write=lambda v: state.update(options={"demand.axis": v}), fields={"options"})
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QTabWidget,
    QWidget,
)

from ree_desktop.ui.state import ViewState, ViewStateData


def _accessors(widget: QWidget, values: Sequence[Any] | None):
    """(get, set, signal) for a control: what it holds, how to show a value, what it emits."""
    if isinstance(widget, QTabWidget):
        keys = list(values) if values is not None else None

        def get_tab() -> Any:
            index = widget.currentIndex()
            return keys[index] if keys is not None else index

        def set_tab(value: Any) -> None:
            index = keys.index(value) if keys is not None and value in keys else value
            widget.setCurrentIndex(index if isinstance(index, int) else 0)

        return get_tab, set_tab, widget.currentChanged
    if isinstance(widget, QComboBox):
        def set_combo(value: Any) -> None:
            widget.setCurrentIndex(max(widget.findData(value), 0))

        return widget.currentData, set_combo, widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.isChecked, widget.setChecked, widget.toggled
    if isinstance(widget, QAbstractSpinBox | QAbstractSlider):
        return widget.value, widget.setValue, widget.valueChanged
    if hasattr(widget, "set_value") and hasattr(widget, "valueChanged"):
        return widget.value, widget.set_value, widget.valueChanged
    raise TypeError(f"cannot bind a {type(widget).__name__}")


class Binding(QObject):
    """One control kept in step with one value of the state (a child of the control, so it
    goes away with it and the state's signal is disconnected by Qt)."""

    def __init__(self, widget: QWidget, state: ViewState,
                 read: Callable[[ViewStateData], Any], write: Callable[[Any], None],
                 fields: Iterable[str], values: Sequence[Any] | None = None,
                 prepare: Callable[[QWidget, ViewStateData], None] | None = None):
        super().__init__(widget)
        self.widget = widget
        self.state = state
        self.read = read
        self.write = write
        self.fields = frozenset(fields)
        self.prepare = prepare
        self.showing = False
        self._get, self._set, signal = _accessors(widget, values)
        signal.connect(self._edited)
        state.changed.connect(self._state_changed)
        self.sync()

    def sync(self) -> None:
        """Show the state's value in the control without writing it back."""
        self.showing = True
        try:
            if self.prepare is not None:
                self.prepare(self.widget, self.state.data)
            value = self.read(self.state.data)
            if value != self._get():
                self._set(value)
        finally:
            self.showing = False

    def _state_changed(self, fields: set[str]) -> None:
        if self.fields & set(fields):
            self.sync()

    def _edited(self, *_args: Any) -> None:
        if not self.showing:
            self.write(self._get())


def bind(widget: QWidget, state: ViewState, field: str | None = None, *,
         read: Callable[[ViewStateData], Any] | None = None,
         write: Callable[[Any], None] | None = None, fields: Iterable[str] | None = None,
         values: Sequence[Any] | None = None,
         prepare: Callable[[QWidget, ViewStateData], None] | None = None) -> Binding:
    """Bind ``widget`` to the ViewState field ``field``, or to any value with ``read`` (from
    the state's data) and ``write`` (the control's value into the state), re-read when one
    of ``fields`` changes. ``values`` names a tab widget's tabs; ``prepare`` adjusts the
    control (a range, an enabled flag) before each value is shown."""
    if field is not None:
        read = read or (lambda data: getattr(data, field))
        write = write or (lambda value: state.update(**{field: value}))
        fields = {field, *(fields or ())}
    if read is None or write is None or not fields:
        raise ValueError("bind() needs a field, or read, write and fields")
    return Binding(widget, state, read, write, fields, values, prepare)
