"""ViewState: signals, normalisation, versioned JSON round trip."""

from __future__ import annotations

import json

import pytest

from ree_desktop.ui.state import STATE_VERSION, ViewState, ViewStateData


def test_update_emits_only_changed_fields(qtbot):
    state = ViewState()
    with qtbot.waitSignal(state.changed) as blocker:
        state.update(year=2010, panel=state.panel)
    assert blocker.args == [{"year"}]
    with qtbot.assertNotEmitted(state.changed):
        state.update(year=2010)


def test_year_range_is_ordered_and_countries_deduplicated():
    state = ViewState()
    state.update(year_range=(2024, 2010), countries=["CHN", "USA", "CHN"])
    assert state.year_range == (2010, 2024)
    assert state.countries == ("CHN", "USA")


def test_json_round_trip_and_version():
    data = ViewStateData(panel="countries", year_range=(2000, 2020), countries=("AUS",),
                         options={"demand_drivers": {"ev_growth": 7.5}})
    text = data.to_json()
    assert json.loads(text)["version"] == STATE_VERSION
    assert ViewStateData.from_json(text) == data


def test_old_state_without_new_fields_loads_with_defaults():
    old = {"version": 1, "panel": "data", "years_ignored": [1, 2]}
    assert ViewStateData.from_dict(old).panel == "data"


def test_newer_version_is_refused():
    with pytest.raises(ValueError, match="newer"):
        ViewStateData.from_dict({"version": STATE_VERSION + 1})


def test_option_change_names_the_panels_whose_keys_changed(qtbot):
    state = ViewState(ViewStateData(options={"countries.log": True}))
    with qtbot.waitSignal(state.changed) as blocker:
        state.update(options={"demand.axis": "log"})
    assert blocker.args == [{"options", "options.demand"}]
    with qtbot.waitSignal(state.changed) as blocker:
        state.restore(ViewStateData(options={"demand.axis": "log", "data_item": "summary:"}))
    assert blocker.args == [{"options", "options.countries", "options.data"}]
    with qtbot.assertNotEmitted(state.changed):
        state.update(options={"demand.axis": "log"})


def test_a_demand_option_leaves_data_and_overview_alone(make_window, monkeypatch):
    window = make_window(ViewStateData(panel="overview"))
    overview, data = window.panel("overview"), window.panel("data")
    data.refresh()  # drawn while hidden, so neither panel is stale now
    assert not overview.is_stale and not data.is_stale
    redrawn = []
    for panel in (overview, data):
        monkeypatch.setattr(panel, "refresh", lambda p=panel: redrawn.append(p.name))

    window.state.update(options={"demand.axis": "log", "demand_drivers": {"start": "APS"}})
    window.state.update(options={"countries.log": True, "prices.axis": "rebased"})
    assert redrawn == [] and not data.is_stale and not overview.is_stale

    window.state.update(options={"data_item": "table:main.sources"})  # its own option
    assert data.is_stale and redrawn == []  # hidden: drawn when shown
    monkeypatch.delattr(data, "refresh")  # the panel's own refresh again
    window.state.update(panel="data")
    assert not data.is_stale and window.current_panel() is data
    assert data.title_label.text() == "Table bundled.sources"


def test_show_view_keeps_the_readers_theme_and_font(qtbot):
    state = ViewState(ViewStateData(theme="dark", font_size=14, year=2001))
    shown = state.show_view(ViewStateData(theme="light", font_size=9, year=2019, panel="data"))
    assert (state.theme, state.font_size, state.year, state.panel) == ("dark", 14, 2019, "data")
    assert shown == state.data
