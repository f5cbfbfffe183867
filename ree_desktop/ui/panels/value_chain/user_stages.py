"""Your stage shares or quantities standing in for a stage and year (issue 19 item 4),
without Qt. Rows of a dataset imported as kind ``stage`` become bar segments in the same
table as the bundled stages, so the top-3, HHI, lower-bound and incomplete logic and the
export treat them alike; they carry your source and the edition "your data".

Shares in % are used as stated; quantities become shares of your world row (WLD) when you
give one, else of the total you list (then countries you omit are not counted, and the
denominator says so). Units are never converted; a stage-year mixing units is left out.
"""

from __future__ import annotations

import pandas as pd

from ree_desktop.analysis import value_chain as vc
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

YOURS = QT_TRANSLATE_NOOP("ValueChain", "your data")
SOURCES = ("bundled", "yours")
SOURCE_LABELS = {"bundled": QT_TRANSLATE_NOOP("ValueChain", "Source: bundled"),
                 "yours": QT_TRANSLATE_NOOP("ValueChain", "Source: yours (where you have data)")}
STAGE_NAMES = {"mining": "mining", "mine": "mining", "mine production": "mining",
               "refining": "refining", "separation": "refining", "separation & refining":
               "refining", "processing": "refining", "metals": "metals", "metal": "metals",
               "alloys": "metals", "metals & alloys": "metals", "magnet": "magnet",
               "magnets": "magnet"}
PERCENT = frozenset({"%", "percent", "pct", "share"})


def stage_key(name) -> str | None:
    """The panel's stage for a stage name as you wrote it (None: not a chain stage)."""
    return STAGE_NAMES.get(str(name or "").strip().lower())


def _group_rows(group: pd.DataFrame, key: str, unit: str) -> pd.DataFrame | None:
    rows = group.copy()
    world = rows.loc[rows["country_iso3"] == "WLD", "value"]
    rows = rows[rows["country_iso3"].map(vc.segment_kind).isin(["country", "lump"])]
    if rows.empty:
        return None
    if unit.strip().lower() in PERCENT:
        rows["share_pct"] = rows["value"].astype(float)
        rows["denominator"] = translate("ValueChain", "share as stated in your data")
    else:
        total = float(world.iloc[0]) if len(world) else float(rows["value"].sum())
        if total <= 0:
            return None
        rows["share_pct"] = 100.0 * rows["value"].astype(float) / total
        rows["denominator"] = (
            translate("ValueChain", "your world total ({unit})") if len(world) else
            translate("ValueChain", "the total you list ({unit}); countries you "
                              "omit are not counted")).format(unit=unit)
    rows["stage"] = key
    rows["segment"] = rows["country_iso3"]
    rows["segment_label"] = rows["country"].fillna(rows["country_iso3"])
    rows["segment_kind"] = rows["country_iso3"].map(vc.segment_kind)
    rows["projection"] = False
    rows["scenario"] = ""
    rows["scope"] = translate("ValueChain", "your data: {title} ({unit})").format(
        title=rows["dataset_title"].iloc[0], unit=unit or "no unit")
    rows["source"] = rows["source"].fillna(rows["dataset_title"])
    rows["edition"] = YOURS
    rows["missing"] = ""
    rows["note"] = rows["note"].fillna("")
    return rows


def stage_rows(user: pd.DataFrame | None) -> tuple[pd.DataFrame, list[str]]:
    """(your rows in the stage table's columns, notes about rows that cannot be shown)."""
    if user is None or user.empty:
        return vc.empty_stage_table().assign(used=pd.Series(dtype=bool)), []
    parts, notes = [], []
    filled = user.assign(stage=user["stage"].fillna(""), unit=user["unit"].fillna(""))
    for (_dataset, stage, year), group in filled.groupby(["dataset", "stage", "year"],
                                                        sort=False):
        key = stage_key(stage)
        title = group["dataset_title"].iloc[0]
        if key is None:
            notes.append(translate(
                "ValueChain", "{title}: stage '{stage}' is not mining, refining, metals or "
                "magnets: not shown").format(title=title, stage=stage))
            continue
        units = set(group["unit"])
        if len(units) > 1:
            notes.append(translate(
                "ValueChain", "{title}: {stage} {year} mixes units ({units}): not shown "
                "(units are never converted)").format(
                title=title, stage=stage, year=year, units=", ".join(sorted(units))))
            continue
        rows = _group_rows(group, key, units.pop())
        if rows is not None:
            parts.append(rows)
    if not parts:
        return vc.empty_stage_table().assign(used=pd.Series(dtype=bool)), sorted(set(notes))
    table = vc._finish(pd.concat(parts, ignore_index=True))
    return table.assign(used=False), sorted(set(notes))


def combine(stages: pd.DataFrame, user: pd.DataFrame, source: str) -> pd.DataFrame:
    """The stage table with your rows: alternatives ("bundled"), or standing in for every
    stage and year they cover ("yours"; one of your datasets per stage-year)."""
    if user.empty:
        return stages
    if source != "yours":
        return pd.concat([stages, user], ignore_index=True)
    covered = pd.MultiIndex.from_frame(user[["stage", "year"]].drop_duplicates())
    mine = pd.MultiIndex.from_frame(stages[["stage", "year"]]).isin(covered)
    bundled = stages.assign(used=stages["used"] & ~mine)
    chosen = vc.choose_one_source(user.drop(columns="used"))
    table = pd.concat([bundled, chosen], ignore_index=True)
    table["used"] = table["used"].astype(bool)
    return table
