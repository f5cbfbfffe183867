"""Find English left in a translated interface (the zh_CN coverage tests).

``visible_english(root)`` walks every visible widget under ``root`` and the pyqtgraph items
of its charts and returns ``(where, text)`` for each text that still holds an English word.
Allowed: units (t, kt, USD/kg …), ISO codes, element symbols, publishers' acronyms, numbers
and years — ``ALLOWED_WORDS`` — and whatever a widget marks as data text (source titles,
publishers, notes copied from a source, user dataset names) with ``setProperty("dataText",
True)``: the walker skips such a widget and its children.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

# Words that stay as they are in a Chinese interface: units, symbols, acronyms, file types.
ALLOWED_WORDS = {
    # units and symbols
    "t", "kt", "Mt", "kg", "USD", "CNY", "EUR", "REO", "HHI", "CAGR", "GW", "TWh", "yr",
    "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu",
    "Y", "Sc", "NdPr", "Ga", "Ge", "Sb", "PrNd",
    # publishers and their series (data text and proper names)
    "USGS", "IEA", "MCS", "STEPS", "APS", "NZE", "EV", "EVs", "MIIT", "MNR", "WTO", "EU",
    "US", "UK", "ISO", "REE", "REEs", "OECD", "GCMO", "THS", "DS", "SVG", "PNG", "CSV",
    "UTF", "GB", "ID", "Esc", "Ctrl", "Shift", "Alt", "PgUp", "PgDn", "PageUp", "PageDown",
    "F1", "F11", "Tab", "Enter", "REE Desktop", "Desktop", "W", "NA", "E", "e", "Qt",
    "PySide", "pyqtgraph", "pandas", "SQLite", "OFL", "CC", "BY", "URL", "HTTP", "https",
    "Excel", "km",
}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_TAG = re.compile(r"<[^>]+>|&[a-z]+;")
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+|\S+\.(?:csv|png|svg|db|reestory|txt)\b")


def english_words(text: str) -> list[str]:
    """The words of ``text`` that are English (not an allowed unit, symbol or acronym)."""
    plain = _URL.sub(" ", _TAG.sub(" ", text or ""))
    return [word for word in _WORD.findall(plain)
            if word not in ALLOWED_WORDS and word.strip("'’-") not in ALLOWED_WORDS
            and not (word.isupper() and len(word) <= 4)]  # ISO3 codes, acronyms


def _is_data_text(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property("dataText"):
            return True
        widget = widget.parentWidget()
    return False


def _widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    if isinstance(widget, QLabel) and widget.pixmap().isNull():
        texts.append(("label", widget.text()))
    elif isinstance(widget, QAbstractButton):
        texts.append(("button", widget.text()))
    elif isinstance(widget, QGroupBox):
        texts.append(("group", widget.title()))
    elif isinstance(widget, QLineEdit):
        texts.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        texts += [("combo item", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QTabBar):
        texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
            and widget.model() is not None:  # (a header view repeats its table's headers)
        model = widget.model()
        try:  # (asking past the last column raised in some models)
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model hides columnCount: one column, no header row
            columns = 1
        texts += [("header", str(model.headerData(i, Qt.Orientation.Horizontal) or ""))
                  for i in range(columns)] if columns > 1 else []
    if widget.toolTip():
        texts.append(("tooltip", widget.toolTip()))
    return texts


def _chart_texts(widget: QWidget) -> list[tuple[str, str]]:
    """Titles, axis labels and legend entries of a pyqtgraph chart."""
    import pyqtgraph as pg

    if not isinstance(widget, pg.GraphicsView):
        return []
    texts: list[tuple[str, str]] = []
    for item in widget.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, pg.LabelItem):
            texts.append(("chart label", item.text))
        elif isinstance(item, pg.TextItem):
            texts.append(("chart text", item.textItem.toPlainText()))
        elif isinstance(item, pg.AxisItem) and item.label.isVisible():
            texts.append(("axis label", item.label.toPlainText()))
    return texts


def visible_english(root: QWidget) -> list[tuple[str, str]]:
    """``(where, text)`` for every visible text under ``root`` that has an English word."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or isinstance(widget, QMenu) or _is_data_text(widget):
            continue
        for kind, text in _widget_texts(widget) + _chart_texts(widget):
            if english_words(text):
                name = widget.objectName() or type(widget).__name__
                found.append((f"{kind} in {name}", text))
    if isinstance(root, QTabWidget):
        found += [("tab", root.tabText(i)) for i in range(root.count())
                  if english_words(root.tabText(i))]
    return found


def menu_english(menus: list[QMenu]) -> list[tuple[str, str]]:
    """English in menus' titles and actions (menus are hidden; pass ``findChildren(QMenu)``);
    an action marked ``dataText`` (a language's own name, a bookmark's name) is skipped."""
    found: list[tuple[str, str]] = []
    for menu in menus:
        if english_words(menu.title()):
            found.append(("menu", menu.title()))
        for action in menu.actions():
            if action.property("dataText"):  # e.g. "English" in View → Language
                continue
            if english_words(action.text().replace("&", "")):
                found.append((f"action in {menu.title()}", action.text()))
    return found
