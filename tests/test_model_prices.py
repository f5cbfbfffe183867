"""The Prices & events panel's Qt-free model: every figure, note, caption, tooltip and export
row it shows, checked without a window or Qt (bundled data; each number traced to its source
row in data/raw/prices.csv, china_quotas.csv or events.csv)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ree_desktop.ui import event_text as et
from ree_desktop.ui.panels.prices import model as m
from ree_desktop.ui.panels.prices import quota_model as q

YEARS = (2010, 2025)


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    from ree_desktop.data.store import Store
    from ree_desktop.paths import bundled_db_path

    store = Store(bundled_db_path(), tmp_path_factory.mktemp("prices") / "user.db")
    yield m.PricesModel(store)
    store.close()


def options(**raw) -> m.PricesOptions:
    return m.PricesOptions.from_options({m.OPTION + k: v for k, v in raw.items()})


def line(view: m.PriceView, item: str) -> m.Line:
    found = [ln for ln in view.lines if ln.item == item]
    assert len(found) == 1, [ln.item for ln in view.lines]
    return found[0]


def values(found: m.Line) -> dict[int, float]:
    return {int(x): float(y) for x, y in zip(found.xs, found.ys, strict=True)
            if np.isfinite(y)}


# -- options --------------------------------------------------------------------------------
def test_options_default_and_round_trip_through_the_saved_keys():
    assert m.PricesOptions.from_options({}) == m.PricesOptions()
    assert m.PricesOptions().axis == "log"  # prices span two orders of magnitude
    saved = {**m.PricesOptions.update("axis", "rebased"), **m.PricesOptions.update(
        "base_year", 2016), **m.PricesOptions.update("categories", ("quota", "market")),
        **m.PricesOptions.update("ranges", False)}
    assert saved == {"prices.axis": "rebased", "prices.base_year": 2016,
                     "prices.categories": ["quota", "market"], "prices.ranges": False}
    parsed = m.PricesOptions.from_options(saved)
    assert (parsed.axis, parsed.base_year, parsed.categories, parsed.ranges, parsed.events) == (
        "rebased", 2016, ("quota", "market"), False, True)
    assert parsed.changed_fields(m.PricesOptions()) == {"axis", "base_year", "categories",
                                                        "ranges"}


@pytest.mark.parametrize("raw, expected", [
    ({"axis": "sideways"}, m.PricesOptions()),
    ({"axis": None, "base_year": "twenty"}, m.PricesOptions()),
    ({"base_year": 99999}, m.PricesOptions()),
    ({"base_year": True}, m.PricesOptions()),
    ({"base_year": [2015]}, m.PricesOptions()),
    ({"base_year": float("nan")}, m.PricesOptions()),
    ({"categories": "quota"}, m.PricesOptions()),
    ({"categories": {"a": 1}}, m.PricesOptions()),
    ({"base_year": "2012"}, m.PricesOptions(base_year=2012)),
    ({"categories": []}, m.PricesOptions(categories=())),
])
def test_hostile_saved_options_become_valid_ones(raw, expected):
    assert options(**raw) == expected


def test_bookmark_saved_by_todays_app_still_reads():
    """tests/data/prices/bookmark-v1.json: saved by the app before the split (commit
    af83e99) after choosing rebased 2016, no ranges, export controls off."""
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).parent / "data" / "prices" / "bookmark-v1.json")
                      .read_text(encoding="utf-8"))
    parsed = m.PricesOptions.from_options(data["options"])
    assert (parsed.axis, parsed.base_year, parsed.ranges, parsed.events) == (
        "rebased", 2016, False, True)
    assert "export_control" not in parsed.categories and "quota" in parsed.categories


def test_another_panels_options_change_nothing_here():
    before = m.PricesOptions.from_options({"demand.axis": "log"})
    after = m.PricesOptions.from_options({"demand.axis": "linear", "demand_drivers": {}})
    assert after.changed_fields(before) == set()


def test_default_base_year_is_2015_clipped_to_the_years():
    assert m.PricesOptions().base((1990, 2025)) == 2015
    assert m.PricesOptions().base((2018, 2025)) == 2018
    assert m.PricesOptions().base((1990, 2010)) == 2010
    assert m.PricesOptions(base_year=2011).base((1990, 2025)) == 2011


# -- price charts ---------------------------------------------------------------------------
def test_prices_for_the_chosen_elements(model):
    view = model.price_view(("Nd", "Dy", "Tb"), YEARS, m.PricesOptions())
    assert {ln.chart for ln in view.lines} == {"kg"} and len(view.lines) == 3
    nd = values(line(view, "Neodymium oxide (99.5% min)"))
    assert min(nd) == 2014 and nd[2014] == 63.0 and (nd[2024], nd[2025]) == (56.0, 73.0)
    assert line(view, "Neodymium oxide (99.5% min)").estimate[-1]  # 2025 is an estimate
    legend = [text for entry in view.legend("kg") for _c, _g, text in entry]
    assert "Neodymium oxide (99.5% min)" in legend and "Nd year-end range" in legend
    assert {band.element for band in view.bands} == {"Nd", "Dy", "Tb"}
    low, high = view.y_range("kg")
    assert low < math.log10(37) and high > math.log10(2800)  # Nd 2015 range low .. Tb 2011


def test_an_element_keeps_its_colour_whatever_else_is_chosen_and_second_items_dash(model):
    """Dy was green in the panel and yellow on a story slide (colour by position): the
    colour is the element's own, in any choice, order, panel, slide or export."""
    from ree_desktop.ui.element_colors import element_index

    view = model.price_view(("Nd+Pr", "Nd"), YEARS, m.PricesOptions())
    assert {ln.element: ln.color for ln in view.lines} == {"Nd+Pr": 5, "Nd": 0}
    alone = model.price_view(("Dy",), YEARS, m.PricesOptions())
    mixed = model.price_view(("Tb", "Ce", "Nd", "Dy"), YEARS, m.PricesOptions())
    dy = {ln.color for v in (alone, mixed) for ln in v.lines if ln.element == "Dy"}
    dy |= {band.color for v in (alone, mixed) for band in v.bands if band.element == "Dy"}
    assert dy == {element_index("Dy")}
    assert len({ln.color for ln in mixed.lines}) == 4  # four elements, four colours
    assert element_index("Ho") == element_index("Ho")  # unlisted codes: stable, not random
    assert values(line(view, "NdPr oxide (99% min)"))[2021] == 92.0
    for element in {ln.element for ln in view.lines}:
        dashed = [ln.dashed for ln in view.lines if ln.element == element]
        assert dashed[0] is False and all(dashed[1:])


