"""Value chain, without Qt: the concentration-over-time, stage-detail and deposit texts and
tables (the figures of the tabs under the stage bars). Tested in tests/test_model_value_chain.py.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ree_desktop.analysis import value_chain as vc
from ree_desktop.data.store import flag_text
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ree_desktop.ui.panels.value_chain.model import (
    ValueChainModel,
    short_source,
    source_line,
)
from ree_desktop.ui.panels.value_chain.names import (
    display_name,
    stage_title,
    stage_word,
    zh_name,
)

CONC_COLUMNS = ["year", "top", "top1 %", "top3 %", "HHI", "HHI is", "source", "note"]
#: The concentration lines: name → (legend label, column, series colour index).
CONC_SERIES = {"top1": (QT_TRANSLATE_NOOP("ValueChain", "Top country (%)"), "top1_pct", 3),
               "top3": (QT_TRANSLATE_NOOP("ValueChain", "Top 3 countries (%)"), "top3_pct", 0),
               "hhi": (QT_TRANSLATE_NOOP("ValueChain", "HHI (right axis)"), "hhi", 7)}
DETAIL_COLUMNS = ["year", "country / use", "country_iso3", "value", "unit", "share_pct", "flag",
                  "used_in_bar", "projection", "scope", "source", "edition", "denominator",
                  "note"]
DEPOSIT_NOTE = QT_TRANSLATE_NOOP(
    "ValueChain", "Element make-up of major deposits (% of total REO, USGS Minerals Yearbook 2022 "
    "table 2): <span style='color:{light}'>■</span> light REE (La–Gd) "
    "<span style='color:{heavy}'>■</span> heavy REE (Tb–Lu, Y), the USGS split. "
    "Dysprosium and terbium come mostly from the heavy-rich clays and xenotime of "
    "southern China, not from Bayan Obo or Mountain Pass.")
BAYAN_TITLE = QT_TRANSLATE_NOOP(
    "ValueChain", "<b>Bayan Obo</b> (Inner Mongolia, about 150 km north-west of Baotou): "
    "facts, each with its source; the notes say where sources disagree.")


def in_range(frame: pd.DataFrame, key: str, year_range: tuple[int, int]) -> pd.DataFrame:
    """Mining spans a century: it follows the year range; the other stages show all years."""
    if key != "mining":
        return frame
    low, high = year_range
    return frame[(frame["year"] >= low) & (frame["year"] <= high)]


# -- concentration over time -------------------------------------------------------------------
def concentration(model: ValueChainModel, key: str, year_range: tuple[int, int]) -> pd.DataFrame:
    return in_range(model.conc_by_stage[key], key, year_range)


def concentration_empty(key: str, conc: pd.DataFrame) -> str:
    """Why there is no concentration line, or '' when there is one."""
    if not conc.empty and not conc["hhi"].isna().all():
        return ""
    if key == "end_use":
        return translate("ValueChain", "End uses are split by use, not by country: no "
                                 "country concentration.")
    return translate("ValueChain", "No country data for {stage} in the bundled sources."
                             ).format(stage=stage_word(key))


def concentration_table(conc: pd.DataFrame) -> pd.DataFrame:
    """The chart's figures as a table, newest first; lower bounds and gaps say so (in the
    interface's language: the table is only shown, never exported)."""
    if conc.empty:
        return pd.DataFrame(columns=CONC_COLUMNS)
    frame = pd.DataFrame({
        "year": conc["year"], "top": conc["top_country"],
        "top1 %": conc["top1_pct"].round(0), "top3 %": conc["top3_pct"].round(0),
        "HHI": conc["hhi"].round(0),
        "HHI is": np.where(conc["hhi"].isna(), "",
                           np.where(conc["hhi_lower_bound"],
                                    translate("ValueChain", "lower bound"),
                                    np.where(conc["missing"].fillna("") != "",
                                             translate("ValueChain", "incomplete"),
                                             translate("ValueChain", "complete")))),
        "source": conc["source"].map(short_source) + np.where(
            conc["projection"], translate("ValueChain", " (projection)"), ""),
        "note": conc["note"]})
    return frame.sort_values("year", ascending=False).reset_index(drop=True)


