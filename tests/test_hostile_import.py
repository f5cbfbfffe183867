"""Hostile files through the real ``ree-desktop import`` in subprocesses (issue 14).

Each case runs the installed CLI as a user would, against a user database that already
holds one dataset, and checks what the user sees and what is left on disk: no traceback,
the exit status (2 = refused, 1 = rows with problems, 0 = imported), one message naming
the file (and line where there is one), ``PRAGMA integrity_check`` ok, the earlier data
untouched and nothing added when refused, and the bundled ``data/ree.db`` unchanged.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).parent / "data" / "import"
BUNDLED = ROOT / "data" / "ree.db"
SCRIPT = Path(sys.executable).parent / "ree-desktop"
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "ree_desktop"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def bundled_hash():
    before = sha256(BUNDLED)
    yield before
    assert sha256(BUNDLED) == before  # no case ever wrote the bundled database


@pytest.fixture
def user_db(tmp_path, bundled_hash) -> Path:
    """A user database with one earlier import (3 rows) that every case must leave alone."""
    from ree_desktop.data.importer import run_import

    db = tmp_path / "user.db"
    assert run_import(CORPUS / "utf8_basic.csv", db).rows_imported == 3
    yield db
    assert sha256(BUNDLED) == bundled_hash


def counts(db: Path) -> tuple[str, dict[str, int]]:
    conn = sqlite3.connect(db)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows = dict(conn.execute("SELECT dataset, count(*) FROM observations GROUP BY 1"))
        datasets = {r[0] for r in conn.execute("SELECT id FROM datasets")}
        assert datasets == set(rows)
        return check, rows
    finally:
        conn.close()


def cli(path: Path | str, db: Path, *extra: str, timeout: float = 60
        ) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("REE_DESKTOP_USER_DB", None)
    return subprocess.run([*COMMAND, "import", str(path), "--user-db", str(db), *extra],
                          capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)


def refused(path: Path | str, db: Path, *extra: str, words: tuple[str, ...] = (),
            timeout: float = 60) -> str:
    """Run a case that must be refused; returns the one-line message."""
    before = counts(db)
    done = cli(path, db, *extra, timeout=timeout)
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output
    assert done.returncode == 2, output
    message = done.stderr.strip()
    assert "\n" not in message and message.startswith(f"ree-desktop import: {path}: "), output
    for word in words:
        assert word in message, message
    assert counts(db) == before and before[0] == "ok"
    return message


def imported(path: Path, db: Path, *extra: str, code: int = 0) -> str:
    done = cli(path, db, *extra)
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output
    assert done.returncode == code, output
    assert counts(db)[0] == "ok"
    return output


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_parser_errors_are_one_line_with_the_line(tmp_path, user_db):  # item 0
    path = write(tmp_path, "quote.csv", 'Country,Year,Value\nChina,China,"')
    refused(path, user_db, words=("line 2", "quoted field is never closed"))
    path = write(tmp_path, "quote2.csv", 'Country,Year,Value\nChina,2020,1\nIndia,"2020,2\n')
    refused(path, user_db, "--skip-invalid", words=("line 3",))


def test_shifted_first_row_is_a_ragged_row_not_an_index(tmp_path, user_db):  # item 1
    path = write(tmp_path, "r.csv", "Country,Year,Value\nGermany,China,2024,5\n"
                                    "USA,2024,45000\nAustralia,2024,29000\n")
    output = imported(path, user_db, code=1)
    assert "line 2, column '(whole row)'" in output and "ragged row" in output
    assert counts(user_db)[1] == {"utf8_basic": 3}
    output = imported(path, user_db, "--skip-invalid")
    assert "imported 2 rows" in output
    conn = sqlite3.connect(user_db)
    rows = set(conn.execute("SELECT country_iso3, year, value FROM observations "
                            "WHERE dataset = 'r'"))
    conn.close()
    assert rows == {("USA", 2024, 45000.0), ("AUS", 2024, 29000.0)}  # no CHN 2024 = 5


def test_short_rows_are_ragged_rows_not_empty_cells(tmp_path, user_db):  # item 1
    path = write(tmp_path, "short.csv", 'Country,Year,Value\nChina,2020\n"India",2020,1\n'
                                        "Brazil,2020,\"2\"")
    output = imported(path, user_db, "--skip-invalid")
    assert "line 2, column '(whole row)', value '2 fields': ragged row" in output
    assert "imported 2 rows" in output


def test_infinite_values_are_refused(tmp_path, user_db):  # item 2
    path = write(tmp_path, "inf.csv", "Country,Year,Value\nChina,2020,inf\n"
                                      "India,2020,-Infinity\nBrazil,2020,1e999\n")
    output = imported(path, user_db, code=1)
    assert output.count("not a finite number") == 3 and "line 4, column 'Value'" in output
    assert counts(user_db)[1] == {"utf8_basic": 3}


def test_nul_byte_after_the_sample_is_refused(tmp_path, user_db):  # item 4
    path = write(tmp_path, "nul.csv", b"Country,Year,Value\n" + b"China,2020,1\n" * 30_000
                 + b"India,2020,\x002\n")
    refused(path, user_db, "--skip-invalid", words=("line 30,002", "NUL byte"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_fifo_device_folder_and_missing_file_are_refused(tmp_path, user_db):  # item 10
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    refused(fifo, user_db, words=("named pipe",), timeout=20)  # no hang
    if Path("/dev/zero").exists():
        refused("/dev/zero", user_db, words=("device",), timeout=20)  # no endless read
    refused(tmp_path, user_db, words=("folder",))
    refused(tmp_path / "missing.csv", user_db, words=("no such file",))


@pytest.mark.parametrize("codec", ["rot13", "zlib", "base64"])
def test_non_text_encodings_are_refused(user_db, codec):  # item 11
    refused(CORPUS / "utf8_basic.csv", user_db, "--encoding", codec,
            words=(f"'{codec}' is not a text encoding", "utf-8"))


def test_too_many_columns_are_refused_early(tmp_path, user_db):  # item 15
    path = write(tmp_path, "cols.csv", ",".join(["Country"] + [f"c{i}" for i in range(200_000)])
                 + "\n" + "China" + ",1" * 200_000 + "\n")
    refused(path, user_db, words=("200,001 columns", "limit of 2,000"), timeout=20)


def test_publisher_layouts_import_as_shipped(user_db):  # item 16
    output = imported(CORPUS / "owid_grapher.csv", user_db)
    assert "imported 4 rows" in output and "2 × region or group without a country code" in output
    assert "value 'Africa'" in output
    output = imported(CORPUS / "usgs_title_footnotes.csv", user_db)
    assert "imported 12 rows" in output and "4 × source or footnote line" in output
    assert counts(user_db)[1] == {"utf8_basic": 3, "owid_grapher": 4,
                                  "usgs_title_footnotes": 12}


@pytest.mark.parametrize(("option", "value", "word"), [
    ("--delimiter", '"', "cannot separate fields"), ("--delimiter", "\n", "cannot separate"),
    ("--header-row", "-5", "header's line number")])
def test_hostile_options_are_refused(user_db, option, value, word):  # item 11
    refused(CORPUS / "utf8_basic.csv", user_db, option, value, words=(word,))
