"""Chart helpers shared by the Value chain panel's parts (Qt): one colour per segment for the
whole panel and the 0-100 % axis with legend headroom (the HHI axis and the theme restyle
are the chart kit's: ree_desktop.ui.charts)."""

from __future__ import annotations

from collections.abc import Iterable

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics

from ree_desktop.analysis import value_chain as vc
from ree_desktop.ui import theme
from ree_desktop.ui.panels.value_chain.model import Segment

LUMP_COLOR = "#999999"
UNSTATED_COLOR = "#C8C8C8"
# End uses are not countries: a purple family of their own, so no use looks like a country.
USE_COLORS = ("#54278F", "#9E9AC8", "#CBC9E2", "#756BB1", "#DADAEB", "#3F007D")
LEGEND_HEADROOM = 138.0  # y range of the % charts: the legend row sits above 100 %
PERCENT_TICKS = [(v, str(v)) for v in range(0, 101, 20)]


def ink_fits(font: QFont, text: str, pixels: float) -> bool:
    """Whether ``text``'s drawn glyphs (fallback fonts included) fit ``pixels`` high."""
    return QFontMetrics(font).tightBoundingRect(text).height() <= pixels + 1


def percent_axis(plot: pg.PlotWidget, right: bool = False) -> None:
    """Ticks 0-100 only, so the headroom kept for the legend carries no misleading ticks."""
    item = plot.getPlotItem()
    item.getAxis("left").setTicks([PERCENT_TICKS])
    if right:
        item.getAxis("right").setTicks([[(v, f"{v * 100:,}") for v, _ in PERCENT_TICKS]])


def is_dark(color: str) -> bool:
    qcolor = QColor(color)
    return (0.299 * qcolor.red() + 0.587 * qcolor.green() + 0.114 * qcolor.blue()) < 150


class ColorBook:
    """One colour per segment for the whole panel, so China is the same colour everywhere."""

    def __init__(self) -> None:
        self.colors: dict[str, str] = {}
        self.use_colors: dict[str, str] = {}
        self._next = 0
        self.years: set[int] = set()   # years whose segments were given colours
        self.columns: dict[tuple[str, int], dict[str, str]] = {}  # (stage, year) → colours

    def color(self, segment: str, kind: str) -> str:
        if segment == vc.UNSTATED:
            return UNSTATED_COLOR
        if kind == "lump" or segment in vc.REGION_LUMPS:
            return LUMP_COLOR
        if kind == "use":
            if segment not in self.use_colors:
                self.use_colors[segment] = USE_COLORS[len(self.use_colors) % len(USE_COLORS)]
            return self.use_colors[segment]
        if segment in theme.COUNTRY_COLORS:
            return theme.COUNTRY_COLORS[segment]
        if segment not in self.colors:
            reserved = set(theme.COUNTRY_COLORS.values())
            free = [c for c in theme.current().series if c not in reserved]
            unused = [c for c in free if c not in self.colors.values()]
            index = self._next % len(free)
            self._next += 1
            # Okabe-Ito first, through theme.series_color; reuse only once all are taken.
            self.colors[segment] = unused[0] if unused else theme.series_color(
                theme.current().series.index(free[index]), segment)
        return self.colors[segment]

    def assign(self, largest_first: Iterable[Segment]) -> None:
        """Give colours to the largest segments first, so small slivers reuse colours."""
        for row in largest_first:
            self.color(row.segment, row.segment_kind)


class SegmentBar(pg.BarGraphItem):
    """A bar segment whose bounding rectangle is computed once per geometry and view
    transform (pyqtgraph recomputes it, with the pixel size, on every call: a third of a
    year change went there)."""

    _rect: QRectF | None = None

    def setOpts(self, **opts) -> None:  # noqa: N802 (pyqtgraph API)
        self._rect = None
        super().setOpts(**opts)
        self._rect = None

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph API)
        self._rect = None
        super().viewTransformChanged()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        if self._rect is None:
            self._rect = super().boundingRect()
        return QRectF(self._rect)
