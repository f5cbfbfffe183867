"""Issue 19 items 1, 6, 7, 8: dataset kinds, items, replace/append and user sources — on the
command line and in the store's queries (Data panel source list, exports)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ree_desktop import cli
from ree_desktop.data.importer import ImportFailed, Options, detect, run_import
from ree_desktop.data.importer.kinds import SourceInfo, guess_kind
from ree_desktop.data.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
KINDS = {
    "EXAMPLE_country_series_companies.csv": ("country", 6),
    "EXAMPLE_price_series_monthly.csv": ("price", 12),
    "EXAMPLE_stage_shares.csv": ("stage", 6),
    "EXAMPLE_demand_path.csv": ("path", 4),
    "EXAMPLE_other_quarterly.csv": ("other", 4),
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_each_example_is_guessed_as_its_kind_and_imports_from_the_cli(name, tmp_path, capsys):
    kind, rows = KINDS[name]
    det = detect(EXAMPLES / name)
    assert guess_kind(det.mapping, det.columns) == kind
    db = tmp_path / "user.db"
    code = cli.main(["import", str(EXAMPLES / name), "--user-db", str(db), "--kind", kind,
                     "--name", f"EXAMPLE {kind}", "--source-publisher", "Example Ltd",
                     "--source-title", "EXAMPLE report", "--source-url",
                     "https://example.com/report", "--source-accessed", "2026-01-31"])
    out = capsys.readouterr().out
    assert code == 0 and f"kind: {kind}" in out and "source: user:example_" in out
    store = Store(user_path=db)
    try:
        datasets = store.datasets().set_index("id")
        dataset = f"example_{kind}"
        assert datasets.loc[dataset, "content"] == kind
        assert datasets.loc[dataset, "rows"] == rows
        assert datasets.loc[dataset, "sources"] == "Example Ltd"
        exported = store.export_dataset(dataset)
        assert set(exported["source"]) == {"EXAMPLE report"}
        assert set(exported["source_url"]) == {"https://example.com/report"}
        listed = store.sources().set_index("id")
        assert listed.loc[f"user:{dataset}", "publisher"] == "Example Ltd"
        assert listed.loc[f"user:{dataset}", "note"] == "accessed 2026-01-31"
    finally:
        store.close()


def test_a_company_column_becomes_the_item_and_rows_stay_distinct(tmp_path):
    db = tmp_path / "user.db"
    result = run_import(EXAMPLES / "EXAMPLE_country_series_companies.csv", db,
                        options=Options(name="EXAMPLE companies"))
    assert result.mapping["item"] == "Company" and result.rows_imported == 6
    items = sqlite3.connect(db).execute(
        "SELECT DISTINCT item FROM observations ORDER BY item").fetchall()
    assert items == [("Example Mine C",), ("Example Mining A",), ("Example Mining B",)]


def test_the_duplicate_message_suggests_the_column_that_tells_rows_apart(tmp_path):
    path = tmp_path / "mines.csv"
    path.write_text("Country,Year,Output,Operator name\nAustralia,2023,5,Alpha\n"
                    "Australia,2023,7,Beta\n", encoding="utf-8")
    result = run_import(path, tmp_path / "user.db",
                        options=Options(name="m", mapping={"country": "Country", "year": "Year",
                                                           "value": "Output"}))
    assert not result.written
    text = result.problems[0].text()
    assert "line 3" in text and "map that column as item (--map item=Operator name)" in text


def test_a_price_series_needs_an_element_and_says_so(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Month,Price\n2025-01,1\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no column mapped as element"):
        run_import(path, tmp_path / "user.db", options=Options(kind="price"))
    with pytest.raises(ImportFailed, match="unknown dataset kind"):
        run_import(path, tmp_path / "user.db", options=Options(kind="prices"))


def _monthly(path: Path, months: dict[str, float]) -> Path:
    path.write_text("Element,Month,Price,Unit\n" + "".join(
        f"Nd,{m},{v},USD/kg\n" for m, v in months.items()), encoding="utf-8")
    return path


def _rows(db: Path) -> list[tuple]:
    return sqlite3.connect(db).execute(
        "SELECT dataset, date, value FROM observations ORDER BY dataset, date").fetchall()


def test_replace_and_append_update_the_dataset_instead_of_making_name_2(tmp_path, capsys):
    db = tmp_path / "user.db"
    first = _monthly(tmp_path / "jan.csv", {"2025-01": 1, "2025-02": 2})
    second = _monthly(tmp_path / "feb.csv", {"2025-02": 2.5, "2025-03": 3})
    args = ["--user-db", str(db), "--name", "Nd monthly", "--kind", "price"]
    assert cli.main(["import", str(first), *args]) == 0
    assert cli.main(["import", str(second), *args, "--append"]) == 0
    assert "appended to the existing dataset (1 older rows superseded)" in capsys.readouterr().out
    assert _rows(db) == [("nd_monthly", "2025-01", 1.0), ("nd_monthly", "2025-02", 2.5),
                         ("nd_monthly", "2025-03", 3.0)]
    assert cli.main(["import", str(first), *args, "--replace"]) == 0
    assert _rows(db) == [("nd_monthly", "2025-01", 1.0), ("nd_monthly", "2025-02", 2.0)]
    assert cli.main(["import", str(first), *args]) == 0  # no flag: a new dataset, as before
    assert {r[0] for r in _rows(db)} == {"nd_monthly", "nd_monthly_2"}
    titles = sqlite3.connect(db).execute("SELECT count(*) FROM datasets").fetchone()[0]
    assert titles == 2


def test_a_failed_replace_leaves_the_old_dataset_whole(tmp_path):
    db = tmp_path / "user.db"
    run_import(_monthly(tmp_path / "a.csv", {"2025-01": 1}), db,
               options=Options(name="Nd", kind="price"))
    bad = tmp_path / "bad.csv"
    bad.write_text("Element,Month,Price\nNd,17/01/2025,1\n", encoding="utf-8")
    result = run_import(bad, db, options=Options(name="Nd", kind="price", update="replace"))
    assert not result.written
    assert _rows(db) == [("nd", "2025-01", 1.0)]


@pytest.mark.parametrize("source, message", [
    (SourceInfo(url="javascript:alert(1)"), "give an http"),
    (SourceInfo(title="a\nb"), "on one line"),
    (SourceInfo(title="x" * 501), "at most 500"),
    (SourceInfo(accessed="yesterday"), "give a date such as 2026-01-31"),
    (SourceInfo(accessed="2026Q1"), "give a date such as 2026-01-31"),
])
def test_hostile_source_fields_are_refused_before_anything_is_written(tmp_path, source,
                                                                      message):
    db = tmp_path / "user.db"
    with pytest.raises(ImportFailed, match=message):
        run_import(_monthly(tmp_path / "a.csv", {"2025-01": 1}), db,
                   options=Options(name="Nd", kind="price", source=source))
    assert not db.exists() or _rows(db) == []


def test_cli_refuses_replace_with_append_and_a_bad_source_in_one_line(tmp_path, capsys):
    path = _monthly(tmp_path / "a.csv", {"2025-01": 1})
    with pytest.raises(SystemExit):
        cli.main(["import", str(path), "--replace", "--append"])
    capsys.readouterr()
    code = cli.main(["import", str(path), "--user-db", str(tmp_path / "u.db"),
                     "--source-url", "ftp://x"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "source url" in err


def test_without_a_source_the_file_stands_for_none_and_exports_stay_empty(tmp_path):
    db = tmp_path / "user.db"
    run_import(_monthly(tmp_path / "a.csv", {"2025-01": 1}), db,
               options=Options(name="Nd", kind="price"))
    assert sqlite3.connect(db).execute("SELECT count(*) FROM sources").fetchone()[0] == 0
