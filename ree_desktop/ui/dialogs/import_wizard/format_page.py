"""The wizard's page 1: the file and its format, with a raw preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from ree_desktop.data import importer
from ree_desktop.data.importer import DELIMITERS as NAMES
from ree_desktop.data.importer import Options
from ree_desktop.i18n import translate
from ree_desktop.ui.dialogs.import_wizard.common import (
    DECIMALS,
    DELIMITERS,
    ENCODINGS,
    QUOTES,
    THOUSANDS,
    _combo,
    _select,
    _table,
    shorten,
)
from ree_desktop.ui.models import DataFrameModel

if TYPE_CHECKING:
    from ree_desktop.ui.dialogs.import_wizard.wizard import ImportWizard


# -- page 1: file and format -----------------------------------------------------------------
class FormatPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("1 · File and format"))
        self.setSubTitle(self.tr("Everything below was detected from the file; change "
                                 "anything that looks wrong and the preview follows."))
        self.path_edit = QLineEdit(objectName="importPath")
        browse = QPushButton(self.tr("Browse…"), objectName="importBrowse")
        browse.clicked.connect(self.browse)
        self.encoding = _combo("importEncoding", [(e, e) for e in ENCODINGS], editable=True)
        self.encoding.setProperty("dataText", True)  # codec names: the same in any language
        self.delimiter = _combo("importDelimiter", DELIMITERS)
        self.decimal = _combo("importDecimal", DECIMALS)
        self.thousands = _combo("importThousands", THOUSANDS)
        self.quote = _combo("importQuote", QUOTES)
        self.header = QSpinBox(objectName="importHeaderRow", minimum=0, maximum=1000)
        self.header.setSpecialValueText(self.tr("none"))
        self.layout_combo = _combo("importLayout", (
            (False, self.tr("Long: one row per country and year")),
            (True, self.tr("Wide: years are columns (World Bank, OWID …)"))))
        self.line_end = QLabel(objectName="importLineEnd")
        self.detected = QLabel(objectName="importDetected", wordWrap=True)
        self.error = QLabel(objectName="importFormatError", wordWrap=True)
        self.error.setStyleSheet("color: #c0392b; font-weight: bold")
        self.model = DataFrameModel()
        self.preview = _table("importRawPreview")
        self.preview.setModel(self.model)
        self.preview.setProperty("dataText", True)  # the file's own header names and cells

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Encoding"), self.encoding)
        left.addRow(self.tr("Delimiter"), self.delimiter)
        left.addRow(self.tr("Quote"), self.quote)
        left.addRow(self.tr("Header on line"), self.header)
        right.addRow(self.tr("Decimal mark"), self.decimal)
        right.addRow(self.tr("Thousands"), self.thousands)
        right.addRow(self.tr("Layout"), self.layout_combo)
        right.addRow(self.tr("Line ends"), self.line_end)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(columns)
        layout.addWidget(self.detected)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Preview (first rows, as columns)")))
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
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import CSV"), str(self.path_edit.text()),
            self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
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
        names = {"encoding": self.tr("encoding"), "delimiter": self.tr("delimiter"),
                 "decimal": self.tr("decimal mark"), "thousands": self.tr("thousands"),
                 "quotechar": self.tr("quote"), "wide": self.tr("layout"),
                 "header_row": self.tr("header line")}
        chosen = self.tr(", ").join(names.get(n, n) for n in sorted(self._overridden)) \
            or self.tr("nothing")
        self.detected.setText(self.tr(
            "Detected: {encoding}{bom}, {delimiter} separated, decimal {decimal}, {columns} "
            "columns, {layout}{years}. Changed by you: {chosen}.").format(
                encoding=det.encoding.upper(),
                bom=self.tr(" with byte-order mark") if det.bom else "",
                delimiter=translate("Importer", NAMES.get(det.delimiter, "")) or
                repr(det.delimiter),
                decimal=repr(det.decimal), columns=len(det.columns),
                layout=self.tr("wide layout") if det.wide else self.tr("long layout"),
                years=self.tr(" ({n} year columns)").format(n=len(det.year_columns))
                if det.wide else "", chosen=chosen))

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.wiz.detection is not None


