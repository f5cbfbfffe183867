"""The Countries panel's Qt-free model: every figure, note, tooltip, caption and export row it
shows, checked without a window or Qt (bundled data; each number traced to its source row)."""

from __future__ import annotations

import math
import sqlite3
import subprocess
import sys

import pandas as pd
import pytest

from ree_desktop.ui.panels.countries import model as m
from ree_desktop.ui.panels.countries.rows_model import CountryRows

FOUR = ("CHN", "USA", "AUS", "MMR")


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    from ree_desktop.data.store import Store
    from ree_desktop.paths import bundled_db_path

    store = Store(bundled_db_path(), tmp_path_factory.mktemp("countries") / "user.db")
    yield m.CountriesModel(store)
    store.close()


def rows(model, metric="production", countries=FOUR, years=(2015, 2024), year=2024,
         **options) -> CountryRows:
    opts = m.CountriesOptions.from_options({m.OPTION + k: v for k, v in options.items()})
    return CountryRows.build(model, metric, opts, countries, years, year)


def line(r: CountryRows, code: str) -> dict[int, float]:
    for found, _name, years, values, _estimate in r.yearly_arrays:
        if found == code:
            return dict(zip(years.astype(int), values, strict=True))
    raise KeyError(code)


# -- options --------------------------------------------------------------------------------
def test_options_default_and_round_trip_through_the_saved_keys():
    assert m.CountriesOptions.from_options({}) == m.CountriesOptions()
    assert m.CountriesOptions().estimates is True  # marked by default, as before
    saved = {**m.CountriesOptions.update("share", True), **m.CountriesOptions.update("log", 1),
             **m.CountriesOptions.update("estimates", False)}
    assert saved == {"countries.share": True, "countries.log": True,
                     "countries.estimates": False}
    parsed = m.CountriesOptions.from_options(saved)
    assert parsed == m.CountriesOptions(share=True, log=True, estimates=False)
    assert parsed.changed_fields(m.CountriesOptions()) == {"share", "log", "estimates"}


@pytest.mark.parametrize("raw", [
    {"countries.share": "yes", "countries.log": [1], "countries.estimates": None,
     "countries.revisions": {"x": 1}},
    {"countries.share": 1e400, "countries.log": float("nan"), "countries.estimates": "0"},
])
def test_hostile_options_from_an_edited_bookmark_keep_the_defaults(raw):
    assert m.CountriesOptions.from_options(raw) == m.CountriesOptions()


def test_another_panels_options_change_no_countries_field():
    before = m.CountriesOptions.from_options({"countries.log": True})
    after = m.CountriesOptions.from_options({"countries.log": True, "demand.axis": "log",
                                             "demand_drivers": {"start": "APS"}})
    assert after.changed_fields(before) == set()


# -- metrics --------------------------------------------------------------------------------
def test_unknown_metric_shows_production_and_says_so(model):
    choice = model.resolve("tonnes_of_gold")
    assert choice.key == "production" and "'tonnes_of_gold' is not available" in choice.warning
    assert "'tonnes_of_gold' is not available" in rows(model, "tonnes_of_gold").notes("line")
    assert model.resolve("user:nothing:here").key == "production"
    assert model.resolve("share").warning == ""


def test_metric_frame_is_kept_until_the_metric_or_data_change(model):
    first = model.metric_frame(model.resolve("production"), False, (2015, 2024))
    assert model.metric_frame(model.resolve("production"), False, (2000, 2010)) is first
    assert model.metric_frame(model.resolve("production"), True, (2015, 2024)) is not first


# -- the line -------------------------------------------------------------------------------
def test_line_rows_are_preferred_values_with_gaps(model):
    r = rows(model)
    assert [code for code, *_ in r.yearly_arrays] == list(FOUR)
    assert line(r, "USA")[2022] == 42_500
    assert line(r, "AUS")[2016] == 14_000 and math.isnan(line(r, "AUS")[2017])
    assert line(r, "AUS")[2024] == 29_000  # MCS 2026, not MCS 2025's 13,000
    assert r.line_title() == "Mine production, 2015–2024"
    assert r.line_unit() == "t REO"
    assert "USGS" in r.sources_text("line")


def test_false_zeros_are_named_not_drawn(model):
    r = rows(model, countries=("IND", "BRA", "RUS"), years=(1998, 2016))
    assert line(r, "IND")[2014] == 1_700  # USGS yearbook (THS2020), not VC's 0
    assert line(r, "BRA")[2004] == 402
    assert math.isnan(line(r, "BRA")[2014])  # a gap, not a drop to zero
    assert ("0 or not reported (the source does not tell which; not drawn): Brazil 2014, "
            "Russia 2004.") in r.notes("line")


