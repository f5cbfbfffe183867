"""Value chain, without Qt: the typed options, and the stage bars with every caption, summary,
tooltip text, export table and source line the panel shows (the concentration, detail and
deposit texts are in ``detail_model.py``). Tested without a window
(tests/test_model_value_chain.py).

Stages use different sources and scopes (USGS t REO for mining, IEA kt of magnet rare earths
for refining, sintered magnet output for magnets); every bar is one source's rows for one year.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import pandas as pd

from ree_desktop.analysis import value_chain as vc
from ree_desktop.analysis.stage_concentration import concentration_over_time
from ree_desktop.data import value_chain as data
from ree_desktop.data.store import Store, flag_text
from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ree_desktop.numbers import format_number as number
from ree_desktop.numbers import percent
from ree_desktop.ui.panels.value_chain import user_stages as us
from ree_desktop.ui.panels.value_chain.names import (
    STAGE_WORDS,
    display_name,
    set_country_names,
    stage_title,
    stage_word,
    zh_name,
)

OPTION_TAB = "value_chain.tab"     # the saved key (an int: the tab's index)
OPTION_SOURCE = "value_chain.source"  # "bundled" or "yours" (your stage data stands in)
TABS = ("concentration", "detail", "deposits")
SHORT_NAMES = {"United States": "USA", "Electric vehicles": "EVs", "Rest of world": "Rest",
               "Other countries": "Others", "ceramics and glass": "ceramics & glass",
               "metallurgical applications and alloys": "metallurgy & alloys"}
SOURCE_CUTS = (" (", " / ", ", sheet", ", executive summary", " Rare earths", ", World Mine")
SCOPE_NOTE = QT_TRANSLATE_NOOP(
    "ValueChain", "Stages use different sources and scopes: mining = USGS mine production, all "
    "rare earths (t REO); separation/refining = IEA, magnet rare earths Nd, Pr, Tb, "
    "Dy (kt); magnets = sintered NdFeB magnet output. Grey = lumps of several "
    "countries; hatched = not attributed by the source; dotted = projection.")
FIXED_SOURCES = ("USGS Minerals Yearbook 2022 table 2 (deposits)",
                 "NS Energy, China Tungsten Online (Bayan Obo)")


@dataclass(frozen=True)
class ValueChainOptions:
    """This panel's options, parsed from ``ViewState.options`` (the saved key
    ``value_chain.tab`` keeps its int value, so old bookmarks and stories open)."""

    tab: int = 0
    source: str = "bundled"

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> ValueChainOptions:
        """Anything a bookmark may hold (old, edited, hostile) → valid options."""
        tab = options.get(OPTION_TAB, 0)
        valid = isinstance(tab, int) and not isinstance(tab, bool) and 0 <= tab < len(TABS)
        source = options.get(OPTION_SOURCE, "bundled")
        return cls(tab=tab if valid else 0,
                   source=source if source in us.SOURCES else "bundled")

    @staticmethod
    def update(name: str, value: Any) -> dict[str, Any]:
        """The ``ViewState.options`` entry that sets field ``name`` to ``value``."""
        if name == "source":
            return {OPTION_SOURCE: str(value) if value in us.SOURCES else "bundled"}
        if name != "tab":
            raise KeyError(name)
        return {OPTION_TAB: int(value)}

    def changed_fields(self, other: ValueChainOptions) -> set[str]:
        return {f for f in ("tab", "source") if getattr(self, f) != getattr(other, f)}


def short_source(title: str | None) -> str:
    """A source title without its parenthesised detail, for captions."""
    text = str(title or "")
    for cut in SOURCE_CUTS:
        text = text.split(cut)[0]
    return text.strip()


def source_line(row: Any) -> str:
    """Publisher, title and edition of one row, for tooltips."""
    parts = [str(row.get("source") or "")]
    edition = row.get("edition")
    if edition and str(edition) not in parts[0]:
        parts.append(str(edition))
    publisher = row.get("source_publisher")
    if publisher:
        parts.append(str(publisher))
    return " · ".join(p for p in parts if p)


def segment_label(row: Any) -> str:
    """A segment's short name on its bar ('not stated' for the unattributed rest)."""
    if row.segment == vc.UNSTATED:
        return translate("ValueChain", "not stated")
    return zh_name(row.segment) or translate(
        "ValueChain", SHORT_NAMES.get(row.segment_label, row.segment_label))


