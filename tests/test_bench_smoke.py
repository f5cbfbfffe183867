"""The benchmark scripts run in a tiny mode, and the start-up shortcuts keep their contracts.

No timing assertions: these check that the suite works on a clean checkout and that the
lazy panel table matches the panel modules.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))


def test_panel_table_matches_each_modules_panel():
    from ree_desktop.ui.panels import PANEL_TABLE, panel_entries

    assert panel_entries(), "no panel module found"
    for module, name, title in panel_entries():
        panel = importlib.import_module(f"ree_desktop.ui.panels.{module}").PANEL
        assert (panel.name, panel.title) == (name, title)
    assert [m for m, _, _ in PANEL_TABLE][0] == "overview"


def test_window_lists_panels_without_importing_them(make_window):
    window = make_window()
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names[0] == "Overview"
    assert set(window.panels) == {"overview"}
    assert "data" in window.panel_classes and "nonexistent" not in window.panel_classes


def test_year_slider_replaces_its_placeholder_after_first_paint(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.years.slider.objectName() == "yearRangeSlider")
    window.state.update(year_range=(2001, 2011))
    assert tuple(window.years.slider.value()) == (2001, 2011)
    assert window.years.value() == (2001, 2011)


def test_store_cache_sees_writes_from_another_connection(store):
    import sqlite3

    sql = "SELECT count(*) AS n FROM all_observations WHERE dataset = 'bench_x'"
    assert int(store.query(sql)["n"][0]) == 0
    conn = sqlite3.connect(store.user_path)
    with conn:
        conn.execute("INSERT INTO observations (dataset, metric, value) VALUES "
                     "('bench_x', 'm', 1)")
    conn.close()
    assert int(store.query(sql)["n"][0]) == 1
    frame = store.query(sql)
    frame["n"] = 99  # callers get a copy: the cache is never changed through a result
    assert int(store.query(sql)["n"][0]) == 1


def test_filter_latency_tiny(qapp):
    import filter_latency

    result = filter_latency.run(rows=2000, samples=3)
    assert set(result) == {"bundled", "2,000 user rows"}
    assert all(len(r["app"]) + len(r["cold"]) >= 1 for r in result.values())


def test_filter_latency_every_panel_tiny(qapp):
    import filter_latency

    result = filter_latency.run_panels(samples=1, panels=("overview", "demand@model"))
    assert set(result) == {"overview", "demand@model"}
    assert set(result["demand@model"]) == set(filter_latency.KINDS)
    assert all(len(r["app"]) == len(r["floor"]) == 1 for r in result["demand@model"].values())


def test_big_series_tiny(qapp):
    import big_series

    result = big_series.run(points=5000, frames=4, rounds=1, naive=False)
    assert len(result["app"]) == 4 and len(result["floor"]) == 4


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_startup_probe_reports_paint_ready_and_memory():
    import startup_app

    result = startup_app.run_once(startup_app.APP)
    assert 0 < result["painted"] <= result["ready"]
    assert result["rss_kb"] > 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_app_and_floor_report_memory_again_after_idling():
    import startup_app

    for command in (startup_app.APP, startup_app.FLOOR):
        result = startup_app.run_once(command, idle=0.3)
        assert result["rss_idle_kb"] > 0 and result["rss_kb"] > 0
