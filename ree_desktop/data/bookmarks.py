"""Bookmarks: named, saved views kept in the user database (no Qt here).

A bookmark stores the view state as JSON text exactly as the UI serialised it (the JSON
carries its own version), so the data layer never needs to understand it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ree_desktop.data.store import DataError, Store
from ree_desktop.i18n import translate


@dataclass(frozen=True)
class Bookmark:
    id: int
    name: str
    state: str
    created: str


def _clean_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise DataError(translate("DataErrors", "a bookmark needs a name"))
    if len(name) > 200:
        raise DataError(translate("DataErrors", "a bookmark name can be at most {count} "
                                  "characters").format(count=200))
    return name


def add_bookmark(store: Store, name: str, state_json: str) -> Bookmark:
    """Save a view under ``name``; names may repeat (each bookmark has its own id)."""
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with store.conn:
        cursor = store.conn.execute(
            "INSERT INTO user.bookmarks (name, state, created) VALUES (?, ?, ?)",
            (_clean_name(name), state_json, created))
    return get_bookmark(store, int(cursor.lastrowid))


def list_bookmarks(store: Store) -> list[Bookmark]:
    """Every bookmark, oldest first (the order the menu lists them)."""
    rows = store.conn.execute(
        "SELECT id, name, state, created FROM user.bookmarks ORDER BY created, id").fetchall()
    return [Bookmark(*row) for row in rows]


def get_bookmark(store: Store, bookmark_id: int) -> Bookmark:
    row = store.conn.execute("SELECT id, name, state, created FROM user.bookmarks WHERE id = ?",
                             (bookmark_id,)).fetchone()
    if row is None:
        raise DataError(translate("DataErrors", "no bookmark with id {id}").format(
            id=bookmark_id))
    return Bookmark(*row)


def rename_bookmark(store: Store, bookmark_id: int, name: str) -> Bookmark:
    with store.conn:
        store.conn.execute("UPDATE user.bookmarks SET name = ? WHERE id = ?",
                           (_clean_name(name), bookmark_id))
    return get_bookmark(store, bookmark_id)


def delete_bookmark(store: Store, bookmark_id: int) -> None:
    with store.conn:
        store.conn.execute("DELETE FROM user.bookmarks WHERE id = ?", (bookmark_id,))
