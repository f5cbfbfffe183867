"""Stories in the window: the story editor dialog and the File menu entries.

The file format (``.reestory`` JSON, validation, size and depth limits, atomic saving)
lives in ``ree_desktop.data.stories`` without Qt (slides hold the Qt-free
``ViewStateData``); this module re-exports it. ``ree-desktop story`` (present or render) is in
``ree_desktop.story_cli``, so nothing here imports the CLI or the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.data.stories import (  # noqa: F401 (re-exported for the UI and tests)
    MAX_BYTES,
    STORY_FORMAT,
    STORY_VERSION,
    SUFFIX,
    Slide,
    Story,
    StoryError,
    load_story,
    save_story,
    story_from_dict,
    story_to_dict,
)
from ree_desktop.ui.story_highlight import HighlightEditor


def file_filter() -> str:
    return QCoreApplication.translate("StoryEditor",
                                      "REE Desktop stories (*.reestory);;All files (*)")


# -- the editor ------------------------------------------------------------------------------
class StoryEditor(QDialog):
    """Build a story from views: add the current view, reorder, retitle, annotate, delete.

    Not modal: the user moves around the app and presses "Add current view" for each slide.
    """

    def __init__(self, window, story: Story | None = None, path: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window = window
        self.story = story or Story()
        self.path = path
        self.dirty = False
        self.setWindowTitle(self.tr("Story editor"))
        self.resize(620, 520)
        self.title_edit = QLineEdit(self.story.title, objectName="storyTitle")
        self.title_edit.textEdited.connect(self._title_edited)
        self.description_edit = QLineEdit(self.story.description, objectName="storyDescription")
        self.description_edit.setPlaceholderText(self.tr("One line for the audience (optional)"))
        self.description_edit.textEdited.connect(self._description_edited)
        self.list = QListWidget(objectName="slideList")
        self.list.currentRowChanged.connect(self._row_changed)
        self.slide_title = QLineEdit(objectName="slideTitle")
        self.slide_title.textEdited.connect(self._slide_edited)
        self.slide_note = QPlainTextEdit(objectName="slideNote")
        self.slide_note.setPlaceholderText(self.tr("What the audience should see in this view…"))
        self.slide_note.textChanged.connect(self._slide_edited)
        self.slide_note.setMaximumHeight(110)
        self.highlight = HighlightEditor()
        self.highlight.changed.connect(self._highlight_edited)

        form = QFormLayout()
        form.addRow(self.tr("Story title"), self.title_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, label, slot in (
                ("add", self.tr("&Add current view"), self.add_current_view),
                ("update", self.tr("Use current &view"), self.update_current_view),
                ("show", self.tr("&Show"), self.show_selected),
                ("up", self.tr("Move &up"), lambda: self.move(-1)),
                ("down", self.tr("Move &down"), lambda: self.move(1)),
                ("delete", self.tr("De&lete"), self.delete_selected)):
            button = QPushButton(label, objectName=f"story_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        slide_form = QFormLayout()
        slide_form.addRow(self.tr("Slide title"), self.slide_title)
        slide_form.addRow(self.tr("Note"), self.slide_note)
        slide_form.addRow(self.tr("Highlight"), self.highlight)
        bottom = QHBoxLayout()
        for key, label, slot in (("open", self.tr("&Open…"), self.open_dialog),
                                 ("save", self.tr("&Save"), self.save),
                                 ("save_as", self.tr("Save &as…"), self.save_as),
                                 ("present", self.tr("&Present (F11)"), self.present)):
            button = QPushButton(label, objectName=f"story_{key}")
            button.clicked.connect(slot)
            bottom.addWidget(button)
            self.buttons[key] = button
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(slide_form)
        layout.addLayout(bottom)
        self._reload_list(0)

    # -- list ------------------------------------------------------------------------------
    def _reload_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, slide in enumerate(self.story.slides, start=1):
            self.list.addItem(self._item_text(number, slide))
        self.list.blockSignals(False)
        if self.story.slides:
            self.list.setCurrentRow(max(0, min(row, len(self.story.slides) - 1)))
        self._row_changed(self.list.currentRow())

    def _row_changed(self, row: int) -> None:
        has = 0 <= row < len(self.story.slides)
        editors = (self.slide_title, self.slide_note, self.highlight)
        for widget in editors:
            widget.blockSignals(True)
            widget.setEnabled(has)
        self.slide_title.setText(self.story.slides[row].title if has else "")
        self.slide_note.setPlainText(self.story.slides[row].note if has else "")
        self.highlight.set_highlight(self.story.slides[row].highlight if has else None)
        for widget in editors:
            widget.blockSignals(False)
        for key in ("update", "show", "up", "down", "delete"):
            self.buttons[key].setEnabled(has)

    def _title_edited(self, text: str) -> None:
        self.story.title = text
        self._changed()

    def _description_edited(self, text: str) -> None:
        self.story.description = text
        self._changed()

    def _selected(self) -> int | None:
        """The row of the selected slide, or None if no slide is selected."""
        row = self.list.currentRow()
        return row if 0 <= row < len(self.story.slides) else None

    def _slide_edited(self, *_args) -> None:
        row = self._selected()
        if row is not None:
            slide = self.story.slides[row]
            slide.title = self.slide_title.text()
            slide.note = self.slide_note.toPlainText()
            self.list.item(row).setText(self._item_text(row + 1, slide))
            self._changed()

    def _item_text(self, number: int, slide: Slide) -> str:
        return self.tr("{number}. {title} — {panel}").format(
            number=number, title=slide.title or self.tr("(untitled)"), panel=slide.state.panel)

    def _highlight_edited(self) -> None:
        row = self._selected()
        if row is not None:
            self.story.slides[row].highlight = self.highlight.highlight()
            self._changed()

    def _changed(self) -> None:
        self.dirty = True
        self.window.presenter.set_story(self.story)

    # -- actions ---------------------------------------------------------------------------
    def add_current_view(self) -> Slide:
        panel = self.window.current_panel()
        slide = Slide(title=panel.title if panel else "", note="",
                      state=self.window.state.data)
        row = self.list.currentRow()
        at = row + 1 if row >= 0 else len(self.story.slides)
        self.story.slides.insert(at, slide)
        self._changed()
        self._reload_list(at)
        self.slide_title.setFocus()
        self.slide_title.selectAll()
        return slide

    def update_current_view(self) -> None:
        row = self._selected()
        if row is not None:
            self.story.slides[row].state = self.window.state.data
            self._changed()
            self._reload_list(row)

    def show_selected(self) -> None:
        row = self._selected()
        if row is not None:
            state = self.story.slides[row].state
            if state.panel not in self.window.panel_classes:
                QMessageBox.information(self, self.tr("Story"), self.tr(
                    "This slide uses the “{panel}” panel, which this version does not "
                    "have.").format(panel=state.panel))
                return
            self.window.state.show_view(state)

    def move(self, step: int) -> None:
        row = self._selected()
        target = -1 if row is None else row + step
        if row is not None and 0 <= target < len(self.story.slides):
            slides = self.story.slides
            slides[row], slides[target] = slides[target], slides[row]
            self._changed()
            self._reload_list(target)

    def delete_selected(self) -> None:
        row = self._selected()
        if row is not None:
            del self.story.slides[row]
            self._changed()
            self._reload_list(row)

    def present(self) -> None:
        self.hide()
        self.window.presenter.enter(self.story, max(self.list.currentRow(), 0))

    # -- files -----------------------------------------------------------------------------
    def set_story(self, story: Story, path: Path | None) -> None:
        self.story, self.path, self.dirty = story, path, False
        self.title_edit.setText(story.title)
        self.description_edit.setText(story.description)
        self._name_title()
        self.window.presenter.set_story(story, rewind=True)
        self._reload_list(0)

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open story"),
                                              start_dir(self.window), file_filter())
        if name:
            open_story_file(self.window, Path(name))

    def save(self) -> Path | None:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> Path | None:
        suggested = str(self.path or Path(start_dir(self.window, sample=False))
                        / f"{self.story.title or 'story'}{SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save story"), suggested,
                                              file_filter())
        return self._write(Path(name)) if name else None

    def _write(self, path: Path) -> Path | None:
        try:
            self.path = save_story(self.story, path)
        except StoryError as error:
            QMessageBox.warning(self, self.tr("Save story"), str(error))
            return None
        self.dirty = False
        self._name_title()
        remember(self.window, self.path)
        self.window.statusBar().showMessage(
            self.tr("Saved story {path}").format(path=self.path), 5000)
        return self.path

    def _name_title(self) -> None:
        self.setWindowTitle(self.tr("Story editor — {name}").format(name=self.path.name)
                            if self.path else self.tr("Story editor"))

    def confirm_discard(self) -> bool:
        """Ask before unsaved slides are replaced; True means go ahead."""
        if not self.dirty or not self.story.slides:
            return True
        answer = QMessageBox.question(
            self, self.tr("Story"), self.tr("The story has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save() is not None
        return answer == QMessageBox.StandardButton.Discard


def remember(window, path: Path) -> None:
    """The last story opened or saved: the next session's Open dialog starts beside it."""
    if window.settings is not None:
        window.settings.setValue("last_story", str(Path(path).resolve()))


