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
