"""Country shares, top-N concentration and the Herfindahl-Hirschman index (HHI).

A share's numerator and denominator always come from the same edition: a USGS edition prints
its country and world figures together, and mixing editions can exceed 100 % (China 2010:
130,000 t in MCS 2012 against 101,000 t world in DS140). Where an edition prints no world
total, the denominator is the sum of that edition's countries, and ``denominator`` says so.
"""

from __future__ import annotations

import pandas as pd

from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

WORLD = "WLD"
# Aggregates never count as countries; OTH/ROW are lumps of several countries.
LUMP_CODES = frozenset({"OTH", "ROW", "XCS"})
NON_COUNTRY_CODES = frozenset({"WLD", "TP3", "EUU", "XEU"}) | LUMP_CODES

# Written in the interface's language when a frame is made (``translate``).
DENOMINATOR_WORLD = QT_TRANSLATE_NOOP("Analysis", "world total, same edition")
DENOMINATOR_SUM = QT_TRANSLATE_NOOP("Analysis",
                                    "sum of the edition's countries (no world total printed)")


def is_country(code: str | None) -> bool:
    return bool(code) and code not in NON_COUNTRY_CODES


MIN_COUNTRIES_FOR_SUM = 5


def _edition_per_year(frame: pd.DataFrame) -> pd.DataFrame:
    """For each year, one edition: one that prints a world total, then the one holding most
    of that year's preferred country figures (the written rule, preference.py), then the
    most complete.
    """
    is_named = frame["country_iso3"].map(is_country)
    stats = frame.assign(
        is_world=frame["country_iso3"].eq(WORLD),
        is_country=is_named,
        country_value=frame["value"].where(is_named, 0.0),
        world_value=frame["value"].where(frame["country_iso3"].eq(WORLD)),
        is_preferred=frame["preferred"].eq(1) & is_named & frame["value"].notna(),
    ).groupby(["year", "edition"]).agg(
        has_world=("is_world", "any"), countries=("is_country", "sum"),
        listed=("country_value", "sum"), world=("world_value", "max"),
        preferred_rows=("is_preferred", "sum")).reset_index()
    stats["coverage"] = (stats["listed"] / stats["world"]).fillna(0.0)
    usable = stats[stats["has_world"] | (stats["countries"] >= MIN_COUNTRIES_FOR_SUM)]
    ranked = usable.sort_values(
        ["year", "has_world", "preferred_rows", "coverage", "countries", "edition"],
        ascending=[True, False, False, False, False, True])
    return ranked.groupby("year").head(1)[["year", "edition", "has_world"]]


def production_shares(production: pd.DataFrame) -> pd.DataFrame:
    """Each country's share of world production, one edition per year.

    ``production`` holds every edition (columns country_iso3, year, value, edition,
    preferred). For each year the most complete edition is used for every country, so a
    year's shares never mix editions and never exceed 100 % beyond the source's rounding.
    Adds ``world_value``, ``share_pct`` and ``denominator``; countries that edition does not
    list are absent for that year (a gap, not a zero).
    """
    frame = (production.dropna(subset=["country_iso3"])
             .sort_values("preferred", ascending=False, kind="stable")
             .drop_duplicates(["year", "edition", "country_iso3"]))
    chosen = _edition_per_year(frame) if not frame.empty else frame
    if chosen.empty:  # nothing usable: no world total and too few countries to sum
        return frame.iloc[0:0].assign(world_value=pd.Series(dtype=float),
                                      share_pct=pd.Series(dtype=float),
                                      denominator=pd.Series(dtype=str))
    table = frame.merge(chosen, on=["year", "edition"])
    world = table[table["country_iso3"] == WORLD].groupby("year")["value"].first()
    listed = table[table["country_iso3"].map(is_country)
                   | table["country_iso3"].isin(LUMP_CODES)]
    summed = listed.groupby("year")["value"].sum(min_count=1)
    out = table[table["country_iso3"].map(is_country)].copy()
    out["world_value"] = out["year"].map(world).where(out["has_world"],
                                                      out["year"].map(summed))
    out["denominator"] = out["has_world"].map({
        True: translate("Analysis", DENOMINATOR_WORLD),
        False: translate("Analysis", DENOMINATOR_SUM)})
    valid = out["world_value"].notna() & (out["world_value"] > 0)
    out["share_pct"] = (100.0 * out["value"] / out["world_value"]).where(valid)
    return out.drop(columns=["has_world"]).sort_values(["year", "country_iso3"]).reset_index(
        drop=True)


def hhi(shares_pct: pd.Series) -> float:
    """HHI on the 0-10,000 scale from shares in percent (two countries 60/40 → 5,200)."""
    values = pd.to_numeric(shares_pct, errors="coerce").dropna()
    return float((values**2).sum())


def concentration(shares: pd.DataFrame, group: str = "year") -> pd.DataFrame:
    """Per group: top-1 share, top-3 share, HHI, and whether the HHI is a lower bound.

    ``shares`` has columns ``group``, country_iso3, share_pct. Lump rows (Other countries,
    Rest of world) are excluded from the ranking; where the named countries' shares add to
    less than 100 %, the remainder is several unnamed countries, so the HHI computed from the
    named ones is a lower bound (``hhi_lower_bound`` True).
    """
    rows = []
    for key, part in shares.groupby(group):
        named = part[part["country_iso3"].map(is_country)].dropna(subset=["share_pct"])
        ranked = named["share_pct"].sort_values(ascending=False)
        covered = float(ranked.sum())
        rows.append({
            group: key,
            "top_country": (named.loc[ranked.index[0], "country_iso3"]
                            if len(ranked) else None),
            "top1_pct": float(ranked.iloc[0]) if len(ranked) else float("nan"),
            "top3_pct": float(ranked.iloc[:3].sum()) if len(ranked) else float("nan"),
            "hhi": hhi(ranked),
            "countries": int(len(ranked)),
            "covered_pct": covered,
            "hhi_lower_bound": bool(covered < 99.5),
        })
    return pd.DataFrame(rows)
