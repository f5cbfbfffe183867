"""CSV import (no Qt): the corpus of odd and hostile files, each with its expected outcome."""

from __future__ import annotations

import math
import sqlite3
import threading
from pathlib import Path

import pytest

from ree_desktop.data import importer
from ree_desktop.data.importer import ImportCancelled, ImportFailed, Options, run_import
from ree_desktop.data.store import Store
from ree_desktop.paths import bundled_db_path

CORPUS = Path(__file__).parent / "data" / "import"

# name -> (rows imported, encoding, delimiter)
IMPORTS = {
    "utf8_basic.csv": (3, "utf-8", ","),
    "utf8_bom.csv": (3, "utf-8-sig", ","),
    "utf16_excel_unicode.csv": (3, "utf-16", "\t"),
    "cp1252_notes.csv": (2, "cp1252", ","),
    "gbk_chinese.csv": (4, "gb18030", ","),
    "semicolon_decimal_comma.csv": (3, "utf-8", ";"),
    "pipe.csv": (3, "utf-8", "|"),
    "tab.csv": (3, "utf-8", "\t"),
    "cr_line_ends.csv": (3, "utf-8", ","),
    "crlf_line_ends.csv": (3, "utf-8", ","),
    "usgs_markers.csv": (8, "utf-8", ","),
    "wide_worldbank.csv": (6, "utf-8", ","),
    "wide_simple.csv": (6, "utf-8", ","),
    "hostile_header.csv": (4, "utf-8", ","),
    "country_variants.csv": (10, "utf-8", ","),
    "title_lines.csv": (2, "utf-8", ","),
    "quoted_multiline.csv": (2, "utf-8", ","),
    "leading_zero_codes.csv": (2, "utf-8", ","),
    "single_quotes.csv": (2, "utf-8", ";"),
    "chinese_wide_gbk.csv": (4, "gb18030", ","),
    "owid_grapher.csv": (4, "utf-8", ","),  # publisher layouts (tests/test_import_layouts.py)
    "usgs_title_footnotes.csv": (12, "utf-8", ","),
}

# name -> (problem category, file lines reported, rows a --skip-invalid import keeps)
INVALID = {
    "ragged_rows.csv": ("ragged row", [3], 2),
    "duplicates.csv": ("duplicate", [4], 2),
    "unknown_country.csv": ("unknown country", [3], 1),
    "implausible_years.csv": ("bad year", [2, 3, 4], 1),
    "non_numeric.csv": ("non-numeric value", [2], 1),
    "blank_lines.csv": ("non-numeric value", [5], 1),
    "multiline_then_errors.csv": ("non-numeric value", [5, 8], 2),  # lines in the file
}

# name -> words the one-line message must contain
FAILS = {
    "empty.csv": "is empty",
    "whitespace_only.csv": "is empty",
    "header_only.csv": "no data rows",
    "binary_png.csv": "not a text file",
    "nul_bytes.csv": "not a text file",
    "excel_workbook.csv": "Excel workbook",
    "mapped_columns.csv": "no column mapped as value",  # two numeric columns: no guess
}


class _store:  # noqa: N801 (used as a context manager)
    def __init__(self, db: Path):
        self.store = Store(bundled_db_path(), db)

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *exc) -> None:
        self.store.close()


def row_counts(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("SELECT count(*) FROM observations").fetchone()[0],
                conn.execute("SELECT count(*) FROM datasets").fetchone()[0])
    finally:
        conn.close()


def test_corpus_is_fully_covered():
    names = {p.name for p in CORPUS.glob("*.csv")}
    assert names == set(IMPORTS) | set(INVALID) | set(FAILS)


@pytest.mark.parametrize("name", sorted(IMPORTS))
def test_corpus_imports(name, tmp_path):
    rows, encoding, delimiter = IMPORTS[name]
    db = tmp_path / "user.db"
    result = run_import(CORPUS / name, db)
    assert result.written and result.problem_count == 0
    assert (result.rows_imported, result.encoding, result.delimiter) == (rows,
                                                                          encoding, delimiter)
    with _store(db) as store:
        datasets = store.datasets()
        mine = datasets[datasets["id"] == result.dataset].iloc[0]
        assert mine["kind"] == "user" and mine["rows"] == rows
        frame = store.observations(result.dataset)
    assert frame["metric"].notna().all()
    assert frame["country_iso3"].notna().all()


