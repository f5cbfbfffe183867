"""Named queries for the Prices & events panel: prices, year-end ranges, events, quotas.

No Qt here. Every query returns the source (publisher, title, URL) with each row, so the
panel can show where a figure comes from without writing SQL of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from ree_desktop.data.store import Store
from ree_desktop.i18n import language, translate

#: Element codes as stored, and the aliases users type (CLI ``--elements NdPr``).
ELEMENT_ALIASES = {"ndpr": "Nd+Pr", "nd+pr": "Nd+Pr", "cela": "Ce+La", "ce+la": "Ce+La",
                   "mischmetal": "Ce+La", "monazite": "mixed", "unit value": "all",
                   "us": "all"}

YEAR_END_RANGE = "year-end price range"

PRICE_COLUMNS = """o.element, o.item, o.basis, o.year, o.value, o.value_low, o.value_high,
    o.unit, o.flag, o.edition, o.preferred, s.publisher AS source_publisher,
    s.title AS source, s.url AS source_url, o.note"""


def canonical_elements(names: Sequence[str], known: Sequence[str]) -> list[str]:
    """Map user spellings (``NdPr``, ``nd``) to stored element codes; unknown names dropped."""
    by_lower = {code.lower(): code for code in known}
    result: list[str] = []
    for name in names:
        key = name.strip().lower()
        code = by_lower.get(key) or ELEMENT_ALIASES.get(key)
        if code and code in known and code not in result:
            result.append(code)
    return result


def price_elements(store: Store) -> pd.DataFrame:
    """Every priced element: code, a describing item name, its units and year span."""
    return store.query("""
        SELECT o.element, min(o.item) AS item, group_concat(DISTINCT o.unit) AS units,
               min(o.year) AS first_year, max(o.year) AS last_year, count(*) AS rows
        FROM all_observations o WHERE o.dataset = 'prices'
        GROUP BY o.element ORDER BY o.element""")


def price_series(store: Store, elements: Sequence[str],
                 years: tuple[int, int] | None = None) -> pd.DataFrame:
    """Preferred annual prices (one edition per item-year), year-end ranges excluded."""
    if not elements:
        return store.query(f"SELECT {PRICE_COLUMNS} FROM all_observations o "
                           "LEFT JOIN all_sources s ON s.id = o.source_id WHERE 0")
    clauses, params = _price_filter(elements, years)
    return store.query(f"""
        SELECT {PRICE_COLUMNS}
        FROM all_observations o LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE o.dataset = 'prices' AND o.preferred = 1 AND o.basis != ?
              AND {' AND '.join(clauses)}
        ORDER BY o.element, o.item, o.year""", [YEAR_END_RANGE, *params])


def price_ranges(store: Store, elements: Sequence[str],
                 years: tuple[int, int] | None = None) -> pd.DataFrame:
    """Year-end price ranges (low/high). Never 'preferred' in the build, so not filtered."""
    if not elements:
        return price_series(store, [])
    clauses, params = _price_filter(elements, years)
    return store.query(f"""
        SELECT {PRICE_COLUMNS}
        FROM all_observations o LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE o.dataset = 'prices' AND o.basis = ? AND {' AND '.join(clauses)}
        ORDER BY o.element, o.item, o.year, o.edition""", [YEAR_END_RANGE, *params])


def _price_filter(elements: Sequence[str], years: tuple[int, int] | None
                  ) -> tuple[list[str], list]:
    clauses = [f"o.element IN ({','.join('?' * len(elements))})"]
    params: list = list(elements)
    if years:
        clauses.append("o.year BETWEEN ? AND ?")
        params += [int(years[0]), int(years[1])]
    return clauses, params


def event_text_sql(store: Store, column: str, table: str = "e") -> str:
    """An event's ``title`` or ``detail`` in the interface's language: the Chinese text
    stored beside the English one in zh_CN, the English where it has none (or where the
    bundled database predates the Chinese columns)."""
    if language() == "zh_CN" and f"{column}_zh" in _event_columns(store):
        return f"coalesce(nullif({table}.{column}_zh, ''), {table}.{column})"
    return f"{table}.{column}"


def _event_columns(store: Store) -> set[str]:
    return {row[1] for row in store.conn.execute("PRAGMA main.table_info(events)")}


def events(store: Store) -> pd.DataFrame:
    """All events with their source, title and detail in the interface's language
    (``title_en`` keeps the English); countries/elements stay ';'-separated text."""
    frame = store.query(f"""
        SELECT e.id, e.date, e.date_precision, {event_text_sql(store, "title")} AS title,
               {event_text_sql(store, "detail")} AS detail, e.title AS title_en, e.category,
               e.countries, e.elements, s.publisher AS source_publisher,
               s.title AS source, s.url AS source_url, e.note
        FROM main.events e LEFT JOIN main.sources s ON s.id = e.source_id
        ORDER BY e.date, e.id""")
    for column in ("detail", "category", "countries", "elements", "source_publisher",
                   "source", "source_url", "note"):
        frame[column] = frame[column].fillna("")
    return frame


def china_quotas(store: Store) -> pd.DataFrame:
    """China's quotas, every batch and edition, with the item split into its three parts."""
    frame = store.query("""
        SELECT o.year, o.item, o.basis, o.value, o.unit, o.flag, o.edition, o.note,
               s.publisher AS source_publisher, s.title AS source, s.url AS source_url
        FROM all_observations o LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE o.dataset = 'quotas' ORDER BY o.year, o.item""")
    parts = frame["item"].str.split(" | ", n=2, regex=False)
    frame["quota_type"] = parts.str[0].str.strip()
    frame["category"] = parts.str[1].fillna("").str.strip()
    frame["period"] = parts.str[2].fillna(frame["basis"]).str.strip()
    return frame


