"""Value chain: who holds each stage, from mine to magnet, and how concentrated it is.

Top: one stacked bar per stage (mining → separation/refining → metals & alloys → magnets →
end uses) for the selected year. Below: concentration over time for the stage picked, the
stage's detail (its rows and a time series by country), and where the ore comes from
(deposit make-up and Bayan Obo).

This module holds the controls and the layout; each stage column, chart and table is a Part
(stage_column.py, concentration.py, detail.py, deposits.py) and everything they show comes
from the Qt-free model.py / detail_model.py. A change reaches only the parts that watch it,
and a part whose inputs did not change is not redrawn.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.analysis import value_chain as vc
from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.binding import bind
from ree_desktop.ui.charts import SourceCaption
from ree_desktop.ui.panels.base import Panel, Part
from ree_desktop.ui.panels.value_chain import detail_model as dm
from ree_desktop.ui.panels.value_chain import model as m
from ree_desktop.ui.panels.value_chain import user_stages as us
from ree_desktop.ui.panels.value_chain.common import ColorBook
from ree_desktop.ui.panels.value_chain.concentration import ConcentrationPart
from ree_desktop.ui.panels.value_chain.deposits import DepositsPart
from ree_desktop.ui.panels.value_chain.detail import DetailPart
from ree_desktop.ui.panels.value_chain.stage_column import StageColumn
from ree_desktop.ui.panels.value_chain.stage_part import StageColumnPart
from ree_desktop.ui.panels.value_chain.stage_row import ScrollBody, StageRow, scaled_font

HEADING_SCALE = 1.4


class HeadingPart(Part):
    """The headline (China's share per stage) and the source caption of the year shown."""

    watches = frozenset({"year"})

    def __init__(self, panel: ValueChainPanel) -> None:
        super().__init__()
        self.panel = panel

    def key(self):
        return int(self.panel.state.year)

    def draw(self) -> None:
        _largest, heading, sources = self.panel.model.year_view(int(self.panel.state.year))
        self.panel.heading.setText(heading)
        self.panel.caption.set_sources(sources)


class DetailColorsPart(Part):
    """Gives the detail chart's segments their colours after the stage bars', whether or not
    the detail tab shows: the colour book hands out colours in the order it meets segments,
    so this keeps every colour as before the panel was split into parts."""

    watches = frozenset({"year", "stage", "year_range"})

    def __init__(self, panel: ValueChainPanel) -> None:
        super().__init__()
        self.panel = panel

    def key(self):
        stage = self.panel.current_stage()
        return (int(self.panel.state.year), stage,
                tuple(self.panel.state.year_range) if stage == "mining" else None)

    def draw(self) -> None:
        panel = self.panel
        for segment in panel.detail_lines(panel.current_stage()).columns:
            panel.segment_color(str(segment))


class ValueChainPanel(Panel):
    name = "value-chain"
    title = "Value chain"
    watches = frozenset({"year", "year_range", "stage", "options", "theme"})
    options_type = m.ValueChainOptions

    def __init__(self, store, state, parent=None):
        super().__init__(store, state, parent)
        self._options: tuple[dict, m.ValueChainOptions] | None = None
        self.model = m.ValueChainModel(store, self.options.source)
        self._models = {self.model.source: self.model}  # one per source choice (issue 19)
        self._data_version = store.version()
        self.deposits = self.model.deposits
        self.color_book = ColorBook()
        self.selected: str | None = None
        self.highlighted: str | None = None
        self._lines: dict[tuple, pd.DataFrame] = {}
        self._build()
        self._aliases()

    # -- options and routing ---------------------------------------------------------------
    def _on_state_changed(self, fields: set[str]) -> None:
        if self.options.source != self.model.source:  # your stage data in or out: redraw all
            source = self.options.source
            if source not in self._models:
                self._models[source] = m.ValueChainModel(self.store, source, self.model.frames)
            self.model, self.color_book = self._models[source], ColorBook()
            self._lines.clear()
            self._seen = self.state.data
            self.invalidate()
            return
        super()._on_state_changed(fields)

    def refresh(self) -> None:
        """Redraw; after an import or a deletion, first reload your stage data (issue 19)."""
        if self.store.version() != self._data_version:
            self._data_version = self.store.version()
            self.model = m.ValueChainModel(self.store, self.options.source)
            self._models = {self.model.source: self.model}
            self.color_book = ColorBook()
            self._lines.clear()
            self.source_choice.setToolTip("\n".join(self.model.user_notes))
            self.source_choice.setVisible(not self.model.user_rows.empty)
        super().refresh()

    def current_stage(self) -> str:
        return self.state.stage if self.state.stage in vc.STAGE_LABELS else "mining"

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        top = QVBoxLayout(self)
        top.setContentsMargins(4, 4, 4, 4)
        top.addWidget(self.message_bar)
        # at large fonts the panel needs more height than the window has: it scrolls
        scroll = QScrollArea(objectName="valueChainScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = self.body = ScrollBody(objectName="valueChainBody")
        scroll.setWidget(body)
        top.addWidget(scroll, 1)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(objectName="panelHeading")
        self.heading.setFont(scaled_font(self.font(), HEADING_SCALE, bold=True))
        self.heading.setWordWrap(True)
        self.scope_note = QLabel(translate("ValueChain", m.SCOPE_NOTE), objectName="scopeNote")
        self.scope_note.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.scope_note)
        self.source_choice = QComboBox(objectName="valueChainDataSource")  # issue 19
        for key in us.SOURCES:
            self.source_choice.addItem(translate("ValueChain", us.SOURCE_LABELS[key]), key)
        self.source_choice.setToolTip("\n".join(self.model.user_notes))
        self.source_choice.setVisible(not self.model.user_rows.empty)
        bind(self.source_choice, self.state, fields={"options"},
             read=lambda _d: self.options.source,
             write=lambda key: self.state.update(options=m.ValueChainOptions.update(
                 "source", key)))
        outer.addWidget(self.source_choice, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="valueChainSplitter")
        splitter.addWidget(self._build_stage_row())
        self.tabs = QTabWidget(objectName="valueChainTabs")
        self.concentration_part = self.add_part(ConcentrationPart(self))
        self.detail_part = self.add_part(DetailPart(self))
        self.deposits_part = self.add_part(DepositsPart(self))
        self.tabs.addTab(self.concentration_part.widget,
                         translate("ValueChain", "Concentration over time"))
        self.tabs.addTab(self.detail_part.widget, translate("ValueChain", "Stage detail"))
        self.tabs.addTab(self.deposits_part.widget,
                         translate("ValueChain", "Mining: where the ore comes from"))
        self.tabs.setMinimumHeight(self._tabs_height())
        bind(self.tabs, self.state, read=lambda _d: self.options.tab, fields={"options"},
             write=lambda index: self.state.update(options=m.ValueChainOptions.update(
                 "tab", index)))
        bind(self.concentration_part.stage_picker, self.state, "stage",
             read=lambda _d: self.current_stage())
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)
        self.caption = SourceCaption()
        outer.addWidget(self.caption)
        body.wrapped = [self.heading, self.scope_note, self.caption]
        self.add_part(HeadingPart(self))
        self.add_part(DetailColorsPart(self))  # last: after the bars, as colours were given

    def _tabs_height(self) -> int:
        """Room for the tabs' charts: about 16 lines of text, at least 260 px."""
        return max(260, self.fontMetrics().height() * 16)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "tabs"):
            self.heading.setFont(scaled_font(self.font(), HEADING_SCALE, bold=True))
            self.body.fit_labels()
            self.tabs.setMinimumHeight(self._tabs_height())

    def _build_stage_row(self) -> QWidget:
        host = self.stage_row = StageRow(objectName="stageRow")
        self.columns: dict[str, StageColumn] = {}
        for key, label in vc.STAGES:
            column = self.add_part(StageColumnPart(self, key, label)).widget
            column.hovered.connect(self.highlight_segment)
            column.segment_clicked.connect(self.select_segment)
            column.open_requested.connect(self.open_stage)
            column.year_requested.connect(lambda year: self.state.update(year=year))
            host.add_column(column)
            self.columns[key] = column
        host.fit()
        return host

    def _aliases(self) -> None:
        """The widgets under the names tests, tours and exports know them by."""
        conc, detail, deposits = self.concentration_part, self.detail_part, self.deposits_part
        self.stage_picker, self.conc_note = conc.stage_picker, conc.note
        self.conc_plot, self.conc_legend, self.conc_tooltip = conc.plot, conc.legend, conc.tooltip
        self.conc_model, self.conc_table, self.year_line = conc.model, conc.table, conc.year_line
        self.detail_plot, self.detail_legend = detail.plot, detail.legend
        self.detail_model, self.detail_table = detail.model, detail.table
        self.detail_heading, self.detail_tooltip = detail.heading, detail.tooltip
        self.deposit_plot, self.deposit_tooltip = deposits.plot, deposits.tooltip
        self.bayan_model, self.bayan_table = deposits.bayan_model, deposits.bayan_table

    @property
    def conc_curves(self) -> dict:
        return self.concentration_part.curves

    @property
    def detail_curves(self) -> dict:
        return self.detail_part.curves

    @property
    def concentration(self) -> pd.DataFrame:
        return self.concentration_part.concentration

    # -- colours and highlight -------------------------------------------------------------
    def apply_theme(self, chart: theme.ChartTheme) -> None:
        self.color_book = ColorBook()  # Okabe-Ito black becomes light grey on dark

    def colors_for(self, view: m.ColumnView) -> dict[str, str]:
        """The colours of a bar's segments (the year's largest segments get colours first).
        A segment keeps its colour once given, so a column's colours are kept per year."""
        book = self.color_book
        if (view.stage, view.year) not in book.columns:
            if view.year not in book.years:
                book.years.add(view.year)
                book.assign(self.model.year_view(view.year)[0])
            book.assign(view.largest)
            book.columns[(view.stage, view.year)] = {
                s.segment: book.color(s.segment, s.segment_kind) for s in view.segments}
        return book.columns[(view.stage, view.year)]

    def detail_lines(self, stage: str) -> pd.DataFrame:
        """The detail chart's lines for a stage (kept per stage and, for mining, range)."""
        year_range = tuple(self.state.year_range)
        key = (stage, year_range if stage == "mining" else None)
        if key not in self._lines:
            self._lines[key] = dm.detail_series(self.model, stage, year_range)
            while len(self._lines) > 32:
                self._lines.pop(next(iter(self._lines)))
        return self._lines[key]

    def segment_color(self, segment: str) -> str:
        return self.color_book.color(segment, dm.segment_kind(self.model, segment))

    def highlight_target(self) -> str | None:
        target = self.highlighted or self.selected
        return None if target == vc.UNSTATED else target

    def highlight_segment(self, segment: str | None) -> None:
        """Highlight a country (or use) in every stage, as hovering does."""
        self.highlighted = segment
        self._apply_highlight()

    def select_segment(self, segment: str | None) -> None:
        """Click on a segment: keep it highlighted in every stage (click again to clear)."""
        self.selected = None if segment == self.selected else segment
        self._apply_highlight()

    def _apply_highlight(self) -> None:
        target = self.highlight_target()
        for column in self.columns.values():
            column.highlight(target)
        self.detail_part.highlight(target)

    def open_stage(self, key: str) -> None:
        """Open a stage's detail (clicking a stage title or bar)."""
        self.state.update(stage=key, options=m.ValueChainOptions.update("tab", 1))

    # -- export and sources ----------------------------------------------------------------
    def export_frame(self) -> pd.DataFrame:
        return self.model.export_frame(int(self.state.year))

    def sources_text(self) -> str:
        return self.model.sources_text(int(self.state.year))

    def main_plot(self):
        part = self.concentration_part
        if part.stale or part.drawn_key is None:  # another tab shows: draw it for the export
            part.draw()
            part.drawn_key, part.stale = part.key(), False
        return part.plot
