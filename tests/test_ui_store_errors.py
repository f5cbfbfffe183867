"""The window's side of database errors: dialogs that name the file and offer the remedy,
also before the main window exists (there may be no console to read on Windows)."""

from __future__ import annotations

import sqlite3

from hostile import damaged_db, db_state, foreign_db, hold_exclusive_lock, sha256

from ree_desktop.data import schema
from ree_desktop.data.userdb import open_user_db


def answer_dialog(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the next modal dialog, recording its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(20, click)


def test_the_window_offers_to_move_a_damaged_database_aside(qtbot, tmp_path):
    from datetime import date

    from ree_desktop.app import open_store_or_explain
    from ree_desktop.data.store import Store

    path = tmp_path / "user.db"
    damaged_db(path)
    before = sha256(path)
    seen: list[str] = []
    answer_dialog("Move aside and start fresh", seen)
    store = open_store_or_explain(lambda: Store(user_path=path))
    try:
        assert store is not None and "damaged" in seen[0] and str(path) in seen[0]
        aside = tmp_path / f"user.db.corrupt-{date.today():%Y%m%d}"
        assert sha256(aside) == before  # kept for recovery, byte for byte
        assert db_state(path)[:3] == ("ok", schema.SCHEMA_VERSION, schema.APPLICATION_ID)
        assert "mine_production" in set(store.datasets()["id"])
    finally:
        store.close()


def test_the_window_explains_a_foreign_file_and_quits(qtbot, tmp_path):
    from ree_desktop.app import open_store_or_explain
    from ree_desktop.data.store import Store

    path = tmp_path / "other.sqlite"
    foreign_db(path)
    before = sha256(path)
    seen: list[str] = []
    answer_dialog("Quit", seen)
    assert open_store_or_explain(lambda: Store(user_path=path)) is None
    assert "other.sqlite" in seen[0] and "not a REE Desktop user database" in seen[0]
    assert sha256(path) == before


def test_the_window_waits_for_a_lock_and_offers_retry(qtbot, tmp_path, monkeypatch):
    from ree_desktop import app
    from ree_desktop.app import open_store_or_explain
    from ree_desktop.data.store import Store

    monkeypatch.setenv("REE_DESKTOP_LOCK_TIMEOUT", "0.6")
    path = tmp_path / "user.db"
    open_user_db(path)
    lock = hold_exclusive_lock(path)
    seen: list[str] = []
    answer_dialog("Retry", seen)
    original_ask = app.ask

    def ask_then_unlock(error):  # the other program lets go while the dialog is open
        lock.rollback()
        lock.close()
        return original_ask(error)

    monkeypatch.setattr(app, "ask", ask_then_unlock)
    store = open_store_or_explain(lambda: Store(user_path=path))
    try:
        assert store is not None and "locked by another program" in seen[0]
    finally:
        store.close()


def test_errors_reaching_the_event_loop_become_a_dialog(qtbot, store, monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from ree_desktop.app import install_error_dialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_error_dialog(store)
    error = sqlite3.OperationalError("database or disk is full")
    sys.excepthook(type(error), error, None)
    assert shown and shown[0].startswith("disk full, nothing written")
    assert str(store.user_path.parent.resolve()) in shown[0]


def test_without_a_console_errors_become_a_dialog(qtbot, monkeypatch):
    """The Windows GUI entry point has no stderr: a bad start must still say why."""
    import sys

    from ree_desktop import app, cli

    shown: list[str] = []
    monkeypatch.setattr(app, "show_error", shown.append)
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main(["--panel", "nowhere", "--screenshot", "x.png"]) == 2
    assert shown and "unknown panel 'nowhere'" in shown[0]
