"""Import benchmark: 1,000,000 rows x 6 columns through `ree-desktop import` (type detection,
validation, one transaction, the observations indexes) against `sqlite3 .import` followed by
the same `CREATE INDEX` statements (the floor) and `sqlite-utils insert --csv` (a peer), in
the same run. Prints seconds, peak memory and the ratios.

    .venv/bin/python bench/import_bench.py [--rows N] [--skip-peer]

The CSV is generated in a temporary folder (never committed). Each tool runs in its own
process; peak memory is that process's maximum resident set size (getrusage).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(done.returncode, seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
sys.stderr.write(done.stderr.decode(errors="replace")[-2000:])
"""


def country_names() -> list[str]:
    conn = sqlite3.connect(f"file:{ROOT / 'data' / 'ree.db'}?mode=ro&immutable=1", uri=True)
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM countries WHERE is_aggregate = 0 ORDER BY iso3")]
    finally:
        conn.close()


def generate(path: Path, rows: int) -> None:
    """Unique country-year-element keys; values with decimals, some with USGS markers."""
    names = [n if "," not in n else f'"{n}"' for n in country_names()]
    elements = [f"E{i:02d}" for i in range(max(1, rows // (len(names) * 100) + 1))]
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("country,year,element,value,unit,note\n")
        written = 0
        for element in elements:
            for year in range(1925, 2025):
                for index, name in enumerate(names):
                    if written == rows:
                        return
                    value = f"{(index * 7919 + year * 31 + written) % 100000 / 7:.3f}"
                    handle.write(f"{name},{year},{element},{value},t,r{written % 97}\n")
                    written += 1


def floor_script(csv_path: Path) -> str:
    """sqlite3 shell input: ``.import`` the file as table ``observations``, give it the
    indexed columns it lacks (metadata only: constant defaults, a rename), then run the very
    ``CREATE INDEX`` statements of the user database's observations table."""
    sys.path.insert(0, str(ROOT))
    from ree_desktop.data.schema import INDEXES_SQL

    indexes = [line for line in INDEXES_SQL.strip().splitlines() if " ON observations(" in line]
    return "\n".join([
        f".import --csv {csv_path} observations",
        "ALTER TABLE observations RENAME COLUMN country TO country_iso3;",
        "ALTER TABLE observations ADD COLUMN dataset TEXT DEFAULT 'bench';",
        "ALTER TABLE observations ADD COLUMN metric TEXT DEFAULT 'value';",
        "ALTER TABLE observations ADD COLUMN stage TEXT;",
        "BEGIN;", *indexes, "COMMIT;", ""])


def measure(command: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak MiB) of one command in its own process."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True,
                         text=True, check=True)
    code, seconds, cpu, peak_kib = out.stdout.split()
    if code != "0":
        raise SystemExit(f"{command[0]} failed ({code}): {out.stderr}")
    return float(seconds), float(cpu), int(peak_kib) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--skip-peer", action="store_true", help="skip sqlite-utils (slow)")
    args = parser.parse_args(argv)
    sqlite3_cli = shutil.which("sqlite3")
    if not sqlite3_cli:
        raise SystemExit("the sqlite3 command-line tool is needed: apt-get install -y sqlite3")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        csv_path = tmp / "bench.csv"
        generate(csv_path, args.rows)
        size = csv_path.stat().st_size / 2**20
        print(f"{args.rows:,} rows x 6 columns, {size:.1f} MiB")
        results = {}
        script = tmp / "floor.sql"
        script.write_text(floor_script(csv_path), encoding="utf-8")
        results["sqlite3 .import + indexes (floor)"] = measure(
            [sqlite3_cli, str(tmp / "floor.db"), f".read {script}"])
        results["sqlite3 .import alone"] = measure(
            [sqlite3_cli, str(tmp / "bare.db"), f".import --csv {csv_path} t"])
        if not args.skip_peer:
            results["sqlite-utils insert --csv (peer)"] = measure(
                [str(VENV_BIN / "sqlite-utils"), "insert", str(tmp / "peer.db"), "t",
                 str(csv_path), "--csv"])
        results["ree-desktop import (ours)"] = measure(
            [str(VENV_BIN / "ree-desktop"), "import", str(csv_path), "--user-db",
             str(tmp / "ours.db")])
        conn = sqlite3.connect(tmp / "ours.db")
        imported = conn.execute("SELECT count(*) FROM observations").fetchone()[0]
        conn.close()
        if imported != args.rows:
            raise SystemExit(f"ours imported {imported} rows, expected {args.rows}")
        floor_wall, floor_cpu, _ = results["sqlite3 .import + indexes (floor)"]
        print(f"{'tool':34} {'wall s':>7} {'CPU s':>7} {'peak MiB':>9} {'wall x':>7} "
              f"{'CPU x':>6}")
        for name, (seconds, cpu, peak) in results.items():
            print(f"{name:34} {seconds:7.2f} {cpu:7.2f} {peak:9.1f} "
                  f"{seconds / floor_wall:7.2f} {cpu / floor_cpu:6.2f}")
        ours = results["ree-desktop import (ours)"]
        peer = results.get("sqlite-utils insert --csv (peer)")
        if peer:
            print(f"ours is {peer[0] / ours[0]:.1f}x faster than sqlite-utils (wall), "
                  f"{peer[1] / ours[1]:.1f}x (CPU)")
        print(f"load average during the run: {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
