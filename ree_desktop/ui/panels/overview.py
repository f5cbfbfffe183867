"""Overview: the headline figures for the latest year with data, each with a sparkline.

Clicking a card opens the panel that explains it. The figures come from the bundled
database's ``headlines`` table (computed when it was built), so the first panel needs
neither pandas nor the analysis layer; when the user database holds rows of a dataset they
read, they are computed live by ``analysis.headlines`` instead.

Texts are in the interface's language: the cards' titles and details are written from the
stored figures with translated templates (``HeadlineRow.shown_title``), the source line keeps
the publication's own title (data text).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.data.headline_table import HeadlineRow, read_headlines, user_has_headline_data
from ree_desktop.data.store import flag_text
from ree_desktop.numbers import format_number
from ree_desktop.ui import theme
from ree_desktop.ui.charts import CompactAxis, SourceCaption, restyle, series_pen
from ree_desktop.ui.panels.base import Panel

if TYPE_CHECKING:  # pandas only for an export or live headlines (docs/benchmarks.md)
    import pandas as pd


def gapped_points(years: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(years, values) with NaN in every missing year, so a line never bridges a gap."""
    if len(years) == 0:
        return np.array([]), np.array([])
    low = int(years.min())
    filled = np.arange(low, int(years.max()) + 1)
    out = np.full(len(filled), np.nan)
    out[years.astype(int) - low] = values
    return filled, out


def format_headline_value(headline: HeadlineRow) -> str:
    """The card's big figure: whole numbers, growth rates to one decimal."""
    return format_number(headline.value, headline.unit,
                         digits=1 if headline.unit.endswith("a year") else 0)


