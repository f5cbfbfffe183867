"""CSV import into the user database: sniff, map, parse, validate, write in one transaction.

No Qt here: the wizard and ``ree-desktop import`` both call :func:`detect`, :func:`preview`
and :func:`run_import`. The file is streamed in chunks through pandas' C parser
(:mod:`.parse`), values are parsed vectorised (USGS markers become a number or NULL plus a
flag, never a silent zero), countries resolve by exact normalised names only
(:mod:`.resolve`), and every problem carries the file line, column, value, reason and what
to do (:mod:`.validate`). Rows go in inside one transaction that commits once at the end
(:mod:`.write`), so an error, a cancel or a killed process leaves no trace of the import.
"""

from __future__ import annotations

from ree_desktop.data.importer.model import (
    CHUNK_ROWS,
    DELIMITERS,
    FIELDS,
    MARKERS,
    OPTIONAL_FIELDS,
    SAMPLE_BYTES,
    SYNONYMS,
    Detection,
    ImportCancelled,
    ImportFailed,
    ImportResult,
    Options,
    Problem,
)
from ree_desktop.data.importer.parse import parse_values, parse_years
from ree_desktop.data.importer.resolve import CountryResolver, load_country_rows
from ree_desktop.data.importer.sniff import (
    decode_sample_text,
    detect,
    detect_decimal,
    detect_delimiter,
    detect_encoding,
    detect_header_row,
    detect_line_end,
    detect_quote,
    guess_mapping,
    header_year,
)
from ree_desktop.data.importer.validate import preview
from ree_desktop.data.importer.write import (
    dataset_report,
    delete_dataset,
    rename_dataset,
    run_import,
    slugify,
    unique_id,
)

__all__ = [
    "CHUNK_ROWS", "DELIMITERS", "FIELDS", "MARKERS", "OPTIONAL_FIELDS", "SAMPLE_BYTES",
    "SYNONYMS", "CountryResolver", "Detection", "ImportCancelled", "ImportFailed",
    "ImportResult", "Options", "Problem", "dataset_report", "decode_sample_text",
    "delete_dataset", "detect", "detect_decimal", "detect_delimiter", "detect_encoding",
    "detect_header_row", "detect_line_end", "detect_quote", "guess_mapping", "header_year",
    "load_country_rows", "parse_values", "parse_years", "preview", "rename_dataset",
    "run_import", "slugify", "unique_id",
]
