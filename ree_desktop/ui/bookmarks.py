"""The Bookmarks menu and its manager dialog: save the current view by name, restore it later.

Bookmarks live in the user database (``ree_desktop.data.bookmarks``). A restored bookmark
brings back the view (panel, years, countries, options…) but keeps the current theme and
font size: those are how the user likes to read, not part of what they looked at.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.data import bookmarks as db
from ree_desktop.data.store import DataError
from ree_desktop.i18n import translate
from ree_desktop.viewstate import ViewStateData


def default_name(window) -> str:
    """A readable suggestion: panel title, years and countries."""
    state = window.state.data
    titles = window.panel_classes.titles
    title = translate("Panels", titles[state.panel]) if state.panel in titles else state.panel
    low, high = state.year_range
    countries = ", ".join(state.countries[:3]) + ("…" if len(state.countries) > 3 else "")
    return f"{title} {low}–{high}" + (f" ({countries})" if countries else "")


def save_bookmark(window, name: str) -> db.Bookmark:
    return db.add_bookmark(window.store, name, window.state.data.to_json())


def restore_bookmark(window, bookmark_id: int) -> ViewStateData:
    """Show a saved view; a bookmark this app cannot read gives one clear message."""
    bookmark = db.get_bookmark(window.store, bookmark_id)
    try:
        data = ViewStateData.from_json(bookmark.state)
    except (ValueError, TypeError) as error:
        raise DataError(f"bookmark {bookmark.name!r} cannot be read: {error}") from None
    return window.state.show_view(data)


class BookmarksMenu(QMenu):
    """Add bookmark (Ctrl+D), Manage bookmarks…, then one entry per bookmark."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(self.tr("&Bookmarks"), parent)
        self.window = window
        # Parented to the window: QMenu.clear() deletes the actions the menu owns.
        self.add_action = QAction(self.tr("&Add bookmark…"), window,
                                  shortcut=QKeySequence("Ctrl+D"))
        self.add_action.triggered.connect(self.add_dialog)
        self.manage_action = QAction(self.tr("&Manage bookmarks…"), window)
        self.manage_action.triggered.connect(self.manage_dialog)
        # Kept on the window too, so Ctrl+D works in presentation mode with no menu bar.
        window.addAction(self.add_action)
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        self.addAction(self.add_action)
        self.addAction(self.manage_action)
        marks = db.list_bookmarks(self.window.store)
        if marks:
            self.addSeparator()
        for mark in marks:
            action = QAction(mark.name, self)
            action.setProperty("dataText", True)  # the user's name for it, as given
            action.setToolTip(self.tr("Saved {when}").format(when=mark.created))
            action.triggered.connect(lambda _=False, i=mark.id: self.restore(i))
            self.addAction(action)

    def restore(self, bookmark_id: int) -> None:
        try:
            restore_bookmark(self.window, bookmark_id)
        except DataError as error:
            QMessageBox.warning(self.window, self.tr("Bookmark"), str(error))

    def add_dialog(self) -> None:
        name, ok = QInputDialog.getText(self.window, self.tr("Add bookmark"),
                                        self.tr("Name of this view:"),
                                        text=default_name(self.window))
        if ok:
            try:
                mark = save_bookmark(self.window, name)
            except DataError as error:
                QMessageBox.warning(self.window, self.tr("Bookmark"), str(error))
                return
            self.rebuild()
            self.window.statusBar().showMessage(
                self.tr("Bookmarked “{name}” (Ctrl+D)").format(name=mark.name), 5000)

    def manage_dialog(self) -> None:
        BookmarkManager(self.window, self.window).exec()
        self.rebuild()


class BookmarkManager(QDialog):
    """List of bookmarks with Show, Rename and Delete."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.window = window
        self.setWindowTitle(self.tr("Bookmarks"))
        self.resize(460, 360)
        self.list = QListWidget(objectName="bookmarkList")
        self.list.itemDoubleClicked.connect(lambda _item: self.show_selected())
        buttons = QHBoxLayout()
        for label, slot, name in ((self.tr("&Show"), self.show_selected, "showButton"),
                                  (self.tr("&Rename…"), self.rename_selected, "renameButton"),
                                  (self.tr("&Delete"), self.delete_selected, "deleteButton")):
            button = QPushButton(label, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for mark in db.list_bookmarks(self.window.store):
            item = QListWidgetItem(f"{mark.name}    ({mark.created[:10]})")
            item.setData(Qt.ItemDataRole.UserRole, mark.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def show_selected(self) -> None:
        bookmark_id = self.selected_id()
        if bookmark_id is None:
            return
        try:
            restore_bookmark(self.window, bookmark_id)
        except DataError as error:
            QMessageBox.warning(self, self.tr("Bookmark"), str(error))

    def rename_selected(self, name: str | None = None) -> None:
        bookmark_id = self.selected_id()
        if bookmark_id is None:
            return
        if not name:
            current = db.get_bookmark(self.window.store, bookmark_id).name
            name, ok = QInputDialog.getText(self, self.tr("Rename bookmark"),
                                            self.tr("New name:"), text=current)
            if not ok:
                return
        try:
            db.rename_bookmark(self.window.store, bookmark_id, name)
        except DataError as error:
            QMessageBox.warning(self, self.tr("Bookmark"), str(error))
        self.reload()

    def delete_selected(self) -> None:
        bookmark_id = self.selected_id()
        if bookmark_id is not None:
            db.delete_bookmark(self.window.store, bookmark_id)
            self.reload()
