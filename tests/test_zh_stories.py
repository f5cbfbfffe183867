"""The story editor and presentation mode in Chinese: no visible English outside the story's
own words (its author's title and notes are data text), the key help and menus translated."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from ree_desktop.data.stories import load_story
from ree_desktop.paths import resources_dir
from ree_desktop.ui.presentation import shortcut_text
from ree_desktop.ui.state import ViewStateData
from ree_desktop.ui.stories import editor_for

sys.path.insert(0, str(Path(__file__).parent))
from english_text import english_words, visible_english  # noqa: E402

SAMPLE = resources_dir() / "stories" / "ree-insights.reestory"




def test_story_editor_is_chinese(chinese, make_window, qtbot):
    window = make_window(ViewStateData(panel="data"))
    editor = editor_for(window)
    editor.set_story(load_story(SAMPLE), SAMPLE)
    editor.show()
    qtbot.waitExposed(editor)
    editor.list.setCurrentRow(4)
    assert editor.windowTitle() == "故事编辑器 — ree-insights.reestory"
    assert editor.findChild(QPushButton, "story_add").text() == "添加当前视图(&A)"
    assert editor.highlight.kind.currentText() == "一个国家"
    assert editor.highlight.key.text() == "CHN"
    assert [editor.highlight.kind.itemText(i) for i in range(4)] == \
        ["不突出显示", "一个环节", "一个国家", "一个事件"]
    assert visible_english(editor) == []
    editor.list.setCurrentRow(2)  # a stage: picked by its Chinese name
    assert editor.highlight.stage.currentText() == "分离冶炼"
    assert visible_english(editor) == []


def test_presentation_caption_and_key_help_are_chinese(chinese, make_window):
    window = make_window(ViewStateData(panel="data"))
    presenter = window.presenter
    presenter.enter(None, fullscreen=False)
    try:
        assert presenter.caption.note_label.text() == "按 Esc 退出演示模式。"
        assert visible_english(presenter.caption) == []
    finally:
        presenter.leave()
    text = shortcut_text(window)
    assert "演示模式：" in text
    assert "PageDown: 下一张幻灯片（翻页器发送 PageDown）" not in text  # keys are listed whole
    assert "Right, Down, PageDown, Space: 下一张幻灯片（翻页器发送 PageDown）" in text
    assert "B or .: 黑屏（再按一次恢复）" in text


def test_a_slide_for_a_missing_panel_says_so_in_chinese(chinese, make_window):
    from ree_desktop.data.stories import Slide, Story

    window = make_window(ViewStateData(panel="data"))
    story = Story("讲座", [Slide("旧面板", "", ViewStateData(panel="data")),
                           Slide("新面板", "", replace(ViewStateData(), panel="supply-chain"))])
    presenter = window.presenter
    presenter.enter(story, 1, fullscreen=False)
    try:
        assert presenter.message == ("此幻灯片使用“supply-chain”面板，当前版本的 REE Desktop "
                                     "没有该面板；仍显示上一个视图。")
    finally:
        presenter.leave()


def test_a_broken_story_file_is_one_chinese_line_naming_file_slide_and_field(chinese,
                                                                               tmp_path):
    from ree_desktop.data.stories import StoryError

    path = tmp_path / "讲座.reestory"
    path.write_text('{"format": "ree-desktop-story", "version": 3, "slides": [{"view": {}}, '
                    '{"view": {}, "highlight": {"kind": "moon", "key": "CHN"}}]}',
                    encoding="utf-8")
    with pytest.raises(StoryError) as caught:
        load_story(path)
    assert str(caught.value) == ("讲座.reestory，第 2 张幻灯片: highlight 的“kind”字段必须是 "
                                 "stage, country, event 之一，而不是 'moon'")


ZH_SAMPLE = resources_dir() / "stories" / "ree-insights.zh_CN.reestory"
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"


def test_the_chinese_sample_story_shows_the_same_views_and_figures():
    """Same slides, views and highlights; every note names exactly the English note's figures
    (the English notes are checked against the charts in test_ui_presentation.py)."""
    import re

    english, chinese_story = load_story(SAMPLE), load_story(ZH_SAMPLE)
    assert chinese_story.title == "稀土：风险在哪里"
    assert len(chinese_story.slides) == len(english.slides)
    for en, zh in zip(english.slides, chinese_story.slides, strict=True):
        assert zh.state == en.state and zh.highlight == en.highlight
        months = re.sub(r"\d{1,2} 月", "月", zh.note)  # "July 2010" is 2010 年 7 月
        assert sorted(re.findall(NUMBER, months)) == sorted(re.findall(NUMBER, en.note)), \
            zh.title
        assert english_words(zh.title + zh.note) == [], zh.note
