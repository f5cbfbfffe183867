"""Filter latency: a ViewState change → every panel repainted, against a bare repaint.

Two runs, both offscreen at 1280x800:

* **Every panel, every kind of change** (bundled data): for each panel (Overview, Value
  chain, Countries, Demand, Prices, Data) and each kind of change (year range, year,
  countries, metric, stage, scenario, elements, Demand's what-if drivers, theme), each
  sample calls ``state.update(...)`` and runs the event loop until it is drained (no paint
  for three passes); the time is to the last paint. The floor, measured in the same run
  and interleaved, is the panel's main chart repainted with no state change.
* **Countries with a big user dataset** (the original run): the line chart through year
  ranges, country sets and metrics, on bundled data and with a 1,000,000-row user dataset
  (inserted directly with executemany); time to the chart's viewport painted.

    python bench/filter_latency.py [--panels all|demand,prices] [--kind-samples 12]
                                   [--rows 1000000] [--samples 40]
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
from user_kinds import MINES_SUM, USER_OPTIONS, fill_stages_and_items  # noqa: E402

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


USER_DATA = False  # set by run_panels: the panels are measured on your data


def fill_user_kinds(path: Path, rows: int) -> None:
    """Issue 19: a daily NdPr price series of ``rows`` days (USD/kg, kind price) and a
    demand path (kt, kind path), so Prices and Demand draw user data beside the bundled."""
    import datetime as dt

    from ree_desktop.data.store import open_user_db

    open_user_db(path)
    conn = sqlite3.connect(path)
    start = dt.date(2025, 12, 31) - dt.timedelta(days=rows - 1)
    generator = random.Random(11)
    days = ((start + dt.timedelta(days=i)) for i in range(rows))
    with conn:
        conn.execute("INSERT INTO datasets (id, title, unit, kind, origin, content) VALUES "
                     "('bench_price', 'Benchmark daily price', 'USD/kg', 'user', 'bench', "
                     "'price'), ('bench_path', 'Benchmark path', 'kt', 'user', 'bench', "
                     "'path')")
        conn.executemany(
            "INSERT INTO observations (dataset, year, date, date_precision, element, metric, "
            "value, unit) VALUES ('bench_price', ?, ?, 'day', 'NdPr oxide', 'value', ?, "
            "'USD/kg')", ((d.year, d.isoformat(), 50 + generator.random() * 30) for d in days
                          if d.year >= 1990))
        conn.executemany(
            "INSERT INTO observations (dataset, year, scenario, item, metric, value, unit) "
            "VALUES ('bench_path', ?, 'Bench view', 'magnets', 'value', ?, 'kt')",
            [(year, 100 + year - 2025) for year in range(2025, 2051)])
        fill_stages_and_items(conn, generator)
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


# -- every panel, every kind of change ---------------------------------------------------------
#: panel → ViewState field values it cycles through, per kind of change.
KINDS: dict[str, list[dict]] = {
    "year range": [{"year_range": r} for r in ((1990, 2024), (2000, 2024), (2010, 2020),
                                                (1995, 2015))],
    "year": [{"year": y} for y in (2024, 2020, 2015, 2022)],
    "countries": [{"countries": c} for c in (("CHN", "USA", "AUS", "MMR"), ("CHN", "USA"),
                                             ("AUS", "MMR", "IND", "BRA"))],
    "metric": [{"metric": m} for m in ("production", "share", "reserves")],
    "stage": [{"stage": s} for s in ("mining", "refining", "magnet")],
    "scenario": [{"scenario": s} for s in ("STEPS", "APS", "NZE")],
    "elements": [{"elements": e} for e in (("Nd", "NdPr", "Dy", "Tb"), ("Nd", "Pr"),
                                           ("Dy", "Tb", "La", "Ce"))],
    "drivers": [{"options": {"demand_drivers": None}}],  # filled per sample (Demand slider)
    "theme": [{"theme": t} for t in ("dark", "light")],
    "font size": [{"font_size": f} for f in (16, 0)],  # 0: the platform's size
}
#: Kinds that restyle everything: their target is 150 ms, not 50 ms and 2x the floor.
RESTYLE_KINDS = {"theme", "font size"}
#: "demand@model": the Demand panel on its what-if tab (where the drivers' sliders are).
PANELS = ("overview", "value-chain", "countries", "demand", "demand@model", "prices", "data")


def drain(app: QApplication, watch: PaintWatch, limit: float = 30.0) -> float:
    """Run the event loop until three passes paint nothing; the time of the last paint."""
    last = time.perf_counter()
    idle = 0
    deadline = last + limit
    while idle < 3 and time.perf_counter() < deadline:
        before = watch.count
        app.processEvents()
        if watch.count != before:
            last = time.perf_counter()
            idle = 0
        else:
            idle += 1
    return last


def driver_change(i: int) -> dict:
    """A what-if slider step on Demand: the EV growth shift, -2.0 … +2.0 pp."""
    from ree_desktop.analysis import scenarios as sc

    drivers = sc.constant_drivers(sc.normalise_drivers({}))
    drivers["shift"]["Electric vehicles"] = round(-2 + (i % 9) * 0.5, 1)
    return {"options": {"demand_drivers": drivers}}


def measure_panel(app: QApplication, window, watch: PaintWatch, name: str,
                  samples: int) -> dict[str, dict[str, list[float]]]:
    """Per kind of change: its latencies and the interleaved bare-repaint floor, in ms."""
    panel_name, _, tab = name.partition("@")
    extra = USER_OPTIONS if USER_DATA else {}
    window.state.update(panel=panel_name, options={"demand.tab": tab or "history", **extra})
    if USER_DATA and panel_name == "countries":
        window.state.update(metric=MINES_SUM)
    drain(app, watch)
    panel = window.current_panel()
    plot = panel.main_plot()
    target = plot.viewport() if hasattr(plot, "viewport") else panel
    out: dict[str, dict[str, list[float]]] = {}
    for kind, values in KINDS.items():
        result: dict[str, list[float]] = {"app": [], "floor": []}
        warm = min(2, samples)  # warm-up samples (first queries, imports); fewer in a smoke run
        for i in range(samples + warm):
            if USER_DATA and kind == "metric" and panel_name == "countries":
                values = [{"metric": MINES_SUM}, {"metric": "production"}]
            change = driver_change(i) if kind == "drivers" else values[i % len(values)]
            if not changed(window.state, change):
                change = values[(i + 1) % len(values)]
            start = time.perf_counter()
            window.state.update(**change)
            elapsed = (drain(app, watch) - start) * 1000
            start = time.perf_counter()
            target.update()
            floor = (drain(app, watch) - start) * 1000
            if i >= warm:
                result["app"].append(elapsed)
                result["floor"].append(floor)
        out[kind] = result
    window.state.update(theme="light", font_size=0)
    drain(app, watch)
    return out


def run_panels(samples: int, panels=PANELS, user_series: int = 0
               ) -> dict[str, dict[str, dict[str, list[float]]]]:
    """panel → kind → {"app", "floor"}: every panel, every kind of change, bundled data
    (and, with ``user_series``, a daily user price series and a demand path)."""
    from ree_desktop.app import build_window, create_application
    from ree_desktop.data.store import Store
    from ree_desktop.ui.state import ViewStateData

    global USER_DATA
    USER_DATA = bool(user_series)
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        if user_series:
            fill_user_kinds(Path(tmp) / "empty.db", user_series)
        store = Store(user_path=Path(tmp) / "empty.db")
        window = build_window(store, ViewStateData(panel=panels[0]))
        window.resize(1280, 800)
        window.show()
        watch = PaintWatch(app)  # every paint of every widget
        drain(app, watch)
        results = {name: measure_panel(app, window, watch, name, samples) for name in panels}
        window.close()
        window.deleteLater()  # a caller in the same process (the smoke test) keeps no window
        store.close()
    return results


def changed(state, change: dict) -> bool:
    """True if ``change`` differs from the current state (a no-op emits nothing)."""
    if "options" in change:
        return any(state.options.get(k) != v for k, v in change["options"].items())
    return any(getattr(state.data, field) != value for field, value in change.items())


def target_met(kind: str, p95: float, floor_p95: float) -> str:
    """The issue's target: p95 <= 50 ms and <= 2x the floor's p95; 150 ms for restyles."""
    if kind in RESTYLE_KINDS:
        return "yes" if p95 <= 150 else "no"
    fast, near_floor = p95 <= 50, p95 <= 2 * floor_p95
    return "yes" if fast and near_floor else "no (50 ms)" if not fast else "no (2x)"


def print_panels(results: dict) -> None:
    """One line per panel and kind: p50/p95, floor p50/p95, p95 ratio to the floor, target."""
    print(f"{'panel':12} {'change':11} {'p50':>8} {'p95':>8} {'floor p50':>10} "
          f"{'floor p95':>10} {'p95/floor':>9}  target")
    for panel, kinds in results.items():
        for kind, result in kinds.items():
            app, floor = result["app"], result["floor"]
            p95, floor_p95 = percentile(app, 0.95), percentile(floor, 0.95)
            ratio = p95 / max(floor_p95, 0.1)
            print(f"{panel:12} {kind:11} {statistics.median(app):6.1f}ms "
                  f"{p95:6.1f}ms {statistics.median(floor):8.1f}ms "
                  f"{floor_p95:8.1f}ms {ratio:8.1f}x  {target_met(kind, p95, floor_p95)}")


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
    parser.add_argument("--panels", default="all",
                        help="comma-separated panels for the every-change run, or 'all' "
                             "or 'none'")
    parser.add_argument("--user-series", type=int, default=0, metavar="DAYS",
                        help="every-change run with a daily user price series of DAYS rows "
                        "and a user demand path (issue 19)")
    parser.add_argument("--kind-samples", type=int, default=12,
                        help="changes measured per panel and kind of change")
    args = parser.parse_args()
    if args.no_cache:
        from ree_desktop.data import store

        store.CACHE_ENTRIES = 0
    if args.panels != "none":
        panels = PANELS if args.panels == "all" else tuple(args.panels.split(","))
        print_panels(run_panels(args.kind_samples, panels, args.user_series))
        if args.rows == 0:
            return 0
    for name, result in run(args.rows, args.samples).items():
        print(f"{name:18} all changes {summary(result['app'] + result['cold'])}   "
              f"floor {summary(result['floor'])}")
        print(f"{'':18} revisits {summary(result['app'])}   "
              f"first visits {summary(result['cold'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
