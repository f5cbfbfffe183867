"""Chart export: PNG size follows the scale, lines keep their weight, SVG is valid and carries
the title and sources, the clipboard gets the chart, tables copy as TSV, the CLI exports."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from ree_desktop.ui import export_chart as ec
from ree_desktop.ui.charts import make_plot, series_pen
from ree_desktop.ui.state import ViewStateData

SOURCE = "Source: U.S. Geological Survey, Mineral Commodity Summaries 2026"
RED = "#D55E00"


@pytest.fixture
def plot(qtbot):
    from ree_desktop.app import create_application

    create_application()
    widget = make_plot("Mine production", "t REO", "year")
    widget.plot([2000, 2010, 2020], [5.0, 5.0, 5.0], pen=series_pen(RED, 2))
    widget.resize(600, 400)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def line_thickness(image: QImage) -> int:
    """Rows of the flat red line crossed by the middle column of the image."""
    x = image.width() // 2
    return sum(1 for y in range(image.height())
               if (c := QColor(image.pixel(x, y))).red() > 150 and c.blue() < 120
               and c.green() < 160)


def test_png_size_follows_scale_and_chosen_width(plot, tmp_path):
    top, height, bottom = ec.layout_bands(plot, "Mine production", SOURCE)
    for scale in (1, 2):
        path = ec.export_png(plot, tmp_path / f"x{scale}.png", "Mine production", SOURCE, scale)
        image = QImage(str(path))
        assert (image.width(), image.height()) == (600 * scale, (top + height + bottom) * scale)
    wide = QImage(str(ec.export_png(plot, tmp_path / "w.png", "T", SOURCE, width=900)))
    assert wide.width() == 900


def test_lines_are_not_hair_thin_at_2x_and_pens_are_restored(plot, tmp_path):
    item = plot.getPlotItem().listDataItems()[0]
    before = item.opts["pen"].widthF()
    one = line_thickness(QImage(str(ec.export_png(plot, tmp_path / "1.png", "T", SOURCE, 1))))
    two = line_thickness(QImage(str(ec.export_png(plot, tmp_path / "2.png", "T", SOURCE, 2))))
    assert one >= 2
    assert two >= 1.7 * one
    assert item.opts["pen"].widthF() == before


def test_png_has_a_title_band_and_a_source_band(plot, tmp_path):
    image = QImage(str(ec.export_png(plot, tmp_path / "x.png", "Mine production", SOURCE)))
    top, height, _bottom = ec.layout_bands(plot, "Mine production", SOURCE)

    def dark_pixels(y0: int, y1: int) -> int:
        return sum(1 for y in range(y0, y1) for x in range(0, image.width(), 2)
                   if QColor(image.pixel(x, y)).lightness() < 140)

    assert dark_pixels(0, top) > 50                      # the title text
    assert dark_pixels(top + height, image.height()) > 50  # the source line


def test_svg_is_valid_and_carries_title_and_sources(plot, tmp_path):
    path = ec.export_svg(plot, tmp_path / "chart.svg", "Mine production", SOURCE)
    data = path.read_bytes()
    assert QSvgRenderer(str(path)).isValid()
    root = ET.fromstring(data)
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Mine production" in texts
    assert "U.S. Geological Survey" in texts
    assert "2010" in texts  # the axis ticks are text, not pixels


def test_svg_falls_back_to_qt_when_pyqtgraph_fails(plot, tmp_path, monkeypatch):
    def broken(*_args):
        raise AttributeError("simulated exporter failure (PySide6 >= 6.11)")

    monkeypatch.setattr(ec, "pyqtgraph_svg", broken)
    path = ec.export_svg(plot, tmp_path / "chart.svg", "Mine production", SOURCE)
    assert QSvgRenderer(str(path)).isValid()
    assert b"U.S. Geological Survey" in path.read_bytes()


def test_panel_without_a_main_chart_exports_the_whole_panel(make_window, tmp_path):
    window = make_window(ViewStateData(panel="overview"))
    panel = window.current_panel()
    png = QImage(str(ec.export_panel(panel, tmp_path / "overview.png", scale=2)))
    assert png.width() == 2 * panel.width()
    svg = ec.export_panel(panel, tmp_path / "overview.svg")
    assert QSvgRenderer(str(svg)).isValid()
    assert b"USGS" in svg.read_bytes() or b"Geological" in svg.read_bytes()
    with pytest.raises(ec.ExportError, match=r"\.png or \.svg"):
        ec.export_panel(panel, tmp_path / "overview.pdf")


def test_copy_chart_shortcut_puts_the_image_on_the_clipboard(make_window, qtbot):
    window = make_window(ViewStateData(panel="overview"))
    QApplication.clipboard().clear()
    action = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+Shift+C")
    action.trigger()
    image = QApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() == 2 * window.current_panel().width()


def test_table_selection_copies_as_tsv(make_window, qtbot):
    window = make_window(ViewStateData(panel="data"))
    panel = window.panel("data")
    panel.tree.setCurrentItem(panel._find_item(("dataset", "mine_production")))
    table = panel.table
    table.setFocus()
    model = table.model()
    selection = table.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    for row in (0, 1):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    header = lines[0].split("\t")
    assert header[0] == model.headerData(0, Qt.Orientation.Horizontal)
    assert len(lines) == 3
    assert lines[1].split("\t")[0] == model.index(0, 0).data()


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "ree_desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_cli_export_chart_png_at_scale_and_svg(tmp_path):
    png = tmp_path / "overview.png"
    result = run_cli("--panel", "overview", "--export-chart", str(png), "--scale", "2")
    assert result.returncode == 0, result.stderr
    assert QImage(str(png)).width() > 1500  # about twice the panel's width at 1280x800
    svg = tmp_path / "data.svg"
    result = run_cli("--panel", "data", "--theme", "dark", "--export-chart", str(svg))
    assert result.returncode == 0, result.stderr
    assert QSvgRenderer(str(svg)).isValid()
    bad = run_cli("--panel", "overview", "--export-chart", str(tmp_path / "x.gif"))
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr and ".png or .svg" in bad.stderr
