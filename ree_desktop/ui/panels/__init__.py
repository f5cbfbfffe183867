"""The panels, one module each. ``available_panels`` lists those that exist, in order.

A panel module defines ``PANEL``, a ``Panel`` subclass. New panels are added to
``PANEL_MODULES``; a module not yet written is skipped, so the navigation lists only
panels that exist.
"""

from __future__ import annotations

import importlib

PANEL_MODULES = ("overview", "value_chain", "countries", "demand", "prices", "data_browser")


def available_panels() -> list[type]:
    panels = []
    for module_name in PANEL_MODULES:
        qualified = f"{__name__}.{module_name}"
        try:
            module = importlib.import_module(qualified)
        except ModuleNotFoundError as error:
            if error.name == qualified:
                continue
            raise
        panels.append(module.PANEL)
    return panels


def panel_names() -> list[str]:
    return [panel.name for panel in available_panels()]