def china_mine_production(store: Store, years: tuple[int, int] | None = None
                          ) -> pd.DataFrame:
    """China's preferred mine production (t REO) with flag, edition, note and source."""
    clauses = ["o.dataset = 'mine_production'", "o.metric = 'production'",
               "o.country_iso3 = 'CHN'", "o.preferred = 1"]
    params: list = []
    if years:
        clauses.append("o.year BETWEEN ? AND ?")
        params += [int(years[0]), int(years[1])]
    return store.query(f"""
        SELECT o.year, o.value, o.unit, o.flag, o.edition, o.note,
               s.publisher AS source_publisher, s.title AS source, s.url AS source_url
        FROM all_observations o LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE {' AND '.join(clauses)} ORDER BY o.year""", params)


def user_price_series(store: Store, elements: Sequence[str], known: Sequence[str],
                      years: tuple[int, int] | None = None) -> pd.DataFrame:
    """Your price series (datasets imported as kind ``price``) whose element names one of
    ``elements`` (``NdPr oxide`` → Nd+Pr), at their own dates, with your source; units as
    imported (never converted). ``element`` holds the bundled code, ``item`` your label."""
    frame = store.query("""
        SELECT o.dataset, d.title AS dataset_title, o.element AS user_element, o.year,
               o.date, o.date_precision, o.value, o.unit, o.flag, o.note,
               s.publisher AS source_publisher, s.title AS source, s.url AS source_url
        FROM user.observations o JOIN user.datasets d ON d.id = o.dataset
        LEFT JOIN all_sources s ON s.id = o.source_id
        WHERE d.content = 'price' AND o.value IS NOT NULL
        ORDER BY o.dataset, o.element, o.unit, o.year, o.date""")
    if years:
        frame = frame[frame["year"].between(int(years[0]), int(years[1]))]
    codes = {text: element_code(text, known) for text in set(frame["user_element"].dropna())}
    frame = frame.assign(element=frame["user_element"].map(codes))
    frame = frame[frame["element"].isin(list(elements))].reset_index(drop=True)
    frame["source_publisher"] = frame["source_publisher"].fillna(
        translate("Data", "your data (no source given)"))
    frame["edition"] = frame["dataset_title"]
    label = translate("Data", "{element} (your data)")
    frame["item"] = frame["user_element"].map(lambda element: label.format(element=element))
    frame["basis"] = frame["date"].fillna(frame["year"].astype(str))
    return frame


def element_code(text: str, known: Sequence[str]) -> str | None:
    """A user's element label → a bundled element code: ``NdPr oxide`` → ``Nd+Pr``,
    ``Neodymium oxide`` stays unmatched unless its symbol is known (no guessing)."""
    words = str(text).replace("-", " ").split()
    for candidate in (str(text), words[0] if words else "",
                      " ".join(w for w in words if w.lower() not in ("oxide", "metal"))):
        found = canonical_elements([candidate], known)
        if found:
            return found[0]
    return None
