"""The Overview's headline figures, stored in the bundled database when it is built.

Why: the first panel then draws from a dozen plain rows, without pandas or the analysis
layer (docs/benchmarks.md, Start-up). The figures are computed at build time by
``analysis/headlines.py`` from the same rows the panel would query; each keeps its year,
flag and source. When the user database holds rows of a dataset a headline reads, the
stored figures may be out of date, and the Overview computes them live instead.
No pandas and no Qt here.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

#: The datasets the headlines are computed from (see OverviewPanel / analysis.headlines).
HEADLINE_DATASETS = ("mine_production", "value_chain_shares", "prices", "demand_projections")

SCHEMA = """
CREATE TABLE headlines (
    position INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    value REAL,
    unit TEXT NOT NULL,
    year INTEGER,
    flag TEXT,
    source TEXT NOT NULL,
    detail TEXT NOT NULL,
    target_panel TEXT NOT NULL,
    dashed_from INTEGER,
    history TEXT NOT NULL  -- JSON [[year, value], ...], observed and projected points
)"""

COLUMNS = ("key", "title", "value", "unit", "year", "flag", "source", "detail",
           "target_panel", "dashed_from", "history")


@dataclass(frozen=True)
class HeadlineRow:
    """One headline as the Overview shows it; ``history`` is ((year, value), ...)."""

    key: str
    title: str
    value: float | None
    unit: str
    year: int | None
    flag: str | None
    source: str
    detail: str = ""
    target_panel: str = ""
    history: tuple[tuple[int, float], ...] = ()
    dashed_from: int | None = None

    @classmethod
    def from_headline(cls, headline) -> HeadlineRow:
        """From an ``analysis.headlines.Headline`` (its history a pandas Series)."""
        history = headline.history.dropna()
        points = tuple((int(year), float(value)) for year, value in history.items())
        flag = headline.flag if isinstance(headline.flag, str) and headline.flag else None
        return cls(headline.key, headline.title,
                   None if headline.value is None else float(headline.value),
                   headline.unit, None if headline.year is None else int(headline.year),
                   flag, headline.source or "", headline.detail or "",
                   headline.target_panel or "", points,
                   None if headline.dashed_from is None else int(headline.dashed_from))


def write_headlines(conn: sqlite3.Connection, rows: list[HeadlineRow]) -> None:
    """Create the ``headlines`` table in ``conn``'s main database and fill it in order."""
    conn.execute(SCHEMA)
    conn.executemany(
        f"INSERT INTO headlines (position, {', '.join(COLUMNS)}) "
        f"VALUES ({', '.join('?' * (len(COLUMNS) + 1))})",
        [(position, row.key, row.title, row.value, row.unit, row.year, row.flag, row.source,
          row.detail, row.target_panel, row.dashed_from,
          json.dumps([list(point) for point in row.history]))
         for position, row in enumerate(rows)])


def read_headlines(conn: sqlite3.Connection, schema: str = "main") -> list[HeadlineRow] | None:
    """The stored headlines, or None when the database has none (an older build)."""
    try:
        rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM {schema}.headlines "
                            "ORDER BY position").fetchall()
    except sqlite3.OperationalError:
        return None
    if not rows:
        return None
    result = []
    for row in rows:
        fields = dict(zip(COLUMNS, row, strict=True))
        fields["history"] = tuple((int(year), float(value))
                                  for year, value in json.loads(fields["history"]))
        result.append(HeadlineRow(**fields))
    return result


def user_has_headline_data(conn: sqlite3.Connection, schema: str = "user") -> bool:
    """True when the user database holds rows of a dataset the headlines read."""
    marks = ", ".join("?" * len(HEADLINE_DATASETS))
    try:
        row = conn.execute(f"SELECT EXISTS (SELECT 1 FROM {schema}.observations "
                           f"WHERE dataset IN ({marks}))", HEADLINE_DATASETS).fetchone()
    except sqlite3.OperationalError:  # no user database attached: nothing newer
        return False
    return bool(row[0])
