"""The small table the Demand panel's parts show beside their charts (the axes, pens and
theme restyle are the chart kit's: ree_desktop.ui.charts)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ree_desktop.ui.models import DataFrameModel


def small_table() -> QTableView:
    """A compact read-only table: rows selected whole, columns fitted to their contents."""
    view = QTableView()
    view.setModel(DataFrameModel(translate_headers=True))
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view
