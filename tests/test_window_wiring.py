"""Feature modules talk to the window and panels through methods, not by setting attributes
on them: read from every module's syntax tree, plus the window's own accessors."""

from __future__ import annotations

import ast
from pathlib import Path

import ree_desktop
from ree_desktop.viewstate import ViewStateData

PACKAGE = Path(ree_desktop.__file__).parent


def outside_assignments() -> list[str]:
    """``window.x = …`` / ``panel._stale = …`` anywhere, and ``_stale`` read on another
    object than ``self``."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PACKAGE)
        for node in ast.walk(tree):
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AugAssign | ast.AnnAssign) else []
            for target in targets:
                for item in (target.elts if isinstance(target, ast.Tuple) else [target]):
                    if isinstance(item, ast.Attribute) and isinstance(item.value, ast.Name) \
                            and item.value.id != "self" \
                            and (item.value.id == "window" or item.attr == "_stale"):
                        found.append(f"{where}:{node.lineno} {ast.unparse(item)}")
            if isinstance(node, ast.Attribute) and node.attr == "_stale" \
                    and not (isinstance(node.value, ast.Name) and node.value.id == "self"):
                found.append(f"{where}:{node.lineno} {ast.unparse(node)}")
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "setattr":
                found.append(f"{where}:{node.lineno} {ast.unparse(node)}")
    return sorted(set(found))


def test_no_module_sets_attributes_on_the_window_or_a_panels_stale_flag():
    assert outside_assignments() == []


def test_window_owns_its_presenter_story_editor_and_table_copy(make_window):
    window = make_window(ViewStateData(panel="overview"))
    assert window.presenter.window is window
    editor = window.story_editor()
    assert editor is window.story_editor() and not editor.isVisible()
    assert window.table_copy_filter.parent() is window
    from ree_desktop.ui.stories import editor_for

    assert editor_for(window) is editor


def test_panel_stale_api(make_window):
    window = make_window(ViewStateData(panel="overview"))
    data = window.panel("data")  # hidden: not drawn yet
    assert data.is_stale
    data.refresh()
    assert not data.is_stale
    data.invalidate()  # hidden: marked, not drawn
    assert data.is_stale
    overview = window.current_panel()
    overview.mark_stale()
    overview.invalidate()  # visible: drawn now
    assert not overview.is_stale and overview.cards
