"""The Overview's headline figures, stored in the bundled database when it is built.

Why: the first panel then draws from a dozen plain rows, without pandas or the analysis
layer (docs/benchmarks.md, Start-up). The figures are computed at build time by
``analysis/headlines.py`` from the same rows the panel would query; each keeps its year,
flag and source. When the user database holds rows of a dataset a headline reads, the
stored figures may be out of date, and the Overview computes them live instead.
No pandas and no Qt here.

Titles and details are written from a translated template and the stored ``params`` (the
numbers and words a text is made of), so the Overview reads in the interface's language
from the same stored figures: ``shown_title`` and ``shown_detail``. The English texts are
stored too (exports and older builds).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from ree_desktop.data.terms import term
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

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
    history TEXT NOT NULL,  -- JSON [[year, value], ...], observed and projected points
    params TEXT NOT NULL DEFAULT '{}'  -- JSON: what the title and detail are made of
)"""

COLUMNS = ("key", "title", "value", "unit", "year", "flag", "source", "detail",
           "target_panel", "dashed_from", "history", "params")

#: Title templates by headline kind (the key, or its part before ``_`` for prices).
TITLES = {
    "world_production": QT_TRANSLATE_NOOP("Headlines", "World mine production"),
    "china_mining": QT_TRANSLATE_NOOP("Headlines", "China's share of mining"),
    "china_refining": QT_TRANSLATE_NOOP("Headlines", "China's share of separation/refining"),
    "china_magnet": QT_TRANSLATE_NOOP("Headlines", "China's share of magnet making"),
    "price": QT_TRANSLATE_NOOP("Headlines", "{element} oxide price"),
    "demand_growth": QT_TRANSLATE_NOOP("Headlines", "Magnet REE demand, {scenario} to {year}"),
}
#: Detail templates; ``{scope}``, ``{item}``, ``{basis}`` and ``{element}`` are data terms
#: (``terms.term``).
DETAILS = {
    "china_mining": QT_TRANSLATE_NOOP("Headlines",
                                      "{value:,.0f} of {world:,.0f} t REO ({edition})"),
    "china_refining": "{scope}",
    "china_magnet": "{scope}",
    "price": QT_TRANSLATE_NOOP("Headlines", "{item}, {basis}"),
    "demand_growth": QT_TRANSLATE_NOOP(
        "Headlines", "{base:.1f} kt ({base_year}) → {end:.1f} kt ({end_year})"),
}
TERM_PARAMS = ("scope", "item", "basis", "element")


def kind_of(key: str) -> str:
    return "price" if key.startswith("price_") else key


def headline_text(templates: dict[str, str], key: str, params: dict) -> str | None:
    """A title or detail from its template and ``params`` in the interface's language;
    None when ``key`` has no template or ``params`` lack a field (then the stored text)."""
    template = templates.get(kind_of(key))
    if template is None:
        return None
    words = {name: term(value) if name in TERM_PARAMS else value
             for name, value in params.items()}
    try:
        return translate("Headlines", template).format(**words)
    except (KeyError, ValueError, TypeError):  # a translation that lost a placeholder
        try:
            return template.format(**words)
        except (KeyError, ValueError, TypeError):
            return None


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
    params: tuple[tuple[str, object], ...] = ()  # (name, value): what the texts are made of

    def shown_title(self) -> str:
        """The title in the interface's language (the stored English without params)."""
        if not self.params and kind_of(self.key) in ("price", "demand_growth"):
            return self.title
        return headline_text(TITLES, self.key, dict(self.params)) or self.title

    def shown_detail(self) -> str:
        """The detail in the interface's language; empty stays empty."""
        if not self.params:
            return self.detail
        return headline_text(DETAILS, self.key, dict(self.params)) or self.detail

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
                   None if headline.dashed_from is None else int(headline.dashed_from),
                   tuple(sorted(headline.params.items())))


def write_headlines(conn: sqlite3.Connection, rows: list[HeadlineRow]) -> None:
    """Create the ``headlines`` table in ``conn``'s main database and fill it in order."""
    conn.execute(SCHEMA)
    conn.executemany(
        f"INSERT INTO headlines (position, {', '.join(COLUMNS)}) "
        f"VALUES ({', '.join('?' * (len(COLUMNS) + 1))})",
        [(position, row.key, row.title, row.value, row.unit, row.year, row.flag, row.source,
          row.detail, row.target_panel, row.dashed_from,
          json.dumps([list(point) for point in row.history]),
          json.dumps(dict(row.params), ensure_ascii=False, sort_keys=True))
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
        fields["params"] = tuple(sorted(json.loads(fields["params"] or "{}").items()))
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