def start_dir(window, sample: bool = True) -> str:
    """Folder of the last story, else the bundled sample stories (or home for saving)."""
    last = window.settings.value("last_story") if window.settings is not None else None
    if last and Path(str(last)).parent.is_dir():
        return str(Path(str(last)).parent)
    from ree_desktop.paths import resources_dir

    return str(resources_dir() / "stories") if sample else str(Path.home())


def editor_for(window) -> StoryEditor:
    """The window's one story editor, created on first use."""
    return window.story_editor()


def open_story_file(window, path: Path) -> Story | None:
    """Load a story into the editor (shown); a bad file gives one message, nothing changes."""
    try:
        story = load_story(path)
    except StoryError as error:
        QMessageBox.warning(window, QCoreApplication.translate("StoryEditor", "Open story"),
                            str(error))
        return None
    editor = editor_for(window)
    editor.set_story(story, Path(path))
    remember(window, Path(path))
    editor.show()
    editor.raise_()
    return story


def install(window, file_menu: QMenu) -> None:
    """File → Open story…, Story editor…"""
    open_action = QAction(QCoreApplication.translate("StoryEditor", "Open &story…"), window)
    open_action.setToolTip(QCoreApplication.translate(
        "StoryEditor", "Open a .reestory file; F11 presents it"))

    def choose() -> None:
        if not editor_for(window).confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("StoryEditor", "Open story"), start_dir(window),
            file_filter())
        if name:
            open_story_file(window, Path(name))

    open_action.triggered.connect(choose)
    edit_action = QAction(QCoreApplication.translate("StoryEditor", "Story &editor…"), window)
    edit_action.triggered.connect(lambda: (editor_for(window).show(),
                                           editor_for(window).raise_()))
    file_menu.addAction(open_action)
    file_menu.addAction(edit_action)
