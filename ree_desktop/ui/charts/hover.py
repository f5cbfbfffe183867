"""The kit's hover: a tooltip for the data point nearest the mouse, with a guide line."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QToolTip
from shiboken6 import isValid

from ree_desktop.ui import theme


class HoverTooltip:
    """Shows a tooltip for the data point nearest the mouse, with a vertical guide line.

    ``describe(x, y)`` returns the tooltip text for a position in data coordinates, or ""
    when nothing is near. Used for the crosshair-with-tooltip behaviour of every chart.
    """

    def __init__(self, plot: pg.PlotWidget, describe: Callable[[float, float], str]):
        self.plot = plot
        self.describe = describe
        self.line = pg.InfiniteLine(angle=90, movable=False,
                                    pen=pg.mkPen(theme.current().muted, width=1,
                                                 style=Qt.PenStyle.DotLine))
        self.line.setVisible(False)
        plot.addItem(self.line, ignoreBounds=True)
        self.last_text = ""
        self._proxy = pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._moved)

    def _moved(self, event) -> None:
        # The rate-limited proxy can fire after the chart is gone (window closed meanwhile).
        if not (isValid(self.plot) and isValid(self.plot.getPlotItem())):
            return
        scene_pos = event[0]
        vb = self.plot.getPlotItem().vb
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            self.line.setVisible(False)
            return
        point = vb.mapSceneToView(scene_pos)
        self.show_at(point.x(), point.y(), scene_pos)

    def show_at(self, x: float, y: float, scene_pos: QPointF | None = None) -> str:
        """Update the guide and tooltip for data position (x, y); returns the text."""
        text = self.describe(x, y)
        self.last_text = text
        self.line.setPos(round(x))
        self.line.setVisible(bool(text))
        if text and scene_pos is not None:
            view = self.plot
            global_pos = view.mapToGlobal(view.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, text, view)
        elif not text:
            QToolTip.hideText()
        return text
