"""Data text in Chinese (issue 17): event titles and details stored beside the English,
country names (aggregates included) and dates with their precision, read in the interface's
language — and unchanged in English."""

from __future__ import annotations

import csv
import re
import sqlite3

import pytest

from ree_desktop.data import prices_events as pe
from ree_desktop.data.dates import format_date
from ree_desktop.data.store import flag_text
from ree_desktop.numbers import format_number
from ree_desktop.paths import bundled_db_path, sources_dir

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def zh(qapp):
    """The zh_CN translation installed for one test; English again afterwards."""
    from ree_desktop.ui.translations import install_language

    assert install_language(qapp, "zh_CN") == "zh_CN"
    try:
        yield
    finally:
        install_language(qapp, "en")


def test_every_bundled_event_has_a_chinese_title_and_detail():
    conn = sqlite3.connect(bundled_db_path())
    rows = conn.execute("SELECT title, detail, title_zh, detail_zh FROM events").fetchall()
    assert len(rows) == 54
    for title, detail, title_zh, detail_zh in rows:
        assert HAN.search(title_zh or "") and HAN.search(detail_zh or ""), title
        assert title_zh != title and detail_zh != detail


def test_chinese_event_texts_keep_every_figure_of_the_english():
    """No figure added or changed: every number of the English is in the Chinese, except
    US$ amounts in millions/billions, which Chinese writes in 亿 (250 million = 2.5亿)."""
    with (sources_dir() / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for column in ("title", "detail"):
            english = re.sub(r"US\$[\d.]+ (million|billion)", "", row[column])
            for figure in re.findall(r"\d[\d,.]*\d|\d", english):
                assert figure.rstrip(".") in row[f"{column}_zh"], (row["date"], figure)
    converted = {r["date"]: r["detail_zh"] for r in rows}
    assert "2.5亿美元" in converted["2010-11-24"]  # US$250 million
    assert "100亿美元" in converted["2026-02-02"] and "16.7亿美元" in converted["2026-02-02"]


def test_events_query_returns_english_then_chinese_with_the_english_kept(store, qapp):
    english = pe.events(store)
    senkaku = english[english["date"] == "2010-09-21"].iloc[0]
    assert senkaku["title"].startswith("Chinese rare earth shipments to Japan stop")
    from ree_desktop.ui.translations import install_language

    install_language(qapp, "zh_CN")
    try:
        chinese = pe.events(store)
    finally:
        install_language(qapp, "en")
    row = chinese[chinese["date"] == "2010-09-21"].iloc[0]
    assert row["title"] == "钓鱼岛撞船事件期间中国对日稀土发货中断"
    assert "9月21日" in row["detail"]
    assert row["title_en"] == senkaku["title"]  # the English stays beside it
    assert row["source"] == senkaku["source"]  # the source stays the published one
    assert len(chinese) == len(english)


@pytest.mark.parametrize("with_columns", [True, False])
def test_a_missing_chinese_text_falls_back_to_english(tmp_path, qapp, with_columns):
    """An event without Chinese (or a database built before the columns) reads English."""
    from ree_desktop.data.schema import BUNDLED_EVENT_COLUMNS_SQL, create_schema
    from ree_desktop.data.store import Store
    from ree_desktop.ui.translations import install_language

    db = tmp_path / "bundled.db"
    conn = sqlite3.connect(db)
    create_schema(conn)
    if with_columns:
        conn.executescript(BUNDLED_EVENT_COLUMNS_SQL)
    conn.execute("INSERT INTO events (date, date_precision, title, detail) "
                 "VALUES ('2020', 'year', 'Only English', 'English detail')")
    conn.commit()
    conn.close()
    store = Store(db, tmp_path / "user.db")
    install_language(qapp, "zh_CN")
    try:
        frame = pe.events(store)
    finally:
        install_language(qapp, "en")
        store.close()
    assert frame.iloc[0][["title", "detail"]].tolist() == ["Only English", "English detail"]


def test_every_country_and_aggregate_the_data_names_has_a_chinese_name():
    conn = sqlite3.connect(bundled_db_path())
    unnamed = conn.execute("""
        SELECT c.iso3, c.name FROM countries c
        WHERE (c.is_aggregate = 1
               OR c.iso3 IN (SELECT country_iso3 FROM observations)
               OR EXISTS (SELECT 1 FROM events e
                          WHERE ';' || e.countries || ';' LIKE '%;' || c.iso3 || ';%'))
          AND (c.name_zh IS NULL OR c.name_zh = '')""").fetchall()
    assert unnamed == []
    # any ISO country a user's import resolves to has one too
    assert conn.execute("SELECT count(*) FROM countries "
                        "WHERE name_zh IS NULL OR name_zh = ''").fetchone()[0] == 0
    names = dict(conn.execute("SELECT iso3, name_zh FROM countries"))
    assert (names["WLD"], names["EUU"], names["OTH"], names["ROW"]) == (
        "世界", "欧盟", "其他国家", "世界其他地区")
    assert names["KOR"] == "韩国" and names["TWN"] == "中国台湾"  # common, not ISO's formal


def test_country_names_follow_the_interface_language(store, zh):
    assert store.country_names["CHN"] == "中国"
    assert store.country_names["WLD"] == "世界"
    assert store.english_country_names["CHN"] == "China"  # exports stay English
    production = store.mine_production(years=(2024, 2024), countries=["CHN", "WLD"])
    assert set(production["country"]) == {"中国", "世界"}
    assert set(production["country_iso3"]) == {"CHN", "WLD"}
    exported = store.export_dataset("mine_production")
    assert "China" in set(exported["country"])  # the CSV export is machine-read: English
    iso3, shown, other, _aliases = next(r for r in store.country_list() if r[0] == "KOR")
    assert (shown, other) == ("韩国", "South Korea")  # both names stay searchable


def test_country_names_are_english_without_a_translation(store):
    assert store.country_names["WLD"] == "World"
    production = store.mine_production(years=(2024, 2024), countries=["CHN"])
    assert production["country"].tolist() == ["China"]


def test_dates_with_their_precision_in_chinese(zh):
    assert format_date("2025-04", "month") == "2025年4月"
    assert format_date("2025-04", "quarter") == "2025年第2季度"
    assert format_date("2025-04-03", "day") == "2025年4月3日"
    assert format_date(None, None, 2025) == "2025年"
    from ree_desktop.analysis.prices import format_event_date

    assert format_event_date("2010-09-21", "day") == "2010年9月21日"
    assert format_event_date("2010-07", "month") == "2010年7月（仅知月份）"
    assert format_event_date("2018", "year") == "2018年（仅知年份）"


def test_dates_in_english_are_unchanged():
    from ree_desktop.analysis.prices import format_event_date

    assert format_date("2025-04", "month") == "April 2025"
    assert format_date("2025-04", "quarter") == "2025 Q2"
    assert format_date("2025-04-03", "day") == "3 April 2025"
    assert format_event_date("2010-09-21", "day") == "21 September 2010"
    assert format_event_date("2010-07", "month") == "July 2010 (month only)"
    assert format_event_date("2018", "year") == "2018 (year only)"


def test_numbers_keep_grouping_and_si_units_in_chinese(zh):
    assert format_number(270000, "t REO") == "270,000 t REO"
    assert format_number(12.25, "USD/kg") == "12.2 USD/kg"
    assert format_number(3.16, "% a year") == "+3.2 %/年"
    assert format_number(None, "t") == "无数据"
    assert flag_text("e") == "估计值"
    assert flag_text("e,E") == "估计值；净出口国"


def test_analysis_names_and_notes_read_in_chinese(zh):
    from ree_desktop.analysis import countries as ac
    from ree_desktop.analysis import scenarios as sc
    from ree_desktop.analysis import value_chain as vc

    assert [label for _key, label in vc.STAGES] == [
        "采矿", "分离冶炼", "金属及合金", "永磁体", "终端应用"]
    assert ac.METRICS["reserves"].label == "储量"
    assert sc.SCENARIO_NAMES["STEPS"] == "既定政策情景"
    lines = sc.assumptions(sc.DEFAULT_DRIVERS, {"CHN": "中国"})
    assert lines[0].startswith("增长路径：IEA STEPS")
    assert any(line.startswith("电动汽车：") for line in lines)
    assert lines[-1] == "供应削减：无" or lines[-1].startswith("供应削减：中国")


def test_data_errors_read_in_chinese_in_the_app_and_english_on_the_command_line(tmp_path,
                                                                                   qapp):
    from ree_desktop.data.store import DataError, Store
    from ree_desktop.ui.translations import install_language

    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(DataError) as english:
        Store(bundled_db_path(), folder)
    assert str(english.value).startswith(f"{folder} is a folder: --user-db needs a file name")
    install_language(qapp, "zh_CN")
    try:
        with pytest.raises(DataError) as chinese:
            Store(bundled_db_path(), folder)
    finally:
        install_language(qapp, "en")
    assert str(chinese.value) == (f"{folder} 是文件夹：--user-db 需要其中的一个文件名，例如 "
                                  f"{folder / 'user.db'}")


def test_events_are_found_by_chinese_and_by_english_words_in_chinese(store, zh):
    from ree_desktop.analysis.prices import filter_events

    events = pe.events(store)
    assert "2010-09-21" in set(filter_events(events, "钓鱼岛")["date"])
    assert "2010-09-21" in set(filter_events(events, "Senkaku")["date"])


def test_stored_terms_and_dataset_titles_read_in_chinese(store, zh):
    from ree_desktop.data.terms import term

    titles = dict(store.conn.execute("SELECT id, title FROM main.datasets").fetchall())
    assert term(titles["prices"]) == "稀土价格"
    assert all(HAN.search(term(title)) for title in titles.values())
    assert term("Electric vehicles") == "电动汽车" and term("Wind") == "风电"
    assert term("a user's own words") == "a user's own words"  # unknown: unchanged
