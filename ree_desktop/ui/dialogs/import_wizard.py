"""The CSV import wizard: file format, column mapping, validation, import.

Every detection is shown and can be overridden, with a live preview. Validation and the
import itself run on a worker thread (QThread) with a progress bar and Cancel, so the window
stays responsive for a million rows. The data layer (``ree_desktop.data.importer``) does all
the work; this module only shows it.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ree_desktop.data import importer
from ree_desktop.data.importer import FIELDS, ImportCancelled, ImportFailed, Options
from ree_desktop.ui.models import DataFrameModel

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "gb18030", "big5", "shift_jis",
             "latin-1")
DELIMITERS = ((",", "Comma ,"), (";", "Semicolon ;"), ("\t", "Tab"), ("|", "Pipe |"))
DECIMALS = ((".", "Point  1234.5"), (",", "Comma  1234,5"))
THOUSANDS = ((",", "Comma  1,234"), (".", "Point  1.234"), (" ", "Space  1 234"),
             ("", "None"))
QUOTES = (('"', 'Double quote "'), ("'", "Single quote '"), ("", "None"))
NOT_MAPPED = "— not used —"
TYPES = ("auto", "text", "skip")  # text: an unmapped column kept in the note
CELL_LIMIT = 120


def csv_path_from_urls(urls) -> Path | None:
    """The first local CSV-like file among dropped URLs, or None."""
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(CSV_SUFFIXES):
            return Path(url.toLocalFile())
    return None


def shorten(frame: pd.DataFrame) -> pd.DataFrame:
    """Cells cut to a readable length (a 10 MB field must not freeze the preview)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].map(
                lambda v: v[:CELL_LIMIT] + "…" if isinstance(v, str) and len(v) > CELL_LIMIT
                else v)
    return out


class ImportWorker(QThread):
    """Runs ``importer.run_import`` off the GUI thread; Cancel sets an Event it checks."""

    progressed = Signal(int, int)  # percent, rows read
    succeeded = Signal(object)  # ImportResult
    failed = Signal(str)

    def __init__(self, path: Path, store, options: Options, dry_run: bool, parent=None):
        super().__init__(parent)
        self.path, self.store, self.options, self.dry_run = path, store, options, dry_run
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = importer.run_import(
                self.path, self.store.user_path, self.store.bundled_path, self.options,
                progress=lambda fraction, rows: self.progressed.emit(int(fraction * 100), rows),
                cancel=self.cancel_event, dry_run=self.dry_run)
        except (ImportFailed, ImportCancelled) as error:
            self.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 (a worker thread must never crash the app)
            self.failed.emit(f"the import stopped: {type(error).__name__}: {error}; "
                             "nothing was written")
        else:
            self.succeeded.emit(result)


