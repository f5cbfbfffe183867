"""Table definitions shared by the bundled and the user database.

The column lists are the contract the panels, the importer and users' exports rely on.
``SCHEMA_VERSION`` goes into ``PRAGMA user_version``; ``migrate_user_db`` brings an older
user database up to date when it is opened, in ONE transaction whose last step bumps the
version, so an interrupted upgrade leaves the file exactly as it was. User databases carry
``APPLICATION_ID`` (``PRAGMA application_id``) so the app never mistakes another program's
SQLite file for its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ree_desktop.i18n import QT_TRANSLATE_NOOP

SCHEMA_VERSION = 3
APPLICATION_ID = 0x52454544  # "REED": marks a REE Desktop user database

# Table sets of user databases made before the application_id mark (versions 1 and 2).
USER_TABLES = frozenset({"sources", "countries", "datasets", "observations", "events",
                         "bookmarks"})
CORE_TABLES = USER_TABLES - {"bookmarks"}

# Tests set this to interrupt a migration after step k (raise, or kill the process).
migration_hook: Callable[[int], None] | None = None

STAGES = ("mining", "refining", "metal", "magnet", "end_use")

# Codes for aggregates that are not countries. They never count as countries in shares.
AGGREGATES: dict[str, str] = {
    "WLD": "World",
    "OTH": "Other countries",
    "ROW": "Rest of world",
    "TP3": "Top 3 countries",
    "XCS": "Commonwealth of Independent States",
    "EUU": "European Union",
    "XEU": "Europe",
}

# Their Chinese names (ISO 3166 has none for aggregates), as Chinese statistics write them.
AGGREGATES_ZH: dict[str, str] = {
    "WLD": "世界",
    "OTH": "其他国家",
    "ROW": "世界其他地区",
    "TP3": "前三国家",
    "XCS": "独联体",
    "EUU": "欧盟",
    "XEU": "欧洲",
}

# Marked for translation (context "Flags"); ``store.flag_text`` translates them.
FLAG_MEANINGS: dict[str, str] = {
    "e": QT_TRANSLATE_NOOP("Flags", "estimate"),
    "r": QT_TRANSLATE_NOOP("Flags", "revised"),
    "er": QT_TRANSLATE_NOOP("Flags", "estimate, revised"),
    "W": QT_TRANSLATE_NOOP("Flags", "withheld (company proprietary data)"),
    "NA": QT_TRANSLATE_NOOP("Flags", "not available"),
    "XX": QT_TRANSLATE_NOOP("Flags", "not applicable"),
    "E": QT_TRANSLATE_NOOP("Flags", "net exporter"),
    ">": QT_TRANSLATE_NOOP("Flags", "lower bound (value is 'more than')"),
    "<": QT_TRANSLATE_NOOP("Flags", "upper bound (value is 'less than')"),
    "range": QT_TRANSLATE_NOOP("Flags", "range (low-high), see value_low/value_high"),
    "—": QT_TRANSLATE_NOOP("Flags", "zero or none (printed as a dash)"),
    "0?": QT_TRANSLATE_NOOP("Flags", "0 or not reported (the source does not distinguish "
                                     "zero from not reported)"),
}

TABLES_SQL = """
CREATE TABLE IF NOT EXISTS sources (
    id TEXT PRIMARY KEY,
    publisher TEXT NOT NULL,
    title TEXT NOT NULL,
    year INTEGER,
    url TEXT NOT NULL CHECK (url <> ''),
    licence TEXT NOT NULL,
    tier TEXT,
    origin TEXT,
    note TEXT
);
CREATE TABLE IF NOT EXISTS countries (
    iso3 TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_zh TEXT,
    aliases TEXT,
    region TEXT,
    iso_numeric TEXT,
    is_aggregate INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS datasets (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT,
    unit TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('bundled', 'user')),
    origin TEXT,
    imported_at TEXT,
    report TEXT,
    content TEXT
);
CREATE TABLE IF NOT EXISTS observations (
    dataset TEXT NOT NULL,
    stage TEXT,
    country_iso3 TEXT,
    year INTEGER,
    date TEXT,
    date_precision TEXT CHECK (date_precision IN ('quarter', 'month', 'day')),
    element TEXT,
    scenario TEXT,
    metric TEXT NOT NULL,
    item TEXT,
    basis TEXT,
    value REAL,
    value_low REAL,
    value_high REAL,
    value_raw TEXT,
    unit TEXT,
    flag TEXT,
    edition TEXT,
    preferred INTEGER NOT NULL DEFAULT 1,
    source_id TEXT,
    note TEXT
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    date_precision TEXT NOT NULL CHECK (date_precision IN ('year', 'month', 'day')),
    title TEXT NOT NULL,
    detail TEXT,
    category TEXT,
    countries TEXT,
    elements TEXT,
    source_id TEXT,
    note TEXT
);
"""

# Tables only the user database has (version 2: bookmarks of saved views).
USER_TABLES_SQL = """
CREATE TABLE IF NOT EXISTS bookmarks (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    state TEXT NOT NULL,
    created TEXT NOT NULL
);
"""

INDEXES_SQL = """
CREATE INDEX IF NOT EXISTS idx_obs_dataset_metric_year ON observations(dataset, metric, year);
CREATE INDEX IF NOT EXISTS idx_obs_stage_year ON observations(stage, year);
CREATE INDEX IF NOT EXISTS idx_obs_country_year ON observations(country_iso3, year);
CREATE INDEX IF NOT EXISTS idx_events_date ON events(date);
"""


def create_schema(conn: sqlite3.Connection) -> None:
    """Create every table and index (idempotent) and stamp the schema version."""
    conn.executescript(TABLES_SQL + INDEXES_SQL)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]


# Columns added to an existing table since version 1 (version 3: the publisher a source's
# figure originates with, and dates with precision).
ADDED_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("sources", "origin", "TEXT"),
    ("datasets", "content", "TEXT"),  # the dataset kind: country, price, stage, path, other
    ("observations", "date", "TEXT"),
    ("observations", "date_precision",
     "TEXT CHECK (date_precision IN ('quarter', 'month', 'day'))"),
)

# Only the bundled database holds the events' Chinese title and detail (beside the English
# ones): events are bundled data, so user databases are not migrated for them.
BUNDLED_EVENT_COLUMNS_SQL = """
ALTER TABLE events ADD COLUMN title_zh TEXT;
ALTER TABLE events ADD COLUMN detail_zh TEXT;
"""


def migration_steps(conn: sqlite3.Connection | None = None) -> list[str]:
    """Every statement that brings an older user database to the current schema, in order,
    the version bump last. Without ``conn`` the steps for a version-1 file; with it, the
    ALTERs for columns the file already has are left out (ALTER is not idempotent)."""
    alters = []
    for table, column, kind in ADDED_COLUMNS:
        if conn is not None:
            present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            if not present or column in present:
                continue  # a missing table is created whole; a present column stays
        alters.append(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    return (alters + _statements(TABLES_SQL) + _statements(USER_TABLES_SQL)
            + _statements(INDEXES_SQL)
            + [f"PRAGMA application_id = {APPLICATION_ID}",
               f"PRAGMA user_version = {SCHEMA_VERSION}"])


def missing_columns(conn: sqlite3.Connection, schema: str = "main") -> list[tuple[str, str]]:
    """Added columns an existing table lacks (a file upgraded by a build that forgot one)."""
    missing = []
    for table, column, _kind in ADDED_COLUMNS:
        present = {row[1] for row in conn.execute(f"PRAGMA {schema}.table_info({table})")}
        if present and column not in present:
            missing.append((table, column))
    return missing


def needs_migration(conn: sqlite3.Connection, schema: str = "main") -> bool:
    version = conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0]
    app_id = conn.execute(f"PRAGMA {schema}.application_id").fetchone()[0]
    return (version < SCHEMA_VERSION or app_id != APPLICATION_ID
            or bool(missing_columns(conn, schema)))


def migrate_user_db(conn: sqlite3.Connection) -> None:
    """Bring a user database to ``SCHEMA_VERSION`` in one transaction (version bump last).

    Interrupted at any step — an exception, a kill, a power cut — SQLite rolls the whole
    upgrade back and the file stays at its old version, still readable by this app.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"the user database has schema version {version}, newer than this app's "
            f"{SCHEMA_VERSION}: update REE Desktop or pass another --user-db"
        )
    if not needs_migration(conn):
        return
    if conn.in_transaction:
        conn.commit()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step, sql in enumerate(migration_steps(conn)):
            conn.execute(sql)
            if migration_hook is not None:
                migration_hook(step)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
