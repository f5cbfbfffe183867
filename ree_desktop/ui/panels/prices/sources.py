"""The words around the sources of Prices & events, without Qt: the caption under the
charts and the full list (its tooltip, the export's sources). Publishers, editions and
titles are data and stay as published; the words around them are translated."""

from __future__ import annotations

import pandas as pd

from ree_desktop.i18n import translate


def _values(frames: list[pd.DataFrame], column: str) -> set:
    """The distinct non-missing values of a column across frames (no concatenation)."""
    return set().union(*(set(f[column].dropna()) for f in frames))


def sources_text(frames: list[pd.DataFrame], quota: pd.DataFrame, events: int,
                 yours: str) -> str:
    """Every publisher behind what is shown (the caption's tooltip, --export-data)."""
    parts = []
    if frames:
        editions = sorted(_values(frames, "edition"))
        publishers = sorted(_values(frames, "source_publisher"))
        parts.append(translate(
            "Prices", "prices: {publishers} ({editions}); USGS compiles oxide prices from "
            "Argus Media and Asian Metal").format(publishers=", ".join(publishers),
                                                  editions=", ".join(editions)))
    if len(quota):
        publishers = sorted(set(quota["source_publisher"]) - {""})
        parts.append(translate("Prices", "quotas and mine production: {publishers}").format(
            publishers=", ".join(publishers)))
    parts.append(translate(
        "Prices", "events: {count} dated events, each with its own source (publisher, title "
        "and URL in its row and its detail)").format(count=events))
    return "; ".join([*parts, yours] if yours else parts)


def caption_text(frames: list[pd.DataFrame], quota: pd.DataFrame, events: int,
                 yours: str) -> str:
    """The one-line caption; the full list of publishers is in its tooltip."""
    parts = []
    if frames:
        editions = sorted(_values(frames, "edition"))
        which = editions[0] if len(editions) == 1 else translate(
            "Prices", "{first}–{last}, {count} editions").format(
                first=editions[0], last=editions[-1], count=len(editions))
        parts.append(translate(
            "Prices", "prices: USGS ({editions}; oxide prices from Argus Media and Asian "
            "Metal)").format(editions=which))
    if len(quota):
        counts = quota["source_publisher"].replace("", pd.NA).value_counts()
        names = list(counts.index)
        shown = ", ".join(names) if len(names) <= 3 else translate(
            "Prices", "{names} and {more} more (hover for all)").format(
                names=", ".join(names[:2]), more=len(names) - 2)
        parts.append(translate("Prices", "quotas and China's mine production: {names}").format(
            names=shown))
    parts.append(translate("Prices", "events: {count}, each with its source (click one)").format(
        count=events))
    if yours:
        parts.insert(1, yours)
    return "; ".join(parts)
