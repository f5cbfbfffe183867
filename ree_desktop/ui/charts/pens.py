"""The kit's pens and brushes: series lines that follow presentation mode and the screen's
pixel ratio, and one shared marker pen and brush per colour."""

from __future__ import annotations

import functools

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPen

# Presentation mode draws thicker lines (see presentation.py).
_line_scale = 1.0


def set_line_scale(scale: float) -> None:
    """Multiply every series pen width from now on; 1 is normal."""
    global _line_scale
    _line_scale = float(scale)


def line_scale() -> float:
    """The current series pen multiplier (presentation mode makes it larger)."""
    return _line_scale


def screen_scale() -> float:
    """The screen's device pixel ratio (2 at 200 %): cosmetic pens are in device pixels, so
    without this a 2 px line would look 1 px thin on a high-DPI screen."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen() if QGuiApplication.instance() else None
    return screen.devicePixelRatio() if screen is not None else 1.0


def series_pen(color: str, width: float = 2.0, dashed: bool = False) -> QPen:
    """A data series' line: ``width`` scaled for presentation mode and the screen."""
    pen = pg.mkPen(color=color, width=width * _line_scale * screen_scale())
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def dash_dot(pen: QPen) -> QPen:
    """Supply projections: dash-dot, told apart from the dashed demand projections."""
    pen.setStyle(Qt.PenStyle.DashDotLine)
    return pen


@functools.lru_cache(maxsize=512)
def marker_brush(color: str) -> QBrush:
    """One brush object per colour for markers: pyqtgraph's symbol atlas keys on the brush
    object, so a fresh brush per point re-renders every marker on each redraw."""
    return pg.mkBrush(color)


@functools.lru_cache(maxsize=512)
def marker_pen(color: str, width: float = 1.5) -> QPen:
    """One outline pen object per colour and width for markers (see ``marker_brush``)."""
    return pg.mkPen(color, width=width)
