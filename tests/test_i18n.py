"""ree_desktop/i18n.py: text marked in Qt-free code is what pyside6-lupdate extracts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ree_desktop import numbers
from ree_desktop.i18n import QT_TRANSLATE_NOOP
from ree_desktop.ui.panels.demand import model, whatif_model

LUPDATE = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")


def test_the_marker_returns_the_text_unchanged():
    assert QT_TRANSLATE_NOOP("Demand", "{year}: no data") == "{year}: no data"


@pytest.mark.skipif(not Path(LUPDATE).exists(), reason="pyside6-lupdate not installed")
def test_lupdate_extracts_the_demand_models_texts_with_their_context(tmp_path):
    ts = tmp_path / "demand.ts"
    done = subprocess.run([LUPDATE, model.__file__, whatif_model.__file__, "-ts", str(ts)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = ts.read_text(encoding="utf-8")
    assert "<name>Demand</name>" in text
    for source in ("User scenario — not a forecast", "IEA projections: {use} by scenario",
                   "Demand growth, % a year (constant)", "no data ({why})"):
        assert f"<source>{source}</source>" in text


@pytest.mark.skipif(not Path(LUPDATE).exists(), reason="pyside6-lupdate not installed")
def test_lupdate_extracts_the_shared_number_formats_texts(tmp_path):
    ts = tmp_path / "numbers.ts"
    done = subprocess.run([LUPDATE, numbers.__file__, "-ts", str(ts)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = ts.read_text(encoding="utf-8")
    assert "<name>Numbers</name>" in text
    for source in ("no data", "{value} years"):
        assert f"<source>{source}</source>" in text