class Segment(NamedTuple):
    """One segment of a bar, the fields drawing needs (itertuples on the wide frame is slow)."""

    segment: str
    segment_label: str
    segment_kind: str
    bottom: float
    share_pct: float


def segments_of(rows: pd.DataFrame) -> tuple[Segment, ...]:
    if rows.empty:
        return ()
    return tuple(Segment(*values) for values in zip(
        rows["segment"], rows["segment_label"], rows["segment_kind"],
        rows["bottom"].astype(float), rows["share_pct"].astype(float), strict=True))


def by_share(rows: pd.DataFrame) -> tuple[Segment, ...]:
    """Largest first (the order colours are given in)."""
    return segments_of(rows.sort_values("share_pct", ascending=False)) if not rows.empty else ()


@dataclass(frozen=True)
class ColumnView:
    """What one stage column shows for a year: a bar (``rows``) or a no-data offer."""

    stage: str
    year: int
    rows: pd.DataFrame
    scope: str = ""
    source: str = ""
    summary: str = ""
    others: str = ""                 # tooltip of the summary: other sources' China share
    no_data: str = ""
    nearest: int | None = None
    segments: tuple[Segment, ...] = ()    # bottom to top
    largest: tuple[Segment, ...] = ()     # largest first

    @property
    def token(self) -> tuple:
        """Equal tokens mean an equal picture (the column is not redrawn)."""
        if self.rows.empty:
            return ("none", self.stage, self.no_data, self.nearest, self.scope)
        return ("rows", self.stage, self.year)


