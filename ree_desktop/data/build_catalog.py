"""What the build writes besides observations: the dataset catalogue, and the names it maps.

Kept apart from ``build.py`` so the loaders stay short; ``build`` re-exports these names.
Dataset titles are stored in English and marked for translation: ``data.terms.term(title)``
shows one in the interface's language.
"""

from __future__ import annotations

from ree_desktop.i18n import QT_TRANSLATE_NOOP

AGGREGATE_NAMES = {
    "world": "WLD",
    "other countries": "OTH",
    "rest of world": "ROW",
    "commonwealth of independent states": "XCS",
    "europe": "XEU",
}

DATASETS: list[dict] = [
    {"id": "mine_production", "title": QT_TRANSLATE_NOOP("Terms", "Mine production by country"),
     "description": "World and country mine production of rare earths, all USGS editions "
                    "kept; `preferred` marks the figure the written rule picks per "
                    "country-year (SOURCES.md).",
     "unit": "t REO"},
    {"id": "reserves", "title": QT_TRANSLATE_NOOP("Terms", "Reserves by country"),
     "description": "Rare earth reserves (and the older 'reserve base') by country, per MCS "
                    "edition; year is the edition year.", "unit": "t REO"},
    {"id": "prices", "title": QT_TRANSLATE_NOOP("Terms", "Rare earth prices"),
     "description": "Annual average oxide prices (mostly China FOB, via Argus/Asian Metal), "
                    "year-end ranges 2011-2015, and the US unit value 1900-2020.",
     "unit": "USD/kg; USD/t REO"},
    {"id": "us_salient", "title": QT_TRANSLATE_NOOP("Terms", "US salient statistics"),
     "description": "US production, trade, apparent consumption, employment and net import "
                    "reliance.", "unit": "t REO; percent; number"},
    {"id": "us_end_use", "title": QT_TRANSLATE_NOOP("Terms", "US end uses"),
     "description": "Estimated distribution of US rare earth consumption by end use.",
     "unit": "%"},
    {"id": "us_import_sources", "title": QT_TRANSLATE_NOOP("Terms", "US import sources"),
     "description": "US import sources of rare earth compounds and metals (% or rank), "
                    "year is the last year of the period.", "unit": "%"},
    {"id": "value_chain_shares", "title": QT_TRANSLATE_NOOP("Terms", "Value-chain shares by stage"),
     "description": "Country shares of mining, separation/refining and magnet making (IEA, "
                    "USGS, press). IEA shares cover magnet rare earths only.", "unit": "%"},
    {"id": "demand_projections",
     "title": QT_TRANSLATE_NOOP("Terms", "Magnet rare earth demand projections (IEA)"),
     "description": "IEA demand for magnet rare earths (Nd, Pr, Tb, Dy) by end use and "
                    "scenario (STEPS, APS, NZE), 2024-2050.", "unit": "kt"},
    {"id": "supply_projections",
     "title": QT_TRANSLATE_NOOP("Terms", "Magnet rare earth supply projections (IEA)"),
     "description": "IEA mining and refining supply of magnet rare earths by country, base "
                    "case, 2024-2040.", "unit": "kt"},
    {"id": "quotas", "title": QT_TRANSLATE_NOOP("Terms", "China's rare earth quotas"),
     "description": "China's mining, smelting/separation and export quotas by year and batch.",
     "unit": "t REO"},
    {"id": "bayan_obo", "title": QT_TRANSLATE_NOOP("Terms", "Bayan Obo facts"),
     "description": "Facts about the Bayan Obo mine near Baotou, Inner Mongolia.",
     "unit": "various"},
    {"id": "deposit_composition",
     "title": QT_TRANSLATE_NOOP("Terms", "Element make-up of major deposits"),
     "description": "Share of each rare earth element in the ores of 13 deposits (USGS MYB "
                    "2022 table 2).", "unit": "% of total REO"},
]

US_SALIENT_METRICS = {
    "apparent_consumption": "consumption",
    "exports": "exports",
    "imports": "imports",
    "production": "production",
    "net_import_reliance": "net_import_reliance",
    "employment": "employment",
}