def sparse_ticks(levels: list, low: float, high: float, pixels: float, room: float,
                 ends: bool = False) -> list:
    """Only the major ticks in ``low``-``high``, every n-th one, so that each label gets
    ``room`` pixels (at 16 and 20 pt a sparkline's labels were drawn over each other);
    of the n ways to pick them, the one with most labels clear of the ends (a year axis
    does not draw labels its ends would cut) unless ``ends`` (a value axis shows them)."""
    if not levels:
        return levels
    spacing, values = levels[0]
    values = [v for v in values if low <= v <= high]
    fit = max(2, int(pixels // max(room, 1.0)))
    step = max(1, math.ceil(len(values) / fit))
    span = (high - low) or 1.0

    def clear(value: float) -> bool:
        at = (value - low) / span * pixels
        return ends or room / 2 <= at <= pixels - room / 2

    start = max(range(step), key=lambda first: sum(map(clear, values[first::step])))
    return [(spacing * step, values[start::step])]


def _tick_metrics(axis: pg.AxisItem) -> QFontMetrics:
    return QFontMetrics(axis.style.get("tickFont") or QApplication.font())


class SparkValueAxis(CompactAxis):
    """A sparkline's value axis: as many labels as fit one above the other."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph API)
        room = _tick_metrics(self).height() * 1.15
        levels = super().tickValues(minVal, maxVal, size)
        return sparse_ticks(levels, minVal, maxVal, size, room, ends=True)


class SparkYearAxis(pg.AxisItem):
    """A sparkline's year axis: as many years as fit side by side."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph API)
        room = _tick_metrics(self).horizontalAdvance("2020") * 1.6
        levels = super().tickValues(minVal, maxVal, size)
        return sparse_ticks(levels, minVal, maxVal, size, room)


def value_font(base: QFont) -> QFont:
    """The card's big figure: twice the text size, bold."""
    font = QFont(base)
    font.setPointSizeF(font.pointSizeF() * 2.0)
    font.setBold(True)
    return font


class HeadlineCard(QFrame):
    """One headline: title, big figure, year and flag, detail, sparkline, source."""

    clicked = Signal(str)

    def __init__(self, headline: HeadlineRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = headline
        self.setObjectName(f"card_{headline.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        title = QLabel(headline.shown_title(), objectName="cardTitle")
        title.setWordWrap(True)
        self.value_label = QLabel(format_headline_value(headline), objectName="cardValue")
        self.value_label.setFont(value_font(self.value_label.font()))
        year = f"{headline.year}" if headline.year else self.tr("latest year: none")
        flag = flag_text(headline.flag)
        self.year_label = QLabel(year + (f" · {flag}" if flag else ""), objectName="cardYear")
        detail = QLabel(headline.shown_detail(), objectName="cardDetail")
        detail.setWordWrap(True)
        # enableMenu=False: no context menu is built only to be dropped (start-up time).
        self.sparkline = pg.PlotWidget(background=theme.current().background,
                                       axisItems={"left": SparkValueAxis("left"),
                                                  "bottom": SparkYearAxis("bottom")},
                                       enableMenu=False)
        # Taller and a wider value axis at large fonts: room for two labels and "400k".
        metrics = QFontMetrics(QApplication.font())
        self.sparkline.setFixedHeight(max(80, round(metrics.height() * 4.2)))
        item = self.sparkline.getPlotItem()
        item.getAxis("bottom").setStyle(tickLength=-4)
        item.setContentsMargins(0, metrics.height() / 3, 4, 0)  # the top label is not cut
        # A sparse value axis: without it a sparkline of shares or prices misleads.
        item.getAxis("left").setStyle(tickLength=-4, maxTickLevel=0)
        item.getAxis("left").setWidth(max(44, metrics.horizontalAdvance("400k") + 14))
        self.sparkline.setMouseEnabled(False, False)
        self.sparkline.getPlotItem().setMenuEnabled(False)
        self.sparkline.hideButtons()
        self._draw_sparkline()
        source = SourceCaption()
        # The publication's title as published (data text); the words around it translated.
        source.setText(self.tr("Source: {source}").format(source=headline.source)
                       if headline.source else self.tr("no source: no data"))
        source.setProperty("dataText", bool(headline.source))
        self.source_label = source
        for widget in (title, self.value_label, self.year_label, detail, self.sparkline, source):
            layout.addWidget(widget)
        layout.addStretch(1)

    def restyle(self, chart: theme.ChartTheme) -> None:
        """The sparkline in the new theme's colours (the card is not rebuilt)."""
        restyle(self.sparkline, chart)
        self.sparkline.clear()
        self._draw_sparkline()

    def _draw_sparkline(self) -> None:
        if not self.headline.history:
            return
        years = np.array([year for year, _ in self.headline.history], dtype=np.int64)
        values = np.array([value for _, value in self.headline.history], dtype=float)
        color = theme.series_color(0)
        split = self.headline.dashed_from
        observed = np.ones(len(years), bool) if split is None else years < split
        if observed.any():
            line_years, line_values = gapped_points(years[observed], values[observed])
            has_gaps = bool(np.isnan(line_values).any()) or int(observed.sum()) < 4
            self.sparkline.plot(line_years, line_values, pen=series_pen(color, 2),
                                connect="finite", symbol="o" if has_gaps else None,
                                symbolSize=5, symbolBrush=color, symbolPen=color)
        if split is not None:
            projected = years >= split - 1
            if projected.sum() > 1:
                self.sparkline.plot(years[projected], values[projected],
                                    pen=series_pen(color, 2, dashed=True))

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.headline.target_panel:
            self.clicked.emit(self.headline.target_panel)
        super().mousePressEvent(event)


#: About how many average characters wide a card must be to show its figure and sparkline.
CARD_CHARS = 28
#: A card's frame, margins and the grid's spacing around its widest line, in pixels.
CARD_PADDING = 48


class OverviewPanel(Panel):
    name = "overview"
    title = "Overview"
    #: Headlines are the newest bundled figures: no filter or panel option changes them.
    watches = frozenset({"theme"})

    def __init__(self, store, state, parent=None):
        super().__init__(store, state, parent)
        self.cards: list[HeadlineCard] = []
        #: What the cards were built from: (data version, font size, columns); a theme
        #: change alone restyles them (rebuilding six charts cost ~70 ms each).
        self._cards_key: tuple | None = None
        self._headlines: tuple | None = None
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Rare earths at a glance: the latest year with data"),
                         objectName="panelHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)  # large fonts and the taller Chinese glyphs
        outer.addWidget(heading)
        note = QLabel(self.tr("Each figure is the newest the bundled sources give, with its "
                              "year, flag and source. Click a card to open its panel."))
        note.setWordWrap(True)
        outer.addWidget(note)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll.setWidget(self.grid_host)
        outer.addWidget(scroll, 1)

    def draws_quickly(self) -> bool:
        """True when the stored headlines apply: the cards can be in the first frame."""
        conn = self.store.conn
        return not user_has_headline_data(conn) and read_headlines(conn) is not None

    def headlines(self) -> list[HeadlineRow]:
        """The six headlines, read once per data version."""
        version = self.store.version()
        if self._headlines is None or self._headlines[0] != version:
            self._headlines = (version, self._read_headlines())
        return self._headlines[1]

    def _read_headlines(self) -> list[HeadlineRow]:
        """Stored at build time unless the user's data may change them (then live)."""
        conn = self.store.conn
        if not user_has_headline_data(conn):
            stored = read_headlines(conn)
            if stored is not None:
                return stored
        from ree_desktop.analysis.headlines import from_store

        return [HeadlineRow.from_headline(headline) for headline in from_store(self.store)]

    def refresh(self) -> None:
        super().refresh()
        columns = self.columns()
        headlines = self.headlines()
        key = (self._headlines[0], QApplication.font().pointSizeF(), columns)
        if self.cards and key == self._cards_key:
            chart = theme.current()
            for card in self.cards:
                card.restyle(chart)
            return
        self._cards_key = key
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for index, headline in enumerate(headlines):
            card = HeadlineCard(headline)
            card.clicked.connect(self._open_panel)
            self.grid.addWidget(card, index // columns, index % columns)
            self.cards.append(card)
        for column in range(self.grid.columnCount()):  # equal columns, as many as shown
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    def columns(self) -> int:
        """Three cards a row, two under 900 px, fewer where the font makes a card wider than
        a third of the panel (large fonts: no card is cut off at the side)."""
        columns = 3 if self.width() >= 900 or not self.isVisible() else 2
        if not self.isVisible():
            return columns
        # The application's font: a size just picked may not have reached this widget yet.
        font = QApplication.font()
        card = QFontMetrics(font).averageCharWidth() * CARD_CHARS
        # The big figure does not wrap: a card is at least as wide as the widest one.
        big = QFontMetrics(value_font(font))
        for headline in self.headlines():
            card = max(card, big.horizontalAdvance(format_headline_value(headline))
                       + CARD_PADDING)
        room = self.width() - CARD_PADDING // 2  # the scroll bar
        return max(1, min(columns, room // max(card, 1)))

    def _open_panel(self, panel: str) -> None:
        from ree_desktop.ui.panels import panel_names

        if panel in panel_names():
            self.state.update(panel=panel)

    def export_frame(self) -> pd.DataFrame:
        import pandas as pd

        rows = []
        for headline in self.headlines():
            rows.append({"headline": headline.title, "year": headline.year,
                         "value": headline.value, "unit": headline.unit,
                         "flag": headline.flag, "detail": headline.detail,
                         "source": headline.source})
        return pd.DataFrame(rows)

    def sources_text(self) -> str:
        return "; ".join(dict.fromkeys(card.headline.source for card in self.cards))


PANEL = OverviewPanel
