"""A process killed (SIGKILL) mid-import leaves the user database consistent, import absent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ree_desktop.data.importer import run_import

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")

WORKER = """
import sys, time
from ree_desktop.data.importer import write as importer_write
from ree_desktop.data.importer import run_import

importer_write.BIG_FILE_BYTES = 0  # take the big-file path: indexes dropped, rebuilt at the end

def progress(fraction, rows):
    print("rows", rows, flush=True)
    time.sleep(0.05)

run_import(sys.argv[1], sys.argv[2], progress=progress, chunk_rows=2000)
print("done", flush=True)
"""


def state(db: Path) -> tuple[str, dict[str, int]]:
    conn = sqlite3.connect(db)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        counts = dict(conn.execute("SELECT dataset, count(*) FROM observations GROUP BY 1"))
        datasets = {r[0] for r in conn.execute("SELECT id FROM datasets")}
        assert datasets == set(counts)  # no dataset row without its rows, or the reverse
        indexes = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='observations'")}
        assert len(indexes) == 3  # the dropped indexes came back with the rollback
        return check, counts
    finally:
        conn.close()


def test_sigkill_mid_import_leaves_the_dataset_absent(tmp_path):
    db = tmp_path / "user.db"
    first = run_import(Path(__file__).parent / "data" / "import" / "utf8_basic.csv", db)
    big = tmp_path / "big.csv"
    with big.open("w") as handle:
        handle.write("Country,Year,Value,Element\n")
        for i in range(40_000):  # unique country-year-element keys
            handle.write(f"{('China', 'India', 'Brazil', 'Chile')[i % 4]},{1900 + i // 4 % 100},"
                         f"{i},E{i // 400}\n")
    process = subprocess.Popen([sys.executable, "-c", WORKER, str(big), str(db)],
                               stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent)
    lines = []
    for line in process.stdout:
        lines.append(line)
        if len(lines) == 3:  # three chunks inserted, transaction open
            os.kill(process.pid, signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert lines[-1].startswith("rows")
    check, counts = state(db)
    assert check == "ok"
    assert counts == {first.dataset: 3}  # earlier data intact, the killed import absent

    done = subprocess.run([sys.executable, "-c", WORKER, str(big), str(db)], text=True,
                          capture_output=True, cwd=Path(__file__).parent.parent, timeout=300)
    assert done.stdout.strip().endswith("done"), done.stderr
    check, counts = state(db)
    assert check == "ok" and counts == {first.dataset: 3, "big": 40_000}
