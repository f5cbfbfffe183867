"""The start-up floor: a bare PySide6 + pyqtgraph window with one plot, painted, then exit.

Prints ``painted T`` (CLOCK_MONOTONIC) at the window's first paint event, then ``rss_kb N``
and ``cpu_s N`` as it quits, so ``bench/run.py`` can time process start → first paint and
read resident memory exactly as it does for the app (``REE_DESKTOP_STARTUP_PROBE``);
with ``REE_DESKTOP_STARTUP_PROBE_IDLE=S`` it stays idle S seconds and prints ``rss_idle_kb``.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def rss_kb() -> int:
    """Resident set size of this process (VmRSS from /proc; 0 where unavailable)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class FirstPaint(QObject):
    """Notes the first paint event, then quits on the next event-loop turn."""

    def __init__(self, app: QApplication):
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            self.app.removeEventFilter(self)
            print(f"painted {time.monotonic()}", flush=True)
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self) -> None:
        print(f"rss_kb {rss_kb()}", flush=True)
        print(f"cpu_s {time.process_time()}", flush=True)
        idle = float(os.environ.get("REE_DESKTOP_STARTUP_PROBE_IDLE") or 0)
        if idle > 0:  # stay idle, then report memory again (as the app's probe does)
            QTimer.singleShot(int(idle * 1000), self.idle)
        else:
            self.app.quit()

    def idle(self) -> None:
        print(f"rss_idle_kb {rss_kb()}", flush=True)
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    plot = pg.PlotWidget(title="floor")
    plot.plot([2015, 2016, 2017, 2018], [1.0, 3.0, 2.0, 4.0])
    window.setCentralWidget(plot)
    window.resize(1280, 800)
    probe = FirstPaint(app)
    app.installEventFilter(probe)  # the first paint of any widget: the window's first frame
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
