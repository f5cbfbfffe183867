"""Filter latency: a ViewState change (year range, countries, metric) → chart repainted.

Drives the Countries panel's line chart (the panel a filter change costs most on) in an
offscreen window: each sample calls ``state.update(...)`` and runs the event loop until
the chart's viewport has been painted. The floor is the same chart repainted with no
state change (pure paint cost). Runs on the bundled data, then with a user database
holding a 1,000,000-row dataset (inserted directly with executemany).

    python bench/filter_latency.py [--rows 1000000] [--samples 40]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

BIG_DATASET = "bench_big"
PANEL = "countries"


def fill_user_db(path: Path, rows: int) -> None:
    """``rows`` observations (67 metrics x 200 countries x 75 years) in one user dataset."""
    from ree_desktop.data.store import open_user_db

    open_user_db(path)
    conn = sqlite3.connect(path)
    codes = [f"Q{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(200)]
    codes[:4] = ["CHN", "USA", "AUS", "MMR"]
    generator = random.Random(7)

    def produce():
        n = 0
        metric = 0
        while True:
            for year in range(1950, 2025):
                for code in codes:
                    if n == rows:
                        return
                    yield (BIG_DATASET, code, year, f"indicator_{metric:02d}",
                           generator.random() * 1000, "t")
                    n += 1
            metric += 1

    conn.execute("PRAGMA synchronous = OFF")
    with conn:
        conn.execute("INSERT OR REPLACE INTO datasets (id, title, unit, kind, origin) "
                     "VALUES (?, 'Benchmark dataset', 't', 'user', 'bench')", (BIG_DATASET,))
        conn.executemany("INSERT INTO observations (dataset, country_iso3, year, metric, "
                         "value, unit) VALUES (?, ?, ?, ?, ?, ?)", produce())
    conn.close()


class PaintWatch(QObject):
    """Counts paint events of one widget (the chart's viewport)."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def until_painted(app: QApplication, watch: PaintWatch, before: int, limit: float = 30.0) -> None:
    deadline = time.perf_counter() + limit
    while watch.count == before and time.perf_counter() < deadline:
        app.processEvents()


def changed(state, change: dict) -> bool:
    """True if ``change`` differs from the current state (a no-op emits nothing)."""
    return any(getattr(state.data, field) != value for field, value in change.items())


def changes(big: bool) -> list[dict]:
    """A cycle of filter changes a user makes: years, countries, metric."""
    ranges = [(1990, 2024), (2000, 2024), (2010, 2020), (1995, 2015), (2015, 2025)]
    country_sets = [("CHN", "USA", "AUS", "MMR"), ("CHN", "USA"), ("AUS", "MMR", "IND", "BRA"),
                    ("CHN", "USA", "AUS", "MMR", "RUS", "VNM", "IND", "BRA", "THA", "MDG")]
    metrics = ["production", "share", "reserves"]
    if big:
        metrics.append(f"user:{BIG_DATASET}:indicator_03")
    cycle = []
    for i in range(max(len(ranges), len(country_sets), len(metrics)) * 2):
        cycle += [{"year_range": ranges[i % len(ranges)]},
                  {"countries": country_sets[i % len(country_sets)]},
                  {"metric": metrics[i % len(metrics)]}]
    return cycle


def measure(user_db: Path, samples: int, big: bool = False) -> dict[str, list[float]]:
    """Milliseconds per change (``app``) and per bare repaint (``floor``), interleaved."""
    from dataclasses import replace

    from ree_desktop.app import build_window, create_application
    from ree_desktop.data.store import Store
    from ree_desktop.ui.state import ViewStateData

    app = create_application()
    store = Store(user_path=user_db)
    window = build_window(store, replace(ViewStateData(), panel=PANEL))
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    panel = window.current_panel()
    plot = panel.main_plot()
    watch = PaintWatch(plot.viewport())
    cycle = changes(big)
    cycle = [c for i, c in enumerate(cycle) if c != cycle[i - 1]]
    for change in cycle[:3]:  # warm-up: first queries, imports
        if changed(window.state, change):
            before = watch.count
            window.state.update(**change)
            until_painted(app, watch, before)
    result: dict[str, list[float]] = {"app": [], "floor": [], "cold": []}
    seen: set[str] = set()
    for i in range(samples * 3):
        if len(result["app"]) + len(result["cold"]) == samples:
            break
        change = cycle[i % len(cycle)]
        if not changed(window.state, change):
            continue
        before = watch.count
        start = time.perf_counter()
        window.state.update(**change)
        until_painted(app, watch, before)
        elapsed = (time.perf_counter() - start) * 1000
        # The first visit of each value runs its queries cold: reported apart.
        key = repr(change)
        result["cold" if key not in seen else "app"].append(elapsed)
        seen.add(key)
        before = watch.count
        start = time.perf_counter()
        plot.viewport().update()
        until_painted(app, watch, before)
        result["floor"].append((time.perf_counter() - start) * 1000)
    window.close()
    window.deleteLater()  # a caller in the same process (the smoke test) keeps no window
    store.close()
    return result


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(values: list[float]) -> str:
    if not values:
        return "(none)"
    return f"p50 {statistics.median(values):7.1f} ms  p95 {percentile(values, 0.95):7.1f} ms"


def run(rows: int, samples: int) -> dict[str, dict[str, list[float]]]:
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "empty.db"
        big = Path(tmp) / "big.db"
        results = {"bundled": measure(small, samples)}
        if rows:
            start = time.perf_counter()
            fill_user_db(big, rows)
            print(f"(inserted {rows:,} rows in {time.perf_counter() - start:.1f} s)")
            results[f"{rows:,} user rows"] = measure(big, samples, big=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--no-cache", action="store_true",
                        help="disable the Store's query cache (the 'before' numbers)")
    args = parser.parse_args()
    if args.no_cache:
        from ree_desktop.data import store

        store.CACHE_ENTRIES = 0
    for name, result in run(args.rows, args.samples).items():
        print(f"{name:18} all changes {summary(result['app'] + result['cold'])}   "
              f"floor {summary(result['floor'])}")
        print(f"{'':18} revisits {summary(result['app'])}   "
              f"first visits {summary(result['cold'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
