"""Your stage data and mines for ``filter_latency.py --user-series`` (issue 19), kept apart
so the bench stays short: the panels are then measured on your data."""

from __future__ import annotations

import random
import sqlite3

#: With --user-series: the panels show your data (issue 19): Value chain with "Source: yours",
#: Countries on the sum per country of the benchmark's 2,000 mines.
USER_OPTIONS = {"value_chain.source": "yours"}
MINES_SUM = "user:bench_mines:value::::*"
USER_COUNTRIES = ("CHN", "USA", "AUS", "MMR", "IND", "BRA", "CAN", "ZAF", "VNM", "RUS")


def fill_stages_and_items(conn: sqlite3.Connection, generator: random.Random) -> None:
    """Stage quantities (3 stages x 10 countries x 61 years, kind stage) and 2,000 mines in
    10 countries over 1990-2025 (about 64,000 rows, kind country with items, ~10 % of
    mine-years missing so sums are lower bounds)."""
    conn.execute("INSERT INTO datasets (id, title, unit, kind, origin, content) VALUES "
                 "('bench_stage', 'Benchmark stages', 't', 'user', 'bench', 'stage'), "
                 "('bench_mines', 'Benchmark mines', 't REO', 'user', 'bench', 'country')")
    conn.executemany(
        "INSERT INTO observations (dataset, stage, country_iso3, year, metric, value, unit) "
        "VALUES ('bench_stage', ?, ?, ?, 'value', ?, 't')",
        ((stage, code, year, 10 + generator.random() * 1000)
         for stage in ("refining", "metals", "magnet") for code in USER_COUNTRIES
         for year in range(1990, 2051)))
    conn.executemany(
        "INSERT INTO observations (dataset, country_iso3, year, item, metric, value, unit) "
        "VALUES ('bench_mines', ?, ?, ?, 'value', ?, 't REO')",
        ((USER_COUNTRIES[m % len(USER_COUNTRIES)], year, f"Mine {m:04d}",
          generator.random() * 5000) for m in range(2000) for year in range(1990, 2026)
         if generator.random() > 0.1))
