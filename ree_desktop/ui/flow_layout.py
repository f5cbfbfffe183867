"""A layout that wraps its widgets onto more rows when they do not fit side by side.

Rows of controls (Prices' event categories and filters, Demand's projection controls) fit
one line at 10 pt but are clipped at 16 and 20 pt on 1280×800: a flow layout reflows them
instead, and reports the height it needs for a width so the rows below move down.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QWidget,
)


class FlowLayout(QLayout):
    """Widgets left to right, wrapping to a new row when the next one would not fit.

    ``columns`` > 0 lines the widgets up in that many equal columns while they fit (a grid
    of checkboxes), and falls back to fewer columns, down to one, when they do not.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, columns: int = 0):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.columns = columns
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout API -----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        """As wide as the widest widget (everything else can wrap)."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing -------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (if ``move``); return the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(),
                             -margins.bottom())
        items = self._visible()
        if not items:
            return 0
        hints = [item.sizeHint() for item in items]
        widest = max(h.width() for h in hints)
        if self.columns > 0:
            columns = self.columns
            while columns > 1 and columns * widest + (columns - 1) * self._spacing \
                    > area.width():
                columns -= 1
            cell = (area.width() - (columns - 1) * self._spacing) // columns
            widths = [max(cell, min(h.width(), area.width())) for h in hints]
        else:
            columns, widths = 0, [min(h.width(), area.width()) for h in hints]
        x, y, row_height, in_row = area.x(), area.y(), 0, 0
        for item, hint, width in zip(items, hints, widths, strict=True):
            full = (columns and in_row == columns) or (
                in_row and x + width > area.x() + area.width())
            if full:
                x, y, row_height, in_row = area.x(), y + row_height + self._spacing, 0, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            row_height = max(row_height, hint.height())
            in_row += 1
        return y + row_height - rect.y() + margins.bottom()


def flow_widget(widgets: list[QWidget], columns: int = 0, spacing: int = 6) -> QWidget:
    """A widget holding ``widgets`` in a FlowLayout, growing in height as they wrap."""
    holder = QWidget()
    layout = FlowLayout(holder, spacing, columns)
    for widget in widgets:
        layout.addWidget(widget)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder


class CappedScroll(QScrollArea):
    """Shows a wrapped text (a long source line) whole up to ``lines`` lines, and scrolls
    beyond that, so at large fonts it neither clips nor squeezes the chart above it."""

    def __init__(self, widget: QWidget, lines: int = 4, parent: QWidget | None = None):
        super().__init__(parent)
        self.lines = lines
        if hasattr(widget, "setAlignment"):  # text from the top, the first line always seen
            widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        inner = self.widget()
        width = max(self.viewport().width(), 50)
        need = inner.heightForWidth(width) if inner.hasHeightForWidth() else -1
        if need < 0:
            need = inner.sizeHint().height()
        cap = self.lines * inner.fontMetrics().lineSpacing() + 4
        return QSize(inner.sizeHint().width(), min(need, cap))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(50, min(self.sizeHint().height(),
                             2 * self.widget().fontMetrics().lineSpacing() + 4))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.updateGeometry()  # the height it needs depends on its width

