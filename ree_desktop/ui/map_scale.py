"""The world map's classed colour scale (Our World in Data Grapher style).

A continuous scale makes 14 of 16 producers the same colour beside China's 270,000 t, so the
map uses classes (bins) instead: log-spaced bins (1-3-10) when the values span more than a
decade and a half, evenly spaced nice bins otherwise. Zero gets its own class (a country that
produced 0 t is not a small producer), "0 or not reported" another and "no data" stays
hatched. Signed metrics (growth, CAGR) get a diverging scale whose bounds are chosen from the
data and clipped: values beyond the bound fall in an open end class and are labelled on the
map with their figure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QColor

from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

RANGE = QT_TRANSLATE_NOOP("MapLegend", "{low} to {high}")
ZERO_OR_NOT_REPORTED = QT_TRANSLATE_NOOP("MapLegend", "0 or not reported")
NO_DATA_LABEL = QT_TRANSLATE_NOOP("MapLegend", "no data")

#: ColorBrewer YlGnBu (sequential) without its near-white end, which reads as zero.
SEQUENTIAL = ["#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494",
              "#081d58"]
#: ColorBrewer RdBu (diverging, colour-blind safe): decline red, growth blue.
DIVERGING = ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3",
             "#2166ac"]
ZERO = "#d9d3c7"           # warm grey: a printed zero
ZERO_UNKNOWN = "#d9d3c7"   # drawn dotted over the zero colour: "0 or not reported"
NO_DATA = "#B0B0B0"        # hatched
NICE_BOUNDS = (5, 10, 20, 25, 50, 100, 200, 500, 1000)
MAX_BINS = 7


def format_bound(value: float) -> str:
    """Bin edges as people write them: '300', '3,000', '30k', '1.5M', '0.3'."""
    magnitude = abs(value)
    if magnitude >= 1e6:
        return f"{value / 1e6:.3g}M"
    if magnitude >= 1e4:
        return f"{value / 1e3:.3g}k"
    if magnitude >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def nice_step(raw: float) -> float:
    """The 1-2-2.5-5 step at or above ``raw``."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw * (1 - 1e-9):
            return factor * power
    return 10 * power


def log_edges(low: float, high: float) -> list[float]:
    """1-3-10 edges from below ``low`` to above ``high`` (decades only if too many bins)."""
    for mantissas in ((1, 3), (1,)):
        start = math.floor(math.log10(low)) - 1
        edges = [m * 10 ** p for p in range(start, math.ceil(math.log10(high)) + 2)
                 for m in mantissas]
        below = [e for e in edges if e <= low * (1 + 1e-9)]
        above = [e for e in edges if e >= high * (1 - 1e-9)]
        edges = [e for e in edges if below[-1] <= e <= above[0]]
        if len(edges) - 1 <= MAX_BINS:
            return edges
    return edges


def linear_edges(high: float, count: int = 5) -> list[float]:
    step = nice_step(high / count)
    return [step * i for i in range(int(math.ceil(high / step - 1e-9)) + 1)]


@dataclass(frozen=True)
class LegendEntry:
    """One swatch of the legend: its text, colour and whether it is hatched or dotted."""

    label: str
    color: str
    pattern: str = "solid"  # "solid", "hatched" (no data) or "dotted" (0 or not reported)


