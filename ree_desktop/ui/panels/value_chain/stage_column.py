"""One stage of the value chain (Qt): title button, scope, source, a stacked bar of shares,
summary, and a no-data offer with the nearest year (its Part is in ``stage_part``).

Bars and labels are made once and reused (``setOpts``/``setHtml``): making and adding items
was most of a year change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QToolTip, QVBoxLayout, QWidget

from ree_desktop.analysis import value_chain as vc
from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.panels.value_chain.common import UNSTATED_COLOR, SegmentBar, ink_fits, is_dark
from ree_desktop.ui.panels.value_chain.model import ColumnView, percent, segment_label
from ree_desktop.ui.panels.value_chain.names import stage_word
from ree_desktop.ui.panels.value_chain.stage_row import (
    MIN_PLOT,
    TITLE_SCALE,
    StageTitle,
    scaled_font,
    words,
    wrapped_height,
)

if TYPE_CHECKING:
    pass

MIN_LABEL_PCT = 4.0
BAR_WIDTH = 0.8  # of the stage plot's width


class StageColumn(QFrame):
    """The widget of one stage: it draws a :class:`ColumnView` and reports hover and clicks."""

    hovered = Signal(object)        # segment key or None
    segment_clicked = Signal(str)   # segment key
    open_requested = Signal(str)    # stage key
    year_requested = Signal(int)

    def __init__(self, stage: str, label: str, describe: Callable[[str, pd.DataFrame,
                                                                    str | None], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.describe_rows = describe
        self.setObjectName(f"stage_{stage}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rows = pd.DataFrame()
        self.segments: tuple = ()
        self.items: dict[str, pg.BarGraphItem] = {}
        self.labels: dict[str, pg.TextItem] = {}
        self._bar_pool: list[pg.BarGraphItem] = []
        self._label_pool: list[pg.TextItem] = []
        self.colors: dict[str, str] = {}
        self.highlighted: str | None = None
        self.projection = False
        self.nearest: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(3)
        self.title = StageTitle(label, objectName=f"stageTitle_{stage}")
        self.title.setToolTip(translate("ValueChain", "Open the {stage} detail below").format(
            stage=stage_word(stage)))
        self.title.setFont(scaled_font(self.font(), TITLE_SCALE, bold=True))
        self.title.clicked.connect(lambda: self.open_requested.emit(self.stage))
        self.scope = self._label(f"stageScope_{stage}", Qt.AlignmentFlag.AlignTop)
        self.source = self._label(f"stageSource_{stage}", Qt.AlignmentFlag.AlignTop)
        self.source.setStyleSheet(f"color: {theme.current().muted};")
        self.source.setProperty("dataText", True)  # a source's title, as published
        self.plot = self._make_bar_plot()
        self.no_data = QLabel(objectName=f"stageNoData_{stage}")
        self.no_data.setWordWrap(True)
        self.no_data.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nearest_button = QPushButton(objectName=f"stageNearest_{stage}")
        self.nearest_button.clicked.connect(self._go_nearest)
        self.summary = self._label(f"stageSummary_{stage}")
        for widget in (self.title, self.scope, self.source):
            layout.addWidget(widget)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.no_data, 1)
        layout.addWidget(self.nearest_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.summary)

    def widest_word(self) -> int:
        """The widest word of the title and texts: the column is never narrower."""
        found = [self.title.widest_word()]
        metrics = self.fontMetrics()
        for label in (self.scope, self.source, self.summary, self.no_data):
            found += [metrics.horizontalAdvance(word) for word in words(label.text())]
        return max(found)

    def fit(self, width: int) -> int:
        """Give each wrapped text the height it needs at ``width``; the column's height."""
        inner = width - 12
        layout = self.layout()
        total = 12
        for label in (self.title, self.scope, self.source, self.summary):
            need = wrapped_height(label, inner)
            if label.minimumHeight() != need:
                label.setMinimumHeight(need)
            total += need + layout.spacing() if need else 0
        if self.no_data.isVisible() or not self.plot.isVisible():
            total += max(wrapped_height(self.no_data, inner), MIN_PLOT)
            total += self.nearest_button.sizeHint().height() + layout.spacing()
        else:
            total += MIN_PLOT
        layout.invalidate()
        return max(total, layout.totalMinimumSize().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return False  # fit() gives the wrapped labels their heights; the row uses those

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.title.setFont(scaled_font(self.font(), TITLE_SCALE, bold=True))

    @staticmethod
    def _label(name: str, align: Qt.AlignmentFlag | None = None) -> QLabel:
        label = QLabel(objectName=name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | align if align
                           else Qt.AlignmentFlag.AlignHCenter)
        return label

    def _make_bar_plot(self) -> pg.PlotWidget:
        plot = pg.PlotWidget(background=theme.current().background)
        item = plot.getPlotItem()
        item.hideAxis("bottom")
        item.hideAxis("left")
        item.setMenuEnabled(False)
        item.hideButtons()
        plot.setMouseEnabled(False, False)
        plot.setMinimumHeight(MIN_PLOT)
        plot.setXRange(-0.5, 0.5, padding=0)
        plot.setYRange(0, 101, padding=0.01)
        plot.scene().sigMouseMoved.connect(self._mouse_moved)
        plot.scene().sigMouseClicked.connect(self._mouse_clicked)
        return plot

    # -- drawing ---------------------------------------------------------------------------
    def show_view(self, view: ColumnView, colors: dict[str, str]) -> None:
        """Draw a stage's bar with its texts, or its no-data offer."""
        if view.rows.empty:
            self.show_no_data(view)
            return
        rows = view.rows
        self.rows, self.segments, self.colors = rows, view.segments, colors
        self.projection = bool(rows["projection"].any())
        self.highlighted = None
        self.items = {}
        background = theme.current().background
        pen = pg.mkPen(background, width=1)
        for index, row in enumerate(view.segments):
            bar = self._pooled(self._bar_pool, index, lambda: SegmentBar(
                x=[0.0], y0=[0.0], height=[0.0], width=BAR_WIDTH))
            bar.setOpts(y0=[row.bottom], height=[row.share_pct], brush=self._brush(row.segment),
                        pen=pen)
            self.items[row.segment] = bar
        self._hide_from(self._bar_pool, len(view.segments))
        self._relabel()
        top = float(rows["top"].max())
        self.plot.setYRange(0, max(100.0, top) + 1, padding=0.01)
        self.scope.setText(view.scope)
        self.source.setText(view.source)
        self.summary.setText(view.summary)
        self.summary.setToolTip(view.others)
        self._set_visible_parts(True)
        self._refit()

    def _pooled(self, pool: list, index: int, make: Callable[[], pg.GraphicsObject]):
        if index == len(pool):
            pool.append(make())
            self.plot.addItem(pool[index])
        pool[index].setVisible(True)
        return pool[index]

    @staticmethod
    def _hide_from(pool: list, count: int) -> None:
        for item in pool[count:]:
            item.setVisible(False)

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

    def _relabel(self) -> None:
        """Label the segments whose height fits a line of text (again after a resize)."""
        self.labels = {}
        count = 0
        for row in self.segments:
            if self._label_fits(row):
                self._set_label(count, row, self.colors[row.segment])
                count += 1
        self._hide_from(self._label_pool, count)

    def _set_label(self, index: int, row, color: str) -> None:
        name = segment_label(row)
        text_color = "#FFFFFF" if is_dark(color) else "#111111"
        fill = None
        if row.segment == vc.UNSTATED or self.projection:
            text_color = theme.current().foreground
            fill = pg.mkBrush(theme.current().background + "D0")
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
        label = self._pooled(self._label_pool, index,
                             lambda: pg.TextItem(html="", anchor=(0.5, 0.5)))
        label.fill = fill if fill is not None else pg.mkBrush(None)
        if getattr(label, "shown_html", None) != html:
            label.setHtml(html)
            label.shown_html = html
        label.setPos(0.0, row.bottom + row.share_pct / 2)
        label.update()
        self.labels[row.segment] = label

    def _points(self, scale: float) -> int:
        """A label size relative to the app font (the font-size control scales labels too)."""
        base = self.font().pointSizeF()
        return max(7, round((base if base > 0 else 9.0) * scale))

    def _label_fits(self, row) -> bool:
        """Label a segment only if its text's ink fits the height (no overlaps; Chinese
        glyphs are taller than Latin ones)."""
        if row.share_pct < MIN_LABEL_PCT:
            return False
        font = QFont(self.font())
        font.setPointSize(self._points(1.1 if row.share_pct >= 8 else 1.0))
        font.setBold(True)
        pixels = row.share_pct * self.plot.height() / 102.0
        return ink_fits(font, f"{segment_label(row)} {percent(row.share_pct)}", pixels)

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

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize() != event.size() and not self.rows.empty:
            self._relabel()

    def show_no_data(self, view: ColumnView) -> None:
        self.rows, self.items, self.labels, self.highlighted = pd.DataFrame(), {}, {}, None
        self.segments = ()
        self._hide_from(self._bar_pool, 0)
        self._hide_from(self._label_pool, 0)
        self.nearest = view.nearest
        self.scope.setText(view.scope)
        self.source.setText("")
        self.no_data.setText(view.no_data)
        self.summary.setText("")
        self.summary.setToolTip("")
        self._set_visible_parts(False)
        self.nearest_button.setVisible(view.nearest is not None)
        if view.nearest is not None:
            self.nearest_button.setText(translate("ValueChain", "Show {year}").format(
                year=view.nearest))
            self.nearest_button.setToolTip(translate(
                "ValueChain", "Set the year to {year}, the nearest year with data for this "
                "stage").format(year=view.nearest))
        self._refit()

    def _refit(self) -> None:
        """New texts may wrap differently: let the row re-grid and re-measure."""
        row = self.parentWidget()
        if hasattr(row, "fit"):
            row.fit()

    def _set_visible_parts(self, has_data: bool) -> None:
        self.plot.setVisible(has_data)
        self.no_data.setVisible(not has_data)
        self.nearest_button.setVisible(False)

    def _go_nearest(self) -> None:
        if self.nearest is not None:
            self.year_requested.emit(self.nearest)

    # -- highlight and hover ---------------------------------------------------------------
    def highlight(self, segment: str | None) -> None:
        """Emphasise ``segment`` (outline) and fade the others; None restores all."""
        target = segment if segment in self.items else None
        if target == self.highlighted:
            return
        self.highlighted = target
        foreground, background = theme.current().foreground, theme.current().background
        for key, bar in self.items.items():
            alpha, width = self.segment_style(key, segment)
            pen = (pg.mkPen(foreground, width=width) if width > 1
                   else pg.mkPen(background, width=1))
            bar.setOpts(brush=self._brush(key, alpha), pen=pen)

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
        return self.describe_rows(self.stage, self.rows, segment)

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
