"""Helpers for the hostile suites: run the real CLI in a subprocess and inspect databases."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ree_desktop.paths import bundled_db_path


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


BUNDLED_SHA = sha256(bundled_db_path())

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX only")


@pytest.fixture(autouse=True)
def bundled_unchanged():
    """Imported by each hostile suite: no case may change the bundled database."""
    yield
    assert sha256(bundled_db_path()) == BUNDLED_SHA


def file_size_limit(limit: int):
    """preexec_fn: the child may not grow any file past ``limit`` bytes (a full disk without
    root); SIGXFSZ ignored so the write fails with EFBIG instead of killing the process."""

    def apply() -> None:
        import resource  # POSIX only

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def as_plain_user() -> list[str] | None:
    """A command prefix under which file modes apply even to root (CI containers run as root):
    [] when not root, setpriv without the capabilities that override modes, None if neither."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]


def run_cli(*args: str, env: dict | None = None, preexec_fn=None, timeout: float = 120,
            code: str | None = None, prefix: list[str] | None = None
            ) -> subprocess.CompletedProcess:
    """``python -m ree_desktop ARGS`` (or ``python -c CODE ARGS``) offscreen, no display."""
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full.pop("DISPLAY", None)
    full.pop("REE_DESKTOP_DEBUG", None)
    command = [sys.executable, "-c", code, *args] if code else \
        [sys.executable, "-m", "ree_desktop", *args]
    return subprocess.run([*(prefix or []), *command], capture_output=True, text=True,
                          env=full, timeout=timeout, preexec_fn=preexec_fn)


def assert_one_line_error(result: subprocess.CompletedProcess, code: int, *needles: str) -> str:
    """Exit ``code``, no traceback, and the error is one line holding every needle."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    errors = [line for line in result.stderr.splitlines()
              if line.strip() and "waiting up to" not in line]
    assert len(errors) == 1, result.stderr
    for needle in needles:
        assert needle in errors[0], (needle, errors[0])
    return errors[0]


def db_state(path: Path) -> tuple[str, int, int, dict[str, int]]:
    """(integrity, user_version, application_id, row count of every table) of a database."""
    conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()
    return check, version, app_id, counts


def make_v1_db(path: Path, rows: int = 3) -> None:
    """A user database as version 1 of the app wrote it: five tables, no bookmarks, no mark."""
    from ree_desktop.data.schema import INDEXES_SQL, TABLES_SQL

    new_in_v3 = ("date TEXT,", "date_precision TEXT CHECK")
    before_dates = "\n".join(line for line in TABLES_SQL.replace(
        "report TEXT,\n    content TEXT", "report TEXT").replace(
        "tier TEXT,\n    origin TEXT,", "tier TEXT,").splitlines()  # sources.origin: v3
                              if not line.strip().startswith(new_in_v3))
    conn = sqlite3.connect(path)
    conn.executescript(before_dates + INDEXES_SQL)
    conn.execute("INSERT INTO datasets (id, title, kind) VALUES ('old', 'Old import', 'user')")
    conn.executemany("INSERT INTO observations (dataset, country_iso3, year, metric, value) "
                     "VALUES ('old', 'CHN', ?, 'production', ?)",
                     [(2000 + i, float(i)) for i in range(rows)])
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def make_v2_db(path: Path, rows: int = 3) -> None:
    """A user database as version 2 wrote it: marked, bookmarks, observations without dates."""
    from ree_desktop.data.schema import APPLICATION_ID, USER_TABLES_SQL

    make_v1_db(path, rows)
    conn = sqlite3.connect(path)
    conn.executescript(USER_TABLES_SQL)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


def foreign_db(path, clash: bool = False):
    conn = sqlite3.connect(path)
    if clash:  # a table named like ours, with another shape
        conn.execute("CREATE TABLE datasets (name TEXT, secret TEXT)")
        conn.execute("INSERT INTO datasets VALUES ('a', 'b')")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO notes (body) VALUES (?)", [("x",), ("y",)])
    conn.commit()
    conn.close()


def hold_exclusive_lock(path):
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")
    return conn


def damaged_db(path):
    from ree_desktop.data.userdb import open_user_db

    make_v1_db(path, rows=50)
    open_user_db(path)
    data = bytearray(path.read_bytes())
    data[100:1000] = b"\xa5" * 900  # the schema page's cells
    path.write_bytes(bytes(data))
