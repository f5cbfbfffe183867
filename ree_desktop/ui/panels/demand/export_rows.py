"""The IEA rows of the Demand panel's table and export, long format, without Qt (split from
``model.py`` to keep it short): every row names its publisher, source and how it is held."""

from __future__ import annotations

import pandas as pd


def source_of(frame: pd.DataFrame) -> pd.Series:
    """'IEA, <title> (<tier>)' for each row, so an exported figure stays traceable."""
    return (frame["source_publisher"] + ", " + frame["source"] + " ("
            + frame["source_tier"].fillna("") + ")")


def projection_long(projections: pd.DataFrame) -> pd.DataFrame:
    return projections.assign(end_use=projections["item"], country="World",
                              source=source_of(projections))


def supply_long(supply: pd.DataFrame) -> pd.DataFrame:
    return supply.assign(end_use="Supply (" + supply["stage"] + ")", element="NdPrTbDy",
                         source=source_of(supply))
