"""Issue 19 item 6 on screen: the EXAMPLE mine output imported; the combo lists each mine and
the sum per country; the sum's line, table and note say "≥" where a mine has no figure."""

from __future__ import annotations

from pathlib import Path

from ree_desktop.data.importer import Options, run_import
from ree_desktop.data.importer.kinds import SourceInfo
from ree_desktop.ui.state import ViewState, ViewStateData

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / \
    "EXAMPLE_mine_output.csv"
SUM_KEY = "user:example_mine_output:value::::*"


def make(qtbot, store, view="line"):
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.countries import CountriesPanel

    run_import(EXAMPLE, store.user_path, options=Options(
        name="EXAMPLE mine output", source=SourceInfo(publisher="Example Mining Survey")))
    create_application()
    panel = CountriesPanel(store, ViewState(ViewStateData(
        panel="countries", view=view, metric="production", countries=("AUS", "CAN"),
        year_range=(2020, 2025), year=2023)))
    qtbot.addWidget(panel)
    panel.resize(1080, 720)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_sum_per_country_is_drawn_and_marked_as_a_lower_bound(qtbot, store):
    panel = make(qtbot, store)
    combo = panel.metric_combo
    mines = [combo.itemText(i) for i in range(combo.count()) if "EXAMPLE Mine" in
             combo.itemText(i)]
    assert len(mines) == 3  # one series per mine
    index = combo.findData(SUM_KEY)
    assert combo.itemText(index) == "EXAMPLE mine output: sum per country of 3 items " \
                                    "(your data)"
    combo.setCurrentIndex(index)
    item = panel.series_items["AUS"]
    assert dict(zip(item.xData.astype(int), item.yData, strict=True)) == {
        2022: 1400.0, 2023: 1100.0, 2024: 1650.0}
    assert "≥ = lower bound: some of your items have no figure in Australia 2023." in \
        panel.note.text()
    assert "Example Mining Survey" in panel.sources_text()


def test_the_table_says_lower_bound_in_words(qtbot, store):
    panel = make(qtbot, store, view="table")
    panel.state.update(metric=SUM_KEY)
    model = panel.table_model
    flags = [model.index(r, c).data() for r in range(model.rowCount())
             for c in range(model.columnCount())
             if str(model.index(r, c).data() or "").startswith("≥ (")]
    assert flags == ["≥ (lower bound: the sum of the items with a figure this year; some "
                     "of your items have none)"]
    export = panel.export_frame()
    assert export.loc[export["flag"] == "≥", "year"].tolist() == [2023]
