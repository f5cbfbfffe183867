"""One smoke test of the real window on a real X server (Xvfb, xcb platform)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.xvfb


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb is not installed")
def test_main_window_renders_under_xvfb(tmp_path):
    out = tmp_path / "xvfb.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "ree_desktop",
         "--panel", "overview", "--size", "1280x800", "--screenshot", str(out)],
        capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
    assert len(colours) > 5, "the window rendered blank"
