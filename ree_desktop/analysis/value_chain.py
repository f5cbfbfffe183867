"""Who holds each value-chain stage: per-stage shares, concentration over time, deposits.

Pure pandas, no Qt. Every stage becomes one long table (``COLUMNS``): one row per segment
(a country, a lump such as "Rest of world", or for end uses a use) with its value, unit,
share and source. Each stage-year uses ONE source (edition), chosen by completeness, so a bar
never mixes publications; the other sources' figures are kept as alternatives for the
detail table.

Scopes differ and are carried in ``scope``: mining is USGS mine production (all rare
earths, t REO); refining is the IEA Data Explorer table (magnet rare earths Nd, Pr, Tb, Dy,
kt) or stated shares; magnets are stated shares of sintered NdFeB output. Projections (an
IEA scenario such as "base case") are flagged in ``projection`` and never replace observed
rows.
"""

from __future__ import annotations

import pandas as pd

from ree_desktop.analysis.completeness import missing_producers
from ree_desktop.analysis.deposits import HEAVY_REE, LIGHT_REE, deposit_light_heavy
from ree_desktop.analysis.labels import TranslatedPairs, TranslatedTexts
from ree_desktop.analysis.shares import LUMP_CODES, is_country, production_shares
from ree_desktop.data.terms import term
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["HEAVY_REE", "LIGHT_REE", "deposit_light_heavy"]  # re-exported for the panel

#: (key, label) in the value chain's order; labels read in the interface's language.
STAGES = TranslatedPairs((
    ("mining", QT_TRANSLATE_NOOP("Analysis", "Mining")),
    ("refining", QT_TRANSLATE_NOOP("Analysis", "Separation & refining")),
    ("metals", QT_TRANSLATE_NOOP("Analysis", "Metals & alloys")),
    ("magnet", QT_TRANSLATE_NOOP("Analysis", "Magnets")),
    ("end_use", QT_TRANSLATE_NOOP("Analysis", "End uses")),
))
STAGE_LABELS = TranslatedTexts(dict(STAGES._pairs))
#: Stages whose segments are countries (concentration makes sense there).
COUNTRY_STAGES = ("mining", "refining", "metals", "magnet")

REGION_LUMPS = frozenset({"XEU", "EUU"})  # regions of several countries: lumps, not countries
UNSTATED = "_unstated"
MIN_COVERAGE_PCT = 50.0
OBSERVED_SCENARIOS = frozenset({"", "base year", "historical"})

COLUMNS = ["stage", "segment", "segment_label", "segment_kind", "country_iso3", "year", "value",
           "unit", "share_pct", "flag", "projection", "scenario", "scope", "source",
           "source_publisher", "edition", "source_url", "source_id", "denominator", "note",
           "missing"]

# Scopes, denominators and notes are written in the interface's language (``translate``
# when a frame is made); the English originals are marked here.
SCOPE_MINING = QT_TRANSLATE_NOOP("Analysis", "all rare earths, mine output, t REO")
SCOPE_IEA = QT_TRANSLATE_NOOP("Analysis", "magnet rare earths (Nd, Pr, Tb, Dy), kt")
AS_STATED = QT_TRANSLATE_NOOP("Analysis", "share as stated by the source")


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def is_projection(scenario) -> bool:
    """A scenario path (e.g. IEA 'base case') is a projection; base year/historical are not."""
    return _text(scenario).strip().lower() not in OBSERVED_SCENARIOS


def segment_kind(code: str | None) -> str:
    if code in LUMP_CODES or code in REGION_LUMPS:
        return "lump"
    return "country" if is_country(code) else "aggregate"


def _finish(frame: pd.DataFrame) -> pd.DataFrame:
    for column in COLUMNS:
        if column not in frame:
            frame[column] = None
    frame["year"] = frame["year"].astype(int)
    return frame[COLUMNS].reset_index(drop=True)


def empty_stage_table() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS}).astype(
        {"year": int, "value": float, "share_pct": float, "projection": bool})


