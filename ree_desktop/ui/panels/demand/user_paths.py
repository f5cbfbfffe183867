"""Your demand or supply paths on the Demand projections chart (issue 19 item 5), without
Qt. IEA projections are in kt of magnet rare earths: a path in kt is drawn beside them
(dotted, "(your data)", with its source); a path in any other unit is never converted and
only named in the note."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

KT_UNITS = frozenset({"kt", "kt reo", "thousand t", "thousand tonnes", "kilotonnes"})


@dataclass
class UserPath:
    label: str
    years: np.ndarray
    values: np.ndarray
    unit: str
    source: str


def user_paths(frame: pd.DataFrame) -> tuple[list[UserPath], list[str]]:
    """(paths drawable on the kt axis, notes about the others)."""
    paths, notes = [], []
    keys = ["dataset", "scenario", "item", "unit"]
    filled = frame.assign(**{k: frame[k].fillna("") for k in keys})
    for (_dataset, scenario, item, unit), rows in filled.groupby(keys, sort=False):
        label = f"{scenario or rows['dataset_title'].iloc[0]}" \
                f"{f' – {item}' if item else ''} (your data)"
        if str(unit).strip().lower() not in KT_UNITS:
            notes.append(f"{label} is in {unit or 'no unit'}, not kt: not drawn beside the "
                         "IEA projections (units are never converted).")
            continue
        rows = rows.sort_values("year")
        paths.append(UserPath(label, rows["year"].to_numpy(float),
                              rows["value"].to_numpy(float), str(unit),
                              f"{rows['dataset_title'].iloc[0]}, "
                              f"{rows['source_publisher'].iloc[0]}"))
    return paths, notes


def tips(paths: list[UserPath]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for path in paths:
        for year, value in zip(path.years, path.values, strict=True):
            out.setdefault(int(year), []).append(
                f"{path.label}: {value:,.1f} {path.unit} — {path.source}")
    return out


def export_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Your path rows in the panel's export (scenario marked as yours, source named)."""
    return frame.assign(scenario=frame["scenario"].fillna("") + " (your data)",
                        end_use=frame["item"], country="",
                        source=frame["dataset_title"] + ", " + frame["source_publisher"])
