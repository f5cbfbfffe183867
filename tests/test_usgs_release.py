"""Issue 19 item 9: the USGS MCS data release recognised by content and taken in as a new
edition; the preference rule decides across both databases at query time."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ree_desktop import cli
from ree_desktop.data import country_metrics
from ree_desktop.data.store import Store
from ree_desktop.data.usgs_release import recognise, write_release
from ree_desktop.paths import bundled_db_path

USGS = Path(__file__).parent / "data" / "usgs"
RELEASE = USGS / "MCS2026_Commodities_Data.csv.gz"
# Revisions the bundled data documents from the release's version history (v1.3).
V13_REVISIONS = {("reserves", "BRA"), ("reserves", "WLD")}


def bundled_mcs2026() -> dict[tuple, tuple]:
    conn = sqlite3.connect(f"file:{bundled_db_path()}?mode=ro&immutable=1", uri=True)
    rows = conn.execute(
        "SELECT dataset, country_iso3, year, value, value_raw, flag FROM observations "
        "WHERE edition = 'MCS2026' AND metric IN ('production', 'reserves') "
        "AND dataset IN ('mine_production', 'reserves')").fetchall()
    return {(d, c, y): (v, raw, flag) for d, c, y, v, raw, flag in rows}


def test_the_2026_release_reproduces_every_bundled_mcs2026_rare_earth_figure():
    release = recognise(RELEASE)
    assert release is not None and release.edition == "MCS2026" and not release.unknown
    imported = {(r["dataset"], r["country_iso3"], r["year"]): (r["value"], r["value_raw"],
                                                              r["flag"])
                for r in release.rows}
    bundled = bundled_mcs2026()
    assert set(imported) == set(bundled)  # same keys: metrics, codes, reserves year 2026
    for key, (value, raw, flag) in bundled.items():
        got = imported[key]
        if key[:2] in V13_REVISIONS:
            assert got[0] != value, key  # the release is v1.2; v1.3 revised these
            continue
        assert got[0] == value and got[1] == raw, (key, got, (value, raw))
        if raw != "—":  # dashes: the release prints no note, the bundled table marks them
            assert got[2] == flag, (key, got[2], flag)


@pytest.mark.parametrize("name, edition, years", [
    ("rare_earths_mcs2022-raree_world.csv", "MCS2022", {2020, 2021}),
    ("mcs2023-raree_world.csv", "MCS2023", {2021, 2022, 2023}),
    ("mcs2024-raree_world.csv", "MCS2024", {2022, 2023, 2024}),
])
def test_older_per_commodity_layouts_are_recognised(name, edition, years):
    release = recognise(USGS / name)
    assert release is not None and release.edition == edition
    assert {r["year"] for r in release.rows} <= years
    china = [r for r in release.rows if r["country_iso3"] == "CHN" and r["metric"] ==
             "production"]
    assert len(china) == 2 and all(r["value"] > 100_000 for r in china)


def test_ordinary_files_are_not_taken_for_a_release():
    examples = Path(__file__).parent.parent / "docs" / "examples"
    for path in examples.glob("*.csv"):
        assert recognise(path) is None, path


def test_same_edition_keeps_the_bundled_figure_a_newer_one_wins(tmp_path):
    db = tmp_path / "user.db"
    write_release(recognise(RELEASE), db, RELEASE)
    store = Store(user_path=db)
    try:
        frame = country_metrics.production(store)
        chosen = frame[(frame["preferred"] == 1) & (frame["country_iso3"] == "CHN")
                       & (frame["year"] == 2025)]
        assert len(chosen) == 1 and chosen["source_publisher"].iloc[0] != \
            "U.S. Geological Survey"  # same edition: the bundled primary copy stays
    finally:
        store.close()
    # next January: the same file relabelled as MCS2027 with one figure changed
    newer = tmp_path / "MCS2027_Commodities_Data.csv"
    import gzip
    text = gzip.decompress(RELEASE.read_bytes()).decode("cp1252")
    text = text.replace('China,Production,Mine production,metric tons,2025,"270,000"',
                        'China,Production,Mine production,metric tons,2025,"280,000"')
    newer.write_bytes(text.encode("cp1252"))
    assert cli.main(["import", str(newer), "--user-db", str(db)]) == 0
    store = Store(user_path=db)
    try:
        frame = country_metrics.production(store)
        china = frame[(frame["country_iso3"] == "CHN") & (frame["year"] == 2025)]
        preferred = china[china["preferred"] == 1]
        assert preferred["value"].tolist() == [280000.0]
        assert preferred["edition"].tolist() == ["MCS2027"]
        assert "MCS2026" in set(china["edition"])  # the bundled figure: an older edition
    finally:
        store.close()


def test_the_cli_recognises_the_release_and_says_what_it_did(tmp_path, capsys):
    copy = tmp_path / "download.csv.gz"
    shutil.copy(RELEASE, copy)
    assert cli.main(["import", str(copy), "--user-db", str(tmp_path / "u.db")]) == 0
    out = capsys.readouterr().out
    assert "recognised the USGS Mineral Commodity Summaries data release" in out
    assert "54 rare-earth rows as edition MCS2026" in out


@pytest.fixture(scope="module")
def newer_release_db(tmp_path_factory):
    """A user database holding next January's release: the 2026 file relabelled MCS2027
    with China's 2025 production changed (a revision of the bundled figure)."""
    import gzip

    folder = tmp_path_factory.mktemp("mcs2027")
    newer = folder / "MCS2027_Commodities_Data.csv"
    text = gzip.decompress(RELEASE.read_bytes()).decode("cp1252")
    text = text.replace('China,Production,Mine production,metric tons,2025,"270,000"',
                        'China,Production,Mine production,metric tons,2025,"280,000"')
    newer.write_bytes(text.encode("cp1252"))
    db = folder / "user.db"
    assert cli.main(["import", str(newer), "--user-db", str(db)]) == 0
    return db


def test_mine_production_prefers_the_newer_release_and_keeps_the_bundled_revision(
        newer_release_db):
    store = Store(user_path=newer_release_db)
    try:
        chosen = store.mine_production(years=(2025, 2025), countries=["CHN"])
        assert chosen["value"].tolist() == [280000.0]
        assert chosen["edition"].tolist() == ["MCS2027"]
        every = store.mine_production(years=(2025, 2025), countries=["CHN"],
                                      preferred_only=False)
        assert {"MCS2026", "MCS2027"} <= set(every["edition"])
        assert set(every.loc[every["edition"] == "MCS2026", "preferred"]) == {0}
        older = store.mine_production(years=(2010, 2010), countries=["CHN"])
        assert len(older) == 1 and older["edition"].iloc[0] != "MCS2027"  # untouched
    finally:
        store.close()


def test_the_value_chain_mining_bar_takes_the_newer_release(newer_release_db):
    from ree_desktop.ui.panels.value_chain.model import ValueChainModel

    store = Store(user_path=newer_release_db)
    try:
        stages = ValueChainModel(store).stages
        mining = stages[(stages["stage"] == "mining") & (stages["year"] == 2025)]
        china = mining[mining["segment"] == "CHN"]
        assert china["value"].tolist() == [280000.0]
        assert set(mining["edition"]) == {"MCS2027"}  # one edition per bar
        world = store.mine_production(years=(2025, 2025), countries=["WLD"])
        assert world["edition"].tolist() == ["MCS2027"]
        assert china["share_pct"].iloc[0] == pytest.approx(
            100 * 280000 / world["value"].iloc[0])
    finally:
        store.close()