def _table(name: str) -> QTableView:
    table = QTableView(objectName=name)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(22)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _combo(name: str, items, editable: bool = False) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.setEditable(editable)
    for value, label in items:
        combo.addItem(label, value)
    return combo


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index < 0 and combo.isEditable():
        combo.setEditText(str(value))
        return
    if index < 0:
        combo.addItem(repr(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


# -- page 1: file and format -----------------------------------------------------------------
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
class ValidatePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle("3 · Check")
        self.setSubTitle("The whole file is checked before anything is written.")
        self.progress = QProgressBar(objectName="importCheckProgress")
        self.cancel_button = QPushButton("Cancel check", objectName="importCheckCancel")
        self.recheck = QPushButton("Check again", objectName="importRecheck")
        self.summary = QLabel(objectName="importCheckSummary", wordWrap=True)
        self.problems = QTableWidget(0, 5, objectName="importProblems")
        self.problems.setHorizontalHeaderLabels(["Line", "Column", "Value", "Problem",
                                                 "What to do"])
        self.problems.verticalHeader().setVisible(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.unknown = QTableWidget(0, 2, objectName="importUnknownCountries")
        self.unknown.setHorizontalHeaderLabels(["Name in the file", "Use as"])
        self.unknown.verticalHeader().setVisible(False)
        self.unknown.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.unknown_label = QLabel("Unknown country names: a suggestion is only used once "
                                    "you pick it.", objectName="importUnknownLabel")
        self.skip_invalid = QCheckBox("Import only the valid rows (the report of skipped rows "
                                      "is kept with the dataset)", objectName="importSkip")
        self.skip_invalid.toggled.connect(self.completeChanged)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.recheck)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 3)
        layout.addWidget(self.unknown_label)
        layout.addWidget(self.unknown, 1)
        layout.addWidget(self.skip_invalid)
        layout.addStretch(0)
        self.cancel_button.clicked.connect(self.cancel)
        self.recheck.clicked.connect(self.start)
        self.worker: ImportWorker | None = None
        self.result = None

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.start()

    def start(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            return
        self.wiz.options.country_overrides = self.country_overrides()
        self.result = None
        self.summary.setText("Checking…")
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.recheck.setEnabled(False)
        self.worker = ImportWorker(self.wiz.format_page.path(), self.wiz.store,
                                   replace(self.wiz.options), dry_run=True, parent=self)
        self.worker.progressed.connect(lambda p, rows: self.progress.setValue(p))
        self.worker.succeeded.connect(self.checked)
        self.worker.failed.connect(self.check_failed)
        self.worker.finished.connect(lambda: self.recheck.setEnabled(True))
        self.worker.finished.connect(self.completeChanged)
        self.worker.start()
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def country_overrides(self) -> dict[str, str]:
        overrides = dict(self.wiz.options.country_overrides)
        for row in range(self.unknown.rowCount()):
            raw = self.unknown.item(row, 0).data(256)
            choice = self.unknown.cellWidget(row, 1).currentData()
            if choice is None:
                overrides.pop(raw, None)
            else:
                overrides[raw] = choice
        return overrides

    def checked(self, result) -> None:
        self.result = result
        self.progress.setValue(100)
        self.cancel_button.setEnabled(False)
        valid = result.rows_valid
        if result.problem_count:
            self.summary.setText(
                f"<b>{result.problem_count:,} problem(s)</b> in {result.rows_read:,} rows "
                f"({'; '.join(f'{n:,} × {r}' for r, n in result.problem_counts.items())}). "
                f"Fix the file or the mapping, or import only the {valid:,} valid rows.")
        else:
            self.summary.setText(f"All {result.rows_read:,} rows are valid: "
                                 f"{len(result.countries)} countries, years "
                                 f"{result.years[0]}–{result.years[1]}.")
        self._fill_problems(result)
        self._fill_unknown(result)
        self.problems.setVisible(bool(result.problem_count))
        self.skip_invalid.setVisible(bool(result.problem_count))
        self.completeChanged.emit()

    def check_failed(self, message: str) -> None:
        self.result = None
        self.cancel_button.setEnabled(False)
        self.summary.setText(f"<b>Cannot import:</b> {message}")
        self.completeChanged.emit()

    def _fill_problems(self, result) -> None:
        self.problems.setRowCount(len(result.problems))
        for row, problem in enumerate(result.problems):
            value = problem.value if len(problem.value) <= 80 else problem.value[:77] + "…"
            for column, text in enumerate((str(problem.line or ""), problem.column, value,
                                           problem.reason, problem.action)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problems.setItem(row, column, item)
        self.problems.resizeColumnsToContents()
        for column in range(4):
            self.problems.setColumnWidth(column, min(self.problems.columnWidth(column), 240))

    def _fill_unknown(self, result) -> None:
        names = self.wiz.store.country_names
        previous = self.country_overrides()
        unknown = {**{raw: "" for raw in previous}, **result.unknown_countries}
        self.unknown.setRowCount(len(unknown))
        for row, (raw, suggestion) in enumerate(sorted(unknown.items())):
            item = QTableWidgetItem(raw or "(empty)")
            item.setData(256, raw)
            self.unknown.setItem(row, 0, item)
            combo = QComboBox(objectName=f"unknown_{row}")
            combo.addItem("leave unresolved (listed as a problem)", None)
            combo.addItem("skip these rows", "")
            if suggestion:
                combo.addItem(f"{names.get(suggestion, suggestion)} ({suggestion}) — "
                              "suggested, pick to confirm", suggestion)
            for iso3, name in sorted(names.items(), key=lambda kv: kv[1]):
                combo.addItem(f"{name} ({iso3})", iso3)
            if raw in previous:
                _select(combo, previous[raw])
            combo.currentIndexChanged.connect(lambda _=0: self.recheck.setEnabled(True))
            self.unknown.setCellWidget(row, 1, combo)
        self.unknown.setVisible(bool(unknown))
        self.unknown_label.setVisible(bool(unknown))

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        if self.result is None or (self.worker is not None and self.worker.isRunning()):
            return False
        return self.result.problem_count == 0 or self.skip_invalid.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.wiz.options.skip_invalid = self.skip_invalid.isChecked()
        self.wiz.options.country_overrides = self.country_overrides()
        return True

    def cleanupPage(self) -> None:  # noqa: N802 (Qt API)
        self.cancel()


# -- page 4: import --------------------------------------------------------------------------
class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle("4 · Import")
        self.setSubTitle("Written to your database in one step: if anything goes wrong or you "
                         "cancel, nothing is written.")
        self.progress = QProgressBar(objectName="importProgress")
        self.cancel_button = QPushButton("Cancel import", objectName="importCancel")
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.cancel)
        self.worker: ImportWorker | None = None
        self.result = None

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.result = None
        self.summary.setText("Importing…")
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.worker = ImportWorker(self.wiz.format_page.path(), self.wiz.store,
                                   replace(self.wiz.options), dry_run=False, parent=self)
        self.worker.progressed.connect(
            lambda p, rows: (self.progress.setValue(p),
                             self.summary.setText(f"Importing… {rows:,} rows read")))
        self.worker.succeeded.connect(self.import_done)
        self.worker.failed.connect(self.import_failed)
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def import_done(self, result) -> None:
        self.cancel_button.setEnabled(False)
        if not result.written:
            self.import_failed("the file has problems; go back and choose to import only "
                               "the valid rows")
            return
        self.result = result
        self.progress.setValue(100)
        self.summary.setText(result.summary().replace("\n", "<br>"))
        self.wiz.imported.emit(result.dataset)
        self.completeChanged.emit()

    def import_failed(self, message: str) -> None:
        self.cancel_button.setEnabled(False)
        self.summary.setText(f"<b>Nothing was written:</b> {message}")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.result is not None


class ImportWizard(QWizard):
    """File → Import…: emits ``imported(dataset_id)`` once a dataset is written."""

    imported = Signal(str)

    def __init__(self, store, path: Path | str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.options = Options()
        self.detection = None
        self.setWindowTitle("Import CSV")
        self.setObjectName("importWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(1000, 700)
        self.format_page = FormatPage(self)
        self.mapping_page = MappingPage(self)
        self.validate_page = ValidatePage(self)
        self.import_page = ImportPage(self)
        for page in (self.format_page, self.mapping_page, self.validate_page,
                     self.import_page):
            self.addPage(page)
        if path:
            self.format_page.path_edit.setText(str(path))
            self.format_page.new_file()
        app = QApplication.instance()
        if app is not None:  # quitting mid-import: cancel (rolls back), never kill a thread
            app.aboutToQuit.connect(self.stop_workers)

    def stop_workers(self) -> None:
        for page in (self.validate_page, self.import_page):
            if page.worker is not None and page.worker.isRunning():
                page.worker.cancel()
                page.worker.wait()

    def reject(self) -> None:
        self.stop_workers()
        super().reject()

    def done(self, result: int) -> None:
        for page in (self.validate_page, self.import_page):
            if page.worker is not None:
                page.worker.wait()
        super().done(result)

