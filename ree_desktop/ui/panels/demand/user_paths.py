"""Your demand or supply paths on the Demand projections chart (issue 19 item 5), without
Qt. IEA projections are in kt of magnet rare earths: a path in kt is drawn beside them
(dotted, "(your data)", with its source); a path in any other unit is never converted and
only named in the note.

A path is a SUPPLY path when its stage is set (mapped stage column) or its value column,
metric, scenario or end use says so ("supply", "供应", "production", "output"); it is then
drawn with the IEA supply lines (where they are comparable) and cannot start the what-if
model, which grows demand. Any other path is a demand path.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ree_desktop.i18n import translate

KT_UNITS = frozenset({"kt", "kt reo", "thousand t", "thousand tonnes", "kilotonnes"})
SUPPLY_WORDS = ("supply", "供应", "production", "output", "产量", "产能")
STAGE_WORDS = {"mining": ("mining", "mine", "采矿"), "refining": ("refining", "separation",
                                                                "分离", "冶炼")}
KEYS = ["dataset", "scenario", "item", "unit"]


@dataclass
class UserPath:
    label: str          # as shown (translated words around your names)
    years: np.ndarray
    values: np.ndarray
    unit: str
    source: str
    side: str = "demand"  # or "supply"
    stage: str = ""       # mining / refining for a supply path, when known
    key: str = ""         # the English label: what a saved what-if start names
    ident: tuple = ()     # (dataset, scenario, end use): its rows

    @property
    def supply(self) -> bool:
        return self.side == "supply"


def path_sides(store) -> pd.DataFrame:
    """Per path (dataset, scenario, end use): its stage, metric and value column's header,
    which tell a supply path from a demand path."""
    return store.query("""
        SELECT o.dataset, COALESCE(o.scenario, '') AS scenario, COALESCE(o.item, '') AS item,
               MAX(COALESCE(o.stage, '')) AS stage, MAX(COALESCE(o.metric, '')) AS metric,
               MAX(COALESCE(json_extract(d.report, '$.mapping.value'), '')) AS value_header
        FROM user.observations o JOIN user.datasets d ON d.id = o.dataset
        WHERE d.content = 'path'
        GROUP BY 1, 2, 3""")


def side_of(stage: str, *texts: str) -> tuple[str, str]:
    """("supply", stage) or ("demand", "") from a path's stage and its words."""
    words = " ".join(str(t or "") for t in texts).lower()
    stage = str(stage or "").strip().lower()
    if not stage:
        stage = next((key for key, names in STAGE_WORDS.items()
                      if any(name in words for name in names)), "")
    if stage or any(word in words for word in SUPPLY_WORDS):
        return "supply", stage
    return "demand", ""


def _labels(scenario: str, item: str, side: str, stage: str) -> tuple[str, str]:
    """(shown label, English key) of a path."""
    yours = translate("Demand", "(your data)")
    if side == "supply":
        what_en = f"{stage} supply" if stage else "supply"
        what = (translate("Demand", "{stage} supply").format(
            stage=translate("Demand", stage)) if stage else translate("Demand", "supply"))
        return f"{scenario} – {what} {yours}", f"{scenario} – {what_en} (your data)"
    tail = f" – {item}" if item else ""
    return f"{scenario}{tail} {yours}", f"{scenario}{tail} (your data)"


def user_paths(frame: pd.DataFrame, sides: pd.DataFrame | None = None
               ) -> tuple[list[UserPath], list[str]]:
    """(paths drawable on the kt axis, notes about the others)."""
    paths, notes = [], []
    filled = frame.assign(**{k: frame[k].fillna("") for k in KEYS})
    found = {} if sides is None else {
        (r.dataset, r.scenario, r.item): r for r in sides.itertuples(index=False)}
    for (dataset, scenario, item, unit), rows in filled.groupby(KEYS, sort=False):
        title = rows["dataset_title"].iloc[0]
        info = found.get((dataset, scenario, item))
        side, stage = side_of(*(("", scenario, item) if info is None else
                                (info.stage, info.metric, info.value_header, scenario, item)))
        label, key = _labels(scenario or title, item if side == "demand" else "", side, stage)
        if str(unit).strip().lower() not in KT_UNITS:
            notes.append(translate("Demand", "{label} is in {unit}, not kt: not drawn beside "
                                   "the IEA projections (units are never converted).").format(
                label=label, unit=unit or translate("Demand", "no unit")))
            continue
        rows = rows.sort_values("year")
        paths.append(UserPath(label, rows["year"].to_numpy(float),
                              rows["value"].to_numpy(float), str(unit),
                              f"{title}, {rows['source_publisher'].iloc[0]}", side, stage, key,
                              (dataset, scenario, item)))
    return paths, notes


def tips(paths: list[UserPath]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for path in paths:
        for year, value in zip(path.years, path.values, strict=True):
            out.setdefault(int(year), []).append(
                f"{path.label}: {value:,.1f} {path.unit} — {path.source}")
    return out


def export_rows(frame: pd.DataFrame, paths: list[UserPath] | None = None) -> pd.DataFrame:
    """Your path rows in the panel's export (scenario marked as yours, source named; a
    supply path's end use reads "Supply (stage)" as the IEA supply rows do)."""
    supply = {path.ident: "Supply" + (f" ({path.stage})" if path.stage else "")
              for path in paths or [] if path.supply}
    idents = zip(frame["dataset"], frame["scenario"].fillna(""), frame["item"].fillna(""),
                 strict=True)
    end_use = [supply.get(ident, item) for ident, item in zip(idents, frame["item"],
                                                              strict=True)]
    return frame.assign(scenario=frame["scenario"].fillna("") + " (your data)",
                        end_use=end_use, country="",
                        source=frame["dataset_title"] + ", " + frame["source_publisher"])
