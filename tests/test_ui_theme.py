"""Look and feel: themes reach the charts, the font-size control, settings restored at start,
the shortcuts list, and high-DPI renders."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from ree_desktop.ui import theme
from ree_desktop.ui.presentation import shortcut_text
from ree_desktop.ui.state import ViewStateData


def sparkline_background(window) -> str:
    card = window.panel("overview").cards[0]
    return card.sparkline.backgroundBrush().color().name().upper()


def rendered_corner(widget) -> QColor:
    image = widget.grab().toImage()
    return QColor(image.pixel(image.width() - 3, 3))


def test_switching_theme_recolours_charts_and_widgets(make_window, qtbot):
    window = make_window(ViewStateData(panel="overview", theme="light"))
    assert sparkline_background(window) == theme.LIGHT.background
    assert rendered_corner(window.panel("overview").cards[0].sparkline).lightness() > 200

    window.state.update(theme="dark")
    assert sparkline_background(window) == theme.DARK.background
    card = window.panel("overview").cards[0]
    assert rendered_corner(card.sparkline).lightness() < 60
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    axis = card.sparkline.getPlotItem().getAxis("left")
    assert axis.pen().color().lightness() > 150  # light axis on dark ground

    window.state.update(theme="light")
    assert sparkline_background(window) == theme.LIGHT.background


def test_every_main_chart_follows_the_theme(make_window):
    window = make_window(ViewStateData(theme="light"))
    window.state.update(theme="dark")
    checked = []
    for name in window.panel_classes:
        window.state.update(panel=name)
        plot = window.current_panel().main_plot()
        if plot is not None:
            colour = plot.backgroundBrush().color().name().upper()
            assert colour == theme.DARK.background, name
            checked.append(name)
    assert "overview" not in checked  # the Overview has cards, not one main chart


def test_dark_palette_keeps_series_colours_distinguishable():
    assert "#000000" not in theme.OKABE_ITO_DARK
    assert len(set(theme.OKABE_ITO_DARK)) == len(theme.OKABE_ITO_DARK)


def test_font_size_bigger_smaller_reset(make_window):
    window = make_window()
    actions = {a.text().replace("&", ""): a for a in window.actions()}
    base = theme.default_point_size()
    actions["Bigger"].trigger()
    actions["Bigger"].trigger()
    assert window.state.font_size == round(base) + 2
    assert QApplication.font().pointSizeF() == round(base) + 2
    actions["Smaller"].trigger()
    assert QApplication.font().pointSizeF() == round(base) + 1
    actions["Reset"].trigger()
    assert window.state.font_size == 0
    assert QApplication.font().pointSizeF() == base


RESTART_SCRIPT = """
import json, sys
from ree_desktop.app import build_window, create_application
from ree_desktop.data.store import Store
from ree_desktop.ui.main_window import make_settings, saved_state
from ree_desktop.ui.state import ViewStateData
app = create_application()
store = Store()
if sys.argv[1] == "first":
    data = ViewStateData(panel="data", theme="dark", font_size=12, year_range=(2001, 2021))
    window = build_window(store, data, remember=True)
    window.resize(1400, 760)
    window.move(50, 40)
    window.show()
    app.processEvents()
    window.splitter.setSizes([230, 1170])
    app.processEvents()
    window.close()
else:
    data = saved_state(make_settings())
    window = build_window(store, data, remember=True)
    window.show()
    app.processEvents()
g = window.geometry()
print(json.dumps({"geometry": [g.x(), g.y(), g.width(), g.height()],
                  "nav": window.splitter.sizes()[0], "panel": window.current_panel().name,
                  "title": window.windowTitle(), "state": window.state.data.to_json()}))
"""


def test_geometry_splitter_view_theme_and_font_restored_at_start(tmp_path):
    """Two app runs (the second restores what the first saved) on a 1920x1080 offscreen screen."""
    import json

    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "big", "x": 0, "y": 0, "width": 1920,
                                                "height": 1080, "logicalDpi": 96,
                                                "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    env.pop("DISPLAY", None)
    runs = [json.loads(subprocess.run([sys.executable, "-c", RESTART_SCRIPT, which],
                                      capture_output=True, text=True, env=env, timeout=120,
                                      check=True).stdout.splitlines()[-1])
            for which in ("first", "second")]
    first, second = runs
    assert first["nav"] == 230
    assert second["geometry"] == first["geometry"]
    assert second["nav"] == 230
    assert second["panel"] == "data" and second["title"] == "REE Desktop — Data"
    state = ViewStateData.from_json(second["state"])
    assert (state.theme, state.font_size, state.year_range) == ("dark", 12, (2001, 2021))


def test_shortcuts_dialog_lists_every_shortcut(make_window):
    text = shortcut_text(make_window())
    for keys in ("Ctrl+1", "Ctrl+E", "Ctrl+F", "Ctrl+D", "Ctrl+Shift+C", "F11", "Esc",
                 "PageDown", "Ctrl++", "Ctrl+0"):
        assert keys in text, keys


@pytest.mark.parametrize("factor", ["1.5", "2"])
def test_high_dpi_render_is_sharp_and_complete(tmp_path, factor):
    out = tmp_path / "overview.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": factor}
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "-m", "ree_desktop", "--panel", "overview",
                             "--theme", "dark", "--size", "1280x800", "--screenshot", str(out)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() == round(1280 * float(factor))
    assert image.height() == round(800 * float(factor))


def test_app_icon_loads_and_png_sizes_exist(qapp):
    from ree_desktop.app import create_application
    from ree_desktop.paths import resources_dir

    create_application()
    icon = QApplication.windowIcon()
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()
    for size in (16, 32, 48, 64, 128, 256):
        image = QImage(str(resources_dir() / "icons" / f"ree-desktop-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    desktop = (resources_dir() / "ree-desktop.desktop").read_text(encoding="utf-8")
    assert "Exec=ree-desktop" in desktop and "Icon=ree-desktop" in desktop
