"""View → Language: English / 简体中文, remembered in QSettings, applied by a restart.

The interface is built once in its language (panels, charts and models translate as they
build), so a switch asks to restart: the choice is saved, the window saves its view
(geometry, panel, years, countries, options), and the app starts again with the same user
database and comes back to that view; "Later" keeps the choice for the next start.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QProcess, QProcessEnvironment, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from ree_desktop.ui.translations import (
    LANGUAGE_ENV,
    LANGUAGES,
    SETTINGS_KEY,
    current_language,
)

# Each language by its own name, as language pickers show them (not translated).
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}
# Options that must reach the new process: the rest (the view, a file to open, --lang)
# would override the view and the language the restart is for.
KEPT_OPTIONS = ("--user-db",)


def relaunch_command(argv: list[str] | None = None, frozen: bool | None = None,
                     executable: str | None = None) -> tuple[str, list[str]]:
    """(program, arguments) that start this app again with the same user database."""
    argv = sys.argv if argv is None else argv
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    kept: list[str] = []
    rest = argv[1:]
    for index, arg in enumerate(rest):
        for option in KEPT_OPTIONS:
            if arg == option and index + 1 < len(rest):
                kept += [option, rest[index + 1]]
            elif arg.startswith(option + "="):
                kept.append(arg)
    if frozen:  # the one-folder build's executable is the app
        return executable, kept
    return executable, ["-m", "ree_desktop", *kept]


def start_detached(program: str, arguments: list[str], language: str) -> bool:
    """Start the new process on its own, in ``language`` (tests replace this)."""
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    environment = QProcessEnvironment.systemEnvironment()
    environment.insert(LANGUAGE_ENV, language)  # wins over a $REE_DESKTOP_LANG we were given
    process.setProcessEnvironment(environment)
    started, _pid = process.startDetached()
    return bool(started)


def ask_restart(parent: QWidget, language: str) -> bool:
    """Restart now? (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QApplication.translate("Language", "Language"),
                      QApplication.translate("Language", "The interface changes to {language} "
                                             "when REE Desktop restarts.").format(
                                                 language=LANGUAGE_NAMES[language]),
                      parent=parent)
    box.setInformativeText(QApplication.translate(
        "Language", "Restart now? The current view is kept."))
    restart = box.addButton(QApplication.translate("Language", "Restart now"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("Language", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restart


class LanguageMenu(QMenu):
    """English / 简体中文, the language in force checked."""

    def __init__(self, window, settings_factory: Callable[[], QSettings], parent=None):
        super().__init__(QApplication.translate("Language", "&Language"), parent)
        self.setObjectName("languageMenu")
        self.window = window
        self.settings_factory = settings_factory
        self.actions_by_language: dict[str, QAction] = {}
        group = QActionGroup(self)
        for language in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[language], self, checkable=True)
            action.setProperty("dataText", True)  # a name, in its own language
            action.setChecked(language == current_language())
            action.triggered.connect(lambda _=False, lang=language: self.choose(lang))
            group.addAction(action)
            self.addAction(action)
            self.actions_by_language[language] = action

    def settings(self) -> QSettings:
        return self.window.settings or self.settings_factory()

    def choose(self, language: str) -> None:
        """Remember ``language``; if it is not the one in force, offer to restart."""
        settings = self.settings()
        settings.setValue(SETTINGS_KEY, language)
        settings.sync()
        if language == current_language():
            return
        if ask_restart(self.window, language):
            self.restart(language)
        else:
            self.window.statusBar().showMessage(QApplication.translate(
                "Language", "The language changes at the next start."), 8000)

    def restart(self, language: str) -> bool:
        """Save the view, start the app again in ``language``, and quit this one."""
        self.window.save_settings(self.settings())
        program, arguments = relaunch_command()
        if not start_detached(program, arguments, language):
            QMessageBox.warning(self.window, QApplication.translate("Language", "Language"),
                                QApplication.translate(
                                    "Language", "REE Desktop could not restart itself; "
                                    "start it again to see the new language."))
            return False
        self.window.close()
        QApplication.instance().quit()
        return True
