"""The legend under a chart wraps between entries, never inside one: Chinese has no spaces,
so "Tb 年末价格区间" broke after "区" at 16 pt on 1280×800 (Prices in zh_CN)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from ree_desktop.ui.charts import ChartLegend
from ree_desktop.ui.charts.legends import WORD_JOINER


def shown_lines(legend: ChartLegend, width: int) -> list[str]:
    """The lines the legend's text is laid out in at ``width`` (word joiners removed)."""
    document = QTextDocument()
    document.setDefaultFont(legend.font())
    document.setHtml(legend.text())
    document.setTextWidth(width)
    document.size()  # lays the text out
    lines = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            part = text[line.textStart(): line.textStart() + line.textLength()]
            lines.append(part.replace(WORD_JOINER, "").replace("\u00a0", " ").strip())
        block = block.next()
    return lines


def test_chinese_entries_wrap_whole(qtbot):
    legend = ChartLegend()
    qtbot.addWidget(legend)
    names = ["Dy 年末价格区间", "Nd 年末价格区间", "Tb 年末价格区间", "出口管制",
             "相关物项出口管制", "贸易争端", "产业政策", "地缘政治"]
    legend.set_entries([[("#000000", "band", name)] for name in names])
    lines = shown_lines(legend, 330)
    assert len(lines) > 2  # it did wrap
    glyph = ChartLegend.GLYPHS["band"]
    for line in lines:
        assert line.startswith(glyph), lines  # each line starts with an entry's swatch
    assert "".join(lines).count("年末价格区间") == 3
    assert legend.texts() == names  # the entries' text as given


def test_english_legend_text_is_unchanged(qtbot):
    legend = ChartLegend()
    qtbot.addWidget(legend)
    legend.set_entries([[("#000000", "bar", "Nd year-end range")]])
    assert WORD_JOINER not in legend.text()
    assert "Nd&nbsp;year&#8209;end&nbsp;range" in legend.text()
