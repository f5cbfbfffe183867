"""Issue 19 item 2: dates with their precision, parsed from the spellings analysts use."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from ree_desktop.data.dates import ParsedDate, date_position, parse_date
from ree_desktop.data.importer import Options, preview, run_import
from ree_desktop.data.importer.parse import parse_dates


@pytest.mark.parametrize("text, expected", [
    ("2025", (2025, None, None)),
    (2025, (2025, None, None)),
    ("2025.0", (2025, None, None)),
    ("2025年", (2025, None, None)),
    ("2025-04-17", (2025, "2025-04-17", "day")),
    ("2025/4/7", (2025, "2025-04-07", "day")),
    ("2025-04-17T00:00:00", (2025, "2025-04-17", "day")),
    ("2025-04", (2025, "2025-04", "month")),
    ("Apr 2025", (2025, "2025-04", "month")),
    ("April 2025", (2025, "2025-04", "month")),
    ("sept. 2024", (2024, "2024-09", "month")),
    ("04/2025", (2025, "2025-04", "month")),
    ("2025M04", (2025, "2025-04", "month")),
    ("2025m4", (2025, "2025-04", "month")),
    ("2025Q2", (2025, "2025-04", "quarter")),
    ("Q4 2024", (2024, "2024-10", "quarter")),
    ("2025-Q1", (2025, "2025-01", "quarter")),
    ("2025年4月", (2025, "2025-04", "month")),
    ("2025年4月17日", (2025, "2025-04-17", "day")),
])
def test_every_documented_spelling_parses_with_its_precision(text, expected):
    assert parse_date(text) == ParsedDate(*expected)


@pytest.mark.parametrize("text", [
    "", "  ", "17/04/2025", "04/17/2025", "2025-13", "2025-02-30", "2025Q5", "Foo 2025",
    "1799", "2101", "2025.5", "2025-04-17T13:00", "20250", "Apr 25", float("nan"), True,
    "2025年13月", "=2025", "2025\x00",
])
def test_ambiguous_impossible_or_hostile_dates_are_refused(text):
    assert parse_date(text) is None


def test_vectorised_parse_keeps_the_annual_fast_path_and_marks_bad_cells():
    years, dates, precisions, invalid = parse_dates(pd.Series([2019, 2020]))
    assert years.tolist() == [2019, 2020] and dates is None and not invalid.any()
    years, dates, precisions, invalid = parse_dates(
        pd.Series(["2025-04", "2025", "Apr 2025", "17/04/2025", "2025Q2"], dtype=object))
    assert invalid.tolist() == [False, False, False, True, False]
    assert dates.tolist() == ["2025-04", None, "2025-04", None, "2025-04"]
    assert precisions.tolist() == ["month", None, "month", None, "quarter"]
    assert years[:3].tolist() == [2025, 2025, 2025]


def test_date_positions_sit_in_the_middle_of_their_period():
    assert date_position(None, None, 2024) == 2024.5
    assert date_position("2025-01", "month", 2025) == pytest.approx(2025 + 0.5 / 12)
    assert date_position("2025-04", "quarter", 2025) == pytest.approx(2025 + 4.5 / 12)
    assert 2025.29 < date_position("2025-04-17", "day", 2025) < 2025.30


def test_a_monthly_file_imports_month_by_month_and_refuses_an_ambiguous_date(tmp_path):
    path = tmp_path / "monthly.csv"
    path.write_text("Country,Date,Price\nChina,2025-01,100\nChina,Feb 2025,101\n"
                    "China,2025M03,102\nChina,2025年4月,103\n", encoding="utf-8")
    db = tmp_path / "user.db"
    result = run_import(path, db, options=Options(name="Monthly"))
    rows = sqlite3.connect(db).execute(
        "SELECT year, date, date_precision, value FROM observations ORDER BY date").fetchall()
    assert rows == [(2025, "2025-01", "month", 100.0), (2025, "2025-02", "month", 101.0),
                    (2025, "2025-03", "month", 102.0), (2025, "2025-04", "month", 103.0)]
    assert result.rows_imported == 4
    bad = tmp_path / "bad.csv"
    bad.write_text("Country,Date,Price\nChina,17/04/2025,100\n", encoding="utf-8")
    _, frame, problems = preview(bad)
    assert problems[0].line == 2 and problems[0].column == "Date"
    assert "2025-04-17" in problems[0].action


def test_annual_imports_stay_annual(tmp_path):
    path = tmp_path / "annual.csv"
    path.write_text("Country,Year,Output\nChina,2023,1\nChina,2024,2\n", encoding="utf-8")
    db = tmp_path / "user.db"
    run_import(path, db, options=Options(name="Annual"))
    rows = sqlite3.connect(db).execute(
        "SELECT year, date, date_precision FROM observations ORDER BY year").fetchall()
    assert rows == [(2023, None, None), (2024, None, None)]


def test_a_repeated_month_is_a_duplicate_but_twelve_months_are_not(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("Country,Date,Price\nChina,2025-01,100\nChina,2025-02,101\n"
                    "China,Jan 2025,99\n", encoding="utf-8")
    result = run_import(path, tmp_path / "user.db", options=Options(name="Dup"))
    assert not result.written
    assert [p.line for p in result.problems] == [4]