def values(db: Path, dataset: str) -> dict[tuple[str, int], tuple]:
    with _store(db) as store:
        frame = store.observations(dataset)
    return {(r.country_iso3, int(r.year)): (None if r.value is None or math.isnan(r.value)
                                            else r.value,
                                            r.flag if isinstance(r.flag, str) else None)
            for r in frame.itertuples()}


def test_usgs_markers_become_number_or_null_plus_flag(tmp_path):
    result = run_import(CORPUS / "usgs_markers.csv", tmp_path / "u.db")
    got = values(tmp_path / "u.db", result.dataset)
    assert got == {
        ("USA", 2019): (None, "W"), ("BRA", 2019): (None, "NA"), ("MYS", 2019): (0.0, "—"),
        ("CHN", 2019): (132000.0, "e"), ("WLD", 2019): (210000.0, ">"),
        ("IND", 2019): (1000.0, "<"), ("THA", 2019): (None, "XX"),
        ("VNM", 2019): (900.0, "e"),
    }


def test_decimal_comma_and_thousands_dot(tmp_path):
    result = run_import(CORPUS / "semicolon_decimal_comma.csv", tmp_path / "u.db")
    assert result.decimal == ","
    got = values(tmp_path / "u.db", result.dataset)
    assert got[("CHN", 2022)][0] == 1234.5
    assert got[("AUS", 2022)][0] == 18.25
    assert got[("IND", 2022)][0] == 2900.0


def test_wide_world_bank_file_becomes_long(tmp_path):
    result = run_import(CORPUS / "wide_worldbank.csv", tmp_path / "u.db")
    assert result.wide and result.years == (2019, 2021)
    got = values(tmp_path / "u.db", result.dataset)
    assert got[("CHN", 2020)] == (140000.0, None)
    assert got[("CHN", 2021)] == (None, "NA")  # ".." is "no data", not zero
    with _store(tmp_path / "u.db") as store:
        assert set(store.observations(result.dataset)["metric"]) == {"Mine production"}


def test_country_variants_resolve_exactly(tmp_path):
    result = run_import(CORPUS / "country_variants.csv", tmp_path / "u.db")
    got = values(tmp_path / "u.db", result.dataset)
    codes = {value: code for (code, _), (value, _) in got.items()}
    assert codes == {1: "USA", 2: "USA", 3: "USA", 4: "CHN", 5: "MMR", 6: "VNM", 7: "RUS",
                     8: "CHN", 9: "WLD", 10: "OTH"}  # U.S. is never the Virgin Islands


def test_unknown_country_is_proposed_never_accepted(tmp_path):
    db = tmp_path / "u.db"
    result = run_import(CORPUS / "unknown_country.csv", db)
    assert not result.written
    assert result.unknown_countries == {"Untied States": "USA"}
    assert "did you mean USA" in result.problems[0].action
    confirmed = run_import(CORPUS / "unknown_country.csv", db, options=Options(
        country_overrides={"Untied States": "USA"}))
    assert values(db, confirmed.dataset)[("USA", 2020)] == (2.0, None)


def test_encodings_keep_text(tmp_path):
    result = run_import(CORPUS / "cp1252_notes.csv", tmp_path / "u.db")
    with _store(tmp_path / "u.db") as store:
        frame = store.observations(result.dataset)
    assert set(frame["note"]) == {"étude € prix", "café"}
    assert set(frame["country_iso3"]) == {"FRA", "CIV"}
    chinese = run_import(CORPUS / "gbk_chinese.csv", tmp_path / "u.db")
    assert chinese.mapping == {"country": "国家", "year": "年份", "value": "产量",
                               "unit": "单位"}
    assert chinese.countries == ["AUS", "CHN", "MMR", "USA"]


def test_chinese_wide_table_and_single_quotes(tmp_path):
    db = tmp_path / "u.db"
    wide = run_import(CORPUS / "chinese_wide_gbk.csv", db)
    assert wide.wide and wide.mapping == {"country": "国家", "unit": "单位"}
    assert values(db, wide.dataset)[("MMR", 2020)] == (31000.0, None)
    quoted = run_import(CORPUS / "single_quotes.csv", db)
    assert quoted.decimal == ","
    assert values(db, quoted.dataset)[("CHN", 2020)] == (1.5, None)


