"""The wizard itself: four pages over one ``Options``; emits ``imported(dataset_id)``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
    QWizard,
)

from ree_desktop.data.importer import Options
from ree_desktop.ui.dialogs.import_wizard.format_page import FormatPage
from ree_desktop.ui.dialogs.import_wizard.import_page import ImportPage
from ree_desktop.ui.dialogs.import_wizard.mapping_page import MappingPage
from ree_desktop.ui.dialogs.import_wizard.validate_page import ValidatePage


class ImportWizard(QWizard):
    """File → Import…: emits ``imported(dataset_id)`` once a dataset is written."""

    imported = Signal(str)

    def __init__(self, store, path: Path | str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.options = Options()
        self.detection = None
        self.setWindowTitle(self.tr("Import CSV"))
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

