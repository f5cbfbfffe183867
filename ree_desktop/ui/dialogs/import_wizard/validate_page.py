"""The wizard's page 3: the whole file checked on a worker thread; problems and unknown
countries shown, with the choice to import only the valid rows."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ree_desktop.ui.dialogs.import_wizard.common import (
    ImportWorker,
    _select,
)

if TYPE_CHECKING:
    from ree_desktop.ui.dialogs.import_wizard.wizard import ImportWizard


# -- page 3: validation ----------------------------------------------------------------------
class ValidatePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("3 · Check"))
        self.setSubTitle(self.tr("The whole file is checked before anything is written."))
        self.progress = QProgressBar(objectName="importCheckProgress")
        self.cancel_button = QPushButton(self.tr("Cancel check"), objectName="importCheckCancel")
        self.recheck = QPushButton(self.tr("Check again"), objectName="importRecheck")
        self.summary = QLabel(objectName="importCheckSummary", wordWrap=True)
        self.problems = QTableWidget(0, 5, objectName="importProblems")
        self.problems.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"),
                                                 self.tr("Value"), self.tr("Problem"),
                                                 self.tr("What to do")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.unknown = QTableWidget(0, 2, objectName="importUnknownCountries")
        self.unknown.setHorizontalHeaderLabels([self.tr("Name in the file"), self.tr("Use as")])
        self.unknown.verticalHeader().setVisible(False)
        self.unknown.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.unknown_label = QLabel(self.tr("Unknown country names: a suggestion is only used "
                                            "once you pick it."),
                                    objectName="importUnknownLabel")
        self.skip_invalid = QCheckBox(self.tr("Import only the valid rows (the report of "
                                              "skipped rows is kept with the dataset)"),
                                      objectName="importSkip")
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
        self.summary.setText(self.tr("Checking…"))
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
            self.summary.setText(self.tr(
                "<b>{problems} problem(s)</b> in {rows} rows ({counts}). Fix the file or the "
                "mapping, or import only the {valid} valid rows.").format(
                    problems=f"{result.problem_count:,}", rows=f"{result.rows_read:,}",
                    counts="; ".join(f"{n:,} × {r}" for r, n in result.problem_counts.items()),
                    valid=f"{valid:,}"))
        else:
            years = (f"{result.years[0]}–{result.years[1]}" if result.years
                     else self.tr("none"))
            self.summary.setText(self.tr(
                "All {rows} rows are valid: {countries} countries, years {years}.").format(
                    rows=f"{result.rows_read:,}", countries=len(result.countries),
                    years=years))
        self._fill_problems(result)
        self._fill_unknown(result)
        self.problems.setVisible(bool(result.problem_count))
        self.skip_invalid.setVisible(bool(result.problem_count))
        self.completeChanged.emit()

    def check_failed(self, message: str) -> None:
        self.result = None
        self.cancel_button.setEnabled(False)
        self.summary.setText(self.tr("<b>Cannot import:</b> {message}").format(
            message=message))
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
            item = QTableWidgetItem(raw or self.tr("(empty)"))
            item.setData(256, raw)
            self.unknown.setItem(row, 0, item)
            combo = QComboBox(objectName=f"unknown_{row}")
            combo.addItem(self.tr("leave unresolved (listed as a problem)"), None)
            combo.addItem(self.tr("skip these rows"), "")
            if suggestion:
                combo.addItem(self.tr("{name} ({iso3}) — suggested, pick to confirm").format(
                    name=names.get(suggestion, suggestion), iso3=suggestion), suggestion)
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


