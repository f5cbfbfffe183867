"""Table part of the Countries panel: the rows behind the line (every edition when revisions
are shown, a CAGR's rates), flags in words, sortable; Ctrl+C copies the selected cells (the
app-wide table-copy filter)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ree_desktop.i18n import QT_TRANSLATE_NOOP, language
from ree_desktop.ui.models import DataFrameModel
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.countries import texts as tx

if TYPE_CHECKING:
    from ree_desktop.ui.panels.countries.panel import CountriesPanel

MAX_COLUMN_WIDTH = 260
#: The columns' headers as shown (the CSV export keeps the English column names).
HEADERS = {
    "country": QT_TRANSLATE_NOOP("Countries", "country"),
    "country_iso3": QT_TRANSLATE_NOOP("Countries", "ISO3"),
    "item": QT_TRANSLATE_NOOP("Countries", "item"),
    "year": QT_TRANSLATE_NOOP("Countries", "year"),
    "metric": QT_TRANSLATE_NOOP("Countries", "metric"),
    "value": QT_TRANSLATE_NOOP("Countries", "value"),
    "unit": QT_TRANSLATE_NOOP("Countries", "unit"),
    "flag": QT_TRANSLATE_NOOP("Countries", "flag"),
    "edition": QT_TRANSLATE_NOOP("Countries", "edition"),
    "preferred": QT_TRANSLATE_NOOP("Countries", "preferred"),
    "source_publisher": QT_TRANSLATE_NOOP("Countries", "publisher"),
    "source": QT_TRANSLATE_NOOP("Countries", "source"),
    "source_url": QT_TRANSLATE_NOOP("Countries", "source URL"),
    "note": QT_TRANSLATE_NOOP("Countries", "note"),
    "start_year": QT_TRANSLATE_NOOP("Countries", "start year"),
    "start_value": QT_TRANSLATE_NOOP("Countries", "start value"),
    "end_value": QT_TRANSLATE_NOOP("Countries", "end value"),
    "start_edition": QT_TRANSLATE_NOOP("Countries", "start edition"),
    "start_source_publisher": QT_TRANSLATE_NOOP("Countries", "start publisher"),
    "reserves_edition": QT_TRANSLATE_NOOP("Countries", "reserves edition"),
    "production_year": QT_TRANSLATE_NOOP("Countries", "production year"),
    "rank": QT_TRANSLATE_NOOP("Countries", "rank"),
}


class CountriesTableModel(DataFrameModel):
    """The table's rows with headers in the interface's language; in English the headers
    are the CSV's column names (``country_iso3``), so a copied table matches an export."""

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and not 0 <= section < self.columnCount():
            return None
        text = super().headerData(section, orientation, role)
        if orientation == Qt.Orientation.Horizontal and isinstance(text, str) and \
                text in HEADERS and language() != "en":
            return tx.tr(HEADERS[text])
        return text


class TablePart(Part):
    """Filled while the table tab is shown, and only when its rows would change."""

    watches = frozenset({"countries", "year_range", "metric", "share", "revisions", "view",
                         "by_item"})

    def __init__(self, panel: CountriesPanel) -> None:
        super().__init__()
        self.panel = panel
        self.table = QTableView(objectName="countriesTable")
        self.model = CountriesTableModel()
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
