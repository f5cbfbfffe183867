"""Loads the interface's translation (and Qt's own, for standard dialogs and buttons).

The language is installed once, before the main window is built: every string the app
draws is looked up through ``QCoreApplication.translate`` (``self.tr`` in widgets,
``ree_desktop.i18n.translate`` in Qt-free code).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ree_desktop import i18n
from ree_desktop.paths import resources_dir

LANGUAGES = ("en", "zh_CN")
_installed: list[QTranslator] = []


def translations_dir():
    return resources_dir() / "translations"


def install_language(app: QCoreApplication, language: str) -> str:
    """Install ``language``'s translators on ``app``; returns the language in force."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.install_translator(None)
    if language not in LANGUAGES or language == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        return "en"
    own = QTranslator(app)
    if not own.load(str(translations_dir() / f"ree_desktop_{language}.qm")):
        return "en"
    app.installTranslator(own)
    _installed.append(own)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    i18n.install_translator(QCoreApplication.translate, language)
    return language
