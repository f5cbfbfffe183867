"""Issue 19 item 5: your demand path (kind "path", kt) as the what-if model's starting path,
without Qt: the rates come from your figures, the level from the IEA base year, and the
assumptions say where each period's rate comes from (nothing interpolated or invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ree_desktop.analysis import scenarios as sc
from ree_desktop.data.importer import Options, run_import
from ree_desktop.data.importer.kinds import SourceInfo
from ree_desktop.ui.panels.demand import model as m
from ree_desktop.ui.panels.demand import user_start as us
from ree_desktop.ui.panels.demand.whatif_model import WhatIf

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / \
    "EXAMPLE_demand_path.csv"
CODE = us.PREFIX + "EXAMPLE house view – magnets (your data)"


@pytest.fixture(scope="module")
def whatif(tmp_path_factory):
    from ree_desktop.data.store import Store
    from ree_desktop.paths import bundled_db_path

    user_db = tmp_path_factory.mktemp("start") / "user.db"
    store = Store(bundled_db_path(), user_db)
    run_import(EXAMPLE, user_db, options=Options(
        name="EXAMPLE demand path", kind="path",
        source=SourceInfo(publisher="Example Consulting")))
    store.close()
    store = Store(bundled_db_path(), user_db)
    yield WhatIf(m.DemandModel(store))
    store.close()


def test_rates_are_your_paths_compound_growth_between_your_years(whatif):
    path = us.find(whatif.model.user_paths, CODE)
    assert path is not None
    rates, spans = us.growth_and_spans(path)
    # 2024–30 from your 2025–2030 (100 → 140), then 2030–35, 2035–40; nothing after 2040
    assert rates[0] == pytest.approx(100 * ((140 / 100) ** (1 / 5) - 1))
    assert rates[1] == pytest.approx(100 * ((175 / 140) ** (1 / 5) - 1))
    assert rates[2] == pytest.approx(100 * ((200 / 175) ** (1 / 5) - 1))
    assert rates[3:] == [0.0, 0.0] and spans[3:] == [None, None]
    assert spans[0] == (2025, 2030)


def test_a_run_started_from_your_path_grows_at_its_rates_from_the_iea_base(whatif):
    drivers = whatif.start_from(CODE, {"supply_stage": "refining"})
    assert drivers["start"] == CODE and drivers["supply_stage"] == "refining"
    result = whatif.run(drivers)
    base = sum(whatif.model.base[use] for use in sc.END_USES)
    assert result.total[2024] == pytest.approx(base)
    assert result.total[2030] / result.total[2024] == pytest.approx(1.4 ** (6 / 5))
    assert result.total[2050] == pytest.approx(result.total[2040])  # 0 %: not spanned


def test_the_texts_name_your_path_its_source_and_the_unspanned_periods(whatif):
    drivers = whatif.start_from(CODE, {})
    html = whatif.assumptions_html(drivers, whatif.run(drivers))
    assert "EXAMPLE house view – magnets (your data), EXAMPLE demand path, Example " \
           "Consulting" in html
    assert "2024–30: rate from your 2025–2030 figures" in html
    assert "2040–45: your path does not span it: 0 % a year" in html
    assert "your path EXAMPLE house view" in WhatIf.growth_title(drivers)


@pytest.mark.parametrize("start", ["yours:no such path", "yours:" + "x" * 400, 7, None])
def test_a_bookmark_naming_a_missing_or_hostile_path_still_opens(whatif, start):
    options = m.DemandOptions.from_options({m.DRIVERS: {"start": start}})
    drivers = whatif.drivers(options, "STEPS")
    result = whatif.run(drivers)
    assert len(result.years) and drivers["start"] in (*sc.SCENARIOS, "constant", start)


def test_a_saved_start_without_rates_is_recomputed_from_your_path(whatif):
    options = m.DemandOptions.from_options({m.DRIVERS: {"start": CODE}})
    drivers = whatif.drivers(options, "STEPS")
    assert drivers["growth"]["Wind"][0] == pytest.approx(100 * (1.4 ** 0.2 - 1))


def test_the_chart_title_names_your_path_not_its_code():
    assert WhatIf.chart_title(CODE).endswith(
        "(from EXAMPLE house view – magnets (your data))")
    assert WhatIf.chart_title("NZE").endswith("(from NZE)")


@pytest.mark.parametrize("years, values", [
    ([2030], [140.0]),                      # one figure: no rate anywhere
    ([2024, 2030], [0.0, 140.0]),           # a zero start: no compound rate
    ([2024, 2030], [100.0, float("nan")]),  # a gap is not a figure
])
def test_hostile_paths_give_zero_rates_and_say_so(years, values):
    import numpy as np

    from ree_desktop.ui.panels.demand.user_paths import UserPath

    path = UserPath("EXAMPLE odd (your data)", np.array(years, float), np.array(values),
                    "kt", "EXAMPLE, nobody")
    rates, spans = us.growth_and_spans(path)
    assert rates[0] == 0.0 and spans[0] is None
    assert "2024–30: your path does not span it: 0 % a year" in us.assumption_lines(path)
    drivers = us.start_drivers(path)
    assert all(r == 0.0 for r in drivers["growth"]["Wind"][:1])
