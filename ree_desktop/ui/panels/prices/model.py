"""Prices & events, without Qt: the typed options, and every frame, note, caption, tooltip
text and export table the panel shows. Tested without a window (tests/test_model_prices.py).

Prices are in USD/kg (oxides) or USD/t REO (the US unit value): units never share an axis.
Colours are a series index (the theme's palette), a hex string, or ``None`` (foreground).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from ree_desktop.analysis import prices as ap
from ree_desktop.data import prices_events as pe
from ree_desktop.data.store import Store, flag_text
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ree_desktop.numbers import format_number
from ree_desktop.ui.element_colors import element_index
from ree_desktop.ui.panels.prices import sources as src
from ree_desktop.ui.panels.prices import user_series as us
from ree_desktop.ui.panels.prices.events_model import EventsModel
from ree_desktop.ui.panels.prices.names import (  # noqa: F401 (ELEMENT_NAMES: cli_options)
    ELEMENT_NAMES,
    element_display,
    item_display,
)
from ree_desktop.ui.panels.prices.quota_model import (
    PRODUCTION,
    LegendPart,
    QuotaView,
    add_tips,
    fit_range,
)

CONTEXT = "Prices"  # the translation context of this panel's marked texts
OPTION = "prices."  # prefix of this panel's keys in ViewState.options
AXES = {"linear": QT_TRANSLATE_NOOP("Prices", "Linear"),
        "log": QT_TRANSLATE_NOOP("Prices", "Log"),
        "rebased": QT_TRANSLATE_NOOP("Prices", "Rebased to 100")}
KG, T_REO = "USD/kg", "USD/t REO"
PRICE_TITLE = QT_TRANSLATE_NOOP("Prices", "Oxide prices")
UNIT_TITLE = QT_TRANSLATE_NOOP("Prices", "US unit value of rare earths (current and 1998 dollars)")
QUOTA_TITLE = QT_TRANSLATE_NOOP("Prices", "China: quotas vs reported mine production")
NO_DATA = QT_TRANSLATE_NOOP("Prices", "no data for the chosen elements and years")
EXPORT_COLUMNS = ["kind", "element", "item", "basis", "year", "value", "value_low",
                  "value_high", "unit", "flag", "edition", "source_publisher", "source",
                  "source_url", "note", "id", "date", "date_precision", "title", "category",
                  "countries", "event_elements", "detail"]

@dataclass(frozen=True)
class PricesOptions:
    """This panel's options, parsed and checked from ``ViewState.options`` (whose saved keys,
    ``prices.*``, stay as they are so old bookmarks and stories open)."""

    axis: str = "log"                          # prices span two orders of magnitude
    base_year: int | None = None               # rebasing year as chosen (None: default)
    ranges: bool = True                        # year-end ranges drawn as bands
    events: bool = True                        # the event overlay shown
    categories: tuple[str, ...] | None = None  # event categories shown (None: all)

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> PricesOptions:
        """Anything a bookmark may hold (old, edited, hostile) → valid options."""
        def get(key: str, default: Any) -> Any:
            return options.get(OPTION + key, default)

        axis = get("axis", "log")
        base = get("base_year", None)
        try:
            base = int(base) if base is not None and not isinstance(base, bool) else None
        except (TypeError, ValueError, OverflowError):
            base = None
        if base is not None and not 1900 <= base <= 2030:  # the spin box's range
            base = None
        categories = get("categories", None)
        categories = tuple(str(c) for c in categories) \
            if isinstance(categories, list | tuple) else None
        return cls(axis=axis if axis in AXES else "log", base_year=base,
                   ranges=bool(get("ranges", True)), events=bool(get("events", True)),
                   categories=categories)

    @staticmethod
    def update(name: str, value: Any) -> dict[str, Any]:
        """The ``ViewState.options`` entry that sets field ``name`` to ``value``."""
        if isinstance(value, tuple):
            value = list(value)
        return {OPTION + name: value}

    def changed_fields(self, other: PricesOptions) -> set[str]:
        return {f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)}

    def base(self, year_range: tuple[int, int]) -> int:
        """The rebasing year: the chosen one, else 2015 clipped to the year range."""
        if self.base_year is not None:
            return self.base_year
        low, high = year_range
        return int(min(max(2015, low), high))

    def shown_categories(self, present: Sequence[str]) -> set[str]:
        return set(present) if self.categories is None else set(self.categories)


def point_text(row) -> str:
    value = format_number(row.value, significant=4)
    flag = flag_text(row.flag)
    return (f"{item_display(row.item)}: {value} {row.unit}{f' ({flag})' if flag else ''}\n"
            f"   {row.basis}; {row.edition}; {row.source_publisher}")


def range_text(row) -> str:
    flag = flag_text(row.flag) if row.flag != "range" else ""
    low, high = (format_number(v, digits=0) for v in (row.value_low, row.value_high))
    return (translate("Prices", "{item}: year-end range {low}–{high} {unit}").format(
            item=item_display(row.item), low=low, high=high, unit=row.unit)
            + f"{f' ({flag})' if flag else ''}\n"
            f"   {row.basis}; {row.edition}; {row.source_publisher}")


@dataclass
class Line:
    """One price series as drawn: gapped years and values, which points are estimates."""

    chart: str            # "kg" or "t"
    element: str
    item: str
    color: int            # palette index of its element (element_colors: fixed)
    dashed: bool          # the element's second and later items
    xs: np.ndarray
    ys: np.ndarray
    estimate: np.ndarray  # bool per x
    frame: pd.DataFrame   # the rows behind it (rebased when the axis is)
    user: bool = False    # your series: dotted, at its own dates, "(your data)"


@dataclass
class Band:
    """One element's year-end price ranges, drawn as a band between low and high."""

    element: str
    color: int
    xs: np.ndarray
    low: np.ndarray
    high: np.ndarray
    frame: pd.DataFrame

    @property
    def name(self) -> str:
        return translate("Prices", "{element} year-end range").format(
            element=element_display(self.element))


