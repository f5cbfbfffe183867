"""The layer rule: nothing in ree_desktop.data or ree_desktop.analysis imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import ree_desktop

PACKAGE = Path(ree_desktop.__file__).parent
GUI_MODULES = ("PySide6", "pyqtgraph", "PyQt5", "PyQt6", "superqt", "qtpy")


def layer_files() -> list[Path]:
    return sorted([*(PACKAGE / "data").rglob("*.py"), *(PACKAGE / "analysis").rglob("*.py")])


def test_no_gui_import_statements_in_data_or_analysis():
    offenders = []
    for path in layer_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in GUI_MODULES
                          or n.startswith("ree_desktop.ui")]
    assert offenders == []


def test_importing_every_data_and_analysis_module_loads_no_qt():
    modules = [".".join(("ree_desktop", *p.relative_to(PACKAGE).with_suffix("").parts))
               for p in layer_files() if p.stem != "__init__"]  # nested packages too
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            f"bad = [m for m in sys.modules if m.split('.')[0] in {GUI_MODULES!r}]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
