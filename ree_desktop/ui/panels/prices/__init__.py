"""Prices & events panel: ``model.py``, ``quota_model.py`` and ``events_model.py`` (no Qt),
``panel.py`` (controls and layout), one module per part (price_chart, quota_chart, events).

``PANEL`` is looked up lazily so that importing the Qt-free model does not import Qt.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name in ("PANEL", "PricesPanel"):
        from ree_desktop.ui.panels.prices.panel import PricesPanel

        return PricesPanel
    raise AttributeError(name)
