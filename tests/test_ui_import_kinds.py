"""Issue 19 in the wizard: each example file imported with its kind and source, the kind
guess shown, a bad URL stops the wizard on one line, and replace updates the dataset."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ree_desktop.ui.state import ViewStateData

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
KINDS = {"EXAMPLE_country_series_companies.csv": "country",
         "EXAMPLE_price_series_monthly.csv": "price",
         "EXAMPLE_stage_shares.csv": "stage",
         "EXAMPLE_demand_path.csv": "path",
         "EXAMPLE_other_quarterly.csv": "other"}


def next_page(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=20000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_source(details, **values) -> None:
    for key, value in values.items():
        details.fields[key].setText(value)


@pytest.mark.parametrize("name", sorted(KINDS))
def test_each_example_imports_from_the_wizard_with_its_kind_and_source(name, make_window,
                                                                       qtbot, store):
    window = make_window(ViewStateData(panel="data"))
    wizard = window.import_csv(EXAMPLES / name)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    details = mapping.details
    label = {"country": "country series", "price": "price series",
             "stage": "stage shares or quantities", "path": "demand or supply path",
             "other": "other"}[KINDS[name]]
    qtbot.waitUntil(lambda: details.kind.itemText(0).endswith(label), timeout=5000)
    mapping.name_edit.setText(f"EXAMPLE wizard {KINDS[name]}")
    fill_source(details, publisher="Example Ltd", title="EXAMPLE report",
                url="https://example.com/r", accessed="2026-01-31")
    next_page(qtbot, wizard)
    check = wizard.validate_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=20000)
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=20000)
    summary = wizard.import_page.summary.text()
    assert f"kind: {KINDS[name]}" in summary and "source: user:example_wizard" in summary
    wizard.accept()
    datasets = store.datasets().set_index("id")
    row = datasets.loc[f"example_wizard_{KINDS[name]}"]
    assert row["content"] == KINDS[name] and row["sources"] == "Example Ltd"


def test_a_bad_source_url_keeps_the_wizard_on_the_columns_page(make_window, qtbot):
    window = make_window()
    wizard = window.import_csv(EXAMPLES / "EXAMPLE_price_series_monthly.csv")
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    fill_source(mapping.details, url="javascript:alert(1)")
    qtbot.waitUntil(lambda: "give an http" in mapping.status.text(), timeout=5000)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    fill_source(mapping.details, url="")
    qtbot.waitUntil(mapping.isComplete, timeout=5000)
    wizard.reject()


def test_the_wizard_asks_and_replaces_an_existing_dataset(make_window, qtbot, store):
    path = EXAMPLES / "EXAMPLE_price_series_monthly.csv"
    window = make_window()
    for choice in ("new", "replace"):
        wizard = window.import_csv(path)
        next_page(qtbot, wizard)
        mapping = wizard.mapping_page
        mapping.name_edit.setText("EXAMPLE NdPr")
        if choice == "replace":
            qtbot.waitUntil(lambda m=mapping: "already have" in m.details.existing.text(),
                            timeout=5000)
            combo = mapping.details.update_combo
            combo.setCurrentIndex(combo.findData("replace"))
        next_page(qtbot, wizard)
        qtbot.waitUntil(lambda w=wizard: w.validate_page.result is not None, timeout=20000)
        next_page(qtbot, wizard)
        qtbot.waitUntil(wizard.import_page.isComplete, timeout=20000)
        wizard.accept()
    ids = set(store.datasets()["id"])
    assert "example_ndpr" in ids and "example_ndpr_2" not in ids
    assert len(store.observations("example_ndpr")) == 12