def test_leading_zeros_and_multiline_text_survive(tmp_path):
    db = tmp_path / "u.db"
    codes = run_import(CORPUS / "leading_zero_codes.csv", db)
    with _store(db) as store:
        assert set(store.observations(codes.dataset)["item"]) == {"007", "0042"}
        multi = run_import(CORPUS / "quoted_multiline.csv", db)
        notes = set(store.observations(multi.dataset)["note"])
    assert "line one\nline two, with a comma" in notes


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_files_write_nothing_by_default(name, tmp_path):
    category, lines, _ = INVALID[name]
    db = tmp_path / "user.db"
    result = run_import(CORPUS / name, db)
    assert not result.written and result.dataset is None
    assert category in result.problem_counts
    assert [p.line for p in result.problems] == lines
    assert row_counts(db) == (0, 0)
    text = result.report_text()
    assert f"line {lines[0]}" in text


@pytest.mark.parametrize("name", sorted(INVALID))
def test_skip_invalid_keeps_valid_rows_and_the_report(name, tmp_path):
    category, lines, kept = INVALID[name]
    db = tmp_path / "user.db"
    result = run_import(CORPUS / name, db, options=Options(skip_invalid=True))
    assert result.written and result.rows_imported == kept
    assert row_counts(db) == (kept, 1)
    report = importer.dataset_report(db, result.dataset)
    assert f"line {lines[0]}" in report and category in report


@pytest.mark.parametrize("name", sorted(FAILS))
def test_unreadable_files_fail_with_one_clear_message(name, tmp_path):
    db = tmp_path / "user.db"
    with pytest.raises(ImportFailed, match=FAILS[name]):
        run_import(CORPUS / name, db)
    assert not db.exists() or row_counts(db) == (0, 0)


def test_mapping_override_imports_unguessed_columns(tmp_path):
    result = run_import(CORPUS / "mapped_columns.csv", tmp_path / "u.db",
                        options=Options(mapping={"value": "Amt kt"}, metric="production",
                                        unit="t"))
    assert result.written and result.mapping["element"] == "Element"
    with _store(tmp_path / "u.db") as store:
        frame = store.observations(result.dataset)
    assert set(frame["metric"]) == {"production"} and set(frame["unit"]) == {"t"}
    assert set(frame["element"]) == {"Nd", "Dy"}


