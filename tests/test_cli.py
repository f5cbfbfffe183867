"""The command line, run as a user would (a subprocess), offscreen."""

from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest
from PySide6.QtGui import QImage


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "ree_desktop", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120)


def test_datasets_lists_bundled_datasets_with_rows_and_sources():
    result = run("datasets")
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert " 713 " in lines["mine_production"]
    assert "U.S. Geological Survey (USGS)" in lines["mine_production"]
    assert "International Energy Agency (IEA)" in lines["demand_projections"]


def test_export_dataset_writes_csv_with_sources(tmp_path):
    out = tmp_path / "prod.csv"
    result = run("export", "mine_production", "--out", str(out))
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(out)
    for column in ("country_iso3", "country", "year", "value", "unit", "flag", "metric"):
        assert column in frame.columns
    usa = frame[(frame["country_iso3"] == "USA") & (frame["year"] == 2022)
                & (frame["preferred"] == 1)]
    assert list(usa["value"]) == [42500.0]
    assert "USGS" in (tmp_path / "prod.sources.txt").read_text()


@pytest.mark.parametrize("panel", ["overview", "data"])
def test_screenshot_renders_a_png_of_the_requested_size(tmp_path, panel):
    out = tmp_path / f"{panel}.png"
    result = run("--panel", panel, "--size", "1280x800", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_export_data_of_the_overview(tmp_path):
    out = tmp_path / "overview.csv"
    result = run("--panel", "overview", "--export-data", str(out))
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(out)
    world = frame[frame["headline"] == "World mine production"].iloc[0]
    assert (world["year"], world["value"], world["unit"]) == (2025, 390000.0, "t REO")


@pytest.mark.parametrize(("args", "message"), [
    (("--panel", "nowhere", "--screenshot", "x.png"), "unknown panel 'nowhere'"),
    (("--panel", "overview", "--year", "1492", "--screenshot", "x.png"), "outside 1900-2100"),
    (("--panel", "overview", "--years", "20x0", "--screenshot", "x.png"), "expected A:B"),
    (("--panel", "overview", "--countries", "CHN,XYZ", "--screenshot", "x.png"),
     "unknown country code(s) XYZ"),
    (("--size", "huge", "--panel", "overview", "--screenshot", "x.png"), "expected WxH"),
    (("export", "nope", "--out", "x.csv"), "unknown dataset 'nope'"),
])
def test_user_errors_are_one_clear_line_without_traceback(tmp_path, args, message):
    result = run(*args, cwd=tmp_path)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.png").exists() and not (tmp_path / "x.csv").exists()
