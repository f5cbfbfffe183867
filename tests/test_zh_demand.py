"""The Demand panel in Chinese (issue 17): scenarios, end uses, controls, chart titles,
legends and captions the app writes are Chinese on every tab (IEA and USGS source titles and
the what-if assumptions written by analysis/scenarios.py excepted: see below)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ree_desktop.ui.state import ViewState, ViewStateData

sys.path.insert(0, str(Path(__file__).parent))
from zh_helpers import app_english, data_words  # noqa: E402


@pytest.fixture
def panel(qtbot, store, chinese):  # noqa: F811 (the fixture)
    from ree_desktop.ui.panels.demand import DemandPanel

    widget = DemandPanel(store, ViewState(ViewStateData(panel="demand",
                                                        year_range=(1990, 2025))))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def source_words() -> set[str]:
    """The words of the USGS and IEA source descriptions the captions quote as published."""
    from english_text import english_words

    from ree_desktop.ui.panels.demand import model as m

    return set(english_words(m.USGS_SOURCE + " " + m.IEA_SOURCE))


def test_history_and_projections_are_chinese(panel, store):
    assert panel.tabs.tabText(0) == "历史与预测"
    assert panel.scenario_combo.itemText(0) == "STEPS — 既定政策情景"
    assert panel.use_combo.itemText(0) == "总需求"
    assert panel.supply_checks["mining"].text() == "采矿供应"
    item = panel.projection_plot.getPlotItem()
    from ree_desktop.ui.charts import full_title

    assert full_title(item) == "IEA 预测：按情景的总需求，及供应"
    legend = [label.text for _sample, label in panel.projection_legend.items]
    assert "IEA 采矿供应，基准情形（kt）" in legend
    assert "CAGR 1990–2025" in panel.cagr_label.text and "每年 +5.9 %" in panel.cagr_label.text
    allowed = data_words(store, panel.model.world, panel.model.consumption) | source_words()
    found = [(w, t) for w, t in app_english(panel, allowed) if "showEvents" not in w]
    assert found == []  # the events toggle's tooltip is the events overlay's (not this panel)


def test_what_if_and_table_tabs_are_chinese(panel, store):
    from ree_desktop.ui.panels.demand import model as m

    panel.state.update(options=m.DemandOptions.update("tab", "model"))
    assert panel.start_buttons["constant"].text() == "持平"
    assert panel.growth_group.title().startswith("需求增长")
    allowed = data_words(store) | source_words()
    found = [(w, t) for w, t in app_english(panel, allowed)
             if "assumptions" not in w]  # lines written by analysis/scenarios.py (English)
    assert found == []
    panel.state.update(options=m.DemandOptions.update("tab", "table"))
    headers = [panel.table_model.headerData(i, __import__("PySide6.QtCore").QtCore.Qt
                                            .Orientation.Horizontal)
               for i in range(panel.table_model.columnCount())]
    assert headers[:2] == ["情景", "终端应用"]
    assert panel.table_filter.itemText(0) == "全部行"
    # the data keep their English column names (CSV exports are machine-read)
    assert list(panel.export_frame().columns[:2]) == ["scenario", "end_use"]
