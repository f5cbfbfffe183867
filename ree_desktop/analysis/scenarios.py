"""IEA demand and supply projections, and the what-if demand model (pure, no Qt).

The IEA publishes magnet rare-earth demand (kt of Nd, Pr, Dy, Tb) only for 2024 (base year),
2030, 2035, 2040, 2045 and 2050, per scenario and end use; supply (mining, refining by
country, base case) for 2024–2040. Those points are kept as they are.

The what-if model is a user scenario, not a forecast. For each year *y* after the base year::

    units_e(y)    = base_e × Π_{t ≤ y} (1 + g_e(period of t) + shift_e)      growth per end use
    demand_e(y)   = units_e(y) × (1 − thrift × ramp(y))       thrift only for EVs and wind
                    (thrift: share less magnet material per unit; negative means more)
    recycled(y)   = Σ_e demand_e(y) × recycling × ramp(y)
    primary(y)    = Σ_e demand_e(y) − recycled(y)
    supply_c(y)   = IEA points of country c joined by straight lines; after the last IEA
                    year it grows at ``supply_growth_after`` % a year; × (1 − haircut) for
                    the chosen country from the chosen year
    balance(y)    = Σ_c supply_c(y) − primary(y)             negative = shortfall

``ramp(y)`` rises linearly from 0 in the base year to 1 in ``ramp_year`` and stays at 1.
"Start from STEPS/APS/NZE" sets g_e to the piecewise CAGRs between the IEA's years, so that,
with no other change, the model returns the IEA's figures at the IEA's years.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ree_desktop.analysis.labels import TranslatedTexts
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

SCENARIOS = ("STEPS", "APS", "NZE")
SCENARIO_NAMES = TranslatedTexts({
    "STEPS": QT_TRANSLATE_NOOP("Analysis", "Stated Policies Scenario"),
    "APS": QT_TRANSLATE_NOOP("Analysis", "Announced Pledges Scenario"),
    "NZE": QT_TRANSLATE_NOOP("Analysis", "Net Zero Emissions by 2050 Scenario"),
})
SCENARIO_HELP = TranslatedTexts({
    "STEPS": QT_TRANSLATE_NOOP("Analysis", "IEA Stated Policies Scenario: the policies "
                               "governments have actually put in place or firmly proposed."),
    "APS": QT_TRANSLATE_NOOP("Analysis", "IEA Announced Pledges Scenario: governments meet all "
                             "their announced climate pledges (net-zero targets, NDCs) in full "
                             "and on time."),
    "NZE": QT_TRANSLATE_NOOP("Analysis", "IEA Net Zero Emissions by 2050 Scenario: a path on "
                             "which the global energy sector reaches net-zero CO2 emissions by "
                             "2050."),
})
BASE = "Base year"
END_USES = ("Electric vehicles", "Wind", "Other uses")
CLEAN_TECH = ("Electric vehicles", "Wind")
TOTAL = "Total demand"
IEA_YEARS = (2024, 2030, 2035, 2040, 2045, 2050)
STAGES = ("mining", "refining")
USER = "User scenario"
USER_START = "yours:"  # a start from your demand path (kind "path"): prefix + its label
KT = "kt"

DEFAULT_DRIVERS: dict[str, Any] = {
    "start": "STEPS",
    "periods": list(IEA_YEARS),
    "growth": {use: [0.0] * (len(IEA_YEARS) - 1) for use in END_USES},
    "shift": {use: 0.0 for use in END_USES},
    "thrift_pct": 0.0,
    "recycling_pct": 0.0,
    "ramp_year": 2040,
    "supply_stage": "mining",
    "supply_growth_after": 0.0,
    "haircut_country": "CHN",
    "haircut_pct": 0.0,
    "haircut_from": 2030,
}
LIMITS = {"shift": (-20.0, 20.0), "thrift_pct": (-100.0, 90.0), "recycling_pct": (0.0, 100.0),
          "supply_growth_after": (-20.0, 20.0), "haircut_pct": (0.0, 100.0),
          "haircut_from": (2024, 2050), "ramp_year": (2025, 2050)}


# -- IEA projections -----------------------------------------------------------------------
def explorer_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows from the source(s) that give the base year: the IEA Data Explorer edition.

    Other editions quoted in secondary reports (GCMO 2024) are kept out of the scenario
    paths, since one edition's base year must not be joined to another's projections.
    """
    ids = set(frame.loc[frame["scenario"] == BASE, "source_id"])
    return frame[frame["source_id"].isin(ids)]


