"""Qt helpers shared by the Prices & events parts: the legend under a chart, a colour
swatch, a model colour made concrete in the current theme, and the one plot restyle."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from ree_desktop.ui import theme


def resolve(color: int | str | None) -> str:
    """A model colour (series index, hex, or None for the foreground) in the current theme."""
    if color is None:
        return theme.current().foreground
    if isinstance(color, int):
        return theme.series_color(color)
    return color


class ChartLegend(QLabel):
    """A legend under a chart (never over the data or the event labels).

    An entry is one or more (colour, glyph, text) parts kept together on one line.
    """

    GLYPHS = {"line": "━●━", "dash": "╍●╍", "dot": "┈●┈", "band": "▆", "bar": "█", "diamond": "◇",
              "triangle": "△"}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartLegend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.entries: list[list[tuple[str, str, str]]] = []

    def clear(self) -> None:
        self.entries = []
        self.setText("")

    def add(self, color: str, glyph: str, text: str) -> None:
        self.add_group([(color, glyph, text)])

    def add_group(self, parts: list[tuple[str, str, str]]) -> None:
        self.set_entries([*self.entries, parts])

    def set_entries(self, entries: list[list[tuple[str, str, str]]]) -> None:
        """Show these entries (the text is set only when it changes: a re-layout costs)."""
        self.entries = [list(entry) for entry in entries]
        html_entries = [" ".join(self._part(*part) for part in entry) for entry in self.entries]
        hollow = any(g in ("line", "dash", "dot") for entry in self.entries for _, g, _ in entry)
        text = " &nbsp;&nbsp; ".join(html_entries) + (
            " &nbsp;&nbsp; ○&nbsp;hollow&nbsp;marker&nbsp;=&nbsp;estimate" if hollow else "")
        if text != self.text():
            self.setText(text)

    def _part(self, color: str, glyph: str, text: str) -> str:
        words = html.escape(text).replace(" ", "&nbsp;").replace("-", "&#8209;")
        return f"<span style='color:{color}'>{self.GLYPHS.get(glyph, glyph)}</span>&nbsp;{words}"

    def texts(self) -> list[str]:
        return [text for entry in self.entries for _, _, text in entry]


def legend_entries(entries) -> list[list[tuple[str, str, str]]]:
    """A model's legend entries with their colours made concrete."""
    return [[(resolve(color), glyph, text) for color, glyph, text in entry]
            for entry in entries]


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def restyle(plot: pg.PlotWidget, chart: theme.ChartTheme) -> None:
    """Re-colour a plot built with the previous theme."""
    plot.setBackground(chart.background)
    item = plot.getPlotItem()
    item.showGrid(x=True, y=True, alpha=chart.grid_alpha)
    for side in ("left", "bottom"):
        item.getAxis(side).setPen(pg.mkPen(chart.foreground))
        item.getAxis(side).setTextPen(pg.mkPen(chart.foreground))


class ItemPool:
    """Plot items (or tuples of items drawn together) made once and reused (setData), on
    the plot only while in use: making and adding items was most of a redraw."""

    def __init__(self, plot: pg.PlotWidget, make) -> None:
        self.plot = plot
        self.make = make
        self.items: list = []
        self.used = 0

    def take(self):
        if self.used == len(self.items):
            self.items.append(self.make())
        item = self.items[self.used]
        self.used += 1
        for part in item if isinstance(item, tuple) else (item,):
            if part.scene() is None:
                self.plot.addItem(part)
        return item

    def start(self) -> None:
        self.used = 0

    def finish(self) -> None:
        """Take the items not used in this draw off the plot (kept for the next draw)."""
        for item in self.items[self.used:]:
            for part in item if isinstance(item, tuple) else (item,):
                if part.scene() is not None:
                    self.plot.removeItem(part)
