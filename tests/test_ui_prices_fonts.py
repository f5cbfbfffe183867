"""Prices & events at large fonts: at 16 and 20 pt on 1280×800 no text inside the panel is
clipped (issue 16 item 3: "Related export controls" was 15 px short at 20 pt), and the
event strip still labels events without overlap."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QApplication

from ree_desktop.ui import theme
from ree_desktop.ui.state import ViewStateData


@pytest.fixture
def reset_font():
    yield
    theme.apply(QApplication.instance(), "light", 0)


@pytest.mark.parametrize("size", [16, 20])
def test_prices_text_fits_at_large_fonts(make_window, reset_font, size):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from clipping import clipped_texts

    window = make_window(ViewStateData(panel="prices"))
    window.state.update(font_size=size)
    for _ in range(3):
        QApplication.processEvents()
    panel = window.panel("prices")
    assert QApplication.font().pointSizeF() == size
    assert clipped_texts(panel) == []
    if panel.reflow.merged:  # the side columns are two tabs: each is checked when shown
        tabs = panel.reflow.tabs
        tabs.setCurrentIndex(1 - tabs.currentIndex())
        QApplication.processEvents()
        assert clipped_texts(panel) == []
    assert panel.reflow.merged == (size == 20)  # 16 pt still fits three columns
    strip = panel.strip
    boxes = [strip.labels[e].sceneBoundingRect() for e in strip.labelled_ids()]
    assert boxes
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b)


def test_columns_come_back_when_the_font_shrinks(make_window, reset_font):
    window = make_window(ViewStateData(panel="prices"))
    panel = window.panel("prices")
    assert not panel.reflow.merged and panel.splitter.count() == 3
    window.state.update(font_size=20)
    QApplication.processEvents()
    assert panel.reflow.merged and panel.reflow.tabs.count() == 2
    assert panel.reflow.tabs.tabText(1) == "Events"
    window.state.update(font_size=0)
    QApplication.processEvents()
    assert not panel.reflow.merged
    assert panel.events_part.widget.isVisible() and panel.element_list.isVisible()


def test_event_filters_show_their_all_choice_whole_at_the_usual_size(make_window):
    """At the usual font on 1280×800 the category filter read "All categorie"."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from clipping import clipped_texts

    window = make_window(ViewStateData(panel="prices"))
    QApplication.processEvents()
    panel = window.panel("prices")
    combos = (panel.category_filter, panel.country_filter, panel.element_filter)
    assert [c.currentText() for c in combos] == [
        "All categories", "All countries", "All elements"]
    assert clipped_texts(panel) == []


def test_quota_axis_reads_like_the_price_axis(make_window):
    """The quota chart's axis printed "250000" under the price chart's "2,000"."""
    window = make_window(ViewStateData(panel="prices"))
    QApplication.processEvents()
    axis = window.panel("prices").quota_plot.getPlotItem().getAxis("left")
    assert axis.tickStrings([50000.0, 250000.0], 1.0, 50000.0) == ["50k", "250k"]
    assert axis.labelText == "t REO"


def test_not_published_sits_in_the_missing_series_slot(make_window):
    """2020 has a mining quota bar and no smelting total: "not published" was written over
    the mining bar (centred on the year); it belongs in the smelting bar's empty slot."""
    from ree_desktop.ui.panels.prices import quota_model as q

    window = make_window(ViewStateData(panel="prices", year_range=(2015, 2025)))
    QApplication.processEvents()
    part = window.panel("prices").quota
    view = window.panel("prices").quota_view()
    single = {year: series for year, series in view.not_published.items() if len(series) == 1}
    assert single, "a year with one quota series unpublished"
    for year, (series,) in single.items():
        label = part.gap_labels[year]
        assert label.isVisible()
        assert label.pos().x() == year + q.QUOTA_SERIES[series][0]
