"""Table definitions shared by the bundled and the user database.

The column lists are the contract the panels, the importer and users' exports rely on.
``SCHEMA_VERSION`` goes into ``PRAGMA user_version``; ``migrate_user_db`` brings an older
user database up to date when it is opened.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 2

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

FLAG_MEANINGS: dict[str, str] = {
    "e": "estimate",
    "r": "revised",
    "er": "estimate, revised",
    "W": "withheld (company proprietary data)",
    "NA": "not available",
    "XX": "not applicable",
    "E": "net exporter",
    ">": "lower bound (value is 'more than')",
    "<": "upper bound (value is 'less than')",
    "range": "range (low-high), see value_low/value_high",
    "—": "zero or none (printed as a dash)",
    "0?": "0 or not reported (the source does not distinguish zero from not reported)",
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
    report TEXT
);
CREATE TABLE IF NOT EXISTS observations (
    dataset TEXT NOT NULL,
    stage TEXT,
    country_iso3 TEXT,
    year INTEGER,
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


def migrate_user_db(conn: sqlite3.Connection) -> None:
    """Bring a user database to ``SCHEMA_VERSION``; refuse one written by a newer app."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"the user database has schema version {version}, newer than this app's "
            f"{SCHEMA_VERSION}: update REE Desktop or pass another --user-db"
        )
    if version < SCHEMA_VERSION:
        with conn:
            create_schema(conn)
            conn.executescript(USER_TABLES_SQL)