@dataclass
class PriceView:
    """Everything the two price charts, the note and the caption show for one choice."""

    elements: tuple[str, ...]
    year_range: tuple[int, int]
    mode: str
    base: int
    series: dict[tuple, pd.DataFrame]
    ranges: pd.DataFrame
    lines: list[Line]
    bands: list[Band]
    x_span: tuple[int, int]
    notes: list[str] = field(default_factory=list)
    texts: dict[tuple, str] = field(default_factory=dict)  # captions made for this view
    user: pd.DataFrame | None = None  # your price series' rows in range (all units)

    def legend(self, chart: str) -> list[list[LegendPart]]:
        entries: list[list[LegendPart]] = [
            [(line.color, "dot" if line.user else "dash" if line.dashed else "line",
              f"{item_display(line.item)}, {line.frame['source_publisher'].iloc[0]}"
              if line.user else item_display(line.item))]
            for line in self.lines if line.chart == chart]
        if chart == "kg":
            entries += [[(band.color, "band", band.name)] for band in self.bands]
        return entries

    def values(self, chart: str) -> np.ndarray:
        drawn = [line.ys for line in self.lines if line.chart == chart]
        if chart == "kg":
            drawn += [np.concatenate([b.low, b.high]) for b in self.bands]
        return np.concatenate(drawn) if drawn else np.array([])

    def y_range(self, chart: str) -> tuple[float, float] | None:
        return fit_range(self.values(chart), self.mode == "log", label_room=0.04)

    def has(self, chart: str) -> bool:
        return any(line.chart == chart for line in self.lines) or (
            chart == "kg" and bool(self.bands))

    def axis_label(self, unit: str) -> str:
        label = translate("Prices", "index, {base} = 100").format(base=self.base) \
            if self.mode == "rebased" else unit
        return label + (translate("Prices", " (log)") if self.mode == "log" else "")

    def title(self, chart: str) -> str:
        title = translate("Prices", PRICE_TITLE if chart == "kg" else UNIT_TITLE)
        return title + (translate("Prices", ", rebased to 100 in {base}").format(
            base=self.base) if self.mode == "rebased" else "")

    @cached_property
    def tips(self) -> dict[str, dict[int, list[str]]]:
        """Hover text per chart and year: every value drawn, with its basis and source."""
        tips: dict[str, dict[int, list[str]]] = {"kg": {}, "t": {}}
        for line in self.lines:
            add_tips(tips[line.chart], line.frame, point_text)
        for band in self.bands:
            add_tips(tips["kg"], band.frame, range_text)
        return tips


