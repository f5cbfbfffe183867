"""Issue 19 item 4: your stage shares or quantities standing in for a stage and year on the
Value chain, without Qt: same top-3 / HHI / lower-bound logic, your source and caption, in the
export; the bundled bar stays when you choose "bundled"."""

from __future__ import annotations

from pathlib import Path

import pytest

from ree_desktop.data.importer import Options, run_import
from ree_desktop.data.importer.kinds import SourceInfo
from ree_desktop.data.store import Store
from ree_desktop.paths import bundled_db_path
from ree_desktop.ui.panels.value_chain import model as m
from ree_desktop.ui.panels.value_chain import user_stages as us

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / \
    "EXAMPLE_stage_shares.csv"


def imported(tmp_path, path=EXAMPLE, name="EXAMPLE stage shares") -> Path:
    db = tmp_path / "user.db"
    run_import(path, db, options=Options(name=name, kind="stage", source=SourceInfo(
        publisher="Example Consulting", title="EXAMPLE refining survey")))
    return db


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    store = Store(bundled_db_path(), imported(tmp_path_factory.mktemp("vc")))
    bundled = m.ValueChainModel(store)
    yours = m.ValueChainModel(store, "yours", bundled.frames)
    yield bundled, yours
    store.close()


def test_your_shares_stand_in_for_their_stage_and_year_only_when_chosen(models):
    bundled, yours = models
    bar = yours.bar("refining", 2024)
    assert dict(zip(bar["segment"], bar["share_pct"], strict=True)) == {
        "CHN": 80.0, "MYS": 10.0, "OTH": 10.0}
    assert set(bar["source"]) == {"EXAMPLE refining survey"}
    assert set(bundled.bar("refining", 2024)["source"]) != {"EXAMPLE refining survey"}
    assert yours.bar("mining", 2024).equals(bundled.bar("mining", 2024))  # not covered
    column = yours.column("refining", 2024)
    assert column.source == "EXAMPLE refining survey (your data)"
    assert column.scope == "your data: EXAMPLE stage shares (%)"


def test_top3_and_hhi_follow_your_shares_with_the_same_lower_bound_logic(models):
    _bundled, yours = models
    # CHN 80, MYS 10 named; "Other countries" is a lump: HHI is a lower bound
    assert yours.summary_text("refining", 2024) == \
        "Top 3: ≥ 90 % · HHI ≥ 6,500 (lower bound)"
    assert yours.summary_text("magnet", 2024) == "Top 3: ≥ 95 % · HHI ≥ 7,325 (lower bound)"


def test_caption_tooltip_and_export_name_your_source(models):
    bundled, yours = models
    assert "EXAMPLE refining survey (your data)" in yours.sources_text(2024)
    assert "EXAMPLE refining survey" not in bundled.sources_text(2024)
    tip = yours.describe_segment("refining", yours.bar("refining", 2024), "CHN")
    assert "Share: 80.0 % (share as stated in your data)" in tip
    assert "Source: EXAMPLE refining survey · your data · Example Consulting" in tip
    export = yours.export_frame(2024)
    rows = export[(export["record"] == "share") & (export["stage"] == "refining")]
    assert set(rows["source_publisher"]) == {"Example Consulting"}
    assert set(rows["edition"]) == {"your data"}
    hhi = export[(export["record"] == "hhi") & (export["stage"] == "refining")
                 & (export["year"] == 2024)]
    assert hhi["value"].tolist() == [6500.0] and hhi["lower_bound"].tolist() == [True]


def test_quantities_become_shares_of_your_world_row_or_listed_total(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("Stage,Country,Year,Output,Unit\nmetals,China,2023,90,kt\n"
                    "metals,Japan,2023,6,kt\nmetals,World,2023,120,kt\n"
                    "magnets,China,2023,30,kt\nmagnets,Japan,2023,10,kt\n"
                    "smelting,China,2023,5,kt\n", encoding="utf-8")
    store = Store(bundled_db_path(), imported(tmp_path, path, "EXAMPLE quantities"))
    try:
        model = m.ValueChainModel(store, "yours")
        metals = model.bar("metals", 2023)
        shares = dict(zip(metals["segment"], metals["share_pct"], strict=True))
        assert shares["CHN"] == pytest.approx(75.0) and shares["JPN"] == pytest.approx(5.0)
        assert shares[m.vc.UNSTATED] == pytest.approx(20.0)  # not attributed: the rest
        magnet = model.bar("magnet", 2023)
        assert magnet.loc[magnet["segment"] == "CHN", "share_pct"].tolist() == [75.0]
        assert "countries you omit are not counted" in magnet["denominator"].iloc[0]
        assert model.user_notes == ["EXAMPLE quantities: stage 'smelting' is not mining, "
                                    "refining, metals or magnets: not shown"]
    finally:
        store.close()


@pytest.mark.parametrize("raw", ["yours", "bundled", "YOURS", 3, None, ["yours"]])
def test_source_option_from_any_bookmark(raw):
    parsed = m.ValueChainOptions.from_options({m.OPTION_SOURCE: raw})
    assert parsed.source == ("yours" if raw == "yours" else "bundled")
    assert m.ValueChainOptions.update("source", raw) == {
        m.OPTION_SOURCE: "yours" if raw == "yours" else "bundled"}


def test_without_your_data_nothing_changes(tmp_path):
    store = Store(bundled_db_path(), tmp_path / "empty.db")
    try:
        plain = m.ValueChainModel(store)
        assert plain.user_rows.empty and us.combine(plain.stages, plain.user_rows,
                                                    "yours") is plain.stages
    finally:
        store.close()
