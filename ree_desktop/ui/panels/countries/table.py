"""Table part of the Countries panel: the rows behind the line (every edition when revisions
are shown, a CAGR's rates), flags in words, sortable; Ctrl+C copies the selected cells (the
app-wide table-copy filter)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QTableView

from ree_desktop.ui.models import DataFrameModel
from ree_desktop.ui.panels.base import Part

if TYPE_CHECKING:
    from ree_desktop.ui.panels.countries.panel import CountriesPanel

MAX_COLUMN_WIDTH = 260


class TablePart(Part):
    """Filled while the table tab is shown, and only when its rows would change."""

    watches = frozenset({"countries", "year_range", "metric", "share", "revisions", "view",
                         "by_item"})

    def __init__(self, panel: CountriesPanel) -> None:
        super().__init__()
        self.panel = panel
        self.table = QTableView(objectName="countriesTable")
        self.model = DataFrameModel()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setDefaultSectionSize(panel.fontMetrics().height() + 8)
        self.widget = self.table

    def active(self) -> bool:
        return self.panel.current_view() == "table"

    def key(self):
        return self.panel.rows_key()

    def draw(self) -> None:
        self.model.set_frame(self.panel.rows.table_frame())
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column),
                                                  MAX_COLUMN_WIDTH))
