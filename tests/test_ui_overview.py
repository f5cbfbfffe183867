"""Overview panel alone: a theme change restyles the cards instead of rebuilding them."""

from __future__ import annotations

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
