"""A user database written by the last release (eebec7c, schema 2) opens in this one.

The fixture was made with that release's own code (`git archive eebec7c`, then
`ree-desktop import small.csv --name "Customs extract" --user-db …`), so it has exactly the
tables and columns that release wrote — unlike a file made from today's table definitions.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from hostile import run_cli

from ree_desktop.data import schema
from ree_desktop.data.store import Store

RELEASE_DB = Path(__file__).parent / "data" / "userdb" / "user-v2-release-eebec7c.db"


def columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def test_the_last_releases_user_database_lists_and_exports_its_dataset(tmp_path):
    path = tmp_path / "user.db"
    shutil.copyfile(RELEASE_DB, path)
    assert "origin" not in columns(path, "sources")  # as the release wrote it
    listed = run_cli("datasets", "--user-db", str(path))
    assert listed.returncode == 0, listed.stderr
    assert "customs_extract" in listed.stdout and "Traceback" not in listed.stderr
    out = tmp_path / "customs.csv"
    exported = run_cli("export", "customs_extract", "--out", str(out), "--user-db", str(path))
    assert exported.returncode == 0, exported.stderr
    assert out.read_text(encoding="utf-8-sig").count("\n") == 4  # header + 3 rows
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert {"origin"} <= columns(path, "sources")
    assert {"date", "date_precision"} <= columns(path, "observations")


def test_a_file_upgraded_without_a_column_is_repaired_on_open(tmp_path):
    """A schema-3 file whose sources table lacks ``origin`` (written by a build that forgot
    the column) is completed in the same one-transaction migration, rows kept."""
    path = tmp_path / "user.db"
    shutil.copyfile(RELEASE_DB, path)
    with sqlite3.connect(path) as conn:
        for table, column, kind in schema.ADDED_COLUMNS:
            if table != "sources" and column not in columns(path, table):
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    with sqlite3.connect(path) as conn:
        assert schema.missing_columns(conn) == [("sources", "origin")]
    store = Store(user_path=path)
    try:
        assert "customs_extract" in set(store.datasets()["id"])
        assert "origin" in store.sources().columns
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        assert schema.missing_columns(conn) == []
        assert conn.execute("SELECT count(*) FROM observations").fetchone()[0] == 3
