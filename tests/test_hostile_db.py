"""Hostile user databases, through the real CLI in subprocesses: the bundled database, other
programs' files, folders and devices, interrupted migrations, locks, damage, a full disk.

Each case asserts no traceback, the exit code, a one-line message naming the file, and that
refused files are byte-for-byte unchanged (the bundled database's SHA-256 included).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import threading
import time

import pytest
from hostile import (  # bundled_unchanged: an autouse fixture
    as_plain_user,
    assert_one_line_error,
    bundled_unchanged,  # noqa: F401
    damaged_db,
    db_state,
    file_size_limit,
    foreign_db,
    hold_exclusive_lock,
    make_v1_db,
    make_v2_db,
    posix,
    run_cli,
    sha256,
)

from ree_desktop.data import schema
from ree_desktop.data.errors import StoreError
from ree_desktop.data.userdb import open_user_db
from ree_desktop.paths import bundled_db_path


def small_csv(tmp_path, rows: int = 3):
    path = tmp_path / "small.csv"
    path.write_text("Country,Year,Value\n" + "".join(f"China,{1990 + i % 30},{i}\n"
                                                      for i in range(rows)))
    return path


# -- 5: the bundled database ---------------------------------------------------------------
def test_import_into_the_bundled_database_is_refused(tmp_path):
    result = run_cli("import", str(small_csv(tmp_path)), "--user-db", str(bundled_db_path()))
    assert_one_line_error(result, 2, str(bundled_db_path()), "bundled database")


def test_a_symlink_to_the_bundled_database_is_refused(tmp_path):
    link = tmp_path / "link.db"
    link.symlink_to(bundled_db_path())
    result = run_cli("datasets", "--user-db", str(link))
    assert_one_line_error(result, 2, "link.db", "bundled database")


def test_a_hard_link_to_the_bundled_database_is_refused(tmp_path):
    bundle = tmp_path / "bundle.db"
    shutil.copyfile(bundled_db_path(), bundle)
    link = tmp_path / "hard.db"
    os.link(bundle, link)
    before = sha256(bundle)
    with pytest.raises(StoreError, match="hard.db is the bundled database") as caught:
        open_user_db(link, bundled=bundle)
    assert caught.value.kind == "bundled" and sha256(bundle) == before


# -- 6: files that are not REE Desktop user databases ---------------------------------------
@pytest.mark.parametrize("clash", [False, True], ids=["unrelated", "clashing-table"])
def test_a_read_only_command_never_writes_another_programs_database(tmp_path, clash):
    path = tmp_path / "other.sqlite"
    foreign_db(path, clash)
    before = sha256(path)
    result = run_cli("datasets", "--user-db", str(path))
    assert_one_line_error(result, 2, "other.sqlite", "not a REE Desktop user database")
    assert sha256(path) == before
    assert db_state(path)[0] == "ok"


def test_another_programs_application_id_is_refused(tmp_path):
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE datasets (id TEXT)")
    conn.commit()
    conn.close()
    before = sha256(path)
    assert_one_line_error(run_cli("datasets", "--user-db", str(path)), 2, "app.db",
                          "another program")
    assert sha256(path) == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some text, not a database\n" * 50)
    before = sha256(path)
    assert_one_line_error(run_cli("datasets", "--user-db", str(path)), 2, "notes.db",
                          "not an SQLite database")
    assert sha256(path) == before


@pytest.mark.parametrize("target", ["folder", "/dev/null"])
def test_a_folder_or_a_device_is_refused(tmp_path, target):
    path = tmp_path if target == "folder" else target
    result = run_cli("import", str(small_csv(tmp_path)), "--user-db", str(path))
    assert_one_line_error(result, 2, str(path))
    assert not (tmp_path / "user.db").exists()


def test_empty_or_missing_files_become_marked_user_databases(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    for path in (empty, tmp_path / "new" / "missing.db"):
        result = run_cli("datasets", "--user-db", str(path))
        assert result.returncode == 0, result.stderr
        check, version, app_id, counts = db_state(path)
        assert (check, version, app_id) == ("ok", schema.SCHEMA_VERSION, schema.APPLICATION_ID)
        assert set(counts) == set(schema.USER_TABLES)


def test_an_old_user_database_without_the_mark_is_recognised_and_migrated(tmp_path):
    path = tmp_path / "old.db"
    make_v1_db(path, rows=5)
    result = run_cli("datasets", "--user-db", str(path))
    assert result.returncode == 0, result.stderr
    assert "old " in result.stdout
    check, version, app_id, counts = db_state(path)
    assert (check, version, app_id) == ("ok", schema.SCHEMA_VERSION, schema.APPLICATION_ID)
    assert counts["observations"] == 5 and counts["bookmarks"] == 0


def test_a_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    make_v1_db(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = sha256(path)
    assert_one_line_error(run_cli("datasets", "--user-db", str(path)), 2, "future.db",
                          "newer than this app")
    assert sha256(path) == before


# -- 7: an interrupted migration ---------------------------------------------------------------
KILL_AT_STEP = """
import os, signal, sys
from ree_desktop.data import schema

