"""The view state without Qt: what every panel shows, as a plain immutable value.

``ViewStateData`` is what bookmarks, stories, the saved session and the CLI store and read;
``ree_desktop.ui.state.ViewState`` wraps it in an observable Qt object. Keeping it here lets
the data layer (the story format), panel models and the CLI use it without importing Qt.

Per-panel options stay a flat dict with today's keys (``"demand.axis"``, ``"countries.log"``,
``"demand_drivers"``, ``"data_item"`` …); each panel's typed dataclass reads them. Every key
belongs to one *scope* (the panel it configures, :func:`option_scope`), and the serialised
form carries each scope's version (``"option_versions"``), so a panel that changes its keys
later can migrate old bookmarks (:data:`OPTION_MIGRATIONS`) instead of losing them. Files
written before versions existed (state version 1) have every scope at version 1.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: 2: the serialised form carries ``option_versions``; 1: the first format (still read).
STATE_VERSION = 2

DEFAULT_YEARS = (1990, 2025)

#: The version of each panel's option keys. Bump one when that panel renames or reshapes its
#: keys, and add the step that converts the previous version to OPTION_MIGRATIONS.
OPTION_VERSIONS: dict[str, int] = {"countries": 1, "data": 1, "demand": 1, "prices": 1,
                                   "value_chain": 1}

#: (scope, version) → function turning that scope's options at ``version`` into
#: ``version + 1`` (it gets and returns the whole options dict). Empty: no key changed yet.
OPTION_MIGRATIONS: dict[tuple[str, int], Callable[[dict[str, Any]], dict[str, Any]]] = {}

#: Keys saved before options had a ``scope.`` prefix.
_UNPREFIXED = {"demand_drivers": "demand", "data_item": "data"}


def option_scope(key: str) -> str:
    """The panel an option key configures: ``"demand.axis"`` → ``"demand"``."""
    if key in _UNPREFIXED:
        return _UNPREFIXED[key]
    return key.split(".", 1)[0]


def changed_option_keys(old: Mapping[str, Any], new: Mapping[str, Any]) -> set[str]:
    """The keys added, removed or changed between two options dicts."""
    return {key for key in old.keys() | new.keys()
            if key not in old or key not in new or old[key] != new[key]}


def option_change_names(keys: set[str]) -> set[str]:
    """The names a change of ``keys`` is routed by: ``options.<scope>`` for each scope."""
    return {f"options.{option_scope(key)}" for key in keys}


def _check_int(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{what} must be a whole number, not {value!r:.40}")
    return value


def migrate_options(options: dict[str, Any], versions: object) -> dict[str, Any]:
    """Bring each scope's saved options up to this app's version (see OPTION_MIGRATIONS)."""
    if versions is None:
        versions = {}
    if not isinstance(versions, dict):
        raise ValueError("'option_versions' must be a JSON object")
    scopes = {option_scope(key) for key in options}
    for scope in sorted(scopes & OPTION_VERSIONS.keys()):
        current = OPTION_VERSIONS[scope]
        version = _check_int(versions.get(scope, 1), f"option version of '{scope}'")
        if version > current:
            raise ValueError(f"the '{scope}' options are version {version}, newer than this "
                             f"app understands ({current}): update the app")
        while version < current:
            options = OPTION_MIGRATIONS[(scope, version)](dict(options))
            version += 1
    return options


@dataclass(frozen=True)
class ViewStateData:
    """Plain, immutable snapshot of a view: what gets saved and restored."""

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
        scopes = {option_scope(key) for key in self.options} & OPTION_VERSIONS.keys()
        data["option_versions"] = {scope: OPTION_VERSIONS[scope] for scope in sorted(scopes)}
        return {"version": STATE_VERSION, **data}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ViewStateData:
        """Build from a saved dict (any version up to ours); unknown keys are ignored,
        missing ones take defaults, older options are migrated."""
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
        if "options" in kwargs:
            if not isinstance(kwargs["options"], dict):
                raise ValueError("'options' must be a JSON object")
            kwargs["options"] = migrate_options(kwargs["options"], data.get("option_versions"))
        return cls(**kwargs)

    @classmethod
    def from_json(cls, text: str) -> ViewStateData:
        return cls.from_dict(json.loads(text))
