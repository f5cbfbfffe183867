"""Presentation mode (F11): full screen, no navigation or filter bar, larger type, thicker
lines, and a caption with the story's title, the slide's note and a slide counter.

Keys while presenting (clickers send PageUp/PageDown or the arrow keys):
Right, Down, PageDown, Space, N → next slide; Left, Up, PageUp, Backspace, P → previous;
Home/End → first/last; B or '.' blanks the screen; Esc or F11 → leave. The keys are
read by an application-wide event filter while presenting, so they work whichever widget
has the focus.

A slide keeps the presenter's theme and font size; a slide whose panel this version of the
app does not have shows a clear message in the caption instead of failing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.i18n import QT_TRANSLATE_NOOP
from ree_desktop.ui import charts, theme
from ree_desktop.ui.charts.legends import set_legend_scale
from ree_desktop.ui.presentation_controls import ControlHider, SlideHighlight

PRESENTATION_FONT_SCALE = 1.5
PRESENTATION_LINE_SCALE = 2.0
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space,
             Qt.Key.Key_N}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace,
                 Qt.Key.Key_P}
LEAVE_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_F11}
# Clickers' "blank screen" button sends B or '.'; their "start show" button sends F5.
BLANK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}
IGNORED_KEYS = {Qt.Key.Key_F5}

# Keys stay as printed on the keyboard; what they do is translated where shown.
PRESENTATION_KEYS = [
    ("F11", QT_TRANSLATE_NOOP("Presenter", "enter or leave presentation mode (presents the "
                                           "open story, if any)")),
    ("Right, Down, PageDown, Space", QT_TRANSLATE_NOOP("Presenter", "next slide (clickers "
                                                                    "send PageDown)")),
    ("Left, Up, PageUp, Backspace", QT_TRANSLATE_NOOP("Presenter", "previous slide")),
    ("Home / End", QT_TRANSLATE_NOOP("Presenter", "first / last slide")),
    ("B or .", QT_TRANSLATE_NOOP("Presenter", "blank the screen (again to come back)")),
    ("Esc", QT_TRANSLATE_NOOP("Presenter", "leave presentation mode")),
]


def _tr(text: str) -> str:
    """A string marked with ``QT_TRANSLATE_NOOP("Presenter", …)``, translated."""
    return QCoreApplication.translate("Presenter", text)


class SlideCaption(QFrame):
    """Story title, slide title, note and 'n / N' above the chart while presenting."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("presentationCaption")
        self.setStyleSheet("#presentationCaption { border-bottom: 2px solid palette(highlight); }")
        self.story_label = QLabel(objectName="captionStory")
        self.title_label = QLabel(objectName="captionTitle")
        self.title_label.setWordWrap(True)
        self.note_label = QLabel(objectName="captionNote")
        self.note_label.setWordWrap(True)
        for label in (self.story_label, self.title_label, self.note_label):
            label.setProperty("dataText", True)  # the story's own words, as its author wrote
        self.counter_label = QLabel(objectName="captionCounter")
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.story_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.story_label)
        top.addSpacing(16)
        top.addWidget(self.counter_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.note_label)
        self.hide()

    def restyle(self) -> None:
        """Fonts relative to the (enlarged) application font: the note is read from the
        back of the room, so it is larger than the panel's own text."""
        base = QApplication.font()
        for label, scale, bold in ((self.title_label, 1.6, True), (self.note_label, 1.2, False),
                                   (self.story_label, 0.9, False),
                                   (self.counter_label, 0.9, False)):
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * scale)
            font.setBold(bold)
            label.setFont(font)

    def show_text(self, story: str, title: str, note: str, counter: str) -> None:
        self.story_label.setText(story)
        self.title_label.setText(title)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.counter_label.setText(counter)