def test_tooltips_give_value_unit_basis_edition_and_source(model):
    view = model.price_view(("Nd", "Dy", "Tb"), YEARS, m.PricesOptions())
    text = "\n".join(view.tips["kg"][2014])
    assert "Neodymium oxide (99.5% min): 63 USD/kg" in text
    assert "annual average; MCS2019; U.S. Geological Survey (USGS)" in text
    assert "year-end range 56–60 USD/kg" in text
    assert "73 USD/kg (estimate)" in "\n".join(view.tips["kg"][2025])
    assert 2005 not in view.tips["kg"]


def test_unit_value_goes_on_its_own_chart(model):
    view = model.price_view(("Nd", "all"), (1990, 2025), m.PricesOptions())
    unit = [ln for ln in view.lines if ln.chart == "t"]
    assert len(unit) == 2 and view.has("t")
    assert all(np.nanmax(ln.ys) > 1000 for ln in unit)
    assert all(np.nanmax(ln.ys) < 1000 for ln in view.lines if ln.chart == "kg")
    assert view.axis_label(m.T_REO) == "USD/t REO (log)"
    assert not model.price_view(("Nd",), (1990, 2025), m.PricesOptions()).has("t")


def test_rebased_to_100(model):
    view = model.price_view(("Nd", "Dy", "Tb"), YEARS, options(axis="rebased", base_year=2015))
    at = {ln.item: values(ln) for ln in view.lines}
    assert sorted(v[2015] for v in at.values()) == [100.0, 100.0, 100.0]
    assert at["Neodymium oxide (99.5% min)"][2014] == 131.25  # 63 / 48
    assert view.bands == [] and view.axis_label(m.KG) == "index, 2015 = 100"
    assert view.title("kg") == "Oxide prices, rebased to 100 in 2015"
    assert "Year-end ranges are not rebased" in model.notes(view)
    early = model.price_view(("Nd", "Dy", "Tb"), YEARS, options(axis="rebased", base_year=2011))
    assert "no price in 2011, so it cannot be rebased" in model.notes(early)


