"""Read access to the bundled database (read-only) and the user database, ATTACHed.

The bundled ``ree.db`` is opened with ``mode=ro&immutable=1``: SQLite itself refuses any
write, so nothing a user does can change it. The user database (same schema) is attached as
``user``; the temporary views ``all_observations`` and ``all_datasets`` union both, so every
named query sees bundled and imported data side by side. Queries return pandas DataFrames.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ree_desktop.data.errors import DataError, StoreError, describe_sqlite_error
from ree_desktop.data.schema import FLAG_MEANINGS
from ree_desktop.data.userdb import lock_timeout, open_user_db
from ree_desktop.i18n import QT_TRANSLATE_NOOP, language, translate
from ree_desktop.paths import bundled_db_path, default_user_db_path

__all__ = ["DataError", "Store", "StoreError", "country_name_sql", "flag_text",
           "open_user_db"]

if TYPE_CHECKING:  # pandas is imported on the first query: the first frame does not wait
    import pandas as pd

OBS_COLUMNS = ("dataset, stage, country_iso3, year, date, date_precision, element, scenario, "
               "metric, item, basis, value, value_low, value_high, value_raw, unit, flag, "
               "edition, preferred, source_id, note")

#: Markers a query adds (not stored): a sum over items where some items have no figure.
LOWER_BOUND_SUM = "≥"
SUM_FLAGS = {LOWER_BOUND_SUM: QT_TRANSLATE_NOOP(
    "Flags", "lower bound: the sum of the items with a figure this year; some of your "
             "items have none")}

SOURCE_COLUMNS = "id, publisher, title, year, url, licence, tier, origin, note"

# Query cache bounds (see Store.query): entries, and the largest result kept.
CACHE_ENTRIES = 24
CACHE_ROWS = 50_000


def country_name_sql(table: str = "c") -> str:
    """The SQL for a country's name in the interface's language (``countries`` aliased as
    ``table``): the Chinese name in zh_CN, English where a row has none. Every named query
    builds its ``country`` column with it, so every panel shows the same names; ``iso3``
    stays beside it, and ``Store.english_country_names`` serves the English exports."""
    if language() == "zh_CN":
        return f"coalesce({table}.name_zh, {table}.name)"
    return f"{table}.name"


class Store:
    """One connection: bundled database as ``main`` (read-only), user database as ``user``."""

    def __init__(self, bundled_path: Path | None = None, user_path: Path | None = None):
        self.bundled_path = Path(bundled_path or bundled_db_path())
        self.user_path = Path(user_path or default_user_db_path())
        if not self.bundled_path.is_file():
            raise DataError(translate("DataErrors", "bundled database not found: {path} (run: "
                                      "python -m ree_desktop.data.build)").format(
                path=self.bundled_path))
        open_user_db(self.user_path, self.bundled_path)
        uri = f"file:{self.bundled_path.as_posix()}?mode=ro&immutable=1"
        self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False,
                                    timeout=lock_timeout())
        try:
            self._attach()
        except sqlite3.Error as error:
            self.conn.close()
            raise describe_sqlite_error(error, self.user_path, lock_timeout()) from None

    def _attach(self) -> None:
        self.conn.execute("ATTACH DATABASE ? AS user", (str(self.user_path),))
        self.conn.executescript(f"""
            CREATE TEMP VIEW all_observations AS
                SELECT {OBS_COLUMNS} FROM main.observations
                UNION ALL SELECT {OBS_COLUMNS}
                FROM user.observations;
            CREATE TEMP VIEW all_datasets AS
                SELECT id, title, description, unit, kind, origin, imported_at, content
                FROM main.datasets
                UNION ALL SELECT id, title, description, unit, kind, origin, imported_at,
                content FROM user.datasets;
            CREATE TEMP VIEW all_sources AS
                SELECT {SOURCE_COLUMNS} FROM main.sources
                UNION ALL SELECT {SOURCE_COLUMNS} FROM user.sources;
        """)

    def close(self) -> None:
        self.conn.close()

    # -- generic ---------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence | dict = ()) -> pd.DataFrame:
        """Run a read query of the data layer's own (never user text) → DataFrame.

        Panels re-run the same queries on every filter change, so results (up to
        ``CACHE_ROWS`` rows) are kept until either database changes; callers get a copy.
        """
        import pandas as pd

        key = (sql, repr(params), *self.version())
        cache = self.__dict__.setdefault("_cache", OrderedDict())
        if key in cache:
            cache.move_to_end(key)
            return cache[key].copy()
        frame = pd.read_sql_query(sql, self.conn, params=params)
        if len(frame) <= CACHE_ROWS:
            cache[key] = frame.copy()
            while len(cache) > CACHE_ENTRIES:
                cache.popitem(last=False)
        return frame

    def version(self) -> tuple[int, int]:
        """Changes whenever either database changes (this connection's writes, or another
        connection's to the user database): a key for anything derived from the data."""
        return (self.conn.total_changes,
                self.conn.execute("PRAGMA user.data_version").fetchone()[0])

    def scalar(self, sql: str, params: Sequence = ()):
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @cached_property
    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM main.meta").fetchall())

    @property
    def country_names(self) -> dict[str, str]:
        """iso3 → the name shown, in the interface's language (read once per language)."""
        names = self.__dict__.setdefault("_country_names", {})
        key = language()
        if key not in names:
            names[key] = dict(self.conn.execute(
                f"SELECT c.iso3, {country_name_sql()} FROM main.countries c").fetchall())
        return names[key]

    @cached_property
    def english_country_names(self) -> dict[str, str]:
        """iso3 → English name, whatever the interface's language (CSV exports)."""
        return dict(self.conn.execute("SELECT iso3, name FROM main.countries").fetchall())

    def countries(self) -> pd.DataFrame:
        """Every country and aggregate; ``name`` in the interface's language, ``name_en``
        the English one."""
        return self.query(f"SELECT c.iso3, {country_name_sql()} AS name, c.name AS name_en, "
                          "c.name_zh, c.aliases, c.region, c.iso_numeric, c.is_aggregate "
                          "FROM main.countries c ORDER BY c.name")

    def country_list(self) -> list[tuple[str, str, str, str]]:
        """(iso3, name shown, the name in the other language, aliases) of every country, in
        English alphabetical order; tuples, not pandas. Both names stay searchable."""
        other = "c.name" if language() == "zh_CN" else "coalesce(c.name_zh, '')"
        return self.conn.execute(
            f"SELECT c.iso3, {country_name_sql()}, {other}, coalesce(c.aliases, '') "
            "FROM main.countries c WHERE c.is_aggregate = 0 ORDER BY c.name").fetchall()

    def sources(self) -> pd.DataFrame:
        return self.query("SELECT id, publisher, title, year, url, licence, tier, origin, note "
                          "FROM all_sources ORDER BY publisher, year, title")

    def source_count(self) -> int:
        return int(self.scalar("SELECT count(*) FROM all_sources"))

    # -- datasets --------------------------------------------------------------------------
    def datasets(self) -> pd.DataFrame:
        """Every dataset, bundled and user, with row count and its distinct publishers."""
        frame = self.query("""
            SELECT d.id, d.kind, d.content, d.title, d.unit, d.description, d.origin, d.imported_at,
                   (SELECT count(*) FROM all_observations o WHERE o.dataset = d.id) AS rows,
                   (SELECT group_concat(DISTINCT s.publisher) FROM all_observations o
                      JOIN all_sources s ON s.id = o.source_id
                     WHERE o.dataset = d.id) AS sources
            FROM all_datasets d ORDER BY d.kind, d.id""")
        frame["sources"] = frame["sources"].fillna("")
        return frame

    def dataset_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM all_datasets ORDER BY id")]

    def dataset_sources(self, dataset: str) -> pd.DataFrame:
        return self.query("""
            SELECT s.id, s.publisher, s.title, s.year, s.url, s.licence, s.tier,
                   count(*) AS rows
            FROM all_observations o JOIN all_sources s ON s.id = o.source_id
            WHERE o.dataset = ? GROUP BY s.id ORDER BY rows DESC, s.id""", (dataset,))

    def export_dataset(self, dataset: str) -> pd.DataFrame:
        """A dataset's observations in long format, with English country names (a CSV is
        machine-read) and sources."""
        if dataset not in self.dataset_ids():
            raise DataError(translate("DataErrors", "unknown dataset {name}; known: {known}")
                            .format(name=repr(dataset), known=", ".join(self.dataset_ids())))
        return self.query("""
            SELECT o.country_iso3, c.name AS country, o.year, o.value, o.unit, o.flag,
                   o.metric, o.stage, o.element, o.scenario, o.item, o.basis,
                   o.value_low, o.value_high, o.value_raw, o.edition, o.preferred,
                   s.publisher AS source_publisher, s.title AS source, s.url AS source_url,
                   o.note
            FROM all_observations o
            LEFT JOIN main.countries c ON c.iso3 = o.country_iso3
            LEFT JOIN all_sources s ON s.id = o.source_id
            WHERE o.dataset = ?
            ORDER BY o.metric, o.country_iso3, o.year, o.edition""", (dataset,))

    # -- tables for the data browser -------------------------------------------------------
    def table_names(self) -> list[tuple[str, str]]:
        """(schema, table) for every table of both databases."""
        names = []
        for schema in ("main", "user"):
            rows = self.conn.execute(
                f"SELECT name FROM {schema}.sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
            names += [(schema, r[0]) for r in rows]
        return names

    def table(self, schema: str, name: str) -> pd.DataFrame:
        if (schema, name) not in self.table_names():
            raise DataError(translate("DataErrors", "no table {table}").format(
                table=f"{schema}.{name}"))
        quoted = '"' + name.replace('"', '""') + '"'
        return self.query(f"SELECT * FROM {schema}.{quoted}")

    # -- named queries for the panels ------------------------------------------------------
    def mine_production(self, years: tuple[int, int] | None = None,
                        countries: Sequence[str] | None = None,
                        preferred_only: bool = True) -> pd.DataFrame:
        """Mine production (t REO) with flags and sources; aggregates included (WLD, OTH).
        With an imported USGS release, its rows compete by the preference rule at query time
        (editions.py): a newer edition wins and the bundled figure shows as a revision."""
        mixed = self._mine_production_editions(years, countries)
        if mixed is not None:
            return mixed[mixed["preferred"] == 1].reset_index(drop=True) if preferred_only \
                else mixed
        clauses = ["o.dataset = 'mine_production'", "o.metric = 'production'"]
        params: list = []
        if preferred_only:
            clauses.append("o.preferred = 1")
        if years:
            clauses.append("o.year BETWEEN ? AND ?")
            params += [int(years[0]), int(years[1])]
        if countries:
            clauses.append(f"o.country_iso3 IN ({','.join('?' * len(countries))})")
            params += list(countries)
        return self.query(f"""
            SELECT o.country_iso3, {country_name_sql()} AS country, c.is_aggregate, o.year, o.value,
                   o.unit, o.flag, o.value_raw, o.edition, o.preferred,
                   s.publisher AS source_publisher, s.title AS source, s.url AS source_url, o.note
            FROM all_observations o
            LEFT JOIN main.countries c ON c.iso3 = o.country_iso3
            LEFT JOIN all_sources s ON s.id = o.source_id
            WHERE {' AND '.join(clauses)}
            ORDER BY o.year, o.country_iso3, o.edition""", params)

    def _mine_production_editions(self, years: tuple[int, int] | None,
                                  countries: Sequence[str] | None) -> pd.DataFrame | None:
        """Bundled and released mine production, every edition, ``preferred`` re-decided;
        None without a release (then the bundled column is the answer, at no cost)."""
        from ree_desktop.data import editions

        where, params = ["o.metric = 'production'"], []
        if years:
            where.append("o.year BETWEEN ? AND ?")
            params += [int(years[0]), int(years[1])]
        if countries:
            where.append(f"o.country_iso3 IN ({','.join('?' * len(countries))})")
            params += list(countries)
        mixed = editions.competing(
            self, "mine_production",
            f"o.country_iso3, {country_name_sql()} AS country, c.is_aggregate, o.year, "
            "o.value, o.unit, o.flag, o.value_raw, o.edition, s.publisher AS source_publisher, "
            "s.title AS source, s.url AS source_url, o.note, o.stage, o.metric, o.element, "
            "o.scenario, o.item, o.basis",
            "LEFT JOIN main.countries c ON c.iso3 = o.country_iso3 "
            "LEFT JOIN all_sources s ON s.id = o.source_id", " AND ".join(where), params)
        if mixed is None:
            return None
        columns = ["country_iso3", "country", "is_aggregate", "year", "value", "unit", "flag",
                   "value_raw", "edition", "preferred", "source_publisher", "source",
                   "source_url", "note"]
        return mixed.sort_values(["year", "country_iso3", "edition"])[columns] \
            .reset_index(drop=True)

    def prices(self, elements: Sequence[str] | None = None,
               preferred_only: bool = True) -> pd.DataFrame:
        clauses = ["o.dataset = 'prices'"]
        params: list = []
        if preferred_only:
            clauses.append("o.preferred = 1")
        if elements:
            clauses.append(f"o.element IN ({','.join('?' * len(elements))})")
            params += list(elements)
        return self.query(f"""
            SELECT o.element, o.item, o.basis, o.year, o.value, o.value_low, o.value_high,
                   o.unit, o.flag, o.edition, o.preferred, s.publisher AS source_publisher,
                   s.title AS source, s.url AS source_url, o.note
            FROM all_observations o LEFT JOIN all_sources s ON s.id = o.source_id
            WHERE {' AND '.join(clauses)} ORDER BY o.item, o.year""", params)

    def observations(self, dataset: str, **equals) -> pd.DataFrame:
        """Observations of one dataset, filtered by exact column values (column names fixed)."""
        allowed = {"stage", "metric", "country_iso3", "scenario", "element", "item", "year",
                   "preferred"}
        clauses, params = ["o.dataset = ?"], [dataset]
        for column, value in equals.items():
            if column not in allowed:
                raise ValueError(f"cannot filter on {column!r}")
            clauses.append(f"o.{column} = ?")
            params.append(value)
        return self.query(f"""
            SELECT o.*, {country_name_sql()} AS country, s.publisher AS source_publisher,
                   s.title AS source, s.url AS source_url
            FROM all_observations o
            LEFT JOIN main.countries c ON c.iso3 = o.country_iso3
            LEFT JOIN all_sources s ON s.id = o.source_id
            WHERE {' AND '.join(clauses)}
            ORDER BY o.year, o.country_iso3""", params)

    def year_bounds(self) -> tuple[int, int]:
        low, high = self.conn.execute(
            "SELECT min(year), max(year) FROM all_observations WHERE dataset='mine_production'"
        ).fetchone()
        return int(low), int(high)


def flag_text(flag: str | None) -> str:
    """Plain words for a flag, for tooltips and tables; several markers (``e,E``) each."""
    if not flag or not isinstance(flag, str):
        return ""
    meanings = {**FLAG_MEANINGS, **SUM_FLAGS}
    if flag in meanings:
        return translate("Flags", meanings[flag])
    separator = translate("Flags", "; ")
    return separator.join(translate("Flags", meanings[m.strip()]) if m.strip() in meanings
                          else m.strip() for m in flag.split(",") if m.strip())
