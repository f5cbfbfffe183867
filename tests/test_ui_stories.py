"""Stories and presentation mode: files (current, old, broken), the editor, stepping with the
keys a clicker sends, entering and leaving presentation mode, and the story command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from ree_desktop.paths import resources_dir
from ree_desktop.ui import charts
from ree_desktop.ui.state import ViewStateData
from ree_desktop.ui.stories import (
    STORY_VERSION,
    Slide,
    Story,
    StoryError,
    editor_for,
    load_story,
    save_story,
)

FIXTURES = Path(__file__).parent / "data" / "stories"
SAMPLE = resources_dir() / "stories" / "ree-insights.reestory"
LEFT = Qt.MouseButton.LeftButton


def small_story() -> Story:
    return Story("Three views", [
        Slide("Overview", "first note", ViewStateData(panel="overview", year=2015)),
        Slide("Data", "second note", ViewStateData(panel="data", year_range=(2000, 2010))),
        Slide("Overview again", "", ViewStateData(panel="overview", countries=("CHN",))),
    ])


# -- files -----------------------------------------------------------------------------------
def test_sample_story_opens_and_visits_every_panel():
    story = load_story(SAMPLE)
    assert len(story.slides) >= 8
    panels = {slide.state.panel for slide in story.slides}
    assert panels == {"overview", "value-chain", "countries", "demand", "prices", "data"}
    assert all(slide.title and slide.note for slide in story.slides)


def test_save_and_load_round_trip(tmp_path):
    story = small_story()
    path = save_story(story, tmp_path / "talk")
    assert path.name == "talk.reestory"
    again = load_story(path)
    assert again == story
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == STORY_VERSION


def test_old_version_story_still_opens():
    story = load_story(FIXTURES / "v1-two-slides.reestory")
    assert [s.title for s in story.slides] == ["At a glance", "The data"]
    assert story.slides[0].note.startswith("Version 1 called")
    assert story.slides[0].state.year_range == (2000, 2024)
    assert story.slides[0].state.countries == ("CHN", "AUS")
    assert story.slides[1].state.panel == "data"


def test_version_2_story_still_opens_without_highlights():
    story = load_story(FIXTURES / "v2-two-slides.reestory")
    assert [s.state.panel for s in story.slides] == ["countries", "prices"]
    assert story.slides[0].title == "China's share of world mine production over time"
    assert all(s.highlight is None for s in story.slides)


def test_highlight_round_trips_and_is_ignored_before_version_3(tmp_path):
    story = Story(title="Talk", slides=[
        Slide("China", "", ViewStateData(panel="countries"), ("country", "CHN")),
        Slide("Plain", "", ViewStateData(panel="data"))])
    again = load_story(save_story(story, tmp_path / "talk"))
    assert [s.highlight for s in again.slides] == [("country", "CHN"), None]
    old = tmp_path / "old.reestory"
    old.write_text('{"format": "ree-desktop-story", "version": 2, "slides": [{"view": {}, '
                   '"highlight": {"kind": "moon", "key": 1}}]}', encoding="utf-8")
    assert load_story(old).slides[0].highlight is None


@pytest.mark.parametrize(("highlight", "message"), [
    (b'"CHN"', r"broken\.reestory, slide 2: 'highlight' must be a JSON object"),
    (b'{"kind": "moon", "key": "CHN"}',
     r"broken\.reestory, slide 2: highlight field 'kind' must be one of stage, country, event"),
    (b'{"kind": "country"}', r"slide 2: highlight field 'key' must be a short text"),
    (b'{"kind": "event", "key": "   "}', r"slide 2: highlight field 'key'"),
    (b'{"kind": "stage", "key": ["mining"]}', r"slide 2: highlight field 'key'"),
])
def test_broken_highlight_names_file_slide_and_field(tmp_path, highlight, message):
    path = tmp_path / "broken.reestory"
    path.write_bytes(b'{"format": "ree-desktop-story", "version": 3, "slides": [{"view": {}}, '
                     b'{"view": {}, "highlight": ' + highlight + b'}]}')
    with pytest.raises(StoryError, match=message):
        load_story(path)


@pytest.mark.parametrize(("content", "message"), [
    (b"{not json", r"broken\.reestory: not a REE Desktop story: invalid JSON at line 1"),
    (b'{"type": "FeatureCollection", "features": []}', "not a REE Desktop story"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b'{"format": "ree-desktop-story", "version": 9, "slides": []}', "newer REE Desktop"),
    (b'{"format": "ree-desktop-story", "version": 2, "slides": {}}', "'slides' must be a list"),
    (b'{"format": "ree-desktop-story", "version": 2, "slides": [{"title": "x"}]}',
     "slide 1: the slide has no 'view'"),
    (b'{"format": "ree-desktop-story", "version": 2, "slides": [{"view": {"year": "soon"}}]}',
     "slide 1: view field 'year' must be int"),
    (b'{"format": "ree-desktop-story", "version": 2, "slides": '
     b'[{"view": {}}, {"view": {"year_range": [1990]}}]}', "slide 2: view field 'year_range'"),
])
def test_broken_or_foreign_files_give_one_clear_message(tmp_path, content, message):
    path = tmp_path / "broken.reestory"
    path.write_bytes(content)
    with pytest.raises(StoryError, match=message):
        load_story(path)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StoryError, match="no such file"):
        load_story(tmp_path / "nowhere.reestory")


# -- editor ----------------------------------------------------------------------------------
def test_editor_adds_views_reorders_deletes_and_saves(make_window, qtbot, tmp_path,
                                                      monkeypatch):
    window = make_window(ViewStateData(panel="overview", year=2012))
    editor = editor_for(window)
    editor.show()
    add = editor.findChild(QPushButton, "story_add")
    qtbot.mouseClick(add, LEFT)
    editor.slide_title.clear()
    qtbot.keyClicks(editor.slide_title, "Mining first")
    qtbot.keyClicks(editor.slide_note, "Look at China")
    qtbot.keyClicks(editor.description_edit, "For the board")
    window.state.update(panel="data", year=2018)
    qtbot.mouseClick(add, LEFT)
    assert [s.state.panel for s in editor.story.slides] == ["overview", "data"]
    assert editor.story.slides[0].title == "Mining first"
    assert editor.story.slides[0].note == "Look at China"
    assert editor.story.slides[1].state.year == 2018

    qtbot.mouseClick(editor.findChild(QPushButton, "story_up"), LEFT)
    assert [s.state.panel for s in editor.story.slides] == ["data", "overview"]
    assert editor.list.item(0).text().startswith("1. Data")

    target = tmp_path / "lesson.reestory"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(editor.findChild(QPushButton, "story_save"), LEFT)
    assert not editor.dirty
    assert load_story(target) == editor.story
    assert load_story(target).description == "For the board"
    assert editor.windowTitle() == "Story editor — lesson.reestory"

    qtbot.mouseClick(editor.findChild(QPushButton, "story_delete"), LEFT)
    assert [s.state.panel for s in editor.story.slides] == ["overview"]
    assert editor.dirty


def test_editor_sets_and_clears_a_slides_highlight(make_window, qtbot, tmp_path):
    window = make_window(ViewStateData(panel="countries"))
    editor = editor_for(window)
    editor.show()
    qtbot.mouseClick(editor.findChild(QPushButton, "story_add"), LEFT)
    row = editor.highlight
    assert not row.key.isEnabled()  # "nothing" chosen: no key to type
    row.kind.setCurrentIndex(row.kind.findData("country"))
    assert row.key.placeholderText() == "ISO3 code, e.g. CHN"
    qtbot.keyClicks(row.key, "CHN ")
    assert editor.story.slides[0].highlight == ("country", "CHN")
    saved = save_story(editor.story, tmp_path / "marked")
    assert load_story(saved).slides[0].highlight == ("country", "CHN")
    editor.set_story(load_story(saved), saved)
    assert row.kind.currentData() == "country" and row.key.text() == "CHN"
    row.kind.setCurrentIndex(row.kind.findData("stage"))  # a stage is picked by its name
    assert row.stage.isVisible() and not row.key.isVisible()
    row.stage.setCurrentIndex(row.stage.findText("Separation & refining"))
    assert editor.story.slides[0].highlight == ("stage", "refining")
    row.kind.setCurrentIndex(row.kind.findData("event"))
    row.key.clear()
    qtbot.keyClicks(row.key, " ")
    assert editor.story.slides[0].highlight is None  # a kind without a key marks nothing


def test_editor_show_restores_a_slide(make_window, qtbot):
    window = make_window(ViewStateData(panel="data"))
    editor = editor_for(window)
    editor.set_story(small_story(), None)
    editor.list.setCurrentRow(0)
    qtbot.mouseClick(editor.findChild(QPushButton, "story_show"), LEFT)
    assert window.state.panel == "overview" and window.state.year == 2015


# -- presentation ----------------------------------------------------------------------------
def test_presentation_enter_and_leave(make_window, qtbot):
    window = make_window(ViewStateData(panel="overview"))
    base_font = QApplication.font().pointSizeF()
    presenter = window.presenter
    presenter.enter(small_story(), fullscreen=False)
    assert presenter.active
    assert not window.nav.isVisible() and not window.filter_bar.isVisible()
    assert not window.menuBar().isVisible()
    assert presenter.caption.isVisible()
    assert presenter.caption.title_label.text() == "Overview"
    assert presenter.caption.counter_label.text() == "1 / 3"
    assert QApplication.font().pointSizeF() > base_font
    assert charts.line_scale() > 1

    qtbot.keyClick(window.current_panel(), Qt.Key.Key_Escape)
    assert not presenter.active
    assert window.nav.isVisible() and window.filter_bar.isVisible()
    assert window.menuBar().isVisible() and not presenter.caption.isVisible()
    assert QApplication.font().pointSizeF() == base_font
    assert charts.line_scale() == 1


def test_f11_enters_full_screen_and_leaves(make_window, qtbot):
    window = make_window()
    action = next(a for a in window.actions() if a.shortcut().toString() == "F11")
    action.trigger()
    assert window.presenter.active and window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.presenter.active and not window.isFullScreen()


def test_clicker_keys_step_through_the_story(make_window, qtbot):
    window = make_window(ViewStateData(theme="dark"))
    presenter = window.presenter
    presenter.enter(small_story(), fullscreen=False)
    target = window.current_panel()
    qtbot.keyClick(target, Qt.Key.Key_PageDown)
    assert presenter.index == 1
    assert window.state.panel == "data" and window.state.year_range == (2000, 2010)
    assert window.state.theme == "dark"  # the presenter's theme, not the slide's
    assert presenter.caption.counter_label.text() == "2 / 3"
    assert presenter.caption.note_label.text() == "second note"
    qtbot.keyClick(window.current_panel(), Qt.Key.Key_Right)
    assert presenter.index == 2 and window.state.countries == ("CHN",)
    qtbot.keyClick(window.current_panel(), Qt.Key.Key_Right)  # stays on the last slide
    assert presenter.index == 2
    qtbot.keyClick(window.current_panel(), Qt.Key.Key_PageUp)
    assert presenter.index == 1
    qtbot.keyClick(window.current_panel(), Qt.Key.Key_Home)
    assert presenter.index == 0 and window.state.year == 2015
    qtbot.keyClick(window.current_panel(), Qt.Key.Key_End)
    assert presenter.index == 2
    qtbot.keyClick(window.current_panel(), Qt.Key.Key_B)  # clicker's blank-screen button
    assert presenter.blank.isVisible()
    assert presenter.blank.geometry() == window.rect()
    qtbot.keyClick(window.current_panel(), Qt.Key.Key_Period)
    assert not presenter.blank.isVisible()
    assert "Three views" in window.windowTitle()


def test_slide_with_a_missing_panel_shows_a_message(make_window, qtbot):
    window = make_window(ViewStateData(panel="overview"))
    story = small_story()
    story.slides.insert(1, Slide("Future", "", replace(ViewStateData(), panel="nowhere")))
    window.presenter.enter(story, fullscreen=False)
    qtbot.keyClick(window.current_panel(), Qt.Key.Key_Right)
    assert window.presenter.index == 1
    assert "does not have" in window.presenter.caption.note_label.text()
    assert window.state.panel == "overview"
    qtbot.keyClick(window.current_panel(), Qt.Key.Key_Right)
    assert window.state.panel == "data"


# -- command line ------------------------------------------------------------------------------
def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "ree_desktop", *args], capture_output=True,
                          text=True, env=env, timeout=180)


def test_story_screenshot_dir_renders_every_slide(tmp_path):
    path = save_story(small_story(), tmp_path / "three.reestory")
    out = tmp_path / "slides"
    result = run_cli("story", str(path), "--screenshot-dir", str(out), "--size", "1280x720")
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in out.iterdir())
    assert files == ["slide-01.png", "slide-02.png", "slide-03.png"]
    image = QImage(str(out / "slide-02.png"))
    assert (image.width(), image.height()) == (1280, 720)


def test_story_cli_reports_a_broken_file_in_one_line(tmp_path):
    path = tmp_path / "bad.reestory"
    path.write_text("[]", encoding="utf-8")
    result = run_cli("story", str(path), "--screenshot-dir", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "bad.reestory: not a REE Desktop story" in result.stderr
    assert "Traceback" not in result.stderr