def test_the_charts_start_a_few_years_before_the_first_price(model):
    view = model.price_view(("Nd", "Dy", "Tb"), (1990, 2025), m.PricesOptions())
    assert view.x_span == (2008, 2025)
    assert model.notes(view) == ("No price data for the chosen elements before 2011; the "
                                 "charts start in 2008.")
    assert model.price_view(("Nd",), YEARS, m.PricesOptions()).x_span == YEARS


def test_no_elements_is_no_data_never_zero(model):
    view = model.price_view((), (1990, 2025), m.PricesOptions())
    assert view.lines == [] and view.y_range("kg") is None
    assert model.notes(view) == "No price data for the chosen elements in 1990–2025."
    assert model.selected_elements(["ndpr", "NOPE", "Nd", "nd"]) == ("Nd+Pr", "Nd")


def test_fit_range_ignores_gaps_and_leaves_room_for_labels():
    assert m.fit_range(np.array([np.nan, np.nan]), log=False) is None
    assert m.fit_range(np.array([-5.0, 0.0]), log=True) is None  # nothing positive to log
    low, high = m.fit_range(np.array([0.0, 58.0, np.nan]), log=False, label_room=0.42)
    assert low == 0.0 and high == pytest.approx(58 + 58 * 0.42 / 0.58 + 58 * 0.02)


# -- quotas ---------------------------------------------------------------------------------
def test_quota_chart_rows(model):
    quota = model.quota_view(YEARS, YEARS[0])
    mining, smelting = quota.quota("Mining quota", "full year"), quota.quota(
        "Smelting & separation quota", "full year")
    heights = {round(float(x), 1): float(h) for x, h in zip(*mining, strict=True)}
    heights.update({round(float(x), 1): float(h) for x, h in zip(*smelting, strict=True)})
    assert heights[2019 - 0.2] == 132000.0 and heights[2019 + 0.2] == 127000.0
    assert heights[2024 - 0.2] == 270000.0
    xs, ys, _estimate = quota.production
    assert dict(zip(xs, ys, strict=True))[2010.0] == 89200.0
    batches = {float(v) for s in q.QUOTA_SERIES for v in quota.quota(s, "batch")[1]}
    assert {60000.0, 135000.0, 8000.0} <= batches
    text = "\n".join(quota.tips[2023])
    assert "Mining quota — full year (as of MCS 2024): 240,000 t REO" in text
    assert "Mining quota: 255,000 t REO" in text
    legend = [text for entry in quota.legend() for _c, _g, text in entry]
    assert legend[0] == "Reported mine production" and "Mining quota, full year" in legend


# -- events ---------------------------------------------------------------------------------
def test_event_list_filters_and_counts(model):
    events = model.events
    assert len(events.filtered("Senkaku")) == 1
    assert events.count_text(1) == "1 of 54 events"
    trade = events.filtered(category="trade_dispute")
    assert len(trade) and all("WTO" in t or "US" in t or "White House" in t
                              for t in trade["title"])
    assert len(events.filtered(element="Tb")) == 4
    assert len(events.filtered(country="JPN", element="Tb")) == 0
    assert events.filters()["category"][:2] == ["export_control", "related_export_controls"]


def test_events_outside_the_years_say_they_are_not_on_the_charts(model):
    events = model.events
    rows = {row[0]: row for row in events.rows(events.all_events, YEARS)}
    first = int(events.all_events.loc[events.all_events["date"] == "1990", "id"].iloc[0])
    assert rows[first][4] and rows[first][3].startswith(
        "Outside the chosen years: not on the charts\n")
    assert first in events.outside_ids(YEARS) and first not in events.outside_ids((1990, 2025))
    senkaku = events.filtered("Senkaku")
    (_id, _category, text, tip, outside), = events.rows(senkaku, YEARS)
    assert text.startswith("2010-09-21  ") and not outside and tip.endswith("Click for details")


