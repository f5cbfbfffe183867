"""Small widgets of the Data panel that reflow at large fonts: the dataset buttons wrap
onto more rows, and their hint wraps, instead of being squeezed until the text is cut."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ree_desktop.ui.flow_layout import FlowLayout


class HintLabel(QLabel):
    """A one-line hint that wraps when its row is narrower than the text (large fonts)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        if not self.text():
            return QSize(0, 0)
        width = self.fontMetrics().horizontalAdvance(self.text()) + 8
        parent = self.parentWidget()
        if parent is not None and parent.width() > 0:
            width = min(width, parent.width())
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Given less room than its hint assumed (the row narrowed): ask for the height."""
        super().resizeEvent(event)
        if self.text() and self.heightForWidth(self.width()) > self.height():
            self.updateGeometry()


class ButtonRow(QWidget):
    """The dataset buttons and their hint: one row while they fit, wrapped onto more rows
    at large fonts (at 20 pt on 1280×800 they were squeezed until their text was cut)."""

    def __init__(self, widgets: list[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.widgets = widgets
        layout = FlowLayout(self, spacing=6)
        for widget in widgets:
            layout.addWidget(widget)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Everything side by side (the layout wraps it when given less)."""
        hints = [w.sizeHint() for w in self.widgets if not w.isHidden()]
        if not hints:
            return QSize(0, 0)
        return QSize(sum(h.width() for h in hints) + 6 * (len(hints) - 1),
                     max(h.height() for h in hints))
