"""The main window, Overview and Data panels, driven like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QLabel

from ree_desktop.ui.main_window import MainWindow, make_settings, saved_state
from ree_desktop.ui.state import ViewState, ViewStateData


def test_navigation_lists_only_existing_panels_and_switches(make_window, qtbot):
    window = make_window()
    names = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    assert names[0] == "overview" and "data" in names
    window.nav.setCurrentRow(names.index("data"))
    assert window.state.panel == "data"
    assert window.current_panel().name == "data"
    assert window.windowTitle() == "REE Desktop — Data"


def test_overview_cards_show_latest_figures_with_sources(make_window):
    window = make_window()
    cards = {card.headline.key: card for card in window.panel("overview").cards}
    world = cards["world_production"]
    assert world.value_label.text() == "390,000 t REO"
    assert world.year_label.text() == "2025 · estimate"
    china = cards["china_mining"]
    assert china.value_label.text() == "69 %"
    price = cards["price_Nd+Pr"]
    assert price.value_label.text().endswith("USD/kg")
    sources = window.panel("overview").findChildren(QLabel, "sourceCaption")
    assert all(label.text().startswith("Source:") for label in sources)
    assert any("MCS 2026" in label.text() for label in sources)


def test_overview_sparkline_plots_the_history(make_window):
    window = make_window()
    card = next(c for c in window.panel("overview").cards if c.headline.key == "china_mining")
    x, y = card.sparkline.getPlotItem().listDataItems()[0].getData()
    assert 2024 in list(x) and max(y) <= 100


def test_clicking_a_card_opens_its_panel(make_window, qtbot):
    window = make_window()
    world = next(c for c in window.panel("overview").cards)
    target = world.headline.target_panel
    qtbot.mouseClick(world, Qt.MouseButton.LeftButton)
    expected = target if target in window.panel_classes else "overview"
    assert window.state.panel == expected


def test_data_panel_filters_and_sorts(make_window, qtbot):
    window = make_window(ViewStateData(panel="data"))
    panel = window.panel("data")
    item = panel._find_item(("dataset", "mine_production"))
    panel.tree.setCurrentItem(item)
    assert panel.title_label.text() == "Dataset mine_production"
    total = panel.model.rowCount()
    assert total == 713
    qtbot.keyClicks(panel.filter_edit, "chn ths2020")
    qtbot.waitUntil(lambda: panel.model.rowCount() < total)
    frame = panel.model.frame
    assert set(frame["country_iso3"]) == {"CHN"} and set(frame["edition"]) == {"THS2020"}
    assert len(frame) == 18
    assert panel.count_label.text() == f"{len(frame)} of 713 rows"
    assert "U.S. Geological Survey (USGS)" in set(panel.sources_model.frame["publisher"])
    panel.table.sortByColumn(list(frame.columns).index("year"), Qt.SortOrder.DescendingOrder)
    year_column = list(panel.model.frame.columns).index("year")
    assert panel.model.index(0, year_column).data() == "2015"


def test_data_panel_lists_every_table_of_both_databases(make_window):
    window = make_window(ViewStateData(panel="data"))
    panel = window.panel("data")
    for key in (("table", "main.sources"), ("table", "user.observations")):
        assert panel._find_item(key) is not None


def test_filter_bar_years_drive_the_state(make_window, qtbot):
    window = make_window()
    window.years.end.setValue(2015)
    qtbot.waitUntil(lambda: window.state.year_range[1] == 2015)
    window.state.update(year_range=(2000, 2010))
    assert window.years.value() == (2000, 2010)


def test_country_picker_search_and_selection(make_window, qtbot):
    window = make_window()
    picker = window.country_picker
    picker.search.setText("Burma")
    visible = [picker.list.item(i) for i in range(picker.list.count())
               if not picker.list.item(i).isHidden()]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in visible] == ["MMR"]
    picker.set_selected(["MMR", "CHN"], emit=True)
    assert set(window.state.countries) == {"MMR", "CHN"}
    assert "Myanmar" in window.country_button.text()


def test_settings_restore_the_last_view(make_window, qtbot, store):
    settings = make_settings()
    window = MainWindow(store, ViewState(ViewStateData(panel="data", year=2011)), settings)
    qtbot.addWidget(window)
    window.close()
    restored = saved_state(make_settings())
    assert restored.panel == "data" and restored.year == 2011


def test_status_bar_names_database_and_sources(make_window):
    window = make_window()
    text = window.status_label.text()
    assert "Bundled database 2026-11-30" in text and "195 sources" in text


@pytest.mark.parametrize("text", ["Rare earths 2024", "稀土 中国"])
def test_fonts_render_glyphs_not_boxes(qtbot, text):
    """Rendered text must differ from the missing-glyph box of a private-use character."""
    from ree_desktop.app import create_application

    create_application()
    font = QFont()
    font.setPointSize(20)
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isspace())

    def render(s: str) -> QImage:
        image = QImage(400, 60, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawText(5, 40, s)
        painter.end()
        return image

    assert render(text) != render("\ue000" * len(text))
