"""Is a year's edition complete? Producers other editions show but the chosen one omits.

A bar drawn from one edition (never mixed) can still leave out a producer: the THS2020
compilation drops USGS's withheld cells, so its 2000 table has no United States although
DS140 prints 5,000 t for that year. Such a bar is not "complete"; it names what is missing.
Pure pandas, no Qt.
"""

from __future__ import annotations

import pandas as pd

from ree_desktop.analysis.shares import is_country
from ree_desktop.i18n import translate
from ree_desktop.numbers import format_number


def missing_producers(production: pd.DataFrame, chosen: pd.DataFrame) -> pd.DataFrame:
    """For each (year, edition) in ``chosen``: the countries it does not list that produce
    (value > 0) in another edition of the same year, or in the same edition both the year
    before and the year after (a hole, not a start or an end). Returns year, edition,
    missing (ISO3 list), missing_text.
    """
    rows = production[production["country_iso3"].map(is_country)
                      & production["value"].notna()]
    producing = rows[rows["value"] > 0]
    out = []
    template = translate("Analysis", "{country} ({value} in {edition} {year})")
    for year, edition in chosen[["year", "edition"]].itertuples(index=False):
        listed = set(rows.loc[(rows["year"] == year) & (rows["edition"] == edition),
                              "country_iso3"])
        same_year = producing[(producing["year"] == year) & (producing["edition"] != edition)]
        around = producing[(producing["edition"] == edition)
                           & producing["year"].isin([year - 1, year + 1])]
        both_sides = around.groupby("country_iso3")["year"].transform("nunique") == 2
        near = around[both_sides & (around["year"] == year - 1)]
        found: dict[str, str] = {}
        for frame in (same_year, near):
            for r in frame.sort_values(["year", "edition"]).itertuples():
                if r.country_iso3 not in listed and r.country_iso3 not in found:
                    name = r.country if isinstance(r.country, str) else r.country_iso3
                    value = format_number(r.value, "t", digits=0)
                    found[r.country_iso3] = template.format(
                        country=name, value=value, edition=r.edition, year=r.year)
        out.append({"year": int(year), "edition": edition, "missing": sorted(found),
                    "missing_text": translate("Analysis", "; ").join(
                        found[k] for k in sorted(found))})
    return pd.DataFrame(out, columns=["year", "edition", "missing", "missing_text"])
