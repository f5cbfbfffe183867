"""Fuzzing the importer: any bytes or CSV-like text end in an import or one clear error.

Deterministic in CI: with $CI set the examples come from a fixed derandomised profile, so a
random seed can never block a landing; locally each run explores new inputs. Inputs that
once failed are pinned with @example and run every time.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ree_desktop.data.importer import ImportFailed, Options, run_import

CELLS = st.one_of(
    st.sampled_from(["China", "U.S.", "Burma", "中国", "World", "Atlantis", "", "W", "NA", "—",
                     "12e", ">95", "<1,000", "1.234,5", "2020", "19", "=1+1", '"', "\x00",
                     "value\"; DROP TABLE observations; --", "2019 [YR2019]", "\r", "\n"]),
    st.integers(-10**6, 10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.text(max_size=12),
)
DELIMITERS = st.sampled_from([",", ";", "\t", "|", " "])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "cp1252"])


@st.composite
def csv_like(draw) -> bytes:
    delimiter = draw(DELIMITERS)
    header = draw(st.one_of(
        st.just(["Country", "Year", "Value"]), st.just(["Country", "2019", "2020", "Note"]),
        st.just(["国家", "年份", "产量", "单位"]),
        st.lists(st.sampled_from(["Country", "Year", "Value", "Unit", "Note", "2019", "2020",
                                  "国家", "年份", "产量", "", "x"]), max_size=6)))
    width = len(header)
    rows = draw(st.lists(st.one_of(
        st.lists(CELLS, min_size=width, max_size=width),
        st.tuples(st.sampled_from(["China", "U.S.", "Burma", "中国", "World", "Atlantis"]),
                  st.integers(1790, 2110).map(str),
                  st.sampled_from(["1", "2.5", "W", "NA", "—", "12e", ">95", "1,000", "x"]),
                  ).map(list),
        st.lists(CELLS, max_size=7)), max_size=12))
    if draw(st.booleans()):  # mostly well-formed: exercises the writing path too
        header = ["Country", "Year", "Value"]
        rows = draw(st.lists(st.tuples(
            st.sampled_from(["China", "U.S.", "Burma", "中国", "World", "India", "Brazil"]),
            st.integers(1990, 2030).map(str),
            st.sampled_from(["1", "2.5", "W", "NA", "—", "12e", ">95", "7 r"])).map(list),
            min_size=1, max_size=12))
    lines = [delimiter.join(header)] + [delimiter.join(row) for row in rows]
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    return text.encode(draw(ENCODINGS), errors="replace")


def check(data: bytes, options: Options) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path, db = Path(folder) / "fuzz.csv", Path(folder) / "user.db"
        path.write_bytes(data)
        try:
            result = run_import(path, db, options=options)
        except ImportFailed as error:
            assert str(error) and "\n" not in str(error).strip()
            return
        if db.exists():
            conn = sqlite3.connect(db)
            count = conn.execute("SELECT count(*) FROM observations").fetchone()[0]
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            conn.close()
            assert count == (result.rows_imported if result.written else 0)
            conn = sqlite3.connect(db)
            infinite = conn.execute("SELECT count(*) FROM observations WHERE value > 1e308 "
                                    "OR value < -1e308").fetchone()[0]
            conn.close()
            assert infinite == 0  # inf / 1e999 are refused, never stored


settings.register_profile("ree-fuzz-ci", derandomize=True, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ree-fuzz-local", deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
PROFILE = settings.get_profile("ree-fuzz-ci" if os.environ.get("CI") else "ree-fuzz-local")
FUZZ = settings(PROFILE, max_examples=120)


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    check(data, Options())


@FUZZ
@given(csv_like(), st.booleans())
@example(b'Country,Year,Value\nChina,China,"', False)  # pandas ParserError: EOF inside string
@example(b'Country,Year,Value\nChina,China,"', True)
@example(b"Country,Year,Value\nGermany,China,2024,5\nUSA,2024,45000\n", True)  # shifted
@example(b"Country,Year,Value\nChina,2020,inf\nIndia,2020,1e999\nChile,2020,-Infinity\n",
         True)
@example(b"Country,Year,Value\nChina,2020,1\nIndia,2020,2\x00\n", False)
@example(b'Country;Year;Value\r"China";2020;"1\r\n', True)
def test_random_csv_like_text(data, skip_invalid):
    check(data, Options(skip_invalid=skip_invalid))


NOTES = st.text(alphabet=st.sampled_from(list('ab ,;"\n\'12x')), max_size=12)  # LF files


@st.composite
def well_formed(draw) -> tuple[bytes, list[int]]:
    """A CSV written by Python's csv module (correct quoting) with some rows cut short."""
    import csv
    import io

    width = draw(st.integers(3, 5))
    rows = draw(st.lists(st.tuples(
        st.sampled_from(["China", "India", "Brazil", "Chile", "Peru", "Korea, Rep."]),
        st.integers(1990, 2030), st.integers(0, 10**6),
        st.lists(NOTES, min_size=width - 3, max_size=width - 3), st.booleans()),
        min_size=1, max_size=15))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Country", "Year", "Value", *[f"Note {i}" for i in range(width - 3)]])
    short, line = [], 2
    for country, year, value, notes, cut in rows:
        cells = [country, year, value, *notes]
        if cut:
            cells = cells[:-1]
            short.append(line)
        writer.writerow(cells)
        line += 1 + sum(str(c).count("\n") for c in cells)
    return out.getvalue().encode(), short


@FUZZ
@given(well_formed(), st.lists(st.integers(1, 400), max_size=6))
@example((b'Country,Year,Value,Note 0\nChina,1990,0,"12"" pipe"\nPeru,2000,1\n', [3]), [])
def test_short_rows_are_found_exactly_however_the_file_is_split(case, cuts):
    from ree_desktop.data.importer.guard import FieldCounter

    data, short = case
    width = len(data.split(b"\n", 1)[0].split(b","))
    whole = FieldCounter(b",", b'"', b"\n", width, 2)
    whole.feed(data)
    whole.finish()
    pieces = FieldCounter(b",", b'"', b"\n", width, 2)
    start = 0
    for cut in sorted(cuts):
        pieces.feed(data[start:start + cut])
        start += cut
    pieces.feed(data[start:])
    pieces.finish()
    assert pieces.short == whole.short
    assert sorted(whole.short) == short


@FUZZ
@given(well_formed())
# every row one field short of a wider header: once read as a wide table of "year" columns
@example((b"Country,Year,Value,Note 0,Note 1\nChina,1990,1800,\nChina,1990,0,\n", [2, 3]))
# cells of two apostrophes are not single-quoted fields: '"' stays the quote character
@example((b"Country,Year,Value,Note 0,Note 1\nChina,1990,0,,\",\"\nChina,1990,0,,''\n"
          b"China,1990,0,'',''\n", []))
def test_import_reports_exactly_the_short_rows(case):
    data, short = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "short.csv"
        path.write_bytes(data)
        try:
            result = run_import(path, Path(folder) / "user.db", dry_run=True,
                                options=Options(skip_invalid=True))
        except ImportFailed as error:  # e.g. no data rows left
            assert "\n" not in str(error)
            return
    ragged = sorted(p.line for p in result.problems if p.reason.startswith("ragged"))
    assert ragged == short
