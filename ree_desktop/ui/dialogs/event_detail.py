"""The detail of one event: date with its precision, text, countries, elements, source, note."""

from __future__ import annotations

import html

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ree_desktop.analysis.prices import format_event_date
from ree_desktop.ui.event_overlay import category_color, category_label


def _codes(text: str, names: dict[str, str] | None) -> str:
    codes = [c for c in str(text or "").split(";") if c]
    if not codes:
        return "not stated"
    return ", ".join(f"{names.get(c, c)} ({c})" if names and c in names else c for c in codes)


class EventDetailDialog(QDialog):
    """Read-only view of an event; the source URL is a link the user may choose to open."""

    def __init__(self, event: pd.Series, country_names: dict[str, str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.record = event
        self.setWindowTitle(f"Event — {event['date']}")
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
        self.fields: dict[str, QLabel] = {}
        color = category_color(event["category"])
        rows = [
            ("Date", format_event_date(event["date"], event["date_precision"]), False),
            ("Category", f"<span style='color:{color}'>■</span> "
                         f"{html.escape(category_label(event['category']))}", True),
            ("Countries", _codes(event.get("countries", ""), country_names), False),
            ("Elements", _codes(event.get("elements", ""), None), False),
            ("What happened", str(event.get("detail") or "no detail given"), False),
            ("Source", self._source_html(event), True),
            ("Note", str(event.get("note") or "—"), False),
        ]
        for name, text, rich in rows:
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.setOpenExternalLinks(True)
            form.addRow(f"{name}:", label)
            self.fields[name] = label
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _source_html(event: pd.Series) -> str:
        publisher = html.escape(str(event.get("source_publisher") or "source not recorded"))
        title = html.escape(str(event.get("source") or ""))
        url = str(event.get("source_url") or "")
        text = f"{publisher}" + (f", <i>{title}</i>" if title and title != publisher else "")
        if url:
            safe = html.escape(url, quote=True)
            text += f"<br><a href='{safe}'>{safe}</a>"
        return text

    def field_text(self, name: str) -> str:
        """The plain text of one field (for tests and copying)."""
        label = self.fields[name]
        if label.textFormat() == Qt.TextFormat.RichText:
            from PySide6.QtGui import QTextDocument

            doc = QTextDocument()
            doc.setHtml(label.text())
            return doc.toPlainText()
        return label.text()
