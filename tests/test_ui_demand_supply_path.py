"""Issue 19 item 5: your SUPPLY path (docs/examples/EXAMPLE_supply_path.csv) is drawn with
the IEA supply lines — kt only, "(your data)" and its source in the legend and tooltip — is
listed in the table and the export, and cannot start the what-if model (which grows demand);
your demand path still can."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ree_desktop.data.importer import Options, run_import
from ree_desktop.data.importer.kinds import SourceInfo
from ree_desktop.ui.state import ViewState, ViewStateData

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"


@pytest.fixture
def panel(qtbot, store):
    from ree_desktop.app import create_application
    from ree_desktop.ui.panels.demand import DemandPanel

    for name, stem in (("EXAMPLE supply path", "EXAMPLE_supply_path"),
                       ("EXAMPLE demand path", "EXAMPLE_demand_path")):
        run_import(EXAMPLES / f"{stem}.csv", store.user_path, options=Options(
            name=name, kind="path", source=SourceInfo(publisher="Example Consulting")))
    create_application()
    widget = DemandPanel(store, ViewState(ViewStateData(panel="demand",
                                                        year_range=(1990, 2025))))
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def yours(panel) -> dict:
    return {i.opts["name"]: i for i in panel.projection_plot.getPlotItem().listDataItems()
            if "(your data)" in (i.opts.get("name") or "")}


def legend_names(panel) -> list[str]:
    return [label.text.replace("<br>", " ") for _sample, label in panel.projection_legend.items]


def test_supply_path_is_drawn_with_the_iea_supply_lines(panel):
    name = ("EXAMPLE house view – refining supply (your data) (kt) — EXAMPLE supply path, "
            "Example Consulting")
    items = yours(panel)
    assert set(items) == {name, "EXAMPLE house view – magnets (your data) (kt)"}
    x, y = items[name].getOriginalDataset()
    assert dict(zip(x.tolist(), y.tolist(), strict=True)) == {
        2025.0: 92.0, 2030.0: 118.0, 2035.0: 140.0, 2040.0: 155.0}
    assert name in legend_names(panel)
    assert "IEA refining supply, base case (kt)" in legend_names(panel)
    # same marker as the IEA refining line, so the two read as one stage
    assert items[name].opts["symbol"] == "s"
    part = panel.projection
    assert any(line.startswith("EXAMPLE house view – refining supply (your data): 118.0 kt — "
                               "EXAMPLE supply path, Example Consulting")
               for line in part.tips[2030])
    tooltip = panel.model.describe_projection(part.tips, 2030.0)
    assert "refining supply (your data): 118.0 kt — EXAMPLE supply path" in tooltip


def test_supply_path_follows_the_supply_rule_of_the_iea_lines(panel):
    """IEA supply is of Nd+Pr+Dy+Tb: where it is not comparable (an end use of one element)
    neither line is drawn; in the stacked view supply is drawn, your demand path is not."""
    from ree_desktop.ui.panels.demand import model as m

    single = next(use for use, (_item, element) in m.USE_KEYS.items() if element != "NdPrTbDy")
    panel.state.update(options=m.DemandOptions.update("end_use", single))
    assert not any("supply" in name for name in yours(panel))
    panel.state.update(options=m.DemandOptions.update("view", "stacked"))
    names = set(yours(panel))
    assert any("refining supply" in name for name in names)
    assert not any("magnets" in name for name in names)


def test_supply_path_in_table_and_export_with_its_source(panel):
    export = panel.model.export_frame((1990, 2025), None)
    supply = export[export["source"] == "EXAMPLE supply path, Example Consulting"]
    assert len(supply) == 4
    assert set(supply["end_use"]) == {"Supply (refining)"}
    assert set(supply["scenario"]) == {"EXAMPLE house view (your data)"}
    demand = export[export["source"] == "EXAMPLE demand path, Example Consulting"]
    assert set(demand["end_use"]) == {"magnets"}
    panel.tabs.setCurrentIndex(2)
    filter_box = panel.table_filter
    filter_box.setCurrentIndex(filter_box.findData("yours"))
    panel.update_parts()
    model = panel.table_model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in
              range(model.columnCount())].index("scenario")
    shown = [model.index(r, column).data() for r in range(model.rowCount())]
    assert len(shown) == 8 and set(shown) == {"EXAMPLE house view (your data)"}


def test_only_a_demand_path_can_start_the_what_if_model(panel):
    codes = [code for code in panel.start_buttons if code.startswith("yours:")]
    assert codes == ["yours:EXAMPLE house view – magnets (your data)"]