def scenario_path(frame: pd.DataFrame, scenario: str, end_use: str,
                  element: str = "NdPrTbDy") -> pd.Series:
    """The IEA points (year → kt) of one scenario and end use, starting at the base year."""
    rows = explorer_rows(frame)
    rows = rows[(rows["item"] == end_use) & (rows["element"] == element)
                & rows["scenario"].isin([BASE, scenario]) & (rows["unit"] == KT)]
    series = rows.set_index("year")["value"].astype(float).sort_index()
    return series[~series.index.duplicated(keep="first")]


def implied_growth(frame: pd.DataFrame, scenario: str) -> dict[str, list[float]]:
    """Per end use, the CAGR (% a year) between consecutive IEA years of a scenario."""
    growth: dict[str, list[float]] = {}
    for use in END_USES:
        path = scenario_path(frame, scenario, use)
        rates = []
        for start, end in zip(IEA_YEARS[:-1], IEA_YEARS[1:], strict=True):
            a, b = path.get(start), path.get(end)
            if a is None or b is None or a <= 0 or b < 0:
                rates.append(0.0)
            else:
                rates.append(100.0 * ((b / a) ** (1.0 / (end - start)) - 1.0))
        growth[use] = rates
    return growth


def base_demand(frame: pd.DataFrame) -> dict[str, float]:
    """Base-year demand (kt) per end use."""
    return {use: float(scenario_path(frame, SCENARIOS[0], use).get(IEA_YEARS[0], math.nan))
            for use in END_USES}


def supply_points(frame: pd.DataFrame, stage: str) -> pd.DataFrame:
    """IEA base-case supply of one stage by country (no world row): year, country, kt."""
    rows = frame[(frame["stage"] == stage)
                 & frame["scenario"].str.lower().isin(["base year", "base case"])
                 & (frame["country_iso3"] != "WLD") & frame["country_iso3"].notna()]
    return rows[["year", "country_iso3", "value"]].rename(columns={"country_iso3": "country"})


# -- drivers -------------------------------------------------------------------------------
def start_drivers(frame: pd.DataFrame, scenario: str,
                  keep: dict[str, Any] | None = None) -> dict[str, Any]:
    """Drivers that reproduce an IEA scenario (its implied growth, nothing else changed).

    ``keep`` carries over the supply settings (stage, haircut) the user already chose.
    """
    drivers = normalise_drivers(keep or {})
    drivers.update(start=scenario, growth=implied_growth(frame, scenario),
                   shift={use: 0.0 for use in END_USES}, thrift_pct=0.0, recycling_pct=0.0)
    return drivers


def constant_drivers(keep: dict[str, Any] | None = None) -> dict[str, Any]:
    """Drivers with no underlying path: the shift sliders alone set each growth rate."""
    drivers = normalise_drivers(keep or {})
    drivers.update(start="constant", growth={u: [0.0] * (len(IEA_YEARS) - 1) for u in END_USES})
    return drivers


def normalise_drivers(raw: Any) -> dict[str, Any]:
    """A complete, valid drivers dict from anything (a bookmark may be old or edited)."""
    raw = raw if isinstance(raw, dict) else {}
    out = {key: (dict(value) if isinstance(value, dict) else value)
           for key, value in DEFAULT_DRIVERS.items()}
    out["growth"] = {u: list(v) for u, v in DEFAULT_DRIVERS["growth"].items()}
    start = raw.get("start")
    yours = isinstance(start, str) and start.startswith(USER_START) and len(start) < 300
    out["start"] = start if start in (*SCENARIOS, "constant") or yours \
        else DEFAULT_DRIVERS["start"]
    periods = len(IEA_YEARS) - 1
    for use, rates in (raw.get("growth") or {}).items():
        if use in END_USES and isinstance(rates, list | tuple) and len(rates) == periods:
            out["growth"][use] = [_number(r, 0.0, -99.0, 1000.0) for r in rates]
    for use, value in (raw.get("shift") or {}).items():
        if use in END_USES:
            out["shift"][use] = _number(value, 0.0, *LIMITS["shift"])
    for key in ("thrift_pct", "recycling_pct", "supply_growth_after", "haircut_pct"):
        out[key] = _number(raw.get(key), DEFAULT_DRIVERS[key], *LIMITS[key])
    for key in ("haircut_from", "ramp_year"):
        out[key] = int(_number(raw.get(key), DEFAULT_DRIVERS[key], *LIMITS[key]))
    if raw.get("supply_stage") in STAGES:
        out["supply_stage"] = raw["supply_stage"]
    if isinstance(raw.get("haircut_country"), str) and raw["haircut_country"]:
        out["haircut_country"] = raw["haircut_country"]
    return out