def concentration_note(conc: pd.DataFrame) -> str:
    """The legend of the markers: hollow, dashed, gaps — only those the chart shows."""
    parts = []
    if conc["hhi_lower_bound"].any():
        parts.append(translate("ValueChain", "hollow markers = lower bound (the source "
                                       "names only some countries)"))
    if (conc["missing"].fillna("") != "").any():
        parts.append(translate("ValueChain", "or incomplete (the edition omits a producer "
                                       "other editions show; hover or see the table)"))
    if conc["projection"].any():
        parts.append(translate("ValueChain", "dashed = projection (IEA base case)"))
    if conc["note"].str.contains("cover only").any():
        parts.append(translate("ValueChain", "gaps = years where the listed countries "
                                       "cover under half the total"))
    return "; ".join(parts)


def concentration_series(conc: pd.DataFrame, column: str) -> dict[str, np.ndarray]:
    """One line's arrays: every year (NaN = gap), hollow (uncertain) and projected flags.
    HHI is drawn on the 0-100 % scale (÷ 100; its right axis reads × 100)."""
    values = conc[column].to_numpy(dtype=float) / (100.0 if column == "hhi" else 1.0)
    series = pd.Series(values, index=conc["year"].to_numpy())
    years = np.arange(int(series.index.min()), int(series.index.max()) + 1)
    ys = series.reindex(years).to_numpy(dtype=float)
    uncertain = conc["hhi_lower_bound"] | (conc["missing"].fillna("") != "")
    hollow = pd.Series(uncertain.to_numpy(), index=conc["year"].to_numpy()).reindex(years) \
        .fillna(False).to_numpy(dtype=bool)
    projection = conc.set_index("year")["projection"].reindex(years).fillna(False) \
        .to_numpy(dtype=bool)
    out = {"years": years.astype(float), "values": ys, "hollow": hollow,
           "dashed": bool(projection.all()), "proj_years": np.array([]),
           "proj_values": np.array([])}
    if projection.any() and not out["dashed"]:
        first = int(conc.loc[conc["projection"], "year"].min())
        proj = series[series.index >= first]
        prev = series[series.index < proj.index.min()].dropna().tail(1)
        joined = pd.concat([prev, proj])
        out["proj_years"] = joined.index.to_numpy(dtype=float)
        out["proj_values"] = joined.to_numpy(dtype=float)
    return out


def describe_concentration(conc: pd.DataFrame, x: float) -> str:
    """Tooltip of a year on the concentration chart."""
    if conc.empty:
        return ""
    year = int(round(x))
    rows = conc[conc["year"] == year]
    if rows.empty:
        return ""
    row = rows.iloc[0]
    stage = stage_title(row["stage"])
    if pd.isna(row["hhi"]):
        return f"{stage}, {year}: {row['note']}"
    sign = "≥ " if row["hhi_lower_bound"] else ""
    lines = [f"{stage}, {year}" + (translate("ValueChain", " — PROJECTION")
                                   if row["projection"] else ""),
             translate("ValueChain", "Top country: {country} {share} %").format(
                 country=zh_name(row["top_country"]) or row["top_country"],
                 share=f"{sign}{row['top1_pct']:.1f}"),
             translate("ValueChain", "Top 3: {share} %").format(
                 share=f"{sign}{row['top3_pct']:.1f}"),
             f"HHI: {sign}{row['hhi']:,.0f}"
             + (translate("ValueChain", " (lower bound: the source names only some "
                                        "countries)") if row["hhi_lower_bound"] else "")]
    if row["note"]:
        lines.append(row["note"])
    lines.append(translate("ValueChain", "Source: {source}").format(
        source=row["source"] + (f" ({row['edition']})" if row["edition"] else "")))
    return "\n".join(lines)


# -- stage detail ------------------------------------------------------------------------------
def detail_frame(model: ValueChainModel, key: str, year_range: tuple[int, int]) -> pd.DataFrame:
    """Every row of a stage, the ones not used in the bar too (used_in_bar = no)."""
    rows = in_range(model.stages[model.stages["stage"] == key], key, year_range)
    frame = rows.assign(used_in_bar=rows["used"].map({True: "yes", False: "no"}),
                        flag=rows["flag"].map(flag_text))
    frame = frame.rename(columns={"segment_label": "country / use"})
    return frame.sort_values(["year", "used_in_bar", "share_pct"],
                             ascending=[False, False, False])[DETAIL_COLUMNS]


