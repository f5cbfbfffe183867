"""Value chain at large fonts (issue 16): at 16 and 20 pt on 1280×800 and 1920×1080 the
five stage columns reflow (rows of columns inside a scrolling panel) so that no stage title,
scope, source or "Top 3" summary is clipped or drawn over the bars."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ree_desktop.ui import theme

sys.path.insert(0, str(Path(__file__).parent))
from clipping import clipped_texts  # noqa: E402


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def reset_font():
    yield
    theme.apply(QApplication.instance(), "light", 0)


def _rect_in_panel(panel, widget):
    top_left = widget.mapTo(panel, widget.rect().topLeft())
    return top_left.y(), top_left.y() + widget.height()


@pytest.mark.parametrize("window_size", [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize("size", [16, 20])
def test_stage_columns_reflow_at_large_fonts(make_window, reset_font, size, window_size):
    from ree_desktop.ui.state import ViewStateData

    window = make_window(ViewStateData(panel="value-chain"), size=window_size)
    window.state.update(font_size=size)
    settle()
    panel = window.panel("value-chain")
    assert clipped_texts(panel) == []
    for key, column in panel.columns.items():
        title = column.title
        metrics = title.fontMetrics()
        # every word of the title is whole and the wrapped title fits its height
        for word in title.text().split():
            assert metrics.horizontalAdvance(word) <= title.contentsRect().width(), (key, word)
        assert title.heightForWidth(title.width()) <= title.height() + 1, key
        # the summary ("Top 3 …") is below the bar, not over it
        plot_top, plot_bottom = _rect_in_panel(panel, column.plot)
        summary_top, _ = _rect_in_panel(panel, column.summary)
        if column.plot.isVisible():
            assert plot_bottom <= summary_top, key
            assert column.plot.height() >= 120, key
        assert column.summary.heightForWidth(column.summary.width()) <= column.summary.height() + 1


def test_stage_columns_stay_in_one_row_at_the_normal_size(make_window):
    from ree_desktop.ui.state import ViewStateData

    window = make_window(ViewStateData(panel="value-chain"))
    settle()
    panel = window.panel("value-chain")
    tops = {column.mapTo(panel, column.rect().topLeft()).y() for column in panel.columns.values()}
    assert len(tops) == 1
