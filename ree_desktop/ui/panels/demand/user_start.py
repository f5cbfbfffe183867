"""Your demand path as the what-if model's starting path (issue 19 item 5), without Qt.

The model grows each end use from the IEA base year at piecewise rates between the IEA years.
Starting from your path means taking those rates from your figures: for each IEA period the
compound rate between your last year at or before its start (else your first year inside it)
and your first year at or after its end (else your last year inside it). The level stays the
IEA base-year demand; a period your path does not span grows at 0 % and the assumptions say so.
Your path has no end-use split, so every end use takes its rate (nothing is invented).
"""

from __future__ import annotations

from ree_desktop.analysis import scenarios as sc
from ree_desktop.i18n import QT_TRANSLATE_NOOP
from ree_desktop.ui.panels.demand.user_paths import UserPath

PREFIX = sc.USER_START  # drivers["start"] of a run started from your path: PREFIX + label
BUTTON = QT_TRANSLATE_NOOP("Demand", "Yours: {label}")
BUTTON_HELP = QT_TRANSLATE_NOOP("Demand", "Growth rates from your path ({source}); level: "
                                "the IEA base-year demand")


def code_of(path: UserPath) -> str:
    return PREFIX + (path.key or path.label)


def find(paths: list[UserPath], start: str) -> UserPath | None:
    """The path a start code names (None when the dataset is gone: the caller falls back)."""
    return next((p for p in paths if code_of(p) == start), None)


def _span(points: dict[int, float], start: int, end: int) -> tuple[int, int] | None:
    before = [y for y in points if y <= start]
    inside = [y for y in points if start < y < end]
    after = [y for y in points if y >= end]
    first = max(before) if before else (min(inside) if inside else None)
    last = min(after) if after else (max(inside) if inside else None)
    if first is None or last is None or last <= first:
        return None
    return first, last


def growth_and_spans(path: UserPath) -> tuple[list[float], list[tuple[int, int] | None]]:
    """Per IEA period, the rate (% a year) from your figures and the years it comes from."""
    points = {int(y): float(v) for y, v in zip(path.years, path.values, strict=True)
              if v == v}
    rates, spans = [], []
    for start, end in zip(sc.IEA_YEARS[:-1], sc.IEA_YEARS[1:], strict=True):
        span = _span(points, start, end)
        a, b = (points[span[0]], points[span[1]]) if span else (0.0, 0.0)
        if span is None or a <= 0 or b < 0:
            rates.append(0.0)
            spans.append(None)
            continue
        rates.append(100.0 * ((b / a) ** (1.0 / (span[1] - span[0])) - 1.0))
        spans.append(span)
    return rates, spans


def start_drivers(path: UserPath, keep: dict | None = None) -> dict:
    """Drivers whose growth is your path's (every end use alike), supply settings kept."""
    rates, _spans = growth_and_spans(path)
    drivers = sc.normalise_drivers(keep or {})
    drivers.update(start=code_of(path), growth={use: list(rates) for use in sc.END_USES},
                   shift={use: 0.0 for use in sc.END_USES}, thrift_pct=0.0, recycling_pct=0.0)
    return drivers


def assumption_lines(path: UserPath) -> list[str]:
    """Where each period's rate comes from, in plain words, for the assumptions list."""
    _rates, spans = growth_and_spans(path)
    lines = [f"Growth path: {path.label}, {path.source} — level: IEA {sc.IEA_YEARS[0]} base "
             "demand; rates: your figures, the same for every end use"]
    for (start, end), span in zip(zip(sc.IEA_YEARS[:-1], sc.IEA_YEARS[1:], strict=True),
                                  spans, strict=True):
        if span is None:
            lines.append(f"{start}–{str(end)[2:]}: your path does not span it: 0 % a year")
        elif span != (start, end):
            lines.append(f"{start}–{str(end)[2:]}: rate from your {span[0]}–{span[1]} figures")
    return lines
