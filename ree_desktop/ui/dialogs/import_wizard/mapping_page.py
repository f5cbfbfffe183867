"""The wizard's page 2: what each column holds, the dataset's name, kind, source and update,
with a preview of the rows as they will be imported."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ree_desktop.data import importer
from ree_desktop.data.importer import FIELDS
from ree_desktop.data.importer.validate import dataset_kind
from ree_desktop.i18n import QT_TRANSLATE_NOOP
from ree_desktop.ui.dialogs.import_wizard.common import (
    NOT_MAPPED,
    TYPES,
    _select,
    _table,
    label,
    shorten,
)
from ree_desktop.ui.dialogs.import_wizard.details import DetailsBox
from ree_desktop.ui.models import DataFrameModel

if TYPE_CHECKING:
    from ree_desktop.ui.dialogs.import_wizard.wizard import ImportWizard


# What a column can hold and how it is read (the keys are the data layer's field names).
FIELD_LABELS = {
    "country": QT_TRANSLATE_NOOP("ImportWizard", "country"),
    "year": QT_TRANSLATE_NOOP("ImportWizard", "year or date"),
    "value": QT_TRANSLATE_NOOP("ImportWizard", "value"),
    "unit": QT_TRANSLATE_NOOP("ImportWizard", "unit"),
    "stage": QT_TRANSLATE_NOOP("ImportWizard", "stage"),
    "element": QT_TRANSLATE_NOOP("ImportWizard", "element or product"),
    "metric": QT_TRANSLATE_NOOP("ImportWizard", "metric"),
    "scenario": QT_TRANSLATE_NOOP("ImportWizard", "scenario"),
    "flag": QT_TRANSLATE_NOOP("ImportWizard", "flag"),
    "note": QT_TRANSLATE_NOOP("ImportWizard", "note"),
    "item": QT_TRANSLATE_NOOP("ImportWizard", "item (company, mine, end use …)"),
}
TYPE_LABELS = {"auto": QT_TRANSLATE_NOOP("ImportWizard", "auto"),
               "text": QT_TRANSLATE_NOOP("ImportWizard", "text"),
               "skip": QT_TRANSLATE_NOOP("ImportWizard", "skip")}


def not_ready(problem: str) -> str:
    return QCoreApplication.translate("MappingPage", "<b>Not ready:</b> {problem}").format(
        problem=problem)


# -- page 2: columns -------------------------------------------------------------------------
class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("2 · Columns"))
        self.setSubTitle(self.tr(
            "What each column holds; the dataset kind decides what is needed (a country "
            "series: country, year or date, value; a wide file takes year and value from its "
            "year columns)."))
        self.columns = QTableWidget(0, 4, objectName="importColumns")
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                                self.tr("First values"), self.tr("Holds"),
                                                self.tr("Type")])
        self.columns.verticalHeader().setVisible(False)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.name_edit = QLineEdit(objectName="importName")
        self.metric_edit = QLineEdit("value", objectName="importMetric")
        self.unit_edit = QLineEdit(objectName="importUnit", placeholderText=self.tr("e.g. t REO"))
        self.status = QLabel(objectName="importMappingStatus", wordWrap=True)
        self.model = DataFrameModel(translate_headers=True)  # the importer's column names
        self.preview = _table("importParsedPreview")
        self.preview.setModel(self.model)
        form = QHBoxLayout()
        for text, widget in ((self.tr("Dataset name"), self.name_edit),
                             (self.tr("Metric (if no column)"), self.metric_edit),
                             (self.tr("Unit (if no column)"), self.unit_edit)):
            form.addWidget(QLabel(text))
            form.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns, 2)
        layout.addLayout(form)
        self.details = DetailsBox(lambda: self.timer.start())
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Preview of the rows as they will be imported")))
        layout.addWidget(self.preview, 3)
        self.timer = QTimer(self, singleShot=True, interval=120)
        self.timer.timeout.connect(self.update_preview)
        for edit in (self.metric_edit, self.unit_edit):
            edit.textChanged.connect(lambda _: self.timer.start())
        self.name_edit.textChanged.connect(lambda _: self.timer.start())
        self._filling = False
        self._ok = False

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        det = self.wiz.detection
        if det is None:
            return
        if not self.name_edit.text():
            self.name_edit.setText(self.wiz.format_page.path().stem)
        self._filling = True
        self.columns.setRowCount(len(det.columns))
        by_column = {column: fld for fld, column in det.mapping.items()}
        for row, column in enumerate(det.columns):
            item = QTableWidgetItem(column if len(column) <= 60 else column[:57] + "…")
            item.setToolTip(column)  # the file's own header and values: data text
            self.columns.setItem(row, 0, item)
            values = ", ".join(str(v)[:24] for v in det.sample[column].head(4))
            self.columns.setItem(row, 1, QTableWidgetItem(values))
            holds = QComboBox(objectName=f"holds_{row}")
            holds.addItem(label(NOT_MAPPED), "")
            for fld in FIELDS:
                holds.addItem(label(FIELD_LABELS.get(fld, fld)), fld)
            if column in det.year_columns:
                holds.addItem(self.tr("year column (wide)"), "_year")
            _select(holds, by_column.get(column, "_year" if column in det.year_columns
                                         else ""))
            holds.setEnabled(column not in det.year_columns)
            holds.currentIndexChanged.connect(self.mapping_changed)
            self.columns.setCellWidget(row, 2, holds)
            kind = QComboBox(objectName=f"type_{row}")
            for key in TYPES:
                kind.addItem(label(TYPE_LABELS[key]), key)
            kind.setCurrentIndex(max(0, kind.findData(self.wiz.options.types.get(column,
                                                                                 "auto"))))
            kind.currentIndexChanged.connect(self.mapping_changed)
            self.columns.setCellWidget(row, 3, kind)
        self._filling = False
        self.update_preview()

    def holds_combo(self, column: str) -> QComboBox:
        return self.columns.cellWidget(self.wiz.detection.columns.index(column), 2)

    def map_column(self, column: str, fld: str) -> None:
        """Map ``column`` to ``fld`` (as the user would with the combo box)."""
        _select(self.holds_combo(column), fld)

    def mapping_changed(self) -> None:
        if not self._filling:
            self.timer.start()

    def current_mapping(self) -> tuple[dict[str, str], dict[str, str]]:
        det = self.wiz.detection
        mapping, types = {}, {}
        for row, column in enumerate(det.columns):
            fld = self.columns.cellWidget(row, 2).currentData()
            kind = self.columns.cellWidget(row, 3).currentData()
            if kind != "auto":
                types[column] = kind
            if fld and fld != "_year" and kind != "skip":
                mapping.setdefault(fld, column)
        return mapping, types

    def update_preview(self) -> None:
        mapping, types = self.current_mapping()
        opts = self.wiz.options
        opts.mapping = mapping
        opts.types = types
        opts.metric = self.metric_edit.text().strip() or "value"
        opts.unit = self.unit_edit.text().strip()
        opts.name = self.name_edit.text().strip() or None
        self._ok = False
        problem = self.details.apply(opts)
        self.details.show_existing(self.wiz.store, opts.name or self.wiz.format_page.path().stem)
        if problem:
            self.status.setText(not_ready(problem))
            self.completeChanged.emit()
            return
        try:
            det, frame, problems = importer.preview(self.wiz.format_page.path(),
                                                    replace(opts, mapping=dict(mapping)),
                                                    self.wiz.store.bundled_path)
        except Exception as error:  # noqa: BLE001 (shown, never raised into Qt)
            self.status.setText(not_ready(str(error)))
            self.model.set_frame(pd.DataFrame())
            self.completeChanged.emit()
            return
        self.wiz.detection = det
        self.details.show_guess(dataset_kind(det, replace(opts, kind=None)))
        self._ok = True
        self.model.set_frame(shorten(frame))
        self.preview.resizeColumnsToContents()
        shown = len(frame)
        bad = int((frame["problem"] != "").sum()) if "problem" in frame else 0
        self.status.setText(self.tr(
            "{shown} preview rows from the start of the file; {bad} with problems there (the "
            "whole file is checked next).").format(shown=f"{shown:,}", bad=bad))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self._ok

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.wiz.options.name = self.name_edit.text().strip() or None
        problem = self.details.apply(self.wiz.options)  # typed just now: not yet previewed
        if problem:
            self.status.setText(not_ready(problem))
            return False
        return self._ok


