"""Bookmarks: stored in the user database (schema v2, migrated from v1), saved and restored
through the Bookmarks menu like a user would."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPushButton

from ree_desktop.data import bookmarks as db
from ree_desktop.data.schema import SCHEMA_VERSION
from ree_desktop.data.store import DataError, Store
from ree_desktop.ui.bookmarks import BookmarkManager
from ree_desktop.ui.state import ViewStateData

LEFT = Qt.MouseButton.LeftButton


def test_version_1_user_database_is_migrated_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE datasets (id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT,
            unit TEXT, kind TEXT NOT NULL, origin TEXT, imported_at TEXT, report TEXT);
        INSERT INTO datasets (id, title, kind) VALUES ('mine', 'My import', 'user');
        PRAGMA user_version = 1;""")
    conn.close()
    store = Store(user_path=path)
    assert store.scalar("SELECT title FROM user.datasets WHERE id='mine'") == "My import"
    mark = db.add_bookmark(store, "  China   share ", '{"version": 1}')
    assert mark.name == "China share"
    store.close()
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION == 3


def test_bookmark_rename_delete_and_bad_names(store):
    first = db.add_bookmark(store, "A", "{}")
    second = db.add_bookmark(store, "B", "{}")
    assert [m.name for m in db.list_bookmarks(store)] == ["A", "B"]
    assert db.rename_bookmark(store, first.id, "Renamed").name == "Renamed"
    db.delete_bookmark(store, second.id)
    assert [m.name for m in db.list_bookmarks(store)] == ["Renamed"]
    with pytest.raises(DataError, match="needs a name"):
        db.add_bookmark(store, "   ", "{}")
    with pytest.raises(DataError, match="no bookmark"):
        db.get_bookmark(store, 999)


def test_bookmark_round_trip_through_the_menu(make_window, monkeypatch):
    data = ViewStateData(panel="data", year_range=(2000, 2020), countries=("CHN", "AUS"),
                         options={"data_selected": "dataset:mine_production"})
    window = make_window(data)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("China and Australia", True))
    window.bookmarks_menu.add_action.trigger()
    saved = window.state.data

    window.state.update(panel="overview", year_range=(1995, 2024), countries=("USA",))
    assert window.state.data != saved

    window.bookmarks_menu.rebuild()
    entries = {a.text(): a for a in window.bookmarks_menu.actions()}
    assert "China and Australia" in entries
    entries["China and Australia"].trigger()
    assert window.state.data == saved
    assert window.current_panel().name == "data"
    assert window.years.value() == (2000, 2020)


def test_restoring_keeps_the_current_theme(make_window):
    window = make_window(ViewStateData(theme="light", year=2010))
    from ree_desktop.ui.bookmarks import restore_bookmark, save_bookmark

    mark = save_bookmark(window, "light one")
    window.state.update(theme="dark", year=2020)
    restore_bookmark(window, mark.id)
    assert window.state.year == 2010 and window.state.theme == "dark"


def test_manager_renames_shows_and_deletes(make_window, qtbot):
    window = make_window(ViewStateData(year=2011))
    from ree_desktop.ui.bookmarks import save_bookmark

    save_bookmark(window, "Year 2011")
    window.state.update(year=2015)
    manager = BookmarkManager(window)
    qtbot.addWidget(manager)
    assert manager.list.item(0).text().startswith("Year 2011")
    manager.rename_selected("Eleven")
    assert manager.list.item(0).text().startswith("Eleven")
    qtbot.mouseClick(manager.findChild(QPushButton, "showButton"), LEFT)
    assert window.state.year == 2011
    qtbot.mouseClick(manager.findChild(QPushButton, "deleteButton"), LEFT)
    assert manager.list.count() == 0
    assert db.list_bookmarks(window.store) == []


def test_unreadable_bookmark_gives_a_clear_error(make_window):
    window = make_window()
    mark = db.add_bookmark(window.store, "future", '{"version": 99}')
    from ree_desktop.ui.bookmarks import restore_bookmark

    before = replace(window.state.data)
    with pytest.raises(DataError, match="cannot be read.*newer"):
        restore_bookmark(window, mark.id)
    assert window.state.data == before


def test_bookmark_saved_before_option_versions_opens_in_the_window(make_window):
    from pathlib import Path

    from ree_desktop.ui.bookmarks import restore_bookmark

    text = (Path(__file__).parent / "data" / "state" /
            "bookmark-state-v1-all-panels.json").read_text(encoding="utf-8")
    window = make_window(ViewStateData(panel="overview", theme="light"))
    mark = db.add_bookmark(window.store, "from the old app", text)
    restore_bookmark(window, mark.id)
    assert window.current_panel().name == "prices"
    assert window.windowTitle() == "REE Desktop — Prices & events"
    assert window.years.value() == (2005, 2022)
    assert window.state.options["prices.axis"] == "rebased"
    assert window.state.theme == "light"  # the reader's theme, not the bookmark's


def test_bookmark_from_a_newer_app_gives_one_line(make_window):
    import json

    from ree_desktop.ui.bookmarks import restore_bookmark

    window = make_window(ViewStateData(panel="overview"))
    newer = ViewStateData(options={"demand.axis": "log"}).to_dict()
    newer["option_versions"]["demand"] = 99
    mark = db.add_bookmark(window.store, "future", json.dumps(newer))
    with pytest.raises(DataError, match="'future' cannot be read: the 'demand' options are "
                                        "version 99") as info:
        restore_bookmark(window, mark.id)
    assert "\n" not in str(info.value)
    assert window.state.panel == "overview"
