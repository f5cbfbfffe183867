"""Shared parts of the import wizard: choices, small widget helpers and the worker thread
that runs the data layer's validation and import off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QTableView,
)

from ree_desktop.data import importer
from ree_desktop.data.importer import ImportCancelled, ImportFailed, Options
from ree_desktop.i18n import QT_TRANSLATE_NOOP

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "gb18030", "big5", "shift_jis",
             "latin-1")
# Labels are marked here and translated where shown (``_combo``, ``label``).
DELIMITERS = ((",", QT_TRANSLATE_NOOP("ImportWizard", "Comma ,")),
              (";", QT_TRANSLATE_NOOP("ImportWizard", "Semicolon ;")),
              ("\t", QT_TRANSLATE_NOOP("ImportWizard", "Tab")),
              ("|", QT_TRANSLATE_NOOP("ImportWizard", "Pipe |")))
DECIMALS = ((".", QT_TRANSLATE_NOOP("ImportWizard", "Point  1234.5")),
            (",", QT_TRANSLATE_NOOP("ImportWizard", "Comma  1234,5")))
THOUSANDS = ((",", QT_TRANSLATE_NOOP("ImportWizard", "Comma  1,234")),
             (".", QT_TRANSLATE_NOOP("ImportWizard", "Point  1.234")),
             (" ", QT_TRANSLATE_NOOP("ImportWizard", "Space  1 234")),
             ("", QT_TRANSLATE_NOOP("ImportWizard", "None")))
QUOTES = (('"', QT_TRANSLATE_NOOP("ImportWizard", 'Double quote "')),
          ("'", QT_TRANSLATE_NOOP("ImportWizard", "Single quote '")),
          ("", QT_TRANSLATE_NOOP("ImportWizard", "None")))
NOT_MAPPED = QT_TRANSLATE_NOOP("ImportWizard", "— not used —")
TYPES = ("auto", "text", "skip")  # text: an unmapped column kept in the note
CELL_LIMIT = 120


def label(text: str) -> str:
    """A wizard label marked with ``QT_TRANSLATE_NOOP("ImportWizard", …)``, translated."""
    return QCoreApplication.translate("ImportWizard", text)


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
            self.failed.emit(QCoreApplication.translate(
                "ImportWizard", "the import stopped: {error}; nothing was written").format(
                    error=f"{type(error).__name__}: {error}"))
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
    for value, text in items:
        combo.addItem(label(text), value)
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


