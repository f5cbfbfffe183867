"""Publisher layouts and hostile cells, in process: what is read, stored, noted or refused."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from ree_desktop.data.importer import ImportFailed, Options, detect, run_import
from ree_desktop.data.importer.model import MAX_COLUMNS, MAX_SUGGESTIONS, SAMPLE_BYTES

CORPUS = Path(__file__).parent / "data" / "import"


def stored(db: Path) -> dict[tuple[str, int], tuple[float | None, str | None]]:
    conn = sqlite3.connect(db)
    try:
        return {(c, y): (v, u) for c, y, v, u in conn.execute(
            "SELECT country_iso3, year, value, unit FROM observations")}
    finally:
        conn.close()


def test_owid_grapher_file_imports_without_hand_editing(tmp_path):
    db = tmp_path / "u.db"
    det = detect(CORPUS / "owid_grapher.csv")
    assert det.guessed_value == "Rare earth production (tonnes)" and det.code_column == "Code"
    result = run_import(CORPUS / "owid_grapher.csv", db)  # strict: regions do not block
    assert result.written and result.problem_count == 0
    assert stored(db) == {("AUS", 2020): (21000.0, "tonnes"), ("CHN", 2020): (140000.0, "tonnes"),
                          ("WLD", 2020): (240000.0, "tonnes"),
                          ("WLD", 2021): (280000.0, "tonnes")}
    assert result.note_counts == {"region or group without a country code": 2}
    noted = {(n.line, n.value) for n in result.notes}
    assert noted == {(2, "Africa"), (5, "High-income countries")}
    assert "left out as not data: 2 × region or group" in result.summary()
    assert "line 2, column 'Entity', value 'Africa'" in result.report_text()


def test_a_given_unit_beats_the_header_unit(tmp_path):
    result = run_import(CORPUS / "owid_grapher.csv", tmp_path / "u.db",
                        options=Options(unit="t"))
    assert {u for _, u in stored(tmp_path / "u.db").values()} == {"t"} and result.written


def test_two_numeric_columns_are_not_guessed(tmp_path):
    with pytest.raises(ImportFailed, match="no column mapped as value"):
        run_import(CORPUS / "mapped_columns.csv", tmp_path / "u.db")


def test_title_lines_above_and_footnotes_below_the_table(tmp_path):
    db = tmp_path / "u.db"
    det = detect(CORPUS / "usgs_title_footnotes.csv")
    assert det.header_row == 3 and det.columns == ["Country", "2020", "2021", "2022"]
    result = run_import(CORPUS / "usgs_title_footnotes.csv", db)
    assert result.written and result.rows_imported == 12 and result.problem_count == 0
    assert stored(db)[("MMR", 2022)] == (12000.0, None)
    assert [n.line for n in result.notes] == [10, 11, 12, 13]
    assert result.notes[0].value.startswith("Source: U.S. Geological Survey")


def test_a_note_inside_the_table_is_still_an_error(tmp_path):
    path = tmp_path / "mid.csv"
    path.write_text("Country,Year,Value\nChina,2020,1\nSee note 3\nIndia,2020,2\n"
                    "Source: someone\n")
    result = run_import(path, tmp_path / "u.db")
    assert not result.written
    assert [(p.line, p.reason) for p in result.problems] == [
        (3, "ragged row: 1 field where the header has 3")]
    assert [n.line for n in result.notes] == [5]


def test_footnotes_held_across_chunks(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("Country,Year,Value\n" + "".join(f"China,{1900 + i},{i}\n"
                                                      for i in range(25))
                    + "Source: one\n\nNote: two\nIndia,2020,5\nSource: three\n")
    result = run_import(path, tmp_path / "u.db", chunk_rows=7)
    assert not result.written  # the notes above India are inside the table
    assert {p.line for p in result.problems} == {27, 29}
    assert [n.line for n in result.notes] == [31]


def test_first_row_longer_than_the_header_is_ragged_not_shifted(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("Country,Year,Value\nGermany,China,2024,5\nUSA,2024,45000\n"
                    "Australia,2024,29000\n")
    result = run_import(path, tmp_path / "u.db", options=Options(skip_invalid=True))
    assert stored(tmp_path / "u.db") == {("USA", 2024): (45000.0, None),
                                         ("AUS", 2024): (29000.0, None)}
    assert [(p.line, p.reason) for p in result.problems] == [
        (2, "ragged row: 4 fields where the header has 3")]


def test_header_longer_than_the_sample_is_read_whole(tmp_path):
    names = [f"Note {i} " + "x" * 300 for i in range(1000)]  # ~300 KiB header line
    path = tmp_path / "wide_header.csv"
    path.write_text(",".join(["Country", "Year", "Value", *names]) + "\n"
                    + "China,2020,5" + "," * len(names) + "\n")
    assert len(path.read_text().splitlines()[0]) > SAMPLE_BYTES
    result = run_import(path, tmp_path / "u.db")
    assert result.written and stored(tmp_path / "u.db") == {("CHN", 2020): (5.0, None)}


def test_non_finite_values_are_refused(tmp_path):
    path = tmp_path / "inf.csv"
    path.write_text("Country,Year,Value\nChina,2020,inf\nIndia,2020,-Infinity\n"
                    "Brazil,2020,1e999\nChile,2020,5\nPeru,2020,NaN\n")
    result = run_import(path, tmp_path / "u.db", options=Options(skip_invalid=True))
    assert result.problem_counts == {"non-numeric value": 4}
    assert stored(tmp_path / "u.db") == {("CHL", 2020): (5.0, None)}
    path.write_text("Country,Year,Value\nChina,2020,inf\nChile,2020,5\n")  # numeric column
    result = run_import(path, tmp_path / "u2.db", options=Options(skip_invalid=True))
    assert result.problems[0].value == "inf" and result.rows_imported == 1


def test_nul_byte_far_into_the_file_names_its_line(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Country,Year,Value\n" + b"China,2020,1\n" * 40_000
                     + b"India,2020,2\x00\n")
    with pytest.raises(ImportFailed, match=r"line 40,002: NUL byte"):
        run_import(path, tmp_path / "u.db")
    assert not (tmp_path / "u.db").exists() or not stored(tmp_path / "u.db")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(ImportFailed, match="named pipe"):
        run_import(fifo, tmp_path / "u.db")
    assert time.monotonic() - start < 5


@pytest.mark.parametrize("codec", ["rot13", "zlib", "base64", "hex", "no-such-codec"])
def test_non_text_encodings_are_refused(tmp_path, codec):
    with pytest.raises(ImportFailed, match="not a text encoding.*utf-8"):
        run_import(CORPUS / "utf8_basic.csv", tmp_path / "u.db",
                   options=Options(encoding=codec))


def test_too_many_columns_are_refused_early(tmp_path):
    path = tmp_path / "cols.csv"
    path.write_text(",".join(["Country"] + [f"c{i}" for i in range(200_000)]) + "\n"
                    + "China" + ",1" * 200_000 + "\n")
    start = time.monotonic()
    with pytest.raises(ImportFailed, match=f"200,001 columns, more than the limit of "
                                           f"{MAX_COLUMNS:,}"):
        run_import(path, tmp_path / "u.db")
    assert time.monotonic() - start < 5


def test_unknown_country_suggestions_are_capped(tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("Country,Year,Value\n" + "".join(f"Chinaland{i},2020,1\n"
                                                     for i in range(3 * MAX_SUGGESTIONS)))
    start = time.monotonic()
    result = run_import(path, tmp_path / "u.db")
    assert time.monotonic() - start < 10
    assert len(result.unknown_countries) == 3 * MAX_SUGGESTIONS
    assert sum(1 for hint in result.unknown_countries.values() if hint) <= MAX_SUGGESTIONS


def test_rows_ending_in_a_delimiter_are_not_ragged(tmp_path):
    path = tmp_path / "trailing.csv"
    path.write_text("Country,Year,Value\nChina,2020,1,\nIndia,2020,2,\n")
    result = run_import(path, tmp_path / "u.db")
    assert result.written and result.problem_count == 0
    assert stored(tmp_path / "u.db") == {("CHN", 2020): (1.0, None), ("IND", 2020): (2.0, None)}


def test_utf32_text_is_read_and_its_nul_code_units_are_not_nul_bytes(tmp_path):
    path = tmp_path / "u32.csv"
    path.write_bytes("Country,Year,Value\nChina,2020,1\n".encode("utf-32"))
    result = run_import(path, tmp_path / "u.db", options=Options(encoding="utf-32"))
    assert result.written and stored(tmp_path / "u.db") == {("CHN", 2020): (1.0, None)}
    path.write_bytes("Country,Year,Value\nChina,2020,1\x00\n".encode("utf-16"))
    with pytest.raises(ImportFailed, match="NUL"):
        run_import(path, tmp_path / "u2.db")


def test_left_out_rows_are_kept_in_the_dataset_report(tmp_path):
    from ree_desktop.data.importer import dataset_report

    result = run_import(CORPUS / "owid_grapher.csv", tmp_path / "u.db")
    report = dataset_report(tmp_path / "u.db", result.dataset)
    assert "left out as not data: 2 × region or group without a country code" in report
    assert "value 'High-income countries'" in report


def test_rows_with_fewer_fields_are_ragged_not_padded(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("Country,Year,Value\nChina,2020\nIndia,2020,1\nBrazil\n\n"
                    "Chile,2020,3\nPeru,2020")  # no newline at the end
    result = run_import(path, tmp_path / "u.db", options=Options(skip_invalid=True))
    assert [(p.line, p.value) for p in result.problems] == [
        (2, "2 fields"), (4, "1 field"), (7, "2 fields")]
    assert set(stored(tmp_path / "u.db")) == {("IND", 2020), ("CHL", 2020)}


def test_quoted_delimiters_newlines_and_stray_quotes_do_not_fake_short_rows(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('Country,Year,Value,Note\nChina,2020,1,"two\nlines, and a comma"\n'
                    'India,2020,2,12" pipe\nBrazil,2020,3,"say ""hi"", then, go"\n'
                    '"Chile",2020,"4"\n')
    result = run_import(path, tmp_path / "u.db", options=Options(skip_invalid=True))
    assert [(p.line, p.value) for p in result.problems] == [(6, "3 fields")]
    assert set(stored(tmp_path / "u.db")) == {("CHN", 2020), ("IND", 2020), ("BRA", 2020)}


def test_a_wider_header_over_rows_that_end_early_is_the_header(tmp_path):
    """Not a title line: rows one field short of it are ragged rows, never a wide table whose
    'years' are the first data row's values (that once imported 1800 and 1990 as years)."""
    path = tmp_path / "short.csv"
    path.write_text("Country,Year,Value,Note 0,Note 1\nChina,1990,1800,\nChina,1990,0,\n"
                    "Peru,2000,1,,\n", encoding="utf-8")
    result = run_import(path, tmp_path / "user.db", dry_run=True,
                        options=Options(skip_invalid=True))
    assert not result.wide and result.mapping["country"] == "Country"
    assert sorted(p.line for p in result.problems if p.reason.startswith("ragged")) == [2, 3]
    only_short = tmp_path / "only_short.csv"
    only_short.write_text("Country,Year,Value,Note 0,Note 1\nChina,1990,1800,\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="every data row is a ragged row .*line 2"):
        run_import(only_short, tmp_path / "user.db", dry_run=True,
                   options=Options(skip_invalid=True))
