"""The import wizard driven like a user: open a file, change the delimiter, map a column,
check, import, and find the dataset in the Data and Countries panels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPlainTextEdit, QWizard

from ree_desktop.ui.dialogs.import_wizard import ImportWizard
from ree_desktop.ui.state import ViewStateData

CORPUS = Path(__file__).parent / "data" / "import"
EXAMPLE = Path(__file__).parent.parent / "docs" / "examples" / "usgs_mine_production_wide.csv"


def cell(model, row: int, column: str) -> str:
    index = model.index(row, list(model.frame.columns).index(column))
    return model.data(index, Qt.ItemDataRole.DisplayRole)


def next_page(qtbot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=20000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tree_labels(panel) -> list[str]:
    labels, stack = [], [panel.tree.topLevelItem(i)
                         for i in range(panel.tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        labels.append(item.text(0))
        stack.extend(item.child(i) for i in range(item.childCount()))
    return labels


def test_delimiter_override_updates_the_preview(make_window, qtbot):
    window = make_window()
    wizard = window.import_csv(CORPUS / "semicolon_decimal_comma.csv")
    page = wizard.format_page
    assert page.delimiter.currentData() == ";" and page.decimal.currentData() == ","
    assert page.model.columnCount() == 3
    assert cell(page.model, 0, "Value") == "1.234,5"
    page.delimiter.setCurrentIndex(page.delimiter.findData(","))
    qtbot.waitUntil(lambda: list(page.model.frame.columns) == ["Country;Year;Value"],
                    timeout=5000)
    assert "Changed by you: delimiter" in page.detected.text()
    page.delimiter.setCurrentIndex(page.delimiter.findData(";"))
    qtbot.waitUntil(lambda: page.model.columnCount() == 3, timeout=5000)
    wizard.reject()


def test_unreadable_file_shows_one_clear_message(make_window, qtbot):
    window = make_window()
    wizard = window.import_csv(CORPUS / "binary_png.csv")
    assert "not a text file" in wizard.format_page.error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_map_a_column_check_import_and_see_it(make_window, qtbot):
    window = make_window(ViewStateData(panel="data"))
    wizard = window.import_csv(CORPUS / "mapped_columns.csv")
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    assert "no column mapped as value" in mapping.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    mapping.map_column("Amt kt", "value")
    qtbot.waitUntil(mapping.isComplete, timeout=5000)
    assert cell(mapping.model, 0, "country_iso3") == "CHN"
    assert cell(mapping.model, 1, "value") == "2"
    mapping.name_edit.setText("Amounts by nation")
    mapping.unit_edit.setText("kt")
    qtbot.waitUntil(lambda: cell(mapping.model, 0, "unit") == "kt", timeout=5000)
    next_page(qtbot, wizard)
    check = wizard.validate_page
    qtbot.waitUntil(check.isComplete, timeout=20000)
    assert "All 2 rows are valid" in check.summary.text()
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=20000)
    assert "imported 2 rows" in wizard.import_page.summary.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)
    panel = window.panel("data")
    qtbot.waitUntil(lambda: "Amounts by nation" in tree_labels(panel), timeout=5000)
    assert panel.title_label.text() == "Dataset amounts_by_nation"
    assert {cell(panel.model, r, "country_iso3") for r in range(2)} == {"CHN", "IND"}
    assert {cell(panel.model, r, "unit") for r in range(2)} == {"kt"}


def test_invalid_rows_need_a_choice_and_a_fuzzy_name_needs_confirmation(make_window, qtbot):
    window = make_window()
    wizard = window.import_csv(CORPUS / "unknown_country.csv")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    check = wizard.validate_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=20000)
    assert check.problems.item(0, 0).text() == "3"
    assert check.problems.item(0, 3).text() == "unknown country"
    assert not check.isComplete()  # strict: the user must choose
    combo = check.unknown.cellWidget(0, 1)
    assert combo.currentData() is None  # the suggestion is offered, not taken
    combo.setCurrentIndex(combo.findData("USA"))
    qtbot.mouseClick(check.recheck, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: check.isComplete(), timeout=20000)
    assert "All 2 rows are valid" in check.summary.text()
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=20000)
    assert "USA" in wizard.import_page.summary.text()
    wizard.accept()


def test_skip_invalid_imports_the_rest_and_keeps_the_report(make_window, qtbot):
    window = make_window(ViewStateData(panel="data"))
    wizard = window.import_csv(CORPUS / "implausible_years.csv")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    check = wizard.validate_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=20000)
    assert "import only the 1 valid rows" in check.summary.text()
    qtbot.mouseClick(check.skip_invalid, Qt.MouseButton.LeftButton)
    assert check.isComplete()
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=20000)
    wizard.accept()
    panel = window.panel("data")
    qtbot.waitUntil(lambda: panel.report_button.isEnabled(), timeout=5000)
    dialog = panel.show_report()
    view = dialog.findChild(QPlainTextEdit, "importReportText")
    assert "line 2, column 'Year', value '19'" in view.toPlainText()
    assert "skipped 3 invalid rows" in view.toPlainText()
    dialog.close()


def test_rename_export_and_delete_from_the_data_panel(make_window, qtbot, tmp_path):
    from ree_desktop.data.importer import run_import

    window = make_window(ViewStateData(panel="data"))
    result = run_import(CORPUS / "hostile_header.csv", window.store.user_path,
                        window.store.bundled_path)
    panel = window.panel("data")
    window.state.update(options={"data_item": f"dataset:{result.dataset}"})
    panel.refresh()
    assert panel.rename_button.isEnabled() and panel.delete_button.isEnabled()
    panel.rename_selected("Formula cells")
    assert "Formula cells" in tree_labels(panel)
    out = tmp_path / "out.csv"
    panel.export_selected(out)
    assert "'=HYPERLINK" in out.read_text(encoding="utf-8")
    panel.delete_selected(confirm=False)
    assert "Formula cells" not in tree_labels(panel)
    assert "(none imported yet)" in tree_labels(panel)
    window.state.update(options={"data_item": "dataset:mine_production"})
    panel.refresh()
    assert not panel.delete_button.isEnabled()  # bundled data is read-only


def test_cancel_on_the_worker_thread_writes_nothing(make_window, qtbot, tmp_path):
    from ree_desktop.data.importer import Options
    from ree_desktop.ui.dialogs.import_wizard import ImportWorker

    big = tmp_path / "big.csv"
    big.write_text("Country,Year,Value\n" + "".join(
        f"{c},{1900 + y},{y}\n" for y in range(200) for c in ("China", "India", "Chile")))
    window = make_window()
    worker = ImportWorker(big, window.store, Options(name="cancelled"), dry_run=False)
    messages: list[str] = []
    worker.failed.connect(messages.append)
    worker.cancel()  # the user pressed Cancel: checked before every chunk
    worker.start()
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    worker.wait()
    assert "cancelled" in messages[0] and "nothing was written" in messages[0]
    assert "cancelled" not in set(window.store.datasets()["id"])


def test_drop_a_csv_on_the_window_opens_the_wizard(make_window, qtbot):
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(EXAMPLE))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    assert wizard.format_page.path() == EXAMPLE
    assert wizard.detection.wide and wizard.detection.header_row == 1
    wizard.reject()


def test_imported_dataset_is_offered_in_the_countries_panel(make_window, qtbot):
    from ree_desktop.data.importer import Options, run_import

    window = make_window(ViewStateData(panel="data"))
    run_import(EXAMPLE, window.store.user_path, window.store.bundled_path,
               Options(name="USGS example"))
    if "countries" not in window.panel_classes:
        pytest.skip("the Countries panel is not in this build")
    panel = window.panel("countries")
    window.state.update(panel="countries")
    panel.refresh()
    combo = panel.metric_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    mine = [i for i, label in enumerate(labels) if label.startswith("USGS example")]
    assert mine, labels
    combo.setCurrentIndex(mine[0])
    frame = panel.export_frame()
    china = frame[(frame["country_iso3"] == "CHN") & (frame["year"] == 2021)]
    assert list(china["value"]) == [168000.0]


@pytest.mark.parametrize(("name", "rows"), [("owid_grapher.csv", 4),
                                            ("usgs_title_footnotes.csv", 12)])
def test_publisher_layouts_import_without_mapping(make_window, qtbot, name, rows):
    window = make_window()
    wizard = window.import_csv(CORPUS / name)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    qtbot.waitUntil(mapping.isComplete, timeout=5000)  # value column found, nothing to map
    assert "no column mapped" not in mapping.status.text()
    next_page(qtbot, wizard)
    check = wizard.validate_page
    qtbot.waitUntil(check.isComplete, timeout=20000)
    assert f"All {rows} rows are valid" in check.summary.text()
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=20000)
    assert f"imported {rows} rows" in wizard.import_page.summary.text()
    assert "left out as not data" in wizard.import_page.summary.text()
    wizard.reject()
