"""Chart titles, axis labels and in-view notes fit at 16 and 20 pt (issue 16): pyqtgraph's
title row was a fixed 30 px and titles ran past the plot; the Demand panel's CAGR note ran
out of its view box. Each check compares the text's drawn rectangle with the room it has."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from ree_desktop.ui import theme
from ree_desktop.ui.charts import ViewNote, full_title, make_plot


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture
def reset_font():
    yield
    theme.apply(QApplication.instance(), "light", 0)


def title_problem(plot: pg.PlotWidget, whole_plot: bool = True) -> str | None:
    """The title's text against its room: the plot's visible width (``whole_plot``) or its
    row's cell (a plot laid out wider than its widget is its panel's matter), and the
    title row's height."""
    item = plot.getPlotItem()
    label = item.titleLabel
    if not label.isVisible() or not label.text:
        return None
    text = label.mapRectToScene(label.itemRect())
    room = (QRectF(plot.viewport().rect()) if whole_plot
            else label.mapRectToScene(label.rect()).adjusted(-4, 0, 4, 0))
    row = item.layout.rowMinimumHeight(0)
    if text.left() < room.left() - 1 or text.right() > room.right() + 1:
        return f"title {full_title(item)!r} {text} runs past the plot {room}"
    if label.itemRect().height() > row + 1:
        return f"title {full_title(item)!r} needs {label.itemRect().height()} px, row {row}"
    return None


def note_problem(note: ViewNote) -> str | None:
    if not note.isVisible():
        return None
    text = note.mapRectToScene(note.itemRect())
    room = note.view.sceneBoundingRect()
    if not room.adjusted(-1, -1, 1, 1).contains(text):
        return f"note {text} outside its view {room}"
    return None


def test_a_long_title_wraps_and_its_row_grows(qtbot):
    from ree_desktop.app import create_application

    create_application()
    plot = make_plot("Projections: magnet rare-earth demand and supply by scenario and end use "
                     "(IEA Critical Minerals Data Explorer)", "kt")
    plot.resize(420, 300)
    qtbot.addWidget(plot)
    plot.show()
    qtbot.waitExposed(plot)
    settle()
    item = plot.getPlotItem()
    assert "<br>" in item.titleLabel.text  # wrapped
    assert full_title(item).startswith("Projections: magnet rare-earth demand")
    assert title_problem(plot) is None
    plot.resize(1400, 300)  # wide: one line again
    settle()
    assert "<br>" not in item.titleLabel.text
    assert title_problem(plot) is None


def test_a_note_that_cannot_fit_hides(qtbot):
    from ree_desktop.app import create_application

    create_application()
    plot = make_plot("Note", "t")
    note = ViewNote(plot.getPlotItem().vb)
    note.set_note("<b>CAGR 1990–2025</b><br>World mine production: +5.9 % a year")
    plot.resize(700, 300)
    qtbot.addWidget(plot)
    plot.show()
    qtbot.waitExposed(plot)
    settle()
    assert note.isVisible() and note_problem(note) is None
    plot.resize(200, 300)
    settle()
    assert not note.isVisible()


@pytest.mark.parametrize("size", [16, 20])
def test_demand_titles_and_cagr_note_fit(make_window, reset_font, size):
    from ree_desktop.ui.state import ViewStateData

    window = make_window(ViewStateData(panel="demand"))
    window.state.update(font_size=size)
    settle()
    panel = window.panel("demand")
    assert title_problem(panel.history_plot) is None
    assert title_problem(panel.projection_plot) is None
    assert note_problem(panel.cagr_label) is None
    # the axis label is whole or elided with the whole label in its tooltip
    left = panel.history_plot.getPlotItem().getAxis("left")
    shown = left.label.toPlainText()
    assert shown.startswith("t REO")
    assert left.label.boundingRect().width() <= left.height() + 1 or left.toolTip()


@pytest.mark.parametrize("size", [16, 20])
@pytest.mark.parametrize("name", ["value-chain", "countries", "prices", "demand"])
def test_every_kit_chart_title_fits(make_window, reset_font, name, size):
    from ree_desktop.ui.state import ViewStateData

    window = make_window(ViewStateData(panel=name))
    window.state.update(font_size=size)
    settle()
    panel = window.panel(name)
    mine = name in ("value-chain", "demand")
    problems = [title_problem(plot, mine) for plot in panel.findChildren(pg.PlotWidget)
                if plot.isVisibleTo(panel)]
    assert [p for p in problems if p] == []
