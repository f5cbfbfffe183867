"""Shared fixtures. Qt runs offscreen; every test gets its own user database and settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from ree_desktop.paths import bundled_db_path  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path, monkeypatch):
    """No test touches the real user database or QSettings."""
    monkeypatch.setenv("REE_DESKTOP_USER_DB", str(tmp_path / "user.db"))
    monkeypatch.setenv("REE_DESKTOP_SETTINGS", str(tmp_path / "settings.ini"))
    return tmp_path


@pytest.fixture
def store(tmp_path):
    from ree_desktop.data.store import Store

    db = Store(bundled_db_path(), tmp_path / "user.db")
    yield db
    db.close()


@pytest.fixture
def state():
    from ree_desktop.ui.state import ViewState

    return ViewState()


@pytest.fixture
def make_window(qtbot, store):
    """Build a MainWindow for a ViewStateData (default state if None), shown offscreen."""
    from ree_desktop.app import create_application
    from ree_desktop.ui.main_window import MainWindow
    from ree_desktop.ui.state import ViewState, ViewStateData

    windows = []

    def factory(data: ViewStateData | None = None, size=(1280, 800)):
        create_application()
        window = MainWindow(store, ViewState(data or ViewStateData()))
        windows.append(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield factory
    # Destroy each window now, while its Python side is alive: a window left for the garbage
    # collector can receive a later test's font change half-deleted and crash the process.
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for window in windows:
        presenter = getattr(window, "presenter", None)
        if presenter is not None and presenter.active:
            presenter.leave()
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
