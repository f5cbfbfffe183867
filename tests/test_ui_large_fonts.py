"""No text is clipped at font sizes 16 and 20 on 1280×800 in the main window (outside the
panels: menus, panel list, filter bar, status bar) and in the dialogs (about, story editor,
event detail). The walker (tests/clipping.py) compares each label's, button's, spin box's,
combo's, list item's and tab's text with the room it was given."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ree_desktop.ui import theme
from ree_desktop.ui.panels.base import Panel

sys.path.insert(0, str(Path(__file__).parent))
from clipping import clipped_texts  # noqa: E402

PANELS = ("overview", "value-chain", "countries", "demand", "prices", "data")


def inside_a_panel(widget: QWidget) -> bool:
    """Panels are checked by their own tests (their packages are another engineer's)."""
    while widget is not None:
        if isinstance(widget, Panel):
            return True
        widget = widget.parentWidget()
    return False


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def reset_font():
    yield
    theme.apply(QApplication.instance(), "light", 0)


@pytest.mark.parametrize("size", [16, 20])
def test_main_window_text_fits_at_large_fonts(make_window, reset_font, size):
    window = make_window()  # built at the normal size, then the user picks a size
    window.state.update(font_size=size)
    assert QApplication.font().pointSizeF() == size
    problems = []
    for name in PANELS:
        window.state.update(panel=name)
        settle()
        problems += [f"{name}: {p}" for p in clipped_texts(window, inside_a_panel)]
    assert problems == []
    # the panel list shows every title whole ("Demand & trends" was "Demand & tre")
    metrics = window.nav.fontMetrics()
    for row in range(window.nav.count()):
        text = window.nav.item(row).text()
        assert metrics.horizontalAdvance(text) < window.nav.viewport().width(), text


@pytest.mark.parametrize("size", [16, 20])
def test_dialogs_text_fits_at_large_fonts(make_window, qtbot, reset_font, size):
    from ree_desktop.data import prices_events
    from ree_desktop.ui.dialogs.about import AboutDialog
    from ree_desktop.ui.dialogs.event_detail import EventDetailDialog

    window = make_window()  # built at the normal size, then the user picks a size
    window.state.update(font_size=size)
    events = prices_events.events(window.store)
    length = events["detail"].str.len() + events["note"].fillna("").str.len()
    longest = events.loc[length.idxmax()]
    dialogs = [AboutDialog(window.store, window), window.story_editor(),
               EventDetailDialog(longest, window.store.country_names, window)]
    problems = []
    for dialog in dialogs:
        dialog.show()
        settle()
        problems += [f"{type(dialog).__name__}: {p}" for p in clipped_texts(dialog)]
        dialog.close()
    assert problems == []


def test_walker_finds_clipped_text(qtbot):
    """The check can fail: a label narrower than its text, a button narrower than its hint."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    label = QLabel("Demand & trends, a long panel title")
    button = QPushButton("Separation & refining")
    layout.addWidget(label)
    layout.addWidget(button)
    qtbot.addWidget(box)
    box.show()
    label.setFixedWidth(40)
    button.setFixedWidth(30)
    settle()
    found = clipped_texts(box)
    assert any("Demand & trends" in line for line in found)
    assert any("Separation" in line for line in found)


def test_status_line_elides_in_the_middle_and_keeps_the_whole_text(make_window, reset_font):
    window = make_window()
    window.state.update(font_size=20)
    settle()
    label = window.status_label
    full = label.full_text()
    assert "user data:" in full and label.toolTip() == full
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.text().startswith("Bundled database")


def test_country_button_falls_back_to_codes_then_a_count(make_window, reset_font):
    window = make_window()
    button = window.country_button
    assert "Myanmar" in button.text()  # room for names at the normal size
    window.state.update(font_size=20)
    settle()
    assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
    assert button.text() in button.texts and "Myanmar" in button.toolTip()



def panel_class(widget: QWidget) -> str | None:
    """The class name of the panel holding ``widget`` (None outside the panels)."""
    while widget is not None:
        if isinstance(widget, Panel):
            return type(widget).__name__
        widget = widget.parentWidget()
    return None


OWN_PANELS = {"demand": "DemandPanel", "prices": "PricesPanel"}


CASES = [("demand", 16), ("demand", 20), ("prices", 16), ("prices", 20)]


@pytest.mark.parametrize(("name", "size"), CASES)
def test_panel_text_fits_at_large_fonts(make_window, reset_font, name, size):
    """Value chain stage titles, Demand's scenario combo, Prices' category checkboxes...:
    at 16 and 20 pt on 1280×800 every text inside these panels is whole (layouts reflow)."""
    window = make_window()
    window.state.update(font_size=size)
    window.state.update(panel=name)
    settle()
    problems = clipped_texts(window, lambda w: panel_class(w) != OWN_PANELS[name])
    assert problems == []


@pytest.mark.parametrize("size", [16, 20])
@pytest.mark.parametrize("view", ["bars", "map"])
def test_countries_panel_text_fits_at_large_fonts(make_window, reset_font, size, view):
    """The Countries sidebar reflows: group buttons (Top 5 / EU27 / G7 / ASEAN / Quad) and
    'Year (bars, map)' whole at 16 and 20 pt on 1280×800, whether the font is picked
    before or after the panel is built."""
    from ree_desktop.ui.state import ViewStateData

    window = make_window(ViewStateData(panel="countries", view=view))
    window.state.update(font_size=size)
    settle()
    panel = window.panel("countries")
    problems = clipped_texts(panel)
    assert problems == []
    combo = panel.metric_combo
    for metric in ("growth", "rp_ratio"):  # long names widen the sidebar, then are elided
        window.state.update(metric=metric)
        settle()
        shown = combo.display_text()
        assert shown == combo.currentText() or shown.endswith("…")
        assert combo.toolTip() == combo.currentText()
        assert combo.fontMetrics().horizontalAdvance(shown) <= combo.width()
    # the chart keeps most of the room
    assert panel.findChild(QWidget, "countriesSidebar").width() <= 0.4 * panel.width()
    for name, button in panel.group_buttons.items():
        assert button.isVisibleTo(panel) and button.width() >= button.sizeHint().width(), name
    assert panel.year_spin.width() >= panel.year_spin.sizeHint().width()
