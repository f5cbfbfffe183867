"""Presentation mode shows each slide's chart without the panel's controls; the sample story's
notes name the figures their charts show; dark check boxes are visible; the first window
takes a sensible share of the screen."""

from __future__ import annotations

import re
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QTabBar,
    QWidget,
)

from ree_desktop.data.stories import Slide, Story, load_story
from ree_desktop.paths import resources_dir
from ree_desktop.ui import theme
from ree_desktop.ui.charts.legends import legend_scale
from ree_desktop.ui.main_window import first_geometry
from ree_desktop.ui.presentation_controls import is_control
from ree_desktop.ui.state import ViewStateData
from ree_desktop.ui.widgets import CountryPicker

FIXTURES = Path(__file__).parent / "data" / "stories"
SAMPLE = resources_dir() / "stories" / "ree-insights.reestory"


def visible_controls(panel: QWidget) -> list[str]:
    """The controls a viewer would see on ``panel`` (flat title buttons are not controls)."""
    return [f"{type(w).__name__} {w.objectName()!r}" for w in panel.findChildren(QWidget)
            if w.isVisibleTo(panel) and (is_control(w) or isinstance(w, QTabBar))]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_presenting_the_sample_story_hides_every_panels_controls(make_window, qtbot):
    window = make_window(size=(1920, 1080))
    story = load_story(SAMPLE)
    presenter = window.presenter
    presenter.enter(story, 0, fullscreen=False)
    seen = set()
    try:
        for index, slide in enumerate(story.slides):
            presenter.go(index)
            settle()
            panel = window.current_panel()
            seen.add(panel.name)
            assert panel.name == slide.state.panel
            assert visible_controls(panel) == [], f"slide {index + 1}"
            # the chart (or table) is still there, with the slide's title and note above
            assert presenter.caption.title_label.text() == slide.title
            assert presenter.caption.note_label.text() == slide.note
    finally:
        presenter.leave()
    assert {"value-chain", "countries", "demand", "prices"} <= seen
    # leaving shows every control again, as it was
    for name in ("countries", "demand"):
        window.state.update(panel=name)
        settle()
        assert visible_controls(window.current_panel()), name
    assert window.filter_bar.isVisible() and window.nav.isVisible()


def test_hidden_controls_are_the_sidebars_not_the_charts(make_window):
    window = make_window()
    window.state.update(panel="countries")
    settle()
    panel = window.current_panel()
    plot = panel.main_plot()
    picker = panel.findChild(CountryPicker)
    assert picker.isVisibleTo(window) and panel.findChild(QComboBox).isVisibleTo(window)
    window.presenter.enter(None, fullscreen=False)
    try:
        settle()
        assert not picker.isVisibleTo(window)
        assert not any(s.isVisibleTo(window) for s in panel.findChildren(QAbstractSpinBox))
        assert plot.isVisibleTo(window)
    finally:
        window.presenter.leave()
    assert picker.isVisibleTo(window)


def test_presentation_note_is_larger_than_the_panel_text(make_window):
    window = make_window()
    window.presenter.enter(load_story(SAMPLE), 0, fullscreen=False)
    try:
        caption = window.presenter.caption
        base = QApplication.font().pointSizeF()
        assert caption.note_label.font().pointSizeF() >= base * 1.15
        assert caption.title_label.font().pointSizeF() > caption.note_label.font().pointSizeF()
    finally:
        window.presenter.leave()


def test_blank_key_blacks_out_and_escape_leaves(make_window, qtbot):
    window = make_window()
    window.presenter.enter(load_story(SAMPLE), 0, fullscreen=False)
    qtbot.keyClick(window.stack, Qt.Key.Key_PageDown)
    assert window.presenter.index == 1
    qtbot.keyClick(window.stack, Qt.Key.Key_B)
    assert window.presenter.blank.isVisible()
    qtbot.keyClick(window.stack, Qt.Key.Key_B)
    assert not window.presenter.blank.isVisible()
    qtbot.keyClick(window.stack, Qt.Key.Key_Escape)
    assert not window.presenter.active
    assert window.presenter.controls.hidden == []


