"""Checks for the view options of the command line: a bad value is exit 2 with the choices.

Each option accepts what the screen shows as well as the stored code — ``--elements
"US unit value"`` and ``--elements all`` are the same series, ``--stage "Separation &
refining"`` is ``refining`` — case-insensitively, and always stores the code the panel
expects. ``take_lang`` finds ``--lang`` anywhere on the line (before or after a
subcommand). No Qt here, except the Prices panel's display names, imported when needed.
"""

from __future__ import annotations

from collections.abc import Iterable


class ChoiceError(ValueError):
    """An option value outside its choices; the message lists them."""


def _pick(option: str, value: str, choices: Iterable[tuple[str, str]]) -> str:
    """``choices``: (code, label) pairs; the value may be either, in any case."""
    pairs = list(choices)
    lookup: dict[str, str] = {}
    for code, label in pairs:
        lookup.setdefault(code.lower(), code)
        if label:
            lookup.setdefault(label.lower(), code)
    found = lookup.get(value.strip().lower())
    if found is None:
        listed = ", ".join(code if not label or label == code else f"{code} ({label})"
                           for code, label in pairs)
        raise ChoiceError(f"{option} {value!r} is not a choice; choose one of: {listed}")
    return found


def metric(value: str, store) -> str:
    """A Countries metric: a built-in key or label, or ``user:DATASET:METRIC…``."""
    from ree_desktop.analysis.countries import METRICS
    from ree_desktop.data.country_metrics import user_metrics

    choices = [(key, m.label) for key, m in METRICS.items()]
    users = user_metrics(store)
    prefixes = {f"user:{row.dataset}:{row.metric}" for row in users.itertuples()}
    if value.startswith("user:") and any(value == p or value.startswith(p + ":")
                                         for p in prefixes):
        return value
    choices += [(p, "") for p in sorted(prefixes)]
    return _pick("--metric", value, choices)


def view(value: str) -> str:
    return _pick("--view", value, [(v, "") for v in ("line", "bars", "map", "table")])


def stage(value: str) -> str:
    from ree_desktop.analysis.value_chain import STAGES

    return _pick("--stage", value, STAGES)


def scenario(value: str) -> str:
    from ree_desktop.analysis.scenarios import SCENARIO_NAMES

    return _pick("--scenario", value, list(SCENARIO_NAMES.items()))


def elements(value: str, store) -> tuple[str, ...]:
    """Comma-separated elements: codes, aliases (NdPr), item names or the labels shown."""
    from ree_desktop.data import prices_events as pe
    from ree_desktop.ui.panels.prices.model import ELEMENT_NAMES

    frame = pe.price_elements(store)
    known = [str(code) for code in frame["element"]]
    choices = [(code, ELEMENT_NAMES.get(code, "")) for code in known]
    choices += [(str(row.element), str(row.item)) for row in frame.itertuples()]
    choices += [(code, alias) for alias, code in pe.ELEMENT_ALIASES.items() if code in known]
    picked: list[str] = []
    for part in (p for p in value.split(",") if p.strip()):
        try:
            code = _pick("--elements", part, choices)
        except ChoiceError:
            listed = ", ".join(f"{c} ({ELEMENT_NAMES[c]})" if c in ELEMENT_NAMES else c
                               for c in known)
            raise ChoiceError(f"--elements {part.strip()!r} is not a priced element; choose "
                              f"from: {listed}") from None
        if code not in picked:
            picked.append(code)
    if not picked:
        raise ChoiceError("--elements is empty; give element codes, e.g. Nd,Dy,Tb")
    return tuple(picked)


LANG_ALIASES = {"en": "en", "en_us": "en", "en_gb": "en", "english": "en", "zh": "zh_CN",
                "zh_cn": "zh_CN", "zh_hans": "zh_CN", "cn": "zh_CN", "chinese": "zh_CN"}


def take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang X`` (or ``--lang=X``) from anywhere on the line — before or after a
    subcommand — as "en" or "zh_CN", and the rest of the arguments."""
    lang, rest, index = None, [], 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            rest += argv[index:]
            break
        if arg == "--lang" or arg.startswith("--lang="):
            if arg == "--lang":
                if index + 1 >= len(argv):
                    raise ChoiceError("--lang needs a language: en or zh_CN")
                value, index = argv[index + 1], index + 2
            else:
                value, index = arg.split("=", 1)[1], index + 1
            lang = LANG_ALIASES.get(value.strip().lower().replace("-", "_"))
            if lang is None:
                raise ChoiceError(f"--lang {value!r} is not a language of the interface; "
                                 "choose en or zh_CN")
            continue
        rest.append(arg)
        index += 1
    return lang, rest
