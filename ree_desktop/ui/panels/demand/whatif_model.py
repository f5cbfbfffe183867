"""The what-if demand model as the Demand panel shows it, without Qt: the drivers in the
state, the run (memoised, so a slider step computes once), the result and assumption texts,
the tooltips and the axis ranges. The output is a user scenario, never a forecast.
"""

from __future__ import annotations

import html
import json
from dataclasses import fields
from functools import cached_property
from typing import Any

import numpy as np

from ree_desktop.analysis import scenarios as sc
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ree_desktop.ui.panels.demand import names as nm
from ree_desktop.ui.panels.demand import user_start as us
from ree_desktop.ui.panels.demand.model import (
    USER_LABEL,
    DemandModel,
    DemandOptions,
    nice_ceiling,
    number,
    scenario_code,
)

MODEL_CAPTION = QT_TRANSLATE_NOOP(
    "Demand", "Model inputs: {source}. Yearly values are the model's, not the IEA's; IEA "
    "points are drawn as markers. The IEA's own 2024 supply and demand figures do not "
    "balance; the model starts from them as published.")
START_HELP = QT_TRANSLATE_NOOP("Demand", "No underlying path: each slider sets a constant "
                               "growth rate.")
RUNS_KEPT = 64


class Run(sc.ModelResult):
    """A model result whose sums are computed once (the charts, the result text and the
    tooltips read them on every slider step)."""

    total = cached_property(sc.ModelResult.total.fget)
    supply_total = cached_property(sc.ModelResult.supply_total.fget)
    balance = cached_property(sc.ModelResult.balance.fget)

    @classmethod
    def of(cls, result: sc.ModelResult) -> Run:
        return cls(**{f.name: getattr(result, f.name) for f in fields(result)})


def drivers_key(drivers: dict[str, Any] | None) -> str:
    """A hashable, order-free key for a drivers dict (or none set)."""
    return json.dumps(drivers, sort_keys=True, default=str)


