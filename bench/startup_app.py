"""Start-up: process start → first painted main window (and → Overview drawn), app vs floor.

Each run spawns a fresh process and timestamps the lines it prints: ``painted`` (first
frame), ``ready`` (the Overview's cards drawn; the app only) and ``rss_kb``. The app runs
with ``REE_DESKTOP_STARTUP_PROBE=1`` (see ree_desktop/ui/startup_probe.py), an empty user
database and empty settings, exactly as a first launch.

    python bench/startup_app.py [-n 5] [--frozen] [--idle 10]

With ``--idle S`` both app and floor stay idle S seconds after ready and report resident
memory again (``rss_idle_kb``): work deferred past ready counts in that figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = [sys.executable, str(ROOT / "bench" / "startup_floor.py")]
APP = [sys.executable, "-m", "ree_desktop", "--panel", "overview"]
FROZEN = [str(ROOT / "dist" / "ree-desktop" / "ree-desktop"), "--panel", "overview"]


def child_env(tmp: Path, root: Path, idle: float = 0) -> dict[str, str]:
    """Offscreen, isolated user data; bytecode caching on, as in an installed app."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REE_DESKTOP_STARTUP_PROBE="1",
               REE_DESKTOP_STARTUP_PROBE_IDLE=str(idle),
               REE_DESKTOP_USER_DB=str(tmp / "user.db"),
               REE_DESKTOP_SETTINGS=str(tmp / "settings.ini"),
               PYTHONPATH=str(root))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(command: list[str], root: Path = ROOT, timeout: float = 60.0,
             idle: float = 0) -> dict[str, float]:
    """Seconds from spawn to each marker line, plus ``rss_kb`` and ``cpu_s``; ``root`` is
    the checkout whose ``ree_desktop`` runs (another one gives a before/after pair)."""
    with tempfile.TemporaryDirectory() as tmp:
        start = time.monotonic()  # the children print CLOCK_MONOTONIC times too
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                env=child_env(Path(tmp), root, idle), cwd=root, text=True)
        result: dict[str, float] = {}
        assert proc.stdout is not None
        for line in proc.stdout:
            word, _, rest = line.strip().partition(" ")
            if word in ("painted", "ready"):
                result[word] = float(rest) - start
            elif word in ("rss_kb", "cpu_s", "rss_idle_kb"):
                result[word] = float(rest)
        proc.wait(timeout=timeout + idle)
    if "painted" not in result:
        raise RuntimeError(f"{command[0]} exited {proc.returncode} without painting")
    result.setdefault("ready", result["painted"])
    return result


def measure(runs: int, frozen: bool = False, before: Path | None = None,
            idle: float = 0) -> dict[str, list[dict[str, float]]]:
    """Interleaved floor/app runs after one discarded warm-up of each (disk cache, .pyc)."""
    commands: dict[str, tuple[list[str], Path]] = {"floor": (FLOOR, ROOT), "app": (APP, ROOT)}
    if before is not None:
        commands["before"] = (APP, before)
    if frozen:
        commands["frozen"] = (FROZEN, ROOT)
    for command, root in commands.values():
        run_once(command, root)
    results: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, root) in commands.items():
            results[name].append(run_once(command, root, idle=idle))
    return results


def median(rows: list[dict[str, float]], key: str) -> float:
    return statistics.median(row[key] for row in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=5)
    parser.add_argument("--frozen", action="store_true", help="also time dist/ree-desktop")
    parser.add_argument("--idle", type=float, default=0,
                        help="seconds idle after ready before memory is read again")
    parser.add_argument("--before", type=Path,
                        help="also time the app of another checkout (e.g. git archive)")
    args = parser.parse_args()
    results = measure(args.runs, args.frozen, args.before, args.idle)
    floor = median(results["floor"], "painted")
    for name, rows in results.items():
        print(f"{name:7} first paint {median(rows, 'painted'):6.3f} s "
              f"({median(rows, 'painted') / floor:4.2f}x)  ready {median(rows, 'ready'):6.3f} s "
              f"({median(rows, 'ready') / floor:4.2f}x)  cpu {median(rows, 'cpu_s'):5.2f} s  "
              f"rss {median(rows, 'rss_kb') / 1024:6.1f} MB"
              + (f"  idle rss {median(rows, 'rss_idle_kb') / 1024:6.1f} MB"
                 if args.idle and all("rss_idle_kb" in row for row in rows) else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