# -- the sample story ------------------------------------------------------------------------
def _figure(text: str) -> float:
    return float(text.replace(",", ""))


def test_sample_story_slide_7_shows_demand_by_end_use():
    slide = load_story(SAMPLE).slides[6]
    assert "end use" in slide.note and slide.state.panel == "demand"
    assert slide.state.options.get("demand.view") == "stacked"


def test_sample_story_figures_are_the_charts_figures(make_window):
    """Every figure the mining slides name is a value of the data behind their chart."""
    story = load_story(SAMPLE)
    window = make_window()
    window.presenter.enter(story, 0, fullscreen=False)
    try:
        window.presenter.go(5)  # who mines how much, 2024
        settle()
        frame = window.current_panel().export_frame()
        year = frame[frame["year"] == 2024]
        tonnes = {round(v) for v in year["value"]}
        named = [_figure(t) for t in re.findall(r"([\d,]{5,}) t\b", story.slides[5].note)]
        assert len(named) == 4 and all(t in tonnes for t in named)
        window.presenter.go(4)  # China's share over time
        settle()
        frame = window.current_panel().export_frame()
        code = "country_iso3" if "country_iso3" in frame else "iso3"
        china = frame[frame[code] == "CHN"].set_index("year")["value"]
        note = story.slides[4].note
        for share, year in re.findall(r"(\d+) % in (\d{4})", note):
            assert round(china[int(year)]) == int(share), (share, year)
        window.presenter.go(8)  # the what-if: the 2040 balance its result box shows
        settle()
        shown = " ".join(w.toPlainText() if hasattr(w, "toPlainText") else w.text()
                         for w in window.current_panel().findChildren(QWidget)
                         if hasattr(w, "toPlainText") or isinstance(w, QLabel))
        assert "2040: demand" in shown and "supply 108.7 kt, balance -7.3 kt" in shown
        assert "108.7 kt" in story.slides[8].note and "7.3 kt" in story.slides[8].note
    finally:
        window.presenter.leave()


# -- dark theme and first start --------------------------------------------------------------
def test_dark_theme_unchecked_box_is_visible(qapp):
    from ree_desktop.app import create_application

    app = create_application("dark")
    try:
        box = QCheckBox("Show events")
        box.resize(box.sizeHint())
        image = box.grab().toImage()
        background = QApplication.palette().window().color().lightness()
        # the indicator sits at the left: some of its pixels stand out from the background
        contrast = max(abs(image.pixelColor(x, y).lightness() - background)
                       for x in range(min(20, image.width())) for y in range(image.height()))
        assert contrast >= 60
        box.deleteLater()
    finally:
        theme.apply(app, "light", 0)


@pytest.mark.parametrize("screen, expected", [
    (QRect(0, 0, 1600, 1000), QRect(160, 100, 1280, 800)),
    (QRect(0, 0, 1920, 1080), QRect(192, 108, 1536, 864)),
    (QRect(0, 0, 1280, 800), QRect(128, 60, 1024, 680)),     # minimum 1024×680
    (QRect(0, 0, 1000, 640), QRect(0, 0, 1000, 640)),        # never larger than the screen
    (QRect(1600, 30, 1600, 970), QRect(1760, 127, 1280, 776)),  # second screen, top panel
])
def test_first_window_is_a_share_of_the_screen_centred(screen, expected):
    assert first_geometry(screen) == expected


def test_first_start_uses_first_geometry_and_restored_geometry_wins(qtbot, store):
    from ree_desktop.app import build_window, create_application
    from ree_desktop.viewstate import ViewStateData

    create_application()
    window = build_window(store, ViewStateData(), remember=True)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()  # 800×800 offscreen
    wanted = first_geometry(available).size().expandedTo(window.minimumSize())
    assert window.size() == wanted
    window.resize(960, 650)
    window.close()  # saves the geometry
    again = build_window(store, ViewStateData(), remember=True)
    qtbot.addWidget(again)
    assert again.size().height() == 650 != wanted.height()


