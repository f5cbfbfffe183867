"""The base class every panel derives from.

A panel reads the shared ViewState, asks the data layer for DataFrames, lets the analysis
layer shape them, and draws. It redraws when the state changes, but only while visible: a
hidden panel just marks itself stale and catches up when shown.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from ree_desktop.data.store import Store
from ree_desktop.ui.state import ViewState

if TYPE_CHECKING:  # not imported for the first frame (see docs/benchmarks.md)
    import pandas as pd


class Panel(QWidget):
    name = "panel"
    title = "Panel"
    #: ViewState fields that make this panel redraw; empty means every field.
    watches: frozenset[str] = frozenset()

    def __init__(self, store: Store, state: ViewState, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.state = state
        self._stale = True
        self._drawn_once = False
        state.changed.connect(self._on_state_changed)

    def _on_state_changed(self, fields: set[str]) -> None:
        if self.watches and not (set(fields) & self.watches):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Redraw from the current state. Subclasses call super().refresh() first."""
        self._stale = False
        if not self._drawn_once:
            self._drawn_once = True
            QTimer.singleShot(0, self, freeze_long_lived)

    def export_frame(self) -> pd.DataFrame:
        """The data behind the current view, long format (used by --export-data and Ctrl+E)."""
        raise NotImplementedError

    def sources_text(self) -> str:
        """The sources of what is shown, one line (the caption under the charts)."""
        return ""

    def main_plot(self):
        """The view's main chart (a pyqtgraph PlotWidget) for --export-chart, or None."""
        return None


def freeze_long_lived() -> None:
    """Exempt every object alive now (modules, widgets, caches) from garbage collection.

    Called once a panel has first drawn. Python's full collections walk every tracked
    object; with Qt, pandas and pyqtgraph loaded one took ~100 ms in the middle of a
    filter change (docs/benchmarks.md, Filter latency). Objects made later are still
    collected as usual.
    """
    gc.freeze()
