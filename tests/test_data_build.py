"""The bundled database: rebuilt from data/sources it equals the committed file; every row
is sourced; flags and editions survive the build."""

from __future__ import annotations

import csv
import io
import re
import sqlite3

import pytest

from ree_desktop.data import build
from ree_desktop.paths import bundled_db_path, sources_dir


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "ree.db"
    build.build(out, sources_dir())
    return out


def test_rebuild_equals_committed_database(rebuilt):
    committed, fresh = dump(bundled_db_path()), dump(rebuilt)
    assert len(committed) == len(fresh), "run: python -m ree_desktop.data.build"
    for old, new in zip(committed, fresh, strict=True):
        assert old == new, "data/ree.db is stale: run python -m ree_desktop.data.build"


def test_build_is_deterministic(rebuilt, tmp_path):
    again = tmp_path / "again.db"
    build.build(again, sources_dir())
    assert rebuilt.read_bytes() == again.read_bytes()


def test_every_observation_and_event_cites_a_source_with_url(rebuilt):
    conn = sqlite3.connect(rebuilt)
    orphans = conn.execute("""SELECT count(*) FROM observations o LEFT JOIN sources s
                              ON s.id = o.source_id WHERE s.url IS NULL OR s.url = ''""")
    assert orphans.fetchone()[0] == 0
    orphan_events = conn.execute("""SELECT count(*) FROM events e LEFT JOIN sources s
                                    ON s.id = e.source_id WHERE s.url IS NULL""")
    assert orphan_events.fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sources WHERE licence = ''").fetchone()[0] == 0


def test_row_counts_match_the_source_csvs(rebuilt):
    conn = sqlite3.connect(rebuilt)
    counts = dict(conn.execute("SELECT dataset, count(*) FROM observations GROUP BY dataset"))
    lines = {name: sum(1 for _ in build.read_csv(sources_dir() / name))
             for name in ("mine_production.csv", "mine_production_1990_2017.csv",
                          "prices.csv", "reserves.csv", "events.csv")}
    assert counts["mine_production"] == (lines["mine_production.csv"]
                                         + lines["mine_production_1990_2017.csv"])
    assert counts["prices"] == lines["prices.csv"]
    assert counts["reserves"] == lines["reserves.csv"]
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == lines["events.csv"]


def test_editions_and_flags_are_kept(rebuilt):
    conn = sqlite3.connect(rebuilt)
    australia = conn.execute("""SELECT edition, value, flag, preferred FROM observations
        WHERE dataset='mine_production' AND country_iso3='AUS' AND year=2024
        ORDER BY edition""").fetchall()
    assert australia == [("MCS2025", 13000.0, "e", 0), ("MCS2026", 29000.0, "e", 1)]
    china_2010 = dict(conn.execute("""SELECT edition, value FROM observations
        WHERE dataset='mine_production' AND country_iso3='CHN' AND year=2010"""))
    assert china_2010["MCS2012"] == 130000 and china_2010["THS2020"] == 89200
    withheld = conn.execute("""SELECT count(*) FROM observations
        WHERE dataset='mine_production' AND flag='W' AND value IS NULL""").fetchone()[0]
    assert withheld > 0


def test_one_preferred_row_per_country_year(rebuilt):
    conn = sqlite3.connect(rebuilt)
    duplicates = conn.execute("""SELECT country_iso3, year, count(*) FROM observations
        WHERE dataset='mine_production' AND preferred=1
        GROUP BY country_iso3, year HAVING count(*) > 1""").fetchall()
    assert duplicates == []


def test_countries_have_chinese_names_aliases_and_aggregates(rebuilt):
    conn = sqlite3.connect(rebuilt)
    rows = {r[0]: r[1:] for r in conn.execute(
        "SELECT iso3, name, name_zh, aliases, region, is_aggregate FROM countries")}
    assert rows["CHN"][1] == "中国"
    assert "Burma" in rows["MMR"][2].split("|")
    assert "EU27" in rows["DEU"][3]
    assert rows["WLD"][4] == 1 and rows["OTH"][4] == 1
    assert len([r for r in rows.values() if r[4] == 0]) == 249


def test_missing_source_url_is_refused(tmp_path):
    registry = build.SourceRegistry()
    with pytest.raises(ValueError, match="source_url: empty"):
        registry.add({"source": "Somebody", "source_url": "", "tier": "secondary"})


@pytest.mark.parametrize(("row", "message"), [
    ({"source": "USGS MCS 2016 (copy)", "source_url": "https://docslib.org/doc/1",
      "tier": "primary"}, "x.csv row 7, column tier: 'primary' but https://docslib.org/doc/1"),
    ({"source": "USGS", "source_url": "https://usgs.gov.evil.example/x", "tier": "primary"},
     "is not a publisher's own host"),
    ({"source": "Somebody", "source_url": "https://example.com", "tier": ""},
     "column tier: '' is not one of"),
    ({"source": "Somebody", "source_url": "https://example.com", "tier": "Primary"},
     "column tier: 'Primary' is not one of"),
])
def test_unearned_or_missing_tier_is_refused_naming_file_row_column(row, message):
    registry = build.SourceRegistry()
    with pytest.raises(ValueError, match=re.escape(message)):
        registry.add(dict(row, _file="x.csv", _line=7))


def test_preferred_column_in_a_csv_is_ignored(tmp_path):
    import shutil

    src = tmp_path / "sources"
    shutil.copytree(sources_dir(), src)
    path = src / "mine_production.csv"
    text = path.read_text(encoding="utf-8")
    # mark every row preferred by hand: the rule, not the column, decides
    lines = text.splitlines(keepends=True)
    header = lines[0].split(",")
    column = header.index("preferred")
    edited = [lines[0]]
    for line in lines[1:]:
        cells = next(csv.reader([line]))
        cells[column] = "1"
        out = io.StringIO()
        csv.writer(out, lineterminator=line[len(line.rstrip("\r\n")):] or "\n").writerow(cells)
        edited.append(out.getvalue())
    path.write_text("".join(edited), encoding="utf-8")
    observations, _events, _sources = build.collect(src)
    india = [o for o in observations if o["dataset"] == "mine_production"
             and o["country_iso3"] == "IND" and o["year"] == 2014 and o["preferred"]]
    assert [(o["edition"], o["value"]) for o in india] == [("THS2020", 1700.0)]
