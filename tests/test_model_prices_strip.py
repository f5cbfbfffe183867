"""Where the event strip puts its labels (strip_layout.py, no Qt): key events first, levels,
never two labels overlapping, a label that cannot fit left out (its marker stays)."""

from __future__ import annotations

import itertools

from ree_desktop.ui.panels.prices.strip_layout import (
    GAP,
    StripEvent,
    key_order,
    place_labels,
)


def event(event_id, x, width=100.0, category="market", precision="day", date="2010-01-01"):
    return StripEvent(event_id, x, width, category, precision, date)


def test_key_order_follows_the_written_rule():
    events = [event(1, 0, category="environment"), event(2, 0, category="export_control",
                                                          precision="year"),
              event(3, 0, category="export_control", precision="day", date="2015-01-01"),
              event(4, 0, category="quota"), event(5, 0, category="unknown")]
    assert [e.event_id for e in key_order(events)] == [3, 2, 4, 1, 5]
    assert [e.event_id for e in key_order(events, selected=1)][0] == 1


def test_labels_never_overlap_and_stay_in_the_strip():
    events = [event(i, x=i * 37.0, width=90 + (i % 4) * 30,
                    category=("export_control", "market", "quota")[i % 3]) for i in range(40)]
    placed = place_labels(events, levels=3, right_edge=800)
    assert 3 <= len(placed) < 40
    widths = {e.event_id: e.width for e in events}
    boxes = [(p.level, p.left, p.right(widths[i])) for i, p in placed.items()]
    for (la, a0, a1), (lb, b0, b1) in itertools.combinations(boxes, 2):
        assert la != lb or a1 + GAP <= b0 or b1 + GAP <= a0
    assert all(left >= 0 and right <= 800 for _l, left, right in boxes)
    xs = {e.event_id: e.x for e in events}
    assert all(p.left <= xs[i] <= p.right(widths[i]) for i, p in placed.items())


def test_key_events_win_the_room():
    crowded = [event(1, 100, category="market"), event(2, 105, category="export_control")]
    assert list(place_labels(crowded, levels=1, right_edge=800)) == [2]
    assert list(place_labels(crowded, levels=1, right_edge=800, selected=1)) == [1]
    assert place_labels(crowded, levels=0, right_edge=800) == {}


def test_a_label_at_the_right_edge_shifts_left_but_keeps_its_marker():
    placed = place_labels([event(1, 790, width=100)], levels=1, right_edge=800)
    assert placed[1].left == 700
    assert place_labels([event(1, 50, width=900)], levels=2, right_edge=800) == {}