def test_export_frame_has_prices_ranges_quotas_and_events_in_range(model):
    view = model.price_view(("Nd", "Dy", "Tb"), YEARS, m.PricesOptions())
    frame = model.export_frame(view, model.quota_view(YEARS, view.x_span[0]))
    assert list(frame.columns) == m.EXPORT_COLUMNS
    assert {"price", "price range", "event", "quota", "mine production"} <= set(frame["kind"])
    prices = frame[frame["kind"] == "price"]
    assert set(prices["element"]) == {"Nd", "Dy", "Tb"} and prices["year"].between(*YEARS).all()
    events = frame[frame["kind"] == "event"]
    assert events["date"].str[:4].astype(int).between(*YEARS).all()
    assert "2010-09-21" in set(events["date"])
    assert (frame["source_publisher"].fillna("") != "").all()
    empty = model.price_view((), (1900, 1901), m.PricesOptions())
    assert list(model.export_frame(empty, model.quota_view((1900, 1901), 1900)).columns) == \
        m.EXPORT_COLUMNS


def test_caption_and_sources_name_every_publisher(model):
    view = model.price_view(("Nd", "Dy", "Tb"), (1990, 2025), m.PricesOptions())
    quota = model.quota_view((1990, 2025), view.x_span[0])
    caption = model.caption_text(view, quota)
    assert caption.startswith("prices: USGS (MCS2016–MCS2026H, 9 editions; oxide prices")
    assert "and 12 more (hover for all)" in caption and caption.endswith(
        "events: 54, each with its source (click one)")
    sources = model.sources_text(view, quota)
    assert "U.S. Geological Survey (USGS)" in sources and "54 dated events" in sources


# -- event text (ui/event_text.py, shared with the overlay and the detail dialog) -----------
def test_every_category_in_the_data_has_its_own_colour_and_label(model):
    for category in model.events.categories:
        assert category in et.CATEGORY_COLORS and category in et.CATEGORY_LABELS
    assert et.category_label("related_export_controls") == "Related export controls"
    assert et.category_color("related_export_controls", "#000000") == "#882255"
    assert et.category_color("environment", "#123456") == "#123456"
    assert et.category_color("made_up", "#123456") == et.UNKNOWN_COLOR
    assert et.category_label("made_up_thing") == "Made up thing"


def test_event_tooltip_and_detail_rows(model):
    event = model.events.event(int(model.events.filtered("Senkaku")["id"].iloc[0]))
    tip = et.event_tooltip(event).splitlines()
    assert tip[0] == event["title"] and tip[1] == "21 September 2010"
    assert "Category: Geopolitics" in tip and tip[-1] == "Click for details"
    rows = {name: text for name, text, _rich in et.detail_rows(event, "#CC79A7",
                                                               {"CHN": "China"})}
    assert rows["Date"] == "21 September 2010" and "China (CHN)" in rows["Countries"]


def test_event_source_from_data_is_escaped():
    event = {"source_publisher": "<b>X</b>", "source": "<script>alert(1)</script>",
             "source_url": "https://e.org/?a='1'&b=<2>"}
    text = et.source_html(event)
    assert "<script>" not in text and "<b>X</b>" not in text
    assert "&#x27;1&#x27;&amp;b=&lt;2&gt;" in text
    assert et.source_html({}) == "source not recorded"
    assert et.codes_text("", None) == "not stated"
    assert et.codes_text("CHN;;XXX", {"CHN": "China"}) == "China (CHN), XXX"


def test_lupdate_extracts_the_marked_texts_with_their_context(tmp_path):
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from ree_desktop.ui.panels.prices import events_model

    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent /
                                                     "pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate not installed")
    ts = tmp_path / "prices.ts"
    done = subprocess.run([lupdate, m.__file__, events_model.__file__, et.__file__,
                           "-ts", str(ts)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = ts.read_text(encoding="utf-8")
    assert "<name>Prices</name>" in text and "<name>Events</name>" in text
    for source in ("Rebased to 100", "no data for the chosen elements and years",
                   "Outside the chosen years: not on the charts", "Related export controls"):
        assert f"<source>{source}</source>" in text
