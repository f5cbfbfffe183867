"""Shared fixtures. Qt runs offscreen; every test gets its own user database and settings.

Every test must leave no top-level window and no running QTimer behind (``no_dangling_qt``),
so the theme and presentation tests, which change the app-wide font, run in the same pytest
process as the rest.
"""

from __future__ import annotations

import os
import time

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
    # Destroy each window now, while its Python side is alive, so no later test's app-wide
    # font or theme change reaches it (no_dangling_qt checks that nothing is left).
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


@pytest.fixture(autouse=True)
def no_dangling_qt(request, monkeypatch):
    """Fail a test that leaves a top-level widget or a running QTimer behind (as napari's
    conftest does): a leftover widget receives later tests' app-wide font and theme changes,
    and a leftover timer fires into a later test."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
    from shiboken6 import Shiboken

    def address(obj) -> int:
        return Shiboken.getCppPointer(obj)[0]

    app = QApplication.instance()
    before = {address(w) for w in app.topLevelWidgets()} if app is not None else set()
    timers: list = []
    original_start = QTimer.start

    def start(self, *args):
        timers.append(self)
        if args and not isinstance(args[0], int):  # connected to a signal: start()
            args = ()
        return original_start(self, *args)

    monkeypatch.setattr(QTimer, "start", start)
    yield
    app = QApplication.instance()
    if app is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    # Hidden parentless menus belong to pyqtgraph's plots (context menus), freed with them.
    widgets = [w for w in app.topLevelWidgets() if address(w) not in before
               and (w.isVisible() or isinstance(w, QMainWindow | QDialog))]
    running = [t for t in timers if Shiboken.isValid(t) and t.isActive()]
    if running:  # a short timer that stops itself (pyqtgraph's mouse-move rate limit)
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline and any(
                Shiboken.isValid(t) and t.isActive() for t in running):
            QApplication.processEvents()
            time.sleep(0.01)
        running = [t for t in running if Shiboken.isValid(t) and t.isActive()]
    problems = [f"widget {type(w).__name__} {w.objectName()!r}" for w in widgets]
    problems += [f"running QTimer {t.objectName()!r} ({t.interval()} ms, parent "
                 f"{type(t.parent()).__name__})" for t in running]
    for widget in widgets:  # close so one leak does not fail every later test
        widget.close()
    for timer in running:
        timer.stop()
    if problems:
        pytest.fail("test left Qt objects behind: " + "; ".join(problems[:8]), pytrace=False)


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A test that switches to Chinese leaves English behind for the next one."""
    yield
    from ree_desktop import i18n

    if i18n.language() != "en":
        from PySide6.QtWidgets import QApplication

        from ree_desktop.ui.translations import install_language

        install_language(QApplication.instance(), "en")


@pytest.fixture
def chinese(qapp, monkeypatch):
    """The interface in zh_CN for one test (a window built in it keeps it, since
    create_application reads $REE_DESKTOP_LANG); English again for every other test."""
    from ree_desktop.app import create_application
    from ree_desktop.ui.translations import install_language

    monkeypatch.setenv("REE_DESKTOP_LANG", "zh_CN")
    app = create_application()
    assert install_language(app, "zh_CN") == "zh_CN"
    try:
        yield app
    finally:
        install_language(app, "en")