def detail_heading(key: str, frame: pd.DataFrame) -> str:
    label = stage_title(key)
    if frame.empty:
        return translate("ValueChain", "<b>{stage}</b>: no sourced data in the bundled "
                                 "database").format(stage=label)
    heading = translate("ValueChain", "<b>{stage}</b>: {count} rows").format(
        stage=label, count=len(frame))
    alternatives = int((frame["used_in_bar"] == "no").sum())
    if alternatives:
        heading += translate("ValueChain", "; {count} from other sources or scopes are "
                                     "listed but not used in the bar (used_in_bar = no)"
                                     ).format(count=alternatives)
    return heading


def detail_series(model: ValueChainModel, key: str, year_range: tuple[int, int]) -> pd.DataFrame:
    """Year × segment shares of the six largest segments (the detail chart's lines)."""
    table = vc.by_country_series(model.stages, key)
    if key == "mining" and not table.empty:
        low, high = year_range
        table = table.loc[(table.index >= low) & (table.index <= high)]
    if table.empty:
        return table
    return table[table.max().sort_values(ascending=False).index[:6]]


def segment_kind(model: ValueChainModel, segment: str) -> str:
    """'country', 'lump' or 'use' (how the segment is coloured); unknown: a country."""
    return model.kinds.get(segment, "country")


def describe_detail(model: ValueChainModel, key: str, x: float) -> str:
    """Tooltip of a year on the detail chart: the six largest shares and the source."""
    year = int(round(x))
    stages = model.stages
    rows = stages[(stages["stage"] == key) & stages["used"] & (stages["year"] == year)]
    if rows.empty:
        return ""
    top = rows.sort_values("share_pct", ascending=False).head(6)
    lines = [f"{stage_title(key)}, {year}"]
    lines += [f"{display_name(r.segment, r.segment_label)}: {r.share_pct:.1f} %"
              + (f" ({r.note})" if isinstance(r.note, str) and r.note else "")
              for r in top.itertuples()]
    lines.append(translate("ValueChain", "Source: {source}").format(
        source=source_line(top.iloc[0])))
    return "\n".join(lines)


# -- deposits and Bayan Obo --------------------------------------------------------------------
def short_deposit(name: str) -> str:
    """'Mount Weld Central Lanthanide, Western Australia' → 'Mount Weld'."""
    return str(name).split(",")[0].replace(" Central Lanthanide", "").strip()


def deposit_ticks(deposits: pd.DataFrame) -> list[tuple[int, str]]:
    return [(i, f"{short_deposit(d)} ({c})") for i, (d, c) in
            enumerate(zip(deposits["deposit"], deposits["country_iso3"], strict=True))]


def describe_deposit(deposits: pd.DataFrame, y: float) -> str:
    """Tooltip of a deposit bar: light/heavy split, Nd+Pr, Dy+Tb, what the source omits."""
    index = int(round(y))
    if deposits.empty or not 0 <= index < len(deposits):
        return ""
    row = deposits.iloc[index]
    lines = [f"{row['deposit']} ({row['country_iso3']}), {row['ore']}",
             translate("ValueChain", "Light REE: {light} % · heavy REE: {heavy} %").format(
                 light=f"{row['light_pct']:.1f}", heavy=f"{row['heavy_pct']:.1f}"),
             f"Nd+Pr: {row['ndpr_pct']:.1f} % · Dy+Tb: {row['dytb_pct']:.2f} %"]
    if row["not_given"]:
        lines.append(translate("ValueChain", "Not given in the source (NA or '<'): {what}")
                     .format(what=row["not_given"]))
    if abs(row["total_pct"] - 100) > 1:
        lines.append(translate("ValueChain", "The source's element shares add to {total} %")
                     .format(total=f"{row['total_pct']:.1f}"))
    lines.append(translate("ValueChain", "Source: {source}; data: {reference}").format(
        source=row["source"], reference=row["reference"]))
    return "\n".join(lines)


def bayan_frame(facts: pd.DataFrame) -> pd.DataFrame:
    """The Bayan Obo facts table: '>' flags shown on the value, each with its source."""
    if facts.empty:
        return pd.DataFrame()
    value = facts["value_raw"].fillna("").astype(str)
    value = np.where(facts["flag"].fillna("") == ">", "> " + value, value)
    return pd.DataFrame({
        "fact": facts["item"], "value": value, "unit": facts["unit"],
        "year": facts["year"], "note": facts["note"].fillna("")
        .str.replace("Bayan Obo; ", "", regex=False).str.replace("Bayan Obo", "", regex=False),
        "source": facts["source_publisher"].fillna(facts["source"])})
