"""Demand & trends, without Qt: the typed options, and every frame, caption, tooltip text and
export table the panel shows (history and IEA projections; the what-if model's texts are in
``whatif_model.py``). Tested without a window (tests/test_model_demand.py).

The two units never share an axis: USGS history is in t REO (all rare earths), IEA
projections and the what-if model in kt of magnet rare earths (Nd, Pr, Dy, Tb).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ree_desktop.analysis import scenarios as sc
from ree_desktop.analysis.trends import cagr_between
from ree_desktop.data import demand as dd
from ree_desktop.data.store import Store, flag_text
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ree_desktop.numbers import format_number
from ree_desktop.ui.panels.demand import export_rows as xr
from ree_desktop.ui.panels.demand import names as nm
from ree_desktop.ui.panels.demand.options import (
    CLEAN,
    DRIVERS,
    OPTION,
    PROJECTION_USES,
    TABS,
    USE_KEYS,
    DemandOptions,
)

__all__ = ["CLEAN", "DRIVERS", "OPTION", "PROJECTION_USES", "TABS", "USE_KEYS",
           "DemandOptions"]  # where the panel's parts read them
from ree_desktop.ui.panels.demand import user_paths as up

T_REO = QT_TRANSLATE_NOOP("Demand", "t REO (all rare earths)")
KT_LABEL = QT_TRANSLATE_NOOP("Demand", "kt magnet REE (Nd, Pr, Dy, Tb)")
HISTORY = {"world": QT_TRANSLATE_NOOP("Demand", "World mine production"),
           "us": QT_TRANSLATE_NOOP("Demand", "US apparent consumption")}
SCENARIO_COLORS = {"STEPS": "#0072B2", "APS": "#E69F00", "NZE": "#009E73"}
END_USE_COLORS = {"Electric vehicles": "#CC79A7", "Wind": "#56B4E9", "Other uses": "#999999"}
# Supply lines told apart by hue AND dash AND marker (orange vs brown read as one).
SUPPLY_COLORS = {"mining": "#D55E00", "refining": "#7570B3"}
SUPPLY_STYLES = {"mining": ("dashdot", "d"), "refining": ("dashdotdot", "s")}
USGS_SOURCE = "USGS DS140 Rare earths statistics, Minerals Yearbook 2022, MCS 2025–2026"
IEA_SOURCE = ("IEA Critical Minerals Data Explorer (base year 2024), CC BY 4.0 — read from a "
              "third-party JSON conversion of the IEA workbook, not checked against the xlsx")
USER_LABEL = QT_TRANSLATE_NOOP("Demand", "User scenario — not a forecast")
HISTORY_NOTE = QT_TRANSLATE_NOOP(
    "Demand", " (public domain). World production from 1900; hollow marker = estimate.")
PROJECTION_NOTE = QT_TRANSLATE_NOOP(
    "Demand", ". IEA gives values for 2024, 2030, 2035, 2040, 2045, 2050 only (points); the "
    "lines between them only join the points.")
HISTORY_CAPTION = USGS_SOURCE + HISTORY_NOTE      # as the English captions read
PROJECTION_CAPTION = IEA_SOURCE + PROJECTION_NOTE
TABLE_CAPTION = f"{USGS_SOURCE}; {IEA_SOURCE}"
TABLE_FILTERS = ((QT_TRANSLATE_NOOP("Demand", "All rows"), ""),
                 (QT_TRANSLATE_NOOP("Demand", "History (USGS, t REO)"), "history"),
                 (QT_TRANSLATE_NOOP("Demand", "IEA projections (kt)"), "iea"),
                 (QT_TRANSLATE_NOOP("Demand", "User scenario (kt)"), "user"),
                 (QT_TRANSLATE_NOOP("Demand", "Your data: demand and supply paths"), "yours"))
EXPORT_COLUMNS = ["scenario", "end_use", "element", "country", "year", "value", "unit",
                  "flag", "edition", "source", "source_url", "note"]


def cagr_years(options: DemandOptions, year_range: tuple[int, int]) -> tuple[int, int]:
    """The CAGR's years: the chosen ones clipped to the year range, else the range itself."""
    low, high = year_range
    if options.cagr is not None:
        start = min(max(options.cagr[0], low), high)
        end = min(max(options.cagr[1], low), high)
        if start < end:
            return start, end
    return low, high


def scenario_code(scenario: str) -> str:
    code = str(scenario).upper()  # the command line may say "nze"
    return code if code in sc.SCENARIOS else "STEPS"


