"""The Countries sidebar reflows at large fonts: the quick-group buttons (Top 5, EU27, G7,
ASEAN, Quad) take three columns when they fit whole and two otherwise, and the sidebar grows
past its usual 250 px only as far as its contents need (at 16 and 20 pt, 1280×800)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

WIDTH = 250
COMBO_CHARS = 10  # the metric combo's minimum, so the longest metric does not set the width
MAX_SHARE = 0.4   # of the panel's width: past it a metric name is elided (full in the tooltip)


class ElidingCombo(QComboBox):
    """A combo that elides its current text with '…' (full text in the tooltip) instead of
    cutting it, when even the widened sidebar has no room for it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.currentTextChanged.connect(self.setToolTip)

    def display_text(self) -> str:
        """The text as painted (tests read what is drawn)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight,
                                             field.width() - 2)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.display_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class Sidebar(QWidget):
    """The sidebar widget: re-grids its group buttons and fits its width on a font change."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.groups: QGridLayout | None = None
        self.buttons: Sequence[QPushButton] = ()
        self.year_row: tuple[QGridLayout, QWidget, QWidget] | None = None
        self.combo: QComboBox | None = None
        self.setFixedWidth(WIDTH)
        # scrolls (vertically) when a large font makes it taller than the window
        self.scroll = QScrollArea(objectName="countriesSidebarScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self)

    def set_groups(self, grid: QGridLayout, buttons: Sequence[QPushButton]) -> None:
        self.groups, self.buttons = grid, list(buttons)
        self.reflow()

    def set_year_row(self, grid: QGridLayout, label: QWidget, spin: QWidget) -> None:
        """The 'Year (bars, map)' label and its spin box: side by side, or stacked."""
        self.year_row = (grid, label, spin)
        self.reflow()

    def set_combo(self, combo: QComboBox) -> None:
        """The metric combo: the sidebar widens for the chosen metric's name if it must
        (a large font), not for the longest name in the list (that one shows in the popup)."""
        self.combo = combo
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARS)
        combo.currentIndexChanged.connect(lambda _i: self.reflow())
        self.reflow()

    def combo_need(self) -> int:
        combo = self.combo
        if combo is None:
            return 0
        metrics = combo.fontMetrics()
        chrome = combo.sizeHint().width() - metrics.horizontalAdvance("x") * COMBO_CHARS
        margins = self.layout().contentsMargins() if self.layout() else None
        edges = margins.left() + margins.right() if margins else 0
        return metrics.horizontalAdvance(combo.currentText()) + chrome + edges

    def room(self) -> int:
        margins = self.layout().contentsMargins() if self.layout() else None
        return WIDTH - (margins.left() + margins.right() if margins else 0)

    def columns(self) -> int:
        """Three columns when three buttons fit side by side in the usual width, else two."""
        if not self.buttons or self.groups is None:
            return 3
        widest = max(b.sizeHint().width() for b in self.buttons)
        spacing = max(self.groups.horizontalSpacing(), 0)
        return 3 if 3 * widest + 2 * spacing <= self.room() else 2

    def reflow(self) -> None:
        """Place the group buttons in as many columns as fit, then fit the width."""
        if self.groups is not None:
            columns = self.columns()
            for button in self.buttons:
                self.groups.removeWidget(button)
            for index, button in enumerate(self.buttons):
                self.groups.addWidget(button, index // columns, index % columns)
        if self.year_row is not None:
            grid, label, spin = self.year_row
            side_by_side = label.sizeHint().width() + spin.sizeHint().width() + \
                max(grid.horizontalSpacing(), 0) <= self.room()
            grid.removeWidget(label)
            grid.removeWidget(spin)
            grid.addWidget(label, 0, 0)
            row, column = (0, 1) if side_by_side else (1, 0)
            grid.addWidget(spin, row, column)
        for view in self.findChildren(QListWidget, "countryList"):  # a few rows, always
            view.setMinimumHeight(7 * view.fontMetrics().height())
        layout = self.layout()
        need = layout.minimumSize().width() if layout is not None else WIDTH
        panel = self.scroll.parentWidget()
        cap = int(MAX_SHARE * panel.width()) if panel is not None and panel.width() > 0 \
            else WIDTH
        width = max(WIDTH, need, min(self.combo_need(), cap))
        self.setFixedWidth(width)
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setFixedWidth(width + bar)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.reflow()

    def watch_panel(self, panel: QWidget) -> None:
        """Reflow when the panel is resized (the metric name's room is a share of it)."""
        panel.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self.reflow()
        return False
