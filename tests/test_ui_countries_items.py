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


def test_the_items_choice_shows_only_for_a_metric_with_items(qtbot, store):
    panel = make(qtbot, store)
    combo = panel.metric_combo
    assert not [combo.itemText(i) for i in range(combo.count())
                if "EXAMPLE Mine" in combo.itemText(i)]  # one entry, not one per mine
    assert not panel.items_box.isVisible()
    index = combo.findData(SUM_KEY)
    assert combo.itemText(index) == "EXAMPLE mine output: 3 items (your data)"
    combo.setCurrentIndex(index)
    assert panel.items_box.isVisible()
    assert panel.items_combo.currentText().startswith("Sum per country")
    panel.state.update(metric="production")
    assert not panel.items_box.isVisible()


def test_the_sum_per_country_is_drawn_and_marked_as_a_lower_bound(qtbot, store):
    panel = make(qtbot, store)
    panel.metric_combo.setCurrentIndex(panel.metric_combo.findData(SUM_KEY))
    item = panel.series_items["AUS"]
    assert dict(zip(item.xData.astype(int), item.yData, strict=True)) == {
        2022: 1400.0, 2023: 1100.0, 2024: 1650.0}
    # the lower-bound point carries the marker: a hollow up-triangle at Australia 2023 only
    marks = panel.line.lower_item
    assert marks is not None
    assert [(int(p.pos().x()), p.pos().y(), p.symbol(), p.brush().color().alpha())
            for p in marks.points()] == [(2023, 1100.0, "t1", 0)]
    legend = [label.text for _sample, label in panel.legend.items]
    assert "≥ lower bound: some items have no figure that year" in legend
    assert "≥ = lower bound: some of your items have no figure in Australia 2023." in \
        panel.note.text()
    tip = panel.line.describe_point(2023, 1100.0)
    assert "≥ 1,100 t REO" in tip and "EXAMPLE Mine South" in tip
    assert "Example Mining Survey" in panel.sources_text()


def test_one_line_per_item_is_drawn_with_its_data_and_remembered(qtbot, store):
    panel = make(qtbot, store)
    panel.state.update(metric=SUM_KEY)
    index = panel.items_combo.findData("each")
    panel.items_combo.setCurrentIndex(index)
    assert panel.state.options["countries.by_item"] is True  # in the view options
    lines = {name: dict(zip(item.xData.astype(int).tolist(), item.yData.tolist(),
                            strict=True))
             for (item, name) in [(panel.series_items[code], name) for code, name, *_ in
                                  panel.rows.yearly_arrays]}
    assert list(lines) == ["EXAMPLE Mine North (Australia)", "EXAMPLE Mine South (Australia)",
                           "EXAMPLE Mine East (Canada)"]
    assert lines["EXAMPLE Mine North (Australia)"] == {2022: 1000.0, 2023: 1100.0,
                                                       2024: 1150.0}
    assert lines["EXAMPLE Mine East (Canada)"] == {2023: 300.0, 2024: 320.0}
    legend = [label.text for _sample, label in panel.legend.items]
    assert legend == list(lines)  # no lower bound when each item is drawn
    assert panel.line.lower_item is None
    export = panel.export_frame()
    assert set(export["item"]) == {"EXAMPLE Mine North", "EXAMPLE Mine South",
                                   "EXAMPLE Mine East"}
    # the bars rank the items, named with their country
    panel.state.update(view="bars", year=2024)
    assert list(panel.bar_axis.names.values()) == [
        "EXAMPLE Mine North (Australia)", "EXAMPLE Mine South (Australia)",
        "EXAMPLE Mine East (Canada)"]
    # back to the sum: the choice is an option like the others
    panel.items_combo.setCurrentIndex(panel.items_combo.findData("sum"))
    assert panel.state.options["countries.by_item"] is False


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
