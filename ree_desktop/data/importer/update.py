"""Updating a dataset (issue 19 item 7) and attaching its source (item 8), inside the
import's one transaction: an error, a cancel or a kill leaves the old dataset as it was.

``replace`` swaps a user dataset's rows for the new file's; ``append`` adds the new file's
rows and, where a row has the same key as an older one (a corrected month in this month's
subscription download), keeps the newer row. Both find the dataset by id or title; with no
such dataset they create it. Bundled datasets are never touched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ree_desktop.data.importer.model import Detection, ImportFailed, Options
from ree_desktop.i18n import translate

KEY_COLUMNS = ("country_iso3", "year", "date", "metric", "stage", "element", "scenario",
               "item")


def find_user_dataset(conn: sqlite3.Connection, name: str, slug: str) -> str | None:
    """The user dataset named ``name`` (its title or its id), or None."""
    row = conn.execute("SELECT id FROM datasets WHERE id = ? OR title = ? ORDER BY id = ? DESC",
                       (slug, name, slug)).fetchone()
    return row[0] if row else None


def prepare(conn: sqlite3.Connection, options: Options, existing: str | None) -> int:
    """Clear a replaced dataset; return the first rowid the new rows will get."""
    if existing is not None and options.update == "replace":
        conn.execute("DELETE FROM observations WHERE dataset = ?", (existing,))
        conn.execute("DELETE FROM sources WHERE id = ?", (source_id(existing),))
    return int(conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM observations")
               .fetchone()[0])


def supersede(conn: sqlite3.Connection, dataset: str, start: int) -> int:
    """After an append: drop older rows whose key the new rows repeat; returns how many."""
    same = " AND ".join(f"n.{c} IS o.{c}" for c in KEY_COLUMNS)
    cursor = conn.execute(
        f"DELETE FROM observations AS o WHERE o.dataset = ? AND o.rowid < ? AND EXISTS "
        f"(SELECT 1 FROM observations n WHERE n.dataset = o.dataset AND n.rowid >= ? "
        f"AND {same})", (dataset, start, start))
    return cursor.rowcount


def dedupe_sql() -> str:
    """Within the new rows only, keep the first of rows sharing a key."""
    columns = ", ".join(KEY_COLUMNS)
    return ("DELETE FROM observations WHERE dataset = ? AND rowid >= ? AND rowid NOT IN "
            f"(SELECT min(rowid) FROM observations WHERE dataset = ? AND rowid >= ? "
            f"GROUP BY {columns})")


def duplicate_action(det: Detection) -> str:
    """What to do about repeated keys: map the unmapped column that tells the rows apart
    (a company or mine column becomes the item), else remove the repeated row."""
    used = set(det.mapping.values()) | set(det.year_columns) | {det.code_column}
    free = [c for c in det.columns if c not in used and c not in det.kept_text]
    if "item" not in det.mapping and free:
        words = ("company", "mine", "operator", "producer", "project", "deposit", "plant",
                 "grade", "basis", "product", "公司", "矿", "企业")
        likely = [c for c in free if any(w in str(c).lower() for w in words)] or free
        shown = str(likely[0])[:40]
        return translate("Importer", "if the rows differ by {column}, map that column as "
                         "item (--map item={name}); otherwise remove the repeated row (the "
                         "first one is kept)").format(column=repr(shown), name=shown)
    return translate("Importer", "remove the repeated row; the first one is kept")


def source_id(dataset: str) -> str:
    return f"user:{dataset}"


def attach_source(conn: sqlite3.Connection, options: Options, dataset: str, title: str,
                  path: Path, start: int) -> str | None:
    """Write the user's source and point the new rows at it; None when none was given."""
    if options.source is None or not options.source.given():
        return None
    problems = options.source.problems()
    if problems:
        raise ImportFailed(problems[0])
    sid = source_id(dataset)
    row = options.source.row(sid, title, path.resolve().as_uri())
    conn.execute(f"INSERT OR REPLACE INTO sources ({', '.join(row)}) VALUES "
                 f"({', '.join('?' * len(row))})", list(row.values()))
    conn.execute("UPDATE observations SET source_id = ? WHERE dataset = ? AND rowid >= ?",
                 (sid, dataset, start))
    return sid
