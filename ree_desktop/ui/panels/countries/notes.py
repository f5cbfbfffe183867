"""Notes part of the Countries panel: the line under the views naming countries without data,
cells that are '0 or not reported', how the metric is read and what the marks mean, and the
source caption of the rows shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ree_desktop.ui.charts import SourceCaption
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.countries import texts as tx

if TYPE_CHECKING:
    from ree_desktop.ui.panels.countries.panel import CountriesPanel


#: The notes and caption take at most this share of the panel's height (then they scroll), so
#: a large font leaves the chart room for its axis labels (20 pt on 1280×800).
MAX_SHARE = 0.3


class NotesArea(QScrollArea):
    """The labels under the views (detail, note, source caption), as tall as their text
    needs up to ``MAX_SHARE`` of the panel; past that they scroll instead of squeezing the
    chart."""

    def __init__(self, labels: list[QLabel]) -> None:
        super().__init__(objectName="countriesNotesArea")
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in labels:
            layout.addWidget(label)
        self.setWidget(inner)  # sized by ``refit`` (height for the width), not by the area
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.cap = 10_000
        self._need = -1

    def need(self, width: int) -> int:
        """The height the labels need at ``width``."""
        layout = self.widget().layout()
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else \
            layout.totalSizeHint().height()

    def refit(self, panel_height: int | None = None) -> None:
        """Take the height the text needs, at most the cap (re-read after a text change,
        a resize of the panel or of this area); the labels are laid out at the width they
        are shown at, so they never wrap differently from what was measured."""
        if panel_height is not None:
            self.cap = max(int(MAX_SHARE * panel_height), 3 * self.fontMetrics().lineSpacing())
        width = max(self.width(), 100)
        need = self.need(width)
        if need > self.cap:  # a scroll bar takes its width from the text
            width -= self.verticalScrollBar().sizeHint().width()
            need = self.need(width)
        self.widget().resize(width, need)
        height = min(need, self.cap)
        if height != self._need:
            self._need = height
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.refit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._need = -1
            self.refit()


class NotesPart(Part):
    """Written on every change of what is shown (cheap: text only)."""

    watches = frozenset({"countries", "year_range", "year", "metric", "view", "share", "log",
                         "estimates", "revisions", "by_item"})

    def __init__(self, panel: CountriesPanel, note: QLabel, caption: SourceCaption) -> None:
        super().__init__()
        self.panel = panel
        self.note = note
        self.caption = caption
        caption.setProperty("dataText", True)  # publishers and editions stay as published

    def key(self):
        panel = self.panel
        return panel.rows_key(), panel.state.year, panel.current_view(), panel.options

    def draw(self) -> None:
        rows, view = self.panel.rows, self.panel.current_view()
        self.note.setText(rows.notes(view))
        # two lines kept free: the chart does not jump (and re-lay out) as notes change
        self.note.setMinimumHeight(2 * self.note.fontMetrics().lineSpacing())
        # "Source" in the interface's language; the publishers and editions are data
        sources = rows.sources_text(view)
        self.caption.setText(tx.tr(tx.SOURCE).format(source=sources) if sources else "")
        area = self.panel.notes_area
        area.refit(self.panel.height())
