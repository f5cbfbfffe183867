"""Errors the user can fix, each one line naming the file and what to do (no Qt here).

``describe_sqlite_error`` turns any ``sqlite3.Error`` about the user database into a
``StoreError`` whose ``kind`` lets the window offer the right remedy (move a damaged file
aside, wait for a lock) and whose text the command line prints as is.

Messages are translated templates (context "DataErrors"): in the app they read in the
interface's language, on the command line (no translator installed) in English.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ree_desktop.i18n import translate


class DataError(Exception):
    """A problem the user can fix (missing file, unknown dataset): shown as one clear line."""


class StoreError(DataError):
    """The user database cannot be used; ``kind`` says why, ``path`` names the file.

    Kinds: bundled, not_file, foreign, newer, locked, corrupt, full, readonly, cantopen.
    """

    def __init__(self, kind: str, path: Path, message: str):
        super().__init__(message)
        self.kind, self.path = kind, Path(path)


class NewerDatabaseError(StoreError, RuntimeError):
    """Written by a newer REE Desktop: the file is left alone."""


def folder_of(path: Path) -> Path:
    parent = Path(path).parent
    try:
        return parent.resolve()
    except OSError:
        return parent


def corrupt_error(path: Path, detail: str) -> StoreError:
    return StoreError(
        "corrupt", path,
        translate("DataErrors", "{path} is damaged ({detail}); it was not changed. Move it "
                  "aside (rename it to {name}.corrupt-YYYYMMDD) and start again with a fresh "
                  "one, or pass another --user-db").format(path=path, detail=detail,
                                                          name=Path(path).name))


def describe_sqlite_error(error: sqlite3.Error, path: Path, waited: float = 0.0) -> StoreError:
    """One line for an SQLite error on the user database ``path``: what happened, what to do."""
    path = Path(path)
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    lowered = text.lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in lowered:
        return StoreError(
            "locked", path,
            translate("DataErrors", "{path} is locked by another program (another REE "
                      "Desktop, or a database tool); gave up after waiting {waited} s: close "
                      "that program and try again").format(path=path, waited=f"{waited:g}"))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in lowered \
            or "not a database" in lowered:
        return corrupt_error(path, text)
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR")) or "disk is full" in lowered \
            or "disk i/o error" in lowered:
        return StoreError(
            "full", path,
            translate("DataErrors", "disk full, nothing written: {name} is unchanged; free "
                      "space in {folder} (or pass another --user-db) and try again").format(
                name=path.name, folder=folder_of(path)))
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")) \
            or "readonly" in lowered or "read-only" in lowered:
        return StoreError(
            "readonly", path,
            translate("DataErrors", "cannot write {path}: the file or its folder {folder} is "
                      "read-only; make it writable or pass another --user-db").format(
                path=path, folder=folder_of(path)))
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in lowered:
        return StoreError(
            "cantopen", path,
            translate("DataErrors", "cannot open {path}: check that the folder {folder} "
                      "exists and is writable, or pass another --user-db").format(
                path=path, folder=folder_of(path)))
    return StoreError("sqlite", path, translate(
        "DataErrors", "{path}: database error ({text}); nothing was changed").format(
            path=path, text=text))
