"""The Data panel at large fonts and in Chinese (issues 16, 17): the dataset buttons and
their hint reflow instead of being squeezed until their text is cut, the tree is wide enough
for its heading, and the bundled datasets are named in the interface's language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ree_desktop.ui import theme
from ree_desktop.ui.state import ViewStateData

sys.path.insert(0, str(Path(__file__).parent))
from clipping import clipped_texts  # noqa: E402


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("window_size", [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize("size", [10, 16, 20])
def test_buttons_and_hint_fit_at_large_fonts(make_window, size, window_size):
    window = make_window(ViewStateData(panel="data"), size=window_size)
    try:
        window.state.update(font_size=size)
        settle()
        panel = window.current_panel()
        for button in (panel.import_button, panel.rename_button, panel.delete_button,
                       panel.export_button, panel.report_button):
            assert button.width() >= button.sizeHint().width(), (size, button.text())
        hint = panel.user_label
        assert hint.text().startswith("Select one of your datasets")
        assert hint.heightForWidth(hint.width()) <= hint.height() + 1
        assert hint.geometry().right() <= panel.buttons.width()
        heading = panel.tree.header()
        assert heading.sectionSize(0) >= heading.fontMetrics().horizontalAdvance(
            "Dataset or table")
        assert clipped_texts(panel) == []
        if size == 10 and window_size == (1280, 800):  # one row, as before
            assert hint.geometry().top() == panel.import_button.geometry().top()
    finally:
        theme.apply(QApplication.instance(), "light", 0)


def test_bundled_datasets_are_named_in_chinese(make_window, chinese):  # noqa: F811
    window = make_window(ViewStateData(panel="data"))
    settle()
    panel = window.current_panel()
    bundled = panel.tree.topLevelItem(1)
    assert bundled.text(0) == "内置数据集"
    names = [bundled.child(i).text(0) for i in range(bundled.childCount())]
    assert "稀土价格" in names
    assert not [n for n in names if n.isascii()], names
