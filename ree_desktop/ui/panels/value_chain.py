"""Value chain: who holds each stage, from mine to magnet, and how concentrated it is.

Top: one stacked bar per stage (mining → separation/refining → metals & alloys → magnets →
end uses) for the selected year. Below: concentration over time for the stage picked, the
stage's detail (its rows and a time series by country), and where the ore comes from
(deposit make-up and Bayan Obo). The panel only asks ``data.value_chain`` and
``analysis.value_chain`` and draws.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.analysis import value_chain as vc
from ree_desktop.data import value_chain as data
from ree_desktop.data.store import flag_text
from ree_desktop.ui import theme
from ree_desktop.ui.charts import (
    HoverTooltip,
    SourceCaption,
    add_legend,
    format_number,
    gapped,
    make_plot,
    marker_brush,
    marker_pen,
    series_pen,
)
from ree_desktop.ui.models import DataFrameModel
from ree_desktop.ui.panels.base import Panel

LUMP_COLOR = "#999999"
UNSTATED_COLOR = "#C8C8C8"
# End uses are not countries: a purple family of their own, so no use looks like a country.
USE_COLORS = ("#54278F", "#9E9AC8", "#CBC9E2", "#756BB1", "#DADAEB", "#3F007D")
MIN_LABEL_PCT = 4.0
BAR_WIDTH = 0.8  # of the stage plot's width
SHORT_NAMES = {"United States": "USA", "Electric vehicles": "EVs", "Rest of world": "Rest",
               "Other countries": "Others", "ceramics and glass": "ceramics & glass",
               "metallurgical applications and alloys": "metallurgy & alloys"}
SOURCE_CUTS = (" (", " / ", ", sheet", ", executive summary", " Rare earths", ", World Mine")
OPTION_TAB = "value_chain.tab"


def short_source(title: str | None) -> str:
    """A source title without its parenthesised detail, for captions."""
    text = str(title or "")
    for cut in SOURCE_CUTS:
        text = text.split(cut)[0]
    return text.strip()


LEGEND_HEADROOM = 138.0  # y range of the % charts: the legend row sits above 100 %
PERCENT_TICKS = [(v, str(v)) for v in range(0, 101, 20)]


def percent_axis(plot: pg.PlotWidget, right: bool = False) -> None:
    """Ticks 0-100 only, so the headroom kept for the legend carries no misleading ticks."""
    item = plot.getPlotItem()
    item.getAxis("left").setTicks([PERCENT_TICKS])
    if right:
        item.getAxis("right").setTicks([[(v, f"{v * 100:,}") for v, _ in PERCENT_TICKS]])


def short_deposit(name: str) -> str:
    """'Mount Weld Central Lanthanide, Western Australia' → 'Mount Weld'."""
    return str(name).split(",")[0].replace(" Central Lanthanide", "").strip()


def source_line(row: pd.Series) -> str:
    """Publisher, title and edition of one row, for tooltips."""
    parts = [str(row.get("source") or "")]
    edition = row.get("edition")
    if edition and str(edition) not in parts[0]:
        parts.append(str(edition))
    publisher = row.get("source_publisher")
    if publisher:
        parts.append(str(publisher))
    return " · ".join(p for p in parts if p)


def percent(value: float) -> str:
    if value is None or value != value:
        return "no data"
    return f"{value:.1f} %" if value < 10 else f"{value:.0f} %"


def is_dark(color: str) -> bool:
    qcolor = QColor(color)
    return (0.299 * qcolor.red() + 0.587 * qcolor.green() + 0.114 * qcolor.blue()) < 150


class ColorBook:
    """One colour per segment for the whole panel, so China is the same colour everywhere."""

    def __init__(self) -> None:
        self.colors: dict[str, str] = {}
        self.use_colors: dict[str, str] = {}
        self._next = 0

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

    def assign(self, rows: pd.DataFrame) -> None:
        """Give colours to the largest segments first, so small slivers reuse colours."""
        for row in rows.sort_values("share_pct", ascending=False).itertuples():
            self.color(row.segment, row.segment_kind)


class StageColumn(QFrame):
    """One stage: title button, scope, a stacked bar of shares, summary, no-data offer."""

    hovered = Signal(object)        # segment key or None
    segment_clicked = Signal(str)   # segment key
    open_requested = Signal(str)    # stage key
    year_requested = Signal(int)

    def __init__(self, stage: str, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"stage_{stage}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rows = pd.DataFrame()
        self.items: dict[str, pg.BarGraphItem] = {}
        self.labels: dict[str, pg.TextItem] = {}
        self.colors: dict[str, str] = {}
        self.highlighted: str | None = None
        self.projection = False
        self.nearest: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(3)
        self.title = QPushButton(label.replace("&", "&&"), objectName=f"stageTitle_{stage}")
        self.title.setFlat(True)
        self.title.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title.setToolTip(f"Open the {label.lower()} detail below")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.clicked.connect(lambda: self.open_requested.emit(self.stage))
        self.scope = QLabel(objectName=f"stageScope_{stage}")
        self.scope.setWordWrap(True)
        self.scope.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scope.setMinimumHeight(self.scope.fontMetrics().height() * 2 + 2)
        self.source = QLabel(objectName=f"stageSource_{stage}")
        self.source.setWordWrap(True)
        self.source.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.source.setStyleSheet(f"color: {theme.current().muted};")
        self.plot = self._make_bar_plot()
        self.no_data = QLabel(objectName=f"stageNoData_{stage}")
        self.no_data.setWordWrap(True)
        self.no_data.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nearest_button = QPushButton(objectName=f"stageNearest_{stage}")
        self.nearest_button.clicked.connect(self._go_nearest)
        self.summary = QLabel(objectName=f"stageSummary_{stage}")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.scope)
        layout.addWidget(self.source)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.no_data, 1)
        layout.addWidget(self.nearest_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.summary)

    def _make_bar_plot(self) -> pg.PlotWidget:
        plot = pg.PlotWidget(background=theme.current().background)
        item = plot.getPlotItem()
        item.hideAxis("bottom")
        item.hideAxis("left")
        item.setMenuEnabled(False)
        item.hideButtons()
        plot.setMouseEnabled(False, False)
        plot.setMinimumHeight(150)
        plot.setXRange(-0.5, 0.5, padding=0)
        plot.setYRange(0, 101, padding=0.01)
        plot.scene().sigMouseMoved.connect(self._mouse_moved)
        plot.scene().sigMouseClicked.connect(self._mouse_clicked)
        return plot

    # -- drawing ---------------------------------------------------------------------------
    def show_rows(self, rows: pd.DataFrame, colors: dict[str, str], scope: tuple[str, str],
                  summary: str) -> None:
        self.clear()
        self.rows = rows
        self.colors = colors
        self.plot.setBackground(theme.current().background)
        projection = bool(rows["projection"].any())
        self.projection = projection
        for row in rows.itertuples():
            self._add_segment(row, colors[row.segment], projection)
        top = float(rows["top"].max())
        self.plot.setYRange(0, max(100.0, top) + 1, padding=0.01)
        self.scope.setText(scope[0])
        self.source.setText(scope[1])
        self.summary.setText(summary)
        self._set_visible_parts(True)

    def _brush(self, key: str, alpha: int = 255) -> QBrush:
        """Solid for observed; hatched if unattributed; dotted if a projection."""
        color = QColor(self.colors.get(key, UNSTATED_COLOR))
        color.setAlpha(alpha)
        brush = QBrush(color)
        if key == vc.UNSTATED:
            brush.setStyle(Qt.BrushStyle.BDiagPattern)
        elif self.projection:
            brush.setStyle(Qt.BrushStyle.Dense3Pattern)
        return brush

    def _add_segment(self, row, color: str, projection: bool) -> None:
        brush = self._brush(row.segment)
        bar = pg.BarGraphItem(x=[0.0], y0=[row.bottom], height=[row.share_pct], width=BAR_WIDTH,
                              brush=brush, pen=pg.mkPen(theme.current().background, width=1))
        self.plot.addItem(bar)
        self.items[row.segment] = bar
        if self._label_fits(row.share_pct):
            self._add_label(row, color)

    def _add_label(self, row, color: str) -> None:
        name = SHORT_NAMES.get(row.segment_label, row.segment_label)
        text_color = "#FFFFFF" if is_dark(color) else "#111111"
        fill = None
        if row.segment == vc.UNSTATED or self.projection:
            text_color = theme.current().foreground
            fill = pg.mkBrush(theme.current().background + "D0")
        if row.segment == vc.UNSTATED:
            name = "not stated"
        share = percent(row.share_pct)
        if row.share_pct >= 20:
            size = self._points(1.45)
            name = self._fit(name, "", size)
            html = (f"<div style='text-align:center; color:{text_color}; font-size:{size}pt;'>"
                    f"<b>{name}</b><br>{share}</div>")
        else:
            size = self._points(1.1 if row.share_pct >= 8 else 1.0)
            name = self._fit(name, share, size)
            html = (f"<span style='color:{text_color}; font-size:{size}pt;'>"
                    f"<b>{name}</b> {share}</span>")
        label = pg.TextItem(html=html, anchor=(0.5, 0.5), fill=fill)
        label.setPos(0.0, row.bottom + row.share_pct / 2)
        self.plot.addItem(label)
        self.labels[row.segment] = label

    def _points(self, scale: float) -> int:
        """A label size relative to the app font (the font-size control scales labels too)."""
        base = self.font().pointSizeF()
        return max(7, round((base if base > 0 else 9.0) * scale))

    def _label_fits(self, share_pct: float) -> bool:
        """Label a segment only if a line of small text fits its height (no overlaps)."""
        if share_pct < MIN_LABEL_PCT:
            return False
        font = QFont(self.font())
        font.setPointSize(self._points(1.0))
        pixels = share_pct * self.plot.height() / 102.0
        return pixels >= QFontMetrics(font).height() - 3

    def _fit(self, name: str, share: str, size: int) -> str:
        """The name, elided so that name and share fit inside the bar's width."""
        font = QFont(self.font())
        font.setPointSize(size)
        font.setBold(True)
        metrics = QFontMetrics(font)
        room = int(self.plot.width() * BAR_WIDTH) - 8
        if share:
            room -= metrics.horizontalAdvance(" " + share)
        return metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(room, 12))

    def _relabel(self) -> None:
        """Fit the labels again after a resize."""
        if self.rows.empty:
            return
        for label in self.labels.values():
            self.plot.removeItem(label)
        self.labels = {}
        for row in self.rows.itertuples():
            if self._label_fits(row.share_pct):
                self._add_label(row, self.colors[row.segment])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize() != event.size():
            self._relabel()

    def show_no_data(self, text: str, nearest: int | None, scope: str = "") -> None:
        self.clear()
        self.nearest = nearest
        self.scope.setText(scope)
        self.source.setText("")
        self.no_data.setText(text)
        self.summary.setText("")
        self._set_visible_parts(False)
        self.nearest_button.setVisible(nearest is not None)
        if nearest is not None:
            self.nearest_button.setText(f"Show {nearest}")
            self.nearest_button.setToolTip(f"Set the year to {nearest}, the nearest year "
                                           "with data for this stage")

    def _set_visible_parts(self, has_data: bool) -> None:
        self.plot.setVisible(has_data)
        self.no_data.setVisible(not has_data)
        self.nearest_button.setVisible(False)

    def clear(self) -> None:
        for item in list(self.items.values()) + list(self.labels.values()):
            self.plot.removeItem(item)
        self.items, self.labels = {}, {}
        self.rows = pd.DataFrame()
        self.highlighted = None

    def _go_nearest(self) -> None:
        if self.nearest is not None:
            self.year_requested.emit(self.nearest)

    # -- highlight and hover ---------------------------------------------------------------
    def highlight(self, segment: str | None) -> None:
        """Emphasise ``segment`` (outline) and fade the others; None restores all."""
        self.highlighted = segment if segment in self.items else None
        foreground = theme.current().foreground
        for key, bar in self.items.items():
            alpha, width = self.segment_style(key, segment)
            brush = self._brush(key, alpha)
            pen = (pg.mkPen(foreground, width=width) if width > 1
                   else pg.mkPen(theme.current().background, width=1))
            bar.setOpts(brush=brush, pen=pen)

    def segment_style(self, key: str, segment: str | None) -> tuple[int, int]:
        """(brush alpha, outline width) a segment gets while ``segment`` is highlighted."""
        if segment is None or segment not in self.items:
            return 255, 1
        return (255, 3) if key == segment else (70, 1)

    def segment_at(self, y: float) -> str | None:
        if self.rows.empty:
            return None
        hit = self.rows[(self.rows["bottom"] <= y) & (self.rows["top"] > y)]
        return None if hit.empty else str(hit.iloc[0]["segment"])

    def describe(self, segment: str | None) -> str:
        """Tooltip: segment, stage, year, value with unit, share, flag, source."""
        if segment is None or self.rows.empty:
            return ""
        row = self.rows[self.rows["segment"] == segment].iloc[0]
        stage = vc.STAGE_LABELS[self.stage]
        lines = [f"{row['segment_label']} — {stage}, {int(row['year'])}"]
        if segment == vc.UNSTATED:
            lines.append(f"{percent(row['share_pct'])} not attributed to any country "
                         "by the source")
        else:
            if row["unit"] and row["unit"] != "%":
                lines.append(f"Value: {format_number(row['value'], row['unit'])}")
            lines.append(f"Share: {row['share_pct']:.1f} % ({row['denominator']})")
            flag = flag_text(row["flag"])
            if flag:
                lines.append(f"Flag: {flag}")
            if row["segment_kind"] == "lump":
                lines.append("A lump of several countries: not counted as one country")
            if isinstance(row.get("note"), str) and row["note"].startswith("Doubt:"):
                lines.append(row["note"])
        if isinstance(row.get("missing"), str) and row["missing"]:
            lines.append(f"Incomplete: this edition omits {row['missing']}")
        if row["projection"]:
            lines.append(f"PROJECTION ({row['scenario']})")
        lines.append(f"Scope: {row['scope']}")
        lines.append(f"Source: {source_line(row)}")
        return "\n".join(lines)

    def _view_y(self, scene_pos) -> float | None:
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        return point.y() if abs(point.x()) <= BAR_WIDTH / 2 else None

    def _mouse_moved(self, scene_pos) -> None:
        y = self._view_y(scene_pos)
        segment = self.segment_at(y) if y is not None else None
        self.hovered.emit(segment)
        text = self.describe(segment)
        if text:
            global_pos = self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, text, self.plot)
        else:
            QToolTip.hideText()

    def _mouse_clicked(self, event) -> None:
        y = self._view_y(event.scenePos())
        segment = self.segment_at(y) if y is not None else None
        if segment and segment != vc.UNSTATED:
            self.segment_clicked.emit(segment)
        else:
            self.open_requested.emit(self.stage)

    def view_to_widget(self, y: float):
        """Widget coordinates of the bar's centre at height ``y`` (for tests and tours)."""
        vb = self.plot.getPlotItem().vb
        scene = vb.mapViewToScene(pg.Point(0.0, y))
        return self.plot.mapFromScene(scene)


