"""Exports in Chinese (issue 17): the exported SVG's title and source line are Chinese
("来源"), the CSV keeps English column names and its .sources.txt says what it is in
Chinese; the export menu entries are translated."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def svg_text(path: Path) -> str:
    """The SVG's text as read (Qt writes a line as several text runs)."""
    svg = path.read_text(encoding="utf-8")
    assert "<text" in svg  # text stays text (searchable, editable)
    return "".join(re.findall(r">([^<]*)</text>", svg))


def test_svg_title_and_source_are_chinese(make_window, chinese, tmp_path):  # noqa: F811
    from ree_desktop.ui.export_chart import export_panel
    from ree_desktop.ui.state import ViewStateData

    window = make_window(ViewStateData(panel="value-chain", year=2024))
    panel = window.panel("value-chain")
    svg = svg_text(export_panel(panel, tmp_path / "chain.svg"))
    assert "价值链：稀土产业链各环节由谁掌握，2024" in svg
    assert "来源：" in svg and "USGS MCS 2026" in svg  # the titles stay as published
    window.state.update(panel="demand")
    demand = window.panel("demand")
    svg = svg_text(export_panel(demand, tmp_path / "demand.svg"))
    assert "需求与趋势：IEA 预测：按情景的总需求，及供应" in svg
    assert "IEA 采矿供应，基准情形（kt）" in svg  # the legend, in Chinese
    assert "来源：" in svg


def test_csv_header_stays_english_and_sidecar_is_chinese(make_window, chinese, tmp_path):  # noqa: F811
    from ree_desktop.exports import sidecar_path, write_csv
    from ree_desktop.ui.state import ViewStateData

    window = make_window(ViewStateData(panel="demand"))
    panel = window.panel("demand")
    path = write_csv(panel.export_frame(), tmp_path / "demand.csv", panel.sources_text())
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert header.replace('"', "").startswith("scenario,end_use,element,country,year,value")
    sidecar = sidecar_path(path).read_text(encoding="utf-8")
    assert sidecar.splitlines()[0] == "REE Desktop 导出"
    assert "数据文件：demand.csv" in sidecar and "行数据的来源" in sidecar


def test_export_menu_entries_are_chinese(make_window, chinese):  # noqa: F811
    from PySide6.QtGui import QAction

    window = make_window()
    texts = [a.text() for a in window.findChildren(QAction)]
    assert "导出图表(&C)（PNG/SVG）…" in texts and "复制图表(&H)" in texts
