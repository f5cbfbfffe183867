"""The Countries map's classed scale: bins, the zero class, '0 or not reported', 'no data'
and the clipped diverging growth scale with its outliers written on the map."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ree_desktop.ui.map_scale import ClassedScale, log_edges
from ree_desktop.ui.panels.countries.map import zero_or_not_reported
from tests.test_ui_countries import panel_for  # noqa: F401 (fixture)

ZEROS = ("CAN", "GRL", "TZA", "ZAF")


def test_map_2024_zero_class_and_bins(panel_for):  # noqa: F811
    panel = panel_for(view="map", year=2024)
    world = panel.map
    brazil, china = world.brush_color("BRA"), world.brush_color("CHN")
    for code in ZEROS:
        colour = world.brush_color(code)
        assert colour not in (brazil, "no data"), code
        assert colour == world.brush_color("CAN")
    assert china != brazil
    assert world.scale.classify(270_000) != world.scale.classify(560)
    assert world.brush_color("FRA") == "no data"
    entries = [e.label for e in panel.map_legend.entries]
    assert entries[-2:] == ["0 t REO", "no data"]
    assert panel.map_legend.labels()[0] == "100–300"
    assert "log scale" in panel.map_legend.caption()


def test_growth_map_diverging_clipped_with_outlier_written(panel_for):  # noqa: F811
    panel = panel_for(view="map", year=2024, metric="growth")
    world = panel.map
    assert world.scale.diverging and world.scale.bound == 100
    assert world.outlier_texts() == {"BRA": "+300%"}
    # decline and growth differ in colour; moderate growth is not white like zero change
    assert world.brush_color("NGA") != world.brush_color("AUS")
    assert world.brush_color("USA") != world.brush_color("NGA")
    assert "beyond ±100" in panel.map_legend.caption()
    legend = [e.label for e in panel.map_legend.entries]
    assert legend[0] == "-100 to -50" and legend[-2:] == ["> 100", "no data"]


def test_map_click_still_selects_after_classes(panel_for, qtbot):  # noqa: F811
    from PySide6.QtCore import Qt
    panel = panel_for(view="map", year=2024, countries=("CHN",))
    world = panel.map
    pos = world.mapFromScene(world.country_scene_pos("CAN"))
    qtbot.mouseClick(world.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert panel.state.countries[-1] == "CAN"


@pytest.mark.parametrize("values", [[], [math.nan], [None], [-0.0], [5.0, 5.0], [1e-9, 1e12],
                                    [math.inf, 3.0], [-1e9, 1e9]])
def test_scale_hostile_values_never_raise(values):
    scale = ClassedScale(values)
    for value in [*values, 0.0, 1.0, -1.0, None, math.nan]:
        index = scale.classify(value)
        assert index is None or index == -1 or 0 <= index < len(scale.colors)
    assert scale.entries()[-1].label == "no data"


def test_zero_is_not_a_small_value_and_nan_is_no_data():
    scale = ClassedScale([0.0, 0.5, 270_000.0], unit="t REO")
    assert scale.classify(0.0) == -1 and scale.classify(0.5) == 0
    assert scale.color(0.0).name() != scale.color(0.5).name()
    assert scale.color(math.nan) is None


def test_log_edges_cover_the_values_in_at_most_seven_bins():
    edges = log_edges(140, 270_000)
    assert edges[0] <= 140 and edges[-1] >= 270_000 and len(edges) - 1 <= 7
    wide = log_edges(0.001, 1e9)
    assert len(wide) - 1 <= 13 and wide[0] <= 0.001


def test_zero_or_not_reported_reads_the_flag_only_for_empty_cells():
    frame = pd.DataFrame({"country_iso3": ["AAA", "BBB", "CCC", "DDD"],
                          "year": [2024, 2024, 2024, 2023],
                          "value": [None, 0.0, None, None],
                          "flag": ["0?", "0?", "e", "0?"]})
    assert zero_or_not_reported(frame, 2024) == {"AAA"}
    assert zero_or_not_reported(frame.iloc[0:0], 2024) == set()


def test_zero_or_not_reported_is_dotted_apart_from_zero_and_no_data(panel_for):  # noqa: F811
    world = panel_for(view="map", year=2024).map
    world.set_values({"CHN": 270_000.0, "CAN": 0.0}, (), zero_unknown={"GRL", "CHN"},
                     unit="t REO")
    assert world.brush_color("GRL") == "0 or not reported"
    assert world.brush_color("CHN") not in ("0 or not reported", "no data")
    assert world.brush_color("FRA") == "no data"
    assert world.brush_color("CAN") != world.brush_color("CHN")
