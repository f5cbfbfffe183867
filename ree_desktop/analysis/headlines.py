"""The Overview's headline figures, computed from the data layer's frames (no Qt).

Each headline is the latest year that has data, with its flag and source, and a short
history for the sparkline. Nothing is filled in: a headline with no data says so.
Titles and details come from the templates in ``data.headline_table`` and ``params``, so a
stored headline reads in the interface's language the same way as a live one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ree_desktop.analysis.shares import production_shares
from ree_desktop.analysis.trends import cagr
from ree_desktop.data.headline_table import DETAILS, TITLES, headline_text


@dataclass
class Headline:
    key: str
    title: str
    value: float | None
    unit: str
    year: int | None
    flag: str | None
    source: str
    detail: str = ""
    target_panel: str = ""
    history: pd.Series = field(default_factory=lambda: pd.Series(dtype=float))
    dashed_from: int | None = None  # history points from this year on are projections
    params: dict = field(default_factory=dict)  # what the title and detail are made of


def _title(key: str, **params) -> str:
    return headline_text(TITLES, key, params) or key


def _detail(key: str, params: dict) -> str:
    return headline_text(DETAILS, key, params) or ""


def _source_line(row: pd.Series) -> str:
    edition = row.get("edition")
    publisher = row.get("source_publisher") or ""
    label = row.get("source") or publisher
    return f"{label}" + (f" ({edition})" if edition and str(edition) not in label else "")


def world_production(production: pd.DataFrame) -> Headline:
    world = production[(production["country_iso3"] == "WLD") & (production["preferred"] == 1)]
    world = world.dropna(subset=["value"]).sort_values("year")
    if world.empty:
        return Headline("world_production", _title("world_production"), None, "t REO", None,
                        None, "", target_panel="countries")
    latest = world.iloc[-1]
    return Headline("world_production", _title("world_production"), float(latest["value"]),
                    "t REO", int(latest["year"]), latest["flag"], _source_line(latest),
                    target_panel="countries",
                    history=world.set_index("year")["value"].astype(float))


def china_mining_share(production: pd.DataFrame) -> Headline:
    shares = production_shares(production)
    china = shares[shares["country_iso3"] == "CHN"].dropna(subset=["share_pct"])
    china = china.sort_values("year")
    if china.empty:
        return Headline("china_mining", _title("china_mining"), None, "%", None, None, "")
    latest = china.iloc[-1]
    params = {"value": float(latest["value"]), "world": float(latest["world_value"]),
              "edition": str(latest["edition"])}
    return Headline("china_mining", _title("china_mining"), float(latest["share_pct"]),
                    "%", int(latest["year"]), latest["flag"], _source_line(latest),
                    detail=_detail("china_mining", params), target_panel="value-chain",
                    history=china.set_index("year")["share_pct"].astype(float),
                    params=params)


def china_stage_share(shares: pd.DataFrame, stage: str) -> Headline:
    """China's share of a stage from the value-chain table (observed rows for the headline).

    Prefers the IEA figure stated in words over a derived one for the same year.
    """
    key = f"china_{stage}"
    title = _title(key)
    rows = shares[(shares["stage"] == stage) & (shares["country_iso3"] == "CHN")]
    rows = rows.dropna(subset=["value"]).copy()
    if rows.empty:
        return Headline(key, title, None, "%", None, None, "")
    rows["observed"] = rows["scenario"].isna() | (rows["scenario"] == "")
    rows["derived"] = rows["note"].fillna("").str.contains("derived")
    observed = rows[rows["observed"]].sort_values(["year", "derived"], ascending=[True, True])
    latest = observed.groupby("year").head(1).iloc[-1] if not observed.empty else rows.iloc[-1]
    history = rows.sort_values(["year", "derived"]).groupby("year").head(1)
    first_projection = rows.loc[~rows["observed"], "year"].min()
    params = {"scope": latest.get("item") or ""}
    return Headline(key, title, float(latest["value"]), "%", int(latest["year"]),
                    latest["flag"], _source_line(latest), detail=_detail(key, params),
                    target_panel="value-chain",
                    history=history.set_index("year")["value"].astype(float),
                    dashed_from=None if pd.isna(first_projection) else int(first_projection),
                    params=params)


def latest_price(prices: pd.DataFrame, element: str = "Nd+Pr") -> Headline:
    """The newest preferred annual price of ``element`` (USGS codes: Nd, Dy, Nd+Pr …)."""
    rows = prices[(prices["element"] == element) & (prices["preferred"] == 1)]
    rows = rows.dropna(subset=["value"]).sort_values("year")
    key = f"price_{element}"
    params = {"element": element.replace("+", "")}
    title = _title(key, **params)
    if rows.empty:
        return Headline(key, title, None, "USD/kg", None, None, "",
                        target_panel="prices", params=params)
    latest = rows.iloc[-1]
    params.update(item=str(latest["item"]), basis=str(latest["basis"]))
    return Headline(key, title, float(latest["value"]), latest["unit"],
                    int(latest["year"]), latest["flag"], _source_line(latest),
                    detail=_detail(key, params), target_panel="prices",
                    history=rows.set_index("year")["value"].astype(float), params=params)


def demand_growth(demand: pd.DataFrame, scenario: str = "STEPS",
                  end_year: int = 2040) -> Headline:
    """Growth of total magnet rare earth demand from the base year to ``end_year`` (IEA)."""
    total = demand[(demand["item"] == "Total demand") & (demand["element"] == "NdPrTbDy")]
    base = total[total["scenario"] == "Base year"].dropna(subset=["value"])
    path = total[total["scenario"] == scenario].dropna(subset=["value"])
    params: dict = {"scenario": scenario, "year": end_year}
    title = _title("demand_growth", **params)
    if base.empty or path[path["year"] == end_year].empty:
        return Headline("demand_growth", title, None, "% a year", None, None, "",
                        target_panel="demand", params=params)
    base_row = base.sort_values("year").iloc[-1]
    end_row = path[path["year"] == end_year].iloc[0]
    growth = cagr(float(base_row["value"]), float(end_row["value"]),
                  end_year - int(base_row["year"]))
    shown = path[path["year"] <= end_year]  # the sparkline ends where the title does
    history = pd.concat([base.set_index("year")["value"], shown.set_index("year")["value"]])
    params.update(base=float(base_row["value"]), base_year=int(base_row["year"]),
                  end=float(end_row["value"]), end_year=end_year)
    return Headline("demand_growth", title, growth, "% a year", end_year, None,
                    _source_line(end_row), detail=_detail("demand_growth", params),
                    target_panel="demand", history=history.sort_index().astype(float),
                    dashed_from=int(base_row["year"]) + 1, params=params)


def from_store(store) -> list[Headline]:
    """The Overview's six headlines, in its order, from a ``data.store.Store``'s queries."""
    production = store.mine_production(preferred_only=False)
    chain = store.observations("value_chain_shares")
    prices = store.prices(elements=["Nd+Pr"])
    demand = store.observations("demand_projections")
    return [
        world_production(production),
        china_mining_share(production),
        china_stage_share(chain, "refining"),
        china_stage_share(chain, "magnet"),
        latest_price(prices, "Nd+Pr"),
        demand_growth(demand, "STEPS", 2040),
    ]
