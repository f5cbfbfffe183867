"""The Countries panel in front of a room and in a report: ``present_highlight`` (the
presentation helper's hook), the export's full source caption (no "+N more", issue 16) and
no text clipped at 16 and 20 pt on 1280×800 (tests/clipping.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ree_desktop.ui import theme
from ree_desktop.ui.state import ViewState, ViewStateData

sys.path.insert(0, str(Path(__file__).parent))
from clipping import clipped_texts  # noqa: E402

FOUR = ("CHN", "USA", "AUS", "MMR")


def make(qtbot, store, view="line", years=(2015, 2024), countries=FOUR):
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.countries import CountriesPanel

    create_application()
    panel = CountriesPanel(store, ViewState(ViewStateData(
        panel="countries", view=view, metric="production", countries=countries,
        year_range=years, year=2024)))
    qtbot.addWidget(panel)
    panel.resize(1080, 720)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_present_highlight_emphasises_one_country_in_every_view(qtbot, store):
    panel = make(qtbot, store)
    china, usa = panel.series_items["CHN"], panel.series_items["USA"]
    normal = china.opts["pen"].widthF()
    panel.present_highlight("country", "CHN")
    assert china.opts["pen"].widthF() > 2 * normal * 0.99 and china.opacity() == 1.0
    assert usa.opacity() < 0.5 and usa.opts["pen"].widthF() == pytest.approx(normal)
    # the bars: China outlined, the others faded
    panel.state.update(view="bars")
    bars = panel.bar_item.opts
    order = [code for code, _value in panel.bar_values()]
    china_at = order.index("CHN")
    pens = [pen.widthF() for pen in bars["pens"]]
    alphas = [brush.color().alpha() for brush in bars["brushes"]]
    assert pens[china_at] > max(p for i, p in enumerate(pens) if i != china_at)
    assert alphas[china_at] == 255 and all(a < 100 for i, a in enumerate(alphas)
                                           if i != china_at)
    # the map: China's region thickly outlined above the others, the rest faded
    panel.state.update(view="map")
    shapes = panel.map.shapes
    assert shapes["CHN"].pen().widthF() >= 4 and shapes["CHN"].zValue() > \
        shapes["USA"].zValue()
    assert shapes["USA"].opacity() < 0.5 and shapes["CHN"].opacity() == 1.0
    # other kinds are ignored; None clears everywhere
    panel.present_highlight("stage", "mining")
    assert shapes["USA"].opacity() < 0.5
    panel.present_highlight("country", None)
    assert shapes["USA"].opacity() == 1.0 and shapes["CHN"].pen().widthF() < 4
    panel.state.update(view="line")
    assert usa.opacity() == 1.0 and china.opts["pen"].widthF() == pytest.approx(normal)


def test_the_export_caption_lists_every_source_edition(qtbot, store):
    from ree_desktop.ui.export_parts import sources_line

    panel = make(qtbot, store, years=(1990, 2025), countries=("CHN", "USA", "AUS"))
    screen = panel.caption.text()
    exported = sources_line(panel)
    assert "more" not in exported
    usgs = [part for part in exported.split("; ") if part.startswith("U.S. Geological")]
    assert usgs and usgs[0].count(",") >= 6  # more editions than the on-screen cut of six
    if "more" in screen:  # the caption under the chart may shorten, the export may not
        assert len(exported) > len(screen.replace("Source: ", ""))


@pytest.fixture
def reset_font():
    yield
    theme.apply(QApplication.instance(), "light", 0)


@pytest.mark.parametrize("size", [16, 20])
def test_nothing_is_clipped_at_large_fonts(make_window, reset_font, size):
    window = make_window(ViewStateData(panel="countries", metric="production",
                                       countries=FOUR, year_range=(2015, 2024), year=2024))
    window.state.update(font_size=size)
    panel = window.panel("countries")
    problems = []
    for view in ("line", "bars", "map", "table"):
        window.state.update(view=view)
        for _ in range(3):
            QApplication.processEvents()
        problems += [f"{view}: {p}" for p in clipped_texts(panel)]
    assert problems == []


@pytest.mark.parametrize("size", [16, 20])
def test_the_value_axis_keeps_its_labels_at_large_fonts(make_window, reset_font, size):
    """A fixed 56 px axis kept only '0' and '50k' at 16 pt: the axis widens with the font."""
    from PySide6.QtGui import QImage, QPainter

    window = make_window(ViewStateData(panel="countries", view="line", metric="production",
                                       countries=FOUR, year_range=(1990, 2025), year=2024))
    window.state.update(font_size=size)
    for _ in range(3):
        QApplication.processEvents()
    axis = window.panel("countries").line_plot.getPlotItem().getAxis("left")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        texts = [spec[-1] for spec in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()
    assert {"100k", "200k"} <= set(texts), texts
