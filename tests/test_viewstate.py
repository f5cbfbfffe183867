"""The Qt-free view state: versioned options, old bookmarks and stories still open, hostile
option versions give one line, and the module loads without Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ree_desktop import viewstate as vs
from ree_desktop.data import stories as story_format
from ree_desktop.viewstate import STATE_VERSION, ViewStateData

DATA = Path(__file__).parent / "data"
OLD_BOOKMARK = DATA / "state" / "bookmark-state-v1-all-panels.json"
OLD_STORY = DATA / "state" / "story-v2-state-v1.reestory"


def test_viewstate_and_story_format_load_without_qt():
    code = ("import sys, ree_desktop.viewstate, ree_desktop.data.stories, "
            "ree_desktop.data.bookmarks; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6', 'pyqtgraph')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_serialised_form_carries_a_version_per_panel_of_options():
    data = ViewStateData(options={"demand.axis": "log", "demand_drivers": {"start": "APS"},
                                  "data_item": "summary:", "countries.log": True})
    saved = data.to_dict()
    assert saved["version"] == STATE_VERSION == 2
    assert saved["option_versions"] == {"countries": 1, "data": 1, "demand": 1}
    assert ViewStateData.from_json(data.to_json()) == data
    assert ViewStateData().to_dict()["option_versions"] == {}


def test_bookmark_saved_before_option_versions_opens_with_every_option():
    text = OLD_BOOKMARK.read_text(encoding="utf-8")
    raw = json.loads(text)
    assert raw["version"] == 1 and "option_versions" not in raw
    data = ViewStateData.from_json(text)
    assert data.options == raw["options"]
    assert (data.panel, data.year_range, data.countries, data.theme, data.font_size) == \
        ("prices", (2005, 2022), ("CHN", "AUS"), "dark", 13)
    again = ViewStateData.from_json(data.to_json())
    assert again == data
    assert json.loads(data.to_json())["option_versions"] == {
        "countries": 1, "data": 1, "demand": 1, "prices": 1, "value_chain": 1}


def test_story_saved_before_option_versions_opens_without_qt():
    story = story_format.load_story(OLD_STORY)
    assert [s.title for s in story.slides] == ["Prices", "Data"]
    first = story.slides[0].state
    assert isinstance(first, ViewStateData)
    assert first.options["prices.axis"] == "rebased"
    assert first.options["value_chain.tab"] == 1
    assert story.slides[1].state.options == {"data_item": "summary:"}


def test_first_story_format_still_opens():
    story = story_format.load_story(DATA / "stories" / "v1-two-slides.reestory")
    assert story.slides and all(isinstance(s.state, ViewStateData) for s in story.slides)


def test_option_scopes_route_by_panel():
    assert vs.option_scope("demand.axis") == "demand"
    assert vs.option_scope("demand_drivers") == "demand"
    assert vs.option_scope("data_item") == "data"
    assert vs.option_scope("value_chain.tab") == "value_chain"
    old = {"demand.axis": "log", "countries.log": True, "data_item": "summary:"}
    new = {"demand.axis": "linear", "countries.log": True, "prices.axis": "log"}
    keys = vs.changed_option_keys(old, new)
    assert keys == {"demand.axis", "data_item", "prices.axis"}
    assert vs.option_change_names(keys) == {"options.demand", "options.data",
                                            "options.prices"}


def test_newer_panel_options_are_refused_naming_the_panel():
    saved = ViewStateData(options={"demand.axis": "log"}).to_dict()
    saved["option_versions"]["demand"] = vs.OPTION_VERSIONS["demand"] + 1
    with pytest.raises(ValueError, match="'demand' options are version 2, newer") as info:
        ViewStateData.from_dict(saved)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("versions", [[1], "1", {"demand": "1"}, {"demand": True},
                                      {"demand": 1.5}])
def test_hostile_option_versions_give_one_line(versions):
    saved = {"version": 2, "options": {"demand.axis": "log"}, "option_versions": versions}
    with pytest.raises(ValueError) as info:
        ViewStateData.from_dict(saved)
    assert "option" in str(info.value) and "\n" not in str(info.value)


def test_older_options_are_migrated_step_by_step(monkeypatch):
    monkeypatch.setitem(vs.OPTION_VERSIONS, "demand", 3)
    monkeypatch.setitem(vs.OPTION_MIGRATIONS, ("demand", 1),
                        lambda o: {**{k: v for k, v in o.items() if k != "demand.axis"},
                                   "demand.scale": o.get("demand.axis")})
    monkeypatch.setitem(vs.OPTION_MIGRATIONS, ("demand", 2),
                        lambda o: {**o, "demand.scale": str(o["demand.scale"]).upper()})
    data = ViewStateData.from_json(OLD_BOOKMARK.read_text(encoding="utf-8"))
    assert "demand.axis" not in data.options
    assert data.options["demand.scale"] == "LOG"
    assert data.options["countries.log"] is True  # other panels' options untouched
    assert data.to_dict()["option_versions"]["demand"] == 3


def test_story_slide_with_newer_options_names_the_file_and_slide(tmp_path):
    story = json.loads(OLD_STORY.read_text(encoding="utf-8"))
    story["slides"][1]["view"]["option_versions"] = {"data": 7}
    path = tmp_path / "future.reestory"
    path.write_text(json.dumps(story), encoding="utf-8")
    with pytest.raises(story_format.StoryError) as info:
        story_format.load_story(path)
    assert str(info.value) == ("future.reestory, slide 2: the 'data' options are version 7, "
                               "newer than this app understands (1): update the app")