def _number(value: Any, default: float, low: float, high: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return float(default)
    if math.isnan(number):
        return float(default)
    return float(min(max(number, low), high))


def effective_growth(drivers: dict[str, Any]) -> dict[str, list[float]]:
    """Growth (% a year) per end use and period after the user's shift."""
    return {use: [max(rate + drivers["shift"][use], -99.0) for rate in drivers["growth"][use]]
            for use in END_USES}


# -- the model -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ModelResult:
    years: np.ndarray
    demand: pd.DataFrame          # year × end use, kt (after thrifting)
    recycled: pd.Series           # kt met by recycling
    primary: pd.Series            # kt to be met by new supply
    supply: pd.DataFrame          # year × country, kt (after haircut)
    stage: str
    drivers: dict[str, Any]

    @property
    def total(self) -> pd.Series:
        return self.demand.sum(axis=1)

    @property
    def supply_total(self) -> pd.Series:
        return self.supply.sum(axis=1, min_count=1)

    @property
    def balance(self) -> pd.Series:
        return self.supply_total - self.primary


def ramp(years: np.ndarray, base_year: int, ramp_year: int) -> np.ndarray:
    """0 in the base year rising linearly to 1 in ``ramp_year``, then 1."""
    span = max(ramp_year - base_year, 1)
    return np.clip((years - base_year) / span, 0.0, 1.0)


def grow(base: float, rates_pct: list[float], periods: list[int], years: np.ndarray
         ) -> np.ndarray:
    """``base`` compounded year by year at the rate of the period each year falls in."""
    steps = years[1:]
    index = np.searchsorted(np.asarray(periods[1:]), steps, side="left")
    index = np.minimum(index, len(rates_pct) - 1)
    factors = 1.0 + np.asarray(rates_pct, dtype=float)[index] / 100.0
    return base * np.concatenate([[1.0], np.cumprod(factors)])


def supply_path(points: pd.DataFrame, years: np.ndarray, growth_after_pct: float
                ) -> pd.DataFrame:
    """Yearly supply per country: IEA points joined by straight lines, then ``growth_after``."""
    columns = {}
    for country, rows in points.groupby("country", sort=True):
        rows = rows.sort_values("year")
        known_years = rows["year"].to_numpy(dtype=float)
        known = rows["value"].to_numpy(dtype=float)
        values = np.interp(years, known_years, known, left=np.nan, right=np.nan)
        after = years > known_years[-1]
        values[after] = known[-1] * (1.0 + growth_after_pct / 100.0) ** (
            years[after] - known_years[-1])
        columns[country] = values
    return pd.DataFrame(columns, index=pd.Index(years, name="year"))


def run_model(base: dict[str, float], supply: pd.DataFrame, drivers: dict[str, Any],
              end_year: int = IEA_YEARS[-1]) -> ModelResult:
    """Drivers in → yearly demand by end use, recycling, supply and balance out (kt)."""
    drivers = normalise_drivers(drivers)
    periods = [int(p) for p in drivers["periods"]]
    years = np.arange(periods[0], end_year + 1)
    growth = effective_growth(drivers)
    shape = ramp(years, periods[0], drivers["ramp_year"])
    thrift = 1.0 - drivers["thrift_pct"] / 100.0 * shape
    demand = {}
    for use in END_USES:
        values = grow(base.get(use, math.nan), growth[use], periods, years)
        demand[use] = values * thrift if use in CLEAN_TECH else values
    index = pd.Index(years, name="year")
    demand_frame = pd.DataFrame(demand, index=index)
    total = demand_frame.sum(axis=1)
    recycled = total * drivers["recycling_pct"] / 100.0 * shape
    supply_frame = supply_path(supply, years, drivers["supply_growth_after"])
    country = drivers["haircut_country"]
    if country in supply_frame.columns and drivers["haircut_pct"]:
        cut = years >= drivers["haircut_from"]
        supply_frame.loc[cut, country] *= 1.0 - drivers["haircut_pct"] / 100.0
    return ModelResult(years=years, demand=demand_frame, recycled=recycled,
                       primary=total - recycled, supply=supply_frame,
                       stage=drivers["supply_stage"], drivers=drivers)


def result_long(result: ModelResult, source: str = "") -> pd.DataFrame:
    """The model's yearly output in long format (scenario 'User scenario')."""
    series = {**{use: result.demand[use] for use in END_USES},
              TOTAL: result.total, "Met by recycling": result.recycled,
              "Primary demand (after recycling)": result.primary,
              f"Supply ({result.stage}), total": result.supply_total,
              "Balance (supply − primary demand)": result.balance}
    frames = [pd.DataFrame({"end_use": name, "year": values.index,
                            "value": values.to_numpy()}) for name, values in series.items()]
    frames += [pd.DataFrame({"end_use": f"Supply ({result.stage}), {country}",
                             "year": result.supply.index, "value": result.supply[country]})
               for country in result.supply.columns]
    out = pd.concat(frames, ignore_index=True)
    out.insert(0, "scenario", f"{USER} (from {result.drivers['start']}) — not a forecast")
    out["unit"] = KT
    out["source"] = source or "REE Desktop what-if model on IEA Critical Minerals Data Explorer"
    return out


def assumptions(drivers: dict[str, Any], country_names: dict[str, str] | None = None
                ) -> list[str]:
    """Every assumption of a run, in plain words (the interface's language), to show beside
    the result."""
    drivers = normalise_drivers(drivers)
    names = country_names or {}
    start = drivers["start"]
    if start in SCENARIOS:
        path = translate("Analysis", "IEA {scenario} (piecewise CAGR between IEA years)"
                         ).format(scenario=start)
    elif start.startswith(USER_START):
        path = translate("Analysis", "{path} (piecewise CAGR between its years)").format(
            path=start[len(USER_START):])
    else:
        path = translate("Analysis", "constant rates")
    lines = [translate("Analysis", "Growth path: {path}").format(path=path)]
    spans = [f"{a}–{str(b)[2:]}" for a, b in zip(IEA_YEARS[:-1], IEA_YEARS[1:], strict=True)]
    for use, rates in effective_growth(drivers).items():
        shift = drivers["shift"][use]
        shown = ", ".join(f"{span} {rate:+.1f}" for span, rate in zip(spans, rates, strict=True))
        extra = translate("Analysis", " (incl. {shift} pp)").format(shift=f"{shift:+.1f}") \
            if shift else ""
        lines.append(translate("Analysis", "{use}: {rates} % a year{extra}").format(
            use=translate("Terms", use), rates=shown, extra=extra))
    ramp_year = drivers["ramp_year"]
    lines.append(translate("Analysis", "Magnet material per EV / wind turbine: {change} % by "
                           "{year} (linear from {start})").format(
        change=f"{-drivers['thrift_pct']:+.0f}", year=ramp_year, start=IEA_YEARS[0]))
    lines.append(translate("Analysis", "Recycling meets {share} % of demand by {year} (linear "
                           "from 0 in {start})").format(
        share=f"{drivers['recycling_pct']:.0f}", year=ramp_year, start=IEA_YEARS[0]))
    lines.append(translate("Analysis", "Supply: IEA base case, {stage}, points joined by "
                           "straight lines to 2040, then {growth} % a year").format(
        stage=translate("Analysis", drivers["supply_stage"]),
        growth=f"{drivers['supply_growth_after']:+.1f}"))
    country = names.get(drivers["haircut_country"], drivers["haircut_country"])
    if drivers["haircut_pct"]:
        lines.append(translate("Analysis", "Supply haircut: {country} −{cut} % from {year}")
                     .format(country=country, cut=f"{drivers['haircut_pct']:.0f}",
                             year=drivers["haircut_from"]))
    else:
        lines.append(translate("Analysis", "Supply haircut: none"))
    return lines


#: Supply stages as the assumptions name them (translated where shown).
SUPPLY_STAGE_NAMES = (QT_TRANSLATE_NOOP("Analysis", "mining"),
                      QT_TRANSLATE_NOOP("Analysis", "refining"))
