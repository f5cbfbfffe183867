"""Countries, without Qt: the typed options, the metric a key names, and every frame, note,
caption, tooltip text and export table the panel shows. Tested without a window
(tests/test_model_countries.py). The rows of one filter state, with their notes, tooltips
and tables, are in ``rows_model.py``.

Speed: a metric's frame (every country, every edition) is kept until the metric, its options
or the data change, so a year or country change only re-selects; the bar and map rows are
ranked when first asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

import pandas as pd

from ree_desktop.analysis import countries as ac
from ree_desktop.data import country_metrics as cm
from ree_desktop.data.store import Store
from ree_desktop.i18n import QT_TRANSLATE_NOOP, language, translate
from ree_desktop.numbers import format_number
from ree_desktop.ui.panels.countries import item_sums as its
from ree_desktop.ui.panels.countries.texts import unit_label

OPTION = "countries."  # prefix of this panel's keys in ViewState.options
VIEWS = ("line", "bars", "map", "table")
USER_PREFIX = "user:"
# Metric-specific columns: what a growth, CAGR or R/P figure was computed from.
EXTRA_COLUMNS = ("start_year", "start_value", "end_value", "start_edition",
                 "start_source_publisher", "reserves_edition", "production_year")
TABLE_COLUMNS = ["country", "country_iso3", "year", "metric", "value", "unit", "flag",
                 "edition", "preferred", "source_publisher", "source", "source_url", "note"]
EXPORT_COLUMNS = ["country_iso3", "country", "year", "metric", "value", "unit", "flag",
                  "edition", "preferred", "source_publisher", "source", "source_url", "note"]
MEMO_SIZE = 8  # a handful of metrics a user flips between
# Text shown to users, marked for translation (context "Countries").
YOUR_DATA = QT_TRANSLATE_NOOP("Countries", "{label} (your data)")
YEARS_VALUE = QT_TRANSLATE_NOOP("Countries", "{value} years")
MORE = QT_TRANSLATE_NOOP("Countries", " +{count} more")
UNKNOWN_METRIC = QT_TRANSLATE_NOOP(
    "Countries",
    "Metric {key} is not available here: showing mine production (choose: {keys}).")


@dataclass(frozen=True)
class CountriesOptions:
    """This panel's options, read from ``ViewState.options`` under today's saved keys
    (``countries.share``, ``.log``, ``.estimates``, ``.revisions``) so old bookmarks open."""

    share: bool = False       # production/reserves as a share of the world total
    log: bool = False         # log value axis (log colour scale on the map)
    estimates: bool = True    # estimates drawn hollow, dashed, hatched
    revisions: bool = False   # every edition's figure as small marks
    by_item: bool = False     # your items (mines, companies): one line each, not the sum

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> CountriesOptions:
        """Anything a bookmark may hold → valid options (a non-boolean keeps the default)."""
        values = {}
        for f in fields(cls):
            raw = options.get(OPTION + f.name, f.default)
            values[f.name] = bool(raw) if isinstance(raw, bool | int) and not \
                isinstance(raw, float) else f.default
        return cls(**values)

    @staticmethod
    def update(name: str, value: bool) -> dict[str, bool]:
        """The ``ViewState.options`` entry that sets field ``name``."""
        return {OPTION + name: bool(value)}

    def changed_fields(self, other: CountriesOptions) -> set[str]:
        return {f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)}


@dataclass(frozen=True)
class MetricChoice:
    """The metric a key names: ``production`` and a warning when the key is unknown."""

    key: str
    spec: ac.Metric
    user_args: tuple[tuple[str, Any], ...] = ()
    warning: str = ""

    @property
    def has_items(self) -> bool:
        """A user series with items (mines, companies): one line each or the sum."""
        return dict(self.user_args).get("item") == its.ITEM_SUM


def source_summary(frame: pd.DataFrame, full: bool = False) -> str:
    """'U.S. Geological Survey (USGS): MCS2026, MYB2022; …' for the rows shown; past six
    editions a publisher's list ends "+N more" unless ``full`` (exports list every one)."""
    if frame.empty or "source_publisher" not in frame:
        return ""
    # masks, not dropna: this runs on every filter change (dropna cost ~4 ms a call)
    has_value = frame["value"].notna().to_numpy()

    def column(name: str) -> list:
        return frame[name].to_numpy(dtype=object)[has_value].tolist()

    def both(first: str, second: str) -> dict:
        return dict.fromkeys(zip(column(first), column(second), strict=True))

    pairs = [(p, str(e).split(" → ")[-1] if isinstance(e, str) else None)
             for p, e in both("source_publisher", "edition")]
    if "start_source_publisher" in frame:  # growth and CAGR read two years, maybe two sources
        pairs += list(both("start_source_publisher", "start_edition"))
    editions: dict[str, set[str]] = {}
    for publisher, edition in pairs:
        if isinstance(publisher, str):
            editions.setdefault(publisher, set()).update([edition] if edition else [])
    parts = []
    for publisher, found in editions.items():
        names = sorted(found, reverse=True)
        cut = len(names) if full else 6
        shown = ", ".join(names[:cut]) + (translate("Countries", MORE).format(
            count=len(names) - cut) if len(names) > cut else "")
        parts.append(publisher + (f" ({shown})" if shown else ""))
    return "; ".join(parts)


