"""Find widgets whose text does not fit (tests for large fonts and 200 % scaling).

Each check compares what the text needs — font metrics of the text, or the widget's own
``sizeHint()`` for controls whose hint is exactly "room for my text" — with the room the
layout gave it. One pixel of slack absorbs rounding.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QListWidget,
    QTabBar,
    QWidget,
)

SLACK = 1


def _path(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names[:4]))


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.textFormat() == Qt.TextFormat.RichText or Qt.mightBeRichText(text):
        return None  # measured by its document, not here
    room = label.contentsRect()
    margin = label.margin() * 2 + max(label.indent(), 0)
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"needs {need} px high, has {label.height()}"
        return None
    metrics = label.fontMetrics()
    lines = text.split("\n")
    need = max(metrics.horizontalAdvance(line) for line in lines) + margin
    if need > room.width() + SLACK:
        return f"needs {need} px wide, has {room.width()}"
    high = metrics.height() * len(lines)
    if high > room.height() + SLACK:
        return f"needs {high} px high, has {room.height()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                 default=0)
    chrome = combo.sizeHint().width() - widest  # arrow, frame and padding
    need = metrics.horizontalAdvance(combo.currentText()) + chrome
    if combo.currentText() and need > combo.width() + SLACK:
        return f"needs {need} px wide, has {combo.width()}"
    return None


def _list_problems(view: QListWidget) -> list[str]:
    found = []
    room = view.viewport().width()
    metrics = view.fontMetrics()
    for row in range(view.count()):
        item = view.item(row)
        if item.isHidden():
            continue
        need = metrics.horizontalAdvance(item.text()) + 8  # item margins and focus frame
        if item.data(Qt.ItemDataRole.CheckStateRole) is not None:
            need += metrics.height() + 8
        if need > room + SLACK:
            found.append(f"item {item.text()!r} needs {need} px wide, has {room}")
    return found


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        need, have = bar.tabSizeHint(index).width(), bar.tabRect(index).width()
        if need > have + SLACK:
            found.append(f"tab {bar.tabText(index)!r} needs {need} px wide, has {have}")
    return found


def _overflow(widget: QWidget) -> str | None:
    """A widget laid out past its parent's edge (the layout ran out of room: siblings
    overlap or the text is cut at the window's edge). Scrolled contents may overflow."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or parent.layout() is None \
            or parent.objectName() == "qt_scrollarea_viewport":
        return None
    right = widget.geometry().right() - parent.rect().right()
    if right > SLACK:
        return f"{type(widget).__name__} extends {right} px past its parent's right edge"
    return None


def clipped_texts(root: QWidget, skip=lambda widget: False) -> list[str]:
    """One line per widget (or list item, or tab) under ``root`` whose text is clipped."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0 or skip(widget):
            continue
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            problems = [f"label {widget.text()[:60]!r} {problem}"] if problem else []
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            need = max(widget.sizeHint().width(),
                       widget.fontMetrics().horizontalAdvance(text) + 8)
            if need > widget.width() + SLACK:
                problems = [f"button {widget.text()!r} needs {need} px wide, "
                            f"has {widget.width()}"]
        elif isinstance(widget, QAbstractSpinBox):
            need = widget.sizeHint().width()
            if need > widget.width() + SLACK:
                problems = [f"spin box {widget.text()!r} needs {need} px wide, "
                            f"has {widget.width()}"]
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
            problems = [f"combo {widget.currentText()!r} {problem}"] if problem else []
        elif isinstance(widget, QListWidget) and widget.objectName() == "navigation":
            problems = _list_problems(widget)
        elif isinstance(widget, QTabBar):
            problems = _tab_problems(widget)
        problem = _overflow(widget)
        if problem:
            problems.append(problem)
        found += [f"{_path(widget)}: {problem}" for problem in problems]
    return found
