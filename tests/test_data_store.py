"""The store: bundled database read-only, user database attached, named queries."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from ree_desktop.data.countries import country_rows, name_index, normalise_name
from ree_desktop.data.schema import SCHEMA_VERSION
from ree_desktop.data.store import DataError, Store
from ree_desktop.paths import bundled_db_path


def test_bundled_database_refuses_writes(store):
    with pytest.raises(sqlite3.OperationalError):
        store.conn.execute("DELETE FROM main.observations")
    with pytest.raises(sqlite3.OperationalError):
        store.conn.execute("CREATE TABLE main.intruder (x)")


def test_user_database_is_created_with_the_schema(tmp_path):
    path = tmp_path / "sub" / "mine.db"
    db = Store(user_path=path)
    assert path.is_file()
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION
    db.close()


def test_newer_user_database_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(RuntimeError, match="newer than this app"):
        Store(user_path=path)


def test_user_rows_appear_beside_bundled_ones(store):
    user = sqlite3.connect(store.user_path)
    with user:
        user.execute("INSERT INTO datasets (id, title, kind) VALUES ('mine', 'Mine', 'user')")
        user.execute("INSERT INTO observations (dataset, country_iso3, year, metric, value, "
                     "unit) VALUES ('mine', 'AUS', 2024, 'value', 1.5, 't')")
    user.close()
    datasets = store.datasets().set_index("id")
    assert datasets.loc["mine", "kind"] == "user" and datasets.loc["mine", "rows"] == 1
    assert datasets.loc["mine_production", "kind"] == "bundled"
    exported = store.export_dataset("mine")
    assert exported.loc[0, "country"] == "Australia" and exported.loc[0, "value"] == 1.5


def test_unknown_dataset_is_a_clear_error(store):
    with pytest.raises(DataError, match="unknown dataset 'nope'"):
        store.export_dataset("nope")


def test_mine_production_query_filters(store):
    frame = store.mine_production(years=(2022, 2022), countries=["USA"])
    assert list(frame["value"]) == [42500.0]
    assert frame.loc[0, "source_url"].startswith("https://")


def test_missing_bundled_database_is_a_clear_error(tmp_path):
    with pytest.raises(DataError, match="bundled database not found"):
        Store(bundled_path=tmp_path / "none.db", user_path=tmp_path / "u.db")


def test_country_names_resolve_exactly():
    index = name_index(country_rows())
    assert index[normalise_name("U.S.")] == "USA"
    assert index[normalise_name("Burma")] == "MMR"
    assert index[normalise_name("Viet Nam")] == "VNM"
    assert index[normalise_name("中国")] == "CHN"
    assert index[normalise_name("World")] == "WLD"
    assert normalise_name("U.S. Virgin Islands") not in (normalise_name("U.S."),)


def test_app_session_leaves_bundled_database_unchanged(make_window):
    before = hashlib.sha256(bundled_db_path().read_bytes()).hexdigest()
    window = make_window()
    for name in window.panel_classes:
        window.state.update(panel=name)
    window.close()
    assert hashlib.sha256(bundled_db_path().read_bytes()).hexdigest() == before
