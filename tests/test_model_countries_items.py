"""Issue 19 item 6: your items (mines, companies) one series each or summed per country, a
lower bound marked "≥" in years where some of the country's items have no figure — in the
line, bars, table, tooltip and export, without Qt."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from ree_desktop.data.importer import Options, run_import
from ree_desktop.data.importer.kinds import SourceInfo
from ree_desktop.data.store import Store
from ree_desktop.paths import bundled_db_path
from ree_desktop.ui.panels.countries import item_sums as its
from ree_desktop.ui.panels.countries import model as m
from ree_desktop.ui.panels.countries.rows_model import CountryRows

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / \
    "EXAMPLE_mine_output.csv"
SUM_KEY = "user:example_mine_output:value::::" + its.ITEM_SUM


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    db = tmp_path_factory.mktemp("items") / "user.db"
    run_import(EXAMPLE, db, options=Options(name="EXAMPLE mine output", source=SourceInfo(
        publisher="Example Mining Survey")))
    store = Store(bundled_db_path(), db)
    yield m.CountriesModel(store)
    store.close()


def rows(model, metric=SUM_KEY, year=2024, by_item=False) -> CountryRows:
    return CountryRows.build(model, metric, m.CountriesOptions(by_item=by_item),
                             ("AUS", "CAN"), (2020, 2025), year)


def test_a_dataset_with_items_is_listed_once_and_an_item_key_still_opens(model):
    entries = dict(model.metric_entries())
    assert entries[SUM_KEY] == "EXAMPLE mine output: 3 items (your data)"
    assert not [label for label in entries.values() if "EXAMPLE Mine" in label]
    assert model.resolve(SUM_KEY).has_items
    # a bookmark naming one item (the earlier listing) still opens that item's series
    north = rows(model, "user:example_mine_output:value::::EXAMPLE Mine North")
    assert dict(zip(north.shown["year"], north.shown["value"], strict=True)) == {
        2022: 1000.0, 2023: 1100.0, 2024: 1150.0}


def test_the_dataset_and_metric_as_the_command_line_lists_them_open_the_sum(model):
    """--metric offers ``user:DATASET:METRIC``: for a dataset with items that is its sum."""
    choice = model.resolve("user:example_mine_output:value")
    assert choice.key == SUM_KEY and choice.has_items and not choice.warning


def test_the_sum_is_a_lower_bound_where_an_item_has_no_figure(model):
    r = rows(model)
    aus = r.shown[r.shown["country_iso3"] == "AUS"].set_index("year")
    assert aus["value"].to_dict() == {2022: 1400.0, 2023: 1100.0, 2024: 1650.0}
    assert aus.loc[2023, "flag"] == "≥" and pd.isna(aus.loc[2022, "flag"])
    assert aus.loc[2023, "note"].startswith("≥: no figure this year for EXAMPLE Mine South")
    can = r.shown[r.shown["country_iso3"] == "CAN"]
    assert can["flag"].isna().all()  # one mine, always reported: a full sum


def test_table_tooltip_and_export_say_lower_bound(model):
    r = rows(model, year=2023)
    table = r.table_frame()
    flagged = table[(table["country_iso3"] == "AUS") & (table["year"] == 2023)]
    assert flagged["flag"].iloc[0].startswith("≥ (lower bound: the sum of the items")
    tip = r.describe_rows(r.shown[(r.shown["country_iso3"] == "AUS")
                                  & (r.shown["year"] == 2023)])
    assert "≥ 1,100" in tip and "lower bound" in tip
    assert r.sources_text("line") == "Example Mining Survey"
    export = r.export_frame("line")
    row = export[(export["country_iso3"] == "AUS") & (export["year"] == 2023)]
    assert row["flag"].tolist() == ["≥"]
    assert "EXAMPLE Mine South" in row["note"].iloc[0]
    assert r.bar_label(1100.0, "≥").startswith("≥ 1,100")


def test_items_in_different_units_are_not_summed():
    frame = pd.DataFrame({
        "country_iso3": ["AUS", "AUS"], "country": ["Australia"] * 2, "year": [2024, 2024],
        "value": [1.0, 900.0], "unit": ["kt", "t"], "flag": [None, None],
        "value_raw": [None, None], "edition": [None, None], "preferred": [1, 1],
        "source_publisher": ["x", "x"], "source": ["s", "s"], "source_url": [None, None],
        "note": [None, None], "item": ["A", "B"]})
    summed, notes = its.sum_items(frame)
    assert summed.empty
    assert notes == ["Australia 2024: your items use different units (kt, t); not summed"]


def test_the_note_names_the_lower_bound_country_years(model):
    assert "≥ = lower bound: some of your items have no figure in Australia 2023." in \
        rows(model).notes("line")
    assert "≥ = lower bound" not in rows(model, "production").notes("line")


def test_one_line_per_item_named_item_and_country_with_its_data(model):
    r = rows(model, by_item=True)
    lines = {name: dict(zip(years.tolist(), values.tolist(), strict=True))
             for _code, name, years, values, _e in r.yearly_arrays}
    assert list(lines) == ["EXAMPLE Mine North (Australia)", "EXAMPLE Mine South (Australia)",
                           "EXAMPLE Mine East (Canada)"]
    assert lines["EXAMPLE Mine North (Australia)"] == {2022: 1000.0, 2023: 1100.0,
                                                       2024: 1150.0}
    assert lines["EXAMPLE Mine East (Canada)"] == {2023: 300.0, 2024: 320.0}
    south = lines["EXAMPLE Mine South (Australia)"]
    assert south[2022] == 400.0 and south[2024] == 500.0
    assert math.isnan(south[2023])  # no figure in 2023: a gap, nothing filled in
    assert r.lower_bounds == {}  # an item's own figure is no lower bound
    assert "One line per item" in r.notes("line")
    assert r.bar_names() == ["EXAMPLE Mine North (Australia)", "EXAMPLE Mine South (Australia)",
                             "EXAMPLE Mine East (Canada)"]


def test_table_and_export_follow_the_choice(model):
    each, summed = rows(model, by_item=True), rows(model)
    table = each.table_frame()
    assert list(table.columns[:3]) == ["country", "country_iso3", "item"]
    assert sorted(set(table["item"])) == ["EXAMPLE Mine East", "EXAMPLE Mine North",
                                          "EXAMPLE Mine South"]
    assert len(table) == 7  # every item-year of the file in the range
    export = each.export_frame("line")
    assert list(export.columns[:3]) == ["country_iso3", "country", "item"]
    assert "≥" not in set(export["flag"].dropna())
    assert "item" not in summed.export_frame("line").columns
    assert len(summed.export_frame("line")) == 5  # AUS 2022-2024, CAN 2023-2024
    # the map is one region a country: the sum, whichever the line shows
    assert each.map_rows.set_index("country_iso3")["value"].to_dict() == {
        "AUS": 1650.0, "CAN": 320.0}


def test_the_sum_marks_lower_bound_years_per_line(model):
    assert rows(model).lower_bounds == {"AUS": {2023}}


def test_a_hostile_or_misplaced_items_option_is_harmless(model):
    # a non-boolean from a hand-edited bookmark keeps the default (the sum)
    assert m.CountriesOptions.from_options({"countries.by_item": "yes"}).by_item is False
    assert m.CountriesOptions.from_options({"countries.by_item": 1.0}).by_item is False
    # on a metric without items the option changes nothing: one line per country
    plain = CountryRows.build(model, "production", m.CountriesOptions(by_item=True),
                              ("AUS", "CAN"), (2020, 2025), 2024)
    assert not plain.by_item and [code for code, *_ in plain.yearly_arrays] == ["AUS", "CAN"]
    assert "item" not in plain.export_frame("line").columns


def test_items_in_mixed_units_are_named_in_the_note(tmp_path):
    csv = tmp_path / "mixed.csv"
    csv.write_text("Country,Year,Mine,Output,Unit\nAustralia,2024,A,1,kt\n"
                   "Australia,2024,B,900,t\nAustralia,2023,A,1,kt\nAustralia,2023,B,2,kt\n",
                   encoding="utf-8")
    db = tmp_path / "user.db"
    run_import(csv, db, options=Options(name="EXAMPLE mixed"))
    store = Store(bundled_db_path(), db)
    try:
        mixed = m.CountriesModel(store)
        key = next(k for k, _label in mixed.metric_entries() if k.endswith(":*"))
        r = CountryRows.build(mixed, key, m.CountriesOptions(), ("AUS",), (2020, 2025), 2024)
        assert r.shown["year"].tolist() == [2023]  # 2024 mixes kt and t: not summed
        assert "Australia 2024: your items use different units (kt, t); not summed." in \
            r.notes("line")
    finally:
        store.close()
