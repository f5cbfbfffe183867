"""A Qt table model over a pandas DataFrame, fast enough for a million rows.

Cells are formatted on demand from the column arrays (no per-cell Python objects up front);
sorting is done by pandas on the whole column rather than by Qt cell by cell. Column names
stay the machine names of the data (CSV exports keep them); a model built with
``translate_headers=True`` shows the common ones in the interface's language.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

_ROOT = QModelIndex()

# Machine column names shown as headers, marked for translation under "Columns".
COLUMN_LABELS = (
    QT_TRANSLATE_NOOP("Columns", "country"), QT_TRANSLATE_NOOP("Columns", "country_iso3"),
    QT_TRANSLATE_NOOP("Columns", "country in file"), QT_TRANSLATE_NOOP("Columns", "iso3"),
    QT_TRANSLATE_NOOP("Columns", "year"), QT_TRANSLATE_NOOP("Columns", "date"),
    QT_TRANSLATE_NOOP("Columns", "value"), QT_TRANSLATE_NOOP("Columns", "unit"),
    QT_TRANSLATE_NOOP("Columns", "flag"), QT_TRANSLATE_NOOP("Columns", "metric"),
    QT_TRANSLATE_NOOP("Columns", "element"), QT_TRANSLATE_NOOP("Columns", "stage"),
    QT_TRANSLATE_NOOP("Columns", "scenario"), QT_TRANSLATE_NOOP("Columns", "item"),
    QT_TRANSLATE_NOOP("Columns", "note"), QT_TRANSLATE_NOOP("Columns", "line"),
    QT_TRANSLATE_NOOP("Columns", "problem"), QT_TRANSLATE_NOOP("Columns", "source_id"),
    QT_TRANSLATE_NOOP("Columns", "source"), QT_TRANSLATE_NOOP("Columns", "dataset"),
    QT_TRANSLATE_NOOP("Columns", "product"), QT_TRANSLATE_NOOP("Columns", "preferred"),
    QT_TRANSLATE_NOOP("Columns", "edition"), QT_TRANSLATE_NOOP("Columns", "publisher"),
    QT_TRANSLATE_NOOP("Columns", "title"), QT_TRANSLATE_NOOP("Columns", "url"),
    QT_TRANSLATE_NOOP("Columns", "licence"), QT_TRANSLATE_NOOP("Columns", "id"),
    QT_TRANSLATE_NOOP("Columns", "kind"), QT_TRANSLATE_NOOP("Columns", "rows"),
    QT_TRANSLATE_NOOP("Columns", "description"), QT_TRANSLATE_NOOP("Columns", "imported_at"),
    QT_TRANSLATE_NOOP("Columns", "origin"), QT_TRANSLATE_NOOP("Columns", "category"),
    QT_TRANSLATE_NOOP("Columns", "detail"), QT_TRANSLATE_NOOP("Columns", "countries"),
    QT_TRANSLATE_NOOP("Columns", "elements"), QT_TRANSLATE_NOOP("Columns", "date_precision"),
    QT_TRANSLATE_NOOP("Columns", "tier"), QT_TRANSLATE_NOOP("Columns", "name"),
    QT_TRANSLATE_NOOP("Columns", "region"), QT_TRANSLATE_NOOP("Columns", "share"),
    QT_TRANSLATE_NOOP("Columns", "low"), QT_TRANSLATE_NOOP("Columns", "high"),
    QT_TRANSLATE_NOOP("Columns", "currency"), QT_TRANSLATE_NOOP("Columns", "price"),
    QT_TRANSLATE_NOOP("Columns", "content"), QT_TRANSLATE_NOOP("Columns", "sources"),
    QT_TRANSLATE_NOOP("Columns", "report"), QT_TRANSLATE_NOOP("Columns", "basis"),
    QT_TRANSLATE_NOOP("Columns", "value_low"), QT_TRANSLATE_NOOP("Columns", "value_high"),
    QT_TRANSLATE_NOOP("Columns", "value_raw"), QT_TRANSLATE_NOOP("Columns", "source_publisher"),
    QT_TRANSLATE_NOOP("Columns", "source_url"), QT_TRANSLATE_NOOP("Columns", "name_zh"),
    QT_TRANSLATE_NOOP("Columns", "aliases"), QT_TRANSLATE_NOOP("Columns", "iso_numeric"),
    QT_TRANSLATE_NOOP("Columns", "is_aggregate"), QT_TRANSLATE_NOOP("Columns", "position"),
    QT_TRANSLATE_NOOP("Columns", "key"), QT_TRANSLATE_NOOP("Columns", "target_panel"),
    QT_TRANSLATE_NOOP("Columns", "dashed_from"), QT_TRANSLATE_NOOP("Columns", "history"),
    QT_TRANSLATE_NOOP("Columns", "created"), QT_TRANSLATE_NOOP("Columns", "state"),
    # the value chain's and Demand's tables beside their charts
    QT_TRANSLATE_NOOP("Columns", "top"), QT_TRANSLATE_NOOP("Columns", "top1 %"),
    QT_TRANSLATE_NOOP("Columns", "top3 %"), QT_TRANSLATE_NOOP("Columns", "HHI is"),
    QT_TRANSLATE_NOOP("Columns", "country / use"), QT_TRANSLATE_NOOP("Columns", "share_pct"),
    QT_TRANSLATE_NOOP("Columns", "used_in_bar"), QT_TRANSLATE_NOOP("Columns", "projection"),
    QT_TRANSLATE_NOOP("Columns", "scope"), QT_TRANSLATE_NOOP("Columns", "denominator"),
    QT_TRANSLATE_NOOP("Columns", "fact"), QT_TRANSLATE_NOOP("Columns", "end_use"),
    QT_TRANSLATE_NOOP("Columns", "World mine prod."),
    QT_TRANSLATE_NOOP("Columns", "US consumption"),
)


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
    def __init__(self, frame: pd.DataFrame | None = None, parent=None,
                 translate_headers: bool = False):
        super().__init__(parent)
        self.translate_headers = translate_headers
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
            if not 0 <= section < len(self._frame.columns):
                return None
            name = str(self._frame.columns[section])
            return translate("Columns", name) if self.translate_headers else name
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


def filter_frame(frame: pd.DataFrame, text: str) -> pd.DataFrame:
    """Rows where any cell contains every word of ``text`` (case-insensitive)."""
    words = text.casefold().split()
    if not words or frame.empty:
        return frame
    text = frame.astype(object).where(frame.notna(), "").astype(str)
    joined = text.iloc[:, 0]
    for column in text.columns[1:]:
        joined = joined + " " + text[column]
    joined = joined.str.casefold()
    mask = pd.Series(True, index=frame.index)
    for word in words:
        mask &= joined.str.contains(word, regex=False)
    return frame[mask]


def fit_columns(table: QTableView, widest: int = 320) -> None:
    """Size columns to their contents (sampled rows), capped so no column hogs the view."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)