def hook(step):
    if step == int(sys.argv[1]):
        os.kill(os.getpid(), signal.SIGKILL)

schema.migration_hook = hook
from ree_desktop.cli import main
sys.exit(main(["datasets", "--user-db", sys.argv[2]]))
"""


@posix
def test_a_migration_killed_at_any_step_leaves_the_old_version_which_still_opens(tmp_path):
    steps = len(schema.migration_steps())
    assert steps >= 10  # tables, bookmarks, indexes, the mark, the version
    for step in range(steps):
        path = tmp_path / f"v1-{step}.db"
        make_v1_db(path, rows=4)
        result = run_cli(str(step), str(path), code=KILL_AT_STEP)
        assert result.returncode == -signal.SIGKILL, (step, result.stderr)
        check, version, app_id, counts = db_state(path)
        assert (check, version, app_id) == ("ok", 1, 0), step
        assert "bookmarks" not in counts and counts["observations"] == 4, step
    # the last one opens and migrates on the next start
    result = run_cli("datasets", "--user-db", str(path))
    assert result.returncode == 0, result.stderr
    assert db_state(path)[1:3] == (schema.SCHEMA_VERSION, schema.APPLICATION_ID)


def test_a_migration_failing_at_any_step_is_rolled_back(tmp_path, monkeypatch):
    for step in range(len(schema.migration_steps())):
        path = tmp_path / f"fail-{step}.db"
        make_v1_db(path)

        def hook(k, step=step):
            if k == step:
                raise KeyboardInterrupt

        monkeypatch.setattr(schema, "migration_hook", hook)
        with pytest.raises(KeyboardInterrupt):
            open_user_db(path)
        assert db_state(path)[:3] == ("ok", 1, 0)
    monkeypatch.setattr(schema, "migration_hook", None)
    open_user_db(path)
    assert db_state(path)[1:3] == (schema.SCHEMA_VERSION, schema.APPLICATION_ID)


def test_a_version_2_database_gains_dates_in_one_transaction(tmp_path, monkeypatch):
    """Issue 19: observations gain date + date_precision; interrupted anywhere, the file stays
    at version 2 with its rows; the finished upgrade keeps every row and can store a month."""
    for step in range(len(schema.migration_steps())):
        path = tmp_path / f"v2-{step}.db"
        make_v2_db(path, rows=5)

        def hook(k, step=step):
            if k == step:
                raise KeyboardInterrupt

        monkeypatch.setattr(schema, "migration_hook", hook)
        try:
            open_user_db(path)
        except KeyboardInterrupt:
            pass
        else:  # fewer steps for a version-2 file: this step index was never reached
            assert db_state(path)[1] == schema.SCHEMA_VERSION
            continue
        check, version, app_id, counts = db_state(path)
        assert (check, version, app_id) == ("ok", 2, schema.APPLICATION_ID), step
        assert counts["observations"] == 5
        columns = [r[1] for r in sqlite3.connect(path).execute(
            "PRAGMA table_info(observations)")]
        assert "date" not in columns, step
    monkeypatch.setattr(schema, "migration_hook", None)
    open_user_db(path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO observations (dataset, year, date, date_precision, metric) "
                 "VALUES ('old', 2025, '2025-04', 'month', 'price')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO observations (dataset, metric, date_precision) "
                     "VALUES ('old', 'price', 'fortnight')")
    assert conn.execute("SELECT count(*) FROM observations").fetchone()[0] == 6
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION


# -- 8: locks, damage, read-only folders, a full disk ---------------------------------------
def test_a_locked_database_is_waited_for_then_reported(tmp_path):
    path = tmp_path / "locked.db"
    open_user_db(path)
    lock = hold_exclusive_lock(path)
    try:
        started = time.monotonic()
        result = run_cli("datasets", "--user-db", str(path),
                         env={"REE_DESKTOP_LOCK_TIMEOUT": "1"})
        elapsed = time.monotonic() - started
    finally:
        lock.rollback()
        lock.close()
    assert "waiting up to 1 s" in result.stderr
    assert_one_line_error(result, 2, "locked.db", "locked by another program")
    assert elapsed < 30
    assert db_state(path)[0] == "ok"


@pytest.mark.parametrize("text, seconds", [("abc", 30.0), ("nan", 30.0), ("inf", 30.0),
                                           ("-5", 0.0), ("1e9", 600.0), ("2.5", 2.5)])
def test_the_lock_timeout_setting_is_always_sane(monkeypatch, text, seconds):
    from ree_desktop.data.userdb import lock_timeout

    monkeypatch.setenv("REE_DESKTOP_LOCK_TIMEOUT", text)
    assert lock_timeout() == seconds


def test_a_lock_released_while_waiting_lets_the_command_finish(tmp_path):
    path = tmp_path / "busy.db"
    open_user_db(path)
    lock = hold_exclusive_lock(path)
    timer = threading.Timer(1.5, lambda: (lock.rollback(), lock.close()))
    timer.start()
    try:
        result = run_cli("import", str(small_csv(tmp_path)), "--user-db", str(path),
                         env={"REE_DESKTOP_LOCK_TIMEOUT": "20"})
    finally:
        timer.join()
    assert result.returncode == 0, result.stderr
    assert "waiting up to 20 s" in result.stderr
    assert db_state(path)[3]["observations"] == 3


def test_a_damaged_database_is_reported_and_never_touched(tmp_path):
    path = tmp_path / "user.db"
    damaged_db(path)
    before = sha256(path)
    for args in (["datasets"], ["import", str(small_csv(tmp_path))],
                 ["--panel", "countries", "--screenshot", str(tmp_path / "x.png")]):
        result = run_cli(*args, "--user-db", str(path))
        line = assert_one_line_error(result, 2, str(path), "damaged")
        assert "corrupt-YYYYMMDD" in line
        assert sha256(path) == before
    assert not (tmp_path / "x.png").exists()


@posix
@pytest.mark.skipif(as_plain_user() is None, reason="root without setpriv ignores modes")
def test_a_read_only_folder_is_reported(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    old = tmp_path / "old"
    old.mkdir()
    make_v1_db(old / "user.db")  # needs an upgrade: the journal cannot be created
    before = sha256(old / "user.db")
    folder.chmod(0o500)
    old.chmod(0o500)
    try:
        result = run_cli("datasets", "--user-db", str(folder / "user.db"),
                         prefix=as_plain_user())
        assert_one_line_error(result, 2, "user.db", str(folder.resolve()))
        assert not (folder / "user.db").exists()
        result = run_cli("datasets", "--user-db", str(old / "user.db"), prefix=as_plain_user())
        assert_one_line_error(result, 2, str(old / "user.db"))
        assert sha256(old / "user.db") == before
    finally:
        folder.chmod(0o700)
        old.chmod(0o700)


@posix
def test_a_full_disk_while_creating_the_database_says_so_and_the_next_start_works(tmp_path):
    path = tmp_path / "new.db"
    result = run_cli("datasets", "--user-db", str(path), preexec_fn=file_size_limit(1024))
    assert_one_line_error(result, 2, "disk full, nothing written", "new.db")
    result = run_cli("datasets", "--user-db", str(path))
    assert result.returncode == 0, result.stderr
    assert db_state(path)[:3] == ("ok", schema.SCHEMA_VERSION, schema.APPLICATION_ID)


@posix
def test_a_full_disk_during_import_rolls_back_and_says_so(tmp_path):
    path = tmp_path / "user.db"
    make_v1_db(path, rows=10)
    open_user_db(path)
    before = db_state(path)
    big = small_csv(tmp_path, rows=20_000)
    limit = path.stat().st_size + 16 * 1024
    result = run_cli("import", str(big), "--user-db", str(path),
                     preexec_fn=file_size_limit(limit))
    line = assert_one_line_error(result, 2, "disk full, nothing written")
    assert str(tmp_path.resolve()) in line
    assert db_state(path) == before
    result = run_cli("datasets", "--user-db", str(path))  # still opens
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("message, kind, words", [
    ("database is locked", "locked", "close that program"),
    ("database disk image is malformed", "corrupt", "corrupt-YYYYMMDD"),
    ("file is not a database", "corrupt", "was not changed"),
    ("database or disk is full", "full", "disk full, nothing written"),
    ("disk I/O error", "full", "disk full, nothing written"),
    ("attempt to write a readonly database", "readonly", "read-only"),
    ("unable to open database file", "cantopen", "writable"),
    ("no such table: user.bookmarks", "sqlite", "nothing was changed")])
def test_every_sqlite_error_is_one_line_naming_the_file(tmp_path, message, kind, words):
    from ree_desktop.data.errors import describe_sqlite_error

    path = tmp_path / "mine.db"
    error = describe_sqlite_error(sqlite3.OperationalError(message), path, 30)
    assert error.kind == kind and path.name in str(error) and words in str(error)
    assert "\n" not in str(error)
