"""Writing: the whole import in one transaction, plus renaming and deleting user datasets.

Rows go in with ``executemany`` inside one transaction that commits once at the end, so an
error, a cancel or a killed process leaves the user database without a trace of the import.
A chunk is written on a second thread while the next one is parsed and validated (SQLite
releases the GIL while it steps), one chunk at a time, so the two overlap on two cores.
Column names from the file never reach SQL: the SQL text is fixed and file values travel
only as bound parameters.
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from ree_desktop.data.importer import update
from ree_desktop.data.importer.kinds import UPDATES
from ree_desktop.data.importer.layout import FOOTNOTE_REASON
from ree_desktop.data.importer.model import (
    BATCH_ROWS,
    BIG_FILE_BYTES,
    CHUNK_ROWS,
    ImportCancelled,
    ImportFailed,
    ImportResult,
    Options,
    Problem,
)
from ree_desktop.data.importer.parse import _Chunks
from ree_desktop.data.importer.resolve import (
    REGION_REASON,
    CountryResolver,
    load_country_rows,
    region_notes,
)
from ree_desktop.data.importer.sniff import detect
from ree_desktop.data.importer.validate import (
    _check_mapping,
    _Context,
    _duplicates,
    _process,
    dataset_kind,
)
from ree_desktop.i18n import translate

INSERT_FIELDS = ("country_iso3", "year", "date", "date_precision", "value", "value_raw", "unit",
                 "flag", "metric", "stage", "element", "scenario", "item", "note")


def _insert(conn: sqlite3.Connection, frame: pd.DataFrame, dataset: str) -> None:
    """executemany over the columns that hold something (fixed names, never file text)."""
    size = len(frame)
    names, columns = ["dataset"], [[dataset] * size]
    for name in INSERT_FIELDS:
        if name not in frame:
            continue
        if name == "year":
            column = frame["year"].to_numpy(dtype=np.int64).tolist()
        elif name == "value":
            values = frame["value"].to_numpy(dtype=float)
            column = values.tolist()
            if np.isnan(values).any():
                column = [None if v != v else v for v in column]
        else:
            column = frame[name].tolist()  # text or None (cleaned by _process)
            if column.count(None) == len(column):
                continue
        names.append(name)
        columns.append(column)
    _insert_batched(conn, names, columns)


def _insert_batched(conn: sqlite3.Connection, names: list[str], columns: list[list]) -> None:
    """Many rows per INSERT statement: about twice as fast as one statement per row.

    A column with one value throughout the chunk (the dataset id always, often the metric
    and unit) is bound once per statement, not once per row: ``INSERT … SELECT ?, column1,
    … FROM (VALUES (…), …)`` keeps the rows in file order (docs/benchmarks.md, Import).
    """
    fixed = [i for i, column in enumerate(columns)
             if column and column.count(column[0]) == len(column)]
    if len(fixed) == len(columns):
        fixed.pop()  # at least one column per row in VALUES
    variable = [i for i in range(len(columns)) if i not in fixed]
    width = len(variable)
    per_statement = max(1, min(BATCH_ROWS, (_max_variables() - len(fixed)) // width))
    row_sql = f"({', '.join('?' * width)})"
    order = ", ".join(names[i] for i in fixed + variable)
    if fixed:
        head = (f"INSERT INTO observations ({order}) SELECT {', '.join('?' * len(fixed))}, "
                + ", ".join(f"column{k}" for k in range(1, width + 1)) + " FROM (VALUES ")
        tail, constants = ")", [columns[i][0] for i in fixed]
    else:
        head, tail, constants = f"INSERT INTO observations ({order}) VALUES ", "", []
    flat = list(itertools.chain.from_iterable(zip(*(columns[i] for i in variable),
                                                  strict=True)))
    step = per_statement * width
    whole = len(flat) - len(flat) % step
    if whole:
        conn.executemany(head + ", ".join([row_sql] * per_statement) + tail,
                         (constants + flat[i:i + step] for i in range(0, whole, step)))
    rest = (len(flat) - whole) // width
    if rest:
        conn.execute(head + ", ".join([row_sql] * rest) + tail, constants + flat[whole:])


def _max_variables() -> int:
    return 32766 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999


def slugify(name: str) -> str:
    """A dataset id from its name: ASCII letters (accents dropped), digits and Chinese
    characters (产量.csv → 产量, not a meaningless "import")."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(ch))
    slug = re.sub(r"[^a-z0-9\u3400-\u4dbf\u4e00-\u9fff]+", "_", text.lower()).strip("_")[:40]
    return slug or "import"


def _existing_ids(conn: sqlite3.Connection, bundled_db: Path) -> set[str]:
    ids = {r[0] for r in conn.execute("SELECT id FROM datasets")}
    bundled = sqlite3.connect(f"file:{Path(bundled_db).as_posix()}?mode=ro&immutable=1",
                              uri=True)
    try:
        ids |= {r[0] for r in bundled.execute("SELECT id FROM datasets")}
    finally:
        bundled.close()
    return ids


