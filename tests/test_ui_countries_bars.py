"""Countries bars and line fit the data: a round axis end just past the largest bar, an
R/P outlier cut at the axis end with its figure written, line charts of amounts (bundled or
the user's) starting at zero unless the log axis is on."""

from __future__ import annotations

import math
import sqlite3

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from ree_desktop.ui.panels.countries.bars import bar_range, nice_ceiling
from tests.test_ui_countries import panel_for  # noqa: F401 (fixture)


def x_range(panel):
    return panel.bar_plot.getPlotItem().vb.viewRange()[0]


def y_range(panel):
    QApplication.processEvents()
    return panel.line_plot.getPlotItem().vb.viewRange()[1]


def test_bars_axis_ends_just_past_the_largest_bar(panel_for):  # noqa: F811
    panel = panel_for(view="bars", year=2024, countries=("CHN", "USA", "AUS", "MMR"))
    low, high = x_range(panel)
    assert low == 0 and 270_000 < high <= 300_000  # was 390k
    assert panel.bars.clip_at is None  # amounts are never cut
    china = panel.bars.labels[0]
    assert china.toPlainText().startswith("270,000")


def test_rp_outlier_cut_at_axis_end_with_its_value_written(panel_for):  # noqa: F811
    panel = panel_for(view="bars", metric="rp_ratio", year=2023,
                      countries=("CHN", "USA", "AUS", "VNM", "IND", "RUS"))
    values = dict(panel.bar_values())
    assert round(values["VNM"]) == 36_667
    limit = panel.bars.clip_at
    assert limit is not None and values["RUS"] < limit < values["VNM"]
    low, high = x_range(panel)
    assert high == limit and low == 0
    widths = list(panel.bar_item.opts["width"])
    assert widths[0] == limit and widths[1] == pytest.approx(values["RUS"])
    text = panel.bars.labels[0].toPlainText()
    assert text.startswith("36,667 years") and "axis cut at" in text


@pytest.mark.parametrize("values", [[], [math.nan], [0.0], [0.0, 0.0], [-5.0], [-5.0, 3.0],
                                    [1e-12, 1e12], [math.inf, 2.0], [7.0]])
def test_bar_range_hostile_values(values):
    low, high, limit = bar_range(np.asarray(values, dtype=float))
    assert math.isfinite(low) and math.isfinite(high) and high > low
    finite = [v for v in values if math.isfinite(v)]
    if finite and limit is None:
        assert low <= min(finite) and high >= max(finite)


def test_nice_ceiling_rounds_up_to_round_numbers():
    assert nice_ceiling(270_000 * 1.04) == 300_000
    assert nice_ceiling(44_600) == 50_000
    assert nice_ceiling(0) == 0


def test_line_of_amounts_starts_at_zero_unless_log(panel_for):  # noqa: F811
    panel = panel_for(view="line", countries=("CHN",), years=(2015, 2024))
    low, high = y_range(panel)
    assert low == 0 and high >= 270_000
    panel.toggles["log"].setChecked(True)
    low, _ = y_range(panel)
    assert low > 0  # log10 of tens of thousands


def test_growth_line_keeps_negative_values(panel_for):  # noqa: F811
    panel = panel_for(view="line", metric="growth", countries=("NGA",), years=(2015, 2024))
    low, _ = y_range(panel)
    assert low < 0


def test_user_line_starts_at_zero(panel_for, store):  # noqa: F811
    conn = sqlite3.connect(store.user_path)
    with conn:
        conn.execute("INSERT INTO datasets (id, title, unit, kind) VALUES "
                     "('magnets_kt', 'Magnet output', 'kt', 'user')")
        conn.executemany(
            "INSERT INTO observations (dataset, country_iso3, year, metric, value, unit, "
            "preferred) VALUES ('magnets_kt', ?, ?, 'magnet_output', ?, 'kt', 1)",
            [("CHN", 2022, 250.0), ("CHN", 2023, 260.0), ("CHN", 2024, 280.0)])
    conn.close()
    panel = panel_for(countries=("CHN",), years=(2020, 2025),
                      metric="user:magnets_kt:magnet_output")
    low, high = y_range(panel)
    assert low == 0 and 280 <= high < 320
