"""Hostile command lines, files and exports, through the real CLI in subprocesses.

Atomic writes under a full disk (RLIMIT_FSIZE in the child, SIGXFSZ ignored), CSV injection,
stories that are pipes, devices, huge or nested 200,000 deep, the story render that used to
segfault, option values outside their choices, and a start with no display.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pandas as pd
import pytest
from hostile import (  # bundled_unchanged: an autouse fixture
    assert_one_line_error,
    bundled_unchanged,  # noqa: F401
    db_state,
    file_size_limit,
    posix,
    run_cli,
    sha256,
)

from ree_desktop.exports import csv_text, neutralise_cell
from ree_desktop.paths import bundled_db_path


def no_temp_files(folder) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


# -- 3: atomic writes ------------------------------------------------------------------------
@pytest.fixture
def user_db_ready():
    """The (per-test) user database exists before the child's file-size limit applies."""
    from ree_desktop.data.userdb import open_user_db

    open_user_db(Path(os.environ["REE_DESKTOP_USER_DB"]))


@posix
def test_a_full_disk_keeps_the_old_export_and_leaves_no_temp_file(tmp_path, user_db_ready):
    out = tmp_path / "report.csv"
    out.write_text("old report\n")
    (tmp_path / "report.sources.txt").write_text("old sources\n")
    result = run_cli("export", "mine_production", "--out", str(out),
                     preexec_fn=file_size_limit(4096))
    line = assert_one_line_error(result, 2, "disk full, nothing written", "report.csv")
    assert str(tmp_path.resolve()) in line
    assert out.read_text() == "old report\n"
    assert (tmp_path / "report.sources.txt").read_text() == "old sources\n"
    assert no_temp_files(tmp_path)


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_a_write_failing_at_any_stage_keeps_the_old_file(tmp_path, monkeypatch, failing):
    import errno

    from ree_desktop import atomic

    target = tmp_path / "story.reestory"
    target.write_text("old story")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if failing == "write":
        monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: (os.close(fd), no_space())[1])
    else:
        monkeypatch.setattr(atomic.os, failing, no_space)
    with pytest.raises(atomic.WriteFailed, match="disk full, nothing written"):
        atomic.write_text(target, "new story " * 1000)
    assert target.read_text() == "old story" and no_temp_files(tmp_path)


@posix
@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_a_full_disk_keeps_the_old_chart_image(tmp_path, suffix, user_db_ready):
    out = tmp_path / f"chart.{suffix}"
    out.write_bytes(b"old image")
    result = run_cli("--panel", "countries", "--export-chart", str(out),
                     preexec_fn=file_size_limit(2048))
    assert_one_line_error(result, 2, "disk full, nothing written", out.name)
    assert out.read_bytes() == b"old image" and no_temp_files(tmp_path)


@posix
def test_a_full_disk_keeps_the_old_screenshot(tmp_path, user_db_ready):
    out = tmp_path / "shot.png"
    out.write_bytes(b"old png")
    result = run_cli("--panel", "overview", "--screenshot", str(out),
                     preexec_fn=file_size_limit(2048))
    assert_one_line_error(result, 2, "disk full, nothing written", "shot.png")
    assert out.read_bytes() == b"old png" and no_temp_files(tmp_path)


@pytest.mark.parametrize("target", ["bundled", "user"])
def test_an_export_never_replaces_a_database(tmp_path, target):
    user = tmp_path / "u.db"
    assert run_cli("datasets", "--user-db", str(user)).returncode == 0
    path = bundled_db_path() if target == "bundled" else user
    before = sha256(path)
    for args in (["export", "reserves", "--out", str(path)],
                 ["--panel", "overview", "--screenshot", str(path)],
                 ["--panel", "overview", "--export-data", str(path)]):
        result = run_cli(*args, "--user-db", str(user))
        assert_one_line_error(result, 2, path.name, "is an SQLite database")
        assert sha256(path) == before


@posix
@pytest.mark.parametrize("target", ["folder", "/dev/null"])
def test_an_export_to_a_folder_or_device_is_refused(tmp_path, target):
    path = tmp_path if target == "folder" else Path(target)
    result = run_cli("export", "reserves", "--out", str(path))
    assert_one_line_error(result, 2, str(path), "give a file name")
    assert Path("/dev/null").is_char_device() and no_temp_files(tmp_path)


