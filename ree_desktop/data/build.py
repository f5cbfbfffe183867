"""Build ``data/ree.db`` from ``data/sources/*.csv`` with sqlite-utils.

Run ``python -m ree_desktop.data.build``. The build is deterministic: the same CSVs give
the same database content (rows sorted, ids derived from the text), so a test can rebuild it
and compare. Every observation keeps its source row, edition, flags and the cell as printed.
No value is computed here. ``preferred`` is set by the one written rule
(``ree_desktop.data.preference``); any ``preferred`` column in a CSV is ignored.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ree_desktop.data import countries as country_ref
from ree_desktop.data import preference
from ree_desktop.data.build_catalog import DATASETS, US_SALIENT_METRICS
from ree_desktop.data.build_rows import (
    country_code,
    join_notes,
    marker_flag,
    number,
    observation,
    read_csv,
)
from ree_desktop.data.build_sources import SourceRegistry
from ree_desktop.data.headline_table import HeadlineRow, write_headlines
from ree_desktop.data.schema import BUNDLED_EVENT_COLUMNS_SQL, create_schema
from ree_desktop.paths import bundled_db_path, sources_dir

# Bumped by hand whenever data/sources changes (say why in data/CHANGELOG.md); shown in the
# status bar and About.
DATA_RELEASE = "2026-11-30"


def mine_production(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for filename in ("mine_production.csv", "mine_production_1990_2017.csv"):
        for row in read_csv(src / filename):
            value = number(row["value_t_reo"])
            yield observation(
                dataset="mine_production", stage="mining", metric="production",
                country_iso3=country_code(row["country"], row["iso3"]), year=int(row["year"]),
                value=value, value_raw=row["value_raw"], unit="t REO",
                flag=marker_flag(row["estimate_flag"], value, row["value_raw"]),
                edition=row["edition"], source_id=sources.add(row, row["edition"]),
                note=join_notes(row["note"], f"source name: {row['country']}"
                                if not row["iso3"] else None))


def reserves(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for row in read_csv(src / "reserves.csv"):
        value = number(row["value_t_reo"])
        flag = ">" if "lower bound" in row["note"] else marker_flag("", value, row["value_raw"])
        yield observation(
            dataset="reserves", stage="mining", metric=row["measure"],
            country_iso3=country_code(row["country"], row["iso3"]),
            year=int(row["publication_year"]), value=value, value_raw=row["value_raw"],
            unit="t REO", flag=flag, edition=row["edition"],
            source_id=sources.add(row, row["edition"]), note=row["note"] or None)


def prices(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for row in read_csv(src / "prices.csv"):
        value = number(row["value"])
        low, high = number(row["value_low"]), number(row["value_high"])
        is_range = low is not None and high is not None
        # A range is held in value_low/value_high (derived columns), not as a flag.
        flag = marker_flag(row["estimate_flag"], 0.0 if is_range else value, row["value_raw"])
        yield observation(
            dataset="prices", metric="price", element=row["element"], item=row["item"],
            basis=row["price_basis"], year=int(row["year"]), value=value, value_low=low,
            value_high=high, value_raw=row["value_raw"], unit=row["unit"], flag=flag,
            country_iso3="USA" if row["unit"].startswith("USD/t") else None,
            edition=row["edition"], source_id=sources.add(row, row["edition"]),
            note=row["note"] or None)


def us_salient(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for row in read_csv(src / "us_salient.csv"):
        measure = row["measure"]
        metric = next((m for prefix, m in US_SALIENT_METRICS.items()
                       if measure.startswith(prefix)), measure)
        value = number(row["value"])
        yield observation(
            dataset="us_salient", country_iso3="USA", metric=metric, item=measure,
            stage="mining" if measure.startswith("production_") and "concentrates" in measure
            else None,
            year=int(row["year"]), value=value, value_raw=row["value_raw"], unit=row["unit"],
            flag=marker_flag(row["estimate_flag"], value, row["value_raw"]),
            edition=row["edition"], source_id=sources.add(row, row["edition"]),
            note=join_notes(row["source_label"], row["note"]))


def us_end_use(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for row in read_csv(src / "us_end_use.csv"):
        yield observation(
            dataset="us_end_use", stage="end_use", metric="share", country_iso3="USA",
            item=row["end_use"], year=int(row["year"]), value=number(row["share_pct"]),
            value_raw=row["share_pct"], unit="%", edition=row["edition"],
            source_id=sources.add(row, row["edition"]), note=row["note"] or None)


def us_import_sources(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for row in read_csv(src / "us_import_sources.csv"):
        value = number(row["share_pct"])
        yield observation(
            dataset="us_import_sources", metric="import_share", item=row["category"],
            country_iso3=country_code(row["country"], row["iso3"]),
            year=int(row["period"][-4:]), value=value, value_raw=row["share_pct"] or None,
            unit="%", flag=None if value is not None else "rank",
            edition=row["edition"], source_id=sources.add(row, row["edition"]),
            note=join_notes(f"period {row['period']}", f"rank {row['rank']}", row["note"]))


VALUE_CHAIN_STAGES = {"mining": "mining", "refining/separation": "refining",
                      "refining": "refining", "magnet manufacturing": "magnet"}


def value_chain_shares(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for row in read_csv(src / "value_chain_shares.csv"):
        projected = row["value_type"] == "projection"
        yield observation(
            dataset="value_chain_shares", stage=VALUE_CHAIN_STAGES[row["stage"]],
            metric="share", country_iso3=country_code(row["country"], row["iso3"]),
            year=int(row["year"]), value=number(row["share_pct"]), value_raw=row["share_pct"],
            unit="%", scenario="base case" if projected else None, basis=row["value_type"],
            item=row["scope"], source_id=sources.add(row),
            note=join_notes(row["note"], "derived: computed from the IEA kt table"
                            if row["derived"] == "yes" else None,
                            f"source name: {row['country']}" if not row["iso3"] else None))


ELEMENT_SYMBOLS = {"Neodymium": "Nd", "Praseodymium": "Pr", "Dysprosium": "Dy",
                   "Terbium": "Tb"}


def iea_edition(title: str) -> str | None:
    """The IEA publication a row comes from, as an edition label the rule can date."""
    lowered = title.lower()
    if "data explorer" in lowered:
        return "IEA-CMDE2025"
    if "outlook 2024" in lowered:
        return "IEA-GCMO2024"
    if "rare earth elements report" in lowered:
        return "IEA-REE2025"
    return None


def demand_projections(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for row in read_csv(src / "demand_projections.csv"):
        element = ELEMENT_SYMBOLS.get(row["mineral_scope"], "NdPrTbDy")
        yield observation(
            dataset="demand_projections", stage="end_use", metric="demand",
            country_iso3="WLD", scenario=row["scenario"], item=row["end_use"],
            element=element, basis=row["value_type"], year=int(row["year"]),
            value=number(row["value"]), value_raw=row["value"], unit=row["unit"],
            edition=iea_edition(row["source"]), source_id=sources.add(row),
            note=join_notes(row["mineral_scope"], row["note"]))


def supply_projections(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for row in read_csv(src / "supply_projections.csv"):
        yield observation(
            dataset="supply_projections", stage=row["stage"], metric="supply",
            country_iso3=country_code(row["country"], row["iso3"]), scenario=row["case"],
            element="NdPrTbDy", basis=row["value_type"], year=int(row["year"]),
            value=number(row["value"]), value_raw=row["value"], unit=row["unit"],
            edition=iea_edition(row["source"]), source_id=sources.add(row),
            note=row["note"] or None)


def quota_stage(quota_type: str) -> str | None:
    if quota_type.startswith(("mining", "production")):
        return "mining"
    if quota_type.startswith("smelting"):
        return "refining"
    return None


def quotas(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for row in read_csv(src / "quotas.csv"):
        yield observation(
            dataset="quotas", stage=quota_stage(row["quota_type"]), metric="quota",
            country_iso3=row["iso3"], year=int(row["year"]),
            item=f"{row['quota_type']} | {row['category']} | {row['period']}",
            basis=row["period"], value=number(row["value_t_reo"]),
            value_raw=row["value_t_reo"], unit="t REO", source_id=sources.add(row),
            note=row["note"] or None)


def bayan_obo(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for row in read_csv(src / "bayan_obo.csv"):
        value = number(row["value"]) if re.fullmatch(r"[\d.,]+", row["value"]) else None
        yield observation(
            dataset="bayan_obo", stage="mining", metric="fact", country_iso3=row["iso3"],
            item=row["attribute"], year=int(row["year"]) if row["year"] else None,
            value=value, value_raw=row["value"], unit=row["unit"],
            flag=">" if "lower bound" in row["attribute"] else None,
            source_id=sources.add(row), note=join_notes(row["site"], row["note"]))


def deposit_composition(src: Path, sources: SourceRegistry) -> Iterator[dict]:
    for row in read_csv(src / "ree_deposit_composition.csv"):
        value = number(row["pct_of_total_reo"])
        yield observation(
            dataset="deposit_composition", stage="mining", metric="composition",
            country_iso3=row["iso3"] or None, item=row["deposit"], element=row["element"],
            value=value, value_raw=row["value_raw"], unit="% of total REO",
            flag=marker_flag("", value, row["value_raw"]), source_id=sources.add(row),
            note=join_notes(row["ore_mineral"], f"reference: {row['reference']}",
                            row["note"]))


def events(src: Path, sources: SourceRegistry) -> list[dict]:
    rows = []
    for row in sorted(read_csv(src / "events.csv"), key=lambda r: (r["date"], r["title"])):
        rows.append({
            "date": row["date"], "date_precision": row["date_precision"],
            "title": row["title"], "detail": row["detail"],
            # The Chinese texts stand beside the English; the source stays the published one.
            "title_zh": row.get("title_zh") or None, "detail_zh": row.get("detail_zh") or None,
            "category": row["category"],
            "countries": row["countries"] or None, "elements": row["elements"] or None,
            "source_id": sources.add(row, row["source_date"]), "note": row["note"] or None,
        })
    return rows


LOADERS = (mine_production, reserves, prices, us_salient, us_end_use, us_import_sources,
           value_chain_shares, demand_projections, supply_projections, quotas, bayan_obo,
           deposit_composition)

SORT_KEY = ("dataset", "stage", "metric", "country_iso3", "year", "element", "scenario",
            "item", "edition", "value_raw", "value")


def _sort_key(row: dict) -> tuple:
    return tuple("" if row[k] is None else str(row[k]) for k in SORT_KEY)


def collect(src: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """Read every source CSV: (observations, events, sources)."""
    sources = SourceRegistry()
    observations: list[dict] = []
    for loader in LOADERS:
        observations.extend(loader(src, sources))
    event_rows = events(src, sources)
    mark_ambiguous_zeros(observations, sources.rows)
    mark_preferred(observations, sources.rows)
    observations.sort(key=_sort_key)
    return observations, event_rows, sorted(sources.rows.values(), key=lambda r: r["id"])


def mark_ambiguous_zeros(observations: list[dict], source_rows: dict[str, dict]) -> None:
    """A zero from a source that does not tell zero from 'not reported' is not a figure:
    the value is left empty, value_raw keeps the printed 0, the flag adds ``0?``."""
    for row in observations:
        origin = source_rows[row["source_id"]]["origin"]
        if row["value"] == 0 and preference.is_ambiguous_zero(row["value_raw"], origin):
            row["value"] = None
            row["flag"] = ",".join(filter(None, (row["flag"], preference.ZERO_OR_NOT_REPORTED)))
            row["note"] = join_notes(row["note"], f"0 or not reported: {origin} does not "
                                     "distinguish zero from not reported")


def mark_preferred(observations: list[dict], source_rows: dict[str, dict]) -> None:
    """Set ``preferred`` on every row with the one written rule (preference.py)."""
    ranked = [dict(row, tier=source_rows[row["source_id"]]["tier"],
                   origin=source_rows[row["source_id"]]["origin"]) for row in observations]
    for row, chosen in zip(observations, preference.choose(ranked, preference.key_of),
                           strict=True):
        row["preferred"] = int(chosen)


def _insert(db, table: str, rows: Iterable[dict]) -> None:
    db[table].insert_all(rows, batch_size=500)


def compute_headlines(db_path: Path) -> list[HeadlineRow]:
    """The Overview's headlines from a freshly built database (with an empty user
    database), by the same analysis the panel runs live; stored so the first panel
    needs neither pandas nor the analysis layer."""
    import tempfile

    from ree_desktop.analysis.headlines import from_store
    from ree_desktop.data.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store(db_path, Path(folder) / "user.db")
        try:
            return [HeadlineRow.from_headline(headline) for headline in from_store(store)]
        finally:
            store.close()


def build(out: Path, src: Path) -> dict[str, int]:
    """Write a fresh database to ``out`` atomically; return row counts per table."""
    import sqlite_utils

    observations, event_rows, source_rows = collect(src)
    known = {row["iso3"] for row in country_ref.country_rows()}
    unknown = {o["country_iso3"] for o in observations if o["country_iso3"]} - known
    if unknown:
        raise ValueError(f"country codes not in the countries table: {sorted(unknown)}")

    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    create_schema(conn)
    conn.executescript(BUNDLED_EVENT_COLUMNS_SQL)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db = sqlite_utils.Database(conn)
    _insert(db, "sources", source_rows)
    _insert(db, "countries", country_ref.country_rows())
    counts = {}
    for spec in DATASETS:
        counts[spec["id"]] = sum(1 for o in observations if o["dataset"] == spec["id"])
    _insert(db, "datasets", [dict(spec, kind="bundled", origin="data/sources",
                                   imported_at=None, report=None) for spec in DATASETS])
    _insert(db, "observations", observations)
    _insert(db, "events", event_rows)
    changelog = src.parent / "CHANGELOG.md"
    _insert(db, "meta", [{"key": "data_release", "value": DATA_RELEASE},
                         {"key": "changelog", "value": changelog.read_text(encoding="utf-8")
                          if changelog.is_file() else ""},
                         {"key": "builder", "value": "python -m ree_desktop.data.build"}])
    conn.commit()
    conn.close()
    headlines = compute_headlines(tmp)
    conn = sqlite3.connect(tmp)
    write_headlines(conn, headlines)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    tmp.replace(out)
    counts.update(observations=len(observations), events=len(event_rows),
                  sources=len(source_rows), headlines=len(headlines))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=bundled_db_path())
    parser.add_argument("--sources", type=Path, default=sources_dir())
    args = parser.parse_args(argv)
    counts = build(args.out, args.sources)
    for name, count in counts.items():
        print(f"{name:22s} {count:6d}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
