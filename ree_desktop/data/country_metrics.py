"""Named queries for the Countries panel: production, reserves and users' country datasets.

Every query returns every edition (``preferred`` marks the row the charts use), with the
country name and the source's publisher, title and URL, so each figure stays traceable.
"""

from __future__ import annotations

import pandas as pd

from ree_desktop.data.store import Store, country_name_sql
from ree_desktop.i18n import translate

COLUMNS = ["country_iso3", "country", "year", "value", "unit", "flag", "value_raw", "edition",
           "preferred", "source_publisher", "source", "source_url", "note"]


def _series(store: Store, dataset: str, metric: str) -> pd.DataFrame:
    """Every edition's country rows of one dataset and metric, with names and sources;
    with an imported USGS release, its rows compete by the preference rule (editions.py)."""
    from ree_desktop.data import editions

    mixed = editions.competing(
        store, dataset,
        f"o.country_iso3, {country_name_sql()} AS country, o.year, o.value, o.unit, o.flag, "
        "o.value_raw, "
        "o.edition, s.publisher AS source_publisher, s.title AS source, s.url AS source_url, "
        "o.note, o.stage, o.metric, o.element, o.scenario, o.item, o.basis",
        "LEFT JOIN main.countries c ON c.iso3 = o.country_iso3 "
        "LEFT JOIN all_sources s ON s.id = o.source_id",
        "o.country_iso3 IS NOT NULL AND o.year IS NOT NULL", [])
    if mixed is not None:
        mixed = mixed[mixed["metric"] == metric]
        return mixed.sort_values(["country_iso3", "year", "edition"])[COLUMNS] \
            .reset_index(drop=True)
    frame = store.query(f"""
        SELECT o.country_iso3, {country_name_sql()} AS country, o.year, o.value, o.unit, o.flag,
               o.value_raw, o.edition, o.preferred, s.publisher AS source_publisher,
               s.title AS source, s.url AS source_url, o.note
        FROM all_observations o
        LEFT JOIN main.countries c ON c.iso3 = o.country_iso3
        LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE o.dataset = ? AND o.metric = ?
          AND o.country_iso3 IS NOT NULL AND o.year IS NOT NULL
        ORDER BY o.country_iso3, o.year, o.edition""", (dataset, metric))
    return frame[COLUMNS]


def production(store: Store) -> pd.DataFrame:
    """Mine production (t REO), all editions, countries and aggregates (WLD, OTH)."""
    return _series(store, "mine_production", "production")


def reserves(store: Store) -> pd.DataFrame:
    """Reserves (t REO) as published; ``year`` is the MCS edition's year (not 'reserve base')."""
    return _series(store, "reserves", "reserves")


SERIES_FIELDS = ("stage", "element", "scenario", "item")


def user_metrics(store: Store) -> pd.DataFrame:
    """User datasets with country-year rows: one row per series (dataset, metric, stage,
    element, scenario, item), so one country-year never has two values in one series.

    User datasets live only in the user database: querying it directly (not the union
    views) lets SQLite use its indexes instead of copying every user row.
    """
    frame = store.query("""
        SELECT d.id AS dataset, d.title, o.metric, coalesce(o.stage, '') AS stage,
               coalesce(o.element, '') AS element, coalesce(o.scenario, '') AS scenario,
               coalesce(o.item, '') AS item, min(o.unit) AS unit, count(*) AS rows
        FROM user.datasets d JOIN user.observations o ON o.dataset = d.id
        WHERE o.country_iso3 IS NOT NULL AND o.year IS NOT NULL
          AND o.value IS NOT NULL AND coalesce(d.content, '') <> 'usgs_release'
        GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY d.title, o.metric, 4, 5, 6, 7""")
    return frame


def user_metric(store: Store, dataset: str, metric: str, stage: str = "", element: str = "",
                scenario: str = "", item: str = "") -> pd.DataFrame:
    """One series of a user dataset: its country-year observations, every edition."""
    frame = store.query(f"""
        SELECT o.country_iso3, coalesce({country_name_sql()}, o.country_iso3) AS country,
               o.year, o.value, o.unit, o.flag, o.value_raw, o.edition, o.preferred,
               coalesce(s.publisher, ? || ' ' || d.title) AS source_publisher,
               coalesce(s.title, d.title) AS source, s.url AS source_url, o.note
        FROM user.observations o
        JOIN user.datasets d ON d.id = o.dataset
        LEFT JOIN main.countries c ON c.iso3 = o.country_iso3
        LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE o.dataset = ? AND o.metric = ? AND coalesce(o.stage, '') = ?
          AND coalesce(o.element, '') = ? AND coalesce(o.scenario, '') = ?
          AND coalesce(o.item, '') = ? AND o.country_iso3 IS NOT NULL AND o.year IS NOT NULL
        ORDER BY o.country_iso3, o.year, o.edition""",
                         (_your_data(), dataset, metric, stage, element, scenario, item))
    return frame[COLUMNS]


def user_metric_items(store: Store, dataset: str, metric: str, stage: str = "",
                      element: str = "", scenario: str = "") -> pd.DataFrame:
    """Every item (company, mine) of one user series, the charted edition of each, with
    the item named: the rows a sum per country is made of (issue 19 item 6)."""
    frame = store.query(f"""
        SELECT o.country_iso3, coalesce({country_name_sql()}, o.country_iso3) AS country,
               o.year, o.value, o.unit, o.flag, o.value_raw, o.edition, o.preferred,
               coalesce(s.publisher, ? || ' ' || d.title) AS source_publisher,
               coalesce(s.title, d.title) AS source, s.url AS source_url, o.note,
               coalesce(o.item, '') AS item
        FROM user.observations o
        JOIN user.datasets d ON d.id = o.dataset
        LEFT JOIN main.countries c ON c.iso3 = o.country_iso3
        LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE o.dataset = ? AND o.metric = ? AND coalesce(o.stage, '') = ?
          AND coalesce(o.element, '') = ? AND coalesce(o.scenario, '') = ?
          AND o.preferred = 1 AND o.country_iso3 IS NOT NULL AND o.year IS NOT NULL
        ORDER BY o.country_iso3, o.year, o.item""",
                         (_your_data(), dataset, metric, stage, element, scenario))
    return frame[[*COLUMNS, "item"]]


def _your_data() -> str:
    """The publisher shown for a user row imported without a source: '… your data: title'."""
    return translate("Data", "your data:")


def country_list(store: Store) -> pd.DataFrame:
    """Countries for the picker (no aggregates): iso3, name (in the interface's language)
    and searchable text (English and Chinese names, aliases)."""
    frame = store.query(f"""
        SELECT c.iso3, {country_name_sql()} AS name, c.name AS name_en, c.name_zh, c.aliases,
               c.iso_numeric FROM main.countries c
        WHERE c.is_aggregate = 0 ORDER BY c.name""")
    frame["search"] = (frame["iso3"] + " " + frame["name_en"] + " "
                       + frame["name_zh"].fillna("") + " " + frame["aliases"].fillna(""))
    return frame
