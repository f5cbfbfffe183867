"""Overview panel alone: a theme change restyles the cards instead of rebuilding them."""

from __future__ import annotations

import pytest

from ree_desktop.ui.state import ViewState, ViewStateData


def test_theme_change_restyles_the_cards_without_rebuilding_them(qtbot, store):
    from ree_desktop.app import create_application
    from ree_desktop.ui import theme
    from ree_desktop.ui.panels.overview import OverviewPanel

    app = create_application()
    panel = OverviewPanel(store, ViewState(ViewStateData(panel="overview")))
    qtbot.addWidget(panel)
    panel.resize(1080, 720)
    panel.show()
    qtbot.waitExposed(panel)
    cards = list(panel.cards)
    assert len(cards) == 6
    try:
        theme.apply(app, "dark")
        panel.state.update(theme="dark")
        assert panel.cards == cards  # the same six cards, restyled
        for card in cards:
            sparkline = card.sparkline
            assert sparkline.backgroundBrush().color().name().upper() == theme.DARK.background
            axis = sparkline.getPlotItem().getAxis("left")
            assert axis.textPen().color().name().upper() == theme.DARK.foreground
        drawn = [c for c in cards if any(v == v for _, v in c.headline.history)]  # not NaN
        assert drawn and all(c.sparkline.getPlotItem().listDataItems() for c in drawn)
        figures = [c.value_label.text() for c in cards]
        store.conn.execute("CREATE TEMP TABLE touched (x)")  # the data version moves on
        store.conn.execute("INSERT INTO touched VALUES (1)")
        panel.refresh()
        assert panel.cards != cards  # new data: the cards are built again
        assert [c.value_label.text() for c in panel.cards] == figures
    finally:
        theme.apply(app, "light")


def test_sparse_ticks_keep_every_nth_major_tick_so_labels_have_room():
    from ree_desktop.ui.panels.overview import sparse_ticks

    levels = [(20.0, [1920.0, 1940.0, 1960.0, 1980.0, 2000.0, 2020.0]), (5.0, [1925.0])]
    # 300 px for labels 100 px wide: every other one, the set clear of the ends
    assert sparse_ticks(levels, 1925, 2025, 300, 100) == [(40.0, [1960.0, 2000.0])]
    # a value axis draws its end labels: the first of each pair, 0 and the top included
    assert sparse_ticks(levels, 1925, 2025, 300, 100, ends=True) == [
        (40.0, [1940.0, 1980.0, 2020.0])]
    assert sparse_ticks(levels, 1915, 2025, 1000, 50) == [levels[0]]  # all fit; no minor
    assert sparse_ticks(levels, 1930, 2010, 1000, 50) == [(20.0, [1940.0, 1960.0, 1980.0,
                                                                  2000.0])]  # in range only
    assert sparse_ticks([], 0, 1, 300, 100) == []


@pytest.mark.parametrize("size", [16, 20])
def test_cards_and_sparklines_fit_at_large_fonts(make_window, size):
    """At 16 and 20 pt on 1280×800 (English): no card runs off the side (no horizontal
    scroll bar, the big figure whole) and no sparkline's tick labels are drawn over each
    other (the value axis keeps what fits one above the other, "400k" included)."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication, QScrollArea

    from ree_desktop.ui import theme

    window = make_window(ViewStateData(panel="overview"), size=(1280, 800))
    try:
        window.state.update(font_size=size)
        for _ in range(3):
            QApplication.processEvents()
        panel = window.current_panel()
        scroll = panel.findChild(QScrollArea)
        assert not scroll.horizontalScrollBar().isVisible()
        for card in panel.cards:
            value = card.value_label
            assert value.width() >= value.sizeHint().width() - 1, value.text()
            assert card.geometry().right() <= scroll.viewport().width()
            axis = card.sparkline.getPlotItem().getAxis("left")
            low, high = axis.range
            levels = axis.tickValues(low, high, axis.height())
            shown = [v for v in levels[0][1] if low <= v <= high] if levels else []
            line = QFontMetrics(QApplication.font()).height()
            assert len(shown) * line <= axis.height() + 1, card.objectName()
            labels = axis.tickStrings(shown, 1, 1)
            widest = max((QFontMetrics(QApplication.font()).horizontalAdvance(t)
                          for t in labels), default=0)
            assert widest <= axis.width(), (card.objectName(), labels)
    finally:
        theme.apply(QApplication.instance(), "light", 0)
