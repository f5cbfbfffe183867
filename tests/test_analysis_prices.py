"""Prices & events analysis and queries: hand-checked numbers, no Qt."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from ree_desktop.analysis import prices as ap
from ree_desktop.data import prices_events as pe


# -- queries on the bundled database ------------------------------------------------------
def test_element_aliases_map_user_spellings_to_stored_codes():
    known = ["Nd", "Nd+Pr", "Dy", "Tb", "Ce+La", "all"]
    assert pe.canonical_elements(["NdPr", "nd", "Dy", "Xx", "Nd"], known) == ["Nd+Pr", "Nd", "Dy"]
    assert pe.canonical_elements(["Mischmetal"], known) == ["Ce+La"]


def test_price_series_has_one_preferred_row_per_item_year(store):
    frame = pe.price_series(store, ["Nd", "Nd+Pr", "Dy", "Tb"], (2010, 2025))
    assert not frame.duplicated(["element", "item", "year"]).any()
    assert "year-end price range" not in set(frame["basis"])
    nd = frame[frame["element"] == "Nd"].set_index("year")["value"]
    assert nd[2014] == 63.0 and nd[2022] == 134.0
    assert set(frame["element"]) == {"Nd", "Nd+Pr", "Dy", "Tb"}
    assert frame["source_publisher"].notna().all()


def test_year_end_ranges_come_with_low_and_high(store):
    ranges = pe.price_ranges(store, ["Nd"])
    assert list(ranges["year"]) == [2011, 2012, 2013, 2014, 2015]
    first = ranges.iloc[0]
    assert (first["value_low"], first["value_high"]) == (190.0, 200.0)
    assert pe.price_ranges(store, []).empty


def test_events_are_sourced_and_dated(store):
    events = pe.events(store)
    assert len(events) >= 20
    assert (events["source_publisher"] != "").all()
    assert set(events["date_precision"]) <= {"year", "month", "day"}


def test_china_quotas_split_the_item_into_type_category_period(store):
    quotas = pe.china_quotas(store)
    row = quotas[(quotas["year"] == 2024) & (quotas["item"] == "mining | total | full year")]
    assert row[["quota_type", "category", "period"]].iloc[0].tolist() == [
        "mining", "total", "full year"]


# -- series -------------------------------------------------------------------------------
def price_frame(rows):
    return pd.DataFrame(rows, columns=["element", "item", "unit", "year", "value", "flag"])


def test_split_series_never_mixes_items_or_units():
    frame = price_frame([("Pr", "Pr oxide 99.5%", "USD/kg", 2021, 93, ""),
                         ("Pr", "Pr oxide 99.99%", "USD/kg", 2021, 93, ""),
                         ("all", "unit value", "USD/t REO", 2000, 8000, ""),
                         ("Pr", "Pr oxide 99.5%", "USD/kg", 2022, 128, "")])
    series = ap.split_series(frame)
    assert set(series) == {("Pr", "Pr oxide 99.5%", "USD/kg"), ("Pr", "Pr oxide 99.99%", "USD/kg"),
                           ("all", "unit value", "USD/t REO")}
    assert list(series[("Pr", "Pr oxide 99.5%", "USD/kg")]["value"]) == [93, 128]


def test_gapped_draws_missing_years_as_gaps():
    xs, ys = ap.gapped(pd.Series([2014, 2016]), pd.Series([63.0, 40.0]))
    assert list(xs) == [2014.0, 2015.0, 2016.0]
    assert ys[0] == 63.0 and math.isnan(ys[1]) and ys[2] == 40.0


def test_rebase_frame_indexes_to_100_in_the_base_year():
    frame = price_frame([("Nd", "Nd oxide", "USD/kg", 2014, 63.0, ""),
                         ("Nd", "Nd oxide", "USD/kg", 2015, 48.0, "")])
    rebased = ap.rebase_frame(frame, 2015)
    assert rebased["value"].tolist() == pytest.approx([131.25, 100.0])
    assert rebased["unit"].iloc[0] == "index, 2015 = 100"
    assert ap.rebase_frame(frame, 2010) is None


def test_common_base_years_are_shared_by_every_series():
    a = price_frame([("A", "a", "USD/kg", y, 1.0, "") for y in (2014, 2015, 2016)])
    b = price_frame([("B", "b", "USD/kg", y, 1.0, "") for y in (2015, 2016, 2017)])
    assert ap.common_base_years({("A",): a, ("B",): b}) == [2015, 2016]


# -- events -------------------------------------------------------------------------------
def test_event_span_by_precision():
    year = ap.event_span("2018", "year")
    assert (year.x, year.start, year.end) == (2018.5, 2018.0, 2019.0)
    month = ap.event_span("2010-07", "month")
    assert month.x == pytest.approx(2010 + 6.5 / 12)
    assert (month.start, month.end) == pytest.approx((2010.5, 2010 + 7 / 12))
    day = ap.event_span("2010-09-21", "day")  # day 264 of 365
    assert day.x == pytest.approx(2010 + 263.5 / 365) and day.start == day.end


def test_event_dates_say_their_precision():
    assert ap.format_event_date("2018", "year") == "2018 (year only)"
    assert ap.format_event_date("2010-07", "month") == "July 2010 (month only)"
    assert ap.format_event_date("2010-09-21", "day") == "21 September 2010"


def test_short_label_cuts_at_a_word():
    assert ap.short_label("Short title") == "Short title"
    label = ap.short_label("China's 2010 rare earth export quotas fall about 40% below 2009", 30)
    assert label == "China's 2010 rare earth…"
    assert len(label) <= 30


def test_filter_events_by_text_category_country_element():
    events = pd.DataFrame({
        "id": [1, 2, 3], "date": ["2010", "2012-03-13", "2025-04-04"],
        "title": ["Quota cut", "WTO case opened", "Export licences"],
        "detail": ["", "joint case", ""], "source": ["", "", ""],
        "category": ["quota", "trade_dispute", "export_control"],
        "countries": ["CHN", "USA;EUU;CHN", "CHN"], "elements": ["", "", "Dy;Tb"]})
    assert list(ap.filter_events(events, "wto")["id"]) == [2]
    assert list(ap.filter_events(events, "joint case")["id"]) == [2]
    assert list(ap.filter_events(events, country="USA")["id"]) == [2]
    assert list(ap.filter_events(events, element="Tb")["id"]) == [3]
    assert list(ap.filter_events(events, category="quota", country="CHN")["id"]) == [1]
    assert ap.split_codes(events["countries"]) == ["CHN", "EUU", "USA"]


# -- label layout -------------------------------------------------------------------------
def overlaps(a: ap.Placement, wa: float, b: ap.Placement, wb: float) -> bool:
    return a.row == b.row and a.left < b.left + wb and b.left < a.left + wa


def test_labels_stagger_into_rows_without_overlap():
    places = ap.place_labels([0, 10, 200, 20], [50, 50, 50, 50], max_rows=3, gap=4)
    assert [p.row for p in places] == [0, 1, 0, 2]


def test_labels_that_do_not_fit_are_left_for_badges():
    places = ap.place_labels([0, 10, 20], [50, 50, 50], max_rows=2)
    assert [p.row for p in places] == [0, 1, None]


def test_labels_near_the_right_edge_end_at_their_mark():
    (place,) = ap.place_labels([580], [100], max_rows=1, right_edge=600)
    assert place.left == 480


def test_the_highlighted_label_is_placed_first():
    places = ap.place_labels([0, 10], [50, 50], max_rows=1, first=1)
    assert [p.row for p in places] == [None, 0]


def test_random_layouts_never_overlap():
    rng = np.random.default_rng(7)
    for _ in range(50):
        xs = list(rng.uniform(0, 600, 30))
        widths = list(rng.uniform(40, 160, 30))
        places = ap.place_labels(xs, widths, max_rows=4, gap=0, right_edge=600)
        shown = [(p, w) for p, w in zip(places, widths, strict=True) if p.row is not None]
        for i, (a, wa) in enumerate(shown):
            for b, wb in shown[i + 1:]:
                assert not overlaps(a, wa, b, wb)


def test_unplaced_labels_cluster_into_non_overlapping_badges():
    xs = [0, 5, 10, 100, 300, 310]
    placements = [ap.Placement(None, x) for x in xs]
    groups = ap.cluster_unplaced(xs, placements, badge_width=30)
    assert groups == [[0, 1, 2], [3], [4, 5]]
    centres = [np.mean([xs[i] for i in g]) for g in groups]
    assert all(b - a >= 30 for a, b in zip(centres, centres[1:], strict=False))


# -- quotas -------------------------------------------------------------------------------
def quota_frame(rows):
    columns = ["year", "quota_type", "category", "period", "value", "unit", "flag", "edition",
               "source_publisher", "source", "source_url", "note"]
    return pd.DataFrame([(*r[:5], "t REO", "", "", r[5], r[5], "", "") for r in rows],
                        columns=columns)


def test_quota_totals_keep_batches_and_interim_figures_apart():
    quotas = quota_frame([
        (2019, "mining", "total", "full year", 132000.0, "U.S. Geological Survey (USGS)"),
        (2019, "mining (official production quota, per USGS)", "total", "full year",
         132000.0, "MIIT"),
        (2019, "mining", "total", "full year (as of May 2019)", 120000.0, "INN"),
        (2019, "mining", "total", "first batch", 60000.0, "Global Times"),
        (2019, "mining", "light rare earths", "first batch", 50425.0, "Global Times"),
        (2019, "smelting and separation", "total", "full year", 127000.0, "USGS"),
        (2013, "production", "total", "full year", 93800.0, "USGS"),
    ])
    production = pd.DataFrame({"year": [2019], "value": [132000.0], "unit": ["t REO"],
                               "flag": [""], "edition": ["MYB2022"], "note": [""],
                               "source_publisher": ["USGS"], "source": [""],
                               "source_url": [""]})
    result = ap.quota_vs_output(quotas, production)
    mining = result[(result["series"] == "Mining quota") & (result["year"] == 2019)]
    assert sorted(zip(mining["kind"], mining["value"], strict=True)) == [
        ("batch", 60000.0), ("full year", 132000.0), ("interim", 120000.0)]
    full = mining[mining["kind"] == "full year"].iloc[0]
    assert full["source_publisher"] == "U.S. Geological Survey (USGS)"
    assert "also reported by MIIT" in full["note"]
    assert 50425.0 not in set(result["value"])  # sub-categories are not totals
    assert result[(result["year"] == 2013)]["series"].tolist() == ["Mining quota"]
    output = result[result["series"] == "Mine production"]
    assert output["value"].tolist() == [132000.0] and output["kind"].iloc[0] == "reported"
    assert ap.quota_vs_output(quotas, production, (2015, 2020))["year"].min() == 2019


def test_conflicting_full_year_quotas_are_all_kept():
    quotas = quota_frame([(2023, "mining", "total", "full year", 240000.0, "A"),
                          (2023, "mining", "total", "full year", 255000.0, "B")])
    empty = pd.DataFrame(columns=["year", "value", "unit", "flag", "edition", "note",
                                  "source_publisher", "source", "source_url"])
    result = ap.quota_vs_output(quotas, empty)
    assert sorted(result["value"]) == [240000.0, 255000.0]


def test_quota_vs_output_on_the_bundled_data(store):
    result = ap.quota_vs_output(pe.china_quotas(store), pe.china_mine_production(store))
    full = result[(result["series"] == "Mining quota") & (result["kind"] == "full year")]
    by_year = full.set_index("year")["value"]
    assert by_year[2024] == 270000.0 and by_year[2020] == 140000.0
    assert not full.duplicated("year").any()
    interim = result[(result["series"] == "Mining quota") & (result["kind"] == "interim")]
    assert set(interim["value"]) == {120000.0, 240000.0}


def test_labels_avoid_blocked_spans():
    places = ap.place_labels([0, 0], [50, 50], max_rows=2, blocked=[(0, -10, 60)])
    assert [p.row for p in places] == [1, None]


def test_short_label_cuts_chinese_at_the_same_drawn_width():
    title = "中国2010年稀土出口配额较2009年减少约40%"
    label = ap.short_label(title, 30)
    assert label.endswith("…") and title.startswith(label[:-1])
    assert ap.text_width(label) <= 30
    assert ap.short_label("钓鱼岛撞船事件", 30) == "钓鱼岛撞船事件"
