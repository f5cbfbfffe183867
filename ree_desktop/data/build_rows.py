"""Reading the source CSVs into observation rows: the small helpers every loader of
``ree_desktop.data.build`` uses (numbers as printed, country codes, markers, notes)."""

from __future__ import annotations

import csv
from pathlib import Path

from ree_desktop.data.build_catalog import AGGREGATE_NAMES


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a source CSV, each tagged with ``_file`` and ``_line`` for error messages."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for line, row in enumerate(rows, start=2):
        row["_file"], row["_line"] = path.name, line
    return rows


def number(text: str | None) -> float | None:
    if text is None or text.strip() == "":
        return None
    return float(text.replace(",", ""))


def country_code(name: str, iso3: str) -> str | None:
    if iso3:
        return iso3
    lowered = name.strip().lower()
    if lowered.startswith("top 3"):
        return "TP3"
    return AGGREGATE_NAMES.get(lowered)


def join_notes(*parts: str | None) -> str | None:
    text = "; ".join(p.strip() for p in parts if p and p.strip())
    return text or None


def observation(**fields) -> dict:
    base = dict.fromkeys(
        ("dataset", "stage", "country_iso3", "year", "element", "scenario", "metric", "item",
         "basis", "value", "value_low", "value_high", "value_raw", "unit", "flag", "edition",
         "source_id", "note"))
    base["preferred"] = 1
    base.update(fields)
    return base


def marker_flag(estimate_flag: str, value: float | None, raw: str) -> str | None:
    """Every marker printed for the cell, comma-joined: the e/r mark and, where no number is
    printed, the marker printed instead (``e,E`` = an estimate that is also 'net exporter')."""
    markers = [estimate_flag.strip()] if estimate_flag and estimate_flag.strip() else []
    if value is None:
        raw = raw.strip()
        markers.append(">" if raw.startswith(">") else "<" if raw.startswith("<")
                       else raw or "NA")
    return ",".join(markers) or None