def test_share_and_other_metrics(model):
    assert line(rows(model, "share"), "CHN")[2022] == pytest.approx(210_000 / 297_000 * 100)
    share = rows(model, share=True)
    assert line(share, "USA")[2024] == pytest.approx(100 * 45_500 / 380_000)
    assert share.line_title().endswith(", share of world, 2015–2024")
    assert "never mixed" in share.notes("line")
    two = dict(countries=("CHN", "USA"), years=(2020, 2025))
    rp = rows(model, "rp_ratio", **two)
    assert line(rp, "CHN")[2025] == pytest.approx(44_000_000 / 270_000)
    assert "same edition" in rp.notes("line")
    growth = rows(model, "growth", log=True, **two)
    assert line(growth, "USA")[2022] == pytest.approx(100 * (42_500 / 42_400 - 1))
    assert not growth.use_log()  # growth is often negative: never on a log axis
    reserves = rows(model, "reserves", countries=("CHN", "USA"), years=(2020, 2026), year=2026)
    assert line(reserves, "CHN")[2025] == 44_000_000
    assert reserves.year_bounds()[1] >= 2026
    assert reserves.bar_values() == [("CHN", 44_000_000), ("USA", 1_900_000)]


def test_cagr_legend_names_the_rate_and_notes_countries_without_one(model):
    r = rows(model, "cagr", countries=("CHN", "NGA"), years=(2020, 2025))
    names = [name for _c, name, *_ in r.yearly_arrays]
    assert names[0].startswith("China (+") and names[0].endswith("% a year)")
    assert r.line_unit() == "t REO" and r.view_year == 2025 and r.year_text() == "2020–2025"
    note = r.notes("map")
    assert "No CAGR (needs values in both 2020 and 2025) for: Nigeria." in note
    assert "No data in" not in note


def test_estimates_and_log_notes(model):
    r = rows(model)
    estimate = dict(zip(*[a for c, _n, *a in r.yearly_arrays if c == "CHN"][0][::2],
                        strict=True))
    assert estimate[2024] and not estimate[2019]  # China 2024 is an estimate
    assert "Estimates: hollow markers" in r.notes("line")
    assert "Estimates" not in rows(model, estimates=False).notes("line")
    usa = rows(model, countries=("USA",), log=True)
    assert line(usa, "USA")[2016] == 0  # DS140: no US mine output in 2016-2017
    assert "cannot be drawn on a log axis" in usa.notes("line")


def test_revisions_listed_and_described(model):
    r = rows(model, countries=("AUS",), years=(2020, 2025), revisions=True)
    points = r.revision_points()
    assert ((points["year"] == 2024) & (points["value"] == 13_000)).any()
    text = r.describe_point(2024, 14_000)
    assert "13,000 t REO" in text and "MCS2025" in text and "MCS2026" in text
    assert "← charted" in text
    table = r.table_frame()
    assert sorted(table.loc[table["year"] == 2024, "edition"]) == ["MCS2025", "MCS2026"]
    assert "× = another edition's figure" in r.notes("line")
    assert rows(model, countries=("AUS",), revisions=False).revisions.empty


def test_hover_text_names_value_flag_edition_source(model):
    r = rows(model)
    text = r.describe_point(2022, 41_000)
    assert text.startswith("United States (USA), 2022")
    assert "42,500 t REO" in text and "MYB2022" in text and "Source: USGS" in text
    assert "270,000 t REO (estimate)" in r.describe_point(2024, 260_000)
    assert r.describe_point(2024, 260_000, visible=["USA"]).startswith("United States")
    assert r.describe_point(1800, 1) == ""


def test_missing_countries_and_empty_selection_are_named(model):
    eu = rows(model, countries=("DEU", "FRA", "CHN"))
    assert "No data in 2015–2024 for: Germany, France." in eu.notes("line")
    assert "No country selected" in rows(model, countries=()).notes("line")


# -- bars, map, table, export -----------------------------------------------------------------
def test_bars_ranked_for_the_year(model):
    r = rows(model, year=2022)
    assert [c for c, _ in r.bar_values()][:2] == ["CHN", "USA"]
    assert [v for _, v in r.bar_values()][:2] == [210_000, 42_500]
    assert r.bar_title() == "Mine production, 2022 (ranked)"
    assert r.describe_bar(1).startswith("United States (USA), 2022")
    assert r.describe_bar(99) == ""
    assert rows(model, year=2024).bar_label(270_000, "e") == "270,000 t REO (e)"