class ClassedScale:
    """Values → class colours. ``classify`` names a value's class index (None: no class)."""

    def __init__(self, values: list[float], log: bool = False,
                 diverging: bool | None = None, unit: str = ""):
        finite = [v for v in values if v is not None and math.isfinite(v)]
        self.unit = unit
        self.values = finite
        self.diverging = any(v < 0 for v in finite) if diverging is None else diverging
        self.has_zero = not self.diverging and any(v == 0 for v in finite)
        self.bound: float | None = None
        self.log = False
        if self.diverging:
            self.edges = self._diverging_edges(finite)
            self.colors = list(DIVERGING)
        else:
            positive = sorted(v for v in finite if v > 0)
            if not positive:
                self.edges = []
            elif positive[0] == positive[-1]:
                self.edges = [0.0, positive[-1]]
            else:
                low, high = positive[0], positive[-1]
                self.log = log or high / low >= 30
                self.edges = log_edges(low, high) if self.log else linear_edges(high)
            count = max(len(self.edges) - 1, 0)
            self.colors = [SEQUENTIAL[round(i * (len(SEQUENTIAL) - 1) / max(count - 1, 1))]
                           for i in range(count)]
        # kept for callers that read the value span
        self.low = self.edges[0] if self.edges else 0.0
        self.high = self.edges[-1] if self.edges else 1.0

    def _diverging_edges(self, finite: list[float]) -> list[float]:
        """Symmetric edges ±B, ±B/2, ±B/5 and 0, with B the nice bound at or above the 75th
        percentile of the magnitudes (so one outlier does not wash out the rest): values
        beyond fall in the end classes and are labelled."""
        magnitudes = sorted(abs(v) for v in finite) or [10.0]
        p75 = magnitudes[min(len(magnitudes) - 1, int(0.75 * len(magnitudes)))]
        bound = next((b for b in NICE_BOUNDS if b >= p75), NICE_BOUNDS[-1])
        self.bound = float(bound)
        return [-bound, -bound / 2, -bound / 5, 0.0, bound / 5, bound / 2, bound]

    def classify(self, value: float | None) -> int | None:
        """The class index of ``value``: 0.. for the bins, -1 for zero (sequential), None
        for no data."""
        if value is None or not math.isfinite(value):
            return None
        if self.diverging:
            edges = self.edges
            if value < edges[0]:
                return 0
            if value > edges[-1]:
                return len(edges)
            inner = next((i for i in range(len(edges) - 1) if value < edges[i + 1]),
                         len(edges) - 2)
            return inner + 1
        if value == 0 or not self.edges:
            return -1 if value == 0 else None
        if value < 0:
            return None
        for index in range(len(self.edges) - 1):
            if value <= self.edges[index + 1]:
                return index
        return len(self.edges) - 2

    def color(self, value: float | None) -> QColor | None:
        index = self.classify(value)
        if index is None:
            return None
        return QColor(ZERO if index == -1 else self.colors[index])

    def is_outlier(self, value: float | None) -> bool:
        """Beyond the diverging bound: written on the map with its figure."""
        return self.bound is not None and value is not None and math.isfinite(value) and \
            abs(value) > self.bound

    def bin_labels(self) -> list[str]:
        """One label a class, low to high."""
        edges = self.edges
        if self.diverging:
            between = translate("MapLegend", RANGE)
            inner = [between.format(low=format_bound(edges[i]), high=format_bound(edges[i + 1]))
                     for i in range(len(edges) - 1)]
            return [f"< {format_bound(edges[0])}", *inner, f"> {format_bound(edges[-1])}"]
        if len(edges) == 2 and edges[0] == 0:
            return [format_bound(edges[1])]
        return [f"{'> 0' if edges[i] == 0 else format_bound(edges[i])}–"
                f"{format_bound(edges[i + 1])}" for i in range(len(edges) - 1)]

    def entries(self, zero_unknown: bool = False, unit: str | None = None
                ) -> list[LegendEntry]:
        """The legend, low to high, then zero, '0 or not reported' and 'no data';
        ``unit``: the unit as shown (translated), else the scale's own."""
        unit = self.unit if unit is None else unit
        entries = [LegendEntry(label, color)
                   for label, color in zip(self.bin_labels(), self.colors, strict=True)]
        if self.diverging:  # an open end class only when a value falls in it
            used = {self.classify(v) for v in self.values}
            last = len(entries) - 1
            entries = [e for i, e in enumerate(entries) if i not in (0, last) or i in used]
        if self.has_zero:
            entries.append(LegendEntry(f"0 {unit}".strip() if unit else "0", ZERO))
        if zero_unknown:
            entries.append(LegendEntry(translate("MapLegend", ZERO_OR_NOT_REPORTED),
                                       ZERO_UNKNOWN, "dotted"))
        entries.append(LegendEntry(translate("MapLegend", NO_DATA_LABEL), NO_DATA, "hatched"))
        return entries
