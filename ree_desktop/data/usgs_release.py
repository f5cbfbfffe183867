"""The USGS Mineral Commodity Summaries data release, recognised by its content (issue 19
item 9), so next January's file comes in without a new app version.

Two layouts are known: the all-commodities release of 2026 (long: a commodity, country,
statistic and year per row, ``Statistics``/``Statistics_detail`` columns, Windows-1252) and
the per-commodity "world" tables of 2022-2024 (``Prod_t_2021``, ``Prod_t_est_2022``,
``Reserves_t`` …). Neither is matched by one exact header: a file is a release when its
columns *name* a commodity or source, a country and a year/value (or year-stamped
production columns), and its rows carry rare-earth production. The rare-earth rows become
the bundled datasets' metrics (``production``, ``reserves``) with the bundled country codes,
markers and conventions — reserves carry the publication year, as the bundled MCS rows do —
under the edition the file states (``MCS2026``). No Qt, no pandas.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from ree_desktop.data.importer.parse import _parse_marked
from ree_desktop.data.importer.resolve import CountryResolver, load_country_rows

RARE_EARTHS = re.compile(r"^rare earths?$", re.IGNORECASE)
EDITION = re.compile(r"(?<![a-z])MCS ?(\d{4})(?!\d)", re.IGNORECASE)
PROD_COLUMN = re.compile(r"^prod_t_(?:est_)?(\d{4})$", re.IGNORECASE)
MAX_BYTES = 64 * 2**20


@dataclass
class Release:
    """The rare-earth rows of one MCS release, ready for the user database."""

    edition: str
    layout: str  # "release" (2026 on) or "world table" (2022-2024)
    rows: list[dict] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # country names no code matched


def _text(path: Path) -> str:
    raw = path.read_bytes()[:MAX_BYTES]
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)[:MAX_BYTES]
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9_]+", "_", name.strip().lower()).strip("_")


def parse_value(raw: str) -> tuple[float | None, str | None]:
    """``"29,000"`` → 29000; USGS markers (W, NA, —, >95, 12e) as the importer reads them."""
    return _parse_marked(raw.strip(), ".", ",")


def _flag(notes: str, raw: str) -> str | None:
    _value, marker = parse_value(raw)
    if marker:
        return marker
    return "e" if notes.strip().lower().startswith("estimated") else None


def recognise(path: Path | str) -> Release | None:
    """The release's rare-earth rows, or None if the file is not an MCS release."""
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".gz", ".txt") or not path.is_file():
        return None
    try:
        text = _text(path)
    except OSError:
        return None
    reader = csv.DictReader(io.StringIO(text))
    columns = {_norm(c): c for c in (reader.fieldnames or []) if c}
    if {"commodity", "country", "year", "value"} <= set(columns) and (
            "statistics" in columns or "statistics_detail" in columns):
        return _from_release(reader, columns, path)
    if "country" in columns and any(PROD_COLUMN.match(c) for c in columns) and (
            "source" in columns):
        return _from_world_table(reader, columns)
    return None


def _edition(text: str, fallback: str) -> str:
    match = EDITION.search(text)
    return f"MCS{match.group(1)}" if match else fallback


def _resolver() -> CountryResolver:
    from ree_desktop.paths import bundled_db_path

    return CountryResolver(load_country_rows(bundled_db_path()), {})


def _code(resolver: CountryResolver, name: str, unknown: list[str]) -> str | None:
    name = {"World total": "World"}.get(name.strip(), name.strip())
    code = resolver.resolve(name)
    if code is None and name not in unknown:
        unknown.append(name)
    return code


def _row(metric: str, code: str, year: int, raw: str, notes: str, edition: str) -> dict:
    value, _marker = parse_value(raw)
    return {"dataset": "mine_production" if metric == "production" else "reserves",
            "metric": metric, "country_iso3": code, "year": year, "value": value,
            "value_raw": raw.strip(), "flag": _flag(notes, raw), "edition": edition,
            "unit": "t REO", "note": notes.strip() or None}


