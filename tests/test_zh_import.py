"""The import wizard and the Data panel in Chinese: no visible English on any page (a file's
own header names and cells are data text), importer errors in Chinese with file, row and
column, and the command line still in English (no translator is installed there)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ree_desktop.data.importer import Options, run_import
from ree_desktop.ui.dialogs.import_wizard import ImportWizard

sys.path.insert(0, str(Path(__file__).parent))
from english_text import english_words, visible_english  # noqa: E402

ROWS = "国家,年份,产量,单位\n中国,2023,240000,吨\n美国,2023,43000,吨\n澳大利亚,2022,18000,吨\n"




def next_page(qtbot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=20000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_wizard(qtbot, store, path: Path) -> ImportWizard:
    wizard = ImportWizard(store, path)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 760)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_every_wizard_page_is_chinese(chinese, qtbot, store, tmp_path):
    path = tmp_path / "产量.csv"
    path.write_bytes(ROWS.encode("gb18030"))
    wizard = open_wizard(qtbot, store, path)
    assert wizard.windowTitle() == "导入 CSV"
    assert wizard.format_page.title() == "1 · 文件与格式"
    assert wizard.format_page.detected.text().startswith("检测结果：GB18030，以逗号分隔，")
    assert visible_english(wizard) == []

    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    qtbot.waitUntil(mapping.isComplete, timeout=5000)
    assert mapping.title() == "2 · 列"
    assert mapping.details.kind.itemText(0) == "根据列推断：国家序列"
    assert [mapping.columns.cellWidget(r, 2).currentText() for r in range(4)] == \
        ["国家", "年份或日期", "数值", "单位"]
    assert visible_english(wizard) == []

    next_page(qtbot, wizard)
    check = wizard.validate_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=20000)
    assert check.summary.text() == "全部 3 行均有效：3 个国家，年份 2022–2023。"
    assert visible_english(wizard) == []

    next_page(qtbot, wizard)
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    summary = page.summary.text()
    assert summary.startswith("已将 3 行导入数据集 '产量'")
    assert "列映射：国家=国家, 年份=年份, 数值=产量, 单位=单位" in summary
    assert "编码：GB18030；分隔符：逗号" in summary
    assert visible_english(wizard) == []


def test_an_importer_error_is_chinese_with_line_and_column(chinese, qtbot, store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Country,Year,Value\nChina,2023,240000\nChina,20x3,1\nUSA,2023,abc\n",
                    encoding="utf-8")
    wizard = open_wizard(qtbot, store, path)
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=5000)
    next_page(qtbot, wizard)
    check = wizard.validate_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=20000)
    assert check.summary.text().startswith("3 行中有 <b>2 个问题</b>（1 × 年份错误; 1 × 非数值）")
    rows = [[check.problems.item(r, c).text() for c in range(5)]
            for r in range(check.problems.rowCount())]
    assert rows[0][:3] == ["3", "Year", "20x3"]  # line and column of the file, its value
    assert rows[0][3].startswith("不是合理的年份或日期（应为 ")
    assert rows[1][:4] == ["4", "Value", "abc", "不是有限数值"]
    assert rows[1][4].startswith("请修正数值")
    headers = [check.problems.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["行", "列", "值", "问题", "处理办法"]
    # the report kept with a dataset reads the same: one line, file line, column, value
    assert check.result.problems[0].text() == (
        "第 3 行，列 'Year'，值 '20x3'：不是合理的年份或日期（应为 "
        + rows[0][3].split("（应为 ")[1] + "——请修正日期（把 17/04/2025 写成 2025-04-17），"
        "或将另一列指定为年份")
    assert check.skip_invalid.text().startswith("仅导入有效行")
    assert visible_english(wizard) == []
    wizard.reject()


def test_a_file_that_cannot_be_read_says_so_in_chinese(chinese, qtbot, store, tmp_path):
    path = tmp_path / "book.csv"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    wizard = open_wizard(qtbot, store, path)
    assert wizard.format_page.error.text() == (
        "这是 Excel 工作簿（或其他压缩文件），不是 CSV 文本；请在 Excel 中使用 文件 → 另存为 → "
        "CSV UTF-8")
    words = [w for _, text in visible_english(wizard) for w in english_words(text)]
    assert words == []  # "Excel" is the program's name, as Chinese Excel writes it (allowed)
    wizard.reject()


def test_without_a_translator_the_importer_stays_english(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Country,Year,Value\nChina,20x3,1\n", encoding="utf-8")
    result = run_import(path, tmp_path / "user.db", options=Options())
    assert result.problems[0].text().startswith(
        "line 2, column 'Year', value '20x3': not a plausible year or date")


def test_the_data_panel_is_chinese(chinese, make_window, qtbot, tmp_path):
    from ree_desktop.ui.state import ViewStateData

    path = tmp_path / "产量.csv"
    path.write_bytes(ROWS.encode("gb18030"))
    window = make_window(ViewStateData(panel="data"))
    panel = window.current_panel()
    assert visible_english(panel) == []
    assert panel.import_button.text() == "导入 CSV…"
    assert panel.title_label.text() == "全部数据集及其行数和发布机构"
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(panel.model.columnCount())]
    assert headers[:3] == ["编号", "类型", "内容"]
    assert list(panel.export_frame().columns[:3]) == ["id", "kind", "content"]  # CSV: English
