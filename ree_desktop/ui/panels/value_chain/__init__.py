"""Value chain panel: ``model.py`` and ``detail_model.py`` (no Qt), ``panel.py`` (controls and
layout), one module per part (stage_column, concentration, detail, deposits).

``PANEL`` is looked up lazily so that importing the Qt-free model does not import Qt.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name in ("PANEL", "ValueChainPanel"):
        from ree_desktop.ui.panels.value_chain.panel import ValueChainPanel

        return ValueChainPanel
    raise AttributeError(name)
