"""Chinese column headers are recognised like their English synonyms, and Chinese files in
GB18030/GBK (what Excel writes on a Chinese Windows) or UTF-8 import with their text intact."""

from __future__ import annotations

import sqlite3

import pytest

from ree_desktop.data.importer import Options, detect, guess_mapping, run_import


@pytest.mark.parametrize(("header", "field"), [
    ("国家", "country"), ("国别", "country"), ("国家或地区", "country"), ("国家/地区", "country"),
    ("年份", "year"), ("年度", "year"), ("年", "year"), ("日期", "year"),
    ("数值", "value"), ("数量", "value"), ("值", "value"), ("产量", "value"),
    ("价格", "value"), ("单价", "value"), ("价格（美元/千克）", "value"),
    ("单位", "unit"), ("币种", "unit"), ("货币", "unit"),
    ("元素", "element"), ("产品", "element"), ("公司", "item"), ("企业", "item"),
    ("矿山", "item"), ("矿区", "item"), ("情景", "scenario"), ("阶段", "stage"),
    ("环节", "stage"), ("备注", "note"), ("来源", "note"),
])
def test_a_chinese_header_maps_to_the_field_of_its_english_synonym(header, field):
    assert guess_mapping([header], wide=False) == {field: header}


def test_a_note_column_wins_over_a_source_column_for_the_note():
    mapping = guess_mapping(["来源", "国家", "年份", "产量", "备注"], wide=False)
    assert mapping["note"] == "备注"
    assert mapping == {"country": "国家", "year": "年份", "value": "产量", "note": "备注"}


def _write(path, text: str, encoding: str):
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8", "utf-8-sig"])
def test_a_chinese_country_file_imports_in_its_encoding(tmp_path, encoding):
    path = _write(tmp_path / "产量.csv",
                  "国家或地区,年份,产量,单位,来源\n"
                  "中国,2023,240000,吨,美国地质调查局\n"
                  "美国,2023,43000,吨,美国地质调查局\n"
                  "澳大利亚,2022,18000,吨,美国地质调查局\n", encoding)
    detected = detect(path)
    assert detected.encoding == {"gbk": "gb18030"}.get(encoding, encoding)
    assert detected.columns == ["国家或地区", "年份", "产量", "单位", "来源"]
    result = run_import(path, tmp_path / "user.db", options=Options(name="中国产量"))
    assert result.written and result.rows_imported == 3 and result.kind == "country"
    assert result.countries == ["AUS", "CHN", "USA"] and result.years == (2022, 2023)
    rows = sqlite3.connect(tmp_path / "user.db").execute(
        "SELECT country_iso3, year, value, unit, note FROM observations ORDER BY value"
    ).fetchall()
    assert rows == [("AUS", 2022, 18000.0, "吨", "美国地质调查局"),
                    ("USA", 2023, 43000.0, "吨", "美国地质调查局"),
                    ("CHN", 2023, 240000.0, "吨", "美国地质调查局")]


def test_a_gb18030_price_series_takes_its_unit_from_fullwidth_brackets(tmp_path):
    path = _write(tmp_path / "价格.csv",
                  "元素,日期,价格（美元/千克）\n氧化镨钕,2025-01-15,58.5\n氧化镨钕,2025-02-15,60\n",
                  "gb18030")
    detected = detect(path)
    assert detected.encoding == "gb18030"
    assert detected.mapping == {"element": "元素", "year": "日期", "value": "价格（美元/千克）"}
    assert detected.unit_hint == "美元/千克"
    result = run_import(path, tmp_path / "user.db", options=Options(name="镨钕"))
    assert result.written and result.kind == "price" and result.rows_imported == 2


def test_a_chinese_file_in_the_wrong_encoding_is_one_clear_line(tmp_path):
    path = _write(tmp_path / "产量.csv", "国家,年份,产量\n中国,2023,240000\n", "gb18030")
    with pytest.raises(Exception, match=r"the file is not valid utf-8 \(byte \d+\); choose "
                                        r"another encoding \(--encoding\)"):
        detect(path, Options(encoding="utf-8"))


def test_a_chinese_dataset_name_keeps_its_characters_in_the_id(tmp_path):
    path = _write(tmp_path / "中国 产量 (吨).csv", "国家,年份,产量\n中国,2023,240000\n", "utf-8")
    first = run_import(path, tmp_path / "user.db")
    again = run_import(path, tmp_path / "user.db")
    assert (first.dataset, again.dataset) == ("中国_产量_吨", "中国_产量_吨_2")
