"""Choosing the interface's language: --lang, $REE_DESKTOP_LANG, View → Language (saved in
QSettings, applied by a restart that comes back to the same view), the system locale."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from ree_desktop import cli, cli_options
from ree_desktop.ui import language as language_menu
from ree_desktop.ui.translations import (
    choose_language,
    current_language,
    install_language,
    request_language,
    system_language,
)
from ree_desktop.ui.window_settings import make_settings, saved_state


@pytest.fixture
def english_after(qapp):
    """Every test leaves the app in English (other tests assert English text)."""
    yield
    request_language(None)
    install_language(QApplication.instance(), "en")


def test_the_system_locale_picks_the_first_default(monkeypatch):
    monkeypatch.delenv("REE_DESKTOP_LANG", raising=False)
    china = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    taiwan = QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript,
                     QLocale.Country.Taiwan)
    assert system_language(china) == "zh_CN" and system_language(taiwan) == "zh_CN"
    assert system_language(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert choose_language(None, make_settings(), china) == "zh_CN"


def test_lang_beats_the_environment_which_beats_the_saved_choice(monkeypatch):
    settings = make_settings()
    settings.setValue("language", "zh_CN")
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    monkeypatch.delenv("REE_DESKTOP_LANG", raising=False)
    assert choose_language(None, settings, english) == "zh_CN"  # the saved choice
    monkeypatch.setenv("REE_DESKTOP_LANG", "en")
    assert choose_language(None, settings, english) == "en"
    assert choose_language("zh_CN", settings, english) == "zh_CN"
    settings.setValue("language", "klingon")  # a hand-edited file: ignored
    monkeypatch.delenv("REE_DESKTOP_LANG")
    assert choose_language(None, settings, english) == "en"


@pytest.mark.parametrize(("argv", "lang", "rest"), [
    (["--lang", "zh_CN", "--panel", "data"], "zh_CN", ["--panel", "data"]),
    (["--panel", "data", "--lang=zh-cn"], "zh_CN", ["--panel", "data"]),
    (["story", "x.reestory", "--lang", "en", "--screenshot-dir", "d"], "en",
     ["story", "x.reestory", "--screenshot-dir", "d"]),
    (["--lang", "ZH"], "zh_CN", []),
    (["import", "a.csv", "--", "--lang"], None, ["import", "a.csv", "--", "--lang"]),
])
def test_lang_is_taken_from_anywhere_on_the_line(argv, lang, rest):
    assert cli_options.take_lang(argv) == (lang, rest)


@pytest.mark.parametrize("argv", [["--lang", "fr", "datasets"], ["--panel", "data", "--lang"]])
def test_a_bad_lang_is_one_line_and_exit_2(argv, capsys):
    assert cli.main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "en or zh_CN" in err and "Traceback" not in err


def test_a_requested_language_is_installed_by_the_next_application(english_after):
    """The story subcommand builds its own application: --lang reaches it this way."""
    from ree_desktop.app import create_application

    request_language("zh_CN")
    create_application()
    assert current_language() == "zh_CN"
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    create_application()  # a later call keeps the language in force
    assert current_language() == "zh_CN"


def _actions(window) -> dict[str, QAction]:
    return window.language_menu.actions_by_language


def test_view_menu_has_the_languages_with_the_current_one_checked(make_window):
    window = make_window()
    view_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&View")
    assert window.language_menu.menuAction() in view_menu.actions()
    assert window.language_menu.title() == "&Language"
    actions = _actions(window)
    assert [a.text() for a in actions.values()] == ["English", "简体中文"]
    assert actions["en"].isChecked() and not actions["zh_CN"].isChecked()


def test_later_stores_the_choice_and_spawns_nothing(make_window, monkeypatch):
    spawned = []
    monkeypatch.setattr(language_menu, "ask_restart", lambda parent, lang: False)
    monkeypatch.setattr(language_menu, "start_detached", lambda *a: spawned.append(a) or True)
    window = make_window()
    _actions(window)["zh_CN"].trigger()
    assert make_settings().value("language") == "zh_CN"
    assert spawned == [] and window.isVisible()
    assert window.statusBar().currentMessage() == "The language changes at the next start."
    assert current_language() == "en"  # applied at the next start, not now


def test_restart_saves_the_view_and_relaunches_with_the_same_user_db(make_window, monkeypatch,
                                                                    tmp_path):
    from ree_desktop.viewstate import ViewStateData

    spawned = []
    monkeypatch.setattr(language_menu, "ask_restart", lambda parent, lang: True)
    monkeypatch.setattr(language_menu, "start_detached",
                        lambda program, args, lang: spawned.append((program, args, lang)) or True)
    monkeypatch.setattr(sys, "argv", ["ree-desktop", "--panel", "countries", "--lang", "en",
                                      "--user-db", str(tmp_path / "mine.db")])
    window = make_window(ViewStateData(panel="prices", year_range=(2012, 2020)))
    _actions(window)["zh_CN"].trigger()
    assert spawned == [(sys.executable, ["-m", "ree_desktop", "--user-db",
                                         str(tmp_path / "mine.db")], "zh_CN")]
    assert not window.isVisible()
    settings = make_settings()
    assert settings.value("language") == "zh_CN"
    restored = saved_state(settings)  # what the new process shows first
    assert restored.panel == "prices" and restored.year_range == (2012, 2020)


def test_a_failed_restart_says_so_and_keeps_the_window(make_window, monkeypatch):
    warned = []
    monkeypatch.setattr(language_menu, "ask_restart", lambda parent, lang: True)
    monkeypatch.setattr(language_menu, "start_detached", lambda *a: False)
    monkeypatch.setattr(language_menu.QMessageBox, "warning",
                        lambda parent, title, text: warned.append(text))
    window = make_window()
    _actions(window)["zh_CN"].trigger()
    assert window.isVisible() and len(warned) == 1 and "start it again" in warned[0]


def test_choosing_the_language_in_force_asks_nothing(make_window, monkeypatch):
    asked = []
    monkeypatch.setattr(language_menu, "ask_restart", lambda *a: asked.append(a) or False)
    window = make_window()
    _actions(window)["en"].trigger()
    assert asked == [] and make_settings().value("language") == "en"


@pytest.mark.parametrize(("argv", "frozen", "expected"), [
    (["/opt/ree/ree-desktop", "data/x.csv", "--user-db=/u.db"], True,
     ("/opt/ree/ree-desktop", ["--user-db=/u.db"])),
    (["ree-desktop", "--theme", "dark"], False, ("/py", ["-m", "ree_desktop"])),
    (["ree-desktop", "--user-db"], False, ("/py", ["-m", "ree_desktop"])),
])
def test_relaunch_command_keeps_only_the_user_database(argv, frozen, expected):
    executable = "/opt/ree/ree-desktop" if frozen else "/py"
    assert language_menu.relaunch_command(argv, frozen, executable) == expected


def test_the_relaunched_process_gets_the_language_in_its_environment(monkeypatch):
    """start_detached sets $REE_DESKTOP_LANG (it wins over one this process was given)."""
    seen = {}

    class FakeProcess:
        def setProgram(self, program):  # noqa: N802 (Qt API)
            seen["program"] = program

        def setArguments(self, arguments):  # noqa: N802 (Qt API)
            seen["arguments"] = arguments

        def setProcessEnvironment(self, environment):  # noqa: N802 (Qt API)
            seen["lang"] = environment.value("REE_DESKTOP_LANG")

        def startDetached(self):  # noqa: N802 (Qt API)
            return True, 42

    monkeypatch.setenv("REE_DESKTOP_LANG", "en")
    monkeypatch.setattr(language_menu, "QProcess", FakeProcess)
    assert language_menu.start_detached("/py", ["-m", "ree_desktop"], "zh_CN")
    assert seen == {"program": "/py", "arguments": ["-m", "ree_desktop"], "lang": "zh_CN"}


def test_a_render_honours_lang_and_leaves_no_request_behind(tmp_path, english_after):
    from PySide6.QtGui import QImage

    from ree_desktop.ui.translations import take_requested_language

    out = tmp_path / "zh.png"
    assert cli.main(["--lang", "zh_CN", "--panel", "data", "--size", "960x600",
                     "--screenshot", str(out)]) == 0
    assert current_language() == "zh_CN"
    assert take_requested_language() is None  # the request was for that render only
    assert QImage(str(out)).width() == 960
