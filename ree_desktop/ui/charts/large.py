"""A series of many thousand points, drawn within a frame.

Kept in the kit (not moved into bench/) because it is the tested recipe the chart kit
offers for long series: bench/big_series.py measures it and tests/test_ui_charts.py pins
its behaviour; the user-data issue draws long user series with it. No panel needs it yet
(the bundled yearly series are short).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPen


def plot_large_series(plot: pg.PlotWidget, x, y, pen: QPen) -> pg.PlotDataItem:
    """Plot a series of many thousand points so that panning and zooming stays within a
    16 ms frame (bench/big_series.py, docs/benchmarks.md).

    Peak downsampling to two samples (lowest, highest) per pixel column keeps every spike
    visible; clip to view skips what is off screen; the line is drawn one device pixel
    wide and not antialiased, in ``pen``'s colour and style: Qt strokes a wider or
    antialiased zigzag of ~2,400 segments as polygons (15-70 ms a frame). Short yearly
    series gain nothing here.
    """
    item = plot.getPlotItem()
    item.setDownsampling(auto=True, mode="peak")
    item.setClipToView(True)
    thin = QPen(pen)
    thin.setWidth(1)
    thin.setCosmetic(True)
    curve = plot.plot(x, y, pen=thin, antialias=False, autoDownsampleFactor=1.0)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def fit_y(view: pg.ViewBox, x_range) -> None:
        """The value axis fits the points in view, set with the x range (pyqtgraph's own
        fit comes a paint late, from the clipped curve, and costs a second paint)."""
        start, end = np.searchsorted(x, x_range)
        shown = y[max(start - 1, 0):end + 1]
        if np.isfinite(shown).any():
            view.setYRange(float(np.nanmin(shown)), float(np.nanmax(shown)), padding=0.05)

    item.vb.enableAutoRange(y=False)
    item.vb.sigXRangeChanged.connect(fit_y)
    fit_y(item.vb, (x[0], x[-1]) if len(x) else (0, 0))
    return curve
