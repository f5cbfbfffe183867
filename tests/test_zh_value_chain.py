"""The Value chain in Chinese (issue 17): stage titles as Chinese industry writes them, no
English the app writes on any tab (source titles, scopes and publishers stay as published),
Chinese country names on the bars, and English again after switching back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ree_desktop.ui.state import ViewState, ViewStateData

sys.path.insert(0, str(Path(__file__).parent))
from zh_helpers import app_english, data_words  # noqa: E402

STAGES = {"mining": "采矿", "refining": "分离冶炼", "metals": "金属及合金", "magnet": "永磁体",
          "end_use": "终端应用"}


@pytest.fixture
def panel(qtbot, store, chinese):
    from ree_desktop.ui.panels.value_chain import ValueChainPanel

    widget = ValueChainPanel(store, ViewState(ViewStateData(panel="value-chain", year=2024)))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_stage_titles_are_chinese(panel):
    assert {key: column.title.text() for key, column in panel.columns.items()} == STAGES
    assert [panel.stage_picker.itemText(i) for i in range(panel.stage_picker.count())] == \
        list(STAGES.values())
    assert panel.heading.text().startswith("稀土产业链各环节由谁掌握，2024 — 中国：采矿 71 %")
    assert panel.columns["mining"].summary.text().startswith("前三：91 % · HHI 5,302")
    assert "（下限）" in panel.columns["refining"].summary.text()
    assert panel.caption.text().startswith("来源：USGS MCS 2026")


def test_bars_name_countries_in_chinese(panel):
    mining = panel.columns["mining"]
    shown = " ".join(label.toPlainText() for label in mining.labels.values())
    assert "中国" in shown and "美国" in shown and "China" not in shown
    tip = mining.describe("CHN")
    assert tip.startswith("中国 — 采矿, 2024") and "来源：" in tip and "份额：" in tip


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_no_english_the_app_writes_on_any_tab(panel, store, tab):
    from ree_desktop.ui.panels.value_chain import model as m

    panel.state.update(options=m.ValueChainOptions.update("tab", tab))
    panel.refresh()
    allowed = data_words(store, panel.model.stages, panel.model.frames.bayan_obo) | {"km"}
    assert app_english(panel, allowed) == []


def test_english_again_after_switching_back(qtbot, store):
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.value_chain import ValueChainPanel

    create_application()
    widget = ValueChainPanel(store, ViewState(ViewStateData(panel="value-chain", year=2024)))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.columns["refining"].title.text() == "Separation & refining"
    assert "China" in widget.heading.text()


def test_segment_labels_fit_their_segments_in_chinese(make_window, chinese):  # noqa: F811
    """Chinese glyphs are taller than Latin ones: in the 1280×800 window a thin segment
    (Myanmar 7 %, Australia 8 % of mining) is labelled only if the label's ink fits it, so
    no two labels are drawn over each other."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    window = make_window(ViewStateData(panel="value-chain", year=2024), size=(1280, 800))
    for _ in range(3):
        QApplication.processEvents()
    panel = window.current_panel()
    mining = panel.columns["mining"]
    assert "中国" in " ".join(label.toPlainText() for label in mining.labels.values())
    for key, column in panel.columns.items():
        rows = {row.segment: row for row in column.segments}
        for segment, label in column.labels.items():
            row = rows[segment]
            pixels = row.share_pct * column.plot.height() / 102.0
            font = QFont(column.font())
            font.setPointSize(column._points(1.1 if row.share_pct >= 8 else 1.0))
            font.setBold(True)
            line = label.toPlainText().replace("\n", " ")
            ink = QFontMetrics(font).tightBoundingRect(line).height()
            assert ink <= pixels + 1, (key, segment, line, ink, pixels)


def test_concentration_table_reads_in_chinese(panel):
    """The table beside the concentration chart says what the HHI is in Chinese (it is
    only shown, never exported)."""
    model = panel.concentration_part.model
    frame = model.frame
    assert set(frame["HHI is"]) <= {"", "完整", "下限", "不完整"}
    assert "完整" in set(frame["HHI is"])
