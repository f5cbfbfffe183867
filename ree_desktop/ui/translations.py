"""Loads the interface's translation (and Qt's own, for standard dialogs and buttons).

The language is installed once, before the main window is built: every string the app
draws is looked up through ``QCoreApplication.translate`` (``self.tr`` in widgets,
``ree_desktop.i18n.translate`` in Qt-free code). Which language: ``--lang`` (or
``$REE_DESKTOP_LANG``), else the choice saved from View → Language, else the system's
locale (Chinese → zh_CN). Switching in the menu asks to restart (``ui/language.py``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ree_desktop import i18n
from ree_desktop.paths import resources_dir

LANGUAGES = ("en", "zh_CN")
LANGUAGE_ENV = "REE_DESKTOP_LANG"
SETTINGS_KEY = "language"
_installed: list[QTranslator] = []
_current = "en"
_ever_installed = False
_requested: str | None = None


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qm_path(language: str) -> Path:
    return translations_dir() / f"ree_desktop_{language}.qm"


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations are: Qt's path, and the one-folder build's copy."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        folders.append(Path(frozen_root) / "PySide6" / "Qt" / "translations")
    return folders


def system_language(locale: QLocale | None = None) -> str:
    """zh_CN for a Chinese system locale (any script or region), else English."""
    locale = locale or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def saved_language(settings: QSettings | None) -> str | None:
    """The language chosen in View → Language, if any (and still one of ours)."""
    if settings is None:
        return None
    value = settings.value(SETTINGS_KEY)
    return str(value) if value in LANGUAGES else None


def choose_language(explicit: str | None = None, settings: QSettings | None = None,
                    locale: QLocale | None = None) -> str:
    """The language to start in: ``explicit`` (--lang), then $REE_DESKTOP_LANG, then the
    saved choice (when ``settings`` is given), then the system locale."""
    for candidate in (explicit, os.environ.get(LANGUAGE_ENV)):
        if candidate in LANGUAGES:
            return candidate
    return saved_language(settings) or system_language(locale)


def current_language() -> str:
    """The language installed now ("en" or "zh_CN")."""
    return _current


def request_language(language: str | None) -> None:
    """Ask the next ``create_application`` to install ``language`` (the command line's
    --lang, for code paths that build the application themselves: stories)."""
    global _requested
    _requested = language


def take_requested_language() -> str | None:
    """The language asked for by ``request_language``, once."""
    global _requested
    language, _requested = _requested, None
    return language


def language_installed() -> bool:
    """Whether a language was installed in this process (``create_application`` installs
    one only the first time unless told)."""
    return _ever_installed


def install_language(app: QCoreApplication, language: str) -> str:
    """Install ``language``'s translators on ``app``; returns the language in force."""
    global _current, _ever_installed
    _ever_installed = True
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.install_translator(None)
    _current = "en"
    if language not in LANGUAGES or language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return "en"
    own = QTranslator(app)
    if not own.load(str(qm_path(language))):
        return "en"
    app.installTranslator(own)
    _installed.append(own)
    qt_own = QTranslator(app)
    if any(qt_own.load(f"qtbase_{language}", str(folder)) for folder in qt_translation_dirs()):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    i18n.install_translator(QCoreApplication.translate, language)
    _current = language
    return language
