"""The row of stage columns, reflowed to the font and the width (issue 16).

At the usual sizes the five stages stand side by side, joined by arrows. When their titles
and texts no longer fit whole (16 and 20 pt on 1280×800) the row wraps into rows of three
and two (or two, or one) columns, and every label gets the height its wrapped text needs, so
no title is cut and no "Top 3" summary is drawn over a bar; the panel scrolls instead.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

ARROW_SCALE = 1.6
TITLE_SCALE = 1.25
MIN_PLOT = 150
COUNTS = (5, 3, 2, 1)  # columns per row, tried in this order


_WORD = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff"
                   r"\uff00-\uffef]+")


def words(text: str) -> list[str]:
    """The unbreakable pieces of ``text``: words, and each Chinese character on its own
    (Chinese wraps between any two characters)."""
    return _WORD.findall(re.sub(r"<[^>]+>", " ", text or ""))


def scaled_font(base: QFont, scale: float, bold: bool = False) -> QFont:
    """``base`` at ``scale`` times its size (a title that follows the font-size control)."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    font.setPointSizeF(size * scale)
    font.setBold(bold)
    return font


class StageTitle(QLabel):
    """A stage's title: bold, wrapped on word boundaries, opens the stage's detail on click."""

    clicked = Signal()

    def __init__(self, text: str, **kwargs) -> None:
        super().__init__(text, **kwargs)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def widest_word(self) -> int:
        metrics = QFontMetrics(self.font())
        return max((metrics.horizontalAdvance(word) for word in words(self.text())), default=0)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def wrapped_height(label: QLabel, width: int) -> int:
    """The height ``label``'s wrapped text needs at ``width`` (0 when it is hidden)."""
    if label.isHidden() or not label.text():
        return 0
    return label.heightForWidth(max(width, 1))


class StageRow(QWidget):
    """The grid of stage columns and arrows; re-grids on resize and font change."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(2)
        self.grid.setVerticalSpacing(8)
        self.columns: list = []
        self.arrows: list[QLabel] = []
        self.per_row = 0
        self._fitting = False

    def add_column(self, column) -> None:
        """Append a stage column (an arrow joins it to the previous one)."""
        if self.columns:
            arrow = QLabel("→", self)
            arrow.setFont(scaled_font(self.font(), ARROW_SCALE))
            arrow.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            self.arrows.append(arrow)
        self.columns.append(column)

    def column_width_needed(self) -> int:
        """The narrowest a column may be: its widest word, and room for a readable bar."""
        metrics = self.fontMetrics()
        return max([metrics.averageCharWidth() * 11]
                   + [column.widest_word() + 16 for column in self.columns])

    def choose_per_row(self, width: int) -> int:
        need = self.column_width_needed()
        arrow = max((a.sizeHint().width() for a in self.arrows), default=0) + 4
        for count in COUNTS:
            if count * need + (count - 1) * arrow <= width:
                return count
        return 1

    def fit(self) -> None:
        """Re-grid for the current width and font, and give each row the height it needs."""
        if self._fitting or not self.columns:
            return
        self._fitting = True
        try:
            width = self.width()
            per_row = self.choose_per_row(width)
            if per_row != self.per_row:
                self._regrid(per_row)
            arrow = max((a.sizeHint().width() for a in self.arrows), default=0) + 4
            column_width = (width - (per_row - 1) * (arrow + 4)) // per_row
            heights = [max(column.fit(column_width), column.minimumSizeHint().height())
                       for column in self.columns]
            rows = [max(heights[i:i + per_row]) for i in range(0, len(heights), per_row)]
            need = sum(rows) + self.grid.verticalSpacing() * (len(rows) - 1)
            if self.minimumHeight() != need:
                self.setMinimumHeight(need)
        finally:
            self._fitting = False

    def _regrid(self, per_row: int) -> None:
        self.per_row = per_row
        for index in reversed(range(self.grid.count())):
            self.grid.takeAt(index)
        for index, column in enumerate(self.columns):
            row, place = divmod(index, per_row)
            self.grid.addWidget(column, row, 2 * place)
            if index and place:  # an arrow joins it to the column on its left
                self.grid.addWidget(self.arrows[index - 1], row, 2 * place - 1)
                self.arrows[index - 1].show()
            elif index:
                self.arrows[index - 1].hide()
        for place in range(2 * max(COUNTS)):
            self.grid.setColumnStretch(place, 1 if place % 2 == 0 and place < 2 * per_row
                                       else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for arrow in self.arrows:
                arrow.setFont(scaled_font(self.font(), ARROW_SCALE))
            self.per_row = 0
            self.fit()
            QTimer.singleShot(0, self.fit)  # again once every child has its new font


class ScrollBody(QWidget):
    """The panel's scrolling body. It fills the window when its minimum fits, and scrolls
    when it does not: its wrapped labels get their height for the current width, and its
    height for a width is its MINIMUM height (the scroll area would otherwise size it to the
    preferred height of every chart, always scrolling)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.wrapped: list[QLabel] = []

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        extra = sum(wrapped_height(label, width) - label.minimumHeight()
                    for label in self.wrapped)
        return layout.minimumSize().height() + extra

    def fit_labels(self) -> None:
        for label in self.wrapped:
            need = wrapped_height(label, self.width())
            if label.minimumHeight() != need:
                label.setMinimumHeight(need)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit_labels()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_labels()
