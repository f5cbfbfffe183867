"""The Demand panel's typed options, parsed and checked from ``ViewState.options``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from ree_desktop.analysis import scenarios as sc

OPTION = "demand."                # prefix of this panel's keys in ViewState.options
DRIVERS = "demand_drivers"         # the what-if drivers (plain JSON-able dict)
TABS = ("history", "model", "table")
CLEAN = "Clean energy technologies total"
#: What the lines view can show: label → (IEA item, element). Elements: clean tech only.
USE_KEYS = {**{use: (use, "NdPrTbDy") for use in (sc.TOTAL, *sc.END_USES)},
            f"{CLEAN} (wind + EVs)": (f"{CLEAN} (wind + EVs)", "NdPrTbDy"),
            **{f"Clean energy technologies: {el}": (CLEAN, el) for el in ("Nd", "Pr", "Dy",
                                                                           "Tb")}}
PROJECTION_USES = tuple(USE_KEYS)


@dataclass(frozen=True)
class DemandOptions:
    """This panel's options, parsed and checked from ``ViewState.options`` (whose saved keys,
    ``demand.*`` and ``demand_drivers``, stay as they are so old bookmarks open)."""

    axis: str = "linear"                               # history y axis: linear or log
    cagr: tuple[int, int] | None = None                # CAGR years as chosen (clipped later)
    view: str = "lines"                                # projections: lines or stacked
    end_use: str = sc.TOTAL                            # projections: what the lines show
    supply: tuple[str, ...] = sc.STAGES                # projections: supply stages drawn
    tab: str = TABS[0]
    drivers: dict[str, Any] | None = field(default=None, hash=False)  # raw what-if drivers

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> DemandOptions:
        """Anything a bookmark may hold (old, edited, hostile) → valid options."""
        def get(key: str, default: Any) -> Any:
            return options.get(OPTION + key, default)

        cagr = get("cagr", None)
        try:
            years = (int(cagr[0]), int(cagr[1])) if isinstance(cagr, list | tuple) \
                and len(cagr) == 2 else None
        except (TypeError, ValueError, OverflowError):
            years = None
        supply = get("supply", list(sc.STAGES))
        view, use, tab = get("view", "lines"), get("end_use", sc.TOTAL), get("tab", TABS[0])
        drivers = options.get(DRIVERS)
        return cls(axis="log" if get("axis", "linear") == "log" else "linear",
                   cagr=years,
                   view=view if view in ("lines", "stacked") else "lines",
                   end_use=use if use in PROJECTION_USES else sc.TOTAL,
                   supply=tuple(s for s in sc.STAGES if s in supply)
                   if isinstance(supply, list | tuple) else (),
                   tab=tab if tab in TABS else TABS[0],
                   drivers=drivers if isinstance(drivers, dict) else None)

    @staticmethod
    def update(name: str, value: Any) -> dict[str, Any]:
        """The ``ViewState.options`` entry that sets field ``name`` to ``value``."""
        if name == "drivers":
            return {DRIVERS: value}
        if isinstance(value, tuple):
            value = list(value)
        return {OPTION + name: value}

    def changed_fields(self, other: DemandOptions) -> set[str]:
        return {f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)}


