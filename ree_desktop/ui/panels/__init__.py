"""The panels, one module (or package) each, listed in ``PANEL_TABLE`` in navigation order.

A panel module defines ``PANEL``, a ``Panel`` subclass. The window builds its navigation
from the table and imports a panel module only when that panel is first shown, so start-up
pays for one panel (tests/test_bench_smoke.py checks the table against each ``PANEL``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

#: (module, CLI name, title) in navigation order.
PANEL_TABLE = (
    ("overview", "overview", "Overview"),
    ("value_chain", "value-chain", "Value chain"),
    ("countries", "countries", "Countries"),
    ("demand", "demand", "Demand & trends"),
    ("prices", "prices", "Prices & events"),
    ("data_browser", "data", "Data"),
)


def panel_entries() -> list[tuple[str, str, str]]:
    """(module, name, title) of every panel, without importing them."""
    return list(PANEL_TABLE)


def load_panel(module_name: str) -> type:
    return importlib.import_module(f"{__name__}.{module_name}").PANEL


class LazyPanels(Mapping):
    """name → panel class, in navigation order; a module is imported on first lookup."""

    def __init__(self) -> None:
        entries = panel_entries()
        self.modules = {name: module for module, name, _ in entries}
        self.titles = {name: title for _, name, title in entries}
        self._classes: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        if name not in self._classes:
            self._classes[name] = load_panel(self.modules[name])
        return self._classes[name]

    def __contains__(self, name: object) -> bool:
        return name in self.modules

    def __iter__(self) -> Iterator[str]:
        return iter(self.modules)

    def __len__(self) -> int:
        return len(self.modules)


def panel_names() -> list[str]:
    return [name for _, name, _ in panel_entries()]
