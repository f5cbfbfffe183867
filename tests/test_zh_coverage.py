"""The whole interface in zh_CN shows no English outside the short allowed list
(tests/english_text.py): every panel and each of its tabs, the menus, the About and bookmark
dialogs, the import wizard's pages, the story editor, the event detail dialog and
presentation mode. One test pins that ``--lang en`` keeps the interface English.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from english_text import english_words, menu_english, visible_english  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QTabWidget, QWizard
from zh_helpers import data_words

from ree_desktop.paths import resources_dir
from ree_desktop.ui.translations import current_language, install_language
from ree_desktop.viewstate import ViewStateData

ROOT = Path(__file__).resolve().parent.parent
PANELS = ("overview", "value-chain", "countries", "demand", "prices", "data")
EXAMPLE_CSV = ROOT / "docs" / "examples" / "EXAMPLE_mine_output.csv"
STORY = resources_dir() / "stories" / "ree-insights.reestory"




def settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def report(found: list[tuple[str, str]]) -> str:
    return f"{len(found)} English text(s):\n" + "\n".join(
        f"  {where}: {text[:120]!r}" for where, text in found[:40])


def walk_tabs(root, found: list[tuple[str, str]]) -> None:
    """Walk ``root`` once per tab of each of its (visible) tab widgets."""
    found += visible_english(root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        start = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == start or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            settle()
            found += [f for f in visible_english(root) if f not in found]
        tabs.setCurrentIndex(start)
        settle()


# -- the chrome: window frame, menus, dialogs (this helper's part) ----------------------------
def test_window_chrome_is_chinese(chinese, make_window):
    window = make_window(ViewStateData(countries=()))
    chrome = [window.nav, window.filter_bar, window.status_label]
    found = [f for widget in chrome for f in visible_english(widget)]
    assert found == [], report(found)
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == [
        "概览", "价值链", "国家", "需求与趋势", "价格与事件", "数据"]
    assert window.country_button.text() == "国家：无"
    assert window.status_label.full_text().startswith("内置数据库 ")
    assert "个来源 · 你的数据：" in window.status_label.full_text()


def test_the_window_s_own_menus_are_chinese(chinese, make_window):
    window = make_window()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["文件(&F)", "视图(&V)", "书签(&B)", "帮助(&H)"]
    own = [window.language_menu, window.bookmarks_menu]
    own += [m for m in window.menuBar().findChildren(QMenu) if m.title() in ("主题(&T)",
                                                                              "帮助(&H)")]
    window.bookmarks_menu.rebuild()
    found = menu_english(own)
    assert found == [], report(found)
    menus = window.menuBar().findChildren(QMenu) + own
    texts = {a.text() for m in menus for a in m.actions()}
    assert {"导入 CSV(&I)…", "将数据导出为 CSV(&E)…", "退出(&Q)", "浅色", "深色", "English",
            "简体中文", "添加书签(&A)…", "键盘快捷键(&K)", "关于 REE Desktop(&A)"} <= texts


def test_every_menu_is_chinese(chinese, make_window):
    """All menus, including those other modules add (exports, stories, presentation)."""
    window = make_window()
    found = menu_english(window.menuBar().findChildren(QMenu))
    assert found == [], report(found)


def test_about_dialog_is_chinese(chinese, make_window, qtbot):
    from ree_desktop.ui.dialogs.about import AboutDialog

    window = make_window()
    dialog = AboutDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    found = []
    walk_tabs(dialog, found)
    assert found == [], report(found)
    assert dialog.windowTitle() == "关于 REE Desktop"
    tabs = dialog.findChild(QTabWidget, "aboutTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["数据变更", "来源"]
    assert "许可：" in dialog.browser.toHtml()
    dialog.close()


def test_bookmark_manager_is_chinese(chinese, make_window, qtbot):
    from ree_desktop.ui.bookmarks import BookmarkManager, save_bookmark

    window = make_window()
    save_bookmark(window, "My view")  # the user's name for it: data text, shown as given
    dialog = BookmarkManager(window, window)
    qtbot.addWidget(dialog)
    dialog.list.setProperty("dataText", True)
    dialog.show()
    settle()
    found = visible_english(dialog)
    assert found == [], report(found)
    assert dialog.windowTitle() == "书签"
    assert [dialog.findChild(QPushButton, name).text() for name in (
        "showButton", "renameButton", "deleteButton")] == ["显示(&S)", "重命名(&R)…", "删除(&D)"]
    dialog.close()


def test_qt_s_own_buttons_are_chinese(chinese):
    """qtbase_zh_CN.qm is loaded: standard buttons (Close, Cancel…) read Chinese."""
    assert QCoreApplication.translate("QPlatformTheme", "Close") == "关闭"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


# -- every panel and view (panels' own text: their helpers' part) ------------------------------
@pytest.mark.parametrize("panel", PANELS)
def test_panel_shows_no_english(chinese, make_window, panel):
    window = make_window(ViewStateData(panel=panel))
    window.current_panel().refresh()
    settle()
    found: list[tuple[str, str]] = []
    walk_tabs(window, found)
    published = data_words(window.store)  # source titles and publishers stay as published
    found = [(where, text) for where, text in found if set(english_words(text)) - published]
    assert found == [], report(found)


def test_import_wizard_pages_show_no_english(chinese, make_window, qtbot):
    window = make_window()
    wizard = window.import_csv(EXAMPLE_CSV)
    found: list[tuple[str, str]] = []
    seen = set()
    for _ in range(3):  # format, mapping, check (not the import itself)
        settle()
        seen.add(wizard.currentId())
        found += [f for f in visible_english(wizard) if f not in found]
        button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.waitUntil(lambda b=button: b.isEnabled() or not b.isVisible(), timeout=20000)
        if not button.isVisible() or not button.isEnabled():
            break
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard.reject()
    assert len(seen) >= 2
    assert found == [], report(found)


def test_story_editor_shows_no_english(chinese, make_window):
    window = make_window()
    editor = window.story_editor()
    editor.show()
    settle()
    found = visible_english(editor)
    editor.close()
    assert found == [], report(found)


def test_event_detail_dialog_shows_no_english(chinese, make_window, qtbot):
    from ree_desktop.data import prices_events
    from ree_desktop.ui.dialogs.event_detail import EventDetailDialog

    window = make_window()
    event = prices_events.events(window.store).iloc[0]
    dialog = EventDetailDialog(event, window.store.country_names, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    found = visible_english(dialog)
    dialog.close()
    assert found == [], report(found)


def test_presentation_mode_shows_no_english(chinese, make_window):
    from ree_desktop.data.stories import load_story

    window = make_window()
    window.presenter.enter(load_story(STORY), 0, fullscreen=False)
    settle(6)
    try:
        found = visible_english(window)
    finally:
        window.presenter.leave()
    assert found == [], report(found)


# -- English stays English -------------------------------------------------------------------
def test_lang_en_keeps_the_interface_english(make_window):
    """What ``--lang en`` does (cli.render passes it to create_application), even after the
    language was Chinese in this process."""
    from ree_desktop.app import create_application

    app = create_application()
    install_language(app, "zh_CN")
    create_application(language="en")
    assert current_language() == "en"
    window = make_window()
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&View", "&Bookmarks",
                                                              "&Help"]
    assert window.nav.item(0).text() == "Overview"
    assert window.status_label.full_text().startswith("Bundled database ")
    assert QCoreApplication.translate("QPlatformTheme", "Close") == "Close"
