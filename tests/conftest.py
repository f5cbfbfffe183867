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

    def factory(data: ViewStateData | None = None, size=(1280, 800)):
        create_application()
        window = MainWindow(store, ViewState(data or ViewStateData()))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    return factory
