"""Builds the QApplication (theme, icon) and the main window around a Store and a ViewState."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ree_desktop.data.store import Store
from ree_desktop.paths import resources_dir
from ree_desktop.ui import theme
from ree_desktop.ui.main_window import MainWindow, make_settings, saved_state
from ree_desktop.ui.state import ViewState, ViewStateData


def create_application(theme_name: str = "light", font_size: int = 0) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("REE Desktop")
    app.setOrganizationName("REE Desktop")
    app.setApplicationDisplayName("REE Desktop")
    icon = resources_dir() / "icons" / "ree-desktop.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    theme.apply(app, theme_name, font_size)
    return app


def build_window(store: Store, data: ViewStateData, remember: bool = False) -> MainWindow:
    """The main window for ``data``; with ``remember`` it restores and saves QSettings."""
    settings = make_settings() if remember else None
    state = ViewState(data)
    window = MainWindow(store, state, settings)
    if remember:
        window.restore_settings()
    return window


def run_gui(store: Store, data: ViewStateData, use_saved: bool = True) -> int:
    """Launch the interactive app; the last session's view is restored unless overridden."""
    if use_saved:
        previous = saved_state(make_settings())
        if previous is not None:
            data = previous
    app = create_application(data.theme, data.font_size)
    window = build_window(store, data, remember=True)
    if os.environ.get("REE_DESKTOP_STARTUP_PROBE"):  # bench/startup_app.py
        from ree_desktop.ui.startup_probe import StartupProbe

        StartupProbe(app, window)
    show_then_load(window)
    return app.exec()


def show_then_load(window: MainWindow) -> None:
    """Show the window at once and draw the current panel on the event loop's next turn.

    The first frame then waits neither for pandas nor for the panel's queries
    (docs/benchmarks.md, Start-up); ``panel.loading`` is true until the panel has drawn.
    """
    panel = window.current_panel()
    panel._stale, panel.loading = False, True

    def load() -> None:
        panel.loading = False
        panel.refresh()

    AfterFirstPaint(window, load)
    window.show()


class AfterFirstPaint(QObject):
    """Calls ``callback`` on the event loop's turn after the first paint of any widget."""

    def __init__(self, parent: QObject, callback) -> None:
        super().__init__(parent)
        self.callback = callback
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().removeEventFilter(self)
            # With self as context the call is dropped if the window is gone first.
            QTimer.singleShot(0, self, self.callback)
        return False
