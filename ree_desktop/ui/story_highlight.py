"""The story editor's *Highlight* row: what presentation mode marks on a slide.

Nothing, a value-chain stage (picked from the five stages by name), a country (its ISO3
code) or an event (its number, as the Prices & events panel's event details show it).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

STAGE_KEYS = ("mining", "refining", "metals", "magnet", "end_use")


class HighlightEditor(QWidget):
    """Kind combo plus a stage combo or a key field; ``changed`` on every user edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = QComboBox(objectName="slideHighlightKind")
        for kind, label in ((None, self.tr("nothing")), ("stage", self.tr("a stage")),
                            ("country", self.tr("a country")), ("event", self.tr("an event"))):
            self.kind.addItem(label, kind)
        self.kind.setToolTip(self.tr("What presentation mode marks on this slide"))
        self.stage = QComboBox(objectName="slideHighlightStage")
        for key, label in zip(STAGE_KEYS, (self.tr("Mining"), self.tr("Separation & refining"),
                                           self.tr("Metals & alloys"), self.tr("Magnets"),
                                           self.tr("End uses")), strict=True):
            self.stage.addItem(label, key)
        self.key = QLineEdit(objectName="slideHighlightKey")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.stage, 1)
        row.addWidget(self.key, 1)
        self.kind.currentIndexChanged.connect(self._edited)
        self.stage.currentIndexChanged.connect(self._edited)
        self.key.textEdited.connect(self._edited)
        self._show_fields()

    def set_highlight(self, highlight: tuple[str, str] | None) -> None:
        """Show a slide's highlight (no ``changed`` signal)."""
        kind, key = highlight or (None, "")
        for widget in (self.kind, self.stage, self.key):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if kind == "stage":
            self.stage.setCurrentIndex(max(0, self.stage.findData(key)))
            self.key.clear()
        else:
            self.key.setText(key)
        for widget in (self.kind, self.stage, self.key):
            widget.blockSignals(False)
        self._show_fields()

    def highlight(self) -> tuple[str, str] | None:
        """(kind, key) when both are given, else None."""
        kind = self.kind.currentData()
        key = self.stage.currentData() if kind == "stage" else self.key.text().strip()
        return (kind, key) if kind and key else None

    def _edited(self, *_args) -> None:
        self._show_fields()
        self.changed.emit()

    def _show_fields(self) -> None:
        kind = self.kind.currentData()
        self.stage.setVisible(kind == "stage")
        self.key.setVisible(kind != "stage")
        self.key.setEnabled(kind is not None)
        self.key.setPlaceholderText({
            "country": self.tr("ISO3 code, e.g. CHN"),
            "event": self.tr("event number (Prices & events, event details)"),
        }.get(kind, ""))
