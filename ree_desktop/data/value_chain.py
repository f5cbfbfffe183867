"""Named queries for the Value-chain panel (no Qt): the frames its stages are built from.

Each returns a DataFrame with the observation columns plus country name and source
(publisher, title, URL), bundled and user data together.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ree_desktop.data.store import Store, country_name_sql
from ree_desktop.i18n import translate


@dataclass(frozen=True)
class ValueChainFrames:
    production: pd.DataFrame   # USGS mine production, every edition (t REO)
    chain: pd.DataFrame        # value_chain_shares: stated and derived shares (%)
    supply: pd.DataFrame       # supply_projections: IEA kt by country, base year and case
    us_end_use: pd.DataFrame   # USGS estimated U.S. end-use distribution (%)
    demand: pd.DataFrame       # demand_projections (IEA magnet REE demand by use, kt)
    deposits: pd.DataFrame     # deposit_composition: % of total REO by element
    bayan_obo: pd.DataFrame    # facts about the Bayan Obo mine
    user_stages: pd.DataFrame | None = None  # your stage shares/quantities (kind "stage")


def mine_production_all_editions(store: Store) -> pd.DataFrame:
    """Every edition, so shares can take numerator and denominator from the same one."""
    return store.mine_production(preferred_only=False)


def stage_shares(store: Store) -> pd.DataFrame:
    return store.observations("value_chain_shares", metric="share")


def supply(store: Store) -> pd.DataFrame:
    return store.observations("supply_projections", metric="supply")


def us_end_use(store: Store) -> pd.DataFrame:
    return store.observations("us_end_use", metric="share")


def magnet_demand(store: Store) -> pd.DataFrame:
    return store.observations("demand_projections", element="NdPrTbDy")


def deposit_composition(store: Store) -> pd.DataFrame:
    return store.observations("deposit_composition", metric="composition")


def bayan_obo_facts(store: Store) -> pd.DataFrame:
    return store.observations("bayan_obo", metric="fact")


def user_stages(store: Store) -> pd.DataFrame:
    """Your stage shares or quantities (datasets imported as kind ``stage``): stage, country,
    year, value and unit as imported, with the dataset title and your source."""
    frame = store.query(f"""
        SELECT o.dataset, d.title AS dataset_title, o.stage, o.country_iso3,
               {country_name_sql()} AS country, o.year, o.value, o.unit, o.flag, o.note,
               s.publisher AS source_publisher, s.title AS source, s.url AS source_url,
               o.source_id
        FROM user.observations o JOIN user.datasets d ON d.id = o.dataset
        LEFT JOIN main.countries c ON c.iso3 = o.country_iso3
        LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE d.content = 'stage' AND o.value IS NOT NULL AND o.year IS NOT NULL
          AND o.country_iso3 IS NOT NULL
        ORDER BY o.dataset, o.stage, o.year, o.country_iso3""")
    frame["source_publisher"] = frame["source_publisher"].fillna(
        translate("Data", "your data (no source given)"))
    return frame


def load(store: Store) -> ValueChainFrames:
    """All frames the panel needs, in one call."""
    return ValueChainFrames(
        production=mine_production_all_editions(store), chain=stage_shares(store),
        supply=supply(store), us_end_use=us_end_use(store), demand=magnet_demand(store),
        deposits=deposit_composition(store), bayan_obo=bayan_obo_facts(store),
        user_stages=user_stages(store))