class PricesModel:
    """The panel's data, read once from the store, and the views made from it (memoised:
    several parts draw from one view)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.elements_frame = pe.price_elements(store)
        self.known_elements = list(self.elements_frame["element"])
        self.events = EventsModel(pe.events(store))
        self.all_events = self.events.all_events
        self.quotas = ap.quota_vs_output(pe.china_quotas(store), pe.china_mine_production(store))
        self._views: dict[tuple, PriceView] = {}
        self._quota_views: dict[tuple, QuotaView] = {}

    def selected_elements(self, elements: Sequence[str]) -> tuple[str, ...]:
        return tuple(pe.canonical_elements(elements, self.known_elements))

    def price_view(self, elements: Sequence[str], year_range: tuple[int, int],
                   options: PricesOptions) -> PriceView:
        chosen = self.selected_elements(elements)
        years = (int(year_range[0]), int(year_range[1]))
        key = (chosen, years, options.axis, options.base(years), options.ranges)
        if key not in self._views:
            if len(self._views) > 32:
                self._views.clear()
            self._views[key] = self._price_view(chosen, years, options)
        return self._views[key]

    def _price_view(self, elements: tuple[str, ...], years: tuple[int, int],
                    options: PricesOptions) -> PriceView:
        mode, base = options.axis, options.base(years)
        series = ap.split_series(pe.price_series(self.store, elements, years))
        ranges = pe.price_ranges(self.store, elements, years)
        colors = {code: element_index(code) for code in elements}  # fixed per element
        x_span, note = self._x_span(series, ranges, years)
        view = PriceView(elements, years, mode, base, series, ranges, [], [], x_span,
                         [note] if note else [])
        seen: dict[str, int] = {}
        for (element, item, unit), frame in series.items():
            if mode == "rebased":
                rebased = ap.rebase_frame(frame, base)
                if rebased is None:
                    view.notes.append(translate(
                        "Prices", "{item}: no price in {base}, so it cannot be rebased."
                    ).format(item=item_display(item), base=base))
                    continue
                frame = rebased
            xs, ys = ap.gapped(frame["year"], frame["value"])
            flags = dict(zip(frame["year"].astype(int), frame["flag"].fillna(""), strict=True))
            estimate = np.array([flags.get(int(x)) == "e" for x in xs], dtype=bool)
            view.lines.append(Line("kg" if unit == KG else "t", element, item,
                                   colors.get(element, 0), seen.get(element, 0) > 0,
                                   xs, ys, estimate, frame))
            seen[element] = seen.get(element, 0) + 1
        if mode != "rebased" and options.ranges:
            for element, frame in ranges.groupby("element"):
                xs, low = ap.gapped(frame["year"], frame["value_low"])
                _, high = ap.gapped(frame["year"], frame["value_high"])
                view.bands.append(Band(str(element), colors.get(element, 0), xs, low, high,
                                       frame))
        elif mode == "rebased" and len(ranges) and options.ranges:
            view.notes.append(translate(
                "Prices", "Year-end ranges are not rebased (a different price basis)."))
        self._user_lines(view, elements, years, colors)
        if not view.has("kg") and not view.has("t"):
            view.notes.append(translate(
                "Prices", "No price data for the chosen elements in {low}–{high}.").format(
                    low=years[0], high=years[1]))
        return view

    def _user_lines(self, view: PriceView, elements: tuple[str, ...], years: tuple[int, int],
                    colors: dict[str, int]) -> None:
        """Your price series beside USGS's: same colour per element, dotted (user_series)."""
        view.user = pe.user_price_series(self.store, elements, self.known_elements, years)
        drawn, notes = us.user_series(view.user, view.mode, view.base)
        view.notes += notes
        for s in drawn:
            view.lines.append(Line("kg", s.element, s.item, colors.get(s.element, 0), False,
                                   s.xs, s.ys, s.estimate, s.frame, user=True))

    @staticmethod
    def _x_span(series: dict, ranges: pd.DataFrame, years: tuple[int, int]
                ) -> tuple[tuple[int, int], str]:
        """The chosen years, trimmed to start a few years before the first price shown (the
        years before stay reachable by zooming out; the note says why they are hidden)."""
        low, high = years
        firsts = [int(f["year"].min()) for f in series.values()]
        if len(ranges):
            firsts.append(int(ranges["year"].min()))
        if not firsts or min(firsts) - 3 <= low:
            return (low, high), ""
        start = min(min(firsts) - 3, high)
        return (start, high), translate(
            "Prices", "No price data for the chosen elements before {first}; the charts "
            "start in {start}.").format(first=min(firsts), start=start)

    def notes(self, view: PriceView) -> str:
        """The note under the charts (empty: hidden)."""
        return " ".join(view.notes)

    def quota_view(self, year_range: tuple[int, int], x_start: int) -> QuotaView:
        key = (int(year_range[0]), int(year_range[1]), int(x_start))
        if key not in self._quota_views:
            if len(self._quota_views) > 32:
                self._quota_views.clear()
            frame = self.quotas[self.quotas["year"].between(key[0], key[1])]
            self._quota_views[key] = QuotaView(frame.reset_index(drop=True), key[2])
        return self._quota_views[key]

    # -- export and sources ---------------------------------------------------------------
    def export_frame(self, view: PriceView, quota: QuotaView) -> pd.DataFrame:
        """Prices and year-end ranges in range, the quota chart's rows, and events in range."""
        prices = [f.assign(kind="price") for f in view.series.values()]
        if view.user is not None and len(view.user):
            prices.append(view.user.assign(kind="your price"))
        if len(view.ranges):
            prices.append(view.ranges.assign(kind="price range"))
        frame = quota.frame.rename(columns={"series": "item", "period": "basis"})
        frame = frame.assign(kind=np.where(frame["item"] == PRODUCTION, "mine production",
                                           "quota"), element="")
        low, high = view.year_range
        events = self.all_events.assign(year=self.events.years)
        events = events[events["year"].between(low, high)]
        events = events.rename(columns={"elements": "event_elements"}).assign(kind="event")
        frames = [f for f in (*prices, frame, events) if len(f)]
        if not frames:
            return pd.DataFrame(columns=EXPORT_COLUMNS)
        return pd.concat(frames, ignore_index=True).reindex(columns=EXPORT_COLUMNS)

    @staticmethod
    def _price_frames(view: PriceView) -> list[pd.DataFrame]:
        return [*view.series.values(), *([view.ranges] if len(view.ranges) else [])]

    @staticmethod
    def _user_sources(view: PriceView) -> str:
        return us.sources_text(view.user)

    @staticmethod
    def _memo(view: PriceView, quota: QuotaView, name: str, make) -> str:
        key = (name, quota.x_start, len(quota.frame))
        if key not in view.texts:
            view.texts[key] = make(view, quota)
        return view.texts[key]

    def sources_text(self, view: PriceView, quota: QuotaView) -> str:
        """Every publisher behind what is shown (the caption's tooltip, --export-data)."""
        return self._memo(view, quota, "sources", self._sources_text)

    def caption_text(self, view: PriceView, quota: QuotaView) -> str:
        """The one-line caption; the full list of publishers is in its tooltip."""
        return self._memo(view, quota, "caption", self._caption_text)

    def _sources_text(self, view: PriceView, quota: QuotaView) -> str:
        return src.sources_text(self._price_frames(view), quota.frame, len(self.all_events),
                                self._user_sources(view))

    def _caption_text(self, view: PriceView, quota: QuotaView) -> str:
        return src.caption_text(self._price_frames(view), quota.frame, len(self.all_events),
                                self._user_sources(view))
