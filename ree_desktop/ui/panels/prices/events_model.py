"""The Prices & events panel's event list, without Qt: filters, rows, tooltips, counts.
Tested without a window (tests/test_model_prices.py)."""

from __future__ import annotations

import pandas as pd

from ree_desktop.analysis import prices as ap
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ree_desktop.ui.event_text import category_order, event_tooltip

OUTSIDE = QT_TRANSLATE_NOOP("Prices", "Outside the chosen years: not on the charts")
# An event list row: (id, category, text, tooltip, outside the chosen years).
EventRow = tuple[int, str, str, str, bool]


class EventsModel:
    """Every dated event (each with its own source), and the list the panel shows of them."""

    def __init__(self, events: pd.DataFrame) -> None:
        self.all_events = events
        self.categories = category_order(events["category"])
        self.years = events["date"].str[:4].astype(int)
        self._tips: dict[int, str] = {}

    def filtered(self, text: str = "", category: str = "", country: str = "",
                 element: str = "") -> pd.DataFrame:
        return ap.filter_events(self.all_events, text, category, country, element)

    def tooltip(self, frame: pd.DataFrame, index) -> str:
        event_id = int(frame.at[index, "id"])
        if event_id not in self._tips:
            self._tips[event_id] = event_tooltip(frame.loc[index])
        return self._tips[event_id]

    def tip(self, event_id: int) -> str:
        """An event's tooltip (made once)."""
        if event_id not in self._tips:
            self._tips[event_id] = event_tooltip(self.event(event_id))
        return self._tips[event_id]

    @staticmethod
    def outside_tip(tip: str) -> str:
        return f"{translate('Prices', OUTSIDE)}\n{tip}"

    def rows(self, frame: pd.DataFrame, year_range: tuple[int, int]) -> list[EventRow]:
        """The list's rows; those outside the chosen years say they are not on the charts."""
        low, high = year_range
        rows = []
        for index, row in zip(frame.index, frame.itertuples(), strict=True):
            outside = not low <= int(str(row.date)[:4]) <= high
            tip = self.tooltip(frame, index)
            rows.append((int(row.id), str(row.category), f"{row.date}  {row.title}",
                         self.outside_tip(tip) if outside else tip, outside))
        return rows

    def count_text(self, shown: int) -> str:
        return translate("Prices", "{shown} of {total} events").format(
            shown=shown, total=len(self.all_events))

    def filters(self) -> dict[str, list[str]]:
        """The values the list can be filtered by (categories in the legend's order)."""
        return {"category": self.categories,
                "country": ap.split_codes(self.all_events["countries"]),
                "element": ap.split_codes(self.all_events["elements"])}

    def outside_ids(self, year_range: tuple[int, int]) -> frozenset[int]:
        """Events outside the chosen years (muted in the list): part of the list's key."""
        low, high = year_range
        return frozenset(self.all_events.loc[~self.years.between(low, high), "id"].astype(int))

    def near_text(self, event_id: int) -> str:
        """The hover line for an event whose line is under the mouse."""
        event = self.all_events.loc[self.all_events["id"] == int(event_id)].iloc[0]
        return translate("Prices", "Event ({date}): {title} — click for details").format(
            date=event["date"], title=event["title"])

    def event(self, event_id: int) -> pd.Series:
        return self.all_events.loc[self.all_events["id"] == int(event_id)].iloc[0]
