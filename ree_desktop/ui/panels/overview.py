"""Overview: the headline figures for the latest year with data, each with a sparkline.

Clicking a card opens the panel that explains it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ree_desktop.data.store import flag_text
from ree_desktop.numbers import format_number
from ree_desktop.ui import theme
from ree_desktop.ui.charts import CompactAxis, SourceCaption, gapped, restyle, series_pen
from ree_desktop.ui.panels.base import Panel

if TYPE_CHECKING:  # pandas loads after the first frame (app.show_then_load)
    import pandas as pd

    from ree_desktop.analysis import headlines as hl


def format_headline_value(headline: hl.Headline) -> str:
    """The card's big figure: whole numbers, growth rates to one decimal."""
    return format_number(headline.value, headline.unit,
                         digits=1 if headline.unit.endswith("a year") else 0)


class HeadlineCard(QFrame):
    """One headline: title, big figure, year and flag, detail, sparkline, source."""

    clicked = Signal(str)

    def __init__(self, headline: hl.Headline, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = headline
        self.setObjectName(f"card_{headline.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        title = QLabel(headline.title, objectName="cardTitle")
        title.setWordWrap(True)
        self.value_label = QLabel(format_headline_value(headline), objectName="cardValue")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value_label.setFont(font)
        year = f"{headline.year}" if headline.year else "latest year: none"
        flag = flag_text(headline.flag)
        self.year_label = QLabel(year + (f" · {flag}" if flag else ""), objectName="cardYear")
        detail = QLabel(headline.detail, objectName="cardDetail")
        detail.setWordWrap(True)
        self.sparkline = pg.PlotWidget(background=theme.current().background,
                                       axisItems={"left": CompactAxis("left")})
        self.sparkline.setFixedHeight(80)
        item = self.sparkline.getPlotItem()
        item.getAxis("bottom").setStyle(tickLength=-4)
        # A sparse value axis: without it a sparkline of shares or prices misleads.
        item.getAxis("left").setStyle(tickLength=-4, maxTickLevel=0)
        item.getAxis("left").setWidth(44)
        self.sparkline.setMouseEnabled(False, False)
        self.sparkline.getPlotItem().setMenuEnabled(False)
        self.sparkline.hideButtons()
        self._draw_sparkline()
        source = SourceCaption(headline.source or "no source: no data")
        for widget in (title, self.value_label, self.year_label, detail, self.sparkline, source):
            layout.addWidget(widget)
        layout.addStretch(1)

    def restyle(self, chart: theme.ChartTheme) -> None:
        """The sparkline in the new theme's colours (the card is not rebuilt)."""
        restyle(self.sparkline, chart)
        self.sparkline.clear()
        self._draw_sparkline()

    def _draw_sparkline(self) -> None:
        history = self.headline.history.dropna()
        if history.empty:
            return
        color = theme.series_color(0)
        split = self.headline.dashed_from
        observed = history if split is None else history[history.index < split]
        projected = None if split is None else history[history.index >= split - 1]
        if len(observed):
            years, values = gapped(observed)
            has_gaps = bool(np.isnan(values).any()) or len(observed) < 4
            self.sparkline.plot(years, values, pen=series_pen(color, 2), connect="finite",
                                symbol="o" if has_gaps else None, symbolSize=5,
                                symbolBrush=color, symbolPen=color)
        if projected is not None and len(projected) > 1:
            self.sparkline.plot(projected.index.to_numpy(), projected.to_numpy(),
                                pen=series_pen(color, 2, dashed=True))

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.headline.target_panel:
            self.clicked.emit(self.headline.target_panel)
        super().mousePressEvent(event)


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
        heading = QLabel("Rare earths at a glance: the latest year with data",
                         objectName="panelHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)
        note = QLabel("Each figure is the newest the bundled sources give, with its year, "
                      "flag and source. Click a card to open its panel.")
        note.setWordWrap(True)
        outer.addWidget(note)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll.setWidget(self.grid_host)
        outer.addWidget(scroll, 1)

    def headlines(self) -> list[hl.Headline]:
        """The six headlines, computed once per data version (~200 ms from the frames)."""
        version = self.store.version()
        if self._headlines is None or self._headlines[0] != version:
            self._headlines = (version, self._compute_headlines())
        return self._headlines[1]

    def _compute_headlines(self) -> list[hl.Headline]:
        from ree_desktop.analysis import headlines as hl

        production = self.store.mine_production(preferred_only=False)
        chain = self.store.observations("value_chain_shares")
        prices = self.store.prices(elements=["Nd+Pr"])
        demand = self.store.observations("demand_projections")
        return [
            hl.world_production(production),
            hl.china_mining_share(production),
            hl.china_stage_share(chain, "refining", "China's share of separation/refining"),
            hl.china_stage_share(chain, "magnet", "China's share of magnet making"),
            hl.latest_price(prices, "Nd+Pr"),
            hl.demand_growth(demand, "STEPS", 2040),
        ]

    def refresh(self) -> None:
        super().refresh()
        from PySide6.QtWidgets import QApplication

        columns = 3 if self.width() >= 900 or not self.isVisible() else 2
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
        self.grid.setRowStretch(self.grid.rowCount(), 1)

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
