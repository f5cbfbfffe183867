"""What the dataset is, where it came from and what to do if you have it already (issue 19
items 1, 7, 8): the kind (guessed from the columns, shown for confirmation), the source
fields and the replace/append question. Lives on the columns page; the data layer checks
every field (``importer.kinds``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit

from ree_desktop.data.importer import Options
from ree_desktop.data.importer.kinds import KINDS, SourceInfo
from ree_desktop.data.importer.write import slugify

UPDATE_CHOICES = (("new", "Import as a new dataset"),
                  ("replace", "Replace my dataset of this name (a newer download)"),
                  ("append", "Append to it (newer rows win where they repeat a key)"))
SOURCE_FIELDS = (("title", "Title", "e.g. Monthly rare earth price report"),
                 ("publisher", "Publisher", "e.g. the price agency"),
                 ("url", "URL", "https://…"),
                 ("licence", "Licence", "e.g. subscription, internal use"),
                 ("accessed", "Accessed", "e.g. 2026-01-31"))


class DetailsBox(QGroupBox):
    """Kind, update and source; ``changed`` is called on every edit."""

    def __init__(self, changed: Callable[[], None]):
        super().__init__("What it is and where it came from")
        self.setObjectName("importDetails")
        self.kind = QComboBox(objectName="importKind")
        self.kind.addItem("Guess from the columns", None)
        for key, text in KINDS.items():
            self.kind.addItem(text, key)
        self.update_combo = QComboBox(objectName="importUpdate")
        for key, text in UPDATE_CHOICES:
            self.update_combo.addItem(text, key)
        self.existing = QLabel(objectName="importExisting", wordWrap=True)
        self.fields: dict[str, QLineEdit] = {}
        left, right = QFormLayout(), QFormLayout()
        left.addRow("Dataset kind", self.kind)
        left.addRow("If you have it", self.update_combo)
        left.addRow("", self.existing)
        for key, label, hint in SOURCE_FIELDS:
            edit = QLineEdit(objectName=f"importSource_{key}", placeholderText=hint)
            edit.textChanged.connect(lambda _: changed())
            self.fields[key] = edit
            right.addRow(f"Source {label.lower()}", edit)
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
        self.kind.setItemText(0, f"Guess from the columns: {KINDS[kind].split(' (')[0]}")

    def show_existing(self, store, name: str) -> None:
        """Say whether a user dataset of this name exists, so the update choice matters."""
        try:
            frame = store.datasets()
        except Exception:  # noqa: BLE001 (a hint only; the import itself decides)
            frame = None
        mine = frame[frame["kind"] == "user"] if frame is not None else None
        found = mine is not None and ((mine["id"] == slugify(name)) | (mine["title"] == name)).any()
        self.existing.setText(
            f"You already have a dataset named {name!r}: replace it, append to it, or import "
            "a new one (it gets a number)." if found else "")
