"""panels/base.py: a change reaches only the parts that watch it, and only if it alters
what they draw; hidden panels and parts catch up when shown; a theme change draws once."""

from __future__ import annotations

import pytest

from ree_desktop.ui.panels.base import MessageBar, Panel, Part
from ree_desktop.ui.state import ViewState, ViewStateData


class Recorder(Part):
    def __init__(self, panel: Panel, watches: set[str], key=None) -> None:
        super().__init__()
        self.panel = panel
        self.watches = frozenset(watches)
        self.key_of = key
        self.drawn: list[tuple] = []
        self.themes: list[str] = []
        self.visible = True

    def key(self):
        return self.key_of(self.panel.state.data) if self.key_of else None

    def draw(self) -> None:
        self.drawn.append((self.panel.state.year, self.panel.state.year_range))

    def apply_theme(self, chart) -> None:
        self.themes.append(chart.name)

    def active(self) -> bool:
        return self.visible


class TwoParts(Panel):
    watches = frozenset({"year", "year_range", "theme"})

    def __init__(self, store, state):
        super().__init__(store, state)
        self.by_year = self.add_part(Recorder(self, {"year"}))
        # redraws only when the decade of the first year changes
        self.by_decade = self.add_part(Recorder(self, {"year_range"},
                                                key=lambda d: d.year_range[0] // 10))


@pytest.fixture
def panel(qtbot, store):
    widget = TwoParts(store, ViewState(ViewStateData(year=2020, year_range=(2001, 2010))))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_shown_panel_draws_every_part_once(panel):
    assert len(panel.by_year.drawn) == 1 and len(panel.by_decade.drawn) == 1


def test_a_change_reaches_only_the_parts_that_watch_it(panel):
    panel.state.update(year=2021)
    assert len(panel.by_year.drawn) == 2 and len(panel.by_decade.drawn) == 1
    panel.state.update(year_range=(1995, 2010))
    assert len(panel.by_year.drawn) == 2 and len(panel.by_decade.drawn) == 2


def test_a_change_that_keeps_a_parts_inputs_does_not_redraw_it(panel):
    panel.state.update(year_range=(2003, 2010))  # same decade: same key
    assert len(panel.by_decade.drawn) == 1
    panel.state.update(year_range=(2013, 2020))
    assert panel.by_decade.drawn[-1] == (2020, (2013, 2020))


def test_hidden_panel_and_hidden_part_catch_up_when_shown(panel, qtbot):
    panel.hide()
    panel.state.update(year=2022)
    panel.state.update(year=2023)
    assert len(panel.by_year.drawn) == 1  # nothing drawn while hidden
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.by_year.drawn[-1][0] == 2023
    panel.by_year.visible = False         # e.g. on a tab not shown
    panel.state.update(year=2024)
    assert panel.by_year.drawn[-1][0] == 2023 and panel.by_year.stale
    panel.by_year.visible = True
    panel.update_parts()
    assert panel.by_year.drawn[-1][0] == 2024


def test_theme_change_restyles_and_redraws_each_part_once(panel):
    before = [len(panel.by_year.drawn), len(panel.by_decade.drawn)]
    panel.state.update(theme="dark")
    assert len(panel.by_year.themes) == 2  # once when first drawn, once for the change
    assert [len(panel.by_year.drawn), len(panel.by_decade.drawn)] == [b + 1 for b in before]


def test_panel_without_parts_refreshes_as_before(qtbot, store):
    calls = []

    class Plain(Panel):
        watches = frozenset({"year"})

        def refresh(self):
            super().refresh()
            calls.append(self.state.year)

    widget = Plain(store, ViewState())
    qtbot.addWidget(widget)
    widget.show()
    widget.state.update(year=2001)
    widget.state.update(countries=("CHN",))
    assert calls == [2024, 2001]


def test_message_bar_shows_one_line_and_hides_when_cleared(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("prices.csv row 3, column 'value': not a number — fix and re-import",
                     "error")
    assert not bar.isHidden()
    assert "row 3" in bar.text() and bar.level == "error"
    bar.clear_message()
    assert bar.isHidden() and bar.text() == ""


def test_theme_change_refreshes_a_window_panel_once(make_window, monkeypatch):
    window = make_window(ViewStateData(panel="overview"))
    panel = window.panel("overview")
    calls = []
    original = type(panel).refresh
    monkeypatch.setattr(type(panel), "refresh", lambda self: (calls.append(1), original(self)))
    window.state.update(theme="dark")
    assert len(calls) == 1  # the main window and the panel's watch drew it twice
    window.state.update(theme="light")


class Options:
    """A panel's typed options, as the panel models define them (key ``t.axis``)."""

    def __init__(self, axis: str) -> None:
        self.axis = axis

    @classmethod
    def from_options(cls, raw) -> Options:
        return cls(raw.get("t.axis", "linear"))

    def changed_fields(self, other: Options) -> set[str]:
        return {"axis"} if self.axis != other.axis else set()


class WithOptions(Panel):
    watches = frozenset({"year", "options"})
    options_type = Options

    def __init__(self, store, state):
        super().__init__(store, state)
        self.axis_part = self.add_part(Recorder(self, {"axis"}))


def test_another_panels_options_neither_redraw_nor_stale_a_panel(qtbot, store):
    widget = WithOptions(store, ViewState(ViewStateData(year=2020)))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.options.axis == "linear" and len(widget.axis_part.drawn) == 1
    widget.state.update(options={"demand.axis": "log"})  # another panel's option
    assert len(widget.axis_part.drawn) == 1
    widget.hide()
    widget.state.update(options={"demand.axis": "linear"})
    assert not widget.is_stale
    widget.state.update(options={"t.axis": "log"})  # its own option
    assert widget.is_stale and widget.options.axis == "log"
    widget.show()
    qtbot.waitExposed(widget)
    assert len(widget.axis_part.drawn) == 2
