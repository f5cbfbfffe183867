"""The CSV import wizard: file format, column mapping, validation, import.

Every detection is shown and can be overridden, with a live preview. Validation and the
import itself run on a worker thread (QThread) with a progress bar and Cancel, so the window
stays responsive for a million rows. The data layer (``ree_desktop.data.importer``) does all
the work; this module only shows it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
    QWizard,
)

from ree_desktop.data.importer import Options
from ree_desktop.ui.dialogs.import_check_pages import ImportPage, ValidatePage
from ree_desktop.ui.dialogs.import_common import (
    CSV_SUFFIXES,
    ImportWorker,
    csv_path_from_urls,
)
from ree_desktop.ui.dialogs.import_source_pages import FormatPage, MappingPage

__all__ = ["ImportWizard", "ImportWorker", "csv_path_from_urls", "CSV_SUFFIXES"]


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

