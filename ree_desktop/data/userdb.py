"""Opening the user database safely: only REE Desktop's own file is ever written.

Before anything is written the path is checked: it must not be the bundled database (same
resolved path or same inode, so links count), it must be a regular file (not a folder,
``/dev/null`` or a pipe), and a non-empty file must be a REE Desktop user database — marked
with ``schema.APPLICATION_ID``, or made before the mark and recognised by its table set.
Anything else is refused untouched. A missing or empty file is created; an older REE Desktop
file is migrated in one transaction. Every SQLite error becomes a one-line ``StoreError``.

A locked database is waited for up to ``lock_timeout()`` seconds (30, or
``$REE_DESKTOP_LOCK_TIMEOUT``); ``wait_notice`` is told once so the user knows why.
"""

from __future__ import annotations

import math
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from ree_desktop.data import schema
from ree_desktop.data.errors import (
    NewerDatabaseError,
    StoreError,
    corrupt_error,
    describe_sqlite_error,
)
from ree_desktop.i18n import translate

LOCK_TIMEOUT_ENV = "REE_DESKTOP_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 30.0
SQLITE_HEADER = b"SQLite format 3\x00"

# Called with one line when the database is locked and the app starts waiting (the CLI
# prints it on stderr; the window shows it in the status bar).
wait_notice: Callable[[str], None] | None = None


def lock_timeout() -> float:
    """Seconds to wait for a locked user database."""
    try:
        value = float(os.environ.get(LOCK_TIMEOUT_ENV, DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT
    if not math.isfinite(value):
        return DEFAULT_LOCK_TIMEOUT
    return min(max(value, 0.0), 600.0)


def same_file(path: Path, other: Path) -> bool:
    """True if the two paths name one file: equal once resolved, or the same inode."""
    try:
        if path.resolve() == other.resolve():
            return True
        return path.exists() and other.exists() and os.path.samefile(path, other)
    except OSError:
        return False


def check_path(path: Path, bundled: Path | None) -> bool:
    """Refuse paths that must never be written; True if the file is missing or empty."""
    if bundled is not None and same_file(path, bundled):
        raise StoreError("bundled", path,
                         translate("DataErrors", "{path} is the bundled database, which the "
                                   "app only reads: pass another file for --user-db (e.g. "
                                   "~/ree-user.db); nothing was changed").format(path=path))
    try:
        info = path.stat()
    except FileNotFoundError:
        return True
    except OSError as error:
        raise StoreError("cantopen", path,
                         translate("DataErrors", "cannot open {path} ({reason}): pass another "
                                   "--user-db").format(path=path, reason=error.strerror)
                         ) from None
    if stat.S_ISDIR(info.st_mode):
        raise StoreError("not_file", path, translate(
            "DataErrors", "{path} is a folder: --user-db needs a file name inside it, e.g. "
            "{example}").format(path=path, example=path / "user.db"))
    if not stat.S_ISREG(info.st_mode):
        raise StoreError("not_file", path, translate(
            "DataErrors", "{path} is not a regular file (a device or pipe): pass a file for "
            "--user-db; nothing was written").format(path=path))
    if info.st_size == 0:
        return True
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError("cantopen", path,
                         translate("DataErrors", "cannot read {path} ({reason}): pass another "
                                   "--user-db").format(path=path, reason=error.strerror)
                         ) from None
    if header != SQLITE_HEADER:
        raise StoreError("foreign", path, translate(
            "DataErrors", "{path} is not an SQLite database, so not REE Desktop user data: "
            "pass another file for --user-db; it was not changed").format(path=path))
    return False


def classify(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a database that belongs to another program or a newer app."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    if app_id not in (0, schema.APPLICATION_ID):
        raise StoreError("foreign", path, translate(
            "DataErrors", "{path} belongs to another program (SQLite application id {app_id}): "
            "pass another --user-db; it was not changed").format(path=path,
                                                                 app_id=f"{app_id:#x}"))
    if app_id == 0 and tables:
        ours = tables <= schema.USER_TABLES and (
            version in (1, schema.SCHEMA_VERSION) or tables >= schema.CORE_TABLES)
        if not ours:
            names = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
            raise StoreError("foreign", path, translate(
                "DataErrors", "{path} is not a REE Desktop user database (it has the tables "
                "{names}): pass another --user-db; it was not changed").format(
                    path=path, names=names))
    if version > schema.SCHEMA_VERSION:
        raise NewerDatabaseError(
            "newer", path,
            translate("DataErrors", "{path}: the user database has schema version {version}, "
                      "newer than this app's {ours}: update REE Desktop or pass another "
                      "--user-db").format(path=path, version=version,
                                          ours=schema.SCHEMA_VERSION))


def _wait_for(conn: sqlite3.Connection, path: Path, action: Callable[[], None]) -> float:
    """Run ``action``; if the database is locked, say so once and retry with the full wait.

    Returns the seconds allowed for the wait (for the message if it still fails)."""
    limit = lock_timeout()
    conn.execute(f"PRAGMA busy_timeout = {int(min(0.3, limit) * 1000)}")
    try:
        action()
        return limit
    except sqlite3.OperationalError as error:
        if describe_sqlite_error(error, path).kind != "locked" or limit <= 0.3:
            raise
    if wait_notice is not None:
        wait_notice(translate("DataErrors", "{path} is locked by another program; waiting up "
                              "to {limit} s…").format(path=path, limit=f"{limit:g}"))
    conn.execute(f"PRAGMA busy_timeout = {int(limit * 1000)}")
    action()
    return limit


def open_user_db(path: Path, bundled: Path | None = None) -> None:
    """Create, check and (if older) migrate the user database at ``path``.

    Raises StoreError (one line, names the file) for anything that must not be written or
    cannot be; the file is then exactly as it was.
    """
    path = Path(path)
    if bundled is None:
        from ree_desktop.paths import bundled_db_path

        bundled = bundled_db_path()
    fresh = check_path(path, bundled)
    if fresh:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError("cantopen", path, translate(
                "DataErrors", "cannot create the folder {folder} ({reason}): pass another "
                "--user-db").format(folder=path.parent, reason=error.strerror)) from None
    waited = lock_timeout()
    try:
        conn = sqlite3.connect(path, timeout=waited)
    except sqlite3.Error as error:
        raise describe_sqlite_error(error, path) from None
    try:
        waited = _wait_for(conn, path, lambda: classify(conn, path))
        schema.migrate_user_db(conn)
    except sqlite3.DatabaseError as error:
        if not fresh and getattr(error, "sqlite_errorname", "").startswith("SQLITE_NOTADB"):
            raise corrupt_error(path, str(error)) from None
        raise describe_sqlite_error(error, path, waited) from None
    finally:
        conn.close()
