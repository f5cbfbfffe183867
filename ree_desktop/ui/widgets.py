"""Reusable widgets: the year-range control and the searchable country picker."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class YearRangeControl(QWidget):
    """Two-handle slider plus two spin boxes; emits ``rangeChanged`` after dragging settles.

    The slider's live movement updates the spin boxes at once, but the (possibly costly)
    ``rangeChanged`` is debounced by 60 ms so dragging never stutters. superqt costs about
    0.2 s of imports, so a placeholder holds the slider's place until it is first painted
    and the slider replaces it on the next event-loop turn (docs/benchmarks.md, Start-up).
    """

    rangeChanged = Signal(int, int)  # noqa: N815 (Qt naming)

    def __init__(self, bounds: tuple[int, int], value: tuple[int, int], parent=None):
        super().__init__(parent)
        self.bounds = bounds
        self.slider = QWidget(objectName="yearRangeSlot")
        self.slider.installEventFilter(self)
        self.start = QSpinBox(objectName="yearStart")
        self.end = QSpinBox(objectName="yearEnd")
        for spin in (self.start, self.end):
            spin.setRange(*bounds)
            spin.setKeyboardTracking(False)
        self.slider.setMinimumWidth(220)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Years"))
        layout.addWidget(self.start)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.end)
        self._timer = QTimer(self, singleShot=True, interval=60)
        self._timer.timeout.connect(self._emit)
        self.set_range(*value)
        self.start.valueChanged.connect(self._spin_changed)
        self.end.valueChanged.connect(self._spin_changed)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.slider and event.type() == QEvent.Type.Paint:
            self.slider.removeEventFilter(self)
            QTimer.singleShot(0, self, self.make_slider)
        return super().eventFilter(watched, event)

    def make_slider(self) -> None:
        """Replace the placeholder with the range slider (once)."""
        if self.slider.objectName() == "yearRangeSlider":
            return
        from superqt import QRangeSlider

        slider = QRangeSlider(Qt.Orientation.Horizontal, objectName="yearRangeSlider")
        slider.setRange(*self.bounds)
        slider.setMinimumWidth(220)
        slider.setValue(self.value())
        self.layout().replaceWidget(self.slider, slider)
        self.slider.deleteLater()
        self.slider = slider
        slider.valueChanged.connect(self._slider_moved)

    def value(self) -> tuple[int, int]:
        return self.start.value(), self.end.value()

    def set_range(self, low: int, high: int) -> None:
        for widget in (self.slider, self.start, self.end):
            widget.blockSignals(True)
        if self.slider.objectName() == "yearRangeSlider":
            self.slider.setValue((low, high))
        self.start.setValue(low)
        self.end.setValue(high)
        for widget in (self.slider, self.start, self.end):
            widget.blockSignals(False)

    def _slider_moved(self, value) -> None:
        low, high = (int(v) for v in value)
        self.start.blockSignals(True)
        self.end.blockSignals(True)
        self.start.setValue(low)
        self.end.setValue(high)
        self.start.blockSignals(False)
        self.end.blockSignals(False)
        self._timer.start()

    def _spin_changed(self) -> None:
        low, high = sorted((self.start.value(), self.end.value()))
        self.set_range(low, high)
        self._timer.start()

    def _emit(self) -> None:
        self.rangeChanged.emit(*self.value())


class CountryPicker(QWidget):
    """Search box over a checkable country list; emits ``selectionChanged`` with ISO3 codes.

    Matches names, ISO3 codes, aliases and Chinese names, so 'Burma', 'PRC' or '中国'
    find their country.
    """

    selectionChanged = Signal(list)  # noqa: N815 (Qt naming)

    def __init__(self, countries: Sequence[tuple[str, str, str]], parent=None):
        """``countries``: (iso3, display name, searchable text) in display order."""
        super().__init__(parent)
        self.search = QLineEdit(placeholderText="Search countries…", objectName="countrySearch")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="countryList")
        self.clear_button = QPushButton("Clear")
        for iso3, name, haystack in countries:
            item = QListWidgetItem(f"{name} ({iso3})")
            item.setData(Qt.ItemDataRole.UserRole, iso3)
            item.setData(Qt.ItemDataRole.UserRole + 1, haystack.casefold())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._item_changed)
        self.clear_button.clicked.connect(lambda: self.set_selected([], emit=True))
        self._updating = False

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.data(Qt.ItemDataRole.UserRole + 1))

    def selected(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def set_selected(self, codes: Sequence[str], emit: bool = False) -> None:
        wanted = set(codes)
        self._updating = True
        for row in range(self.list.count()):
            item = self.list.item(row)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        self._updating = False
        if emit:
            self.selectionChanged.emit(self.selected())

    def _item_changed(self, _item) -> None:
        if not self._updating:
            self.selectionChanged.emit(self.selected())
