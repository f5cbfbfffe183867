"""Overview headlines from hand-made frames: latest year, flags, gaps, growth."""

from __future__ import annotations

import math

import pandas as pd

from ree_desktop.analysis import headlines as hl


def production(rows):
    return pd.DataFrame(rows, columns=["country_iso3", "year", "value", "flag", "edition",
                                       "preferred", "source", "source_publisher"])


def test_world_production_takes_latest_preferred_year_with_a_value():
    frame = production([
        ("WLD", 2023, 350000.0, None, "MCS2025", 1, "USGS MCS 2025", "USGS"),
        ("WLD", 2024, 390000.0, "e", "MCS2025", 0, "USGS MCS 2025", "USGS"),
        ("WLD", 2024, 380000.0, "e", "MCS2026", 1, "USGS MCS 2026", "USGS"),
        ("WLD", 2025, None, "NA", "MCS2026", 1, "USGS MCS 2026", "USGS"),
    ])
    headline = hl.world_production(frame)
    assert (headline.year, headline.value, headline.flag) == (2024, 380000.0, "e")
    assert "MCS 2026" in headline.source
    assert list(headline.history.index) == [2023, 2024]


def test_china_share_uses_one_edition():
    frame = production([
        ("WLD", 2024, 380000.0, "e", "MCS2026", 1, "USGS MCS 2026", "USGS"),
        ("CHN", 2024, 270000.0, "e", "MCS2026", 1, "USGS MCS 2026", "USGS"),
        ("USA", 2024, 45000.0, "e", "MCS2026", 1, "USGS MCS 2026", "USGS"),
        ("WLD", 2024, 390000.0, "e", "MCS2025", 0, "USGS MCS 2025", "USGS"),
    ])
    headline = hl.china_mining_share(frame)
    assert math.isclose(headline.value, 100 * 270000 / 380000)
    assert "270,000 of 380,000" in headline.detail


def test_empty_inputs_say_no_data_instead_of_zero():
    empty = production([])
    assert hl.world_production(empty).value is None
    assert hl.china_mining_share(empty).value is None


def test_demand_growth_is_the_compound_rate_between_base_and_end_year():
    demand = pd.DataFrame({
        "item": ["Total demand"] * 3, "element": ["NdPrTbDy"] * 3,
        "scenario": ["Base year", "STEPS", "STEPS"], "year": [2024, 2030, 2040],
        "value": [100.0, 120.0, 200.0], "source": ["IEA"] * 3, "edition": [None] * 3,
        "source_publisher": ["IEA"] * 3})
    headline = hl.demand_growth(demand, "STEPS", 2040)
    assert math.isclose(headline.value, 100 * (2 ** (1 / 16) - 1))
    assert headline.dashed_from == 2025


def test_demand_growth_sparkline_ends_where_its_title_does():
    """'… to 2040': the IEA path's 2045 and 2050 points are not drawn on the card."""
    demand = pd.DataFrame({
        "item": ["Total demand"] * 4, "element": ["NdPrTbDy"] * 4,
        "scenario": ["Base year", "STEPS", "STEPS", "STEPS"], "year": [2024, 2030, 2040, 2050],
        "value": [100.0, 120.0, 200.0, 260.0], "source": ["IEA"] * 4, "edition": [None] * 4,
        "source_publisher": ["IEA"] * 4})
    headline = hl.demand_growth(demand, "STEPS", 2040)
    assert list(headline.history.index) == [2024, 2030, 2040]
