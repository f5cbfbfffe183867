"""Named queries for the Demand & trends panel: history (USGS) and projections (IEA).

No Qt here. Every row carries its source (publisher, title, URL, tier) so the panel can say
where a figure comes from. USGS history is in t REO (all rare earths); IEA projections are in
kt of magnet rare earths (Nd, Pr, Dy, Tb): the two are never mixed here either.
"""

from __future__ import annotations

import pandas as pd

from ree_desktop.data.store import Store, country_name_sql
from ree_desktop.i18n import translate

SOURCE_COLUMNS = """s.publisher AS source_publisher, s.title AS source, s.url AS source_url,
    s.tier AS source_tier, s.licence AS source_licence"""


def world_mine_production(store: Store) -> pd.DataFrame:
    """World mine production, t REO, one preferred row per year (USGS DS140/MYB/MCS)."""
    frame = store.mine_production(countries=["WLD"])
    return frame[["year", "value", "unit", "flag", "value_raw", "edition", "source_publisher",
                  "source", "source_url"]].reset_index(drop=True)


def us_apparent_consumption(store: Store) -> pd.DataFrame:
    """U.S. apparent consumption of rare earths, t REO (USGS DS140 salient statistics)."""
    return store.query(f"""
        SELECT o.year, o.value, o.unit, o.flag, o.value_raw, o.edition, {SOURCE_COLUMNS}
        FROM all_observations o LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE o.dataset = 'us_salient' AND o.metric = 'consumption'
              AND o.item = 'apparent_consumption' AND o.preferred = 1
        ORDER BY o.year""")


def demand_projections(store: Store) -> pd.DataFrame:
    """IEA magnet rare-earth demand rows: scenario, end use (item), element, year, kt."""
    return store.query(f"""
        SELECT o.scenario, o.item, o.element, o.year, o.value, o.unit, o.flag, o.edition,
               o.source_id, o.note, {SOURCE_COLUMNS}
        FROM all_observations o LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE o.dataset = 'demand_projections'
        ORDER BY o.scenario, o.item, o.element, o.year""")


def supply_projections(store: Store) -> pd.DataFrame:
    """IEA magnet rare-earth supply rows: scenario, stage, country, year, kt."""
    return store.query(f"""
        SELECT o.scenario, o.stage, o.country_iso3, {country_name_sql()} AS country, o.year,
               o.value, o.unit, o.flag, o.edition, o.source_id, o.note, {SOURCE_COLUMNS}
        FROM all_observations o
        LEFT JOIN main.countries c ON c.iso3 = o.country_iso3
        LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE o.dataset = 'supply_projections'
        ORDER BY o.stage, o.country_iso3, o.year""")


def user_paths(store: Store) -> pd.DataFrame:
    """Your demand or supply paths (datasets imported as kind ``path``): scenario, end use
    (item), year, value and unit as imported, with your source."""
    frame = store.query("""
        SELECT o.dataset, d.title AS dataset_title, o.scenario, o.item, o.year, o.value,
               o.unit, o.flag, o.note, s.publisher AS source_publisher, s.title AS source,
               s.url AS source_url
        FROM user.observations o JOIN user.datasets d ON d.id = o.dataset
        LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE d.content = 'path' AND o.value IS NOT NULL AND o.year IS NOT NULL
        ORDER BY o.dataset, o.scenario, o.item, o.year""")
    frame["source_publisher"] = frame["source_publisher"].fillna(
        translate("Data", "your data (no source given)"))
    return frame
