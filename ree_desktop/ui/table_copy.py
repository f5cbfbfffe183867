"""Ctrl+C on any table in the app copies the selected cells as tab-separated text.

One application-wide event filter serves every table view (panels need no table subclass);
the text has the column headers first and pastes into a spreadsheet as cells.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def selection_tsv(view: QAbstractItemView) -> str:
    """The selected cells of a table as tab-separated text, with the column headers."""
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexes:
        return ""
    model = view.model()
    rows = sorted({i.row() for i in indexes})
    columns = sorted({i.column() for i in indexes})
    chosen = {(i.row(), i.column()) for i in indexes}

    def clean(value) -> str:
        return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")

    lines = ["\t".join(clean(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    for row in rows:
        lines.append("\t".join(clean(model.index(row, c).data()) if (row, c) in chosen else ""
                               for c in columns))
    return "\n".join(lines)


class TableCopyFilter(QObject):
    """Ctrl+C on any table view copies its selection as TSV (pastes into spreadsheets)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Copy):
            view = obj if isinstance(obj, QAbstractItemView) else None
            if view is None and isinstance(obj, QWidget) \
                    and isinstance(obj.parentWidget(), QAbstractItemView):
                view = obj.parentWidget()
            if view is not None and view.model() is not None:
                text = selection_tsv(view)
                if text:
                    QApplication.clipboard().setText(text)
                    return True
        return super().eventFilter(obj, event)


def install(parent: QObject) -> TableCopyFilter:
    """Install the filter on the application for as long as ``parent`` (the window) lives."""
    table_filter = TableCopyFilter(parent)
    QApplication.instance().installEventFilter(table_filter)
    return table_filter
