"""The Countries panel in Simplified Chinese (issue 17): every view (line, bars, map, table)
shows no English outside units, ISO codes and data text; a few exact Chinese strings.

The country picker (ui/country_picker.py) and the events toggle (ui/event_overlay.py) are
shared widgets with their own translations and tests; they are left out here by name."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ree_desktop.ui.state import ViewState, ViewStateData

sys.path.insert(0, str(Path(__file__).parent))
from english_text import visible_english  # noqa: E402

FOUR = ("CHN", "USA", "AUS", "MMR")
SHARED = ("showEvents",)  # the events toggle inside the line view (event_overlay.py)




def make(qtbot, store, view="line", metric="production"):
    from ree_desktop.ui.panels.countries import CountriesPanel

    panel = CountriesPanel(store, ViewState(ViewStateData(
        panel="countries", view=view, metric=metric, countries=FOUR,
        year_range=(1990, 2025), year=2024)))
    qtbot.addWidget(panel)
    panel.resize(1080, 720)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    return panel


def english_in(panel) -> list[tuple[str, str]]:
    sidebar = panel.findChild(QWidget, "countriesSidebar")
    roots = [w for w in sidebar.findChildren(QWidget, options=Qt.FindChildOption.
                                             FindDirectChildrenOnly) if w is not panel.picker]
    roots += [panel.tabs, panel.note, panel.caption, panel.detail, panel.message_bar]
    found = [hit for root in roots for hit in visible_english(root)]
    return [(where, text) for where, text in found
            if not any(where.endswith(f"in {name}") for name in SHARED)]


@pytest.mark.parametrize("view", ["line", "bars", "map", "table"])
def test_every_view_has_no_visible_english(chinese, qtbot, store, view):
    panel = make(qtbot, store, view=view)
    assert english_in(panel) == []
    assert [panel.tabs.tabText(i) for i in range(4)] == ["折线", "条形", "地图", "表格"]


def test_chinese_words_where_the_user_reads_them(chinese, qtbot, store, tmp_path):
    panel = make(qtbot, store, view="line")
    assert panel.metric_combo.currentText() == "矿山产量"
    from ree_desktop.ui.charts import full_title

    assert full_title(panel.line_plot.getPlotItem()) == "矿山产量，1990–2025"  # not ", "
    assert panel.toggles["log"].text() == "对数轴"
    assert "0 或未报告（来源未区分；未绘制）：澳大利亚 2004。" in panel.note.text()
    assert "每个国家-年份显示优先版本" in panel.note.text()
    assert panel.caption.text().startswith("来源：")  # publishers stay as published
    assert [label.text for _s, label in panel.legend.items] == ["中国", "美国", "澳大利亚",
                                                                "缅甸"]
    assert "来源：" in panel.line.describe_point(2020, 140_000)
    assert [panel.items_combo.itemText(i) for i in range(2)] == [
        "按国家合计（缺项处为 ≥）", "每个项目一条线"]
    panel.state.update(view="map")
    labels = [entry.label for entry in panel.map_legend.entries]
    assert labels[-1] == "无数据" and "0 t REO" in labels
    assert panel.map_legend.caption() == "t REO · 对数分级"
    panel.state.update(view="table")
    headers = [panel.table_model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(4)]
    assert headers == ["国家", "ISO3", "年份", "指标"]
    assert panel.table_model.index(0, 0).data() == "中国"
    # the CSV keeps its English column names and the data's own country names
    from ree_desktop.exports import write_csv

    path = write_csv(panel.export_frame(), tmp_path / "countries.csv",
                     country_names=store.english_country_names)
    export = pd.read_csv(path)
    assert list(export.columns[:3]) == ["country_iso3", "country", "year"]
    assert "China" in set(export["country"]) and "中国" not in set(export["country"])


def test_other_metrics_and_the_unit_words(chinese, qtbot, store):
    panel = make(qtbot, store, view="line", metric="share")
    assert panel.line_plot.getPlotItem().getAxis("left").label.toPlainText().strip() == \
        "占世界 %"
    assert english_in(panel) == []
    panel.state.update(metric="rp_ratio", view="bars")
    assert english_in(panel) == []
    panel.state.update(metric="growth", view="map")
    assert english_in(panel) == []
