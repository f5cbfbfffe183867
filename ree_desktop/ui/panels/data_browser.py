"""Data: every dataset and table of both databases in a sortable, filterable table.

The selected dataset's sources (publisher, title, year, URL, licence) are listed under it.
Your own (imported) datasets can be renamed, deleted, exported again and their import
report read; the Import button opens the CSV import wizard.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.data.terms import term
from ree_desktop.ui.button_row import ButtonRow, HintLabel
from ree_desktop.ui.models import DataFrameModel, filter_frame, fit_columns
from ree_desktop.ui.panels.base import Panel

SUMMARY = ("summary", "")
ROLE = Qt.ItemDataRole.UserRole


class DataBrowserPanel(Panel):
    name = "data"
    title = "Data"
    #: Only its own option (``data_item``): another panel's options leave it alone.
    watches = frozenset({Panel.own_options("data")})

    def __init__(self, store, state, parent=None):
        super().__init__(store, state, parent)
        self._full = pd.DataFrame()
        self.tree = QTreeWidget(objectName="dataTree")
        self.tree.setHeaderLabels([self.tr("Dataset or table"), self.tr("Rows")])
        self._fit_tree_width()
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter rows (all words must match)…"),
                                     objectName="dataFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(objectName="rowCount")
        self.title_label = QLabel(objectName="dataTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.model = DataFrameModel(translate_headers=True)  # exports keep the column names
        self.table = self._make_table(self.model, "dataTable")
        self.sources_model = DataFrameModel(translate_headers=True)
        self.sources_table = self._make_table(self.sources_model, "sourcesTable")
        self.sources_label = QLabel(self.tr("Sources of this dataset"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        right_layout.addWidget(self.title_label)
        right_layout.addLayout(top)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(self.table)
        sources_box = QWidget()
        sources_layout = QVBoxLayout(sources_box)
        sources_layout.setContentsMargins(0, 0, 0, 0)
        sources_layout.addWidget(self.sources_label)
        sources_layout.addWidget(self.sources_table)
        vertical.addWidget(sources_box)
        vertical.setSizes([500, 200])
        right_layout.addWidget(vertical, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([max(330, self.fontMetrics().averageCharWidth() * 32), 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.tree.currentItemChanged.connect(self._item_selected)
        self._build_actions(layout)

    def _fit_tree_width(self) -> None:
        """Wide enough for its heading and the dataset names at large fonts too."""
        self.tree.setMinimumWidth(max(280, self.fontMetrics().averageCharWidth() * 30))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_tree_width()

    # -- your datasets: import, rename, delete, export, report ----------------------------
    def _build_actions(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import CSV…"), objectName="dataImport")
        self.import_button.setToolTip(self.tr("Import a CSV file as one of your datasets "
                                              "(Ctrl+O)"))
        self.rename_button = QPushButton(self.tr("Rename…"), objectName="dataRename")
        self.delete_button = QPushButton(self.tr("Delete…"), objectName="dataDelete")
        self.export_button = QPushButton(self.tr("Export CSV…"), objectName="dataExport")
        self.report_button = QPushButton(self.tr("Import report"), objectName="dataReport")
        self.user_label = HintLabel(objectName="dataUserHint")
        self.buttons = ButtonRow([self.import_button, self.rename_button, self.delete_button,
                                  self.export_button, self.report_button, self.user_label])
        row.addWidget(self.buttons, 1)
        layout.insertLayout(0, row)
        layout.setStretch(1, 1)
        self.import_button.clicked.connect(self.import_csv)
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.report_button.clicked.connect(lambda: self.show_report())
        self._update_actions()

    def selected_user_dataset(self) -> str | None:
        kind, ident = self.current_key()
        if kind != "dataset":
            return None
        datasets = self.store.datasets()
        mine = datasets[(datasets["id"] == ident) & (datasets["kind"] == "user")]
        return ident if len(mine) else None

    def _update_actions(self) -> None:
        kind, ident = self.current_key()
        user = self.selected_user_dataset()
        for button in (self.rename_button, self.delete_button, self.report_button):
            button.setEnabled(user is not None)
        self.export_button.setEnabled(kind == "dataset")
        if user:
            hint = ""
        elif kind == "dataset":
            hint = self.tr("Bundled datasets are read-only.")
        else:
            hint = self.tr("Select one of your datasets to rename, delete, export it or read "
                           "its report.")
        self.user_label.setText(hint)

    def _describe_user_dataset(self, dataset: str) -> None:
        """Your datasets have no bundled source: say where the file came from instead."""
        datasets = self.store.datasets()
        row = datasets[(datasets["id"] == dataset) & (datasets["kind"] == "user")]
        if len(row):
            info = row.iloc[0]
            self.sources_label.setText(self.tr(
                "Your dataset, imported from {origin} on {date} (not from the bundled "
                "sources; see Import report)").format(origin=info["origin"],
                                                       date=info["imported_at"]))

    def import_csv(self) -> None:
        window = self.window()
        if hasattr(window, "import_csv"):
            window.import_csv()
            return
        from ree_desktop.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.store, None, self)
        wizard.imported.connect(lambda _id: self.refresh())
        wizard.open()

    def rename_selected(self, title: str | None = None) -> None:
        from ree_desktop.data.importer import ImportFailed, rename_dataset

        dataset = self.selected_user_dataset()
        if dataset is None:
            return
        if title is None:
            current = self.store.datasets().set_index("id").loc[dataset, "title"]
            title, ok = QInputDialog.getText(self, self.tr("Rename dataset"),
                                             self.tr("New name:"), text=str(current))
            if not ok:
                return
        try:
            rename_dataset(self.store.user_path, dataset, title)
        except ImportFailed as error:
            QMessageBox.warning(self, self.tr("Rename dataset"), str(error))
            return
        self.refresh()

    def delete_selected(self, confirm: bool = True) -> None:
        from ree_desktop.data.importer import delete_dataset

        dataset = self.selected_user_dataset()
        if dataset is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Delete dataset"), self.tr(
                    "Delete your dataset {name} and all its rows? This cannot be undone (the "
                    "CSV file itself is not touched).").format(name=repr(dataset))) \
                != QMessageBox.StandardButton.Yes:
            return
        delete_dataset(self.store.user_path, dataset)
        self.state.update(options={"data_item": "summary:"})
        self.refresh()

    def export_selected(self, path=None) -> None:
        from pathlib import Path

        from ree_desktop.exports import write_csv

        kind, dataset = self.current_key()
        if kind != "dataset":
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export dataset"),
                                                  f"{dataset}.csv", self.tr("CSV files (*.csv)"))
            if not path:
                return
        frame = self.store.export_dataset(dataset)
        publishers = ", ".join(dict.fromkeys(frame["source_publisher"].dropna()))
        write_csv(frame, Path(path), sources=publishers,
                  title=f"REE Desktop dataset {dataset}",
                  country_names=self.store.english_country_names)

    def report_text(self) -> str:
        from ree_desktop.data.importer import dataset_report

        dataset = self.selected_user_dataset()
        return dataset_report(self.store.user_path, dataset) if dataset else ""

    def show_report(self) -> QDialog | None:
        text = self.report_text()
        if not text:
            return None
        dialog = QDialog(self, objectName="importReportDialog")
        dialog.setWindowTitle(self.tr("Import report"))
        dialog.resize(820, 520)
        view = QPlainTextEdit(text, objectName="importReportText")
        view.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        box = QVBoxLayout(dialog)
        box.addWidget(view)
        box.addWidget(buttons)
        dialog.open()
        return dialog

    @staticmethod
    def _make_table(model: DataFrameModel, name: str) -> QTableView:
        table = QTableView(objectName=name)
        table.setModel(model)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(22)
        return table

    # -- tree ------------------------------------------------------------------------------
    def _populate_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        summary = QTreeWidgetItem([self.tr("All datasets (summary)"), ""])
        summary.setData(0, ROLE, SUMMARY)
        self.tree.addTopLevelItem(summary)
        datasets = self.store.datasets()
        for kind, label in (("bundled", self.tr("Bundled datasets")),
                            ("user", self.tr("Your datasets"))):
            group = QTreeWidgetItem([label, ""])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for row in datasets[datasets["kind"] == kind].itertuples():
                # Bundled titles are the project's words (translated); yours are your data.
                title = term(row.title) if kind == "bundled" else row.title
                item = QTreeWidgetItem([title, f"{row.rows:,}"])
                item.setData(0, ROLE, ("dataset", row.id))
                item.setToolTip(0, f"{row.id}: {row.description or ''}")
                group.addChild(item)
            if kind == "user" and group.childCount() == 0:
                empty = QTreeWidgetItem([self.tr("(none imported yet)"), ""])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                group.addChild(empty)
            self.tree.addTopLevelItem(group)
        tables = QTreeWidgetItem([self.tr("Tables"), ""])
        tables.setFlags(tables.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        for schema, name in self.store.table_names():
            label = f"{'bundled' if schema == 'main' else 'user'}.{name}"
            item = QTreeWidgetItem([label, ""])
            item.setData(0, ROLE, ("table", f"{schema}.{name}"))
            tables.addChild(item)
        self.tree.addTopLevelItem(tables)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.blockSignals(False)

    def _find_item(self, key: tuple[str, str]) -> QTreeWidgetItem | None:
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item.data(0, ROLE) == key:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    # -- content ---------------------------------------------------------------------------
    def current_key(self) -> tuple[str, str]:
        kind, _, ident = self.state.options.get("data_item", "summary:").partition(":")
        return kind, ident

    def refresh(self) -> None:
        super().refresh()
        self._populate_tree()
        key = self.current_key()
        item = self._find_item(key) or self._find_item(SUMMARY)
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self._show(item.data(0, ROLE))
        self._update_actions()

    def _item_selected(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        key = item.data(0, ROLE) if item else None
        if key:
            self.state.update(options={"data_item": f"{key[0]}:{key[1]}"})

    def _show(self, key: tuple[str, str]) -> None:
        kind, ident = key
        sources = pd.DataFrame()
        if kind == "dataset":
            frame = self.store.export_dataset(ident)
            sources = self.store.dataset_sources(ident)
            title = self.tr("Dataset {name}").format(name=ident)
        elif kind == "table":
            schema, _, name = ident.partition(".")
            frame = self.store.table(schema, name)
            title = (self.tr("Table bundled.{name}") if schema == "main"
                     else self.tr("Table user.{name}")).format(name=name)
        else:
            frame = self.store.datasets()
            sources = self.store.sources()
            title = self.tr("All datasets, with row counts and publishers")
        self.title_label.setText(title)
        self._full = frame
        self.sources_model.set_frame(sources)
        self.sources_label.setText(self.tr("Sources of this dataset") if kind == "dataset"
                                   else self.tr("All sources in the bundled database"))
        if kind == "dataset":
            self._describe_user_dataset(ident)
        self._apply_filter()

    def _apply_filter(self) -> None:
        shown = filter_frame(self._full, self.filter_edit.text())
        self.model.set_frame(shown)
        self.count_label.setText(self.tr("{shown} of {total} rows").format(
            shown=f"{len(shown):,}", total=f"{len(self._full):,}"))
        for table in (self.table, self.sources_table):
            fit_columns(table)

    def export_frame(self) -> pd.DataFrame:
        if self.is_stale:
            self.refresh()
        return self.model.frame.copy()

    def sources_text(self) -> str:
        frame = self.sources_model.frame
        if frame.empty or "publisher" not in frame:
            return ""
        return "; ".join(dict.fromkeys(frame["publisher"].astype(str)))


PANEL = DataBrowserPanel
