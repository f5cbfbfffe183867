"""What the dataset is, where it came from and what to do if you have it already (issue 19
items 1, 7, 8): the kind (guessed from the columns, shown for confirmation), the source
fields and the replace/append question. Lives on the columns page; the data layer checks
every field (``importer.kinds``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit

from ree_desktop.data.importer import Options
from ree_desktop.data.importer.kinds import KIND_NAMES, KINDS, SourceInfo
from ree_desktop.data.importer.write import slugify
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

# Marked here, translated where shown (context "DetailsBox").
UPDATE_CHOICES = (("new", QT_TRANSLATE_NOOP("DetailsBox", "Import as a new dataset")),
                  ("replace", QT_TRANSLATE_NOOP(
                      "DetailsBox", "Replace my dataset of this name (a newer download)")),
                  ("append", QT_TRANSLATE_NOOP(
                      "DetailsBox", "Append to it (newer rows win where they repeat a key)")))
SOURCE_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("DetailsBox", "Source title"),
     QT_TRANSLATE_NOOP("DetailsBox", "e.g. Monthly rare earth price report")),
    ("publisher", QT_TRANSLATE_NOOP("DetailsBox", "Source publisher"),
     QT_TRANSLATE_NOOP("DetailsBox", "e.g. the price agency")),
    ("url", QT_TRANSLATE_NOOP("DetailsBox", "Source URL"), "https://…"),
    ("licence", QT_TRANSLATE_NOOP("DetailsBox", "Source licence"),
     QT_TRANSLATE_NOOP("DetailsBox", "e.g. subscription, internal use")),
    ("accessed", QT_TRANSLATE_NOOP("DetailsBox", "Source accessed"),
     QT_TRANSLATE_NOOP("DetailsBox", "e.g. 2026-01-31")))


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailsBox", text)


class DetailsBox(QGroupBox):
    """Kind, update and source; ``changed`` is called on every edit."""

    def __init__(self, changed: Callable[[], None]):
        super().__init__(self.tr("What it is and where it came from"))
        self.setObjectName("importDetails")
        self.kind = QComboBox(objectName="importKind")
        self.kind.addItem(self.tr("Guess from the columns"), None)
        for key, text in KINDS.items():
            self.kind.addItem(translate("Importer", text), key)
        self.update_combo = QComboBox(objectName="importUpdate")
        for key, text in UPDATE_CHOICES:
            self.update_combo.addItem(_tr(text), key)
        self.existing = QLabel(objectName="importExisting", wordWrap=True)
        self.fields: dict[str, QLineEdit] = {}
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Dataset kind"), self.kind)
        left.addRow(self.tr("If you have it"), self.update_combo)
        left.addRow("", self.existing)
        for key, label, hint in SOURCE_FIELDS:
            edit = QLineEdit(objectName=f"importSource_{key}", placeholderText=_tr(hint))
            edit.textChanged.connect(lambda _: changed())
            self.fields[key] = edit
            right.addRow(_tr(label), edit)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        self.kind.currentIndexChanged.connect(lambda _: changed())
        self.update_combo.currentIndexChanged.connect(lambda _: changed())

    def apply(self, options: Options) -> str:
        """Copy the choices into ``options``; returns the first problem ('' if none)."""
        options.kind = self.kind.currentData()
        options.update = self.update_combo.currentData()
        options.source = SourceInfo(**{k: e.text().strip() for k, e in self.fields.items()})
        problems = options.source.problems()
        return problems[0] if problems else ""

    def show_guess(self, kind: str) -> None:
        self.kind.setItemText(0, self.tr("Guess from the columns: {kind}").format(
            kind=translate("Importer", KIND_NAMES[kind])))

    def show_existing(self, store, name: str) -> None:
        """Say whether a user dataset of this name exists, so the update choice matters."""
        try:
            frame = store.datasets()
        except Exception:  # noqa: BLE001 (a hint only; the import itself decides)
            frame = None
        mine = frame[frame["kind"] == "user"] if frame is not None else None
        found = mine is not None and ((mine["id"] == slugify(name)) | (mine["title"] == name)).any()
        self.existing.setText(self.tr(
            "You already have a dataset named {name}: replace it, append to it, or import a "
            "new one (it gets a number).").format(name=repr(name)) if found else "")
