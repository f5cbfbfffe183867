"""ViewState: the observable Qt wrapper around the one object every panel shows.

Panels and controls never talk to each other: controls write to the ViewState, panels
listen to its ``changed`` signal and redraw. The plain value, its versioned JSON (the
bookmark and story format) and the option scopes live in ``ree_desktop.viewstate`` without
Qt; they are re-exported here so panels keep importing them from one place.

``changed`` carries the names of what changed in one update: the ViewState fields, and for
an ``options`` change also ``options.<scope>`` for each panel whose keys changed (a Demand
slider sends ``{"options", "options.demand"}``), so a panel can watch only its own options.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from ree_desktop.viewstate import (  # noqa: F401 (re-exported: panels import them from here)
    DEFAULT_YEARS,
    STATE_VERSION,
    ViewStateData,
    changed_option_keys,
    option_change_names,
    option_scope,
)


class ViewState(QObject):
    """The live, observable view state of one window.

    ``changed`` carries the set of names that changed in one update (fields, plus
    ``options.<scope>`` per panel whose options changed), so a panel can skip work that
    does not concern it.
    """

    changed = Signal(object)

    def __init__(self, data: ViewStateData | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._data = data or ViewStateData()

    @property
    def data(self) -> ViewStateData:
        return self._data

    def __getattr__(self, name: str) -> Any:
        data = self.__dict__.get("_data")
        if data is not None and name in ViewStateData.__dataclass_fields__:
            return getattr(data, name)
        raise AttributeError(name)

    def update(self, **changes: Any) -> None:
        """Change one or more fields; emits ``changed`` once if anything differs."""
        if "countries" in changes:
            changes["countries"] = tuple(dict.fromkeys(changes["countries"]))
        if "elements" in changes:
            changes["elements"] = tuple(changes["elements"])
        if "year_range" in changes:
            low, high = (int(v) for v in changes["year_range"])
            changes["year_range"] = (min(low, high), max(low, high))
        if "options" in changes:
            changes["options"] = {**self._data.options, **changes["options"]}
        new = replace(self._data, **changes)
        differing = {k for k in changes if getattr(new, k) != getattr(self._data, k)}
        if differing:
            old, self._data = self._data, new
            self.changed.emit(self._with_option_names(differing, old, new))

    def restore(self, data: ViewStateData) -> None:
        """Replace the whole state (bookmarks, stories); emits every field that differs."""
        differing = {f.name for f in fields(ViewStateData)
                     if getattr(data, f.name) != getattr(self._data, f.name)}
        old, self._data = self._data, data
        if differing:
            self.changed.emit(self._with_option_names(differing, old, data))

    def show_view(self, data: ViewStateData) -> ViewStateData:
        """Restore a saved view (a bookmark, a story slide) but keep the current theme and
        font size: those are how the user reads, not part of what they looked at."""
        data = replace(data, theme=self._data.theme, font_size=self._data.font_size)
        self.restore(data)
        return data

    @staticmethod
    def _with_option_names(differing: set[str], old: ViewStateData,
                           new: ViewStateData) -> set[str]:
        """Add ``options.<scope>`` for each panel whose option keys changed."""
        if "options" in differing:
            keys = changed_option_keys(old.options, new.options)
            differing = differing | option_change_names(keys)
        return differing
