"""The benchmark suite: start-up, filter latency, import, big series, memory, bundle size.

Each benchmark runs several times, interleaving the app and its floor measured in the same
run, and prints a table; the last line is a one-line summary with the ratios and targets.
``--quick`` (under a minute on 2 cores) uses fewer runs and smaller data; the full run
(under ten minutes) is what docs/benchmarks.md records.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py [--quick] [--frozen]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(BENCH), str(ROOT)]

import big_series  # noqa: E402
import filter_latency  # noqa: E402
import startup_app  # noqa: E402

FROZEN_DIR = ROOT / "dist" / "ree-desktop"
# (quick, full) settings
STARTUP_RUNS = (3, 9)
FILTER = ((100_000, 12), (1_000_000, 40))
SERIES = ((1_000_000, 10, 1), (1_000_000, 40, 2))
IMPORT_ROWS = (100_000, 1_000_000)
IDLE_RUNS = (1, 3)  # start-ups that stay 10 s idle after ready (memory after idling)
IDLE_SECONDS = 10


def p95(values: list[float]) -> float:
    return filter_latency.percentile(values, 0.95)


def row(name: str, app: str, floor: str, ratio: str, target: str) -> None:
    print(f"  {name:30} {app:>20} {floor:>20} {ratio:>8}  {target}")


def bench_startup(full: bool, frozen: bool) -> dict:
    frozen = frozen and (FROZEN_DIR / "ree-desktop").exists()
    results = startup_app.measure(STARTUP_RUNS[full], frozen=frozen)
    med = {name: {key: startup_app.median(rows, key) for key in ("painted", "ready", "rss_kb",
                                                                    "cpu_s")}
           for name, rows in results.items()}
    floor = med["floor"]
    print("Start-up (process start → first paint; ready = Overview cards drawn), median of "
          f"{STARTUP_RUNS[full]}")
    row("first paint", f"{med['app']['painted']:.3f} s", f"{floor['painted']:.3f} s",
        f"{med['app']['painted'] / floor['painted']:.2f}x", "≤ 1.3x")
    row("Overview ready", f"{med['app']['ready']:.3f} s", f"{floor['painted']:.3f} s",
        f"{med['app']['ready'] / floor['painted']:.2f}x", "≤ 1.3x")
    row("CPU time to ready", f"{med['app']['cpu_s']:.2f} s", f"{floor['cpu_s']:.2f} s",
        f"{med['app']['cpu_s'] / floor['cpu_s']:.2f}x", "")
    if "frozen" in med:
        row("frozen build first paint", f"{med['frozen']['painted']:.3f} s",
            f"{floor['painted']:.3f} s", f"{med['frozen']['painted'] / floor['painted']:.2f}x",
            "")
        row("frozen build ready", f"{med['frozen']['ready']:.3f} s",
            f"{floor['painted']:.3f} s", f"{med['frozen']['ready'] / floor['painted']:.2f}x", "")
    return med


def bench_filter(full: bool) -> dict:
    rows, samples = FILTER[full]
    results = filter_latency.run(rows, samples)
    print(f"Filter latency (Countries panel, state change → chart painted, {samples} changes, "
          "first visits of a value included)")
    out = {}
    for name, result in results.items():
        app, floor = result["app"] + result["cold"], result["floor"]
        target = "≤ 50 ms" if name == "bundled" else "≤ 150 ms"
        row(f"{name} p50", f"{statistics.median(app):.1f} ms",
            f"{statistics.median(floor):.1f} ms",
            f"{statistics.median(app) / statistics.median(floor):.1f}x", "")
        row(f"{name} p95", f"{p95(app):.1f} ms", f"{p95(floor):.1f} ms",
            f"{p95(app) / p95(floor):.1f}x", target)
        out[name] = (statistics.median(app), p95(app))
    return out


def bench_import(full: bool) -> str:
    script = BENCH / "import_bench.py"
    print("Import (bench/import_bench.py, issue 7)")
    if not script.exists():
        print("  pending: bench/import_bench.py is not in this checkout")
        return "pending"
    args = [sys.executable, str(script), "--rows", str(IMPORT_ROWS[full])]
    if not full:
        args.append("--skip-peer")
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    for line in done.stdout.splitlines():
        print("  " + line)
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-1:] or [f"exit status {done.returncode}"]
        print("  failed: " + last[0])
        return "failed"
    ours = [line for line in done.stdout.splitlines() if line.startswith("ree-desktop import")]
    rows = f"{IMPORT_ROWS[full]:,} rows"
    return f"{float(ours[0].split()[-2]):.2f}x at {rows}" if ours else "?"


def bench_series(full: bool) -> dict:
    points, frames, rounds = SERIES[full]
    results = big_series.run(points, frames, rounds, naive=full)
    print(f"Big series ({points:,} points, pan and zoom, ms per frame)")
    for name in ("app", "naive"):
        if name in results:
            values = results[name]
            row(f"{name} p50 / p95", f"{statistics.median(values):.1f} / {p95(values):.1f}",
                f"{statistics.median(results['floor']):.1f} / {p95(results['floor']):.1f}",
                f"{statistics.median(values) / statistics.median(results['floor']):.1f}x",
                "≤ 16 ms" if name == "app" else "(without the helper)")
    return {"p50": statistics.median(results["app"]), "p95": p95(results["app"])}


def bench_memory(startup: dict, full: bool) -> tuple[float, float]:
    """Resident memory at ready (from the start-up runs) and after ten idle seconds, so
    work deferred past ready is counted."""
    app, floor = startup["app"]["rss_kb"] / 1024, startup["floor"]["rss_kb"] / 1024
    idle = startup_app.measure(IDLE_RUNS[full], idle=IDLE_SECONDS)
    idle_app, idle_floor = (startup_app.median(idle[name], "rss_idle_kb") / 1024
                            for name in ("app", "floor"))
    print("Memory (resident set: app with the Overview drawn vs the floor window; then "
          f"after {IDLE_SECONDS} s idle, median of {IDLE_RUNS[full]})")
    row("VmRSS at ready", f"{app:.1f} MiB", f"{floor:.1f} MiB", f"{app / floor:.2f}x",
        "≤ 1.5x")
    row(f"VmRSS after {IDLE_SECONDS} s idle", f"{idle_app:.1f} MiB", f"{idle_floor:.1f} MiB",
        f"{idle_app / idle_floor:.2f}x", "≤ 1.5x")
    return app / floor, idle_app / idle_floor


def bench_bundle() -> str:
    print("Bundle size (dist/ree-desktop, one folder)")
    if not FROZEN_DIR.exists():
        print("  not built: run `make build`")
        return "not built"
    # Symlinks (PyInstaller links Qt libraries) counted once, as `du -sb` does.
    total = sum(f.stat().st_size for f in FROZEN_DIR.rglob("*")
                if f.is_file() and not f.is_symlink())
    print(f"  {total / 1e6:.1f} MB ({total / 2**20:.1f} MiB)")
    return f"{total / 1e6:.0f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller data")
    parser.add_argument("--frozen", action="store_true",
                        help="also time the frozen build in dist/ (make build)")
    args = parser.parse_args()
    full = not args.quick
    began = time.perf_counter()
    print(f"REE Desktop benchmarks ({'full' if full else 'quick'}); load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    row("", "app", "floor", "ratio", "target")
    startup = bench_startup(full, args.frozen)
    latency = bench_filter(full)
    imported = bench_import(full)
    series = bench_series(full)
    memory, memory_idle = bench_memory(startup, full)
    bundle = bench_bundle()
    app, floor = startup["app"], startup["floor"]
    big = [v for k, v in latency.items() if k != "bundled"]
    print(f"SUMMARY start-up {app['painted'] / floor['painted']:.2f}x floor (ready "
          f"{app['ready'] / floor['painted']:.2f}x; target 1.3x) | filter p95 "
          f"{latency['bundled'][1]:.0f} ms bundled (50)"
          + (f", {big[0][1]:.0f} ms big (150)" if big else "")
          + f" | import {imported} floor (1.5x) | big series p95 {series['p95']:.1f} ms (16) | "
          f"memory {memory:.2f}x floor, {memory_idle:.2f}x idle (1.5x) | bundle {bundle} | "
          f"{time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
