"""The Overview and the event detail dialog in Chinese (issue 17): no visible English but
data text (source titles), the headline texts written from the stored figures, and English
unchanged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ree_desktop.ui.state import ViewState, ViewStateData

sys.path.insert(0, str(Path(__file__).resolve().parent))
from english_text import visible_english  # noqa: E402


@pytest.fixture
def en():
    from ree_desktop.app import create_application

    create_application()


def overview(qtbot, store, size=(1280, 800)):
    from ree_desktop.ui.panels.overview import OverviewPanel

    panel = OverviewPanel(store, ViewState(ViewStateData(panel="overview")))
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def card(panel, key):
    return next(c for c in panel.cards if c.headline.key == key)


def texts(card_widget) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in card_widget.findChildren(QLabel)]


def test_overview_in_chinese_shows_no_english_but_source_titles(qtbot, store, chinese):
    panel = overview(qtbot, store)
    assert len(panel.cards) == 6
    assert visible_english(panel) == []
    assert "稀土概览：有数据的最新年份" in texts(panel)
    world = card(panel, "world_production")
    assert "世界矿山产量" in texts(world)
    assert world.value_label.text() == "390,000 t REO"  # the stored figure, SI unit
    assert world.year_label.text() == "2025 · 估计值"
    china = card(panel, "china_mining")
    assert "中国在采矿环节的份额" in texts(china)
    assert "270,000 / 390,000 t REO（MCS2026）" in texts(china)  # the stored numbers
    price = card(panel, "price_Nd+Pr")
    assert "氧化镨钕价格" in texts(price)
    assert "氧化镨钕（纯度≥99%），年均价，离岸价（FOB）" in texts(price)
    demand = card(panel, "demand_growth")
    assert "磁性稀土需求，STEPS，至2040年" in texts(demand)
    assert demand.value_label.text() == "+3.2 %/年"
    assert "90.9 kt（2024年）→ 149.6 kt（2040年）" in texts(demand)
    assert world.source_label.text().startswith("来源：USGS MCS 2026")  # title as published


def test_overview_in_chinese_at_1920_shows_no_english(qtbot, store, chinese):
    panel = overview(qtbot, store, size=(1920, 1080))
    assert visible_english(panel) == []


def test_overview_in_english_is_unchanged(qtbot, store, en):
    panel = overview(qtbot, store)
    china = card(panel, "china_mining")
    assert "China's share of mining" in texts(china)
    assert "270,000 of 390,000 t REO (MCS2026)" in texts(china)
    assert card(panel, "demand_growth").value_label.text() == "+3.2 % a year"
    assert card(panel, "world_production").year_label.text() == "2025 · estimate"
    assert card(panel, "world_production").source_label.text().startswith("Source: USGS")


def test_stored_and_live_headlines_read_the_same_in_chinese(store, chinese):
    from ree_desktop.analysis.headlines import from_store
    from ree_desktop.data.headline_table import HeadlineRow, read_headlines

    stored = read_headlines(store.conn)
    live = [HeadlineRow.from_headline(h) for h in from_store(store)]
    assert [r.shown_title() for r in stored] == [r.shown_title() for r in live]
    assert [r.shown_detail() for r in stored] == [r.shown_detail() for r in live]
    assert [r.value for r in stored] == [r.value for r in live]  # no new number


def event_dialog(qtbot, store, date):
    from ree_desktop.data import prices_events as pe
    from ree_desktop.ui.dialogs.event_detail import EventDetailDialog

    events = pe.events(store)
    event = events[events["date"] == date].iloc[0]
    dialog = EventDetailDialog(event, store.country_names)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_event_detail_in_chinese(qtbot, store, chinese):
    dialog = event_dialog(qtbot, store, "2025-04-04")
    assert dialog.title_label.text() == "中国对七种中重稀土实施出口许可管理"
    assert dialog.field_text("Date") == "2025年4月4日"
    assert dialog.field_text("Countries") == "中国 (CHN)"
    assert dialog.field_text("What happened").startswith("商务部、海关总署2025年第18号公告")
    assert dialog.windowTitle() == "事件 — 2025-04-04"
    assert visible_english(dialog) == []  # the source and its note are data text


def test_event_tooltip_in_chinese(store, chinese):
    from ree_desktop.data import prices_events as pe
    from ree_desktop.ui.event_text import event_tooltip

    events = pe.events(store)
    tip = event_tooltip(events[events["date"] == "2024-10"].iloc[0]).split("\n")
    assert tip[0] == "克钦武装夺取供应中国的缅甸稀土采矿中心"
    assert tip[1] == "2024年10月（仅知月份）"
    assert tip[2] == "类别：地缘政治"
    assert tip[-1] == "点击查看详情"


def test_event_detail_in_english_is_unchanged(qtbot, store, en):
    dialog = event_dialog(qtbot, store, "2025-04-04")
    assert dialog.title_label.text().startswith("China requires export licences")
    assert dialog.field_text("Date") == "4 April 2025"
    assert dialog.field_text("Countries") == "China (CHN)"
    assert dialog.windowTitle() == "Event — 2025-04-04"


@pytest.mark.parametrize("size", [16, 20])
def test_overview_cards_fit_the_width_at_large_fonts_in_chinese(make_window, chinese, size):
    """At 16 and 20 pt the cards take fewer columns rather than run off the side (the
    heading wraps); Chinese glyphs are taller, so the labels must not be cut either."""
    from PySide6.QtWidgets import QApplication

    from ree_desktop.ui import theme

    sys.path.insert(0, str(Path(__file__).parent))
    from clipping import clipped_texts

    window = make_window(ViewStateData(panel="overview"))
    try:
        window.state.update(font_size=size)
        for _ in range(3):
            QApplication.processEvents()
        panel = window.current_panel()
        viewport = panel.grid_host.parentWidget()
        if size == 20:
            assert len({c.geometry().x() for c in panel.cards}) < 3  # fewer columns
        for card_widget in panel.cards:
            assert card_widget.geometry().right() <= viewport.width(), card_widget.objectName()
        assert clipped_texts(panel) == []
    finally:
        theme.apply(QApplication.instance(), "light", 0)