def test_value_chain_slides_frame_the_stage_they_talk_about(make_window):
    window = make_window()
    story = load_story(SAMPLE)
    presenter = window.presenter
    presenter.enter(story, 0, fullscreen=False)
    try:
        for index, stage in ((1, "mining"), (2, "refining"), (3, "magnet")):
            presenter.go(index)
            settle()
            framed = presenter.highlight.widget
            assert framed is not None and framed.objectName() == f"stage_{stage}"
            assert "border: 4px" in framed.styleSheet()
            others = [w for w in window.current_panel().findChildren(QWidget)
                      if w.objectName().startswith("stage_") and w is not framed]
            assert not any("border: 4px" in w.styleSheet() for w in others)
        column = presenter.highlight.widget
        presenter.go(4)  # a Countries slide: nothing framed, the last frame removed
        assert presenter.highlight.widget is None and "border" not in column.styleSheet()
        presenter.go(3)
    finally:
        presenter.leave()
    assert presenter.highlight.widget is None
    assert "border" not in window.panel("value-chain").findChild(QWidget, "stage_magnet") \
        .styleSheet()


def test_slide_highlight_calls_the_panels_method_and_clears_it(make_window):
    window = make_window()
    panel = window.panel("countries")
    calls: list[tuple[str, str | None]] = []
    panel.present_highlight = lambda kind, key: calls.append((kind, key))  # duck-typed
    story = Story("Highlights", [
        Slide("China", "", ViewStateData(panel="countries"), ("country", "CHN")),
        Slide("Plain", "", ViewStateData(panel="countries")),
        Slide("Quota cut", "", ViewStateData(panel="countries"), ("event", "2010-quota-cut")),
        Slide("Mining", "", ViewStateData(panel="value-chain"), ("stage", "refining")),
    ])
    presenter = window.presenter
    presenter.enter(story, 0, fullscreen=False)
    try:
        assert calls == [("country", "CHN")]
        presenter.next()  # no highlight: the country is cleared, nothing new asked
        assert calls == [("country", "CHN"), ("country", None)]
        presenter.next()
        assert calls[-1] == ("event", "2010-quota-cut")
        presenter.next()  # a stage goes to the Value chain's frame, not to the method
        assert calls[-1] == ("event", None)
        assert presenter.highlight.widget.objectName() == "stage_refining"
        presenter.go(0)
        assert calls[-1] == ("country", "CHN")
        assert visible_controls(window.current_panel()) == []
    finally:
        presenter.leave()
    assert calls[-1] == ("country", None)
    assert presenter.highlight.widget is None


def test_version_2_story_presents_with_controls_hidden(make_window):
    window = make_window()
    story = load_story(FIXTURES / "v2-two-slides.reestory")
    presenter = window.presenter
    presenter.enter(story, 0, fullscreen=False)
    try:
        for index in range(len(story.slides)):
            presenter.go(index)
            settle()
            assert window.current_panel().name == story.slides[index].state.panel
            assert visible_controls(window.current_panel()) == []
            assert presenter.highlight.widget is None
    finally:
        presenter.leave()


def test_legend_labels_grow_in_presentation_mode_and_shrink_after(make_window):
    window = make_window(ViewStateData(panel="demand"))
    settle()

    def size() -> float:
        """The first in-plot legend label's text height, as drawn now."""
        legends = [item for view in window.current_panel().findChildren(pg.GraphicsView)
                   for item in view.scene().items() if isinstance(item, pg.LegendItem)
                   and item.items and item.isVisible()]
        assert legends, "the Demand panel draws an in-plot legend"
        label = legends[0].items[0][1]
        return label.item.boundingRect().height()

    before = size()
    window.presenter.enter(None, fullscreen=False)
    settle()
    try:
        assert legend_scale() > 1.0
        assert size() > before * 1.1
    finally:
        window.presenter.leave()
    settle()
    assert legend_scale() == 1.0
    assert size() == pytest.approx(before)
