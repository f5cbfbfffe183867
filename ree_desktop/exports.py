"""Writing the data behind a view to CSV (no Qt): used by the CLI and the window.

Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR, unless
the cell is a number) are prefixed with a single quote (OWASP CSV injection). The sources go
into a sidecar file ``NAME.sources.txt`` so the CSV itself stays plain, machine-readable data.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def neutralise_cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise_cell)
    out.columns = [neutralise_cell(str(c)) for c in out.columns]
    return out


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".sources.txt")


def write_csv(frame: pd.DataFrame, path: Path, sources: str = "", title: str = "") -> Path:
    """Write ``frame`` as UTF-8 CSV and its sources beside it; returns the CSV path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    neutralise(frame).to_csv(path, index=False, encoding="utf-8")
    lines = [title or "REE Desktop export", f"Data file: {path.name}",
             f"Sources: {sources or 'see the source columns'}"]
    sidecar_path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
