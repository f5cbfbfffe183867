"""China's quotas against its reported mine production, without Qt (the quota chart of the
Prices & events panel), and the helpers both its charts use: the y fit and hover tips."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from ree_desktop.analysis import prices as ap
from ree_desktop.data.store import flag_text
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ree_desktop.numbers import format_number

# Quota series: (bar offset in years, colour) — Okabe-Ito blue, green, pink.
QUOTA_SERIES = {"Mining quota": (-0.2, "#0072B2"),
                "Smelting & separation quota": (0.2, "#009E73"),
                "Export quota": (0.0, "#CC79A7")}
PRODUCTION = "Mine production"
# Series whose years without a full-year total are marked "not published" (a gap in a
# yearly quota is a gap in the sources, not a year without quota). Export quotas are left
# out: they ended, so a later empty year is not a missing figure.
GAP_SERIES = ("Mining quota", "Smelting & separation quota")
NOT_PUBLISHED = QT_TRANSLATE_NOOP("Prices", "not published")
SERIES_NAMES = {"Mining quota": QT_TRANSLATE_NOOP("Prices", "Mining quota"),
                "Smelting & separation quota": QT_TRANSLATE_NOOP(
                    "Prices", "Smelting & separation quota"),
                "Export quota": QT_TRANSLATE_NOOP("Prices", "Export quota"),
                "Mine production": QT_TRANSLATE_NOOP("Prices", "Mine production")}


def series_name(series: str) -> str:
    """A quota series' name in the interface's language."""
    return translate("Prices", SERIES_NAMES.get(series, series))


def not_published() -> str:
    return translate("Prices", NOT_PUBLISHED)
# A legend entry: (colour: series index | hex | None for the foreground, glyph, text).
LegendPart = tuple[int | str | None, str, str]



def fit_range(values: np.ndarray, log: bool, label_room: float = 0.04
              ) -> tuple[float, float] | None:
    """Y fits the data with a little room at the top (the event labels are on the strip
    under the chart, not over the lines); None without data."""
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    if log:
        values = np.log10(values[values > 0])
    if not len(values):
        return None
    bottom = float(values.min()) - 0.05 if log else 0.0
    top = float(values.max())
    span = max(top - bottom, 1e-9)
    return bottom, top + span * label_room / (1 - label_room) + span * 0.02


def quota_text(row) -> str:
    flag = flag_text(row.flag)
    period = "" if row.period == "full year" else f" — {row.period}"
    return (f"{series_name(row.series)}{period}: "
            f"{format_number(row.value, str(row.unit), digits=0)}"
            f"{f' ({flag})' if flag else ''}\n   {row.source_publisher}"
            + (f"; {row.edition}" if row.edition else ""))


def add_tips(tips: dict[int, list[str]], frame: pd.DataFrame, text) -> None:
    for row in frame.itertuples():
        tips.setdefault(int(row.year), []).append(text(row))


@dataclass
class QuotaView:
    """China's quotas (bars, interim and batch markers) against its reported production."""

    frame: pd.DataFrame
    x_start: int

    @cached_property
    def production(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Gapped (years, values, is estimate)."""
        rows = self.frame[self.frame["series"] == PRODUCTION]
        xs, ys = ap.gapped(rows["year"], rows["value"])
        flags = dict(zip(rows["year"].astype(int), rows["flag"], strict=True))
        return xs, ys, np.array([flags.get(int(x)) == "e" for x in xs], dtype=bool)

    @cached_property
    def _groups(self) -> dict[tuple[str, str], tuple[np.ndarray, np.ndarray]]:
        """(series, kind) → (years, values), split once per view (a filter per call cost
        most of a year-range change)."""
        return {(str(series), str(kind)): (rows["year"].to_numpy(float),
                                           rows["value"].to_numpy(float))
                for (series, kind), rows in self.frame.groupby(["series", "kind"], sort=False)}

    def quota(self, series: str, kind: str) -> tuple[np.ndarray, np.ndarray]:
        """(x with the series' bar offset, value) of one series' rows of one kind."""
        years, values = self._groups.get((series, kind), (np.array([]), np.array([])))
        return years + QUOTA_SERIES[series][0], values

    @cached_property
    def not_published(self) -> dict[int, list[str]]:
        """Year → quota series with no published full-year total that year, between the
        series' first full-year total and the last year of the chart's data (a gap, not 0)."""
        if not len(self.frame):
            return {}
        last = int(self.frame["year"].max())
        gaps: dict[int, list[str]] = {}
        for series in GAP_SERIES:
            years = {int(y) for y in self.quota(series, "full year")[0]
                     - QUOTA_SERIES[series][0]}
            if years:
                for year in range(min(years), last + 1):
                    if year not in years:
                        gaps.setdefault(year, []).append(series)
        return gaps

    def legend(self) -> list[list[LegendPart]]:
        entries: list[list[LegendPart]] = []
        if len(self.production[0]):
            entries.append([(None, "line", translate("Prices", "Reported mine production"))])
        for series, (_offset, color) in QUOTA_SERIES.items():
            group: list[LegendPart] = []
            if len(self.quota(series, "full year")[0]):
                group.append((color, "bar", translate("Prices", "{series}, full year").format(
                    series=series_name(series))))
            for kind, glyph, text in (("interim", "diamond", translate("Prices", "interim")),
                                      ("batch", "triangle", translate("Prices", "one batch"))):
                if len(self.quota(series, kind)[0]):
                    group.append((color, glyph, text))
            if group and group[0][1] != "bar":
                group[0] = (color, group[0][1], f"{series_name(series)}, {group[0][2]}")
            if group:
                entries.append(group)
        if self.not_published:
            entries.append([(None, "⋮", translate("Prices", "not published (no full-year total)"))])
        return entries

    def y_range(self) -> tuple[float, float] | None:
        shown = self.frame[self.frame["year"] >= self.x_start]
        return fit_range(shown["value"].to_numpy(dtype=float), log=False, label_room=0.08)

    @cached_property
    def tips(self) -> dict[int, list[str]]:
        tips: dict[int, list[str]] = {}
        add_tips(tips, self.frame, quota_text)
        for year, series in self.not_published.items():
            tips.setdefault(year, []).extend(
                translate("Prices", "{series}: full-year total not published").format(
                    series=series_name(name)) for name in series)
        return tips