def _from_release(reader, columns: dict[str, str], path: Path) -> Release | None:
    resolver, unknown, rows = _resolver(), [], []
    records = list(reader)
    # The edition by content: a volume prints estimates for the year before it appears.
    years = [int(r[columns["year"]]) for r in records
             if (r.get(columns["year"]) or "").strip().isdigit()]
    edition = _edition(path.name, f"MCS{max(years) + 1}" if years else "")
    for record in records:
        get = {k: (record.get(c) or "") for k, c in columns.items()}
        if not RARE_EARTHS.match(get["commodity"].strip()):
            continue
        statistic = get.get("statistics", "").strip().lower()
        section = get.get("section", "").lower()
        if statistic not in ("production", "reserves") or "world" not in section:
            continue
        year = int(get["year"])
        if statistic == "reserves":
            year = int(edition[3:]) if edition else year + 1  # publication year, as bundled
        code = _code(resolver, get["country"], unknown)
        if code:
            rows.append(_row(statistic, code, year, get["value"], get.get("notes", ""),
                             edition))
    if not rows or not edition:
        return None
    return Release(edition, "release", rows, unknown)


def _from_world_table(reader, columns: dict[str, str]) -> Release | None:
    resolver, unknown, rows = _resolver(), [], []
    edition = ""
    for record in reader:
        get = {k: (record.get(c) or "") for k, c in columns.items()}
        edition = edition or _edition(get["source"], "")
        if "rare" not in get.get("type", "").lower() and "mine production" not in \
                get.get("type", "").lower():
            continue
        code = _code(resolver, get["country"], unknown)
        if not code or not edition:
            continue
        notes = get.get("prod_notes", "")
        for key in columns:
            match = PROD_COLUMN.match(key)
            if match and get[key].strip():
                estimated = "est" in key
                row = _row("production", code, int(match.group(1)), get[key], notes, edition)
                row["flag"] = row["flag"] or ("e" if estimated else None)
                rows.append(row)
        if get.get("reserves_t", "").strip():
            rows.append(_row("reserves", code, int(edition[3:]), get["reserves_t"],
                             get.get("reserves_notes", ""), edition))
    if not rows:
        return None
    return Release(edition, "world table", rows, unknown)


RELEASE_CONTENT = "usgs_release"
METRIC_DATASET = {"production": "mine_production", "reserves": "reserves"}


def write_release(release: Release, user_db: Path | str, path: Path | str) -> str:
    """Write the release's rows as one user dataset (one transaction); returns its id.

    Importing the same edition again replaces it. The rows keep the metric; the bundled
    dataset they compete with is ``METRIC_DATASET[metric]`` (see :func:`editions`)."""
    import sqlite3
    from datetime import UTC, datetime

    from ree_desktop.data.userdb import open_user_db

    dataset = f"usgs_{release.edition.lower()}"
    source = f"user:{dataset}"
    open_user_db(Path(user_db))
    conn = sqlite3.connect(user_db, isolation_level=None, timeout=30)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM observations WHERE dataset = ?", (dataset,))
        conn.execute(
            "INSERT OR REPLACE INTO sources (id, publisher, title, year, url, licence, tier, "
            "origin, note) VALUES (?, 'U.S. Geological Survey', ?, ?, ?, 'public domain', "
            "'user', 'USGS', ?)",
            (source, f"Mineral Commodity Summaries {release.edition[3:]} data release",
             int(release.edition[3:]), Path(path).resolve().as_uri(),
             f"imported from {Path(path).name} ({release.layout} layout)"))
        conn.executemany(
            "INSERT INTO observations (dataset, stage, country_iso3, year, metric, value, "
            "value_raw, unit, flag, edition, source_id, note) "
            "VALUES (?,'mining',?,?,?,?,?,?,?,?,?,?)",
            [(dataset, r["country_iso3"], r["year"], r["metric"], r["value"], r["value_raw"],
              r["unit"], r["flag"], r["edition"], source, r["note"]) for r in release.rows])
        conn.execute(
            "INSERT OR REPLACE INTO datasets (id, title, description, unit, kind, origin, "
            "imported_at, content) VALUES (?, ?, ?, 't REO', 'user', ?, ?, ?)",
            (dataset, f"USGS {release.edition} rare earths (your import)",
             "Rare-earth mine production and reserves from the MCS data release",
             str(Path(path).resolve()), datetime.now(UTC).isoformat(timespec="seconds"),
             RELEASE_CONTENT))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return dataset