# -- building the stages ----------------------------------------------------------------------
def mining_stage(production: pd.DataFrame) -> pd.DataFrame:
    """USGS mine production shares, one edition per year (``shares.production_shares``).

    Lumps printed by the same edition ("Other countries") are added as lump segments with
    the same denominator, so a bar shows everything that edition prints. ``missing`` names
    producers other editions show for that year but the chosen one omits (then the bar is
    not complete); ``note`` carries a figure's recorded doubt (the "Doubt:" part of its
    source note, e.g. Kyrgyzstan 1998-2003).
    """
    shares = production_shares(production)
    if shares.empty:
        return empty_stage_table()
    chosen = shares[["year", "edition", "world_value", "denominator"]].drop_duplicates("year")
    lumps = (production[production["country_iso3"].isin(LUMP_CODES)]
             .sort_values("preferred", ascending=False, kind="stable")
             .drop_duplicates(["year", "edition", "country_iso3"])
             .merge(chosen, on=["year", "edition"]))
    lumps["share_pct"] = 100.0 * lumps["value"] / lumps["world_value"]
    frame = pd.concat([shares, lumps], ignore_index=True)
    frame = frame.dropna(subset=["value"])
    gaps = missing_producers(production, chosen)
    frame["missing"] = frame["year"].map(gaps.set_index("year")["missing_text"]).fillna("")
    doubts = frame["note"] if "note" in frame else pd.Series("", index=frame.index)
    frame["stage"] = "mining"
    frame["segment"] = frame["country_iso3"]
    frame["segment_label"] = frame["country"].fillna(frame["country_iso3"])
    frame["segment_kind"] = frame["country_iso3"].map(segment_kind)
    frame["projection"] = False
    frame["scenario"] = ""
    frame["scope"] = translate("Analysis", SCOPE_MINING)
    frame["source_id"] = frame["edition"]
    frame["note"] = doubts.map(doubt_of)
    return _finish(frame)


def doubt_of(note) -> str:
    """The "Doubt: ..." sentence of a source note, or ''."""
    text = _text(note)
    if "Doubt:" not in text:
        return ""
    return "Doubt:" + text.split("Doubt:", 1)[1].split(";")[0].rstrip()


def supply_stage(supply: pd.DataFrame, stage: str) -> pd.DataFrame:
    """Country kt / world kt from the same IEA table and scenario (Data Explorer)."""
    rows = supply[supply["stage"] == stage]
    parts = []
    for (_year, scenario, _source), group in rows.groupby(
            ["year", rows["scenario"].fillna(""), "source_id"]):
        world = group.loc[group["country_iso3"] == "WLD", "value"].dropna()
        named = group[(group["country_iso3"] != "WLD") & group["value"].notna()].copy()
        if world.empty or named.empty or float(world.iloc[0]) <= 0:
            continue
        named["share_pct"] = 100.0 * named["value"] / float(world.iloc[0])
        named["denominator"] = translate("Analysis", "world total, same IEA table")
        named["scenario"] = scenario
        parts.append(named)
    if not parts:
        return empty_stage_table()
    frame = pd.concat(parts, ignore_index=True)
    frame["stage"] = stage
    frame["segment"] = frame["country_iso3"]
    frame["segment_label"] = frame["country"].fillna(frame["country_iso3"])
    frame["segment_kind"] = frame["country_iso3"].map(segment_kind)
    frame["projection"] = frame["scenario"].map(is_projection)
    frame["scope"] = translate("Analysis", SCOPE_IEA)
    frame["edition"] = frame["edition"].fillna("")
    return _finish(frame)


def is_derived(note) -> bool:
    """Rows the data set computed itself from the IEA kt table (recomputed here instead)."""
    return "derived:" in _text(note)


def stated_stage(chain: pd.DataFrame, stage: str) -> pd.DataFrame:
    """Shares as a source states them (value is the share, unit %); Top-3 rows left out."""
    rows = chain[(chain["stage"] == stage) & ~chain["note"].map(is_derived)
                 & chain["value"].notna()].copy()
    rows = rows[rows["country_iso3"].map(segment_kind).isin(["country", "lump"])]
    if rows.empty:
        return empty_stage_table()
    rows["share_pct"] = rows["value"].astype(float)
    rows["unit"] = "%"
    rows["segment"] = rows["country_iso3"]
    rows["segment_label"] = rows["country"].fillna(rows["country_iso3"])
    rows["segment_kind"] = rows["country_iso3"].map(segment_kind)
    rows["scenario"] = rows["scenario"].fillna("")
    rows["projection"] = rows["scenario"].map(is_projection)
    rows["scope"] = rows["item"].fillna("").map(term)
    rows["denominator"] = translate("Analysis", AS_STATED)
    rows["edition"] = rows["edition"].fillna("")
    return _finish(rows)


