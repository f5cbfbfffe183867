"""Table part of the Demand panel: everything behind the charts, long format, with a filter
(history, IEA projections, the user scenario)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.i18n import translate
from ree_desktop.ui.charts import SourceCaption
from ree_desktop.ui.models import DataFrameModel
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.demand import model as m
from ree_desktop.ui.panels.demand.whatif_model import drivers_key

if TYPE_CHECKING:
    from ree_desktop.ui.panels.demand.panel import DemandPanel

MAX_COLUMN_WIDTH = 320


class TablePart(Part):
    """Filled only while its tab is shown, and only when its rows would change."""

    watches = frozenset({"year_range", "drivers", "tab"})

    def __init__(self, panel: DemandPanel) -> None:
        super().__init__()
        self.panel = panel
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(4, 4, 4, 4)
        self.model = DataFrameModel(translate_headers=True)
        self.table = QTableView(objectName="demandTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(panel.fontMetrics().height() + 8)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Demand", "Everything behind the charts, long format: "
                                       "history (t REO), IEA projections (kt) and, when set, "
                                       "the user scenario; your paths too.")), 1)
        self.filter = QComboBox(objectName="tableFilter")
        for text, key in m.TABLE_FILTERS:
            self.filter.addItem(translate("Demand", text), key)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        row.addWidget(self.filter)
        column.addLayout(row)
        column.addWidget(self.table, 1)
        self.caption = SourceCaption(m.TABLE_CAPTION)
        column.addWidget(self.caption)

    def _filter_changed(self, _index: int) -> None:
        self.stale = True
        self.panel.update_parts()

    def active(self) -> bool:
        return self.panel.options.tab == "table"

    def key(self):
        options = self.panel.options
        return (tuple(self.panel.state.year_range), drivers_key(options.drivers),
                self.filter.currentData())

    def draw(self) -> None:
        frame = self.panel.model.filter_table(self.panel.export_frame(),
                                              self.filter.currentData())
        self.model.set_frame(frame)
        self.table.resizeColumnsToContents()
        for index in range(self.model.columnCount()):
            self.table.setColumnWidth(index, min(self.table.columnWidth(index),
                                                 MAX_COLUMN_WIDTH))
