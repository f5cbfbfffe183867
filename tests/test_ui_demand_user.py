"""Issue 19 item 5: your demand path drawn with the IEA scenarios (kt only, never converted),
with its source in the tooltip and the export."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest

from ree_desktop.data.importer import Options, run_import
from ree_desktop.data.importer.kinds import SourceInfo
from ree_desktop.ui.state import ViewState, ViewStateData

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / \
    "EXAMPLE_demand_path.csv"


@pytest.fixture
def panel(qtbot, store, tmp_path):
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.demand import DemandPanel

    run_import(EXAMPLE, store.user_path, options=Options(
        name="EXAMPLE demand path", kind="path",
        source=SourceInfo(publisher="Example Consulting")))
    other = tmp_path / "index.csv"
    other.write_text("Scenario,Year,Value,Unit\nEXAMPLE index,2030,120,index\n",
                     encoding="utf-8")
    run_import(other, store.user_path, options=Options(name="EXAMPLE index", kind="path"))
    create_application()
    widget = DemandPanel(store, ViewState(ViewStateData(panel="demand",
                                                        year_range=(1990, 2025))))
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_your_kt_path_is_drawn_beside_the_iea_scenarios(panel):
    items = [i for i in panel.projection_plot.getPlotItem().listDataItems()
             if "(your data)" in (i.opts.get("name") or "")]
    assert [i.opts["name"] for i in items] == ["EXAMPLE house view – magnets (your data) (kt)"]
    x, y = items[0].getOriginalDataset()
    assert dict(zip(x.tolist(), y.tolist(), strict=True)) == {
        2025.0: 100.0, 2030.0: 140.0, 2035.0: 175.0, 2040.0: 200.0}
    assert isinstance(items[0], pg.PlotDataItem)
    assert any("index, not kt" in note for note in panel.model.user_notes)


def test_your_path_is_in_the_tooltip_and_the_export_with_its_source(panel):
    part = next(p for p in panel.parts if p.__class__.__name__ == "ProjectionPart")
    part.draw()
    assert any("EXAMPLE house view – magnets (your data): 140.0 kt — EXAMPLE demand path, "
               "Example Consulting" in line for line in part.tips[2030])
    export = panel.model.export_frame((1990, 2025), None)
    mine = export[export["scenario"] == "EXAMPLE house view (your data)"]
    assert len(mine) == 4 and set(mine["source"]) == {"EXAMPLE demand path, Example Consulting"}


def test_your_path_can_be_the_what_if_models_start(panel, qtbot):
    from PySide6.QtCore import Qt

    panel.tabs.setCurrentIndex(1)
    code = "yours:EXAMPLE house view – magnets (your data)"
    button = panel.start_buttons[code]
    assert button.text() == "Yours: EXAMPLE house view – magnets (your data)"
    assert "yours:EXAMPLE index (your data)" not in panel.start_buttons  # not kt: no start
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.state.options["demand_drivers"]["start"] == code
    assert button.isChecked() and not panel.start_buttons["STEPS"].isChecked()
    assert "your path EXAMPLE house view" in panel.growth_group.title()
    text = panel.assumption_label.text()
    assert "EXAMPLE demand path, Example Consulting" in text
    assert "2040–45: your path does not span it: 0 % a year" in text
    total = {int(x): y for x, y in zip(*panel.model_curves["Other uses"].getData(),
                                          strict=True)}
    assert total[2030] / total[2024] == pytest.approx(1.4 ** (6 / 5), rel=1e-6)