#: The shared formatter (ree_desktop.numbers), under the name this panel's code uses.
format_value = format_number


def format_shown(value: float | None, unit: str = "") -> str:
    """``format_value`` with this panel's unit words in the interface's language
    ('12.5 % of world' → '12.5 占世界 %'); the same text in English."""
    text = format_number(value, unit)
    if unit == "years" and text.endswith(" years"):
        return translate("Countries", YEARS_VALUE).format(value=text[: -len(" years")])
    if unit in ("% of world", "% a year") and text.endswith(unit):
        text = text[: -len(unit)] + unit_label(unit)
    return text


def has_flag(flags: pd.Series, code: str) -> pd.Series:
    """Rows whose comma-separated flag list holds ``code`` (e.g. '0?')."""
    return flags.map(lambda f: isinstance(f, str) and code in f.split(","))


class CountriesModel:
    """The store's country rows for this panel, with the memos that make filter changes fast."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.country_table = cm.country_list(store)
        self.names: dict[str, str] = dict(zip(self.country_table["iso3"],
                                              self.country_table["name"], strict=True))
        if language() == "zh_CN" and "name_zh" in self.country_table:  # the data's own
            self.names.update({iso3: name for iso3, name in zip(
                self.country_table["iso3"], self.country_table["name_zh"], strict=True)
                if isinstance(name, str) and name})
        self._user_series_memo: tuple[Any, list] = (None, [])  # (Store.version(), series)
        self._metric_memo: dict[tuple, pd.DataFrame] = {}
        self._line_memo: dict[tuple, pd.DataFrame] = {}
        #: per sum-per-country metric key: the country-years of your items not summed (units)
        self.sum_notes: dict[str, list[str]] = {}

    # -- metrics ----------------------------------------------------------------------------
    def user_series(self) -> list[tuple[str, str, dict]]:
        """(metric key, label, query arguments) of every user series, listed again only when
        a database changed. The key is ``user:DATASET:METRIC`` plus
        ``:STAGE:ELEMENT:SCENARIO:ITEM`` when any of those is set (bookmarks, ``--metric``)."""
        version = self.store.version()
        if self._user_series_memo[0] != version:
            users = cm.user_metrics(self.store)
            series = []
            for row in users.itertuples():
                extra = [getattr(row, f) for f in cm.SERIES_FIELDS]
                key = ":".join([USER_PREFIX + row.dataset, row.metric, *extra]) \
                    if any(extra) else f"{USER_PREFIX}{row.dataset}:{row.metric}"
                parts = [row.title]
                if (users["dataset"] == row.dataset).sum() > 1:
                    parts.append(", ".join(str(v) for v in [row.metric, *extra] if v))
                args = dict(zip(("dataset", "metric", *cm.SERIES_FIELDS),
                                (row.dataset, row.metric, *extra), strict=True))
                series.append((key, ": ".join(parts), {**args, "unit": row.unit}))
            for row in its.has_items(users).itertuples():  # the sum per country (≥)
                extra = [row.stage, row.element, row.scenario, its.ITEM_SUM]
                args = dict(zip(("dataset", "metric", *cm.SERIES_FIELDS),
                                (row.dataset, row.metric, *extra), strict=True))
                series.append((":".join([USER_PREFIX + row.dataset, row.metric, *extra]),
                               translate("Countries", its.SUM_LABEL).format(
                                   title=row.title, count=row.items),
                               {**args, "unit": row.unit}))
            self._user_series_memo = (version, series)
        return self._user_series_memo[1]

    def metric_entries(self) -> list[tuple[str, str]]:
        """(key, label) of every metric the combo lists: built-in, then the user's."""
        entries = [(key, metric.label) for key, metric in ac.METRICS.items()]
        suffix = translate("Countries", YOUR_DATA)
        summed = {(a["dataset"], a["metric"], a["stage"], a["element"], a["scenario"])
                  for _k, _l, a in self.user_series() if a["item"] == its.ITEM_SUM}
        entries += [(key, suffix.format(label=label)) for key, label, args in self.user_series()
                    if args["item"] == its.ITEM_SUM or not args["item"] or
                    (args["dataset"], args["metric"], args["stage"], args["element"],
                     args["scenario"]) not in summed]
        return entries

    def resolve(self, key: str) -> MetricChoice:
        """The metric ``key`` names; an unknown key shows production and says so."""
        if key in ac.METRICS:
            spec = ac.METRICS[key]
            return MetricChoice(key, spec)
        if key.startswith(USER_PREFIX):
            # ``user:DATASET:METRIC`` (as --metric lists it) names a dataset with items too:
            # its sum per country, else its first series
            matches = [s for s in self.user_series()
                       if s[0] == key or s[0].startswith(key + ":")]
            matches.sort(key=lambda s: (s[0] != key, s[2]["item"] != its.ITEM_SUM))
            if matches:
                found, label, args = matches[0]
                spec = ac.Metric(found, label, str(args["unit"] or ""), has_revisions=True)
                return MetricChoice(found, spec, tuple(args.items()))
        warning = translate("Countries", UNKNOWN_METRIC).format(
            key=repr(key), keys=", ".join(ac.METRICS))
        return MetricChoice("production", ac.METRICS["production"], (), warning)

    def _memo(self, memo: dict, key: tuple, make) -> pd.DataFrame:
        if key not in memo:
            memo[key] = make()
            while len(memo) > MEMO_SIZE:
                del memo[next(iter(memo))]
        return memo[key]

    def metric_frame(self, choice: MetricChoice, share: bool,
                     year_range: tuple[int, int], by_item: bool = False) -> pd.DataFrame:
        """Every country's rows for the metric (all editions), before any selection; kept
        until the metric, its options or the data change (shares anew took ~90 ms).
        ``by_item``: a metric with items gives one series per item (``series`` column)."""
        share = share and choice.spec.has_share
        by_item = by_item and choice.has_items
        key = (choice.key, share, choice.user_args, self.store.version(),
               tuple(year_range) if choice.key == "cagr" else None, by_item)
        return self._memo(self._metric_memo, key,
                          lambda: self._compute(choice, share, year_range, by_item))

    def _compute(self, choice: MetricChoice, share: bool, year_range: tuple[int, int],
                 by_item: bool = False) -> pd.DataFrame:
        key = choice.key
        if key.startswith(USER_PREFIX):
            args = {k: v for k, v in choice.user_args if k != "unit"}
            if args.get("item") == its.ITEM_SUM:
                args.pop("item")
                items = cm.user_metric_items(self.store, **args)
                if by_item:
                    return its.each_item(ac.user_metric(items, key))
                summed, self.sum_notes[key] = its.sum_items(items)
                return ac.user_metric(summed, key)
            return ac.user_metric(cm.user_metric(self.store, **args), key)
        production = cm.production(self.store)
        if key == "production":
            return ac.production_share(production) if share else \
                ac.absolute(production, "production")
        if key == "reserves":
            reserves = cm.reserves(self.store)
            return ac.reserves_share(reserves) if share else ac.reserves_series(reserves)
        if key == "share":
            return ac.production_share(production)
        if key == "rp_ratio":
            return ac.rp_ratio(production, cm.reserves(self.store))
        if key == "growth":
            return ac.growth(production)
        return ac.cagr_between(production, *year_range)

    def production_frame(self) -> pd.DataFrame:
        """Absolute production (the CAGR view's line), kept until the data change."""
        return self._memo(self._line_memo, (self.store.version(),),
                          lambda: ac.absolute(cm.production(self.store), "production"))

    def top_producers(self, year: int) -> list[str]:
        """The five largest producers of ``year`` (the 'Top 5' button)."""
        return ac.top_producers(cm.production(self.store), int(year))

    def year_bounds(self, full: pd.DataFrame | None = None) -> tuple[int, int]:
        """Years a user can pick: production's, widened by the metric's (reserves: 2026)."""
        low, high = self.store.year_bounds()
        if full is not None and not full.empty:
            low = min(low, int(full["year"].min()))
            high = max(high, int(full["year"].max()))
        return low, high

