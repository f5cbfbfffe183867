"""Telling a user supply path from a demand path (issue 19), without Qt: the words of the
value column, metric, scenario or end use, or a mapped stage decide; hostile and odd inputs
(empty, None, other languages, other units) never raise and are never drawn wrongly."""

from __future__ import annotations

import pandas as pd
import pytest

from ree_desktop.ui.panels.demand import user_paths as up


@pytest.mark.parametrize(("stage", "texts", "expected"), [
    ("", ("value", "Refining supply (kt)", "EXAMPLE house view", ""), ("supply", "refining")),
    ("", ("value", "Mine output (kt)", "base", ""), ("supply", "mining")),
    ("", ("value", "Demand (kt)", "EXAMPLE house view", "magnets"), ("demand", "")),
    ("mining", ("value", "Value", "x", ""), ("supply", "mining")),
    ("", ("value", "供应 (kt)", "情景", ""), ("supply", "")),
    ("", ("value", "分离冶炼供应", "情景", ""), ("supply", "refining")),
    ("", (None, None, None, None), ("demand", "")),
    ("", ("", "", "", ""), ("demand", "")),
    (None, ("=cmd|' /C calc'!A0", "<b>x</b>", "\x00", "💥"), ("demand", "")),
])
def test_side_of(stage, texts, expected):
    assert up.side_of(stage, *texts) == expected


def frame(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["dataset", "dataset_title", "scenario", "item", "year",
                                       "value", "unit", "source_publisher"])


def test_supply_and_demand_paths_of_one_scenario_stay_apart():
    rows = frame([("s", "EXAMPLE supply", "House", None, 2030, 118.0, "kt", "Ex"),
                  ("d", "EXAMPLE demand", "House", "magnets", 2030, 140.0, "kt", "Ex")])
    sides = pd.DataFrame({"dataset": ["s", "d"], "scenario": ["House", "House"],
                          "item": ["", "magnets"], "stage": ["", ""],
                          "metric": ["value", "value"],
                          "value_header": ["Refining supply (kt)", "Demand (kt)"]})
    paths, notes = up.user_paths(rows, sides)
    assert notes == []
    assert [(p.side, p.stage, p.label) for p in paths] == [
        ("supply", "refining", "House – refining supply (your data)"),
        ("demand", "", "House – magnets (your data)")]
    export = up.export_rows(rows, paths)
    assert list(export["end_use"]) == ["Supply (refining)", "magnets"]
    assert list(export["scenario"]) == ["House (your data)", "House (your data)"]


def test_a_supply_path_in_another_unit_is_only_named():
    rows = frame([("s", "EXAMPLE", "House", None, 2030, 5.0, "Mt", None)])
    sides = pd.DataFrame({"dataset": ["s"], "scenario": ["House"], "item": [""],
                          "stage": [""], "metric": ["value"], "value_header": ["Supply"]})
    paths, notes = up.user_paths(rows, sides)
    assert paths == [] and "is in Mt, not kt" in notes[0]
