"""The kit's legends: pyqtgraph's in-plot legend, a legend row under the axis that keeps
its entries between redraws, a rich-text legend under a chart, and colour swatches.

In-plot legends draw their labels at a fixed point size; presentation mode enlarges them with
:func:`set_legend_scale` (every live legend follows at once) and resets the scale on leaving.
"""

from __future__ import annotations

import html
import math
import weakref

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ree_desktop.ui import theme
from ree_desktop.ui.charts.plot import font_ratio
from ree_desktop.ui.charts.titles import wrap_words

LEGEND_POINT_SIZE = 9.0
_scale = 1.0
_legends: weakref.WeakSet = weakref.WeakSet()


def legend_text_size() -> str:
    """The in-plot legends' label size now: ``"9pt"`` at the usual font, larger while
    presenting, and growing (as chart titles do, more slowly than the font) with the font
    size the user picks: at 20 pt the legends stayed 9 pt beside 20 pt axis labels."""
    scale = max(_scale, max(font_ratio(), 1.0) ** 0.5)
    return f"{round(LEGEND_POINT_SIZE * scale, 2):g}pt"


def legend_scale() -> float:
    return _scale


def set_legend_scale(scale: float) -> None:
    """Scale every in-plot legend's labels (presentation mode sets it, and 1.0 on leaving)."""
    global _scale
    _scale = max(0.5, float(scale))
    refresh_legend_sizes()


def refresh_legend_sizes() -> None:
    """Give every live in-plot legend the size :func:`legend_text_size` says now (after the
    presentation scale or the application's font size changed)."""
    size = legend_text_size()
    for legend in list(_legends):
        try:
            legend.opts["labelTextSize"] = size
            for _sample, label in legend.items:
                label.setText(label.text, size=size)
            legend.updateSize()
        except RuntimeError:  # its plot was deleted
            continue


_font_watched: list[QApplication] = []


def _register(legend: pg.LegendItem) -> pg.LegendItem:
    _legends.add(legend)
    app = QApplication.instance()
    if app is not None and not any(watched is app for watched in _font_watched):
        # the font control and presentation mode change the application font, whoever
        # changes it: the legends follow (a signal, not an event filter on every event)
        _font_watched[:] = [app]
        app.fontChanged.connect(lambda _font: refresh_legend_sizes())
    return legend


def add_legend(plot: pg.PlotWidget) -> pg.LegendItem:
    """A legend whose entries toggle their series on click (pyqtgraph's own behaviour)."""
    chart = theme.current()
    legend = plot.getPlotItem().addLegend(offset=(10, 10), labelTextColor=chart.foreground,
                                          brush=pg.mkBrush(chart.background + "CC"),
                                          labelTextSize=legend_text_size())
    return _register(legend)


class SeriesLegend(pg.LegendItem):
    """A legend that keeps each entry (marker sample and label) while its series stays
    listed: making the rich-text labels anew was a third of a country change's redraw.
    Clicking an entry toggles its series (pyqtgraph's own behaviour)."""

    MAX_COLUMNS = 6

    def show_entries(self, entries: list[tuple[pg.PlotDataItem, str]]) -> None:
        """List exactly ``entries`` (series, label), in order, up to six to a row."""
        if [(sample.item, label.text) for sample, label in self.items] == entries and \
                self.columnCount == min(max(len(entries), 1), self.MAX_COLUMNS):
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


def _legend_font(font: QFont) -> QFont:
    font = QFont(font)
    font.setPointSizeF(float(legend_text_size()[:-2]))  # the legend's own size
    return font


def fit_name(name: str, font: QFont, room: float) -> str:
    """A legend name wider than ``room`` broken onto lines (HTML), so that one long name
    (your path with its source) does not widen the chart past the window."""
    font = _legend_font(font)
    if QFontMetrics(font).horizontalAdvance(name) <= room - 44:
        return name
    return "<br>".join(html.escape(line, quote=False)
                       for line in wrap_words(name, font, room - 44))


def fitting_columns(names: list[str], font: QFont, room: float) -> int:
    """How many legend columns (at most six) the names fit in across ``room`` pixels."""
    metrics = QFontMetrics(_legend_font(font))
    widths = [metrics.horizontalAdvance(name) for name in names]
    for columns in range(SeriesLegend.MAX_COLUMNS, 1, -1):
        if sum(max(widths[c::columns], default=0) + 44 for c in range(columns)) <= room:
            return columns
    return 1


def below_legend(plot: pg.PlotWidget) -> SeriesLegend:
    """A legend in the plot's layout under the axis, so it never hides data."""
    chart = theme.current()
    legend = SeriesLegend(labelTextColor=chart.foreground, frame=False, horSpacing=14,
                          labelTextSize=legend_text_size())
    plot.getPlotItem().layout.addItem(legend, 4, 1)
    return _register(legend)


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
        estimate = html.escape(keep_together(self.tr("hollow marker = estimate"))).replace(
            " ", "&nbsp;")
        text = " &nbsp;&nbsp; ".join(html_entries) + (
            f" &nbsp;&nbsp; ○&nbsp;{estimate}" if hollow else "")
        if text != self.text():
            self.setText(text)

    def _part(self, color: str, glyph: str, text: str) -> str:
        words = html.escape(keep_together(text)).replace(" ", "&nbsp;").replace("-", "&#8209;")
        return f"<span style='color:{color}'>{self.GLYPHS.get(glyph, glyph)}</span>&nbsp;{words}"

    def texts(self) -> list[str]:
        return [text for entry in self.entries for _, _, text in entry]


WORD_JOINER = "\u2060"


def keep_together(text: str) -> str:
    """``text`` with a word joiner between CJK characters: Chinese has no spaces, so the
    legend wrapped inside an entry ("Tb 年末价格区" | "间") where English keeps whole entries
    (its spaces are non-breaking)."""
    out = []
    for index, char in enumerate(text):
        if index and (ord(char) > 0x2E7F or ord(text[index - 1]) > 0x2E7F):
            out.append(WORD_JOINER)
        out.append(char)
    return "".join(out)


def legend_entries(entries) -> list[list[tuple[str, str, str]]]:
    """A model's legend entries (colours as series index, hex or None) made concrete."""
    return [[(resolve(color), glyph, text) for color, glyph, text in entry]
            for entry in entries]


def swatch(color: str) -> QIcon:
    """A small square of ``color`` for a list or menu entry."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
