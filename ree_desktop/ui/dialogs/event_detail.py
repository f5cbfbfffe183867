"""The detail of one event: date with its precision, text, countries, elements, source, note.

Its text comes from ``ui/event_text.py`` (no Qt); this module only lays it out, so the
overlay may open the dialog without the dialog needing the overlay."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.ui import theme
from ree_desktop.ui.event_text import category_color, detail_rows, field_label, source_html

#: Fields whose text is data as published (a source's title and publisher, the note copied
#: from the source's record): the zh_CN coverage walker leaves them alone.
DATA_FIELDS = frozenset({"Source", "Note"})


class EventDetailDialog(QDialog):
    """Read-only view of an event; the source URL is a link the user may choose to open."""

    def __init__(self, event: pd.Series, country_names: dict[str, str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.record = event
        self.setWindowTitle(self.tr("Event — {date}").format(date=event["date"]))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.title_label = QLabel(str(event["title"]), objectName="eventTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large fonts
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        color = category_color(event["category"], theme.current().series[-1])
        for name, text, rich in detail_rows(event, color, country_names):
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.setOpenExternalLinks(True)
            if name in DATA_FIELDS:
                label.setProperty("dataText", True)
            form.addRow(field_label(name), label)
            self.fields[name] = label
        # The fields scroll when wrapped text at a large font is taller than the screen.
        body = QWidget(objectName="eventFields")
        body.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(objectName="eventScroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fit_to_text()

    def fit_to_text(self) -> None:
        """As wide as about 45 characters of the current font and as tall as the wrapped
        text then needs (a dialog of wrapped labels otherwise keeps the height of its
        unwrapped hint and cuts the last lines at large fonts)."""
        metrics = self.fontMetrics()
        width = max(520, metrics.averageCharWidth() * 62)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, screen.width() - 40)
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        body = self.scroll.widget().layout().totalHeightForWidth(inner)
        height = (self.layout().totalSizeHint().height() - self.scroll.sizeHint().height()
                  + body + 4)
        if screen is not None:
            height = min(height, screen.height() - 40)
        self.resize(width, max(height, self.minimumSizeHint().height()))

    _source_html = staticmethod(source_html)

    def field_text(self, name: str) -> str:
        """The plain text of one field (for tests and copying)."""
        label = self.fields[name]
        if label.textFormat() == Qt.TextFormat.RichText:
            from PySide6.QtGui import QTextDocument

            doc = QTextDocument()
            doc.setHtml(label.text())
            return doc.toPlainText()
        return label.text()


def open_event_detail(event: pd.Series, country_names: dict[str, str] | None,
                      parent: QWidget | None,
                      previous: EventDetailDialog | None = None) -> EventDetailDialog:
    """Show an event's detail, non-modal (the charts stay usable), closing the one shown
    before: the one place every chart's event click opens a detail."""
    if previous is not None:
        previous.close()
    dialog = EventDetailDialog(event, country_names, parent)
    dialog.show()
    return dialog
