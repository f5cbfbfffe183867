"""Tables beside the charts with their column headers in the interface's language: the
frame keeps its English column names (tests, exports and CSV read them); only the header
shown is translated, from a table of names marked for ``pyside6-lupdate``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from ree_desktop.i18n import QT_TRANSLATE_NOOP
from ree_desktop.ui.models import DataFrameModel

#: Column names shown in the kit's tables (context "Tables").
HEADERS = (
    QT_TRANSLATE_NOOP("Tables", "year"), QT_TRANSLATE_NOOP("Tables", "top"),
    QT_TRANSLATE_NOOP("Tables", "top1 %"), QT_TRANSLATE_NOOP("Tables", "top3 %"),
    QT_TRANSLATE_NOOP("Tables", "HHI is"), QT_TRANSLATE_NOOP("Tables", "source"),
    QT_TRANSLATE_NOOP("Tables", "note"), QT_TRANSLATE_NOOP("Tables", "country / use"),
    QT_TRANSLATE_NOOP("Tables", "value"), QT_TRANSLATE_NOOP("Tables", "unit"),
    QT_TRANSLATE_NOOP("Tables", "share_pct"), QT_TRANSLATE_NOOP("Tables", "flag"),
    QT_TRANSLATE_NOOP("Tables", "used_in_bar"), QT_TRANSLATE_NOOP("Tables", "projection"),
    QT_TRANSLATE_NOOP("Tables", "scope"), QT_TRANSLATE_NOOP("Tables", "edition"),
    QT_TRANSLATE_NOOP("Tables", "denominator"), QT_TRANSLATE_NOOP("Tables", "fact"),
    QT_TRANSLATE_NOOP("Tables", "scenario"), QT_TRANSLATE_NOOP("Tables", "end_use"),
    QT_TRANSLATE_NOOP("Tables", "element"), QT_TRANSLATE_NOOP("Tables", "country"),
    QT_TRANSLATE_NOOP("Tables", "source_url"), QT_TRANSLATE_NOOP("Tables", "World mine prod."),
    QT_TRANSLATE_NOOP("Tables", "US consumption"), QT_TRANSLATE_NOOP("Tables", "country_iso3"),
)


class TranslatedTableModel(DataFrameModel):
    """A DataFrameModel whose horizontal headers are shown translated."""

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        text = super().headerData(section, orientation, role)
        if orientation == Qt.Orientation.Horizontal and isinstance(text, str) and text:
            return QCoreApplication.translate("Tables", text)
        return text
