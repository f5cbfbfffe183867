"""Start-up probe for the benchmarks: ``REE_DESKTOP_STARTUP_PROBE=1 ree-desktop --panel overview``.

Prints ``painted`` at the window's first paint event, ``ready`` once the current panel has
drawn its content (the Overview's cards), each with its CLOCK_MONOTONIC time, then
``rss_kb N`` and ``cpu_s N`` and quits. ``bench/startup_app.py``
times these lines from process start; the frozen build is measured the same way.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

ENV = "REE_DESKTOP_STARTUP_PROBE"
#: Seconds to stay idle after ready before printing ``rss_idle_kb`` (0: quit at once), so
#: work deferred past ready is counted in the memory figure.
IDLE_ENV = "REE_DESKTOP_STARTUP_PROBE_IDLE"


def rss_kb() -> int:
    """Resident memory of this process from /proc (0 where /proc is unavailable)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class StartupProbe(QObject):
    def __init__(self, app: QApplication, window):
        super().__init__(app)
        self.app = app
        self.window = window
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.app.removeEventFilter(self)
            print(f"painted {time.monotonic()}", flush=True)
            QTimer.singleShot(0, self._ready)
        return False

    def _ready(self) -> None:
        panel = self.window.current_panel()
        if panel.is_stale or panel.loading:
            QTimer.singleShot(5, self._ready)
            return
        self.window.repaint()
        print(f"ready {time.monotonic()}", flush=True)
        print(f"rss_kb {rss_kb()}", flush=True)
        print(f"cpu_s {time.process_time()}", flush=True)
        idle = float(os.environ.get(IDLE_ENV) or 0)
        if idle > 0:
            QTimer.singleShot(int(idle * 1000), self._idle)
        else:
            self.app.quit()

    def _idle(self) -> None:
        print(f"rss_idle_kb {rss_kb()}", flush=True)
        self.app.quit()