class ValueChainModel:
    """The panel's data, shaped once: stages, stated top-3, deposits, concentration per stage.
    The data do not change while the panel lives, so bars and columns are cached per year."""

    def __init__(self, store: Store, source: str = "bundled",
                 frames: data.ValueChainFrames | None = None) -> None:
        self.store, self.source = store, source
        self.frames = frames = frames if frames is not None else data.load(store)
        stages = vc.build_stages(frames.production, frames.chain, frames.supply,
                                 frames.us_end_use, frames.demand)
        countries = store.countries()
        set_country_names(dict(zip(countries["iso3"], countries["name_zh"].fillna(""),
                                   strict=True)))
        self.user_rows, self.user_notes = us.stage_rows(frames.user_stages)
        self.stages = us.combine(stages, self.user_rows, source)
        self.top3 = vc.stated_top3(frames.chain)
        self.deposits = vc.deposit_light_heavy(frames.deposits)
        self.conc_by_stage = {key: concentration_over_time(self.stages, key, self.top3)
                              for key, _label in vc.STAGES}
        first = self.stages.drop_duplicates("segment")  # a segment's kind, as first listed
        self.kinds: dict[str, str] = dict(zip(first["segment"].astype(str),
                                              first["segment_kind"].astype(str), strict=True))
        self._bars: dict[tuple[str, int], pd.DataFrame] = {}
        self._columns: dict[tuple[str, int], ColumnView] = {}
        self._years: dict[int, tuple[tuple[Segment, ...], str, str]] = {}

    # -- bars --------------------------------------------------------------------------------
    def bar(self, key: str, year: int) -> pd.DataFrame:
        """One stage's bar for a year (cached)."""
        if (key, year) not in self._bars:
            self._bars[(key, year)] = vc.stack_segments(self.stages, key, year)
        return self._bars[(key, year)]

    def year_rows(self, year: int) -> pd.DataFrame:
        """The segments shown for ``year`` (every stage with data), long format."""
        parts = [self.bar(key, year) for key, _ in vc.STAGES]
        parts = [p[p["segment"] != vc.UNSTATED] for p in parts if not p.empty]
        return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()

    def year_view(self, year: int) -> tuple[tuple[Segment, ...], str, str]:
        """(the year's segments largest first, heading, sources line), cached per year."""
        if year not in self._years:
            self._years[year] = (by_share(self.year_rows(year)), self.heading(year),
                                 self.sources_text(year))
        return self._years[year]

    def heading(self, year: int) -> str:
        """'Who holds each stage …, 2024 — China: mining 71 %, …' (the view's headline)."""
        parts = []
        for key in vc.COUNTRY_STAGES:
            rows = self.bar(key, year)
            china = rows[rows["segment"] == "CHN"] if not rows.empty else rows
            if not china.empty:
                label = translate("ValueChain", {"refining": "refining"}.get(
                    key, STAGE_WORDS[key]))
                parts.append(f"{label} {china['share_pct'].iloc[0]:.0f} %")
        title = translate(
            "ValueChain", "Who holds each stage of the rare earth chain, {year}").format(year=year)
        china = translate("ValueChain", " — China: {shares}").format(
            shares=translate("ValueChain", ", ").join(parts))
        return title + (china if parts else "")

    def column(self, key: str, year: int) -> ColumnView:
        """The stage column for a year (cached): the bar with its texts, or what to say."""
        if (key, year) not in self._columns:
            self._columns[(key, year)] = self._column(key, year)
        return self._columns[(key, year)]

    def _column(self, key: str, year: int) -> ColumnView:
        rows = self.bar(key, year)
        if rows.empty:
            years = vc.stage_years(self.stages, key)
            nearest = vc.nearest_year(years, year)
            if nearest is None:
                text = translate(
                    "ValueChain", "No sourced {stage} data by country for any year in the bundled "
                    "sources.").format(stage=stage_word(key))
            else:
                text = translate("ValueChain", "no data for {year}").format(year=year)
            scope = translate("ValueChain", "years with data: {years}").format(
                years=", ".join(str(y) for y in years[-6:])) if years else ""
            return ColumnView(key, year, rows, scope=scope, no_data=text, nearest=nearest)
        scope, source = self.scope_text(rows)
        return ColumnView(key, year, rows, scope=scope, source=source,
                          summary=self.summary_text(key, year),
                          others=self.other_figures_text(key, year),
                          segments=segments_of(rows), largest=by_share(rows))

    @staticmethod
    def scope_text(rows: pd.DataFrame) -> tuple[str, str]:
        """(scope, source) lines under a stage title."""
        first = rows.iloc[0]
        source = short_source(first["source"])
        edition = str(first["edition"] or "")
        label = source if not edition or edition in source.replace(" ", "") else \
            f"{source} ({edition})"
        scope = translate("ValueChain", str(first["scope"]))
        if "scope, e.g." in scope:
            scope = translate("ValueChain", "rare earths (scope not stated by the source)")
        if first["projection"]:
            scope = translate("ValueChain", "<b>PROJECTION ({scenario})</b>: {scope}").format(
                scenario=first["scenario"], scope=scope)
        return scope, label

    def other_figures_text(self, key: str, year: int) -> str:
        """Tooltip: China's share in the sources not used for this bar, with their scope."""
        others = vc.other_figures(self.stages, key, year)
        if others.empty:
            return ""
        lines = [translate("ValueChain", "China's share in other sources for {year} (not "
                                   "used in the bar):").format(year=year)]
        lines += [f"• {r.share_pct:.0f} % — {short_source(r.source)}; {r.scope}"
                  for r in others.itertuples()]
        return "\n".join(lines)

    def summary_text(self, key: str, year: int) -> str:
        """Top 3, HHI (≥ when a lower bound), rounding over 100 %, what an edition omits."""
        if key == "end_use":
            return translate("ValueChain", "split by use, not by country")
        conc = self.conc_by_stage[key]
        conc = conc[conc["year"] == year]
        if conc.empty or conc["hhi"].isna().all():
            return ""
        row = conc.iloc[0]
        sign = "≥ " if row["hhi_lower_bound"] else ""
        total = vc.share_total(self.stages, key, year)
        over = "<br>" + translate("ValueChain", "countries sum to {total} % (rounded world "
                                  "total)").format(total=f"{total:.1f}") \
            if total > 100.05 else ""
        missing = row.get("missing") or ""
        omitted = ", ".join(m.split(" (")[0] for m in missing.split("; "))
        gap = ("<br>" + translate("ValueChain", "incomplete: omits {names}").format(
            names=omitted)) if missing else ""
        text = translate("ValueChain", "Top 3: {sign}{top3} % · HHI {sign}{hhi}").format(
            sign=sign, top3=f"{row['top3_pct']:.0f}", hhi=f"{row['hhi']:,.0f}")
        if row["hhi_lower_bound"]:
            text += translate("ValueChain", " (lower bound)")
        return text + over + gap

    def describe_segment(self, key: str, rows: pd.DataFrame, segment: str | None) -> str:
        """Tooltip: segment, stage, year, value with unit, share, flag, doubt, source."""
        if segment is None or rows.empty or not (rows["segment"] == segment).any():
            return ""
        row = rows[rows["segment"] == segment].iloc[0]
        name = display_name(segment, str(row["segment_label"]))
        lines = [f"{name} — {stage_title(key)}, {int(row['year'])}"]
        if segment == vc.UNSTATED:
            lines.append(translate("ValueChain", "{share} not attributed to any country by the "
                                   "source").format(share=percent(row["share_pct"])))
        else:
            if row["unit"] and row["unit"] != "%":
                lines.append(translate("ValueChain", "Value: {value}").format(
                    value=number(row["value"], row["unit"])))
            lines.append(translate("ValueChain", "Share: {share} % ({denominator})").format(
                share=f"{row['share_pct']:.1f}", denominator=row["denominator"]))
            flag = flag_text(row["flag"])
            if flag:
                lines.append(translate("ValueChain", "Flag: {flag}").format(flag=flag))
            if row["segment_kind"] == "lump":
                lines.append(translate("ValueChain", "A lump of several countries: not counted "
                                       "as one country"))
            if isinstance(row.get("note"), str) and row["note"].startswith("Doubt:"):
                lines.append(row["note"])
        if isinstance(row.get("missing"), str) and row["missing"]:
            lines.append(translate("ValueChain", "Incomplete: this edition omits {names}").format(
                names=row["missing"]))
        if row["projection"]:
            lines.append(translate("ValueChain", "PROJECTION ({scenario})").format(
                scenario=row["scenario"]))
        lines.append(translate("ValueChain", "Scope: {scope}").format(
            scope=translate("ValueChain", str(row["scope"]))))
        lines.append(translate("ValueChain", "Source: {source}").format(source=source_line(row)))
        return "\n".join(lines)

    # -- export and sources ------------------------------------------------------------------
    def export_frame(self, year: int) -> pd.DataFrame:
        """The year's shares, the stages without data, and every concentration figure."""
        shares = self.year_rows(year)
        out = []
        if not shares.empty:
            out.append(pd.DataFrame({
                "record": "share", "stage": shares["stage"], "year": shares["year"],
                "country_iso3": shares["country_iso3"], "segment": shares["segment"],
                "name": shares["segment_label"], "value": shares["value"],
                "unit": shares["unit"], "share_pct": shares["share_pct"],
                "flag": shares["flag"], "lower_bound": False,
                "projection": shares["projection"], "scope": shares["scope"],
                "source": shares["source"], "source_publisher": shares["source_publisher"],
                "edition": shares["edition"], "source_url": shares["source_url"],
                "note": [f"{d}; {n}" if isinstance(n, str) and n else d
                         for d, n in zip(shares["denominator"], shares["note"], strict=True)]}))
        out += [self._no_data_rows(year), self._concentration_rows()]
        return pd.concat([o for o in out if not o.empty], ignore_index=True)

    def _no_data_rows(self, year: int) -> pd.DataFrame:
        rows = []
        for key, _label in vc.STAGES:
            if self.bar(key, year).empty:
                nearest = vc.nearest_year(vc.stage_years(self.stages, key), year)
                note = (f"no data for {year}; nearest year with data: {nearest}"
                        if nearest else "no sourced data for any year")
                rows.append({"record": "no data", "stage": key, "year": year, "note": note})
        return pd.DataFrame(rows)

    def _concentration_rows(self) -> pd.DataFrame:
        rows = []
        for key in vc.COUNTRY_STAGES:
            for r in self.conc_by_stage[key].itertuples():
                for measure, value, unit in (("top1_pct", r.top1_pct, "%"),
                                             ("top3_pct", r.top3_pct, "%"),
                                             ("hhi", r.hhi, "HHI (0-10,000)")):
                    rows.append({"record": measure, "stage": key, "year": r.year,
                                 "country_iso3": r.top_country if measure == "top1_pct"
                                 else None, "value": value, "unit": unit,
                                 "lower_bound": bool(r.hhi_lower_bound) and measure != "top1_pct",
                                 "projection": bool(r.projection), "source": r.source,
                                 "edition": r.edition, "note": r.note})
        return pd.DataFrame(rows)

    def sources_text(self, year: int) -> str:
        """The caption: every source of the bars shown, then the deposit and Bayan Obo ones."""
        rows = self.year_rows(year)
        names = []
        if not rows.empty:
            for row in rows.drop_duplicates("source_id").itertuples():
                label = short_source(row.source)
                if row.edition and str(row.edition) not in label and (
                        row.stage == "mining" or row.edition == us.YOURS):
                    label += f" ({row.edition})"
                names.append(label)
        names += list(FIXED_SOURCES)
        return "; ".join(dict.fromkeys(names))
