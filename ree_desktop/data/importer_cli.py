"""``ree-desktop import FILE``: the wizard's rules from the command line.

Strict by default: any invalid row means exit status 1, the problems on stderr (line,
column, value, reason, what to do) and nothing written. ``--skip-invalid`` imports the valid
rows, exits 0 and prints what was skipped (the report is kept with the dataset). A file that
cannot be imported at all (binary, FIFO, NUL bytes, unclosed quote, bad --encoding, too many
columns …) is refused with exit status 2 and one line naming the file and what to do.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from ree_desktop.data.importer import FIELDS, ImportFailed, Options, run_import
from ree_desktop.data.importer.kinds import KINDS, SourceInfo
from ree_desktop.data.usgs_release import recognise, write_release

DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}


def parser() -> argparse.ArgumentParser:
    parse = argparse.ArgumentParser(
        prog="ree-desktop import",
        description="Import a CSV file as one of your datasets (into the user database).")
    parse.add_argument("file", type=Path)
    parse.add_argument("--name", help="dataset name (default: the file name)")
    parse.add_argument("--encoding", help="e.g. utf-8, cp1252, gb18030, utf-16 (default: detect)")
    parse.add_argument("--delimiter", help="one character, or comma/semicolon/tab/pipe")
    parse.add_argument("--decimal", choices=(",", "."), help="decimal mark (default: detect)")
    parse.add_argument("--thousands", help="thousands separator; 'none' for none")
    parse.add_argument("--wide", action="store_true",
                       help="years are columns (World Bank / OWID layout)")
    parse.add_argument("--long", action="store_true", help="one row per country-year")
    parse.add_argument("--header-row", type=int,
                       help="line number (1-based) of the header; 0 for no header")
    parse.add_argument("--map", dest="mapping",
                       help="field=COLUMN,… with fields " + ", ".join(FIELDS))
    parse.add_argument("--metric", default="value", help="metric name when none is mapped")
    parse.add_argument("--unit", default="", help="unit when no unit column is mapped")
    parse.add_argument("--country", action="append", default=[], metavar="NAME=ISO3",
                       help="map an unknown country name (ISO3, or empty to skip its rows)")
    parse.add_argument("--skip-invalid", action="store_true",
                       help="import the valid rows and report the rest")
    parse.add_argument("--kind", choices=tuple(KINDS),
                       help="what the dataset is (default: guessed from the columns): "
                       + "; ".join(f"{k}: {v}" for k, v in KINDS.items()))
    update = parse.add_mutually_exclusive_group()
    update.add_argument("--replace", action="store_true",
                        help="replace your dataset of the same name (a newer download)")
    update.add_argument("--append", action="store_true",
                        help="add to your dataset of the same name; a row with the key of "
                        "an older row replaces it")
    for name, what in (("title", "the publication's title"), ("publisher", "who publishes it"),
                       ("url", "where to find it (http(s)://…)"),
                       ("licence", "its licence or terms"),
                       ("accessed", "the date you downloaded it, e.g. 2026-01-31")):
        parse.add_argument(f"--source-{name}", default="", help=f"source: {what}")
    parse.add_argument("--user-db", type=Path, help="user database (or $REE_DESKTOP_USER_DB)")
    return parse


def parse_pairs(text: str | None, what: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        if not sep:
            raise ImportFailed(f"{what} {part!r}: expected key=value")
        pairs[key.strip()] = value.strip()
    return pairs


def check_country_codes(pairs: dict[str, str]) -> dict[str, str]:
    """--country NAME=ISO3: only codes the bundled database knows (countries and the
    documented aggregates such as WLD), upper-cased; an empty code skips that name's rows."""
    from ree_desktop.data.importer import load_country_rows
    from ree_desktop.paths import bundled_db_path

    known = {row["iso3"] for row in load_country_rows(bundled_db_path())}
    checked = {}
    for name, code in pairs.items():
        upper = code.strip().upper()
        if upper and upper not in known:
            shown = code if len(code) <= 40 else code[:37] + "…"
            raise ImportFailed(f"--country {name[:40]!r}={shown!r}: {shown!r} is not a country "
                               "code the database knows; use an ISO 3166 alpha-3 code such as "
                               "CHN, USA, AUS, or WLD for the world (empty skips the rows)")
        checked[name] = upper
    return checked


