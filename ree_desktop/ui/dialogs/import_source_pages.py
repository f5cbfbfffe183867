"""Import wizard, steps 1-2: the file's format and the column mapping, with live previews."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ree_desktop.data import importer
from ree_desktop.data.importer import FIELDS, Options
from ree_desktop.ui.dialogs.import_common import (
    DECIMALS,
    DELIMITERS,
    ENCODINGS,
    NOT_MAPPED,
    QUOTES,
    THOUSANDS,
    TYPES,
    _combo,
    _select,
    _table,
    shorten,
)
from ree_desktop.ui.models import DataFrameModel

if TYPE_CHECKING:
    from ree_desktop.ui.dialogs.import_wizard import ImportWizard


class FormatPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle("1 · File and format")
        self.setSubTitle("Everything below was detected from the file; change anything that "
                         "looks wrong and the preview follows.")
        self.path_edit = QLineEdit(objectName="importPath")
        browse = QPushButton("Browse…", objectName="importBrowse")
        browse.clicked.connect(self.browse)
        self.encoding = _combo("importEncoding", [(e, e) for e in ENCODINGS], editable=True)
        self.delimiter = _combo("importDelimiter", DELIMITERS)
        self.decimal = _combo("importDecimal", DECIMALS)
        self.thousands = _combo("importThousands", THOUSANDS)
        self.quote = _combo("importQuote", QUOTES)
        self.header = QSpinBox(objectName="importHeaderRow", minimum=0, maximum=1000)
        self.header.setSpecialValueText("none")
        self.layout_combo = _combo("importLayout", (
            (False, "Long: one row per country and year"),
            (True, "Wide: years are columns (World Bank, OWID …)")))
        self.line_end = QLabel(objectName="importLineEnd")
        self.detected = QLabel(objectName="importDetected", wordWrap=True)
        self.error = QLabel(objectName="importFormatError", wordWrap=True)
        self.error.setStyleSheet("color: #c0392b; font-weight: bold")
        self.model = DataFrameModel()
        self.preview = _table("importRawPreview")
        self.preview.setModel(self.model)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow("File", file_row)
        left, right = QFormLayout(), QFormLayout()
        left.addRow("Encoding", self.encoding)
        left.addRow("Delimiter", self.delimiter)
        left.addRow("Quote", self.quote)
        left.addRow("Header on line", self.header)
        right.addRow("Decimal mark", self.decimal)
        right.addRow("Thousands", self.thousands)
        right.addRow("Layout", self.layout_combo)
        right.addRow("Line ends", self.line_end)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(columns)
        layout.addWidget(self.detected)
        layout.addWidget(self.error)
        layout.addWidget(QLabel("Preview (first rows, as columns)"))
        layout.addWidget(self.preview, 1)

        self.timer = QTimer(self, singleShot=True, interval=120)
        self.timer.timeout.connect(self.update_preview)
        self.path_edit.editingFinished.connect(self.new_file)
        self.encoding.currentTextChanged.connect(lambda _: self.changed("encoding"))
        for name, combo in (("delimiter", self.delimiter), ("decimal", self.decimal),
                            ("thousands", self.thousands), ("quotechar", self.quote),
                            ("wide", self.layout_combo)):
            combo.currentIndexChanged.connect(lambda _=0, n=name: self.changed(n))
        self.header.valueChanged.connect(lambda _: self.changed("header_row"))
        self._loading = False
        self._overridden: set[str] = set()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import CSV", str(self.path_edit.text()),
                                              "CSV files (*.csv *.tsv *.txt);;All files (*)")
        if path:
            self.path_edit.setText(path)
            self.new_file()

    def new_file(self) -> None:
        self._overridden.clear()
        self.wiz.options = Options()
        self.update_preview()

    def changed(self, name: str) -> None:
        if self._loading:
            return
        self._overridden.add(name)
        opts = self.wiz.options
        if name == "encoding":
            opts.encoding = self.encoding.currentText().strip() or None
        elif name == "delimiter":
            opts.delimiter = self.delimiter.currentData()
        elif name == "decimal":
            opts.decimal = self.decimal.currentData()
            if "thousands" not in self._overridden:
                opts.thousands = None
        elif name == "thousands":
            opts.thousands = self.thousands.currentData()
        elif name == "quotechar":
            opts.quotechar = self.quote.currentData()
        elif name == "wide":
            opts.wide = self.layout_combo.currentData()
            opts.mapping = None
        elif name == "header_row":
            opts.header_row = self.header.value() - 1
            opts.mapping = None
        if name in ("delimiter", "encoding", "quotechar"):
            opts.mapping = None
        self.timer.start()

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def update_preview(self) -> None:
        """Detect with the user's overrides and show the result (never raises)."""
        self.wiz.detection = None
        self.error.clear()
        if not self.path_edit.text().strip():
            self.model.set_frame(pd.DataFrame())
            self.completeChanged.emit()
            return
        try:
            det = importer.detect(self.path(), self.wiz.options)
        except Exception as error:  # noqa: BLE001 (shown, never raised into Qt)
            self.error.setText(str(error))
            self.model.set_frame(pd.DataFrame())
            self.completeChanged.emit()
            return
        self.wiz.detection = det
        self._show(det)
        self.model.set_frame(shorten(det.sample.head(100)))
        self.preview.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.preview.columnWidth(column) > 260:
                self.preview.setColumnWidth(column, 260)
        self.completeChanged.emit()

    def _show(self, det) -> None:
        self._loading = True
        try:
            self.encoding.setEditText(det.encoding)
            _select(self.delimiter, det.delimiter)
            _select(self.decimal, det.decimal)
            _select(self.thousands, det.thousands)
            _select(self.quote, det.quotechar)
            self.header.setValue(det.header_row + 1)
            _select(self.layout_combo, det.wide)
            self.line_end.setText(det.line_end)
        finally:
            self._loading = False
        chosen = ", ".join(sorted(self._overridden)) or "nothing"
        bom = " with byte-order mark" if det.bom else ""
        self.detected.setText(
            f"Detected: {det.encoding}{bom}, {dict(DELIMITERS)[det.delimiter].lower()}"
            f" separated, decimal {det.decimal!r}, {len(det.columns)} columns, "
            f"{'wide' if det.wide else 'long'} layout"
            + (f" ({len(det.year_columns)} year columns)" if det.wide else "")
            + f". Changed by you: {chosen}.")

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.wiz.detection is not None


