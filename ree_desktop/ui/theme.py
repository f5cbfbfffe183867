"""Light and dark themes for the widgets (Fusion palette) and the charts (pyqtgraph).

Series colours are the Okabe-Ito palette: distinguishable for the common forms of colour
blindness, on light and dark backgrounds.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
             "#000000")
# On a dark background black is invisible: swap it for light grey.
OKABE_ITO_DARK = OKABE_ITO[:-1] + ("#DDDDDD",)

# Fixed colours for the countries every panel shows, so China is the same colour everywhere.
COUNTRY_COLORS = {"CHN": "#D55E00", "USA": "#0072B2", "AUS": "#009E73", "MMR": "#E69F00",
                  "OTH": "#999999", "ROW": "#999999"}


@dataclass(frozen=True)
class ChartTheme:
    name: str
    background: str
    foreground: str
    grid_alpha: float
    muted: str
    series: tuple[str, ...]


LIGHT = ChartTheme("light", "#FFFFFF", "#222222", 0.25, "#777777", OKABE_ITO)
DARK = ChartTheme("dark", "#1E1F22", "#E6E6E6", 0.2, "#9A9A9A", OKABE_ITO_DARK)
THEMES = {"light": LIGHT, "dark": DARK}

_current = LIGHT


def current() -> ChartTheme:
    return _current


def series_color(index: int, key: str | None = None) -> str:
    if key and key in COUNTRY_COLORS:
        return COUNTRY_COLORS[key]
    return _current.series[index % len(_current.series)]


def element_color(code: str) -> str:
    """An element's colour in the current theme: the same in every panel, slide and export."""
    from ree_desktop.ui.element_colors import element_index

    return _current.series[element_index(code) % len(_current.series)]


def _dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor("#2B2D31"), QColor("#1E1F22"), QColor("#E6E6E6")
    palette.setColor(QPalette.ColorRole.Window, window)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    palette.setColor(QPalette.ColorRole.Base, base)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#26282C"))
    palette.setColor(QPalette.ColorRole.Text, text)
    palette.setColor(QPalette.ColorRole.Button, window)
    palette.setColor(QPalette.ColorRole.ButtonText, text)
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#3A3D42"))
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3D7BD9"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#6CB4FF"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9A9A9A"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7A7A7A"))
    return palette


# Fusion outlines an unchecked box in the window colour darkened by 40 %: on the dark
# palette that is the colour of the box's own background, so the box vanished. Only the
# unchecked states get a visible border here (the checked ones keep Fusion's tick).
DARK_STYLESHEET = """
QCheckBox::indicator:unchecked, QGroupBox::indicator:unchecked,
QAbstractItemView::indicator:unchecked, QMenu::indicator:non-exclusive:unchecked {
    border: 1px solid #A0A4AA; border-radius: 2px; background: #1E1F22;
    width: 12px; height: 12px;
}
QCheckBox::indicator:unchecked:hover, QAbstractItemView::indicator:unchecked:hover {
    border-color: #6CB4FF;
}
QCheckBox::indicator:unchecked:disabled, QAbstractItemView::indicator:unchecked:disabled {
    border-color: #5A5D63;
}
"""


def apply(app: QApplication, name: str, font_size: int = 0) -> ChartTheme:
    """Apply a theme (and an optional base font size in points) to the whole app."""
    import pyqtgraph as pg

    global _current
    _current = THEMES.get(name, LIGHT)
    app.setStyle("Fusion")
    palette = _dark_palette() if _current.name == "dark" else app.style().standardPalette()
    app.setPalette(palette)
    sheet = DARK_STYLESHEET if _current.name == "dark" else ""
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    pg.setConfigOptions(background=_current.background, foreground=_current.foreground,
                        antialias=True)
    base = default_point_size(app)
    font = QFont(app.font())
    font.setPointSizeF(font_size or base)
    if font != app.font():
        app.setFont(font)
    return _current


def default_point_size(app: QApplication | None = None) -> float:
    """The platform's base font size, remembered before any theme changes it (font reset)."""
    global _default_point_size
    if _default_point_size is None:
        app = app or QApplication.instance()
        _default_point_size = app.font().pointSizeF() if app else 10.0
    return _default_point_size


_default_point_size: float | None = None