class HundredAxis(pg.AxisItem):
    """Right axis for HHI drawn on the 0-100 % scale: labels are value × 100 (0-10,000)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        return [f"{v * 100:,.0f}" for v in values]


class ValueChainPanel(Panel):
    name = "value-chain"
    title = "Value chain"
    watches = frozenset({"year", "year_range", "stage", "theme"})

    def __init__(self, store, state, parent=None):
        super().__init__(store, state, parent)
        self.frames = data.load(store)
        self.stages = vc.build_stages(self.frames.production, self.frames.chain,
                                      self.frames.supply, self.frames.us_end_use,
                                      self.frames.demand)
        self.top3 = vc.stated_top3(self.frames.chain)
        self.deposits = vc.deposit_light_heavy(self.frames.deposits)
        # The data do not change while the panel lives: compute each stage's history once.
        self.conc_by_stage = {key: vc.concentration_over_time(self.stages, key, self.top3)
                              for key, _label in vc.STAGES}
        self._bars: dict[tuple[str, int], pd.DataFrame] = {}
        self.color_book = ColorBook()
        self._theme_name = theme.current().name
        self.selected: str | None = None
        self.highlighted: str | None = None
        self.concentration = pd.DataFrame()
        self.conc_curves: dict[str, pg.PlotDataItem] = {}
        self.detail_curves: dict[str, pg.PlotDataItem] = {}
        self._build()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel(objectName="panelHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.scope_note = QLabel(objectName="scopeNote")
        self.scope_note.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.scope_note)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="valueChainSplitter")
        splitter.addWidget(self._build_stage_row())
        self.tabs = QTabWidget(objectName="valueChainTabs")
        self.tabs.addTab(self._build_concentration_tab(), "Concentration over time")
        self.tabs.addTab(self._build_detail_tab(), "Stage detail")
        self.tabs.addTab(self._build_deposit_tab(), "Mining: where the ore comes from")
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.tabs.currentChanged.connect(
            lambda index: self.state.update(options={OPTION_TAB: int(index)}))
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)
        self.caption = SourceCaption()
        outer.addWidget(self.caption)

    def _build_stage_row(self) -> QWidget:
        host = QWidget(objectName="stageRow")
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.columns: dict[str, StageColumn] = {}
        for index, (key, label) in enumerate(vc.STAGES):
            if index:
                arrow = QLabel("→")
                font = arrow.font()
                font.setPointSizeF(font.pointSizeF() * 1.6)
                arrow.setFont(font)
                arrow.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
                row.addWidget(arrow)
            column = StageColumn(key, label)
            column.hovered.connect(self._hovered)
            column.segment_clicked.connect(self.select_segment)
            column.open_requested.connect(self.open_stage)
            column.year_requested.connect(lambda year: self.state.update(year=year))
            row.addWidget(column, 1)
            self.columns[key] = column
        host.setMinimumHeight(280)
        return host

    def _build_concentration_tab(self) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Stage"))
        self.stage_picker = QComboBox(objectName="stagePicker")
        for key, label in vc.STAGES:
            self.stage_picker.addItem(label, key)
        self.stage_picker.currentIndexChanged.connect(self._picker_changed)
        bar.addWidget(self.stage_picker)
        self.conc_note = QLabel(objectName="concentrationNote")
        self.conc_note.setWordWrap(True)
        bar.addWidget(self.conc_note, 1)
        layout.addLayout(bar)
        self.conc_plot = make_plot(y_label="share (%)")
        item = self.conc_plot.getPlotItem()
        right = HundredAxis("right")
        right.setPen(pg.mkPen(theme.current().foreground))
        right.setTextPen(pg.mkPen(theme.current().foreground))
        item.setAxisItems({"right": right})
        item.showAxis("right")
        item.setLabel("right", "HHI (0–10,000)", color=theme.current().foreground)
        self.conc_plot.setMouseEnabled(False, False)
        self.conc_legend = add_legend(self.conc_plot)
        self.conc_legend.setColumnCount(3)  # one row above 100 %, clear of the lines
        self.conc_legend.setOffset((10, 1))
        percent_axis(self.conc_plot, right=True)
        self.year_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(
            theme.current().muted, width=1.5, style=Qt.PenStyle.DashLine),
            label="{value:.0f}", labelOpts={"position": 0.97, "color": theme.current().muted})
        self.conc_plot.addItem(self.year_line, ignoreBounds=True)
        self.conc_tooltip = HoverTooltip(self.conc_plot, self.describe_concentration)
        self.conc_empty = pg.TextItem(color=theme.current().muted, anchor=(0.5, 0.5))
        self.conc_model = DataFrameModel()
        self.conc_table = QTableView(objectName="concentrationTable")
        self.conc_table.setModel(self.conc_model)
        self.conc_table.setSortingEnabled(True)
        self.conc_table.verticalHeader().setVisible(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.conc_plot)
        split.addWidget(self.conc_table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 360])
        layout.addWidget(split, 1)
        return host

    def _build_detail_tab(self) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(4, 4, 4, 4)
        self.detail_heading = QLabel(objectName="detailHeading")
        self.detail_heading.setWordWrap(True)
        layout.addWidget(self.detail_heading)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.detail_model = DataFrameModel()
        self.detail_table = QTableView(objectName="detailTable")
        self.detail_table.setModel(self.detail_model)
        self.detail_table.setSortingEnabled(True)
        self.detail_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.detail_plot = make_plot(y_label="share (%)")
        self.detail_plot.setMouseEnabled(False, False)
        self.detail_legend = add_legend(self.detail_plot)
        self.detail_legend.setColumnCount(3)
        self.detail_legend.setOffset((10, 1))
        percent_axis(self.detail_plot)
        self.detail_tooltip = HoverTooltip(self.detail_plot, self.describe_detail)
        split.addWidget(self.detail_table)
        split.addWidget(self.detail_plot)
        split.setSizes([520, 480])
        layout.addWidget(split, 1)
        return host

    def _build_deposit_tab(self) -> QWidget:
        host = QWidget()
        layout = QHBoxLayout(host)
        layout.setContentsMargins(4, 4, 4, 4)
        left = QVBoxLayout()
        light, heavy = self._deposit_colors()
        note = QLabel(
            "Element make-up of major deposits (% of total REO, USGS Minerals Yearbook 2022 "
            f"table 2): <span style='color:{light}'>■</span> light REE (La–Gd) "
            f"<span style='color:{heavy}'>■</span> heavy REE (Tb–Lu, Y), the USGS split. "
            "Dysprosium and terbium come mostly from the heavy-rich clays and xenotime of "
            "southern China, not from Bayan Obo or Mountain Pass.", objectName="depositNote")
        note.setWordWrap(True)
        left.addWidget(note)
        self.deposit_plot = make_plot(x_label="% of total REO")
        self.deposit_plot.setMouseEnabled(False, False)
        self.deposit_plot.setMinimumHeight(200)
        self.deposit_tooltip = HoverTooltip(self.deposit_plot, self.describe_deposit)
        self.deposit_tooltip.line.setPen(pg.mkPen(None))
        left.addWidget(self.deposit_plot, 1)
        holder = QWidget()
        holder.setLayout(left)
        right = QVBoxLayout()
        title = QLabel("<b>Bayan Obo</b> (Inner Mongolia, about 150 km north-west of Baotou): "
                       "facts, each with its source; the notes say where sources disagree.")
        title.setWordWrap(True)
        right.addWidget(title)
        self.bayan_model = DataFrameModel()
        self.bayan_table = QTableView(objectName="bayanTable")
        self.bayan_table.setModel(self.bayan_model)
        right.addWidget(self.bayan_table, 1)
        facts = QWidget()
        facts.setLayout(right)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(holder)
        split.addWidget(facts)
        split.setSizes([560, 440])
        layout.addWidget(split)
        self._draw_deposits()
        self._fill_bayan_obo()
        return host

    @staticmethod
    def _deposit_colors() -> tuple[str, str]:
        series = theme.current().series
        return series[5], series[3]

    # -- refresh ---------------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        if self._theme_name != theme.current().name:
            self._restyle()
        year = int(self.state.year)
        self.heading.setText(f"Who holds each stage of the rare earth chain, {year}"
                             + self._china_line(year))
        self.scope_note.setText(
            "Stages use different sources and scopes: mining = USGS mine production, all "
            "rare earths (t REO); separation/refining = IEA, magnet rare earths Nd, Pr, Tb, "
            "Dy (kt); magnets = sintered NdFeB magnet output. Grey = lumps of several "
            "countries; hatched = not attributed by the source; dotted = projection.")
        shown = self.year_rows(year)
        if not shown.empty:
            self.color_book.assign(shown)
        for key, column in self.columns.items():
            self._fill_column(key, column, year)
        self._apply_highlight()
        self._sync_picker()
        tab = self.state.options.get(OPTION_TAB)
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self._draw_concentration()
        self._fill_detail()
        self.caption.set_sources(self.sources_text())

    def bar(self, key: str, year: int) -> pd.DataFrame:
        """One stage's bar for a year (cached: the data do not change while shown)."""
        if (key, year) not in self._bars:
            self._bars[(key, year)] = vc.stack_segments(self.stages, key, year)
        return self._bars[(key, year)]

    def _china_line(self, year: int) -> str:
        """' — China: mining 71 %, …' from the bars shown (the headline of the view)."""
        parts = []
        for key in vc.COUNTRY_STAGES:
            rows = self.bar(key, year)
            china = rows[rows["segment"] == "CHN"] if not rows.empty else rows
            if not china.empty:
                label = vc.STAGE_LABELS[key].lower().replace("separation & ", "")
                parts.append(f"{label} {china['share_pct'].iloc[0]:.0f} %")
        return " — China: " + ", ".join(parts) if parts else ""

    def _restyle(self) -> None:
        """Follow a theme switch: chart backgrounds, axes, legends, the deposit bars."""
        chart = theme.current()
        self._theme_name = chart.name
        for plot in (self.conc_plot, self.detail_plot, self.deposit_plot):
            plot.setBackground(chart.background)
            item = plot.getPlotItem()
            for side in ("left", "bottom", "right"):
                axis = item.getAxis(side)
                axis.setPen(pg.mkPen(chart.foreground))
                axis.setTextPen(pg.mkPen(chart.foreground))
        for legend in (self.conc_legend, self.detail_legend):
            legend.setLabelTextColor(chart.foreground)
            legend.setBrush(pg.mkBrush(chart.background + "CC"))
        self.conc_empty.setColor(chart.muted)
        self.year_line.setPen(pg.mkPen(chart.muted, width=1.5, style=Qt.PenStyle.DashLine))
        for column in self.columns.values():
            column.plot.setBackground(chart.background)
            column.source.setStyleSheet(f"color: {chart.muted};")
        self.deposit_plot.clear()
        self._draw_deposits()
        self.color_book = ColorBook()  # Okabe-Ito black becomes light grey on dark

    def _fill_column(self, key: str, column: StageColumn, year: int) -> None:
        rows = self.bar(key, year)
        if rows.empty:
            years = vc.stage_years(self.stages, key)
            nearest = vc.nearest_year(years, year)
            if nearest is None:
                text = (f"No sourced {vc.STAGE_LABELS[key].lower()} data by country for "
                        "any year in the bundled sources.")
            else:
                text = f"no data for {year}"
            column.show_no_data(text, nearest, self._years_text(years))
            return
        self.color_book.assign(rows)
        colors = {r.segment: self.color_book.color(r.segment, r.segment_kind)
                  for r in rows.itertuples()}
        column.show_rows(rows, colors, self._scope_text(rows), self._summary_text(key, year))
        column.summary.setToolTip(self._other_figures_text(key, year))

    @staticmethod
    def _years_text(years: list[int]) -> str:
        if not years:
            return ""
        return "years with data: " + ", ".join(str(y) for y in years[-6:])

    @staticmethod
    def _scope_text(rows: pd.DataFrame) -> tuple[str, str]:
        """(scope, source) lines under a stage title."""
        first = rows.iloc[0]
        source = short_source(first["source"])
        edition = str(first["edition"] or "")
        label = source if not edition or edition in source.replace(" ", "") else \
            f"{source} ({edition})"
        scope = str(first["scope"])
        if "scope, e.g." in scope:
            scope = "rare earths (scope not stated by the source)"
        if first["projection"]:
            scope = f"<b>PROJECTION ({first['scenario']})</b>: {scope}"
        return scope, label

    def _other_figures_text(self, key: str, year: int) -> str:
        """Tooltip: China's share in the sources not used for this bar, with their scope."""
        others = vc.other_figures(self.stages, key, year)
        if others.empty:
            return ""
        lines = [f"China's share in other sources for {year} (not used in the bar):"]
        lines += [f"• {r.share_pct:.0f} % — {short_source(r.source)}; {r.scope}"
                  for r in others.itertuples()]
        return "\n".join(lines)

    def _summary_text(self, key: str, year: int) -> str:
        if key == "end_use":
            return "split by use, not by country"
        conc = self.conc_by_stage[key]
        conc = conc[conc["year"] == year]
        if conc.empty or conc["hhi"].isna().all():
            return ""
        row = conc.iloc[0]
        sign = "≥ " if row["hhi_lower_bound"] else ""
        total = vc.share_total(self.stages, key, year)
        over = f"<br>countries sum to {total:.1f} % (rounded world total)" if total > 100.05 \
            else ""
        missing = row.get("missing") or ""
        gap = (f"<br>incomplete: omits {', '.join(m.split(' (')[0] for m in missing.split('; '))}"
               if missing else "")
        return (f"Top 3: {sign}{row['top3_pct']:.0f} % · HHI {sign}{row['hhi']:,.0f}"
                + (" (lower bound)" if row["hhi_lower_bound"] else "") + over + gap)

    # -- highlight -------------------------------------------------------------------------
    def _hovered(self, segment: str | None) -> None:
        self.highlighted = segment
        self._apply_highlight()

    def select_segment(self, segment: str | None) -> None:
        """Click on a segment: keep it highlighted in every stage (click again to clear)."""
        self.selected = None if segment == self.selected else segment
        self._apply_highlight()

    def highlight_segment(self, segment: str | None) -> None:
        """Highlight a country (or use) in every stage, as hovering does."""
        self._hovered(segment)

    def _apply_highlight(self) -> None:
        target = self.highlighted or self.selected
        if target == vc.UNSTATED:
            target = None
        for column in self.columns.values():
            column.highlight(target)
        for key, curve in self.detail_curves.items():
            width = 4 if key == target else 2
            curve.setPen(series_pen(self._detail_color(key), width))

    # -- stage picker and detail -----------------------------------------------------------
    def _sync_picker(self) -> None:
        index = self.stage_picker.findData(self.state.stage)
        if index >= 0 and index != self.stage_picker.currentIndex():
            self.stage_picker.blockSignals(True)
            self.stage_picker.setCurrentIndex(index)
            self.stage_picker.blockSignals(False)

    def _picker_changed(self, index: int) -> None:
        key = self.stage_picker.itemData(index)
        if key and key != self.state.stage:
            self.state.update(stage=key)

    def open_stage(self, key: str) -> None:
        """Open a stage's detail (clicking a stage title or bar)."""
        self.tabs.setCurrentIndex(1)
        if key != self.state.stage:
            self.state.update(stage=key)
        else:
            self._fill_detail()

    def current_stage(self) -> str:
        return self.state.stage if self.state.stage in vc.STAGE_LABELS else "mining"

    # -- concentration chart ---------------------------------------------------------------
    def _draw_concentration(self) -> None:
        plot = self.conc_plot
        for curve in self.conc_curves.values():
            plot.removeItem(curve)
        self.conc_curves = {}
        self.conc_legend.clear()
        plot.removeItem(self.conc_empty)
        key = self.current_stage()
        conc = self.conc_by_stage[key]
        if key == "mining":
            low, high = self.state.year_range
            conc = conc[(conc["year"] >= low) & (conc["year"] <= high)]
        self.concentration = conc
        self.conc_model.set_frame(self.concentration_table(conc))
        self.conc_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.conc_table.resizeColumnsToContents()
        if conc.empty or conc["hhi"].isna().all():
            reason = ("End uses are split by use, not by country: no country concentration."
                      if key == "end_use" else f"No country data for "
                      f"{vc.STAGE_LABELS[key].lower()} in the bundled sources.")
            self.year_line.setVisible(False)
            self.conc_empty.setText(reason)
            plot.addItem(self.conc_empty)
            plot.setXRange(0, 1)
            plot.setYRange(0, 1)
            self.conc_empty.setPos(0.5, 0.5)
            self.conc_note.setText("")
            return
        series = {"top1": ("Top country (%)", conc["top1_pct"], 3),
                  "top3": ("Top 3 countries (%)", conc["top3_pct"], 0),
                  "hhi": ("HHI (right axis)", conc["hhi"] / 100.0, 7)}
        for name, (label, values, color_index) in series.items():
            self._add_conc_series(name, label, conc, values, color_index)
        years = conc["year"]
        self.year_line.setPos(int(self.state.year))
        self.year_line.setVisible(int(years.min()) <= self.state.year <= int(years.max()))
        plot.setXRange(float(years.min()) - 0.5, float(years.max()) + 0.5, padding=0.02)
        plot.setYRange(0, LEGEND_HEADROOM, padding=0)
        self.conc_note.setText(self._concentration_note(conc))

    def _add_conc_series(self, name: str, label: str, conc: pd.DataFrame,
                         values: pd.Series, color_index: int) -> None:
        color = theme.current().series[color_index % len(theme.current().series)]
        series = pd.Series(values.to_numpy(dtype=float), index=conc["year"].to_numpy())
        years, ys = gapped(series)
        uncertain = conc["hhi_lower_bound"] | (conc["missing"].fillna("") != "")
        lower = pd.Series(uncertain.to_numpy(), index=conc["year"]).reindex(years).fillna(False)
        projection = conc.set_index("year")["projection"].reindex(years).fillna(False)
        brushes = [marker_brush(theme.current().background) if lb else marker_brush(color)
                   for lb in lower.to_numpy()]
        dashed = bool(projection.all())
        curve = self.conc_plot.plot(years, ys, pen=series_pen(color, 2.5, dashed=dashed),
                                    connect="finite", symbol="o", symbolSize=7,
                                    symbolPen=marker_pen(color),
                                    symbolBrush=brushes, name=label)
        self.conc_curves[name] = curve
        if projection.any() and not dashed:
            proj = series[series.index >= int(conc.loc[conc["projection"], "year"].min()) - 0]
            prev = series[series.index < proj.index.min()].dropna().tail(1)
            joined = pd.concat([prev, proj])
            self.conc_curves[name + "_proj"] = self.conc_plot.plot(
                joined.index.to_numpy(), joined.to_numpy(dtype=float),
                pen=series_pen(color, 2.5, dashed=True))

    @staticmethod
    def concentration_table(conc: pd.DataFrame) -> pd.DataFrame:
        """The chart's figures as a table, newest first; lower bounds say so."""
        if conc.empty:
            return pd.DataFrame(columns=["year", "top", "top1 %", "top3 %", "HHI",
                                         "HHI is", "source", "note"])
        frame = pd.DataFrame({
            "year": conc["year"], "top": conc["top_country"],
            "top1 %": conc["top1_pct"].round(0), "top3 %": conc["top3_pct"].round(0),
            "HHI": conc["hhi"].round(0),
            "HHI is": np.where(conc["hhi"].isna(), "",
                               np.where(conc["hhi_lower_bound"], "lower bound",
                                        np.where(conc["missing"].fillna("") != "",
                                                 "incomplete", "complete"))),
            "source": conc["source"].map(short_source) + np.where(
                conc["projection"], " (projection)", ""),
            "note": conc["note"]})
        return frame.sort_values("year", ascending=False).reset_index(drop=True)

    @staticmethod
    def _concentration_note(conc: pd.DataFrame) -> str:
        parts = []
        if conc["hhi_lower_bound"].any():
            parts.append("hollow markers = lower bound (the source names only some "
                         "countries)")
        if (conc["missing"].fillna("") != "").any():
            parts.append("or incomplete (the edition omits a producer other editions show; "
                         "hover or see the table)")
        if conc["projection"].any():
            parts.append("dashed = projection (IEA base case)")
        if conc["note"].str.contains("cover only").any():
            parts.append("gaps = years where the listed countries cover under half the total")
        return "; ".join(parts)

    def describe_concentration(self, x: float, _y: float) -> str:
        if self.concentration.empty:
            return ""
        year = int(round(x))
        rows = self.concentration[self.concentration["year"] == year]
        if rows.empty:
            return ""
        row = rows.iloc[0]
        stage = vc.STAGE_LABELS[row["stage"]]
        if pd.isna(row["hhi"]):
            return f"{stage}, {year}: {row['note']}"
        sign = "≥ " if row["hhi_lower_bound"] else ""
        lines = [f"{stage}, {year}" + (" — PROJECTION" if row["projection"] else ""),
                 f"Top country: {row['top_country']} {sign}{row['top1_pct']:.1f} %",
                 f"Top 3: {sign}{row['top3_pct']:.1f} %",
                 f"HHI: {sign}{row['hhi']:,.0f}"
                 + (" (lower bound: the source names only some countries)"
                    if row["hhi_lower_bound"] else "")]
        if row["note"]:
            lines.append(row["note"])
        lines.append(f"Source: {row['source']}" + (f" ({row['edition']})"
                                                   if row["edition"] else ""))
        return "\n".join(lines)

    # -- detail tab ------------------------------------------------------------------------
    def detail_frame(self, key: str) -> pd.DataFrame:
        rows = self.stages[self.stages["stage"] == key]
        if key == "mining":
            low, high = self.state.year_range
            rows = rows[(rows["year"] >= low) & (rows["year"] <= high)]
        frame = rows.assign(used_in_bar=rows["used"].map({True: "yes", False: "no"}),
                            flag=rows["flag"].map(flag_text))
        frame = frame.rename(columns={"segment_label": "country / use"})
        columns = ["year", "country / use", "country_iso3", "value", "unit", "share_pct",
                   "flag", "used_in_bar", "projection", "scope", "source", "edition",
                   "denominator", "note"]
        return frame.sort_values(["year", "used_in_bar", "share_pct"],
                                 ascending=[False, False, False])[columns]

    def _fill_detail(self) -> None:
        key = self.current_stage()
        label = vc.STAGE_LABELS[key]
        frame = self.detail_frame(key)
        self.detail_model.set_frame(frame)
        alternatives = int((frame["used_in_bar"] == "no").sum()) if not frame.empty else 0
        heading = f"<b>{label}</b>: {len(frame)} rows"
        if alternatives:
            heading += (f"; {alternatives} from other sources or scopes are listed but not "
                        "used in the bar (used_in_bar = no)")
        if frame.empty:
            heading = f"<b>{label}</b>: no sourced data in the bundled database"
        self.detail_heading.setText(heading)
        self._draw_detail_series(key)

    def _detail_color(self, segment: str) -> str:
        kinds = self.stages.loc[self.stages["segment"] == segment, "segment_kind"]
        return self.color_book.color(segment, kinds.iloc[0] if len(kinds) else "country")

    def _draw_detail_series(self, key: str) -> None:
        plot = self.detail_plot
        for curve in self.detail_curves.values():
            plot.removeItem(curve)
        self.detail_curves = {}
        self.detail_legend.clear()
        table = vc.by_country_series(self.stages, key)
        if key == "mining" and not table.empty:
            low, high = self.state.year_range
            table = table.loc[(table.index >= low) & (table.index <= high)]
        if table.empty:
            return
        ranked = table.max().sort_values(ascending=False).index[:6]
        for segment in ranked:
            series = table[segment].dropna()
            years, values = gapped(series)
            color = self._detail_color(str(segment))
            label = self.store.country_names.get(str(segment), str(segment))
            curve = plot.plot(years, values, pen=series_pen(color, 2), connect="finite",
                              symbol="o", symbolSize=5, symbolBrush=color, symbolPen=color,
                              name=label)
            self.detail_curves[str(segment)] = curve
        plot.setYRange(0, LEGEND_HEADROOM, padding=0)
        plot.setXRange(float(table.index.min()) - 0.5, float(table.index.max()) + 0.5)

    def describe_detail(self, x: float, y: float) -> str:
        key = self.current_stage()
        year = int(round(x))
        rows = self.stages[(self.stages["stage"] == key) & self.stages["used"]
                           & (self.stages["year"] == year)]
        if rows.empty:
            return ""
        top = rows.sort_values("share_pct", ascending=False).head(6)
        lines = [f"{vc.STAGE_LABELS[key]}, {year}"]
        lines += [f"{r.segment_label}: {r.share_pct:.1f} %"
                  + (f" ({r.note})" if isinstance(r.note, str) and r.note else "")
                  for r in top.itertuples()]
        lines.append(f"Source: {source_line(top.iloc[0])}")
        return "\n".join(lines)

    # -- deposits --------------------------------------------------------------------------
    def _draw_deposits(self) -> None:
        frame = self.deposits
        plot = self.deposit_plot
        if frame.empty:
            return
        y = np.arange(len(frame), dtype=float)
        light, heavy = self._deposit_colors()
        plot.addItem(pg.BarGraphItem(x0=np.zeros(len(y)), y=y, height=0.72,
                                     width=frame["light_pct"].to_numpy(), brush=light,
                                     pen=pg.mkPen(None)))
        plot.addItem(pg.BarGraphItem(x0=frame["light_pct"].to_numpy(), y=y, height=0.72,
                                     width=frame["heavy_pct"].to_numpy(), brush=heavy,
                                     pen=pg.mkPen(None)))
        names = [(i, f"{short_deposit(d)} ({c})") for i, (d, c) in
                 enumerate(zip(frame["deposit"], frame["country_iso3"], strict=True))]
        plot.getPlotItem().getAxis("left").setTicks([names])
        plot.getPlotItem().showGrid(x=True, y=False)
        plot.setXRange(0, 103, padding=0)
        plot.setYRange(-0.6, len(y) - 0.4, padding=0)

    def describe_deposit(self, _x: float, y: float) -> str:
        index = int(round(y))
        if self.deposits.empty or not 0 <= index < len(self.deposits):
            return ""
        row = self.deposits.iloc[index]
        lines = [f"{row['deposit']} ({row['country_iso3']}), {row['ore']}",
                 f"Light REE: {row['light_pct']:.1f} % · heavy REE: {row['heavy_pct']:.1f} %",
                 f"Nd+Pr: {row['ndpr_pct']:.1f} % · Dy+Tb: {row['dytb_pct']:.2f} %"]
        if row["not_given"]:
            lines.append(f"Not given in the source (NA or '<'): {row['not_given']}")
        if abs(row["total_pct"] - 100) > 1:
            lines.append(f"The source's element shares add to {row['total_pct']:.1f} %")
        lines.append(f"Source: {row['source']}; data: {row['reference']}")
        return "\n".join(lines)

    def _fill_bayan_obo(self) -> None:
        facts = self.frames.bayan_obo
        if facts.empty:
            return
        value = facts["value_raw"].fillna("").astype(str)
        value = np.where(facts["flag"].fillna("") == ">", "> " + value, value)
        frame = pd.DataFrame({
            "fact": facts["item"], "value": value, "unit": facts["unit"],
            "year": facts["year"], "note": facts["note"].fillna("")
            .str.replace("Bayan Obo; ", "", regex=False).str.replace("Bayan Obo", "",
                                                                      regex=False),
            "source": facts["source_publisher"].fillna(facts["source"])})
        self.bayan_model.set_frame(frame)
        self.bayan_table.resizeColumnsToContents()
        for column, width in ((0, 200), (1, 110), (2, 90), (4, 320)):
            self.bayan_table.setColumnWidth(column, min(width,
                                                        self.bayan_table.columnWidth(column)))

    # -- export and sources ----------------------------------------------------------------
    def year_rows(self, year: int) -> pd.DataFrame:
        """The segments shown for ``year`` (every stage with data), long format."""
        parts = [self.bar(key, year) for key, _ in vc.STAGES]
        parts = [p[p["segment"] != vc.UNSTATED] for p in parts if not p.empty]
        return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()

    def export_frame(self) -> pd.DataFrame:
        year = int(self.state.year)
        shares = self.year_rows(year)
        out = []
        if not shares.empty:
            out.append(pd.DataFrame({
                "record": "share", "stage": shares["stage"], "year": shares["year"],
                "country_iso3": shares["country_iso3"], "segment": shares["segment"],
                "name": shares["segment_label"], "value": shares["value"],
                "unit": shares["unit"], "share_pct": shares["share_pct"],
                "flag": shares["flag"], "lower_bound": False,
                "projection": shares["projection"], "scope": shares["scope"],
                "source": shares["source"], "source_publisher": shares["source_publisher"],
                "edition": shares["edition"], "source_url": shares["source_url"],
                "note": [f"{d}; {n}" if isinstance(n, str) and n else d
                         for d, n in zip(shares["denominator"], shares["note"], strict=True)]}))
        out += [self._no_data_rows(year), self._concentration_rows()]
        frame = pd.concat([o for o in out if not o.empty], ignore_index=True)
        return frame

    def _no_data_rows(self, year: int) -> pd.DataFrame:
        rows = []
        for key, _label in vc.STAGES:
            if self.bar(key, year).empty:
                nearest = vc.nearest_year(vc.stage_years(self.stages, key), year)
                note = (f"no data for {year}; nearest year with data: {nearest}"
                        if nearest else "no sourced data for any year")
                rows.append({"record": "no data", "stage": key, "year": year, "note": note})
        return pd.DataFrame(rows)

    def _concentration_rows(self) -> pd.DataFrame:
        rows = []
        for key in vc.COUNTRY_STAGES:
            for r in self.conc_by_stage[key].itertuples():
                for measure, value, unit in (("top1_pct", r.top1_pct, "%"),
                                             ("top3_pct", r.top3_pct, "%"),
                                             ("hhi", r.hhi, "HHI (0-10,000)")):
                    rows.append({"record": measure, "stage": key, "year": r.year,
                                 "country_iso3": r.top_country if measure == "top1_pct"
                                 else None, "value": value, "unit": unit,
                                 "lower_bound": bool(r.hhi_lower_bound) and measure != "top1_pct",
                                 "projection": bool(r.projection), "source": r.source,
                                 "edition": r.edition, "note": r.note})
        return pd.DataFrame(rows)

    def sources_text(self) -> str:
        rows = self.year_rows(int(self.state.year))
        names = []
        if not rows.empty:
            for row in rows.drop_duplicates("source_id").itertuples():
                label = short_source(row.source)
                if row.edition and str(row.edition) not in label and row.stage == "mining":
                    label += f" ({row.edition})"
                names.append(label)
        names += ["USGS Minerals Yearbook 2022 table 2 (deposits)",
                  "NS Energy, China Tungsten Online (Bayan Obo)"]
        return "; ".join(dict.fromkeys(names))

    def main_plot(self):
        return self.conc_plot


PANEL = ValueChainPanel
