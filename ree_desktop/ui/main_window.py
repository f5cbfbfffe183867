"""The main window: panel navigation, the filter bar, menus and the status bar.

Panels are created on first use, so start-up pays only for the first panel shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)
from PySide6.QtWidgets import QMenu as QtMenu

from ree_desktop.data.store import Store
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ree_desktop.ui import theme
from ree_desktop.ui.country_picker import countries_with_data
from ree_desktop.ui.panels import LazyPanels
from ree_desktop.ui.panels.base import Panel
from ree_desktop.ui.state import ViewState
from ree_desktop.ui.widgets import (
    CountryPicker,
    ElidedLabel,
    FittingToolButton,
    NavList,
    YearRangeControl,
)
from ree_desktop.ui.window_settings import (  # noqa: F401 (re-exported)
    SETTINGS_ENV,
    first_geometry,
    make_settings,
    saved_state,
)

if TYPE_CHECKING:  # imported when the menus are built, not for the first frame
    from ree_desktop.ui.presentation import Presenter
    from ree_desktop.ui.stories import StoryEditor

# The panels' titles (ui/panels/PANEL_TABLE) for lupdate; shown through translate("Panels", …).
PANEL_TITLES = (QT_TRANSLATE_NOOP("Panels", "Overview"), QT_TRANSLATE_NOOP("Panels", "Value chain"),
                QT_TRANSLATE_NOOP("Panels", "Countries"),
                QT_TRANSLATE_NOOP("Panels", "Demand & trends"),
                QT_TRANSLATE_NOOP("Panels", "Prices & events"), QT_TRANSLATE_NOOP("Panels", "Data"))


def panel_title(title: str) -> str:
    """A panel's title in the interface's language."""
    return translate("Panels", title)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, state: ViewState, settings: QSettings | None = None):
        super().__init__()
        self.store = store
        self.state = state
        self.settings = settings
        self.panel_classes = LazyPanels()  # a panel module is imported when first shown
        self.panels: dict[str, Panel] = {}
        self._story_editor: StoryEditor | None = None  # created on first use
        self.setWindowTitle("REE Desktop")
        self.setMinimumSize(960, 600)

        self.nav = NavList(objectName="navigation")  # as wide as its longest title needs
        for index, (name, title) in enumerate(self.panel_classes.titles.items(), start=1):
            item = QListWidgetItem(panel_title(title))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(f"{panel_title(title)} (Ctrl+{index})")
            self.nav.addItem(item)
        self.stack = QStackedWidget(objectName="panelStack")
        self.filter_bar = self._build_filter_bar()

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 0)
        column.addWidget(self.filter_bar)
        column.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(central)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([180, 1100])
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self._build_status_bar()
        self.setAcceptDrops(True)  # drop a CSV file to import it
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.state.changed.connect(self._state_changed)
        self.show_panel(self.state.panel)
        self.update_picker_data()

    # -- filter bar ------------------------------------------------------------------------
    def _build_filter_bar(self) -> QWidget:
        bar = QWidget(objectName="filterBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        low, high = self.store.year_bounds()
        self.years = YearRangeControl((low, high), self.state.year_range)
        self.years.rangeChanged.connect(lambda a, b: self.state.update(year_range=(a, b)))
        self.year_spin = QSpinBox(objectName="yearSpin")
        self.year_spin.setRange(low, 2050)
        self.year_spin.setValue(self.state.year)
        self.year_spin.setKeyboardTracking(False)
        self.year_spin.valueChanged.connect(lambda y: self.state.update(year=y))
        entries = [(iso3, name, f"{iso3} {name} {name_zh} {aliases}")
                   for iso3, name, name_zh, aliases in self.store.country_list()]
        self.country_picker = CountryPicker(entries)
        self.country_picker.set_selected(self.state.countries)
        self.country_picker.show_first(self.state.countries)
        self.country_picker.selectionChanged.connect(
            lambda codes: self.state.update(countries=codes))
        self.country_button = FittingToolButton(objectName="countryButton")
        self.country_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QtMenu(self.country_button)
        action = QWidgetAction(menu)
        self.country_picker.setMinimumSize(300, 380)
        action.setDefaultWidget(self.country_picker)
        menu.addAction(action)
        self.country_button.setMenu(menu)
        self._update_country_button()
        layout.addWidget(self.years, 3)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Year")))
        layout.addWidget(self.year_spin)
        layout.addSpacing(12)
        layout.addWidget(self.country_button, 2)
        return bar

    def update_picker_data(self) -> None:
        """The filter bar's picker lists first the countries with data for what the panel
        shows: its own answer (Countries: the chosen metric), else any bundled or user data."""
        ask = getattr(self.current_panel(), "data_countries", None)
        codes, what = ask() if callable(ask) else \
            (countries_with_data(self.store), self.tr("any bundled or imported dataset"))
        self.country_picker.set_data_countries(codes, what)

    def _update_country_button(self) -> None:
        codes = list(self.state.countries)
        names = self.store.country_names
        more = f" +{len(codes) - 4}" if len(codes) > 4 else ""
        label = self.tr("Countries: {countries}")
        texts = [label.format(countries=", ".join(names.get(c, c) for c in codes[:4]) + more),
                 label.format(countries=", ".join(codes[:4]) + more),
                 self.tr("Countries ({count})").format(count=len(codes))]
        if not codes:
            texts = [self.tr("Countries: none")]
        self.country_button.set_texts(texts)  # the longest that fits the bar is shown
        listed = ", ".join(names.get(c, c) for c in codes) or self.tr("none")
        self.country_button.setToolTip(listed + "\n" + self.tr("Pick countries (Ctrl+F searches)"))

    # -- menus and status bar --------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = QAction(self.tr("&Import CSV…"), self, shortcut=QKeySequence("Ctrl+O"))
        import_action.triggered.connect(lambda: self.import_csv())
        file_menu.addAction(import_action)
        export = QAction(self.tr("&Export data as CSV…"), self, shortcut=QKeySequence("Ctrl+E"))
        export.triggered.connect(self.export_data_dialog)
        file_menu.addAction(export)
        from ree_desktop.ui import export_chart, presentation, stories, table_copy

        export_chart.install(self, file_menu)
        self.table_copy_filter = table_copy.install(self)
        stories.install(self, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.panel_actions: dict[str, QAction] = {}
        for index, (name, title) in enumerate(self.panel_classes.titles.items(), start=1):
            action = QAction(panel_title(title), self, shortcut=QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, n=name: self.state.update(panel=n))
            view_menu.addAction(action)
            self.panel_actions[name] = action
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        for name, label in (("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.state.theme == name)
            action.triggered.connect(lambda _=False, n=name: self.state.update(theme=n))
            group.addAction(action)
            theme_menu.addAction(action)
        from ree_desktop.ui.language import LanguageMenu

        self.language_menu = LanguageMenu(self, make_settings, self)
        view_menu.addMenu(self.language_menu)
        self.presenter: Presenter = presentation.install(self, view_menu)
        from ree_desktop.ui.bookmarks import BookmarksMenu

        self.bookmarks_menu = BookmarksMenu(self, self)
        self.menuBar().addMenu(self.bookmarks_menu)
        find = QAction(self.tr("Find country"), self, shortcut=QKeySequence("Ctrl+F"))
        find.triggered.connect(self._focus_country_search)
        self.addAction(find)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About REE Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        release = self.store.meta.get("data_release", "?")
        text = self.tr("Bundled database {release} · {count} sources · user data: {path}").format(
            release=release, count=self.store.source_count(), path=self.store.user_path)
        self.status_label = ElidedLabel(text, objectName="statusDatabase")
        self.statusBar().addWidget(self.status_label, 1)

    def _focus_country_search(self) -> None:
        self.country_button.showMenu()

    def show_shortcuts(self) -> None:
        from ree_desktop.ui.presentation import shortcut_text

        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcut_text(self))

    def show_about(self) -> None:
        from ree_desktop.ui.dialogs.about import AboutDialog

        AboutDialog(self.store, self).exec()

    def story_editor(self) -> StoryEditor:
        """The window's one story editor (not modal), created on first use."""
        if self._story_editor is None:
            from ree_desktop.ui.stories import StoryEditor

            self._story_editor = StoryEditor(self)
        return self._story_editor

    # -- panels ----------------------------------------------------------------------------
    def panel(self, name: str) -> Panel:
        """The panel called ``name``, created on first use."""
        if name not in self.panels:
            widget = self.panel_classes[name](self.store, self.state)
            self.panels[name] = widget
            self.stack.addWidget(widget)
        return self.panels[name]

    def current_panel(self) -> Panel:
        return self.stack.currentWidget()

    def show_panel(self, name: str) -> None:
        if name not in self.panel_classes:
            name = next(iter(self.panel_classes))
        widget = self.panel(name)
        self.stack.setCurrentWidget(widget)
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
        self.setWindowTitle(f"REE Desktop — {panel_title(self.panel_classes.titles[name])}")

    def _nav_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.state.update(panel=item.data(Qt.ItemDataRole.UserRole))

    def _state_changed(self, fields: set[str]) -> None:
        if "panel" in fields:
            self.show_panel(self.state.panel)
        if "countries" in fields:
            self.country_picker.set_selected(self.state.countries)
            self.country_picker.show_first(self.state.countries)
            self._update_country_button()
        if fields & {"panel", "metric", "options"}:
            self.update_picker_data()
        if "year_range" in fields:
            self.years.set_range(*self.state.year_range)
        if "year" in fields:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self.state.year)
            self.year_spin.blockSignals(False)
        if "theme" in fields or "font_size" in fields:
            theme.apply(QApplication.instance(), self.state.theme, self.state.font_size)
            for panel in self.panels.values():
                if panel.watches_any(fields):
                    continue  # its own watch redraws it (refreshing here too drew it twice)
                panel.invalidate()

    # -- import (ree_desktop/ui/dialogs/import_wizard.py) ----------------------------------
    def import_csv(self, path: Path | None = None):
        """Open the import wizard (on ``path`` if given); returns the wizard."""
        from ree_desktop.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.store, path, self)
        wizard.imported.connect(self.dataset_imported)
        wizard.open()
        return wizard

    def dataset_imported(self, dataset: str) -> None:
        """Redraw every panel so the new dataset shows, and select it in the Data panel."""
        for panel in self.panels.values():
            panel.mark_stale()
        self.statusBar().showMessage(self.tr("Imported dataset {dataset}").format(
            dataset=dataset), 8000)
        self.state.update(panel="data", options={"data_item": f"dataset:{dataset}"})
        current = self.current_panel()
        if current is not None and current.is_stale:
            current.refresh()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        from ree_desktop.ui.dialogs.import_wizard import csv_path_from_urls

        if event.mimeData().hasUrls() and csv_path_from_urls(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        from ree_desktop.ui.dialogs.import_wizard import csv_path_from_urls

        path = csv_path_from_urls(event.mimeData().urls())
        if path is not None:
            event.acceptProposedAction()
            self.import_csv(path)

    # -- export ----------------------------------------------------------------------------
    def export_data_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export data"),
                                              f"{self.state.panel}.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_data(Path(path))
            self.statusBar().showMessage(self.tr("Wrote {path}").format(path=path), 5000)

    def export_data(self, path: Path) -> Path:
        from ree_desktop.exports import write_csv

        panel = self.current_panel()
        return write_csv(panel.export_frame(), path, sources=panel.sources_text(),
                         title=f"REE Desktop — {panel.title}",
                         country_names=self.store.english_country_names)

    # -- settings --------------------------------------------------------------------------
    def restore_settings(self) -> None:
        """The last session's geometry; on first start a sensible share of the screen."""
        if self.settings is None:
            return
        geometry = self.settings.value("geometry")
        if not (isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry)):
            screen = self.screen() or QApplication.primaryScreen()
            if screen is not None:
                self.setGeometry(first_geometry(screen.availableGeometry()))
        splitter = self.settings.value("splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(splitter)

    def save_settings(self, settings: QSettings | None = None) -> None:
        """Geometry, splitter and the view, for the next start (or a language restart)."""
        settings = settings or self.settings
        if settings is None:
            return
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("view_state", self.state.data.to_json())
        settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.save_settings()
        super().closeEvent(event)
