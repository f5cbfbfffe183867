"""ViewState: the one object that holds what every panel shows.

Panels and controls never talk to each other: controls write to the ViewState, panels
listen to its ``changed`` signal and redraw. The state serialises to versioned JSON, which is
also the bookmark and story format (``from_json`` accepts older versions).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

STATE_VERSION = 1

DEFAULT_YEARS = (1990, 2025)


@dataclass(frozen=True)
class ViewStateData:
    """Plain, immutable snapshot of a view (no Qt): what gets saved and restored."""

    panel: str = "overview"
    year_range: tuple[int, int] = DEFAULT_YEARS
    year: int = 2024
    countries: tuple[str, ...] = ("CHN", "USA", "AUS", "MMR")
    element: str = ""
    elements: tuple[str, ...] = ("Nd", "NdPr", "Dy", "Tb")
    scenario: str = "STEPS"
    metric: str = "production"
    view: str = "line"
    stage: str = "mining"
    theme: str = "light"
    font_size: int = 0
    options: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["year_range"] = list(self.year_range)
        data["countries"] = list(self.countries)
        data["elements"] = list(self.elements)
        return {"version": STATE_VERSION, **data}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ViewStateData:
        """Build from a saved dict; unknown keys are ignored, missing ones take defaults."""
        if not isinstance(data, dict):
            raise ValueError("a view state must be a JSON object")
        version = data.get("version", 1)
        if not isinstance(version, int) or version > STATE_VERSION:
            raise ValueError(f"view state version {version!r} is newer than this app "
                             f"understands ({STATE_VERSION})")
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        for key in ("year_range", "countries", "elements"):
            if key in kwargs:
                kwargs[key] = tuple(kwargs[key])
        if "year_range" in kwargs:
            low, high = (int(v) for v in kwargs["year_range"])
            kwargs["year_range"] = (min(low, high), max(low, high))
        if "options" in kwargs and not isinstance(kwargs["options"], dict):
            raise ValueError("'options' must be a JSON object")
        return cls(**kwargs)

    @classmethod
    def from_json(cls, text: str) -> ViewStateData:
        return cls.from_dict(json.loads(text))


class ViewState(QObject):
    """The live, observable view state of one window.

    ``changed`` carries the set of field names that changed in one update, so a panel can
    skip work that does not concern it.
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
            self._data = new
            self.changed.emit(differing)

    def restore(self, data: ViewStateData) -> None:
        """Replace the whole state (bookmarks, stories); emits every field that differs."""
        differing = {f.name for f in fields(ViewStateData)
                     if getattr(data, f.name) != getattr(self._data, f.name)}
        self._data = data
        if differing:
            self.changed.emit(differing)
