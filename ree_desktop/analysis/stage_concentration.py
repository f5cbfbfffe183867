"""Concentration of a value-chain stage over time: top-1 and top-3 shares and HHI per year.

Pure pandas, no Qt. Works on the stage table ``analysis.value_chain.build_stages`` makes.
"""

from __future__ import annotations

import pandas as pd

from ree_desktop.analysis.shares import concentration
from ree_desktop.analysis.value_chain import COUNTRY_STAGES, MIN_COVERAGE_PCT
from ree_desktop.i18n import translate


def concentration_over_time(stages: pd.DataFrame, stage: str, top3: pd.DataFrame | None = None,
                            min_coverage: float = MIN_COVERAGE_PCT) -> pd.DataFrame:
    """Top-1 share, top-3 share and HHI per year for one stage (country stages only).

    Lumps never count as countries. Where the named countries cover less than the whole,
    the HHI is a lower bound (``hhi_lower_bound``). Where they cover under ``min_coverage``
    % (e.g. years for which USGS lists only the United States) the figures say nothing about
    concentration and are left empty, with a ``note``. A source's stated "Top 3" share is
    used where it names fewer than three countries.
    """
    columns = ["stage", "year", "top_country", "top1_pct", "top3_pct", "hhi", "countries",
               "covered_pct", "hhi_lower_bound", "projection", "source", "edition", "note",
               "missing"]
    rows = stages[(stages["stage"] == stage) & stages["used"]
                  & stages["segment_kind"].isin(["country", "lump"])]
    if stage not in COUNTRY_STAGES or rows.empty:
        return pd.DataFrame(columns=columns)
    conc = concentration(rows[["year", "country_iso3", "share_pct"]], "year")
    meta = rows.groupby("year").agg(projection=("projection", "all"), source=("source", "first"),
                                    edition=("edition", "first"),
                                    source_id=("source_id", "first"),
                                    missing=("missing", "first")).reset_index()
    conc = conc.merge(meta, on="year")
    conc["stage"] = stage
    conc["missing"] = conc["missing"].fillna("")
    omits = translate("Analysis", "incomplete: this edition omits producers other editions "
                                  "show: {missing}")
    conc["note"] = conc["missing"].map(lambda m: omits.format(missing=m) if m else "")
    if top3 is not None and not top3.empty:
        conc = _apply_stated_top3(conc, top3[top3["stage"] == stage])
    thin = conc["covered_pct"] < min_coverage
    conc.loc[thin, ["top1_pct", "top3_pct", "hhi"]] = float("nan")
    conc.loc[thin, "top_country"] = None
    thin_note = translate("Analysis", "listed countries cover only {share} % of the total: "
                                      "not shown")
    conc.loc[thin, "note"] = conc.loc[thin, "covered_pct"].map(
        lambda c: thin_note.format(share=f"{c:.0f}"))
    return conc[columns].sort_values("year").reset_index(drop=True)


def _apply_stated_top3(conc: pd.DataFrame, top3: pd.DataFrame) -> pd.DataFrame:
    stated = top3.rename(columns={"value": "stated_top3"})
    conc = conc.merge(stated[["year", "source_id", "stated_top3"]],
                      on=["year", "source_id"], how="left")
    use = conc["stated_top3"].notna() & (conc["countries"] < 3)
    conc.loc[use, "top3_pct"] = conc.loc[use, "stated_top3"]
    conc.loc[use, "note"] = translate("Analysis", "top-3 share as stated by the source")
    return conc.drop(columns="stated_top3")
