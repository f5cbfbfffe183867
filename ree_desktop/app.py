"""Builds the QApplication (theme, icon) and the main window around a Store and a ViewState.

Errors about the user database or a file are shown in a dialog (Windows has no console),
also when the store fails before the window exists: a damaged database can be moved aside
to ``user.db.corrupt-YYYYMMDD`` and a fresh one started, a locked one retried.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ree_desktop.data.errors import DataError, StoreError, describe_sqlite_error
from ree_desktop.data.store import Store
from ree_desktop.paths import resources_dir
from ree_desktop.ui import theme
from ree_desktop.ui.fonts import register_bundled_font
from ree_desktop.ui.main_window import MainWindow, make_settings, saved_state
from ree_desktop.ui.state import ViewState
from ree_desktop.ui.translations import (
    LANGUAGE_ENV,
    choose_language,
    install_language,
    language_installed,
    take_requested_language,
)
from ree_desktop.viewstate import ViewStateData


def create_application(theme_name: str = "light", font_size: int = 0,
                       language: str | None = None) -> QApplication:
    """The one QApplication: name, icon, bundled Chinese font, language and theme.

    The language is installed when given, or on the first call (``--lang``,
    $REE_DESKTOP_LANG, else English — renders are reproducible); later calls without one
    keep the language in force (a test that installed zh_CN keeps it).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("REE Desktop")
    app.setOrganizationName("REE Desktop")
    app.setApplicationDisplayName("REE Desktop")
    icon = resources_dir() / "icons" / "ree-desktop.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    register_bundled_font()
    requested = take_requested_language()  # always taken: it is for this call only
    language = language or requested
    if language is not None or not language_installed():
        install_language(app, language or os.environ.get(LANGUAGE_ENV, "en"))
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


def run_gui(store: Store, data: ViewStateData, use_saved: bool = True,
            language: str | None = None) -> int:
    """Launch the interactive app; the last session's view is restored unless overridden.

    The language: ``language`` (--lang), $REE_DESKTOP_LANG, View → Language's saved choice,
    else the system locale's (``translations.choose_language``)."""
    if use_saved:
        previous = saved_state(make_settings())
        if previous is not None:
            data = previous
    app = create_application(data.theme, data.font_size,
                             choose_language(language, make_settings()))
    install_error_dialog(store)
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
    A panel whose ``draws_quickly()`` says so draws in its show event, into the first frame.
    """
    panel = window.current_panel()
    if getattr(panel, "draws_quickly", lambda: False)():
        window.show()  # cheap (the Overview's stored headlines): drawn into the first frame
        return
    panel.defer_first_draw()
    panel.loading = True

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


# -- errors as dialogs ---------------------------------------------------------------------
def move_aside(path: Path, today: date | None = None) -> Path:
    """Rename a damaged database to ``NAME.corrupt-YYYYMMDD`` (``-2``, ``-3`` if taken)."""
    stamp = (today or date.today()).strftime("%Y%m%d")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 2
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
        number += 1
    path.rename(target)
    for suffix in ("-journal", "-wal", "-shm"):  # SQLite's side files go with it
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def ask(error: DataError) -> str:
    """Show ``error`` in a dialog; returns "move", "retry" or "quit" (tests replace this)."""
    from PySide6.QtWidgets import QMessageBox

    create_application()
    box = QMessageBox(QMessageBox.Icon.Critical, "REE Desktop", str(error))
    kind = getattr(error, "kind", "")
    move = retry = None
    translate = QCoreApplication.translate
    if kind == "corrupt":
        box.setInformativeText(translate("App", "Move it aside and start with a fresh, empty "
                                         "user database? The damaged file is kept for "
                                         "recovery."))
        move = box.addButton(translate("App", "Move aside and start fresh"),
                             QMessageBox.ButtonRole.AcceptRole)
    if kind == "locked":
        retry = box.addButton(translate("App", "Retry"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if move is not None and clicked is move:
        return "move"
    if retry is not None and clicked is retry:
        return "retry"
    return "quit"


def show_error(text: str) -> None:
    """A one-line error as a dialog, for starts without a console (Windows GUI)."""
    from PySide6.QtWidgets import QMessageBox

    create_application()
    QMessageBox.critical(None, "REE Desktop", text)


class WaitNotice:
    """While a locked database is waited for, a small window says so (there may be no
    console to read the CLI's line on)."""

    def __init__(self) -> None:
        self.box = None

    def __call__(self, text: str) -> None:
        if sys.stderr is not None:
            print(f"ree-desktop: {text}", file=sys.stderr, flush=True)
        from PySide6.QtWidgets import QMessageBox

        create_application()
        self.box = QMessageBox(QMessageBox.Icon.Information, "REE Desktop", text,
                               QMessageBox.StandardButton.NoButton)
        self.box.setObjectName("lockWaitNotice")
        self.box.setModal(False)
        self.box.show()
        for _ in range(3):
            QApplication.processEvents()

    def close(self) -> None:
        if self.box is not None:
            self.box.close()
            self.box.deleteLater()
            self.box = None


def open_store_or_explain(opener: Callable[[], Store]) -> Store | None:
    """Open the store; on failure show why in a dialog (and on stderr). None means quit."""
    from ree_desktop.data import userdb

    while True:
        notice = WaitNotice()
        userdb.wait_notice = notice
        try:
            return opener()
        except DataError as error:
            notice.close()
            if sys.stderr is not None:
                print(f"ree-desktop: error: {error}", file=sys.stderr)
            choice = ask(error)
            if choice == "move" and isinstance(error, StoreError):
                try:
                    moved = move_aside(error.path)
                except OSError as move_error:
                    ask(DataError(f"could not move {error.path} aside "
                                  f"({move_error.strerror}); move it yourself and restart"))
                    return None
                if sys.stderr is not None:
                    print(f"ree-desktop: moved the damaged database to {moved}",
                          file=sys.stderr)
            elif choice != "retry":
                return None
        finally:
            notice.close()
            userdb.wait_notice = None


def install_error_dialog(store: Store) -> None:
    """Errors the user can fix that reach the event loop become a dialog, not a traceback."""
    previous = sys.excepthook

    def hook(kind, value, trace) -> None:
        if isinstance(value, sqlite3.Error):
            value = describe_sqlite_error(value, store.user_path)
        if isinstance(value, DataError | OSError):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(QApplication.activeWindow(), "REE Desktop", str(value))
            return
        previous(kind, value, trace)

    sys.excepthook = hook