def test_an_export_through_a_symlink_writes_the_linked_file(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert run_cli("export", "reserves", "--out", str(link)).returncode == 0
    assert link.is_symlink() and real.read_text().startswith('"country_iso3"')


def test_a_successful_export_replaces_the_file_with_the_same_permissions(tmp_path):
    out = tmp_path / "report.csv"
    out.write_text("old\n")
    out.chmod(0o640)
    result = run_cli("export", "reserves", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text().startswith('"country_iso3"') and (out.stat().st_mode & 0o777) == 0o640
    assert no_temp_files(tmp_path)


# -- 14: CSV injection (OWASP) ------------------------------------------------------------------
HOSTILE_CELLS = ["t;=cmd|' /C calc'!A0", "=1+2", "+SUM(A1)", "-2+3", "@SUM(1)", "\t=x",
                 "a,=HYPERLINK(\"http://x\")", "ok|=evil", 'say "hi"', "plain"]


def test_formulas_are_neutralised_at_the_start_and_after_every_separator():
    for delimiter in (",", ";", "\t", "|"):
        frame = pd.DataFrame({"text": HOSTILE_CELLS, "value": range(len(HOSTILE_CELLS))})
        text = csv_text(frame)
        for row in csv.reader(io.StringIO(text)):  # as a comma locale reads it
            for cell in row:
                for piece in cell.split(delimiter):  # as any other locale might split it
                    assert not piece.startswith(("=", "+", "-", "@", "\t", "\r")) or \
                        piece.lstrip("+-").replace(".", "").isdigit(), (delimiter, piece)


def test_numbers_stay_numbers_and_text_round_trips_quoted():
    frame = pd.DataFrame({"text": ["-3.5", "+1e3", "t;=x", 'say "hi"'],
                          "value": [-1.5, 2.0, None, 4.0], "year": [2020, 2021, 2022, 2023]})
    text = csv_text(frame)
    lines = text.splitlines()
    assert lines[1] == '"-3.5",-1.5,2020'  # number-like text is not prefixed; numbers bare
    assert lines[3] == "\"t;'=x\",,2022" or lines[3] == "\"t;'=x\",\"\",2022"
    back = pd.read_csv(io.StringIO(text), dtype={"text": str})
    assert back["value"].dtype.kind == "f" and back["year"].dtype.kind == "i"
    assert list(back["text"]) == ["-3.5", "+1e3", "t;'=x", 'say "hi"']
    assert neutralise_cell(12.5) == 12.5 and neutralise_cell("-12") == "-12"


def test_an_exported_hostile_dataset_cannot_run_a_formula_in_a_semicolon_locale(tmp_path):
    source = tmp_path / "evil.csv"
    source.write_text('Country,Year,Value,Element\nChina,2024,5,"t;=cmd|\' /C calc\'!A0"\n'
                      "USA,2023,-7,=1+2\n")
    db = tmp_path / "u.db"
    result = run_cli("import", str(source), "--map", "element=Element", "--user-db", str(db))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out.csv"
    assert run_cli("export", "evil", "--out", str(out), "--user-db", str(db)).returncode == 0
    text = out.read_text(encoding="utf-8")
    for row in csv.reader(io.StringIO(text), delimiter=";"):
        assert not any(cell.startswith(("=", "+", "@")) for cell in row), row
    frame = pd.read_csv(out)
    assert sorted(frame["value"]) == [-7.0, 5.0]
    assert set(frame["element"]) == {"t;'=cmd|' /C calc'!A0", "'=1+2"}


# -- 9 and 10: stories ----------------------------------------------------------------------
def story(slides: list[dict]) -> str:
    return json.dumps({"format": "ree-desktop-story", "version": 2, "title": "t",
                       "slides": slides})


def test_a_story_whose_first_slide_is_countries_renders_without_crashing(tmp_path):
    path = tmp_path / "countries.reestory"
    path.write_text(story([{"title": "a", "view": {"panel": "countries"}},
                           {"title": "b", "view": {"panel": "overview"}}]))
    result = run_cli("story", str(path), "--screenshot-dir", str(tmp_path / "out"),
                     "--size", "1280x800")
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["slide-01.png",
                                                                    "slide-02.png"]


@posix
def test_a_story_that_is_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.reestory"
    os.mkfifo(fifo)  # nothing ever writes to it: reading it would hang
    result = run_cli("story", str(fifo), "--screenshot-dir", str(tmp_path), timeout=60)
    assert_one_line_error(result, 2, "pipe.reestory", "not a regular file")


@posix
def test_a_story_that_is_a_device_is_refused(tmp_path):
    result = run_cli("story", "/dev/zero", "--screenshot-dir", str(tmp_path), timeout=60)
    assert_one_line_error(result, 2, "zero", "not a regular file")


def test_huge_and_deeply_nested_stories_name_the_file(tmp_path):
    big = tmp_path / "big.reestory"
    big.write_bytes(b" " * 6_000_000)
    assert_one_line_error(run_cli("story", str(big)), 2, "big.reestory", "too large")
    deep = tmp_path / "deep.reestory"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    assert_one_line_error(run_cli("story", str(deep)), 2, "deep.reestory", "nested too deeply")
    folder = tmp_path / "folder.reestory"
    folder.mkdir()
    assert_one_line_error(run_cli("story", str(folder)), 2, "folder.reestory", "folder")


# Virtual methods Qt calls on widgets from C++ (besides the *Event handlers): a Python
# attribute of the same name is what shiboken calls instead.
QT_VIRTUALS = {"metric", "devType", "paintEngine", "initPainter", "redirected", "sharedPainter",
               "event", "eventFilter", "sizeHint", "minimumSizeHint", "heightForWidth",
               "hasHeightForWidth", "setVisible", "inputMethodQuery", "focusNextPrevChild",
               "nativeEvent", "connectNotify", "disconnectNotify", "viewportEvent",
               "setModel", "setSelectionModel", "reset", "setRootIndex", "data", "rowCount",
               "columnCount", "headerData", "flags", "index", "parent", "validate", "fixup"}


def test_qt_virtuals_are_never_shadowed_by_plain_attributes(make_window):
    """The story segfault's root cause: CountriesPanel.metric (a dataclass) hid
    QWidget.metric(), which Qt calls on a font change; shiboken crashed reporting it."""
    from PySide6.QtWidgets import QWidget

    window = make_window()
    for name in window.panel_classes:
        window.state.update(panel=name)
    offenders = []
    for widget in [window, *window.findChildren(QWidget)]:
        qt_class = next(c for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))
        virtuals = QT_VIRTUALS | {n for n in dir(qt_class) if n.endswith("Event")}
        for attr, value in vars(widget).items():
            if attr in virtuals and hasattr(qt_class, attr) and not callable(value):
                offenders.append(f"{type(widget).__name__}.{attr}")
    assert offenders == []


# -- 12 and 13: option values ---------------------------------------------------------------
def test_an_unknown_country_code_is_refused_and_nothing_is_written(tmp_path):
    source = tmp_path / "narnia.csv"
    source.write_text("Country,Year,Value\nNarnia,2024,5\nChina,2024,7\n")
    db = tmp_path / "u.db"
    assert run_cli("datasets", "--user-db", str(db)).returncode == 0
    before = db_state(db)
    result = run_cli("import", str(source), "--country", "Narnia=<b>XX</b>", "--user-db",
                     str(db))
    assert_one_line_error(result, 2, "narnia.csv", "<b>XX</b>", "not a country code")
    assert db_state(db) == before
    ok = run_cli("import", str(source), "--country", "Narnia=wld", "--user-db", str(db))
    assert ok.returncode == 0, ok.stderr


@pytest.mark.parametrize("option, value, choice", [
    ("--metric", "gdp", "rp_ratio"), ("--view", "pie", "table"),
    ("--stage", "smelting", "refining"), ("--scenario", "XYZ", "NZE"),
    ("--elements", "Foo", "all (US unit value)")])
def test_a_view_option_outside_its_choices_lists_them(tmp_path, option, value, choice):
    out = tmp_path / "x.png"
    result = run_cli("--panel", "overview", option, value, "--screenshot", str(out))
    assert_one_line_error(result, 2, option, repr(value), choice)
    assert not out.exists()


def test_the_labels_the_screen_shows_are_accepted(tmp_path):
    out = tmp_path / "prices.csv"
    result = run_cli("--panel", "prices", "--elements", "US unit value,ndpr",
                     "--stage", "Separation & refining", "--scenario", "nze",
                     "--metric", "Reserves", "--export-data", str(out))
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(out)
    prices = frame[frame["kind"] == "price"]
    assert set(prices["element"]) == {"all", "Nd+Pr"} and len(prices) > 10


def test_help_lists_every_subcommand():
    result = run_cli("--help")
    assert result.returncode == 0
    for name in ("import FILE", "export DATASET", "datasets", "story FILE"):
        assert name in result.stdout


# -- 17: no display, empty units --------------------------------------------------------------
@pytest.mark.skipif(not os.sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_no_display_says_so_and_how_to_render_offscreen(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "ree_desktop"], capture_output=True,
                            text=True, env=env, timeout=60)
    line = assert_one_line_error(result, 2, "no display", "--screenshot")
    assert "libxcb" not in result.stderr and "xcb" not in line


def test_datasets_prints_an_empty_unit_as_nothing(tmp_path):
    source = tmp_path / "nounit.csv"
    source.write_text("Country,Year,Value\nChina,2024,5\n")
    db = tmp_path / "u.db"
    assert run_cli("import", str(source), "--user-db", str(db)).returncode == 0
    result = run_cli("datasets", "--user-db", str(db))
    assert result.returncode == 0
    assert "nounit" in result.stdout and "nan" not in result.stdout


def test_the_conftest_fails_a_test_that_leaves_a_window_or_a_timer(tmp_path):
    """The guard that lets theme and presentation tests share one process with the rest."""
    import shutil
    import subprocess
    import sys

    shutil.copy(Path(__file__).with_name("conftest.py"), tmp_path / "conftest.py")
    (tmp_path / "test_leaks.py").write_text(
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QDialog\n"
        "kept = []\n"
        "def test_window(qtbot):\n"
        "    kept.append(QDialog()); kept[-1].show()\n"
        "def test_timer(qtbot):\n"
        "    kept.append(QTimer()); kept[-1].start(60_000)\n"
        "def test_clean(qtbot):\n"
        "    box = QDialog(); qtbot.addWidget(box); box.show()\n"
        "    timer = QTimer(); timer.start(10); timer.stop()\n")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             str(tmp_path)], capture_output=True, text=True, timeout=120,
                            cwd=tmp_path, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "2 errors" in result.stdout and "3 passed" in result.stdout, result.stdout
    assert "left Qt objects behind: widget QDialog" in result.stdout
    assert "running QTimer" in result.stdout