def stated_top3(chain: pd.DataFrame) -> pd.DataFrame:
    """'Top 3' rows (TP3) as sources state them: stage, year, source_id, value (%)."""
    rows = chain[(chain["country_iso3"] == "TP3") & chain["value"].notna()]
    return rows[["stage", "year", "source_id", "value"]].reset_index(drop=True)


def end_use_stage(us_end_use: pd.DataFrame, demand: pd.DataFrame) -> pd.DataFrame:
    """End uses: segments are uses, not countries.

    Global: IEA magnet rare earth demand by use (base year / historical only; scenario paths
    belong to the Demand panel). United States only: USGS estimated distribution of U.S.
    consumption by end use (2015-2020).
    """
    parts = [_iea_end_use(demand), _us_end_use(us_end_use)]
    parts = [p for p in parts if not p.empty]
    if not parts:
        return empty_stage_table()
    frame = pd.concat(parts, ignore_index=True)
    frame["stage"] = "end_use"
    frame["segment"] = frame["item"]
    frame["segment_label"] = frame["item"].map(term)  # the use's name, translated
    frame["segment_kind"] = "use"
    frame["projection"] = False
    frame["edition"] = frame["edition"].fillna("")
    return _finish(frame)


def _iea_end_use(demand: pd.DataFrame) -> pd.DataFrame:
    observed = demand[demand["scenario"].map(lambda s: not is_projection(s))
                      & (demand["element"] == "NdPrTbDy") & demand["value"].notna()]
    parts = []
    for _year, group in observed.groupby("year"):
        total = group.loc[group["item"] == "Total demand", "value"]
        kt = group[(group["unit"] == "kt") & (group["item"] != "Total demand")
                   & ~group["item"].str.contains("total", case=False)].copy()
        pct = group[group["unit"].str.startswith("percent")].copy()
        if not total.empty and not kt.empty:
            kt["share_pct"] = 100.0 * kt["value"] / float(total.iloc[0])
            kt["denominator"] = translate("Analysis", "total magnet REE demand, same IEA table")
            parts.append(kt)
        elif not pct.empty:
            pct["share_pct"] = pct["value"]
            pct["item"] = pct["item"].str.replace(r"\s*\(share of demand\)", "", regex=True)
            pct["denominator"] = translate("Analysis", AS_STATED)
            parts.append(pct)
    if not parts:
        return pd.DataFrame()
    frame = pd.concat(parts, ignore_index=True)
    frame["scope"] = translate("Analysis", "world demand for magnet rare earths, by use")
    return frame


def _us_end_use(us_end_use: pd.DataFrame) -> pd.DataFrame:
    rows = us_end_use[us_end_use["value"].notna()].copy()
    if rows.empty:
        return pd.DataFrame()
    rows["share_pct"] = rows["value"]
    rows["scope"] = translate("Analysis", "United States only: U.S. consumption by end use")
    rows["denominator"] = translate("Analysis", AS_STATED)
    return rows


def choose_one_source(candidates: pd.DataFrame) -> pd.DataFrame:
    """Mark (``used``) one source per stage and year: observed first, then most complete.

    Completeness: most named countries, then a lump present (the rest is accounted for),
    then the source id for a stable order. Other sources stay as alternatives.
    """
    if candidates.empty:
        return candidates.assign(used=pd.Series(dtype=bool))
    frame = candidates.copy()
    frame["_key"] = (frame["source_id"].fillna("") + "|" + frame["scenario"].fillna("")
                     + "|" + frame["scope"].fillna(""))
    stats = frame.groupby(["stage", "year", "_key"]).agg(
        projection=("projection", "all"),
        countries=("segment_kind", lambda s: int((s == "country").sum() + (s == "use").sum())),
        lump=("segment_kind", lambda s: bool((s == "lump").any()))).reset_index()
    stats = stats.sort_values(["stage", "year", "projection", "countries", "lump", "_key"],
                              ascending=[True, True, True, False, False, True])
    best = stats.groupby(["stage", "year"]).head(1)[["stage", "year", "_key"]]
    best["used"] = True
    frame = frame.merge(best, on=["stage", "year", "_key"], how="left")
    frame["used"] = frame["used"].astype("boolean").fillna(False).astype(bool)
    return frame.drop(columns="_key")