# -- page 2: columns -------------------------------------------------------------------------
class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle("2 · Columns")
        self.setSubTitle("What each column holds. Country, year and value are needed (a wide "
                         "file takes year and value from its year columns).")
        self.columns = QTableWidget(0, 4, objectName="importColumns")
        self.columns.setHorizontalHeaderLabels(["Column in the file", "First values",
                                                "Holds", "Type"])
        self.columns.verticalHeader().setVisible(False)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.name_edit = QLineEdit(objectName="importName")
        self.metric_edit = QLineEdit("value", objectName="importMetric")
        self.unit_edit = QLineEdit(objectName="importUnit", placeholderText="e.g. t REO")
        self.status = QLabel(objectName="importMappingStatus", wordWrap=True)
        self.model = DataFrameModel()
        self.preview = _table("importParsedPreview")
        self.preview.setModel(self.model)
        form = QHBoxLayout()
        for label, widget in (("Dataset name", self.name_edit),
                              ("Metric (if no column)", self.metric_edit),
                              ("Unit (if no column)", self.unit_edit)):
            form.addWidget(QLabel(label))
            form.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns, 2)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(QLabel("Preview of the rows as they will be imported"))
        layout.addWidget(self.preview, 3)
        self.timer = QTimer(self, singleShot=True, interval=120)
        self.timer.timeout.connect(self.update_preview)
        for edit in (self.metric_edit, self.unit_edit):
            edit.textChanged.connect(lambda _: self.timer.start())
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
            item.setToolTip(column)
            self.columns.setItem(row, 0, item)
            values = ", ".join(str(v)[:24] for v in det.sample[column].head(4))
            self.columns.setItem(row, 1, QTableWidgetItem(values))
            holds = QComboBox(objectName=f"holds_{row}")
            holds.addItem(NOT_MAPPED, "")
            for fld in FIELDS:
                holds.addItem(fld, fld)
            if column in det.year_columns:
                holds.addItem("year column (wide)", "_year")
            _select(holds, by_column.get(column, "_year" if column in det.year_columns
                                         else ""))
            holds.setEnabled(column not in det.year_columns)
            holds.currentIndexChanged.connect(self.mapping_changed)
            self.columns.setCellWidget(row, 2, holds)
            kind = QComboBox(objectName=f"type_{row}")
            kind.addItems(TYPES)
            kind.setCurrentText(self.wiz.options.types.get(column, "auto"))
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
            kind = self.columns.cellWidget(row, 3).currentText()
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
        try:
            det, frame, problems = importer.preview(self.wiz.format_page.path(),
                                                    replace(opts, mapping=dict(mapping)),
                                                    self.wiz.store.bundled_path)
        except Exception as error:  # noqa: BLE001 (shown, never raised into Qt)
            self.status.setText(f"<b>Not ready:</b> {error}")
            self.model.set_frame(pd.DataFrame())
            self.completeChanged.emit()
            return
        self.wiz.detection = det
        self._ok = True
        self.model.set_frame(shorten(frame))
        self.preview.resizeColumnsToContents()
        shown = len(frame)
        bad = int((frame["problem"] != "").sum()) if "problem" in frame else 0
        self.status.setText(f"{shown:,} preview rows from the start of the file; "
                            f"{bad} with problems there (the whole file is checked next).")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self._ok

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.wiz.options.name = self.name_edit.text().strip() or None
        return self._ok


# -- page 3: validation ----------------------------------------------------------------------
