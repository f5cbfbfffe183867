"""Big series: a 1,000,000-point line panned and zoomed programmatically; time per frame.

The chart is the project's own (``charts.make_plot`` with a 2 px ``series_pen``), with
``charts.plot_large_series`` (peak downsampling, clip to view, one-pixel line). Each frame
moves the view range, runs the event loop until the viewport has painted, then processes
what that paint posted (a second paint, if any, is part of the frame). Until 2026-11-29 a
frame was a synchronous ``repaint()`` then ``processEvents()``, which always painted twice
(the queued update of ``setXRange`` after the forced repaint); ``--double-paint`` keeps
that for comparison.
The floor is a bare pyqtgraph PlotWidget (no grid, no title) with 1,000 points; ``naive``
is the 1,000,000 points without the helper (the "before").

    python bench/big_series.py [--points 1000000] [--frames 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def make_chart(points: int, large: bool, bare: bool = False):
    import pyqtgraph as pg

    from ree_desktop.ui import charts, theme

    plot = pg.PlotWidget() if bare else charts.make_plot("Big series", "value", "index")
    rng = np.random.default_rng(3)
    x = np.arange(points, dtype=float)
    y = np.cumsum(rng.normal(size=points))
    pen = charts.series_pen(theme.series_color(0), 2)
    if large:
        charts.plot_large_series(plot, x, y, pen)
    else:
        plot.plot(x, y, pen=pen)
    plot.resize(1200, 700)
    plot.show()
    return plot


def views(points: int, frames: int) -> list[tuple[float, float]]:
    """Pan across the whole series at full zoom, then zoom in step by step and pan."""
    ranges = []
    for i in range(frames):
        if i < frames // 2:
            width = points * 0.8
            start = (points - width) * i / max(1, frames // 2 - 1)
        else:
            width = points * 0.5 ** (i - frames // 2 + 1)
            start = (points - width) / 2 + width * 0.1 * (i % 3)
        ranges.append((start, start + width))
    return ranges


DOUBLE_PAINT = False  # --double-paint: the old frame (synchronous repaint + processEvents)
PAINTS: dict[str, list[int]] = {"app": [], "floor": [], "naive": []}  # paints per frame


def frame_times(app: QApplication, points: int, frames: int, large: bool,
                bare: bool = False) -> list[float]:
    """Milliseconds per frame: set the view range, run the event loop until painted."""
    from filter_latency import PaintWatch, until_painted

    plot = make_chart(points, large, bare)
    for _ in range(3):
        app.processEvents()
    plot.viewport().repaint()
    watch = PaintWatch(plot.viewport())
    result = []
    for low, high in views(points, frames):
        before = watch.count
        start = time.perf_counter()
        plot.setXRange(low, high, padding=0)
        if DOUBLE_PAINT:
            plot.viewport().repaint()
            app.processEvents()
        else:  # painted once, then whatever the paint posted (a second paint counts)
            until_painted(app, watch, before)
            app.processEvents()
        result.append((time.perf_counter() - start) * 1000)
        PAINTS["floor" if bare else "app" if large else "naive"].append(watch.count - before)
    plot.close()
    plot.deleteLater()
    app.processEvents()
    return result


def run(points: int, frames: int, rounds: int = 2,
        naive: bool = True) -> dict[str, list[float]]:
    """Interleaved rounds of app (large helper), floor (1,000 points) and naive."""
    from ree_desktop.app import create_application

    app = create_application()
    result: dict[str, list[float]] = {"app": [], "floor": []}
    if naive:
        result["naive"] = []
    for _ in range(rounds):
        result["app"] += frame_times(app, points, frames, large=True)
        result["floor"] += frame_times(app, 1000, frames, large=True, bare=True)
        if naive:
            result["naive"] += frame_times(app, points, 4, large=False)  # ~10 s a frame
    return result


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--frames", type=int, default=40)
    parser.add_argument("--double-paint", action="store_true",
                        help="time a frame as repaint() + processEvents() (the old way)")
    args = parser.parse_args()
    global DOUBLE_PAINT
    DOUBLE_PAINT = args.double_paint
    for name, values in run(args.points, args.frames).items():
        print(f"{name:6} p50 {statistics.median(values):7.1f} ms  "
              f"p95 {percentile(values, 0.95):7.1f} ms  ({len(values)} frames)")
    for kind, counts in PAINTS.items():
        print(f"{kind:6} paints per frame: {statistics.mean(counts):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