def build_stages(production: pd.DataFrame, chain: pd.DataFrame, supply: pd.DataFrame,
                 us_end_use: pd.DataFrame, demand: pd.DataFrame) -> pd.DataFrame:
    """Every stage's segments with ``used`` (the bar's source) and the alternatives.

    Mining bars always use USGS mine production; the IEA's mining shares (magnet rare earths
    only) and USGS's stated 69 % are kept as alternatives, never mixed into the bar.
    """
    mining = mining_stage(production).assign(used=True)
    mining_alternatives = stated_stage(chain, "mining")
    mining_alternatives = pd.concat([mining_alternatives, supply_stage(supply, "mining")],
                                    ignore_index=True).assign(used=False)
    others = []
    for stage in ("refining", "metals", "magnet"):
        others += [supply_stage(supply, stage), stated_stage(chain, stage)]
    others.append(end_use_stage(us_end_use, demand))
    others = [o for o in others if not o.empty]
    rest = choose_one_source(pd.concat(others, ignore_index=True)) if others else None
    parts = [p for p in (mining, mining_alternatives, rest) if p is not None and not p.empty]
    table = pd.concat(parts, ignore_index=True)
    table["used"] = table["used"].astype(bool)
    return table


# -- one year ---------------------------------------------------------------------------------
def stage_years(stages: pd.DataFrame, stage: str) -> list[int]:
    used = stages[(stages["stage"] == stage) & stages["used"]]
    return sorted(int(y) for y in used["year"].unique())


def nearest_year(years: list[int], year: int) -> int | None:
    """The year with data closest to ``year`` (ties go to the earlier, observed side)."""
    if not years:
        return None
    return min(years, key=lambda y: (abs(y - year), y))


def stack_segments(stages: pd.DataFrame, stage: str, year: int) -> pd.DataFrame:
    """The bar for one stage and year: segments in drawing order with bottom/top (in %).

    Countries by share (largest at the bottom), then lumps, then the remainder the source
    does not attribute (``segment`` = UNSTATED) when the shown shares add to under 99.5 %.
    """
    rows = stages[(stages["stage"] == stage) & (stages["year"] == year) & stages["used"]]
    rows = rows.dropna(subset=["share_pct"]).copy()
    if rows.empty:
        return rows.assign(bottom=pd.Series(dtype=float), top=pd.Series(dtype=float))
    rows["_order"] = rows["segment_kind"].map({"country": 0, "use": 0, "lump": 1}).fillna(2)
    rows = rows[rows["share_pct"] > 0].sort_values(["_order", "share_pct"],
                                                   ascending=[True, False])
    total = float(rows["share_pct"].sum())
    if total < 99.5:
        first = rows.iloc[0]
        rest = {c: first[c] for c in ("stage", "year", "projection", "scenario", "scope",
                                      "source", "source_publisher", "edition", "source_url",
                                      "source_id", "country_iso3", "used")}
        rest.update(segment=UNSTATED,
                    segment_label=translate("Analysis", "not attributed by the source"),
                    segment_kind="unstated", share_pct=100.0 - total, value=float("nan"),
                    unit="", flag=None, _order=3)
        rows = pd.concat([rows, pd.DataFrame([rest])], ignore_index=True)
    rows["top"] = rows["share_pct"].cumsum()
    rows["bottom"] = rows["top"] - rows["share_pct"]
    return rows.drop(columns="_order").reset_index(drop=True)


def other_figures(stages: pd.DataFrame, stage: str, year: int,
                  segment: str = "CHN") -> pd.DataFrame:
    """The same segment's share in sources NOT used for the bar (other scope or source)."""
    rows = stages[(stages["stage"] == stage) & (stages["year"] == year) & ~stages["used"]
                  & (stages["segment"] == segment)]
    return rows[["source", "edition", "scope", "share_pct", "projection"]].reset_index(
        drop=True)


def share_total(stages: pd.DataFrame, stage: str, year: int) -> float:
    """Sum of the shares a stage-year's source gives (can exceed 100 by USGS rounding)."""
    rows = stages[(stages["stage"] == stage) & (stages["year"] == year) & stages["used"]]
    return float(rows["share_pct"].sum())


def by_country_series(stages: pd.DataFrame, stage: str) -> pd.DataFrame:
    """Share (%) by segment and year for one stage: index year, one column per segment."""
    rows = stages[(stages["stage"] == stage) & stages["used"]]
    if rows.empty:
        return pd.DataFrame()
    return rows.pivot_table(index="year", columns="segment", values="share_pct",
                            aggfunc="first").sort_index()
