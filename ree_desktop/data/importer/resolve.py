"""Resolving: raw country names to ISO3 codes (exact normalised match; fuzzy is a suggestion)."""

from __future__ import annotations

import difflib
import sqlite3
from pathlib import Path

from ree_desktop.data.countries import name_index, normalise_name


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
        return self.overrides.get(normalise_name(raw)) == ""

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

