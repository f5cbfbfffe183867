"""Resolving labels: countries to ISO3 codes, units, metrics and flags.

Countries match by exact normalised name only; a fuzzy guess is a suggestion the user must
confirm. Publisher layouts add a code column (Our World in Data's ``Code``): it is used
when the name is not known, ``OWID_WRL`` is the world aggregate, and a row with no code
whose name is not a country (Africa, High-income countries …) is left out and noted, not
reported as an error.
"""

from __future__ import annotations

import difflib
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ree_desktop.data.countries import name_index, normalise_name
from ree_desktop.data.importer.model import MAX_SUGGESTIONS, Options, Problem
from ree_desktop.data.importer.parse import _text, _text_codes
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

PUBLISHER_CODES = {"OWID_WRL": "WLD"}  # publisher-specific codes for our aggregates
REGION_REASON = QT_TRANSLATE_NOOP("Importer", "region or group without a country code")


class CountryResolver:
    """Raw names → ISO3 by exact normalised match; fuzzy guesses are only suggestions."""

    def __init__(self, rows: list[dict], overrides: dict[str, str] | None = None):
        self.index = name_index(rows)
        self.names = {r["iso3"]: r["name"] for r in rows}
        self.overrides = {normalise_name(k): v for k, v in (overrides or {}).items()}
        self.cache: dict[str, str | None] = {}

    def resolve(self, raw: str) -> str | None:
        if raw not in self.cache:
            key = normalise_name(raw)
            if key in self.overrides:
                self.cache[raw] = self.overrides[key] or None
            else:
                self.cache[raw] = self.index.get(key)
        return self.cache[raw]

    def is_skipped(self, raw: str) -> bool:
        """The user chose to leave this name's rows out (``--country 'NAME='``)."""
        return bool(self.overrides) and self.overrides.get(normalise_name(raw)) == ""

    def resolve_code(self, code: str) -> str | None:
        """An ISO3 code the database knows, or a publisher's code for an aggregate."""
        key = code.strip().upper()
        if key in PUBLISHER_CODES:
            return PUBLISHER_CODES[key]
        return key if key in self.names else None

    def suggest(self, raw: str) -> str:
        """A proposal for the user to confirm ('' if none): closest known name."""
        close = difflib.get_close_matches(normalise_name(raw), list(self.index), n=1,
                                          cutoff=0.75)
        return self.index[close[0]] if close else ""


def load_country_rows(bundled_db: Path) -> list[dict]:
    conn = sqlite3.connect(f"file:{Path(bundled_db).as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(
            "SELECT iso3, name, name_zh, aliases, is_aggregate FROM countries")]
    finally:
        conn.close()



def resolve_countries(frame: pd.DataFrame, ctx: Any) -> tuple[pd.DataFrame, np.ndarray]:
    """Set ``country_iso3``; unknown and empty countries become problems (invalid rows).

    Rows of a code column's file with no code and an unknown name are regions or groups:
    they are removed from the frame and noted (``ctx.regions``), not counted as problems.
    """
    det, resolver = ctx.det, ctx.resolver
    numbers, distinct = _text_codes(frame["country"])  # factorised once, resolved per name
    raw_country = pd.Series(distinct[numbers] if len(distinct) else [], dtype=object)
    codes = np.array([resolver.resolve(raw) for raw in distinct] + [None],
                     dtype=object)[numbers]
    skipped = np.array([resolver.is_skipped(raw) for raw in distinct] + [False],
                       dtype=bool)[numbers]
    if det.code_column:
        code_text = _text(frame["_code"]).to_numpy(dtype=object)
        names = raw_country.to_numpy(dtype=object)
        region = np.zeros(len(frame), dtype=bool)
        for index in np.flatnonzero(pd.isna(codes) & ~skipped):
            if code_text[index]:
                codes[index] = resolver.resolve_code(code_text[index])
            elif names[index]:
                region[index] = True
        if region.any():
            for line, name in zip(frame["_line"].to_numpy()[region], names[region],
                                  strict=True):
                first, count = ctx.regions.get(name, (int(line), 0))
                ctx.regions[name] = (first, count + 1)
            keep = ~region
            frame = frame[keep].reset_index(drop=True)
            raw_country = raw_country[keep].reset_index(drop=True)
            codes, skipped = codes[keep], skipped[keep]
    missing = pd.isna(codes) & ~skipped
    for line, raw in zip(frame["_line"][missing], raw_country[missing], strict=True):
        if raw not in ctx.unknown:
            capped = len(ctx.unknown) >= MAX_SUGGESTIONS  # difflib is ~1 ms a name
            ctx.unknown[raw] = resolver.suggest(raw) if raw and not capped else ""
        hint = ctx.unknown[raw]
        action = translate(
            "Importer", "did you mean {code} ({name})? confirm it in the wizard or with "
            "--country '{raw}={code}'").format(
                code=hint, name=resolver.names.get(hint, hint), raw=" ".join(raw.split())) \
            if hint else translate("Importer", "map it to a country or skip it (wizard, or "
                                   "--country NAME=ISO3), or use an ISO3 code")
        reason = (translate("Importer", "empty country") if not raw
                  else translate("Importer", "unknown country"))
        ctx.add(Problem(int(line), det.mapping["country"], raw, reason, action), reason)
    frame["country_iso3"] = pd.Series(codes, dtype=object)
    frame["_country_text"] = raw_country
    return frame, np.asarray(missing | skipped, dtype=bool)


def region_notes(regions: dict[str, tuple[int, int]], column: str) -> list[Problem]:
    """One note per region or group left out (its first line and how many rows)."""
    return [Problem(line, column, name, translate("Importer", "{reason} ({n} rows)").format(
                        reason=translate("Importer", REGION_REASON), n=f"{count:,}"),
                    translate("Importer", "left out (only countries and the world aggregate "
                              "are kept); map it with --country NAME=ISO3 to keep it"))
            for name, (line, count) in regions.items()]


def fill_labels(frame: pd.DataFrame, flags: np.ndarray, opts: Options, det: Any) -> None:
    """Flag (the file's, else the value marker's), metric, unit and the optional labels."""
    if "flag" in frame:
        given = _text(frame["flag"])
        frame["flag"] = np.where(given.to_numpy() != "", given.to_numpy(dtype=object), flags)
    else:
        frame["flag"] = flags
    unit = opts.unit or det.unit_hint or None
    frame["metric"] = (_text(frame["metric"]).replace("", opts.metric or "value")
                       if "metric" in frame else (opts.metric or "value"))
    frame["unit"] = (_text(frame["unit"]).replace("", unit)
                     if "unit" in frame else unit)
    for fld in ("stage", "element", "scenario", "note", "item"):
        if fld in frame:
            frame[fld] = _text(frame[fld]).replace("", None)
