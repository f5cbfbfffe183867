"""Copies the top-level ``data/ree.db`` and ``resources/`` into the wheel.

The checkout keeps ``data/`` and ``resources/`` at the top level (the design's layout); a
built wheel carries them as ``ree_desktop/_bundle/{data,resources}``, which
``ree_desktop.paths`` finds through ``importlib.resources``. Editable installs read the
checkout itself and copy nothing. Metadata lives in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# (source in the checkout, destination under ree_desktop/_bundle/)
BUNDLED = [("data/ree.db", "data/ree.db"), ("data/CHANGELOG.md", "data/CHANGELOG.md"),
           ("resources", "resources")]


class BuildPyWithBundle(build_py):
    """build_py that also copies the bundled database and resources into the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "ree_desktop" / "_bundle"
        if target.exists():
            shutil.rmtree(target)
        for source, dest in BUNDLED:
            path = ROOT / source
            if path.is_dir():
                shutil.copytree(path, target / dest,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            elif path.is_file():
                (target / dest).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target / dest)
            elif source == "data/ree.db":
                raise SystemExit(f"{path} is missing: run `make db` before building a wheel")


setup(cmdclass={"build_py": BuildPyWithBundle})
