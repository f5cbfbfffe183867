"""The one written rule that says which of several competing figures is ``preferred``.

Pure Python (pandas only in :func:`preferred_mask`), no Qt: the build uses it to set
``observations.preferred``, and a query can rank bundled rows against user-imported ones
with the same function. The order, each step with its reason (SOURCES.md says the same):

0. **Eligibility.** A year-end price (range or single value) never competes with annual
   averages: it is another basis, and an average must not be replaced by a December quote.
   A superseded aggregate (the CIS) is never the current figure once a later edition lists
   its successor countries: it would sit beside 2026 figures as if current.
1. **A figure before no figure.** For a yearly flow the newest publication *that prints a
   number* wins; "NA"/"W" cells only win where nobody prints a number. A zero from a source
   that does not tell zero from "not reported" counts as no figure (it is stored as an
   empty value with the ``0?`` marker). For a current stock (reserves) the newest table's
   entry stands even when it is NA, because an older number is not current.
2. **The statistical publisher before anyone else.** Figures whose ``origin`` is the
   dataset's publisher (USGS for production, reserves, prices and U.S. statistics; IEA for
   its tables) beat press, aggregators and other publishers, which only fill a key no
   publisher figure covers: a secondary copy can only add errors.
3. **The newest publication wins.** A revision beats the figure it revises. A copy carries
   the edition of the publication it reproduces: a Minerals Yearbook table counts as
   published when its volume appeared (about two to three years after the data year, here
   data year + 2.5), so it beats the MCS estimates of the same year; THS2020 rows are MYB
   tables of their data year.
4. **How we hold it** (primary file, text copy, conversion, compilation, press) only breaks
   ties within one edition; user-imported data ranks as its own tier, below publisher
   figures of the same edition.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

#: The statistical publisher whose figures lead each dataset (step 2).
PUBLISHER: dict[str, str] = {
    "mine_production": "USGS", "reserves": "USGS", "prices": "USGS", "us_salient": "USGS",
    "us_end_use": "USGS", "us_import_sources": "USGS", "deposit_composition": "USGS",
    "demand_projections": "IEA", "supply_projections": "IEA",
}

#: How we hold a figure, best first (step 4). Unknown tiers rank after these.
TIER_ORDER: tuple[str, ...] = ("primary", "primary_text_copy", "secondary_conversion",
                               "compilation", "secondary", "user")

#: Origins whose zeros may mean "not reported" (SOURCES.md: the Visual Capitalist table).
ZERO_AMBIGUOUS_ORIGINS = frozenset({"Visual Capitalist"})
#: The marker such a zero carries in ``flag`` (value left empty, value_raw keeps the 0).
ZERO_OR_NOT_REPORTED = "0?"

#: Aggregates that ceased to exist, and the countries that report in their place.
SUPERSEDED_AGGREGATES: dict[str, frozenset[str]] = {
    "XCS": frozenset({"RUS", "KAZ", "KGZ", "UKR", "UZB", "TJK", "ARM", "AZE", "BLR", "MDA",
                      "TKM", "GEO"}),
}

#: Year-end prices are another basis (step 0).
YEAR_END_BASIS = "year-end price range"

#: Datasets whose figure is a current stock: the key has no year (step 1, reserves).
CURRENT_STOCK = frozenset({"reserves"})

#: Publication dates (decimal years) of editions whose label does not say it.
EDITION_DATES: dict[str, float] = {
    "DS140": 2023.74,          # workbook last modified 2023-09-27
    "MYB2022": 2025.21,        # advance tables posted 2025-03-19
    "IEA-GCMO2024": 2024.38,   # Global Critical Minerals Outlook 2024, May 2024
    "IEA-CMDE2025": 2025.38,   # Data Explorer edition with base year 2024, May 2025
    "IEA-REE2025": 2025.83,    # Rare Earth Elements report, late 2025 (cited via press)
}
#: Copies that reproduce a Minerals Yearbook table of their data year (step 3).
MYB_COPIES = frozenset({"THS2020"})
MYB_LAG_YEARS = 2.5
MCS_MONTH = 0.08  # MCS volumes appear at the end of January


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def edition_date(edition: str | None, year: int | None = None) -> float:
    """When the publication behind ``edition`` appeared (decimal year; 0 when unknown).

    MCS<yyyy> (also MCS<yyyy>H, a heavy-REE chapter, and MCS<yyyy>q, a press quote of it)
    → late January yyyy; MYB<yyyy> → yyyy + 2.5; a MYB copy (THS2020) → data year + 2.5;
    otherwise a listed date, or the first four-digit year in the label, or 0.
    """
    label = _text(edition).strip()
    if label in EDITION_DATES:
        return EDITION_DATES[label]
    if label in MYB_COPIES and year is not None:
        return int(year) + MYB_LAG_YEARS
    match = re.fullmatch(r"MCS(\d{4})[A-Za-z]?", label)
    if match:
        return int(match.group(1)) + MCS_MONTH
    match = re.fullmatch(r"MYB(\d{4})", label)
    if match:
        return int(match.group(1)) + MYB_LAG_YEARS
    match = re.search(r"(19|20)\d\d", label)
    return float(match.group(0)) if match else 0.0


def is_ambiguous_zero(value_raw, origin) -> bool:
    """A printed zero from a source that does not distinguish zero from not reported."""
    if _text(origin) not in ZERO_AMBIGUOUS_ORIGINS:
        return False
    try:
        return float(_text(value_raw).replace(",", "")) == 0.0
    except ValueError:
        return False


def _year(value) -> int | None:
    try:
        return int(float(_text(value)))
    except (ValueError, OverflowError):
        return None


def tier_rank(tier) -> int:
    text = _text(tier)
    return TIER_ORDER.index(text) if text in TIER_ORDER else len(TIER_ORDER)


def is_eligible(row: Mapping, superseded: bool = False) -> bool:
    """Step 0: may this row be preferred at all?"""
    if _text(row.get("basis")) == YEAR_END_BASIS:
        return False
    return not superseded


def rank(row: Mapping) -> tuple:
    """Sort key, best first, among rows of one key (steps 1-4; eligibility apart).

    ``row`` needs dataset, value, edition, year, tier and origin (user rows: tier 'user',
    origin as the user stated it or empty, which counts as the publisher's).
    """
    dataset = _text(row.get("dataset"))
    has_figure = row.get("value") is not None and _text(row.get("value")) != ""
    if dataset in CURRENT_STOCK:
        has_figure = True
    origin = _text(row.get("origin"))
    publisher = PUBLISHER.get(dataset)
    is_user = _text(row.get("tier")) == "user"
    from_publisher = publisher is None or origin == publisher or (is_user and not origin)
    year = _year(row.get("year"))
    return (not has_figure, not from_publisher,
            -edition_date(row.get("edition"), year), tier_rank(row.get("tier")),
            _text(row.get("edition")), _text(row.get("value")))


def _superseded_rows(rows: Sequence[Mapping], key: Callable[[Mapping], Hashable]
                     ) -> set[int]:
    """Indexes of aggregate rows of a current stock whose successors a later edition lists."""
    out: set[int] = set()
    for i, row in enumerate(rows):
        successors = SUPERSEDED_AGGREGATES.get(_text(row.get("country_iso3")))
        if not successors or _text(row.get("dataset")) not in CURRENT_STOCK:
            continue
        when = edition_date(row.get("edition"), _year(row.get("year")))
        if any(_text(o.get("country_iso3")) in successors
               and _text(o.get("dataset")) == _text(row.get("dataset"))
               and edition_date(o.get("edition"), _year(o.get("year"))) > when for o in rows):
            out.add(i)
    return out


def choose(rows: Sequence[Mapping], key: Callable[[Mapping], Hashable]) -> list[bool]:
    """For each row: is it the preferred one of its key? At most one per key; exactly one
    wherever an eligible row exists."""
    superseded = _superseded_rows(rows, key)
    best: dict[Hashable, tuple[tuple, int]] = {}
    for i, row in enumerate(rows):
        if not is_eligible(row, i in superseded):
            continue
        score = (rank(row), i)
        k = key(row)
        if k not in best or score < best[k]:
            best[k] = score
    winners = {index for _score, index in best.values()}
    return [i in winners for i in range(len(rows))]


def key_of(row: Mapping) -> tuple:
    """Which rows compete: the same quantity for the same place and time.

    Prices compete on element, year and unit (not on basis or purity label); a current
    stock (reserves) has no year in its key; every other dataset uses all descriptive
    columns, so different scenarios, uses or quota batches never compete.
    """
    dataset = _text(row.get("dataset"))
    if dataset == "prices":
        return (dataset, _text(row.get("element")), _text(row.get("year")),
                _text(row.get("unit")))
    columns: Iterable[str] = ("stage", "metric", "country_iso3", "year", "element",
                              "scenario", "item", "basis", "unit")
    if dataset in CURRENT_STOCK:
        columns = ("metric", "country_iso3", "unit")
    return (dataset, *(_text(row.get(c)) for c in columns))


def preferred_mask(frame: pd.DataFrame) -> pd.Series:
    """The same rule on a DataFrame (bundled and user rows together): a boolean Series.

    ``frame`` needs the observation columns plus ``tier`` and ``origin`` of each row's
    source (user rows: tier 'user').
    """
    import pandas as pd

    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return pd.Series(choose(records, key_of), index=frame.index, dtype=bool)
