"""Reusable widgets: the year-range control, the searchable country picker (in
``country_picker.py``, re-exported here), and widgets whose text fits at any font size
(navigation list, elided label, button with shorter texts)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ree_desktop.ui.country_picker import CountryPicker

__all__ = ["CountryPicker", "ElidedLabel", "FittingToolButton", "NavList", "YearRangeControl"]


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
            # never narrower than "2025" needs at the current font (large fonts, 200 %)
            spin.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.slider.setMinimumWidth(220)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Years")))
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


class NavList(QListWidget):
    """The panel list: always wide enough for its longest title at the current font, so
    "Demand & trends" is never cut at 16 or 20 pt or at 200 % scaling."""

    PADDING = 24  # item margins, focus frame and the list's frame

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def needed_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item(row).text())
                      for row in range(self.count())), default=0)
        return widest + self.PADDING + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(max(150, self.needed_width()), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(max(180, self.needed_width()), super().sizeHint().height())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FontChange:
            self.setMaximumWidth(max(240, self.needed_width()))
            self.updateGeometry()
        super().changeEvent(event)


class ElidedLabel(QLabel):
    """One line that shows as much of its text as fits (an ellipsis in the middle) and the
    whole text as its tooltip: a long path in the status bar is never cut at the edge."""

    def __init__(self, text: str = "", parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width) \
            if width > 0 else self._full
        if shown != self.text():
            super().setText(shown)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()


class FittingToolButton(QToolButton):
    """A tool button given texts from longest to shortest; it shows the longest that fits
    its width (names, then codes, then a count) and keeps the longest as its tooltip.

    Its size hints are those of the shortest text, so the layout's choice never depends on
    the text shown (no resize loop) and the bar never overflows at large fonts."""

    CHROME = 28  # frame, padding and the menu arrow

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self.texts: list[str] = [""]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_texts(self, texts: list[str]) -> None:
        self.texts = [t for t in texts if t] or [""]
        self._fit()

    def _need(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text) + self.CHROME

    def _fit(self) -> None:
        width = self.width()
        chosen = next((t for t in self.texts if self._need(t) <= width), self.texts[-1])
        if chosen != self.text():
            self.setText(chosen)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        return QSize(self._need(self.texts[-1]), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.sizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()
