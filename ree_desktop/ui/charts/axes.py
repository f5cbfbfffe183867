"""The kit's axes: an opaque grid behind the data, compact value ticks that read right on
linear and log scales, whole-year ticks, category names, and the 0-10,000 HHI scale."""

from __future__ import annotations

import functools
import math

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPen

from ree_desktop.numbers import compact_number
from ree_desktop.ui import theme


class GridAxis(pg.AxisItem):
    """An axis whose grid is drawn opaque and behind the data.

    pyqtgraph draws the grid with translucent pens above the data; Qt's raster engine
    blends every pixel of those long lines, which cost ~35 ms a frame on a 1200x700
    chart (bench/big_series.py). The same colours mixed with the chart's background and
    drawn under the data look the same and cost next to nothing.
    """

    BEHIND_DATA = -200  # under the ViewBox (z -100), which holds the data

    def setZValue(self, z: float) -> None:  # noqa: N802 (Qt API)
        super().setZValue(min(z, self.BEHIND_DATA))  # PlotItem puts axes at 0.5

    def generateDrawSpecs(self, p):  # noqa: N802 (pyqtgraph API)
        specs = super().generateDrawSpecs(p)
        if specs is None or self.grid is False:
            return specs
        axis, ticks, texts = specs
        background = self._background()
        return axis, [(opaque_pen(pen, background), start, end)
                      for pen, start, end in ticks], texts

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        """Plain numbers on a log scale (50, 100, 1,000), never "10²" or "9·10¹"."""
        return log_tick_strings(values)

    def _background(self) -> str:
        views = self.scene().views() if self.scene() is not None else []
        if views:
            return views[0].backgroundBrush().color().name()
        return theme.current().background


def plain_number(value: float) -> str:
    """A tick value as people write it: 0.5, 50, 1,000, 20k, 1.5M."""
    if abs(value) >= 1e4:
        return compact_number(value)
    return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"


def log_tick_strings(values) -> list[str]:
    """Labels for ticks at log10 positions: 1, 2 and 5 × 10^n are labelled and the ticks
    between stay blank so labels never crowd; a range inside one decade with fewer than
    two such ticks labels every tick instead."""
    plain = [10 ** float(v) for v in values]
    keep = [round(x / 10 ** math.floor(math.log10(x) + 1e-9), 6) in (1, 2, 5) for x in plain]
    if sum(keep) < 2:
        keep = [True] * len(plain)
    return [plain_number(x) if k else "" for x, k in zip(plain, keep, strict=True)]


@functools.lru_cache(maxsize=256)
def _mixed(rgba: int, background: str) -> QColor:
    color, under = QColor.fromRgba(rgba), QColor(background)
    alpha = color.alphaF()
    return QColor.fromRgbF(*(alpha * a + (1 - alpha) * b for a, b in zip(
        color.getRgbF()[:3], under.getRgbF()[:3], strict=True)))


def opaque_pen(pen: QPen, background: str) -> QPen:
    """``pen`` with its translucent colour replaced by the colour it shows on
    ``background``."""
    if pen.color().alpha() == 255:
        return pen
    solid = QPen(pen)
    solid.setColor(_mixed(pen.color().rgba(), background))
    return solid


class CompactAxis(GridAxis):
    """Value axis with short tick labels (400k, 1.2M) instead of SI prefixes in the label.

    On a log scale the ticks read as plain numbers (GridAxis.logTickStrings: 10^5 → 100k).
    """

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        if self.logMode:
            return log_tick_strings(values)
        return [compact_number(v * scale) for v in values]


class YearAxis(GridAxis):
    """Whole years only: a short range never shows 2022.5."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph API)
        levels = []
        for spacing, values in super().tickValues(minVal, maxVal, size):
            if spacing >= 1:
                levels.append((spacing, [v for v in values if float(v).is_integer()]))
        return levels or [(1.0, [float(v) for v in range(math.ceil(minVal),
                                                          math.floor(maxVal) + 1)])]


class CategoryAxis(GridAxis):
    """Names as a bar chart's category axis: ``names`` maps each bar's position to its
    label (countries on the Countries bars)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.names: dict[int, str] = {}

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph API)
        return [(1.0, sorted(self.names))]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        return [self.names.get(int(round(v)), "") for v in values]


class HundredAxis(pg.AxisItem):
    """Right axis for HHI drawn on the 0-100 % scale: labels are value × 100 (0-10,000)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        return [f"{v * 100:,.0f}" for v in values]