def test_map_rows_every_country_with_rank(model):
    r = rows(model)
    assert r.map_rows.set_index("country_iso3").loc["CHN", "value"] == 270_000
    assert "270,000 t REO" in r.describe_country("CHN")
    assert f"Rank 1 of {len(r.map_rows)}" in r.describe_country("CHN")
    assert r.describe_country("FRA") == "France (FRA): no data"
    assert "IND" in r.map_estimates()
    assert r.map_title().startswith("<b>Mine production, 2024</b> · ")


def test_a_year_change_keeps_the_line_rows(model):
    r = rows(model, year=2022)
    shown, bars = r.shown, r.bar_rows
    later = r.with_state(2023, r.options)
    assert later.shown is shown and later.bar_rows is not bars
    assert later.bar_title() == "Mine production, 2023 (ranked)"
    marked = r.with_state(2022, m.CountriesOptions(log=True))
    assert marked.bar_rows is bars and marked.use_log()


def test_table_and_export_long_format(model):
    r = rows(model, countries=("USA",), years=(2021, 2023))
    table = r.table_frame()
    assert list(table.columns[:3]) == ["country", "country_iso3", "year"]
    assert list(table["value"]) == [42_400, 42_500, 41_600]
    export = rows(model).export_frame("line")
    usa = export[(export["country_iso3"] == "USA") & (export["year"] == 2022)]
    assert usa["value"].tolist() == [42_500] and usa["unit"].tolist() == ["t REO"]
    assert list(rows(model).export_frame("bars")["rank"]) == [1, 2, 3, 4]
    assert len(rows(model).export_frame("map")) > 10


def test_source_caption_names_both_years_sources_of_a_growth_rate():
    frame = pd.DataFrame({
        "value": [5.0, 2.0], "source_publisher": ["USGS", "Theler"],
        "edition": ["VC2025 → MCS2026", "THS2020"],
        "start_source_publisher": ["Visual Capitalist", "Theler"],
        "start_edition": ["VC2025", "THS2020"]})
    assert m.source_summary(frame) == \
        "USGS (MCS2026); Theler (THS2020); Visual Capitalist (VC2025)"


def test_format_value_never_shows_a_missing_value_as_zero():
    assert m.format_value(float("nan"), "t REO") == "no data"
    assert m.format_value(None, "t REO") == "no data"
    assert m.format_value(2.5, "% a year") == "+2.5 % a year"
    assert m.format_value(163.4, "years") == "163 years"
    assert m.format_value(42_500, "t REO") == "42,500 t REO"
    for value, unit in ((2.5, "% a year"), (163.4, "years"), (12.5, "% of world"),
                        (None, "t REO")):  # in English the shown text is the shared one
        assert m.format_shown(value, unit) == m.format_value(value, unit)


def test_user_dataset_is_a_metric_of_its_own(tmp_path):
    from ree_desktop.data.store import Store
    from ree_desktop.paths import bundled_db_path

    store = Store(bundled_db_path(), tmp_path / "user.db")
    try:
        m.CountriesModel(store)  # creates the user database
        conn = sqlite3.connect(store.user_path)
        with conn:
            conn.execute("INSERT INTO datasets (id, title, unit, kind) VALUES "
                         "('magnets_kt', 'Magnet output', 'kt', 'user')")
            conn.executemany(
                "INSERT INTO observations (dataset, country_iso3, year, metric, value, unit, "
                "preferred) VALUES ('magnets_kt', ?, ?, 'magnet_output', ?, 'kt', 1)",
                [("CHN", 2023, 250.0), ("CHN", 2024, 280.0)])
        conn.close()
        model = m.CountriesModel(store)
        entries = dict(model.metric_entries())
        assert entries["user:magnets_kt:magnet_output"] == "Magnet output (your data)"
        r = rows(model, "user:magnets_kt:magnet_output", countries=("CHN",),
                 years=(2020, 2025))
        assert line(r, "CHN") == {2023: 250.0, 2024: 280.0} and r.line_unit() == "kt"
    finally:
        store.close()


def test_the_model_imports_no_qt():
    code = ("import sys; import ree_desktop.ui.panels.countries.rows_model; "
            "print([n for n in sys.modules if n.startswith(('PySide6', 'pyqtgraph'))])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_lupdate_extracts_the_countries_texts_with_their_context(tmp_path):
    import shutil
    from pathlib import Path

    from ree_desktop.ui.panels.countries import texts as rows_model

    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent /
                                                       "pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate not installed")
    ts = tmp_path / "countries.ts"
    done = subprocess.run([lupdate, m.__file__, rows_model.__file__, "-ts", str(ts)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = ts.read_text(encoding="utf-8")
    assert "<name>Countries</name>" in text
    for source in ("No data in {where} for: {names}.", "{label} (your data)",
                   "0 or not reported (the source does not tell which; not drawn): {cells}.",
                   "Rank {rank} of {count}"):
        assert f"<source>{source}</source>" in text
