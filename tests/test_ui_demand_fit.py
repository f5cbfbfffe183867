"""Demand at 1280×800 with your paths, and at 16–20 pt (issue 16's screenshots): the
projection legend covered the lines once your paths were listed, and at 20 pt both charts
were squeezed to about 70 px with the legend cut at the plot's top. Now the legend sits
under the axis (a long name wraps), each chart keeps room for ten lines of text and the
tab scrolls."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from ree_desktop.data.importer import Options, run_import
from ree_desktop.data.importer.kinds import SourceInfo
from ree_desktop.ui import theme
from ree_desktop.ui.state import ViewStateData

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"


@pytest.fixture
def with_paths(store):
    for name, stem in (("EXAMPLE supply path", "EXAMPLE_supply_path"),
                       ("EXAMPLE demand path", "EXAMPLE_demand_path")):
        run_import(EXAMPLES / f"{stem}.csv", store.user_path, options=Options(
            name=name, kind="path", source=SourceInfo(publisher="Example Consulting")))
    yield store
    theme.apply(QApplication.instance(), "light", 0)


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def check_legend_under_the_lines(panel) -> None:
    plot = panel.projection_plot
    legend, view = panel.projection_legend, plot.getPlotItem().vb
    names = [label.text.replace("<br>", " ") for _sample, label in legend.items]
    assert len(names) == 7 and any("EXAMPLE supply path" in n for n in names)
    lines = view.sceneBoundingRect()
    for sample, label in legend.items:
        for part in (sample, label):
            box = part.sceneBoundingRect()
            assert box.top() >= lines.bottom()  # never over the lines
            assert box.right() <= plot.viewport().width() + 1  # nor past the chart's edge
            assert box.bottom() <= plot.viewport().height() + 1  # nor cut at the bottom
    plot_box = plot.geometry()
    assert plot_box.bottom() < panel.projection.caption_box.geometry().top()


def test_legend_is_under_the_lines_at_1280x800(make_window, with_paths):
    window = make_window(ViewStateData(panel="demand"))
    settle()
    panel = window.panel("demand")
    check_legend_under_the_lines(panel)
    assert panel.projection_plot.getPlotItem().vb.height() > 120


def test_charts_keep_their_room_at_20_pt(make_window, with_paths):
    window = make_window(ViewStateData(panel="demand"))
    window.state.update(font_size=20)
    settle()
    panel = window.panel("demand")
    line = QFontMetrics(QApplication.font()).lineSpacing()
    assert panel.history_plot.height() >= 10 * line
    scroll = panel.history_splitter.parentWidget().parentWidget()
    assert scroll.objectName() == "historyScroll"
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the tab scrolls rather than squeezing the charts
    bar.setValue(bar.maximum())
    settle()
    check_legend_under_the_lines(panel)
    assert panel.projection_plot.getPlotItem().vb.height() > 150


@pytest.fixture
def reset_font():
    yield
    theme.apply(QApplication.instance(), "light", 0)


def test_what_if_controls_are_whole_at_the_usual_font(make_window, reset_font):
    """The controls' column was fixed at 330 px: "Flat" and the combos were cut at 1280×800
    and, at 20 pt, "User scenario — not a f"; now it is as wide as they need (up to half
    the panel, then it scrolls sideways) and the source caption is capped at three lines."""
    from ree_desktop.ui.flow_layout import CappedScroll
    from ree_desktop.ui.panels.demand import model as m

    window = make_window(ViewStateData(panel="demand"))
    window.state.update(options=m.DemandOptions.update("tab", "model"))
    settle()
    panel = window.panel("demand")
    scroll = panel.model_scroll
    assert scroll.viewport().width() >= scroll.widget().minimumSizeHint().width()
    assert not scroll.horizontalScrollBar().isVisible()
    assert isinstance(panel.model_caption.parentWidget().parentWidget(), CappedScroll)
    window.state.update(font_size=20)
    settle()
    assert scroll.width() >= panel.width() // 2 - 1  # wider, and the rest scrolls sideways
    assert scroll.horizontalScrollBar().maximum() > 0
