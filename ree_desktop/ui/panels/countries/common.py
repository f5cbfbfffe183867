"""Shared pieces of the Countries panel's charts: axes that read right for countries and
years, a legend that keeps its entries, and each country's colour and marker."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt

from ree_desktop.ui import theme
from ree_desktop.ui.charts import CompactAxis, GridAxis, compact_number

SYMBOLS = ("o", "s", "t", "d", "star", "h")


class ValueAxis(CompactAxis):
    """Compact tick labels that also read right on a log axis (10^5 → 100k)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        if self.logMode:  # label 1, 2 and 5 × 10^n only; the others stay plain ticks
            return [compact_number(10 ** v) if round(10 ** (v % 1), 6) in (1, 2, 5) else ""
                    for v in values]
        return super().tickStrings(values, scale, spacing)


class YearAxis(GridAxis):
    """Whole years only: a short range never shows 2022.5."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph API)
        levels = []
        for spacing, values in super().tickValues(minVal, maxVal, size):
            if spacing >= 1:
                levels.append((spacing, [v for v in values if float(v).is_integer()]))
        return levels or [(1.0, [float(v) for v in range(math.ceil(minVal),
                                                          math.floor(maxVal) + 1)])]


class SeriesLegend(pg.LegendItem):
    """A legend that keeps each entry (marker sample and label) while its series stays
    listed: making the rich-text labels anew was a third of a country change's redraw.
    Clicking an entry toggles its series (pyqtgraph's own behaviour)."""

    MAX_COLUMNS = 6

    def show_entries(self, entries: list[tuple[pg.PlotDataItem, str]]) -> None:
        """List exactly ``entries`` (series, label), in order, up to six to a row."""
        if [(sample.item, label.text) for sample, label in self.items] == entries:
            return
        kept = {id(sample.item): (sample, label) for sample, label in self.items}
        while self.layout.count():
            self.layout.removeAt(self.layout.count() - 1)
        self.items = [self._entry(kept.pop(id(item), None), item, name)
                      for item, name in entries]
        for sample, label in kept.values():
            for part in (sample, label):
                part.close()
                if part.scene() is not None:  # PySide does not remove closed items
                    part.scene().removeItem(part)
        self.columnCount = min(max(len(self.items), 1), self.MAX_COLUMNS)
        for index, (sample, label) in enumerate(self.items):
            row, column = divmod(index, self.columnCount)
            self.layout.addItem(sample, row, 2 * column,
                                alignment=Qt.AlignmentFlag.AlignVCenter)
            self.layout.addItem(label, row, 2 * column + 1)
        self.rowCount = math.ceil(len(self.items) / self.columnCount)
        self.updateSize()

    def _entry(self, entry, item, name: str):
        if entry is None:
            sample = self.sampleType(item)
            sample.sigClicked.connect(self.sigSampleClicked)
            return sample, pg.LabelItem(name, color=self.opts["labelTextColor"],
                                        justify="left", size=self.opts["labelTextSize"])
        if entry[1].text != name:
            entry[1].setText(name)
        return entry


def below_legend(plot: pg.PlotWidget) -> SeriesLegend:
    """A legend in the plot's layout under the axis, so it never hides data."""
    chart = theme.current()
    legend = SeriesLegend(labelTextColor=chart.foreground, frame=False, horSpacing=14,
                          labelTextSize="9pt")
    plot.getPlotItem().layout.addItem(legend, 4, 1)
    return legend


class CountryAxis(GridAxis):
    """Country names as the bar chart's category axis."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.names: dict[int, str] = {}

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph API)
        return [(1.0, sorted(self.names))]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        return [self.names.get(int(round(v)), "") for v in values]


def assign_styles(countries) -> dict[str, tuple[str, str]]:
    """A colour and marker per country: fixed colours first (China is always vermilion),
    then unused palette colours; past eight countries the marker shape tells them apart."""
    palette = list(theme.current().series)
    fixed = {c: theme.COUNTRY_COLORS[c] for c in countries if c in theme.COUNTRY_COLORS}
    free = [c for c in palette if c not in fixed.values()]
    styles, next_free = {}, 0
    for index, code in enumerate(countries):
        if code in fixed:
            color = fixed[code]
        else:
            color = free[next_free % len(free)]
            next_free += 1
        styles[code] = (color, SYMBOLS[(index // len(palette)) % len(SYMBOLS)])
    return styles
