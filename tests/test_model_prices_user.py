"""Issue 19 item 3: your price series beside the USGS annual averages (model, no window)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ree_desktop.data.importer import Options, run_import
from ree_desktop.data.importer.kinds import SourceInfo
from ree_desktop.data.store import Store
from ree_desktop.ui.panels.prices.model import PricesModel, PricesOptions

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / \
    "EXAMPLE_price_series_monthly.csv"


@pytest.fixture
def priced(tmp_path):
    db = tmp_path / "user.db"
    run_import(EXAMPLE, db, options=Options(
        name="EXAMPLE NdPr monthly", kind="price",
        source=SourceInfo(title="EXAMPLE report", publisher="Example Prices Ltd")))
    cny = tmp_path / "cny.csv"
    cny.write_text("Element,Month,Price,Unit\nNdPr,2015-06,300000,CNY/t\n"
                   "NdPr,2024-01,400000,CNY/t\nNdPr,2024-02,420000,CNY/t\n", encoding="utf-8")
    run_import(cny, db, options=Options(name="EXAMPLE NdPr CNY", kind="price"))
    store = Store(user_path=db)
    yield PricesModel(store)
    store.close()


def test_a_monthly_series_is_drawn_beside_usgs_in_the_same_colour_dotted(priced):
    view = priced.price_view(["Nd+Pr"], (2010, 2025), PricesOptions(axis="linear"))
    usgs = [line for line in view.lines if not line.user and line.element == "Nd+Pr"]
    mine = [line for line in view.lines if line.user]
    assert len(mine) == 1 and usgs and mine[0].color == usgs[0].color
    assert len(mine[0].xs) == 12 and 2024.0 < mine[0].xs[0] < 2024.1  # January, mid-month
    assert mine[0].ys[0] == 61.5
    legend = [part for entry in view.legend("kg") for part in entry]
    assert (mine[0].color, "dot", "NdPr oxide (your data), Example Prices Ltd") in legend
    tip = "\n".join(view.tips["kg"][2024])
    assert "NdPr oxide (your data): 61.5 USD/kg" in tip and "Example Prices Ltd" in tip
    # CNY/t is never put on the USD/kg axis: the note says so
    assert "NdPr (your data) is in CNY/t" in priced.notes(view)


def test_rebased_your_series_joins_as_an_index_and_exports_with_its_source(priced):
    view = priced.price_view(["Nd+Pr"], (2010, 2025), PricesOptions(axis="rebased",
                                                                      base_year=2024))
    mine = {line.item: line for line in view.lines if line.user}
    assert set(mine) == {"NdPr oxide (your data)", "NdPr (your data)"}
    cny = mine["NdPr (your data)"]
    assert cny.ys.tolist() == pytest.approx([300000 / 410000 * 100, 400000 / 410000 * 100,
                                             420000 / 410000 * 100])
    quota = priced.quota_view((2010, 2025), 2010)
    export = priced.export_frame(view, quota)
    yours = export[export["kind"] == "your price"]
    assert len(yours) == 15 and set(yours["unit"]) == {"USD/kg", "CNY/t"}
    assert "2024-01" in set(yours["date"])
    assert "Example Prices Ltd" in set(yours["source_publisher"])
    caption = priced.caption_text(view, quota)
    assert "your data: " in caption and "EXAMPLE NdPr monthly — Example Prices Ltd" in caption


def test_without_your_data_the_view_is_as_before(tmp_path):
    store = Store(user_path=tmp_path / "empty.db")
    try:
        view = PricesModel(store).price_view(["Nd+Pr"], (2010, 2025), PricesOptions())
        assert not any(line.user for line in view.lines) and len(view.user) == 0
    finally:
        store.close()
