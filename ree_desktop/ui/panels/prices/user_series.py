"""Your price series on the Prices chart (issue 19 item 3), without Qt: placed at their own
dates, rebased with the chart, and never converted between units or currencies — a series
in another unit than USD/kg is drawn only as an index, otherwise named in the note."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ree_desktop.data.dates import date_position
from ree_desktop.i18n import translate

KG = "USD/kg"


@dataclass
class UserSeries:
    item: str
    element: str
    xs: np.ndarray
    ys: np.ndarray
    estimate: np.ndarray
    frame: pd.DataFrame


def user_series(frame: pd.DataFrame, mode: str, base: int
                ) -> tuple[list[UserSeries], list[str]]:
    """(series to draw on the USD/kg chart, notes) from ``prices_events.user_price_series``."""
    drawn, notes = [], []
    for (_dataset, _label, unit), rows in frame.groupby(
            ["dataset", "user_element", "unit"], sort=False, dropna=False):
        rows = rows.assign(x=[date_position(d, p, y) for d, p, y in zip(
            rows["date"], rows["date_precision"], rows["year"], strict=True)])
        item = str(rows["item"].iloc[0])
        if mode == "rebased":
            at_base = rows[rows["year"] == base]["value"]
            if at_base.empty or not at_base.mean():
                notes.append(translate(
                    "Prices", "{item}: no price in {base}, so it cannot be rebased.").format(
                        item=item, base=base))
                continue
            rows = rows.assign(value=rows["value"] / at_base.mean() * 100)
        elif unit != KG:
            notes.append(translate(
                "Prices", "{item} is in {unit}, not {kg}: shown when rebased (no exchange "
                "rates or unit conversion offline).").format(item=item, unit=unit, kg=KG))
            continue
        drawn.append(UserSeries(item, str(rows["element"].iloc[0]),
                                rows["x"].to_numpy(float), rows["value"].to_numpy(float),
                                (rows["flag"].fillna("") == "e").to_numpy(), rows))
    return drawn, notes


def sources_text(frame: pd.DataFrame | None) -> str:
    """'your data: <dataset> — <publisher>; …' for the caption and its tooltip."""
    if frame is None or not len(frame):
        return ""
    names = sorted(set(frame["dataset_title"] + " — " + frame["source_publisher"]))
    return translate("Prices", "your data: {names}").format(names="; ".join(names))
