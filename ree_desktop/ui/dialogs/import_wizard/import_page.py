"""The wizard's page 4: the import on a worker thread, in one transaction."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from ree_desktop.ui.dialogs.import_wizard.common import (
    ImportWorker,
)

if TYPE_CHECKING:
    from ree_desktop.ui.dialogs.import_wizard.wizard import ImportWizard


# -- page 4: import --------------------------------------------------------------------------
class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("4 · Import"))
        self.setSubTitle(self.tr("Written to your database in one step: if anything goes "
                                 "wrong or you cancel, nothing is written."))
        self.progress = QProgressBar(objectName="importProgress")
        self.cancel_button = QPushButton(self.tr("Cancel import"), objectName="importCancel")
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
        self.summary.setText(self.tr("Importing…"))
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.worker = ImportWorker(self.wiz.format_page.path(), self.wiz.store,
                                   replace(self.wiz.options), dry_run=False, parent=self)
        self.worker.progressed.connect(
            lambda p, rows: (self.progress.setValue(p),
                             self.summary.setText(
                                 self.tr("Importing… {rows} rows read").format(
                                     rows=f"{rows:,}"))))
        self.worker.succeeded.connect(self.import_done)
        self.worker.failed.connect(self.import_failed)
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def import_done(self, result) -> None:
        self.cancel_button.setEnabled(False)
        if not result.written:
            self.import_failed(self.tr("the file has problems; go back and choose to import "
                                       "only the valid rows"))
            return
        self.result = result
        self.progress.setValue(100)
        self.summary.setText(result.summary().replace("\n", "<br>"))
        self.wiz.imported.emit(result.dataset)
        self.completeChanged.emit()

    def import_failed(self, message: str) -> None:
        self.cancel_button.setEnabled(False)
        self.summary.setText(self.tr("<b>Nothing was written:</b> {message}").format(
            message=message))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.result is not None