def unique_id(name: str, taken: set[str]) -> str:
    base = slugify(name)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def _open_user_db(user_db: Path) -> sqlite3.Connection:
    from ree_desktop.data.store import open_user_db

    open_user_db(Path(user_db))
    # Used by one thread at a time: the import's writer thread, then the caller again.
    conn = sqlite3.connect(user_db, timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -8192")  # 8 MiB, also the index sorter's budget
    return conn


def run_import(path: Path | str, user_db: Path | str, bundled_db: Path | str | None = None,
               options: Options | None = None,
               progress: Callable[[float, int], None] | None = None,
               cancel: threading.Event | None = None, dry_run: bool = False,
               chunk_rows: int = CHUNK_ROWS) -> ImportResult:
    """Validate the whole file and (unless ``dry_run``) write it as one user dataset.

    Strict unless ``options.skip_invalid``: any problem means nothing is written and the
    result lists the problems. Raises ImportFailed for a file that cannot be read at all
    and ImportCancelled when ``cancel`` is set; in both cases nothing is written.
    """
    from ree_desktop.paths import bundled_db_path

    options = options or Options()
    path, user_db = Path(path), Path(user_db)
    bundled_db = Path(bundled_db or bundled_db_path())
    det = detect(path, options)
    kind = dataset_kind(det, options)
    _check_mapping(det, kind)
    if options.update not in UPDATES:
        raise ImportFailed(translate("Importer", "unknown update {update}; use one of "
                                     "{choices}").format(update=repr(options.update),
                                                         choices=", ".join(UPDATES)))
    if options.source is not None and options.source.problems():
        raise ImportFailed(options.source.problems()[0])
    name = options.name or path.stem
    ctx = _Context(det, options, CountryResolver(load_country_rows(bundled_db),
                                                 options.country_overrides))
    result = ImportResult(dataset=None, name=name, path=str(path.resolve()), written=False,
                          encoding=det.encoding, delimiter=det.delimiter, decimal=det.decimal,
                          thousands=det.thousands, wide=det.wide, mapping=dict(det.mapping),
                          year_columns=len(det.year_columns), kind=kind)
    chunks = _Chunks(path, det, chunk_rows)
    try:
        conn = None if dry_run else _open_user_db(user_db)
    except BaseException:
        chunks.close()
        raise
    dropped: list[str] = []
    writer = ThreadPoolExecutor(1, thread_name_prefix="ree-import-write")
    pending: Future | None = None
    try:
        if conn is not None:
            conn.execute("BEGIN IMMEDIATE")
            existing = (update.find_user_dataset(conn, name, slugify(name))
                        if options.update != "new" else None)
            result.dataset = existing or unique_id(name, _existing_ids(conn, bundled_db))
            result.updated = options.update if existing else ""
            ctx.start_rowid = update.prepare(conn, options, existing)
            if path.stat().st_size > BIG_FILE_BYTES:
                dropped = _drop_indexes(conn)
        for chunk, lines in chunks:
            if cancel is not None and cancel.is_set():
                raise ImportCancelled("import cancelled: nothing was written")
            chunk, lines = ctx.footnotes.feed(chunk, lines)  # notes below the table wait
            chunk, lines = chunks.split_short(chunk, lines)
            frame = _process(chunk, lines, ctx) if len(chunk) else None
            if frame is not None:
                result.rows_read += len(frame)
                keep = frame[~frame["_invalid"].to_numpy()]
                writing = conn is not None and (options.skip_invalid or ctx.problem_count == 0
                                                and not chunks.ragged)
                if writing and len(keep):
                    if pending is not None:
                        pending.result()  # one chunk in flight; its error stops the import
                    pending = writer.submit(_insert, conn, keep, result.dataset)
                    result.rows_imported += len(keep)
            if progress is not None:
                progress(chunks.position(), result.rows_read)
        if pending is not None:
            pending, waiting = None, pending
            waiting.result()
        if dropped and (options.skip_invalid or not (ctx.problem_count or chunks.ragged)):
            for sql in dropped:  # one sort per index beats a million random index inserts
                conn.execute(sql)
        _finish(result, ctx, chunks, conn, options)
    except BaseException:
        if pending is not None:  # let the chunk being written finish before rolling back
            pending.exception()
        if conn is not None and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        writer.shutdown(wait=True)
        chunks.close()
        if conn is not None:
            conn.close()
    return result


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the observations indexes inside the open transaction; returns their SQL.

    A rollback (error, cancel, killed process) brings them back with everything else.
    """
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                        "AND tbl_name = 'observations' AND sql IS NOT NULL").fetchall()
    for index_name, _ in rows:
        conn.execute('DROP INDEX "' + index_name.replace('"', '""') + '"')
    return [sql for _, sql in rows]



def no_dataset(dataset: str) -> str:
    return translate("Importer", "no user dataset {name}").format(name=repr(dataset))


def _finish(result: ImportResult, ctx: _Context, chunks: _Chunks,
            conn: sqlite3.Connection | None, options: Options) -> None:
    for problem in chunks.ragged:
        ctx.add(problem, translate("Importer", "ragged row"))
    duplicates = _duplicates(ctx)
    column = ctx.det.mapping.get("country", "")
    action = update.duplicate_action(ctx.det)
    for line, key in duplicates:
        ctx.add(Problem(line, column, key,
                        translate("Importer", "duplicate country-year-metric (an earlier row "
                                  "has the same key)"),
                        action), translate("Importer", "duplicate"))
    result.problems = sorted(ctx.problems, key=lambda p: (p.line or 0))
    footnotes = ctx.footnotes.notes()
    result.notes = sorted(region_notes(ctx.regions, column) + footnotes,
                          key=lambda p: p.line or 0)
    if ctx.regions:
        result.note_counts[translate("Importer", REGION_REASON)] = sum(
            n for _, n in ctx.regions.values())
    if footnotes:
        result.note_counts[translate("Importer", FOOTNOTE_REASON)] = len(footnotes)
    result.problem_count = ctx.problem_count
    result.problem_counts = dict(ctx.problem_counts)
    result.unknown_countries = dict(ctx.unknown)
    result.countries = sorted(ctx.countries)
    if ctx.year_low is not None:
        result.years = (ctx.year_low, ctx.year_high)
    result.rows_valid = result.rows_read - ctx.invalid_rows - len(duplicates)
    result.rows_skipped = result.rows_read - result.rows_valid + len(chunks.ragged)
    if result.rows_read == 0 and chunks.ragged:
        first = chunks.ragged[0]
        raise ImportFailed(translate(
            "Importer", "every data row is a ragged row ({n}); line {line}: {reason} — "
            "{action}").format(n=f"{len(chunks.ragged):,}", line=first.line,
                               reason=first.reason, action=first.action))
    if result.rows_read == 0:
        raise ImportFailed(translate("Importer", "no data rows below the header: there is "
                                     "nothing to import"))
    if conn is None:
        result.rows_imported = 0
        return
    if ctx.problem_count and not options.skip_invalid:
        conn.execute("ROLLBACK")
        result.rows_imported = 0
        result.dataset = None
        return
    start = ctx.start_rowid
    if len(duplicates):
        conn.execute(update.dedupe_sql(), (result.dataset, start, result.dataset, start))
        result.rows_imported -= len(duplicates)
    if result.rows_imported == 0:
        conn.execute("ROLLBACK")
        result.dataset = None
        raise ImportFailed(translate("Importer", "no valid rows to import: {problems}").format(
            problems=result.report_text().splitlines()[0]))
    units = ctx.units
    result.written = True
    if result.updated == "append":
        result.rows_superseded = update.supersede(conn, result.dataset, start)
    result.source_id = update.attach_source(conn, options, result.dataset, result.name,
                                            Path(result.path), start)
    conn.execute(
        "INSERT OR REPLACE INTO datasets (id, title, description, unit, kind, origin, "
        "imported_at, report, content) VALUES (?, ?, ?, ?, 'user', ?, ?, ?, ?)",
        (result.dataset, result.name, f"Imported from {Path(result.path).name}",
         next(iter(units)) if len(units) == 1 else None, result.path,
         datetime.now(UTC).isoformat(timespec="seconds"), result.to_json(), result.kind))
    conn.execute("COMMIT")



# -- managing user datasets ------------------------------------------------------------------
def rename_dataset(user_db: Path | str, dataset: str, title: str) -> None:
    title = title.strip()
    if not title:
        raise ImportFailed(translate("Importer", "a dataset needs a name"))
    conn = _open_user_db(Path(user_db))
    try:
        with conn:
            conn.execute("BEGIN")
            if conn.execute("UPDATE datasets SET title = ? WHERE id = ? AND kind = 'user'",
                            (title, dataset)).rowcount == 0:
                raise ImportFailed(no_dataset(dataset))
    finally:
        conn.close()


def delete_dataset(user_db: Path | str, dataset: str) -> int:
    """Delete a user dataset and its rows in one transaction; returns rows deleted."""
    conn = _open_user_db(Path(user_db))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("DELETE FROM datasets WHERE id = ? AND kind = 'user'",
                            (dataset,)).rowcount == 0:
                raise ImportFailed(no_dataset(dataset))
            rows = conn.execute("DELETE FROM observations WHERE dataset = ?",
                                (dataset,)).rowcount
            conn.execute("COMMIT")
            return rows
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def dataset_report(user_db: Path | str, dataset: str) -> str:
    """The import report kept with a user dataset, as readable text."""
    conn = sqlite3.connect(f"file:{Path(user_db).as_posix()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT report, origin, imported_at FROM datasets WHERE id = ?",
                           (dataset,)).fetchone()
    finally:
        conn.close()
    if row is None:
        raise ImportFailed(no_dataset(dataset))
    try:
        data = json.loads(row[0] or "{}")
    except json.JSONDecodeError:
        return str(row[0] or "")
    problems = [Problem(**p) for p in data.pop("problems", [])]
    data["notes"] = [Problem(**p) for p in data.get("notes", [])]
    data.pop("unknown_countries", None)
    years = data.get("years")
    result = ImportResult(**{**data, "problems": problems,
                             "years": tuple(years) if years else None})
    return (f"File: {row[1]}\nImported: {row[2]}\n\n{result.summary()}\n\n"
            f"{result.report_text()}")


