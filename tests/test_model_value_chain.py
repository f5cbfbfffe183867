"""The Value chain panel's Qt-free model: every bar, caption, summary, tooltip, table and
export row it shows, checked without a window or Qt (bundled data; each number traced to its
source row)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from ree_desktop.ui.panels.value_chain import detail_model as dm
from ree_desktop.ui.panels.value_chain import model as m

FIXTURES = Path(__file__).parent / "data" / "value_chain"
RANGE = (1990, 2024)


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    from ree_desktop.data.store import Store
    from ree_desktop.paths import bundled_db_path

    store = Store(bundled_db_path(), tmp_path_factory.mktemp("vc") / "user.db")
    yield m.ValueChainModel(store)
    store.close()


def shares(view: m.ColumnView) -> dict[str, float]:
    return {s.segment: s.share_pct for s in view.segments}


# -- options --------------------------------------------------------------------------------
def test_options_default_and_round_trip_through_the_saved_key():
    assert m.ValueChainOptions.from_options({}) == m.ValueChainOptions(tab=0)
    saved = m.ValueChainOptions.update("tab", 2)
    assert saved == {"value_chain.tab": 2}
    parsed = m.ValueChainOptions.from_options(saved)
    assert parsed.tab == 2 and parsed.changed_fields(m.ValueChainOptions()) == {"tab"}
    # Another panel's option is not this panel's change.
    other = m.ValueChainOptions.from_options({"demand.axis": "log", "countries.log": True})
    assert other.changed_fields(m.ValueChainOptions()) == set()


@pytest.mark.parametrize("tab", [3, -1, "1", 1.0, True, None, [1], {"x": 1}, 10**30])
def test_hostile_tab_from_an_edited_bookmark_falls_back_to_the_first_tab(tab):
    assert m.ValueChainOptions.from_options({"value_chain.tab": tab}).tab == 0


def test_bookmark_saved_by_todays_app_still_reads():
    data = json.loads((FIXTURES / "bookmark-v1.json").read_text(encoding="utf-8"))
    assert m.ValueChainOptions.from_options(data["options"]).tab == 1


# -- stage bars -----------------------------------------------------------------------------
def test_2024_bars_china_holds_71_91_and_94_percent(model):
    mining = model.column("mining", 2024)
    # USGS MCS 2026: China 270,000 t of a world 380,000 t REO.
    assert shares(mining)["CHN"] == pytest.approx(100 * 270_000 / 380_000)
    assert "USGS MCS 2026" in mining.source
    assert "HHI 5,302" in mining.summary
    assert shares(model.column("refining", 2024))["CHN"] == pytest.approx(91.28, abs=0.01)
    assert shares(model.column("magnet", 2024))["CHN"] == pytest.approx(94.0)
    assert model.heading(2024).endswith(
        "2024 — China: mining 71 %, refining 91 %, magnets 94 %")
    # Segments stack bottom to top without gaps; 'largest' orders them for the colours.
    bottoms = [s.bottom for s in mining.segments]
    assert bottoms == sorted(bottoms) and mining.largest[0].segment == "CHN"


def test_2020_mining_from_myb_2022_and_stages_without_data_say_so(model):
    # MYB 2022 (the newest publication printing 2020): China 140,000 t of 250,000 t.
    assert shares(model.column("mining", 2020))["CHN"] == pytest.approx(
        100 * 140_000 / 250_000)
    assert model.heading(2020).endswith("2020 — China: mining 56 %")
    refining = model.column("refining", 2020)  # IEA refining starts in 2023
    assert refining.rows.empty and refining.no_data == "no data for 2020"
    assert refining.nearest == 2023 and refining.scope.startswith("years with data: ")
    assert "United States only" in model.column("end_use", 2020).scope


def test_no_data_offers_the_nearest_year_and_metals_has_none(model):
    magnet = model.column("magnet", 2022)
    assert (magnet.no_data, magnet.nearest) == ("no data for 2022", 2024)
    metals = model.column("metals", 2024)
    assert metals.segments == () and metals.nearest is None
    assert "No sourced metals & alloys data" in metals.no_data


def test_a_column_whose_picture_does_not_change_keeps_its_token(model):
    # Metals has no data in any year: the same picture, so no redraw on a year change.
    assert model.column("metals", 2020).token == model.column("metals", 2024).token
    assert model.column("mining", 2020).token != model.column("mining", 2024).token
    assert model.column("refining", 2020).token != model.column("refining", 2015).token


def test_segment_tooltip_names_value_share_flag_scope_and_source(model):
    mining = model.column("mining", 2024)
    text = model.describe_segment("mining", mining.rows, "CHN")
    assert text.startswith("China — Mining, 2024")
    assert "Value: 270,000 t REO" in text and "Share: 71.1 %" in text
    assert "estimate" in text.lower()
    assert "MCS 2026" in text and "U.S. Geological Survey" in text
    assert "61 %" in mining.others and "magnet rare earths" in mining.others
    refining = model.column("refining", 2024)
    lump = model.describe_segment("refining", refining.rows, "ROW")
    assert "not counted as one country" in lump and "kt" in lump
    assert model.describe_segment("mining", mining.rows, "XXX") == ""
    assert model.describe_segment("mining", mining.rows, None) == ""


def test_2000_bar_omits_the_united_states_and_the_kyrgyz_doubt_shows(model):
    mining = model.column("mining", 2000)
    assert "incomplete: omits United States" in mining.summary
    assert "KGZ" in shares(mining) and "USA" not in shares(mining)
    assert "Doubt: whether this is Kyrgyz mine output" in model.describe_segment(
        "mining", mining.rows, "KGZ")
    assert "Incomplete: this edition omits United States (5,000 t in DS140 2000)" in \
        model.describe_segment("mining", mining.rows, "CHN")
    table = dm.concentration_table(dm.concentration(model, "mining", RANGE)).set_index("year")
    assert table.loc[2000, "HHI is"] == "incomplete"
    assert table.loc[2006, "HHI is"] == "complete"
    detail = dm.detail_frame(model, "mining", RANGE)
    kyrgyz = detail[(detail["year"] == 2000) & (detail["country_iso3"] == "KGZ")]
    assert kyrgyz["note"].iloc[0].startswith("Doubt:")
    export = model.export_frame(2000)
    kgz = export[(export["record"] == "share") & (export["country_iso3"] == "KGZ")]
    assert "Doubt:" in kgz["note"].iloc[0]


def test_percent_and_number_formats_never_turn_missing_into_zero():
    assert (m.percent(71.05), m.percent(4.21), m.percent(float("nan"))) == (
        "71 %", "4.2 %", "no data")
    assert m.number(270_000, "t REO") == "270,000 t REO" and m.number(None) == "no data"


# -- concentration --------------------------------------------------------------------------
def test_mining_concentration_hhi_on_the_percent_scale_with_gaps_and_hollow_markers(model):
    conc = dm.concentration(model, "mining", RANGE)
    hhi = dm.concentration_series(conc, "hhi")
    at = dict(zip(hhi["years"].astype(int), hhi["values"], strict=True))
    assert at[2024] == pytest.approx(5302.25 / 100, abs=0.01)
    assert math.isnan(at[1992])  # only the United States listed: a gap, not a value
    hollow = dict(zip(hhi["years"].astype(int), hhi["hollow"], strict=True))
    assert hollow[2016] and not hollow[2024]  # China only in 2016: a lower bound
    assert "hollow markers = lower bound" in dm.concentration_note(conc)
    assert dm.concentration_empty("mining", conc) == ""
    assert "lower bound" in dm.describe_concentration(conc, 2016)
    assert dm.describe_concentration(conc, 1800) == ""


def test_refining_concentration_projects_dashed_from_2025(model):
    conc = dm.concentration(model, "refining", RANGE)
    top1 = dm.concentration_series(conc, "top1_pct")
    assert list(top1["years"].astype(int)) == list(range(2023, 2041))
    assert top1["values"][0] == pytest.approx(92.0)
    assert len(dm.concentration_series(conc, "hhi")["proj_years"]) > 0
    assert "projection" in dm.describe_concentration(conc, 2030).lower()
    assert "lower bound" in dm.describe_concentration(conc, 2024)


def test_concentration_table_marks_lower_bounds(model):
    table = dm.concentration_table(dm.concentration(model, "magnet", RANGE))
    assert list(table["year"]) == [2024, 2010, 2005]
    row = table.iloc[0]
    assert (row["top"], row["top1 %"], row["HHI"], row["HHI is"]) == (
        "CHN", 94, 8836, "lower bound")


def test_stages_without_countries_say_why_there_is_no_line(model):
    assert "split by use" in dm.concentration_empty(
        "end_use", dm.concentration(model, "end_use", RANGE))
    assert "No country data for metals" in dm.concentration_empty(
        "metals", dm.concentration(model, "metals", RANGE))
    assert list(dm.concentration_table(
        dm.concentration(model, "metals", RANGE)).columns) == dm.CONC_COLUMNS


# -- detail, deposits, export ---------------------------------------------------------------
def test_magnet_detail_rows_heading_and_lines(model):
    frame = dm.detail_frame(model, "magnet", RANGE)
    assert len(frame) == 5 and list(frame.columns) == dm.DETAIL_COLUMNS
    china = frame[(frame["year"] == 2024) & (frame["country_iso3"] == "CHN")].iloc[0]
    assert china["share_pct"] == pytest.approx(94.0) and china["used_in_bar"] == "yes"
    assert dm.detail_heading("magnet", frame) == "<b>Magnets</b>: 5 rows"
    assert set(dm.detail_series(model, "magnet", RANGE).columns) == {"CHN", "JPN", "XEU"}
    assert "Magnets, 2024" in dm.describe_detail(model, "magnet", 2024)
    empty = dm.detail_frame(model, "metals", RANGE)
    assert "no sourced data" in dm.detail_heading("metals", empty)


def test_mining_detail_follows_the_year_range(model):
    frame = dm.detail_frame(model, "mining", (2010, 2020))
    assert frame["year"].between(2010, 2020).all() and not frame.empty
    lines = dm.detail_series(model, "mining", (2010, 2020))
    assert lines.index.min() >= 2010 and lines.index.max() <= 2020 and len(lines.columns) <= 6


def test_deposits_and_bayan_obo(model):
    deposits = model.deposits.reset_index(drop=True)
    longnan = int(deposits.index[deposits["deposit"].str.startswith("Longnan")][0])
    text = dm.describe_deposit(deposits, longnan)
    assert "heavy REE: 83.8 %" in text and "Dy+Tb: 8.61 %" in text
    assert dm.describe_deposit(deposits, 99) == ""
    assert dm.short_deposit("Mount Weld Central Lanthanide, Western Australia") == "Mount Weld"
    bayan = dm.bayan_frame(model.frames.bayan_obo)
    cells = [" ".join(str(v) for v in row) for row in bayan.itertuples(index=False)]
    assert len(bayan) == 11
    assert any("> 100" in c and "44 Mt REO" in c for c in cells)


def test_export_frame_is_long_with_concentration_and_no_data_rows(model):
    frame = model.export_frame(2024)
    for column in ("stage", "country_iso3", "year", "value", "unit", "share_pct", "source"):
        assert column in frame.columns
    shares_ = frame[frame["record"] == "share"]
    assert set(shares_["stage"]) == {"mining", "refining", "magnet", "end_use"}
    china = shares_[(shares_["stage"] == "mining") & (shares_["country_iso3"] == "CHN")].iloc[0]
    assert china["share_pct"] == pytest.approx(71.05, abs=0.01)
    assert (china["value"], china["unit"]) == (270_000, "t REO")
    hhi = frame[(frame["record"] == "hhi") & (frame["stage"] == "magnet")
                & (frame["year"] == 2024)].iloc[0]
    assert hhi["value"] == pytest.approx(8836.0) and bool(hhi["lower_bound"])
    metals = frame[(frame["record"] == "no data") & (frame["stage"] == "metals")]
    assert metals["note"].iloc[0] == "no sourced data for any year"
    sources = model.sources_text(2024)
    assert "USGS MCS 2026" in sources and sources.endswith("(Bayan Obo)")
    assert model.year_view(2024)[2] == sources


def test_segment_kinds_colour_lumps_and_uses_apart_from_countries(model):
    assert dm.segment_kind(model, "CHN") == "country"
    assert dm.segment_kind(model, "ROW") == "lump"
    uses = [s.segment for s in model.column("end_use", 2024).segments]
    assert uses and all(dm.segment_kind(model, u) == "use" for u in uses)
    assert dm.segment_kind(model, "nowhere") == "country"
