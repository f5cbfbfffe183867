"""The layer contracts, read from every import statement (function-level ones included):

- nothing in ree_desktop.data, ree_desktop.analysis, the panel models (ui/panels/*/model.py,
  *_model.py), ree_desktop.i18n or ui/event_text.py imports Qt (or the ui layer, for data
  and analysis);
- nothing under ree_desktop.ui imports ree_desktop.cli or ree_desktop.app;
- no panel imports another panel (panels/base.py and the panel table are shared);
- no import cycles between modules.

Known violations being removed in parallel are listed in ALLOWED, each with why; the lead
empties the list when those changes are merged.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import ree_desktop

PACKAGE = Path(ree_desktop.__file__).parent
GUI_MODULES = ("PySide6", "pyqtgraph", "PyQt5", "PyQt6", "superqt", "qtpy", "shiboken6")

#: (importer, imported) edges that break a contract today, allowed until their fix lands.
ALLOWED: set[tuple[str, str]] = set()


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes under ``if TYPE_CHECKING:`` (never run, so no runtime edge)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    return skipped


def imports(path: Path, runtime_only: bool = False) -> set[str]:
    """Every module ``path`` imports, at any depth of the file (names resolved to the
    deepest module that exists: ``from a.b import c`` is ``a.b.c`` if that is a module);
    ``runtime_only`` leaves out those under ``if TYPE_CHECKING:``."""
    found = set()
    package = module_name(path) if path.name == "__init__.py" else \
        module_name(path).rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = type_checking_nodes(tree) if runtime_only else set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in MODULES else base)
    return found


def qt_free_files() -> list[Path]:
    panels = PACKAGE / "ui" / "panels"
    models = [*panels.glob("*/model.py"), *panels.glob("*/*_model.py")]
    return sorted([*(PACKAGE / "data").rglob("*.py"), *(PACKAGE / "analysis").rglob("*.py"),
                   *models, PACKAGE / "i18n.py", PACKAGE / "ui" / "event_text.py",
                   PACKAGE / "viewstate.py", PACKAGE / "numbers.py"])


def test_panel_models_exist_and_are_covered():
    names = {module_name(p) for p in qt_free_files()}
    assert "ree_desktop.ui.panels.demand.model" in names
    assert "ree_desktop.numbers" in names  # the one number formatter the models share
    assert "ree_desktop.ui.panels.demand.whatif_model" in names
    assert {"ree_desktop.ui.panels.prices.model", "ree_desktop.ui.panels.prices.quota_model",
            "ree_desktop.ui.panels.prices.events_model", "ree_desktop.ui.event_text"} <= names


def test_no_gui_import_in_data_analysis_or_panel_models():
    offenders = []
    for path in qt_free_files():
        in_core = module_name(path).split(".")[1] in ("data", "analysis")
        offenders += [f"{module_name(path)}: {name}" for name in imports(path)
                      if name.split(".")[0] in GUI_MODULES
                      or (in_core and name.startswith("ree_desktop.ui"))]
    assert offenders == []


def test_importing_every_qt_free_module_loads_no_qt():
    modules = [module_name(p) for p in qt_free_files() if p.name != "__init__.py"]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            f"bad = [m for m in sys.modules if m.split('.')[0] in {GUI_MODULES!r}]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_nothing_under_ui_imports_cli_or_app():
    offenders = [(name, target) for name, path in MODULES.items()
                 if name.startswith("ree_desktop.ui") for target in imports(path)
                 if target in ("ree_desktop.cli", "ree_desktop.app")]
    assert sorted(set(offenders) - ALLOWED) == []


def panel_of(name: str) -> str | None:
    """The panel a module belongs to (its module or package under ui.panels), if any."""
    parts = name.split(".")
    if parts[:3] != ["ree_desktop", "ui", "panels"] or len(parts) < 4:
        return None
    return None if parts[3] in ("base",) else parts[3]


def test_no_panel_imports_another_panel():
    offenders = []
    for name, path in MODULES.items():
        own = panel_of(name)
        if own is None:
            continue
        offenders += [(name, target) for target in imports(path)
                      if panel_of(target) not in (None, own)]
    assert offenders == []


def test_no_import_cycles():
    graph = {name: {t for t in imports(path, runtime_only=True) if t in MODULES
                    and t != name and (name, t) not in ALLOWED}
             for name, path in MODULES.items()}
    # a package's __init__ is imported with any of its modules: not an edge of its own
    graph = {name: {t for t in targets if not name.startswith(t + ".")}
             for name, targets in graph.items()}
    cycles = strongly_connected(graph)
    assert cycles == [], cycles


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """The components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_every_allowed_violation_still_exists():
    """When a fix lands, its entry must leave ALLOWED (so the contract covers it again)."""
    gone = [edge for edge in ALLOWED if edge[1] not in imports(MODULES[edge[0]])]
    assert gone == [], f"remove from ALLOWED in tests/test_layers.py: {gone}"


def test_the_cycle_finder_finds_a_cycle():
    assert strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [
        ["a", "b", "c"]]
    assert strongly_connected({"a": {"b"}, "b": set()}) == []