class Presenter(QObject):
    """Enters and leaves presentation mode for one window and steps through a story."""

    changed = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.story = None
        self.index = 0
        self.active = False
        self.message = ""
        self._saved: dict = {}
        self.caption = SlideCaption()
        self.controls = ControlHider()
        self.highlight = SlideHighlight()
        self.blank = QWidget(window, objectName="presentationBlank")
        self.blank.setStyleSheet("background: black;")
        self.blank.hide()
        column = window.filter_bar.parentWidget().layout()
        column.insertWidget(0, self.caption)

    def set_story(self, story, rewind: bool = False) -> None:
        """The story F11 presents (the editor's, kept in step as it is edited); ``rewind``
        starts it again from the first slide."""
        self.story = story
        if rewind:
            self.index = 0

    # -- entering and leaving --------------------------------------------------------------
    def toggle(self) -> None:
        self.leave() if self.active else self.enter(self.story, self.index)

    def enter(self, story=None, index: int = 0, fullscreen: bool = True) -> None:
        """Present ``story`` from slide ``index`` (or just the current view if no story)."""
        window = self.window
        if story is not None:
            self.story = story
        if not self.active:
            self._saved = {
                "window_state": window.windowState(),
                "bars": [(w, w.isVisible()) for w in self._chrome()],
                "fullscreen": fullscreen,
            }
            for widget, _visible in self._saved["bars"]:
                widget.hide()
            self.active = True
            self._restyle(presenting=True)
            QApplication.instance().installEventFilter(self)
            if fullscreen:
                window.showFullScreen()
        self.caption.show()
        if self.story is not None and self.story.slides:
            self.go(index)
        else:
            self._caption_for_view()
        self.changed.emit()

    def leave(self) -> None:
        if not self.active:
            return
        QApplication.instance().removeEventFilter(self)
        self.active = False
        self.controls.restore()
        self.highlight.clear()
        self.caption.hide()
        self.blank.hide()
        for widget, visible in self._saved.get("bars", []):
            widget.setVisible(visible)
        state = self._saved.get("window_state")
        if state is not None and self.window.isFullScreen():
            self.window.setWindowState(state)
        self._restyle(presenting=False)
        self.changed.emit()

    def _chrome(self) -> list[QWidget]:
        window = self.window
        return [window.nav, window.filter_bar, window.menuBar(), window.statusBar()]

    def _restyle(self, presenting: bool) -> None:
        """Larger fonts and thicker lines while presenting; the user's own otherwise."""
        state = self.window.state
        if presenting:
            base = state.font_size or theme.default_point_size()
            size = round(base * self.font_scale())
            charts.set_line_scale(PRESENTATION_LINE_SCALE)
            set_legend_scale(self.font_scale())
        else:
            size = state.font_size
            charts.set_line_scale(1.0)
            set_legend_scale(1.0)
        theme.apply(QApplication.instance(), state.theme, size)
        self.caption.restyle()
        for panel in self.window.panels.values():
            panel.invalidate()

    def font_scale(self) -> float:
        """Larger type, as much as the screen allows: ×1.15 at 800 px high, up to ×1.5."""
        window = self.window
        height = window.height()
        if window.isFullScreen() or self._saved.get("fullscreen"):
            height = window.screen().geometry().height()
        return max(1.1, min(PRESENTATION_FONT_SCALE, 1.15 * height / 800))

    # -- stepping --------------------------------------------------------------------------
    def slide_count(self) -> int:
        return len(self.story.slides) if self.story is not None else 0

    def next(self) -> None:
        if self.index + 1 < self.slide_count():
            self.go(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.go(self.index - 1)

    def go(self, index: int) -> None:
        """Show slide ``index``: one redraw, with the presenter's theme and font size."""
        count = self.slide_count()
        if not count:
            return
        self.index = max(0, min(index, count - 1))
        self.blank.hide()
        slide = self.story.slides[self.index]
        window = self.window
        self.message = ""
        if slide.state.panel not in window.panel_classes:
            self.message = self.tr(
                "This slide uses the “{panel}” panel, which this version of REE Desktop does "
                "not have; showing the previous view.").format(panel=slide.state.panel)
        else:
            window.setUpdatesEnabled(False)
            try:
                window.state.show_view(slide.state)
            finally:
                window.setUpdatesEnabled(True)
        self.hide_controls()
        color = QApplication.palette().highlight().color().name()
        self.highlight.show(None if self.message else window.current_panel(), slide.highlight,
                            slide.state.stage, color)
        note = "\n\n".join(t for t in (slide.note, self.message) if t)
        self.caption.show_text(self.story.title, slide.title, note,
                               f"{self.index + 1} / {count}")
        window.setWindowTitle(f"REE Desktop — {self.story.title} — {slide.title}")
        self.changed.emit()

    def hide_controls(self) -> None:
        """The current panel's chart only: its controls are hidden until presenting ends."""
        self.controls.hide_controls(self.window.current_panel())

    def _caption_for_view(self) -> None:
        self.hide_controls()
        panel = self.window.current_panel()
        self.caption.show_text("REE Desktop", panel.title if panel else "",
                               self.tr("Esc leaves presentation mode."), "")

    def toggle_blank(self) -> None:
        """Black out the window (audience attention on the trainer) or bring the slide back."""
        if self.blank.isVisible():
            self.blank.hide()
        else:
            self.blank.setGeometry(self.window.rect())
            self.blank.raise_()
            self.blank.show()

    # -- keys ------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not self.active or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self.window:
            return False
        key = event.key()
        if key in LEAVE_KEYS:
            self.leave()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(self.slide_count() - 1)
        elif key in BLANK_KEYS:
            self.toggle_blank()
        elif key in IGNORED_KEYS:
            pass
        else:
            return False
        return True


# -- window integration ---------------------------------------------------------------------
def install(window, view_menu: QMenu) -> Presenter:
    """View → Font size (bigger, smaller, reset) and View → Presentation mode (F11); returns
    the window's presenter (the window keeps it as ``window.presenter``)."""
    presenter = Presenter(window)
    fonts = view_menu.addMenu(QCoreApplication.translate("Presenter", "&Font size"))
    for label, keys, step in ((QCoreApplication.translate("Presenter", "&Bigger"),
                               ("Ctrl++", "Ctrl+="), 1),
                              (QCoreApplication.translate("Presenter", "&Smaller"),
                               ("Ctrl+-",), -1),
                              (QCoreApplication.translate("Presenter", "&Reset"),
                               ("Ctrl+0",), 0)):
        action = QAction(label, window)
        action.setShortcuts([QKeySequence(k) for k in keys])  # Ctrl+= : '+' without Shift
        action.triggered.connect(lambda _=False, s=step: change_font_size(window, s))
        fonts.addAction(action)
        window.addAction(action)
    present = QAction(QCoreApplication.translate("Presenter", "&Presentation mode"), window,
                      shortcut=QKeySequence("F11"))
    present.setToolTip(QCoreApplication.translate(
        "Presenter", "Full screen with large type; presents the open story (F11, Esc leaves)"))
    present.triggered.connect(presenter.toggle)
    view_menu.addAction(present)
    window.addAction(present)  # F11 must work with the menu bar hidden
    return presenter


def change_font_size(window, step: int) -> int:
    """Bigger/smaller by one point (6-32), or back to the platform size with step 0."""
    if step == 0:
        size = 0
    else:
        current = window.state.font_size or round(theme.default_point_size())
        size = max(6, min(32, current + step))
    window.state.update(font_size=size)
    return size


def shortcut_text(window) -> str:
    """Every shortcut of the window's actions plus the presentation keys, one per line."""
    lines = []
    seen = set()
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        label = action.text().replace("&", "").rstrip("…")
        if keys and (keys, label) not in seen:
            seen.add((keys, label))
            lines.append((keys, label))
    lines.sort(key=lambda pair: (len(pair[0]), pair[0]))
    text = [f"{keys}: {label}" for keys, label in lines]
    text += ["", QCoreApplication.translate("Presenter", "Presentation mode:")]
    text += [f"{keys}: {_tr(what)}" for keys, what in PRESENTATION_KEYS]
    text += ["", QCoreApplication.translate(
        "Presenter", "Tables: Ctrl+C copies the selected cells as tab-separated text.")]
    return "\n".join(text)
