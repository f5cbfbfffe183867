"""A Qt table model over a pandas DataFrame, fast enough for a million rows.

Cells are formatted on demand from the column arrays (no per-cell Python objects up front);
sorting is done by pandas on the whole column rather than by Qt cell by cell.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

_ROOT = QModelIndex()


def format_value(value, plain: bool = False) -> str:
    """Numbers with thousands separators; NaN/None as empty (a gap, never a zero).

    ``plain`` formats whole numbers without separators (years, ids).
    """
    if value is None:
        return ""
    if plain and isinstance(value, int | float | np.integer | np.floating) \
            and not (isinstance(value, float | np.floating) and math.isnan(value)) \
            and float(value).is_integer():
        return str(int(value))
    if isinstance(value, float | np.floating):
        if math.isnan(value):
            return ""
        if float(value).is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.4g}" if abs(value) < 1 else f"{value:,.2f}"
    if isinstance(value, int | np.integer):
        return str(value) if 1000 <= value <= 2200 else f"{value:,}"
    return str(value)


def is_plain_column(name: str) -> bool:
    """Columns whose whole numbers read without thousands separators (years, ids, ranks)."""
    lowered = name.lower()
    return lowered in {"year", "id", "rank", "preferred", "is_aggregate", "rows_line"} or \
        lowered.endswith("_year") or lowered.startswith("year")


class DataFrameModel(QAbstractTableModel):
    def __init__(self, frame: pd.DataFrame | None = None, parent=None):
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._columns: list[np.ndarray] = []
        self._plain: list[bool] = []
        if frame is not None:
            self.set_frame(frame)

    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self._columns = [self._frame[c].to_numpy(dtype=object) for c in self._frame.columns]
        self._plain = [is_plain_column(str(c)) for c in self._frame.columns]
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._columns[index.column()][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(value, self._plain[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(
                value, int | float | np.integer | np.floating):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = format_value(value)
            return text if len(text) > 40 else None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            columns = self._frame.columns
            return str(columns[section]) if 0 <= section < len(columns) else None
        return str(section + 1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if self._frame.empty:
            return
        name = self._frame.columns[column]
        ascending = order == Qt.SortOrder.AscendingOrder
        self.set_frame(self._frame.sort_values(name, ascending=ascending, kind="stable",
                                               na_position="last"))

    def row_as_text(self, row: int) -> list[str]:
        return [format_value(col[row], plain)
                for col, plain in zip(self._columns, self._plain, strict=True)]
