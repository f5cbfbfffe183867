"""Countries panel: ``model.py`` and ``rows_model.py`` (no Qt), ``panel.py`` (controls and
layout), one module per part (line, bars, map, table, notes) and ``common.py`` (each
country's colour and marker; axes and legends are the chart kit's).

``PANEL`` is looked up lazily so that importing the Qt-free model does not import Qt.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name in ("PANEL", "CountriesPanel"):
        from ree_desktop.ui.panels.countries.panel import CountriesPanel

        return CountriesPanel
    raise AttributeError(name)
