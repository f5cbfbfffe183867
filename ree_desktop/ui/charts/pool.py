"""Plot items made once and reused between redraws."""

from __future__ import annotations

import pyqtgraph as pg


class ItemPool:
    """Plot items (or tuples of items drawn together) made once and reused (setData), on
    the plot only while in use: making and adding items was most of a redraw."""

    def __init__(self, plot: pg.PlotWidget, make) -> None:
        self.plot = plot
        self.make = make
        self.items: list = []
        self.used = 0

    def take(self):
        if self.used == len(self.items):
            self.items.append(self.make())
        item = self.items[self.used]
        self.used += 1
        for part in item if isinstance(item, tuple) else (item,):
            if part.scene() is None:
                self.plot.addItem(part)
        return item

    def start(self) -> None:
        self.used = 0

    def finish(self) -> None:
        """Take the items not used in this draw off the plot (kept for the next draw)."""
        for item in self.items[self.used:]:
            for part in item if isinstance(item, tuple) else (item,):
                if part.scene() is not None:
                    self.plot.removeItem(part)
