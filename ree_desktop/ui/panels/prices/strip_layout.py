"""Where the event timeline strip puts its labels, without Qt (tests/test_model_prices_strip.py).

Every event in view keeps its marker; labels are placed greedily, key events first, in a few
levels (rows) above the markers, and never overlap: a label that finds no free level is left
out and its event is told in the marker's tooltip instead.

**Which events are key** (labelled first), by this rule:

1. the selected event, always first;
2. then by category, in this priority: export controls, quotas, trade disputes, industrial
   policy, geopolitics, market, related export controls, companies, environment (others
   last) — the policy instruments that moved prices before the events around them;
3. then the more precisely dated (a day before a month before a year only);
4. then the earlier.

The bundled events carry no "key" mark of their own, so the rule uses what every event has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

CATEGORY_PRIORITY = ("export_control", "quota", "trade_dispute", "industrial_policy",
                     "geopolitics", "market", "related_export_controls", "corporate",
                     "environment")
PRECISION_PRIORITY = {"day": 0, "month": 1, "year": 2}
GAP = 6.0  # pixels kept free between two labels of one level


@dataclass(frozen=True)
class StripEvent:
    """One event in view: its marker's x (pixels from the strip's left) and label width."""

    event_id: int
    x: float
    width: float
    category: str
    precision: str
    date: str


@dataclass(frozen=True)
class Placement:
    """A placed label: its level (0 = nearest the markers) and left edge in pixels."""

    level: int
    left: float

    def right(self, width: float) -> float:
        return self.left + width


def key_order(events: Sequence[StripEvent], selected: int | None = None) -> list[StripEvent]:
    """The events in the order their labels are placed (the module's rule)."""
    def rank(event: StripEvent) -> tuple:
        category = CATEGORY_PRIORITY.index(event.category) \
            if event.category in CATEGORY_PRIORITY else len(CATEGORY_PRIORITY)
        return (event.event_id != selected, category,
                PRECISION_PRIORITY.get(event.precision, 3), event.date, event.event_id)

    return sorted(events, key=rank)


def place_labels(events: Sequence[StripEvent], levels: int, right_edge: float,
                 selected: int | None = None) -> dict[int, Placement]:
    """Labels placed without overlap: event id → placement (events left out: unlabelled).

    A label starts at its marker; near the right edge it is shifted left so it ends at the
    edge, as long as it still covers its marker. The first level with room is taken.
    """
    taken: list[list[tuple[float, float]]] = [[] for _ in range(max(0, levels))]
    placed: dict[int, Placement] = {}
    for event in key_order(events, selected):
        left = event.x
        if left + event.width > right_edge:
            left = right_edge - event.width
        if left < 0 or left > event.x:  # wider than the strip, or no longer at its marker
            continue
        right = left + event.width
        for level, spans in enumerate(taken):
            if all(right + GAP <= a or left >= b + GAP for a, b in spans):
                spans.append((left, right))
                placed[event.event_id] = Placement(level, left)
                break
    return placed
