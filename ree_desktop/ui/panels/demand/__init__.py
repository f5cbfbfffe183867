"""Demand & trends panel: ``model.py`` and ``whatif_model.py`` (no Qt), ``panel.py`` (controls
and layout), one module per part (history, projections, whatif, controls, table).

``PANEL`` is looked up lazily so that importing the Qt-free model does not import Qt.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name in ("PANEL", "DemandPanel"):
        from ree_desktop.ui.panels.demand.panel import DemandPanel

        return DemandPanel
    raise AttributeError(name)
