"""Your items (companies, mines) summed per country, without Qt (issue 19 item 6).

A dataset with an ``item`` column is one metric; the panel shows one line per item
(``each_item``) or the sum per country (``sum_items``), as the user chooses. In a year
where an item of that country has a figure in other years but
none in this one, the sum is a lower bound: flagged "≥" (table, tooltip and export say so)
and its note names the missing items. Nothing is filled in for them. Units are never mixed:
a country-year whose items use different units is left out and said so.
"""

from __future__ import annotations

import pandas as pd

from ree_desktop.data.store import LOWER_BOUND_SUM
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

ITEM_SUM = "*"  # the item field of a sum-per-country series key
SUM_LABEL = QT_TRANSLATE_NOOP("Countries", "{title}: {count} items")
MISSING = QT_TRANSLATE_NOOP("Countries", "≥: no figure this year for {items}")
SUMMED = QT_TRANSLATE_NOOP("Countries", "sum of {count} items: {items}")
ITEM_NAME = QT_TRANSLATE_NOOP("Countries", "{item} ({country})")
MIXED = QT_TRANSLATE_NOOP("Countries", "{country} {year}: your items use different units "
                          "({units}); not summed")


def at_least(flag) -> str:
    """'≥ ' before a sum that misses some of your items, else ''."""
    return "≥ " if isinstance(flag, str) and LOWER_BOUND_SUM in flag else ""


def sum_items(items: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """One row per country-year: the sum of the items with a figure, '≥' where some of the
    country's items have none; (rows, notes about country-years that could not be summed)."""
    rows = items[items["value"].notna()]
    if rows.empty:
        return items.iloc[0:0].drop(columns="item"), []
    known = rows.groupby("country_iso3")["item"].agg(lambda s: sorted(set(s)))
    out, notes = [], []
    for (iso3, year), group in rows.groupby(["country_iso3", "year"], sort=True):
        units = set(group["unit"].fillna(""))
        if len(units) > 1:
            notes.append(translate("Countries", MIXED).format(
                country=group["country"].iloc[0], year=int(year),
                units=", ".join(sorted(units))))
            continue
        present = sorted(set(group["item"]))
        missing = [i for i in known[iso3] if i not in present]
        first = group.iloc[0]
        flags = {f for f in group["flag"].dropna() if f}
        if missing:
            flags.add(LOWER_BOUND_SUM)
        note = translate("Countries", SUMMED).format(count=len(present), items=", ".join(present))
        if missing:
            note = translate("Countries", MISSING).format(items=", ".join(missing)) + "; " + note
        out.append({**{c: first[c] for c in items.columns if c != "item"},
                    "value": float(group["value"].sum()), "value_raw": None,
                    "flag": ",".join(sorted(flags)) or None,
                    "source": "; ".join(dict.fromkeys(group["source"].astype(str))),
                    "note": note})
    if not out:
        return items.iloc[0:0].drop(columns="item"), notes
    return pd.DataFrame(out), notes


def tr_item(item: str, country: str) -> str:
    """An item's line name: 'EXAMPLE Mine North (Australia)'."""
    return translate("Countries", ITEM_NAME).format(item=item, country=country)


def each_item(items: pd.DataFrame) -> pd.DataFrame:
    """The items one series each: a ``series`` column (``ISO3/item``) the charts draw by; the
    country stays the country (the picker selects by it)."""
    out = items.copy()
    out["series"] = out["country_iso3"].astype(str) + "/" + out["item"].astype(str)
    return out


def lower_bound_years(shown: pd.DataFrame, column: str) -> dict[str, set[int]]:
    """Per line (``column``'s value), the years whose figure is flagged "≥"."""
    if shown.empty or "flag" not in shown:
        return {}
    flags = shown["flag"].map(lambda f: isinstance(f, str) and LOWER_BOUND_SUM in f.split(","))
    marked = shown[flags.astype(bool)]
    out: dict[str, set[int]] = {}
    for code, year in zip(marked[column], marked["year"], strict=True):
        out.setdefault(code, set()).add(int(year))
    return out


def has_items(users: pd.DataFrame) -> pd.DataFrame:
    """The series (dataset, metric, stage, element, scenario) that have two or more items,
    with their item count: those get a sum-per-country entry."""
    named = users[users["item"] != ""]
    keys = ["dataset", "title", "metric", "stage", "element", "scenario"]
    counts = named.groupby(keys, sort=False).agg(items=("item", "nunique"),
                                                  unit=("unit", "first")).reset_index()
    return counts[counts["items"] >= 2]
