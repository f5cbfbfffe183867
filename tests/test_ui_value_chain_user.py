"""Issue 19 item 4 on screen: the EXAMPLE stage shares imported, "Source: yours" puts them in
the refining and magnet columns (with their source and HHI), "bundled" brings the bundled
bars back; the caption and export follow."""

from __future__ import annotations

from pathlib import Path

import pytest

from ree_desktop.data.importer import Options, run_import
from ree_desktop.data.importer.kinds import SourceInfo
from ree_desktop.ui.state import ViewState, ViewStateData

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / \
    "EXAMPLE_stage_shares.csv"


@pytest.fixture
def panel(qtbot, store):
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.value_chain import ValueChainPanel

    run_import(EXAMPLE, store.user_path, options=Options(
        name="EXAMPLE stage shares", kind="stage", source=SourceInfo(
            publisher="Example Consulting", title="EXAMPLE refining survey")))
    create_application()
    widget = ValueChainPanel(store, ViewState(ViewStateData(panel="value-chain", year=2024,
                                                            stage="refining")))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_choosing_yours_puts_your_shares_in_the_columns_and_back(panel):
    choice = panel.source_choice
    assert choice.isVisible() and choice.currentData() == "bundled"
    refining = panel.columns["refining"]
    bundled_source = refining.source.text()
    assert "EXAMPLE" not in bundled_source
    choice.setCurrentIndex(choice.findData("yours"))
    assert panel.state.options["value_chain.source"] == "yours"
    assert refining.source.text() == "EXAMPLE refining survey (your data)"
    assert refining.summary.text() == "Top 3: ≥ 90 % · HHI ≥ 6,500 (lower bound)"
    assert panel.columns["magnet"].source.text() == "EXAMPLE refining survey (your data)"
    assert "EXAMPLE refining survey (your data)" in panel.sources_text()
    export = panel.export_frame()
    mine = export[(export["record"] == "share") & (export["stage"] == "refining")]
    assert set(mine["source_publisher"]) == {"Example Consulting"}
    choice.setCurrentIndex(choice.findData("bundled"))
    assert refining.source.text() == bundled_source
    assert "EXAMPLE" not in panel.sources_text()


def test_a_bookmark_with_yours_opens_with_your_shares(qtbot, store):
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.value_chain import ValueChainPanel

    run_import(EXAMPLE, store.user_path, options=Options(name="EXAMPLE stage shares",
                                                          kind="stage"))
    create_application()
    widget = ValueChainPanel(store, ViewState(ViewStateData(
        panel="value-chain", year=2024, options={"value_chain.source": "yours"})))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.source_choice.currentData() == "yours"
    assert widget.columns["refining"].source.text() == "EXAMPLE stage shares (your data)"


def test_without_your_stage_data_the_choice_is_hidden(qtbot, store):
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.value_chain import ValueChainPanel

    create_application()
    widget = ValueChainPanel(store, ViewState(ViewStateData(panel="value-chain", year=2024)))
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.source_choice.isVisible()


def test_stage_data_imported_while_the_panel_lives_shows_after_the_refresh(qtbot, store):
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.value_chain import ValueChainPanel

    create_application()
    widget = ValueChainPanel(store, ViewState(ViewStateData(
        panel="value-chain", year=2024, options={"value_chain.source": "yours"})))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.source_choice.isVisible()
    run_import(EXAMPLE, store.user_path, options=Options(name="EXAMPLE stage shares",
                                                          kind="stage"))
    widget.mark_stale()  # what the window does after an import
    widget.refresh()
    assert widget.source_choice.isVisible()
    assert widget.columns["refining"].source.text() == "EXAMPLE stage shares (your data)"
