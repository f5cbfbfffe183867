"""The country picker lists countries with data first and hides the rest by default
('With data only'), on the Countries panel for the chosen metric and in the filter bar for
what the current panel shows."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt

from ree_desktop.ui.country_picker import CountryPicker
from tests.test_ui_countries import FOUR, panel_for, state_data  # noqa: F401 (fixture)

ENTRIES = [("AFG", "Afghanistan", "afg afghanistan"), ("ASM", "American Samoa", "asm"),
           ("BRA", "Brazil", "bra brazil"), ("CHN", "China", "chn china prc 中国"),
           ("FRA", "France", "fra france"), ("MMR", "Myanmar", "mmr myanmar burma")]


@pytest.fixture
def picker(qtbot):
    widget = CountryPicker(ENTRIES)
    qtbot.addWidget(widget)
    widget.resize(300, 380)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_data_first_and_others_hidden_by_default(picker, qtbot):
    assert picker.visible_codes() == [c for c, *_ in ENTRIES]  # no knowledge: all listed
    picker.set_data_countries({"MMR", "CHN", "BRA"}, "Mine production")
    assert picker.with_data.isChecked()
    assert picker.visible_codes() == ["BRA", "CHN", "MMR"]
    box = picker.with_data
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not box.isChecked()
    assert picker.visible_codes() == ["BRA", "CHN", "MMR", "AFG", "ASM", "FRA"]
    assert "Mine production" in picker.with_data.toolTip()


def test_ticked_first_and_a_ticked_country_without_data_stays(picker):
    picker.set_data_countries({"MMR", "CHN", "BRA"})
    picker.set_selected(["FRA", "MMR"])
    picker.show_first(["MMR", "FRA"])
    assert picker.visible_codes() == ["MMR", "FRA", "BRA", "CHN"]


def test_search_for_a_country_without_data_says_why_it_is_not_listed(picker, qtbot):
    picker.set_data_countries({"CHN"})
    qtbot.keyClicks(picker.search, "France")
    assert picker.visible_codes() == []
    assert picker.hint.isVisibleTo(picker) and "France (FRA)" in picker.hint.text()
    picker.with_data.setChecked(False)
    assert picker.visible_codes() == ["FRA"] and not picker.hint.isVisibleTo(picker)
    picker.search.clear()
    picker.search.setText("中国")
    assert picker.visible_codes() == ["CHN"]


@pytest.mark.parametrize("codes", [set(), {"XXX", "", "<b>"}, ["CHN", "CHN"], None])
def test_hostile_data_sets(picker, codes):
    picker.set_data_countries(codes)
    listed = picker.visible_codes()
    if codes is None:
        assert len(listed) == len(ENTRIES) and not picker.with_data.isEnabled()
    else:
        assert listed == [c for c in ("CHN",) if c in set(codes)]
    assert sorted(picker.selected()) == []


def test_countries_panel_picker_follows_the_metric(panel_for):  # noqa: F811
    panel = panel_for()
    picker = panel.picker
    listed = picker.visible_codes()
    assert listed[:4] == list(FOUR)
    assert "ASM" not in listed and "ATA" not in listed and "BRA" in listed
    production = set(listed)
    panel.state.update(metric="rp_ratio")
    assert "R/P" in picker.with_data.toolTip() or "Reserves" in picker.with_data.toolTip()
    assert set(picker.visible_codes()) != production
    assert set(picker.visible_codes()) - set(FOUR) <= picker.data_codes


def test_filter_bar_picker_uses_any_data_then_the_panel_metric(make_window):
    from PySide6.QtWidgets import QApplication
    window = make_window(replace(state_data(countries=("CHN",)), panel="overview"))
    picker = window.country_picker
    QApplication.processEvents()
    listed = picker.visible_codes()
    assert listed[0] == "CHN" and "ASM" not in listed and "BRA" in listed
    assert "any bundled" in picker.with_data.toolTip()
    window.state.update(panel="countries", metric="rp_ratio")
    QApplication.processEvents()
    assert picker.data_codes == window.panel("countries").data_countries()[0]
    assert "Reserves-to-production" in picker.with_data.toolTip()
