"""Hide a panel's controls while presenting, so its chart gets the screen.

A projected slide needs the chart, its title and its note — not the combo boxes, spin boxes,
country lists and buttons the analyst used to set it up. Panels are not edited for this:
the controls are found in the widget tree. A control is a button, check box, combo, spin
box, slider, line edit, the country picker or a checkable list (a flat button is a
clickable title and stays); content is a chart (any
QGraphicsView) or a table/list that is not a control. From each control we climb to the
largest ancestor that holds no content (a sidebar, a scrolling what-if form) and hide it;
a control that sits right beside a chart is hidden together with the labels of its row.
Tab bars are hidden too (the slide's view picks the tab). Everything is shown again, as it
was, when presentation mode ends. A Value chain slide also frames the stage it is about, and
a slide's highlight (story version 3) asks the panel to mark a country or an event.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QGraphicsView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollBar,
    QTabBar,
    QWidget,
)

from ree_desktop.ui.widgets import CountryPicker

_CONTROL_TYPES = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider, QLineEdit,
                  CountryPicker)


def is_control(widget: QWidget) -> bool:
    """Something the user sets a view with (rather than something that shows data)."""
    if isinstance(widget, QTabBar) or isinstance(widget.parentWidget(), QTabBar):
        return False  # tab bars are handled on their own; their scroll buttons are theirs
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return False  # a table's own scroll bar or corner button
    if isinstance(widget, QPushButton) and widget.isFlat():
        return False  # a flat button is a clickable title (the Value chain's stages)
    if isinstance(widget, _CONTROL_TYPES):
        return True
    if isinstance(widget, QListWidget):
        return any(widget.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable
                   for row in range(min(widget.count(), 50)))
    return False


def is_content(widget: QWidget) -> bool:
    """A chart or a table of data: never hidden while presenting."""
    if isinstance(widget, QGraphicsView):
        return True
    return isinstance(widget, QAbstractItemView) and not is_control(widget) \
        and not _inside_control(widget)


def _inside_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, CountryPicker | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def holds_content(widget: QWidget) -> bool:
    return is_content(widget) or any(is_content(child)
                                     for child in widget.findChildren(QWidget))


def _layout_holding(layout: QLayout, widget: QWidget) -> QLayout | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return layout
        inner = item.layout()
        if inner is not None:
            found = _layout_holding(inner, widget)
            if found is not None:
                return found
    return None


def _row_of(control: QWidget) -> list[QWidget]:
    """The control plus the labels and controls of its own layout row, if that row holds
    nothing else (else the control alone)."""
    parent = control.parentWidget()
    top = parent.layout() if parent is not None else None
    row = _layout_holding(top, control) if top is not None else None
    if row is None or row is top:
        return [control]
    widgets = [row.itemAt(i).widget() for i in range(row.count())]
    widgets = [w for w in widgets if w is not None]
    if all(is_control(w) or isinstance(w, QLabel) for w in widgets):
        return widgets
    return [control]


def controls_to_hide(panel: QWidget) -> list[QWidget]:
    """The widgets that hide ``panel``'s controls (containers where possible), in order."""
    chosen: list[QWidget] = []
    seen: set[int] = set()

    def add(widget: QWidget) -> None:
        if id(widget) not in seen and not widget.isHidden():
            seen.add(id(widget))
            chosen.append(widget)

    for bar in panel.findChildren(QTabBar):
        add(bar)
    for widget in panel.findChildren(QWidget):
        if not is_control(widget) or _inside_control(widget) or widget.isHidden():
            continue
        if any(_is_ancestor(hidden, widget) for hidden in chosen):
            continue
        top = widget
        parent = widget.parentWidget()
        while parent is not None and parent is not panel and not holds_content(parent):
            top, parent = parent, parent.parentWidget()
        for item in ([top] if top is not widget else _row_of(widget)):
            add(item)
    return chosen


def _is_ancestor(ancestor: QWidget, widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parentWidget()
    return False


class ControlHider:
    """Hides one panel's controls at a time and shows them again on :meth:`restore`."""

    def __init__(self) -> None:
        self.hidden: list[QWidget] = []

    def hide_controls(self, panel: QWidget | None) -> list[QWidget]:
        """Hide ``panel``'s controls (restoring the previous panel's first)."""
        self.restore()
        if panel is not None:
            self.hidden = controls_to_hide(panel)
            for widget in self.hidden:
                widget.hide()
        return self.hidden

    def restore(self) -> None:
        for widget in self.hidden:
            with contextlib.suppress(RuntimeError):  # deleted with its panel
                widget.show()
        self.hidden = []


class StageHighlight:
    """On a Value chain slide, a thick frame round the stage the slide talks about (its
    view's ``stage``), so the room knows where to look; removed on the next slide."""

    def __init__(self) -> None:
        self.widget: QFrame | None = None
        self._sheet = ""

    def show(self, panel: QWidget | None, stage: str, color: str) -> QFrame | None:
        self.clear()
        if panel is None or getattr(panel, "name", "") != "value-chain" or not stage:
            return None
        column = panel.findChild(QFrame, f"stage_{stage}")
        if column is None:
            return None
        self.widget, self._sheet = column, column.styleSheet()
        column.setStyleSheet(f"{self._sheet}\nQFrame#stage_{stage} "
                             f"{{ border: 4px solid {color}; border-radius: 4px; }}")
        return column

    def clear(self) -> None:
        if self.widget is not None:
            with contextlib.suppress(RuntimeError):  # deleted with its panel
                self.widget.setStyleSheet(self._sheet)
        self.widget, self._sheet = None, ""


class SlideHighlight:
    """What a slide points at: a stage is framed (:class:`StageHighlight`); a country or an
    event is passed to the panel's ``present_highlight(kind, key)`` when the panel has that
    method (a panel without it shows the slide unmarked), and cleared with ``key=None`` when
    the slide or presentation mode is left."""

    def __init__(self) -> None:
        self.stage = StageHighlight()
        self.panel: QWidget | None = None
        self.kind = ""

    @property
    def widget(self) -> QFrame | None:
        return self.stage.widget

    def show(self, panel: QWidget | None, highlight: tuple[str, str] | None, view_stage: str,
             color: str) -> None:
        """Mark ``highlight`` (kind, key) on ``panel``; a Value chain slide without one
        frames its view's stage."""
        self.clear()
        kind, key = highlight if highlight is not None else ("stage", view_stage)
        if kind == "stage":
            self.stage.show(panel, key, color)
            return
        method = getattr(panel, "present_highlight", None)
        if callable(method):
            method(kind, key)
            self.panel, self.kind = panel, kind

    def clear(self) -> None:
        self.stage.clear()
        if self.panel is not None:
            with contextlib.suppress(RuntimeError):  # deleted with its panel
                self.panel.present_highlight(self.kind, None)
        self.panel, self.kind = None, ""
