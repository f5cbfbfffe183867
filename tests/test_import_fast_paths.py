"""The import's fast paths (issue 18) give exactly what the plain ones gave: duplicate keys
found across chunks from numbered key fields, constant columns bound once per statement,
years converted once per distinct value, writing overlapped with parsing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ree_desktop.data.importer import ImportFailed, Options, run_import


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT country_iso3, year, element, metric, unit, value, note "
                            "FROM observations ORDER BY rowid").fetchall()
    finally:
        conn.close()


def test_duplicates_are_found_across_chunks_and_only_for_equal_keys(tmp_path):
    body = ["country,year,element,value"]
    body += [f"France,{2000 + i},Nd,{i}" for i in range(10)]
    body += ["France,2003,Nd,99",      # repeats line 5 (a later chunk)
             "France,2003,Pr,7",       # another element: not a repeat
             "Germany,2003,Nd,8",      # another country: not a repeat
             "France,2003,,5",         # empty element
             "France,2003, ,6"]        # blank element = empty: a repeat of the line above
    path = write(tmp_path / "dups.csv", "\n".join(body) + "\n")
    result = run_import(path, tmp_path / "user.db", chunk_rows=3,
                        options=Options(skip_invalid=True))
    repeats = [p for p in result.problems if "duplicate" in p.reason]
    assert [p.line for p in repeats] == [12, 16]
    assert result.rows_imported == 13
    stored = rows(tmp_path / "user.db")
    assert ("FRA", 2003, "Nd", "value", None, 3.0, None) in stored  # the first one is kept
    assert all(row[5] != 99.0 for row in stored)


def test_strict_import_with_a_duplicate_writes_nothing(tmp_path):
    path = write(tmp_path / "d.csv", "country,year,value\nChina,2020,1\nChina,2020,2\n")
    result = run_import(path, tmp_path / "user.db", chunk_rows=1)
    assert not result.written and result.problem_counts == {"duplicate": 1}
    assert rows(tmp_path / "user.db") == []


@pytest.mark.parametrize("chunk_rows", [1, 2, 1000])
def test_constant_columns_are_stored_on_every_row_in_file_order(tmp_path, chunk_rows):
    # Every column constant within a chunk of one row; unit and metric constant throughout.
    path = write(tmp_path / "c.csv", "country,year,value,unit,metric\n"
                 "Chile,2001,5,t,output\nChile,2002,5,t,output\nPeru,2002,6.5,t,output\n")
    result = run_import(path, tmp_path / "user.db", chunk_rows=chunk_rows)
    assert result.written and result.rows_imported == 3
    assert rows(tmp_path / "user.db") == [
        ("CHL", 2001, None, "output", "t", 5.0, None),
        ("CHL", 2002, None, "output", "t", 5.0, None),
        ("PER", 2002, None, "output", "t", 6.5, None)]


def test_years_are_checked_per_distinct_value(tmp_path):
    path = write(tmp_path / "y.csv", "country,year,value\nIndia,2020,1\nIndia, 2021 ,2\n"
                 "India,2021.5,3\nIndia,abc,4\nIndia,,5\nIndia,2020,6\nIndia,1700,7\n")
    result = run_import(path, tmp_path / "user.db", chunk_rows=2,
                        options=Options(skip_invalid=True))
    bad_years = sorted(p.line for p in result.problems
                       if "year" in p.reason.lower() and "duplicate" not in p.reason)
    assert bad_years == [4, 5, 6, 8]
    assert [p.line for p in result.problems if "duplicate" in p.reason] == [7]
    assert [(r[1], r[5]) for r in rows(tmp_path / "user.db")] == [(2020, 1.0), (2021, 2.0)]


def test_a_write_error_on_the_writer_thread_stops_the_import_and_rolls_back(
        tmp_path, monkeypatch):
    from ree_desktop.data.importer import write as write_module

    calls = []

    def failing(conn, frame, dataset):
        calls.append(len(frame))
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        original(conn, frame, dataset)

    original = write_module._insert
    monkeypatch.setattr(write_module, "_insert", failing)
    body = "country,year,value\n" + "".join(f"Japan,{1950 + i},{i}\n" for i in range(9))
    path = write(tmp_path / "w.csv", body)
    with pytest.raises((sqlite3.OperationalError, ImportFailed)):
        run_import(path, tmp_path / "user.db", chunk_rows=3)
    assert rows(tmp_path / "user.db") == []
