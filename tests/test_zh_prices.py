"""Prices & events in Simplified Chinese (issue 17): every text the panel writes is
translated — controls, chart titles and axes, legends, the strip's key, the quota chart's
"not published", notes and the words around the sources.

Left as they come: event titles (data; their Chinese versions come from the data layer),
publishers in the caption (data), and the chart kit's own texts (the legend's "hollow
marker = estimate" note and the caption's "Source:" prefix belong to ui/charts)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ree_desktop.ui.state import ViewState, ViewStateData

sys.path.insert(0, str(Path(__file__).parent))
from english_text import english_words, visible_english  # noqa: E402

KIT_WORDS = {"hollow", "marker", "estimate"}  # ChartLegend's note (ui/charts/legends.py)


@pytest.fixture
def zh_panel(qtbot, store):
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.prices import PricesPanel
    from ree_desktop.ui.translations import install_language

    app = create_application()
    assert install_language(app, "zh_CN") == "zh_CN"
    try:
        panel = PricesPanel(store, ViewState(ViewStateData(
            panel="prices", elements=("Nd", "Nd+Pr", "Dy", "Tb"), year_range=(1990, 2025))))
        qtbot.addWidget(panel)
        panel.resize(1100, 740)
        panel.show()
        qtbot.waitExposed(panel)
        panel.grab()
        yield panel
    finally:
        install_language(QApplication.instance(), "en")


def own_english(panel) -> list[tuple[str, str]]:
    """The panel's visible English, less data text and the chart kit's own words."""
    titles = {label.textItem.toPlainText() for label in panel.strip.labels.values()}
    found = []
    for where, text in visible_english(panel):
        if text in titles or "sourceCaption" in where:
            continue
        if set(english_words(text)) <= KIT_WORDS:
            continue
        found.append((where, text))
    return found


def test_prices_panel_has_no_english_of_its_own(zh_panel):
    assert own_english(zh_panel) == []


def test_chinese_terms_on_the_charts(zh_panel):
    panel = zh_panel
    assert panel.price_plot.getPlotItem().titleLabel.text == "氧化物价格"
    assert panel.price_plot.getPlotItem().getAxis("left").labelText == "USD/kg（对数）"
    legend = panel.legends["kg"].texts()
    assert "氧化钕（≥99.5%）" in legend and "氧化镨钕（≥99%）" in legend
    assert "出口管制" in legend and "仅知年份的事件" in legend  # the strip's key
    marks = {label.toPlainText() for label in panel.quota.gap_labels.values()
             if label.isVisible()}
    assert marks == {"未公布"}
    assert panel.events_check.text() == "显示事件"
    assert panel.category_checks["export_control"].text() == "出口管制"
    assert panel.axis_combo.currentText() == "对数"
    assert panel.event_count.text() == "54 / 54 个事件"
    assert panel.caption.text().count("价格：USGS") == 1


def test_your_data_legend_in_chinese():
    from ree_desktop import i18n
    from ree_desktop.ui.panels.prices.names import item_display

    i18n.install_translator(lambda _c, text: text, "zh_CN")
    try:
        assert item_display("NdPr oxide (your data)") == "NdPr oxide（你的数据）"
        assert item_display("Neodymium oxide (99.5% min)") == "氧化钕（≥99.5%）"
        assert item_display("Yttrium oxide (99.999%)") == "氧化钇（99.999%）"
    finally:
        i18n.install_translator(None)
    assert item_display("Neodymium oxide (99.5% min)") == "Neodymium oxide (99.5% min)"


def test_prices_messages_are_all_translated():
    """The .ts has no unfinished message in this panel's context (the .qm is built from it)."""
    text = (Path(__file__).parent.parent / "resources" / "translations"
            / "ree_desktop_zh_CN.ts").read_text(encoding="utf-8")
    start = text.index("<name>Prices</name>")
    block = text[start:text.index("</context>", start)]
    assert block.count("<message>") >= 60
    assert 'type="unfinished"' not in block
