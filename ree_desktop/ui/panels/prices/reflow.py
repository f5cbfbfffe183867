"""Prices & events at large fonts: when the three columns (controls, charts, events) need
more width than the panel has — 20 pt on 1280×800 — the two side columns become two tabs of
one side column, so no text is clipped and the charts keep most of the room. When the room
comes back (a smaller font, a wider window) the three columns return."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from ree_desktop.i18n import translate


class SideReflow(QObject):
    """Watches the panel's size and font; merges or splits the side columns."""

    def __init__(self, panel: QWidget, splitter: QSplitter, controls: QWidget,
                 charts: QWidget, events: QWidget) -> None:
        super().__init__(panel)
        self.panel, self.splitter = panel, splitter
        self.controls, self.charts, self.events = controls, charts, events
        self.tabs: QTabWidget | None = None
        self.merged = False
        panel.installEventFilter(self)

    def needed(self) -> int:
        """The width the three columns need side by side (each column's minimum)."""
        handles = 2 * self.splitter.handleWidth() + 4
        return handles + sum(w.minimumSizeHint().width()
                             for w in (self.controls, self.charts, self.events))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange,
                            QEvent.Type.LayoutRequest):
            self.reflow()
        return False

    def reflow(self) -> None:
        width = self.splitter.width() or self.panel.width()
        if width <= 0:
            return
        merge = self.needed() > width
        if merge != self.merged:
            self._merge() if merge else self._split()

    def _merge(self) -> None:
        self.merged = True
        if self.tabs is None:
            self.tabs = QTabWidget(objectName="pricesSideTabs")
        self.tabs.addTab(self.controls, translate("Prices", "Elements && axis"))
        self.tabs.addTab(self.events, translate("Prices", "Events"))
        self.splitter.insertWidget(0, self.tabs)
        self.tabs.show()
        self.splitter.setStretchFactor(1, 1)

    def _split(self) -> None:
        self.merged = False
        self.tabs.removeTab(1)
        self.tabs.removeTab(0)
        self.tabs.hide()
        self.tabs.setParent(None)
        self.splitter.insertWidget(0, self.controls)
        self.splitter.insertWidget(2, self.events)
        self.controls.show()
        self.events.show()
        self.splitter.setStretchFactor(1, 1)


class ChartsColumn(QWidget):
    """The charts column, in a scroll area: it asks for the height its charts need at their
    minimum plus its wrapped texts (legends, note) at the width it gets — so at normal
    fonts it fills the view without a scroll bar, and at large fonts it scrolls rather
    than squeeze a chart under its legend."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        from PySide6.QtWidgets import QLabel

        need = self.minimumSizeHint().height()
        for label in self.findChildren(QLabel):
            if label.isVisibleTo(self) and label.wordWrap():
                need += max(0, label.heightForWidth(width) - label.minimumSizeHint().height())
        return need
