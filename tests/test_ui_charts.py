"""Shared chart helpers: the opaque grid under the data, one paint per view change, and
the large-series path (what bench/big_series.py times)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from ree_desktop.ui.charts import make_plot, plot_large_series, series_pen

RED = "#D55E00"


class PaintCounter(QObject):
    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt API)
        self.count += event.type() == QEvent.Type.Paint
        return False


@pytest.fixture
def chart(qtbot):
    from ree_desktop.app import create_application

    create_application()
    widget = make_plot("Grid test", "value", "year")
    widget.resize(600, 400)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_grid_is_opaque_and_under_the_data(chart):
    chart.plot([2000, 2010, 2020], [5.0, 5.0, 5.0], pen=series_pen(RED, 3))
    settle()
    item = chart.getPlotItem()
    axis = item.getAxis("bottom")
    assert axis.zValue() < item.vb.zValue()  # drawn first, the data on top
    canvas = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(canvas)
    pens = [pen for pen, _, _ in axis.generateDrawSpecs(painter)[1]]
    painter.end()
    assert pens and all(pen.color().alpha() == 255 for pen in pens)
    background = QColor(chart.backgroundBrush().color())
    assert any(pen.color() != background for pen in pens)  # still visible
    image = chart.grab().toImage()
    x = image.width() // 2
    rows = [y for y in range(image.height()) if QColor(image.pixel(x, y)).name() == RED.lower()]
    assert rows, "the red line is drawn"
    ratio = image.width() / chart.width()
    left, right = (chart.mapFromScene(item.vb.mapViewToScene(QPointF(year, 5.0))).x() * ratio
                   for year in (2000, 2020))
    row = [QColor(image.pixel(column, rows[len(rows) // 2])).name()
           for column in range(int(left) + 4, int(right) - 4)]
    # no grid line crosses the line: every pixel of its middle row is the line's colour
    assert Counter(row) == Counter({RED.lower(): len(row)})


def test_a_pan_is_painted_once(chart):
    chart.plot(np.arange(100.0), np.sin(np.arange(100.0)))
    settle()
    counter = PaintCounter(chart.viewport())
    for start in (10, 20, 30):
        before = counter.count
        chart.setXRange(start, start + 40, padding=0)
        settle()
        assert counter.count - before == 1


def test_large_series_keeps_peaks_and_draws_two_points_per_pixel(chart):
    y = np.sin(np.arange(1_000_000) / 1000.0)
    y[500_001] = 1e6  # one spike in a million points
    curve = plot_large_series(chart, np.arange(len(y), dtype=float), y,
                              series_pen(RED, 2))
    chart.setXRange(0, len(y), padding=0)
    settle()
    x_shown, y_shown = curve.getData()
    assert y_shown.max() == 1e6  # the spike survives downsampling
    assert len(x_shown) <= 2.2 * chart.getPlotItem().vb.width()  # was ~5 per pixel
    assert curve.opts["pen"].width() <= 1 and curve.opts["pen"].color().name() == RED.lower()
    chart.setXRange(0, 200_000, padding=0)  # zoom to where the values stay within ±1
    settle()  # (the axis gets narrower labels: a re-layout, more paints)
    low, high = chart.getPlotItem().vb.viewRange()[1]
    assert -1.2 < low < -0.9 and 0.9 < high < 1.2  # the value axis fits what is in view
    counter = PaintCounter(chart.viewport())
    chart.setXRange(100_000, 300_000, padding=0)  # a pan: same labels, no re-layout
    settle()
    assert counter.count == 1  # the range and the value axis's fit in a single paint


# -- the chart kit: axes, restyle ------------------------------------------------------------
def test_value_axis_reads_right_on_linear_and_log_scales(chart):
    from ree_desktop.ui.charts import CompactAxis

    axis = CompactAxis("left")
    assert axis.tickStrings([0.0, 400_000.0, 1_200_000.0], 1.0, 1.0) == ["0", "400k", "1.2M"]
    axis.setLogMode(False, True)  # y on log: the values are powers of ten
    powers = [5.0, np.log10(2e5), np.log10(3e5), np.log10(5e5), 6.0]
    # 1, 2 and 5 x 10^n labelled, the ticks between left blank so labels never crowd
    assert axis.tickStrings(powers, 1.0, 1.0) == ["100k", "200k", "", "500k", "1M"]


def test_restyle_recolours_axes_labels_and_legend_and_keeps_a_grid_off(chart):
    from ree_desktop.ui import theme
    from ree_desktop.ui.charts import add_legend, make_plot, restyle

    legend = add_legend(chart)
    chart.plot([1, 2], [3, 4], name="China")
    bare = make_plot()
    bare.getPlotItem().showGrid(x=False, y=False)
    try:
        restyle(chart, theme.DARK, legend)
        restyle(bare, theme.DARK)
        item = chart.getPlotItem()
        assert chart.backgroundBrush().color().name().upper() == theme.DARK.background
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            assert axis.textPen().color().name().upper() == theme.DARK.foreground
            assert axis.labelStyle["color"] == theme.DARK.foreground
        assert item.getAxis("left").labelText == "value"  # the label text is kept
        assert item.titleLabel.opts["color"] == theme.DARK.foreground  # not dark on dark
        assert item.titleLabel.text == "Grid test"
        assert item.getAxis("left").grid  # a shown grid stays shown ...
        assert not bare.getPlotItem().getAxis("left").grid  # ... a hidden one hidden
        _sample, label = legend.items[0]
        assert theme.DARK.foreground.lower() in label.item.toHtml().lower()
    finally:
        bare.deleteLater()


def drawn_tick_strings(axis) -> list[str]:
    """The tick labels the axis asks for at its current range and size, blanks left out."""
    low, high = axis.range
    texts = []
    for spacing, values in axis.tickValues(low, high, axis.height()):
        texts += [t for t in axis.tickStrings(values, axis.scale, spacing or 1.0) if t]
    return texts


def test_every_kit_log_axis_prints_plain_numbers(chart):
    """A kit chart on a log axis reads 50, 100, 200, 500, 1,000 — never "10²" or
    "9·10¹" (pyqtgraph's own log labels)."""
    item = chart.getPlotItem()
    item.plot([2000, 2010, 2020], [50.0, 300.0, 1500.0])
    item.setLogMode(y=True)
    item.setYRange(np.log10(40), np.log10(2000), padding=0)
    settle()
    texts = drawn_tick_strings(item.getAxis("left"))
    assert texts, "the log axis drew no labels"
    assert not any(ch in "".join(texts) for ch in "·⁰¹²³⁴⁵⁶⁷⁸⁹"), texts
    assert {"50", "100", "200", "500", "1,000"} <= set(texts), texts


def test_element_colour_is_the_elements_own_in_both_themes(chart):
    """Exports and slides ask theme.element_color: Dy is the same green in any choice."""
    from ree_desktop.ui import theme
    from ree_desktop.ui.charts import resolve
    from ree_desktop.ui.element_colors import element_index

    assert theme.element_color("Dy") == resolve(element_index("Dy")) == "#009E73"
    assert len({theme.element_color(e) for e in ("Nd", "Nd+Pr", "Dy", "Tb", "Ce", "Pr")}) == 6
    previous = theme.current().name
    theme.apply(QApplication.instance(), "dark", 0)
    try:
        assert theme.element_color("Eu") == "#DDDDDD"  # black would vanish on dark
    finally:
        theme.apply(QApplication.instance(), previous, 0)