def test_hostile_header_is_harmless_and_formulas_are_neutralised_on_export(tmp_path, capsys):
    from ree_desktop import cli

    db = tmp_path / "u.db"
    assert cli.main(["import", str(CORPUS / "hostile_header.csv"), "--name", "evil",
                     "--user-db", str(db)]) == 0
    assert row_counts(db) == (4, 1)
    out = tmp_path / "evil.csv"
    assert cli.main(["export", "evil", "--out", str(out), "--user-db", str(db)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'+cmd" in text and "'@SUM" in text and "'-2+3" in text
    with _store(db) as store:  # the bundled tables are all still there
        assert store.scalar("SELECT count(*) FROM main.observations") > 0


def test_huge_field_is_imported_or_reported(tmp_path):
    path = tmp_path / "huge.csv"
    big = "x" * (10 * 1024 * 1024)
    path.write_text(f"Country,Year,Value,Note\nChina,2020,1,{big}\nIndia,2020,{big},n\n")
    result = run_import(path, tmp_path / "u.db", options=Options(skip_invalid=True))
    assert result.rows_imported == 1 and result.problem_counts == {"non-numeric value": 1}
    assert len(result.problems[0].text()) < 400


def test_error_midway_rolls_back_everything(tmp_path, monkeypatch):
    path = tmp_path / "many.csv"
    path.write_text("Country,Year,Value\n" + "".join(f"China,{1900 + i},{i}\n"
                                                      for i in range(50)))
    real = importer.write._process
    calls = []

    def failing(chunk, lines, ctx):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        return real(chunk, lines, ctx)

    monkeypatch.setattr(importer.write, "_process", failing)
    with pytest.raises(OSError):
        run_import(path, tmp_path / "u.db", chunk_rows=10)
    assert row_counts(tmp_path / "u.db") == (0, 0)


def test_cancel_writes_nothing(tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("Country,Year,Value\n" + "".join(f"China,{1900 + i},{i}\n"
                                                      for i in range(50)))
    cancel = threading.Event()
    seen = []

    def progress(fraction, rows):
        seen.append(rows)
        cancel.set()

    with pytest.raises(ImportCancelled):
        run_import(path, tmp_path / "u.db", progress=progress, cancel=cancel, chunk_rows=10)
    assert seen == [9]  # one chunk read (its first line is the header), then cancelled
    assert row_counts(tmp_path / "u.db") == (0, 0)


def test_rename_delete_and_unique_ids(tmp_path):
    db = tmp_path / "u.db"
    first = run_import(CORPUS / "utf8_basic.csv", db, options=Options(name="My data"))
    second = run_import(CORPUS / "utf8_basic.csv", db, options=Options(name="My data"))
    assert (first.dataset, second.dataset) == ("my_data", "my_data_2")
    importer.rename_dataset(db, "my_data", "Renamed")
    with _store(db) as store:
        titles = dict(zip(store.datasets()["id"], store.datasets()["title"], strict=True))
    assert titles["my_data"] == "Renamed"
    assert importer.delete_dataset(db, "my_data") == 3
    assert row_counts(db) == (3, 1)
    with pytest.raises(ImportFailed):
        importer.delete_dataset(db, "mine_production")  # bundled: not the user's to delete


def test_detection_is_overridable(tmp_path):
    det = importer.detect(CORPUS / "utf8_basic.csv", Options(delimiter=";"))
    assert det.delimiter == ";" and det.columns == ["Country,Year,Production,Unit"]
    det = importer.detect(CORPUS / "title_lines.csv")
    assert det.header_row == 2 and det.columns == ["Country", "Year", "Production"]
    assert importer.detect(CORPUS / "cr_line_ends.csv").line_end == "CR"
    assert importer.detect(CORPUS / "crlf_line_ends.csv").line_end == "CRLF"


@pytest.mark.parametrize(("text", "value", "flag"), [
    ("1,234", 1234.0, None), ("W", None, "W"), ("—", 0.0, "—"), ("12e", 12.0, "e"),
    ("<1,000", 1000.0, "<"), (">95", 95.0, ">"), ("3.5r", 3.5, "r"), ("n/a", None, "NA"),
    ("1e5", 100000.0, None), ("abc", None, None),
])
def test_parse_values(text, value, flag):
    import pandas as pd

    values, flags, _, invalid = importer.parse_values(pd.Series([text], dtype=object))
    got = None if math.isnan(values[0]) else values[0]
    assert (got, flags[0]) == (value, flag)
    assert invalid[0] == (text == "abc")


def test_cli_strict_and_skip_invalid(tmp_path, capsys):
    from ree_desktop import cli

    db = tmp_path / "u.db"
    bad = str(CORPUS / "implausible_years.csv")
    assert cli.main(["import", bad, "--user-db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "line 2, column 'Year', value '19'" in err and "nothing written" in err
    assert row_counts(db) == (0, 0)
    assert cli.main(["import", bad, "--user-db", str(db), "--skip-invalid"]) == 0
    out = capsys.readouterr().out
    assert "imported 1 rows" in out and "skipped" in out and "line 3" in out
    assert "encoding: utf-8; delimiter: comma" in out


def test_cli_options_override_detection(tmp_path, capsys):
    from ree_desktop import cli

    db = tmp_path / "u.db"
    args = ["import", str(CORPUS / "mapped_columns.csv"), "--user-db", str(db),
            "--map", "value=Amt kt,country=Nation", "--name", "Amounts by nation",
            "--unit", "t", "--delimiter", "comma", "--decimal", "."]
    assert cli.main(args) == 0
    assert "amounts_by_nation" in capsys.readouterr().out
    assert cli.main(["import", str(CORPUS / "mapped_columns.csv"), "--user-db", str(db),
                     "--map", "colour=Nation"]) == 2
    assert "unknown field 'colour'" in capsys.readouterr().err
    assert cli.main(["import", str(CORPUS / "binary_png.csv"), "--user-db", str(db)]) == 2
    assert "not a text file" in capsys.readouterr().err


def test_bundled_database_is_untouched(tmp_path):
    before = bundled_db_path().read_bytes()
    run_import(CORPUS / "utf8_basic.csv", tmp_path / "u.db")
    assert bundled_db_path().read_bytes() == before


def test_unmapped_column_typed_text_is_kept_in_the_note(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("Country,Year,Value,Source,Grade,Comment\nChina,2020,1,MIIT,A,quota\n"
                    "India,2020,2,IBM,,\n")
    result = run_import(path, tmp_path / "u.db", options=Options(
        types={"Source": "text", "Grade": "text"}))
    with _store(tmp_path / "u.db") as store:
        notes = dict(zip(store.observations(result.dataset)["country_iso3"],
                         store.observations(result.dataset)["note"], strict=True))
    assert notes == {"CHN": "quota; Source: MIIT; Grade: A", "IND": "Source: IBM"}