def nice_ceiling(value: float) -> float:
    """The next multiple of a round step above ``value`` (10, 20, 50 … kt)."""
    if not value or value != value or value <= 0:
        return 10.0
    step = 10 ** np.floor(np.log10(value)) / 2
    return float(np.ceil(value / step) * step)


def number(value: float | None, digits: int = 1) -> str:
    """'12.5', '1,234': the shared formatter with fixed decimals under 1,000."""
    return format_number(value, digits=digits)


class DemandModel:
    """The frames behind the panel, read once, and everything derived from them."""

    def __init__(self, store: Store) -> None:
        self.country_names = store.country_names
        self.world = dd.world_mine_production(store)
        self.consumption = dd.us_apparent_consumption(store)
        self.projections = dd.demand_projections(store)
        self.supply = dd.supply_projections(store)
        self.base = sc.base_demand(self.projections)
        self.user = dd.user_paths(store)  # your paths (kind "path"), see user_paths.py
        self.user_paths, self.user_notes = up.user_paths(
            self.user, up.path_sides(store) if len(self.user) else None)
        self.demand_paths = [p for p in self.user_paths if not p.supply]
        self.supply_paths = [p for p in self.user_paths if p.supply]
        self._cache: dict[tuple, Any] = {}

    def cached(self, kind: str, key: Any, make) -> Any:
        if len(self._cache) > 512:  # a long session of slider drags: start afresh
            self._cache.clear()
        if (kind, key) not in self._cache:
            self._cache[kind, key] = make()
        return self._cache[kind, key]

    # -- history ----------------------------------------------------------------------------
    def history_series(self, year_range: tuple[int, int]) -> dict[str, pd.DataFrame]:
        """The two USGS series within the year range (memoised: dragging revisits ranges)."""
        low, high = year_range

        def make() -> dict[str, pd.DataFrame]:
            return {key: frame[(frame["year"] >= low) & (frame["year"] <= high)]
                    for key, frame in (("world", self.world), ("us", self.consumption))}
        return self.cached("history", (low, high), make)

    def history_view(self, year_range: tuple[int, int], start: int, end: int, log: bool
                     ) -> dict[str, Any]:
        """Everything the history part shows beside its curves, memoised per input: the
        CAGR rows, their table and label, and the y range."""
        def make() -> dict[str, Any]:
            rows = self.cagr_rows(year_range, start, end)
            return {"rows": rows, "table": self.cagr_table_frame(rows),
                    "label": self.cagr_text(rows, start, end),
                    "y_range": self.history_y_range(year_range, log)}
        return self.cached("view", (tuple(year_range), start, end, log), make)

    def history_year_tips(self, year_range: tuple[int, int]) -> dict[int, list[str]]:
        """Year → the history chart's tooltip lines, both series."""
        tips: dict[int, list[str]] = {}
        for key, frame in self.history_series(year_range).items():
            for year, lines in self.history_tips(key, frame).items():
                tips.setdefault(year, []).extend(lines)
        return tips

    def cagr_rows(self, year_range: tuple[int, int], start: int, end: int) -> pd.DataFrame:
        """Per history series: the CAGR between the nearest years with data (memoised)."""
        return self.cached("cagr", (tuple(year_range), start, end),
                           lambda: self._cagr_rows(year_range, start, end))

    def _cagr_rows(self, year_range: tuple[int, int], start: int, end: int) -> pd.DataFrame:
        rows = []
        for key, frame in self.history_series(year_range).items():
            stats = cagr_between(frame.set_index("year")["value"], start, end)
            rows.append({"series": HISTORY[key], "from_year": stats["start_year"],
                         "value_from": stats["start_value"], "to_year": stats["end_year"],
                         "value_to": stats["end_value"], "cagr_pct_a_year": stats["cagr_pct"],
                         "unit": "t REO"})
        return pd.DataFrame(rows)

    @staticmethod
    def cagr_table_frame(cagr_rows: pd.DataFrame) -> pd.DataFrame:
        """Series as columns (they are few), the CAGR's years and values as rows."""
        no_data = number(None)
        table = {"": [translate("Demand", "From"), "t REO",
                      translate("Demand", "To"), "t REO",
                      translate("Demand", "CAGR, % a year")]}
        for row in cagr_rows.itertuples():
            known = row.from_year is not None
            table[row.series.replace(" apparent", "").replace("production", "prod.")] = [
                str(int(row.from_year)) if known else no_data, number(row.value_from),
                str(int(row.to_year)) if known else no_data, number(row.value_to),
                f"{row.cagr_pct_a_year:+.1f}" if known else no_data]
        return pd.DataFrame(table)

    @staticmethod
    def cagr_text(cagr_rows: pd.DataFrame, start: int, end: int) -> str:
        """The label on the history chart (rich text)."""
        parts = [translate("Demand", "<b>CAGR {start}–{end}</b>").format(
            start=start, end=end)]
        for row in cagr_rows.itertuples():
            if row.from_year is None or row.cagr_pct_a_year != row.cagr_pct_a_year:
                parts.append(translate("Demand", "{series}: no data").format(
                    series=translate("Demand", row.series)))
            else:
                span = (int(row.from_year), int(row.to_year))
                years = "" if span == (start, end) else f" ({span[0]}–{span[1]})"
                parts.append(translate("Demand", "{series}: {cagr:+.1f} % a year"
                                               "{years}").format(
                    series=translate("Demand", row.series), cagr=row.cagr_pct_a_year,
                    years=years))
        return "<br>".join(parts)

    def history_arrays(self, key: str, year_range: tuple[int, int], log: bool
                       ) -> dict[str, np.ndarray]:
        """One series as drawn: every year of its span (gaps as NaN, never zero), and the
        estimated values marked apart (hollow markers). Memoised per range and axis."""
        def make() -> dict[str, np.ndarray]:
            frame = self.history_series(year_range)[key]
            given = frame["year"].to_numpy(int)
            raw = frame["value"].to_numpy(float)
            first = int(given.min())
            years = np.arange(first, int(given.max()) + 1)
            values = np.full(len(years), np.nan)
            values[given - first] = raw  # one preferred row per year
            if log:
                values = np.where(values > 0, values, np.nan)
            flagged = (frame["flag"].fillna("").to_numpy() == "e") & ~np.isnan(raw)
            return {"years": years, "values": values,
                    "flag_years": given[flagged].astype(float), "flag_values": raw[flagged]}
        return self.cached("arrays", (key, tuple(year_range), log), make)

    @staticmethod
    def history_tips(key: str, frame: pd.DataFrame) -> dict[int, list[str]]:
        """Year → tooltip lines: value (or why there is none), flag, edition, publisher."""
        tips: dict[int, list[str]] = {}
        for row in frame.itertuples():
            flag = flag_text(row.flag)
            value = (f"{row.value:,.0f} t REO" if row.value == row.value
                     else translate("Demand", "no data ({why})").format(
                         why=row.value_raw or flag or "missing"))
            note = f" ({flag})" if flag and row.value == row.value else ""
            tips.setdefault(int(row.year), []).append(
                f"{translate('Demand', HISTORY[key])}: {value}{note}\n"
                f"   {row.edition}; {row.source_publisher}")
        return tips

    def history_y_range(self, year_range: tuple[int, int], log: bool
                        ) -> tuple[float, float] | None:
        """Y range with room above the data for the legend and the CAGR label (log10 on a
        log axis); None when there is nothing to show."""
        values = pd.concat([f["value"] for f in self.history_series(year_range).values()]).dropna()
        values = values[values > 0] if log else values
        if values.empty:
            return None
        if log:
            low, high = np.log10(values.min()), np.log10(values.max())
            return low - 0.1, high + 0.35 * max(high - low, 1)
        return 0.0, values.max() * 1.4

    # -- projections ------------------------------------------------------------------------
    def scenario_path(self, code: str, use: str) -> pd.Series:
        return self.cached("path", (code, use),
                           lambda: sc.scenario_path(self.projections, code, *USE_KEYS[use]))

    def stacked_paths(self, code: str) -> list[tuple[str, pd.Series]]:
        return [(use, self.scenario_path(code, use)) for use in sc.END_USES]

    def supply_world(self, stage: str) -> pd.Series:
        """IEA world supply of one stage, base year and base case, kt."""
        def make() -> pd.Series:
            rows = self.supply[(self.supply["stage"] == stage)
                               & (self.supply["country_iso3"] == "WLD")
                               & self.supply["scenario"].str.lower().isin(["base year",
                                                                            "base case"])]
            return rows.set_index("year")["value"].astype(float).sort_index()
        return self.cached("world", stage, make)

    @staticmethod
    def supply_comparable(options: DemandOptions) -> bool:  # supply is of Nd+Pr+Dy+Tb
        return options.view == "stacked" or USE_KEYS[options.end_use][1] == "NdPrTbDy"

    def projection_title(self, options: DemandOptions, scenario: str) -> str:
        if options.view == "stacked":
            title = translate(
                "Demand", "IEA {code}: magnet rare-earth demand by end use").format(code=scenario)
        else:
            title = translate("Demand", "IEA projections: {use} by scenario").format(
                use=nm.use_name(options.end_use))
        if not self.supply_comparable(options):
            return title + translate("Demand",
                                             " (supply covers Nd+Pr+Dy+Tb: not shown)")
        return title + translate("Demand", ", and supply")

    def projection_tips(self, options: DemandOptions, scenario: str) -> dict[int, list[str]]:
        """Year → tooltip lines for the projections chart as it is drawn."""
        tips: dict[int, list[str]] = {}
        if options.view == "stacked":
            for use, path in self.stacked_paths(scenario):
                for year, value in path.items():
                    tips.setdefault(int(year), []).append(
                        f"IEA {scenario}: {use} {value:,.1f} kt")
            for year, value in sc.scenario_path(self.projections, scenario, sc.TOTAL).items():
                tips.setdefault(int(year), []).append(
                    translate("Demand", "IEA {code}: total demand {value:,.1f} kt")
                    .format(code=scenario, value=value))
        else:
            use = options.end_use
            for code in sc.SCENARIOS:
                for year, value in self.scenario_path(code, use).items():
                    who = translate("Demand", "Base year") if year == sc.IEA_YEARS[0] \
                        else f"IEA {code}"
                    tips.setdefault(int(year), []).append(
                        f"{who}: {nm.use_name(use)} {value:,.1f} kt")
        if self.supply_comparable(options):
            for stage in options.supply:
                for year, value in self.supply_world(stage).items():
                    tips.setdefault(int(year), []).append(translate(
                        "Demand", "IEA {stage} supply (base case): {value:,.1f} kt").format(
                        stage=nm.stage_name(stage), value=value))
        return tips

    @staticmethod
    def describe_projection(tips: dict[int, list[str]], x: float) -> str:
        year = int(round(x))
        if tips.get(year):
            return (translate("Demand", "{year} — IEA, kt of magnet rare earths "
                                      "(Nd, Pr, Dy, Tb)").format(year=year) + "\n"
                    + "\n".join(tips[year]) + "\n"
                    + translate("Demand", "Source: IEA Critical Minerals Data Explorer"))
        if 2024 < x < 2050:
            return translate("Demand", "{year}: no IEA value (IEA gives 2024, 2030, "
                                     "2035, 2040, 2045, 2050)").format(year=year)
        return ""

    # -- table and export -------------------------------------------------------------------
    def export_frame(self, year_range: tuple[int, int],
                     user: sc.ModelResult | None) -> pd.DataFrame:
        """History, every IEA projection row and (when set) the user scenario, long format."""
        frames = [self._history_long(year_range), xr.projection_long(self.projections),
                  xr.supply_long(self.supply)]
        if user is not None:
            frames.append(sc.result_long(user))
        if len(self.user):
            frames.append(up.export_rows(self.user, self.user_paths))
        return pd.concat([f.reindex(columns=EXPORT_COLUMNS) for f in frames],
                         ignore_index=True)

    @staticmethod
    def filter_table(frame: pd.DataFrame, key: str) -> pd.DataFrame:
        """The table tab's filter: all rows, history, IEA projections or the user scenario."""
        user = frame["scenario"].str.startswith(sc.USER)
        history = frame["scenario"] == "History"
        yours = frame["scenario"].str.endswith("(your data)")
        keep = {"history": history, "iea": ~history & ~user & ~yours, "user": user,
                "yours": yours}.get(key)
        return frame if keep is None else frame[keep]

    def _history_long(self, year_range: tuple[int, int]) -> pd.DataFrame:
        frames = []
        for key, frame in self.history_series(year_range).items():
            part = frame.copy()
            part["scenario"] = "History"
            part["end_use"] = HISTORY[key]
            part["country"] = "World" if key == "world" else "United States"
            part["source"] = part["source_publisher"] + ", " + part["source"]
            frames.append(part)
        return pd.concat(frames, ignore_index=True)

    @staticmethod
    def sources_text() -> str:
        return (f"{USGS_SOURCE} (U.S. Geological Survey, public domain); {IEA_SOURCE}. "
                + translate("Demand", "User scenario rows are REE Desktop's what-if "
                                    "model, not a forecast."))