def options_from(args: argparse.Namespace) -> Options:
    mapping = parse_pairs(args.mapping, "--map")
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise ImportFailed(f"--map: unknown field {unknown[0]!r}; fields are "
                           + ", ".join(FIELDS))
    delimiter = args.delimiter
    if delimiter is not None:
        delimiter = DELIMITER_NAMES.get(delimiter.lower(), delimiter)
        if len(delimiter) != 1:
            raise ImportFailed(f"--delimiter {args.delimiter!r}: give one character")
        if delimiter in "\"'\r\n" or delimiter.isalnum():
            raise ImportFailed(f"--delimiter {args.delimiter!r} cannot separate fields (it is a "
                               "quote, a line break, a letter or a digit); use comma, "
                               "semicolon, tab or pipe")
    thousands = args.thousands
    if thousands is not None and thousands.lower() == "none":
        thousands = ""
    countries = {}
    for entry in args.country:
        countries.update(parse_pairs(entry, "--country"))
    countries = check_country_codes(countries)
    wide = True if args.wide else (False if args.long else None)
    if args.header_row is not None and args.header_row < 0:
        raise ImportFailed(f"--header-row {args.header_row}: give the header's line number "
                           "(1 for the first line), or 0 for a file without a header")
    header_row = None if args.header_row is None else args.header_row - 1
    return Options(encoding=args.encoding, delimiter=delimiter, decimal=args.decimal,
                   thousands=thousands, header_row=header_row, wide=wide,
                   mapping=mapping or None, country_overrides=countries,
                   metric=args.metric, unit=args.unit, name=args.name,
                   skip_invalid=args.skip_invalid, kind=args.kind,
                   update="replace" if args.replace else "append" if args.append else "new",
                   source=SourceInfo(args.source_title, args.source_publisher,
                                     args.source_url, args.source_licence,
                                     args.source_accessed))


def one_line(error: BaseException) -> str:
    """The message on one line: a file name or pandas text may hold line breaks."""
    return " ".join(str(error).split()) or type(error).__name__


def _release(path: Path):
    """The MCS release in ``path``, or None (any read problem: the generic import reports
    it on one line)."""
    try:
        return recognise(path)
    except (OSError, ValueError, csv.Error, UnicodeError):
        return None


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    from ree_desktop.paths import default_user_db_path

    user_db = args.user_db or default_user_db_path()
    if args.kind is None and not args.mapping:
        release = _release(args.file)
        if release is not None:
            dataset = write_release(release, user_db, args.file)
            print(f"recognised the USGS Mineral Commodity Summaries data release "
                  f"({release.layout} layout): imported {len(release.rows)} rare-earth rows "
                  f"as edition {release.edition} into dataset {dataset!r}; the newest edition "
                  "of each figure is preferred, older ones show as revisions")
            if release.unknown:
                print("countries not matched (left out): " + ", ".join(release.unknown))
            print(f"user database: {user_db}")
            return 0
    try:
        result = run_import(args.file, user_db, options=options_from(args))
    except ImportFailed as error:
        print(f"ree-desktop import: {args.file}: {one_line(error)}", file=sys.stderr)
        return 2
    except (csv.Error, UnicodeError, ValueError, OverflowError) as error:
        # a parser failure the importer did not foresee: still one line, never a traceback
        print(f"ree-desktop import: {args.file}: the file cannot be read as CSV "
              f"({one_line(error)[:200]}); save it again as CSV text", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"ree-desktop import: {args.file}: cannot read it "
              f"({error.strerror or one_line(error)}); check the path and permissions",
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ree-desktop import: interrupted, nothing was written", file=sys.stderr)
        return 130
    if not result.written:
        print(f"ree-desktop import: {args.file}: nothing written, the file has problems:",
              file=sys.stderr)
        print(result.report_text(), file=sys.stderr)
        print("fix them, map the columns (--map), or import only the valid rows "
              "(--skip-invalid)", file=sys.stderr)
        return 1
    print(result.summary())
    if result.problem_count or result.notes:
        print("skipped:")
        print(result.report_text())
    print(f"user database: {user_db}")
    return 0