class WhatIf:
    """Drivers and runs of the what-if model over one :class:`DemandModel`."""

    def __init__(self, model: DemandModel) -> None:
        self.model = model
        self._runs: dict[str, sc.ModelResult] = {}

    def drivers(self, options: DemandOptions, scenario: str) -> dict[str, Any]:
        """The drivers in the state, or (not yet set) those reproducing the chosen scenario."""
        raw = options.drivers
        if isinstance(raw, dict):
            path = us.find(self.model.demand_paths, str(raw.get("start")))
            if "growth" not in raw and path is not None:
                return us.start_drivers(path, raw)
            if "growth" not in raw and raw.get("start") in sc.SCENARIOS:
                growth = self.model.cached(
                    "growth", raw["start"],
                    lambda: sc.implied_growth(self.model.projections, raw["start"]))
                raw = {**raw, "growth": growth}
            return sc.normalise_drivers(raw)
        code = scenario_code(scenario)
        start = self.model.cached("start", code,
                                  lambda: sc.start_drivers(self.model.projections, code))
        return json.loads(json.dumps(start))  # a copy the caller may change

    def start_from(self, code: str, keep: dict[str, Any]) -> dict[str, Any]:
        """'Start from STEPS/APS/NZE': drivers reproducing it (or flat rates), keeping the
        supply settings."""
        if code == "constant":
            return sc.constant_drivers(keep)
        path = us.find(self.model.demand_paths, code)
        if path is not None:
            return us.start_drivers(path, keep)
        return sc.start_drivers(self.model.projections, code, keep)

    def run(self, drivers: dict[str, Any]) -> sc.ModelResult:
        key = drivers_key(drivers)
        if key not in self._runs:
            if len(self._runs) >= RUNS_KEPT:
                self._runs.pop(next(iter(self._runs)))
            stage = drivers["supply_stage"]
            points = self.model.cached("points", stage,
                                       lambda: sc.supply_points(self.model.supply, stage))
            self._runs[key] = Run.of(sc.run_model(self.model.base, points, drivers))
        return self._runs[key]

    def reference(self, drivers: dict[str, Any], scenario: str) -> str:
        """The IEA scenario whose points are drawn beside the run."""
        return drivers["start"] if drivers["start"] in sc.SCENARIOS else scenario_code(scenario)

    def iea_total(self, code: str):
        return self.model.scenario_path(code, sc.TOTAL)

    # -- texts ------------------------------------------------------------------------------
    @staticmethod
    def growth_title(drivers: dict[str, Any]) -> str:
        if drivers["start"] in sc.SCENARIOS:
            return translate("Demand", "Demand growth: points a year added to the IEA "
                                     "{code} path").format(code=drivers["start"])
        if str(drivers["start"]).startswith(us.PREFIX):
            return translate("Demand", "Demand growth: points a year added to your "
                                     "path {label}").format(label=drivers["start"][len(us.PREFIX):])
        return translate("Demand", "Demand growth, % a year (constant)")

    @staticmethod
    def chart_title(start: str) -> str:
        start = start[len(us.PREFIX):] if start.startswith(us.PREFIX) else start
        return translate("Demand", "Demand by end use and supply, kt — {label} "
                                 "(from {start})").format(label=translate("Demand", USER_LABEL),
                                                          start=start)

    @staticmethod
    def legend_names(stage: str, reference: str) -> dict[str, str]:
        return {"supply": translate("Demand", "Supply, {stage} (model path)").format(
                    stage=nm.stage_name(stage)),
                "iea_demand": translate(
                    "Demand", "IEA {code} total demand (points)").format(code=reference),
                "iea_supply": translate(
                    "Demand", "IEA {stage} supply (points)").format(stage=nm.stage_name(stage))}

    def assumptions_html(self, drivers: dict[str, Any], result: sc.ModelResult | None) -> str:
        """The result in three years and every assumption, beside the charts (rich text)."""
        lines = sc.assumptions(drivers, self.model.country_names)
        path = us.find(self.model.demand_paths, str(drivers["start"]))
        if path is not None:
            lines = us.assumption_lines(path) + lines[1:]
        outcome = []
        if result is not None:
            for year in (2030, 2040, 2050):
                outcome.append(translate(
                    "Demand", "{year}: demand {total} kt, primary {primary} kt, supply "
                    "{supply} kt, balance {balance} kt").format(
                    year=year, total=number(result.total[year]),
                    primary=number(result.primary[year]),
                    supply=number(result.supply_total[year]),
                    balance=number(result.balance.get(year))))
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        results = "".join(f"<li>{html.escape(line)}</li>" for line in outcome)
        result_heading = translate("Demand", "Result")
        assumptions_heading = translate("Demand", "Assumptions")
        return (f"<b>{translate('Demand', USER_LABEL)}</b><br>"
                f"<b>{result_heading}</b><ul style='margin:0'>{results}</ul>"
                f"<b>{assumptions_heading}</b><ul style='margin:0'>{items}</ul>")

    @staticmethod
    def describe(result: sc.ModelResult | None, x: float) -> str:
        """The tooltip of the model and balance charts at year ``x``."""
        year = int(round(x))
        if result is None or year not in result.demand.index:
            return ""
        lines = [f"{year} — {translate('Demand', USER_LABEL)}"]
        lines += [f"{nm.use_name(use)}: {result.demand.loc[year, use]:,.1f} kt"
                  for use in sc.END_USES]
        lines += [translate("Demand", "Total demand: {v:,.1f} kt").format(
                      v=result.total[year]),
                  translate("Demand", "Met by recycling: {v:,.1f} kt").format(
                      v=result.recycled[year]),
                  translate("Demand", "Primary demand: {v:,.1f} kt").format(
                      v=result.primary[year]),
                  translate("Demand", "Supply ({stage}): {v} kt").format(
                      stage=nm.stage_name(result.stage), v=number(result.supply_total[year])),
                  translate("Demand", "Balance: {v} kt").format(
                      v=number(result.balance[year]))]
        return "\n".join(lines)

    # -- what the charts draw ---------------------------------------------------------------
    @staticmethod
    def stack(result: sc.ModelResult) -> dict[str, np.ndarray]:
        """Years, the stacked tops per end use, primary demand, supply and the balance."""
        years = result.years.astype(float)
        out = {"years": years, "floor": np.zeros_like(years)}
        cumulative = np.zeros_like(years)
        for use in sc.END_USES:
            cumulative = cumulative + result.demand[use].to_numpy()
            out[use] = cumulative.copy()
        out["primary"] = result.primary.to_numpy()
        out["supply"] = result.supply_total.to_numpy()
        out["balance"] = np.nan_to_num(result.balance.to_numpy())
        return out

    def y_ranges(self, result: sc.ModelResult, balance: np.ndarray, reference: str
                 ) -> tuple[tuple[float, float], tuple[float, float]]:
        """Model chart (room on top for the legend) and balance chart y ranges."""
        iea = self.iea_total(reference)
        top = np.nanmax([np.nanmax(result.total), np.nanmax(result.supply_total), iea.max()])
        return ((0.0, nice_ceiling(top * 1.45)),
                (-nice_ceiling(-min(balance.min(), 0) * 1.1),
                 nice_ceiling(max(balance.max(), 0) * 1.1)))
