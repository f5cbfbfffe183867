"""Chart titles and in-plot legends grow with the font size the user picks (issue 16, large
fonts): at 16 and 20 pt the Countries titles stayed 11 pt and every in-plot legend 9 pt
beside 20 pt axis labels. They grow more slowly than the font (the square root of the
ratio) so that the chart keeps its room; at the usual font nothing changes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ree_desktop.ui import theme
from ree_desktop.ui.state import ViewStateData


@pytest.fixture
def reset_font():
    yield
    theme.apply(QApplication.instance(), "light", 0)


def points(size: str) -> float:
    assert size.endswith("pt")
    return float(size[:-2])


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_countries_titles_and_legends_follow_the_font(make_window, reset_font):
    window = make_window(ViewStateData(panel="countries"))
    settle()
    panel = window.panel("countries")
    title = panel.line_plot.getPlotItem().titleLabel
    assert points(title.opts["size"]) == 11
    labels = [label for _sample, label in panel.legend.items]
    assert labels and {points(label.opts["size"]) for label in labels} == {9}
    window.state.update(font_size=20)
    settle()
    grown = points(title.opts["size"])
    assert 14 <= grown < 20  # larger, yet smaller than the 20 pt controls
    labels = [label for _sample, label in panel.legend.items]
    assert {points(label.opts["size"]) for label in labels} == {
        points(panel.legend.opts["labelTextSize"])}
    assert points(panel.legend.opts["labelTextSize"]) >= 12
    window.state.update(font_size=0)
    settle()
    assert points(title.opts["size"]) == 11
    assert {points(label.opts["size"]) for label in panel.legend.items[0][1:]} == {9}


def test_demand_legend_grows_with_the_font(make_window, reset_font):
    window = make_window(ViewStateData(panel="demand"))
    settle()
    legend = window.panel("demand").projection_legend
    assert points(legend.opts["labelTextSize"]) == 9
    window.state.update(font_size=16)
    settle()
    assert points(legend.opts["labelTextSize"]) > 11
    assert {points(label.opts["size"]) for _s, label in legend.items} == {
        points(legend.opts["labelTextSize"])}
