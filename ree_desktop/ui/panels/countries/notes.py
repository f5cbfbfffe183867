"""Notes part of the Countries panel: the line under the views naming countries without data,
cells that are '0 or not reported', how the metric is read and what the marks mean, and the
source caption of the rows shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from ree_desktop.ui.charts import SourceCaption
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.countries import texts as tx

if TYPE_CHECKING:
    from ree_desktop.ui.panels.countries.panel import CountriesPanel


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
