"""The rows of one Countries filter state, without Qt: what the line, the bars, the map and the
table show, and their titles, notes, tooltips, source caption and export table.

Made once per state (by :meth:`CountryRows.build`) and shared by every part; the bar and map
rows are ranked only when a part first asks for them.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
import pandas as pd

from ree_desktop.analysis import countries as ac
from ree_desktop.data.store import LOWER_BOUND_SUM, flag_text
from ree_desktop.i18n import language
from ree_desktop.ui.panels.countries import item_sums as its
from ree_desktop.ui.panels.countries import texts as tx
from ree_desktop.ui.panels.countries.item_sums import at_least
from ree_desktop.ui.panels.countries.model import (
    EXPORT_COLUMNS,
    EXTRA_COLUMNS,
    TABLE_COLUMNS,
    CountriesModel,
    CountriesOptions,
    MetricChoice,
    format_shown,
    has_flag,
    source_summary,
)


class CountryRows:
    """Every frame and text of one state of the filters (metric, options, countries, years)."""

    def __init__(self, model: CountriesModel, choice: MetricChoice, options: CountriesOptions,
                 countries: tuple[str, ...], year_range: tuple[int, int], year: int,
                 full: pd.DataFrame) -> None:
        #: one line per item (mines, companies) instead of the sum per country
        self.by_item = options.by_item and choice.has_items
        self.model = model
        self.names = model.names
        self.choice = choice
        self.metric_key = choice.key
        self.metric_spec = choice.spec
        self.options = options
        self.countries = countries
        self.year_range = year_range
        self.year = year
        self.full = full

    @classmethod
    def build(cls, model: CountriesModel, metric: str, options: CountriesOptions,
              countries: tuple[str, ...], year_range: tuple[int, int], year: int
              ) -> CountryRows:
        choice = model.resolve(metric)
        full = model.metric_frame(choice, options.share, tuple(year_range), options.by_item)
        return cls(model, choice, options, tuple(countries), tuple(year_range), int(year), full)

    def with_state(self, year: int, options: CountriesOptions) -> CountryRows:
        """The same rows for another year or other marks (log, estimates): the line's rows
        are kept, the bar and map rows ranked anew only if the year changed."""
        rows = CountryRows(self.model, self.choice, options, self.countries, self.year_range,
                           int(year), self.full)
        kept = ("line_source", "shown", "revisions", "unit", "yearly_arrays", "lower_bounds")
        if int(year) == self.year:
            kept += ("view_year", "bar_rows", "map_rows")
        rows.__dict__.update({k: v for k, v in self.__dict__.items() if k in kept})
        return rows

    # -- frames -----------------------------------------------------------------------------
    @cached_property
    def line_source(self) -> pd.DataFrame:
        """What the line chart draws from: production for a CAGR (the legend names it)."""
        return self.model.production_frame() if self.metric_key == "cagr" else self.full

    @cached_property
    def shown(self) -> pd.DataFrame:
        """The line chart's rows: the chosen countries in the year range, preferred only."""
        return ac.select(self.line_source, list(self.countries), self.year_range)

    @cached_property
    def revisions(self) -> pd.DataFrame:
        """Other editions' rows, when 'Show revisions' is on and the metric has them."""
        if not (self.options.revisions and self.metric_spec.has_revisions):
            return pd.DataFrame()
        every = ac.select(self.line_source, list(self.countries), self.year_range,
                          preferred_only=False)
        return every[every["preferred"] != 1]

    @cached_property
    def view_year(self) -> int:
        """The year the bars and the map show (the range's end for a CAGR)."""
        return self.year_range[1] if self.metric_key == "cagr" else self.year

    @cached_property
    def bar_rows(self) -> pd.DataFrame:
        """The chosen countries ranked for the view's year."""
        return ac.rank_year(ac.select(self.full, list(self.countries)), self.view_year)

    @cached_property
    def map_rows(self) -> pd.DataFrame:
        """Every country ranked for the view's year (one region a country: the sum of its
        items when the line shows one line per item)."""
        full = self.model.metric_frame(self.choice, self.options.share, self.year_range) \
            if self.by_item else self.full
        return ac.rank_year(full, self.view_year)

    @property
    def series_column(self) -> str:
        """The column naming a line or bar: the country, or the country's item."""
        return "series" if self.by_item else "country_iso3"

    def series_codes(self) -> list[str]:
        """The codes colours are assigned over: every chosen country (a country without
        data keeps its colour), or every item line drawn."""
        if self.by_item:
            return [code for code, *_ in self.yearly_arrays]
        return list(self.countries)

    def series_name(self, row) -> str:
        """'EXAMPLE Mine North (Australia)' for an item, the country's name otherwise."""
        name = self.names.get(row["country_iso3"], row["country_iso3"])
        if self.by_item:
            return its.tr_item(row["item"], name)
        return name

    def bar_names(self) -> list[str]:
        return [self.series_name(row) for _i, row in self.bar_rows.iterrows()]

    @cached_property
    def lower_bounds(self) -> dict[str, set[int]]:
        """Per line, the years whose figure is a lower bound (a sum missing some items)."""
        return its.lower_bound_years(self.shown, self.series_column)

    def bar_values(self) -> list[tuple[str, float]]:
        return list(zip(self.bar_rows["country_iso3"], self.bar_rows["value"], strict=True))

    def use_log(self) -> bool:
        """Log axis on and meaningful: growth rates are often negative, so never for them."""
        return self.options.log and self.metric_key != "growth"

    def mark_estimates(self) -> bool:
        return self.options.estimates

    @cached_property
    def unit(self) -> str:
        if not self.full.empty:
            units = self.full["unit"].dropna().unique()
            if len(units):
                return str(units[0])
        return self.metric_spec.unit

    def line_unit(self) -> str:
        return self.unit if self.metric_key != "cagr" else "t REO"

    def year_bounds(self) -> tuple[int, int]:
        return self.model.year_bounds(self.full)

    @cached_property
    def yearly_arrays(self) -> list[tuple[str, str, np.ndarray, np.ndarray, np.ndarray]]:
        """(code, legend name, years, values, estimate flags) per country with line rows,
        in selection order; a CAGR's legend name carries the rate."""
        cagr = self.full.set_index("country_iso3") if self.metric_key == "cagr" else None
        out = []
        shown, names = self.shown, {}
        if self.by_item and not shown.empty:
            shown = shown.sort_values(["item"], kind="stable")  # countries keep their order
            shown = shown.iloc[np.argsort(shown["country_iso3"].map(
                {c: i for i, c in enumerate(self.countries)}).to_numpy(), kind="stable")]
            names = {r["series"]: self.series_name(r) for _i, r in
                     shown.drop_duplicates("series").iterrows()}
            shown = shown.assign(country_iso3=shown["series"])
        for code, years, values, estimate in ac.yearly_arrays(shown):
            name = names.get(code) or self.names.get(code, code)
            if cagr is not None and code in cagr.index:
                name += f" ({format_shown(float(cagr.loc[code, 'value']), '% a year')})"
            out.append((code, name, years, values, estimate))
        return out

    def revision_points(self) -> pd.DataFrame:
        """The other editions' marks: year, value (log10 on a log axis, NaN if not drawable),
        country; indexed like :attr:`revisions`."""
        rows = self.revisions.dropna(subset=["value"])
        values = rows["value"].to_numpy(dtype=float)
        if self.use_log():
            values = np.where(values > 0, np.log10(np.where(values > 0, values, 1)), np.nan)
        return pd.DataFrame({"year": rows["year"], "value": values,
                             "country_iso3": rows["country_iso3"]}, index=rows.index)

    # -- titles ------------------------------------------------------------------------------
    def year_text(self) -> str:
        if self.metric_key == "cagr":
            return f"{self.year_range[0]}–{self.year_range[1]}"
        return str(self.view_year)

    def line_title(self) -> str:
        low, high = self.year_range
        label = self.metric_spec.label
        if self.options.share and self.metric_spec.has_share:
            label += tx.tr(tx.SHARE_SUFFIX)
        if self.choice.has_items:
            label += tx.tr(tx.BY_ITEM_SUFFIX if self.by_item else tx.SUM_SUFFIX)
        return tx.tr(tx.LINE_TITLE).format(metric=label, years=f"{low}–{high}")

    def bar_title(self) -> str:
        return tx.tr(tx.BAR_TITLE).format(
            metric=self.metric_spec.label, year=self.year_text())

    def bar_label(self, value: float, flag) -> str:
        return (at_least(flag) + format_shown(value, self.unit)
                + (" (e)" if ac.is_estimate(flag) else ""))

    def map_title(self) -> str:
        return tx.tr(tx.MAP_TITLE).format(
            metric=self.metric_spec.label, year=self.year_text(), count=len(self.map_rows))

    def map_estimates(self) -> set[str]:
        if not self.options.estimates:
            return set()
        rows = self.map_rows
        return set(rows.loc[rows["flag"].map(ac.is_estimate), "country_iso3"])

    # -- tooltips ----------------------------------------------------------------------------
    def describe_rows(self, rows: pd.DataFrame) -> str:
        """A country-year's figures, every edition (the charted one marked), and its source."""
        rows = rows.sort_values("preferred", ascending=False, kind="stable")
        first = rows.iloc[0]
        lines = [f"{self.series_name(first)} ({first['country_iso3']}), {int(first['year'])}"]
        for row in rows.itertuples():
            flag = flag_text(row.flag) if isinstance(row.flag, str) else ""
            mark = "" if len(rows) == 1 else (
                tx.tr(tx.CHARTED) if row.preferred == 1 else "")
            lines.append(f"{at_least(row.flag)}{format_shown(row.value, str(row.unit or ''))}"
                         + (f" ({flag})" if flag else "") + f" · {row.edition}{mark}")
        lines.append(tx.tr(tx.SOURCE).format(source=first["source"]))
        if isinstance(first["note"], str) and first["note"] and self.metric_key != "production":
            lines.append(first["note"])
        return "\n".join(lines)

    def describe_point(self, x: float, y: float, visible: list[str] | None = None) -> str:
        """The line chart's tooltip: the country nearest (x, y) among ``visible``."""
        year = int(round(x))
        rows = self.shown[self.shown["year"] == year]
        if not self.revisions.empty:
            rows = pd.concat([rows, self.revisions[self.revisions["year"] == year]])
        rows = rows.dropna(subset=["value"])
        column = self.series_column
        if visible:
            rows = rows[rows[column].isin(visible)]
        if rows.empty:
            return ""
        if self.use_log():
            distance = (np.log10(rows["value"].clip(lower=1e-9)) - y).abs()
        else:
            distance = (rows["value"] - y).abs()
        code = rows.loc[distance.idxmin(), column]
        return self.describe_rows(rows[rows[column] == code])

    def describe_bar(self, index: int) -> str:
        if not 0 <= index < len(self.bar_rows):
            return ""
        return self.describe_rows(self.bar_rows.iloc[[index]])

    def describe_country(self, iso3: str) -> str:
        rows = self.map_rows[self.map_rows["country_iso3"] == iso3]
        name = self.names.get(iso3, iso3)
        if rows.empty:
            return tx.tr(tx.NO_DATA_FOR).format(name=name, iso3=iso3)
        return self.describe_rows(rows) + "\n" + tx.tr(tx.RANK).format(
            rank=int(rows.iloc[0]["rank"]), count=len(self.map_rows))

    # -- notes -------------------------------------------------------------------------------
    def notes(self, view: str) -> str:
        """The note under the charts: what is missing, how the metric is read, the marks."""
        countries, (low, high) = list(self.countries), self.year_range
        names = self.names
        notes = [self.choice.warning]
        if not countries:
            notes.append(tx.tr(tx.NOTE_NO_SELECTION))
        if view in ("bars", "map") and self.metric_key != "cagr":
            listed = set(self.bar_rows["country_iso3"])
            empty = [c for c in countries if c not in listed]
            where = self.year_text()
        else:
            present = {code.split("/", 1)[0] for code, _name, _years, values, _e
                       in self.yearly_arrays if np.isfinite(values).any()}
            empty = [c for c in countries if c not in present]
            where = f"{low}–{high}"
        if empty:
            notes.append(tx.tr(tx.NOTE_NO_DATA).format(
                where=where, names=", ".join(names.get(c, c) for c in empty)))
        if self.metric_key == "cagr":
            have = set(self.full["country_iso3"])
            no_cagr = [c for c in countries if c not in have and c not in empty]
            if no_cagr:
                notes.append(tx.tr(tx.NOTE_NO_CAGR).format(
                    low=low, high=high, names=", ".join(names.get(c, c) for c in no_cagr)))
        if self.by_item:
            notes.append(tx.tr(tx.NOTE_BY_ITEM))
        elif self.choice.has_items:  # country-years whose items mix units: not summed
            notes += [n + "." for n in self.model.sum_notes.get(self.metric_key, [])]
        notes.append(self.zero_or_not_reported_note())
        notes.append(self.lower_bound_note())
        notes.append(self.metric_note())
        if self.options.estimates and self.has_estimates(view):
            notes.append(tx.tr(tx.NOTE_ESTIMATES))
        if self.options.revisions and not self.revisions.empty:
            notes.append(tx.tr(tx.NOTE_REVISIONS))
        if self.use_log() and (self.shown["value"] <= 0).any():
            notes.append(tx.tr(tx.NOTE_LOG_ZERO))
        return " ".join(n for n in notes if n)

    def lower_bound_note(self) -> str:
        """Sums of your items missing some items: which country-years (item_sums.py)."""
        if self.shown.empty or "flag" not in self.shown:
            return ""
        marked = self.shown[has_flag(self.shown["flag"], LOWER_BOUND_SUM)]
        cells = ", ".join(f"{self.names.get(r.country_iso3, r.country_iso3)} {r.year}"
                          for r in marked.itertuples())
        return tx.tr(tx.NOTE_LOWER_BOUND).format(cells=cells) if cells else ""

    def zero_or_not_reported_note(self) -> str:
        """Cells whose source prints 0 for both zero and 'not reported': named, not drawn."""
        if self.shown.empty or "flag" not in self.shown:
            return ""
        marked = self.shown[has_flag(self.shown["flag"], "0?")]
        if marked.empty:
            return ""
        cells = ", ".join(f"{self.names.get(r.country_iso3, r.country_iso3)} {r.year}"
                          for r in marked.itertuples())
        return tx.tr(tx.NOTE_ZERO_OR_NOT_REPORTED).format(cells=cells)

    def has_estimates(self, view: str) -> bool:
        frame = self.bar_rows if view == "bars" else self.map_rows if view == "map" \
            else self.shown
        return not frame.empty and bool(frame["flag"].map(ac.is_estimate).any())

    def metric_note(self) -> str:
        key = self.metric_key
        share = self.options.share and self.metric_spec.has_share
        if key == "rp_ratio":
            return tx.tr(tx.NOTE_RP)
        if key == "share" or (key == "production" and share):
            return tx.tr(tx.NOTE_SHARE)
        if key == "reserves":
            return tx.tr(tx.NOTE_RESERVES) + (tx.tr(tx.NOTE_RESERVES_SHARE)
                if share else ".")
        if key == "growth":
            return tx.tr(tx.NOTE_GROWTH)
        if key == "cagr":
            low, high = self.year_range
            return tx.tr(tx.NOTE_CAGR).format(low=low, high=high)
        if key == "production":
            return tx.tr(tx.NOTE_PRODUCTION)
        return ""

    # -- tables ------------------------------------------------------------------------------
    def table_frame_raw(self) -> pd.DataFrame:
        """The line/table rows: every edition when revisions are shown; a CAGR's rates."""
        if self.metric_key == "cagr":
            return ac.select(self.full, list(self.countries))
        if self.revisions.empty:
            return self.shown
        return pd.concat([self.shown, self.revisions]).sort_values(
            ["country_iso3", "year", "preferred"], ascending=[True, True, False],
            kind="stable")

    def table_frame(self) -> pd.DataFrame:
        """What the table lists: the export rows with flags in words."""
        out = self.table_frame_raw().copy()
        if not out.empty:  # the names in the interface's language (the export keeps its own)
            out["country"] = out["country_iso3"].map(self.names).fillna(out["country"])
            if language() != "en":  # the metric's name, not its key
                out["metric"] = self.metric_spec.label
        out["flag"] = out["flag"].map(lambda f: f"{f} ({flag_text(f)})" if
                                      isinstance(f, str) and f else "")
        extra = [c for c in EXTRA_COLUMNS if c in out.columns]
        item = ["item"] if self.by_item and "item" in out.columns else []
        return out[[*TABLE_COLUMNS[:2], *item, *TABLE_COLUMNS[2:5], *extra,
                    *TABLE_COLUMNS[5:]]].reset_index(drop=True)

    def view_frame(self, view: str) -> pd.DataFrame:
        return self.bar_rows if view == "bars" else self.map_rows if view == "map" \
            else self.table_frame_raw()

    def export_frame(self, view: str) -> pd.DataFrame:
        """Long format: line/table → the range's rows; bars → the year ranked; map → all."""
        frame = self.view_frame(view)
        extra = [c for c in ("rank", *EXTRA_COLUMNS) if c in frame.columns]
        item = ["item"] if self.by_item and view != "map" and "item" in frame.columns else []
        return frame[[*EXPORT_COLUMNS[:2], *item, *EXPORT_COLUMNS[2:], *extra]].reset_index(
            drop=True)

    def sources_text(self, view: str, full: bool = False) -> str:
        """The sources of the rows shown; ``full``: every edition (exports), else a long
        list of editions is shortened for the caption under the chart."""
        return source_summary(self.view_frame(view), full=full)
