"""Map part of the Countries panel: every country coloured by the metric's class for one year
(zero, "0 or not reported" and "no data" apart; growth on a clipped diverging scale), the
chosen ones outlined, estimates dashed; clicking a country adds or removes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ree_desktop.ui import theme
from ree_desktop.ui.charts import restyle
from ree_desktop.ui.map_legend import ColorScaleLegend
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.countries import texts as tx
from ree_desktop.ui.panels.countries.model import has_flag
from ree_desktop.ui.world_map import WorldMap

#: Metrics read as change (signed): drawn on a diverging scale centred on zero.
DIVERGING_METRICS = frozenset({"growth", "cagr"})

if TYPE_CHECKING:
    from ree_desktop.ui.panels.countries.panel import CountriesPanel


class MapPart(Part):
    """Drawn while the map tab is shown, when its rows, year, scale or marks changed."""

    watches = frozenset({"countries", "year_range", "year", "metric", "share", "log",
                         "estimates", "view"})

    def __init__(self, panel: CountriesPanel) -> None:
        super().__init__()
        self.panel = panel
        self.map = WorldMap()
        self.map.countryClicked.connect(panel.toggle_country)
        self.legend = ColorScaleLegend()
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(objectName="mapTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.legend)

    def active(self) -> bool:
        return self.panel.current_view() == "map"

    def key(self):
        options = self.panel.options
        return self.panel.rows_key(), self.panel.state.year, options.log, options.estimates

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        restyle(self.map, chart)

    def draw(self) -> None:
        rows = self.panel.rows
        frame = rows.map_rows
        values = dict(zip(frame["country_iso3"], frame["value"], strict=True))
        zero_unknown = zero_or_not_reported(rows.full, rows.view_year)
        self.map.set_values(values, rows.countries, log=rows.use_log(),
                            describe=self.describe_country, estimates=rows.map_estimates(),
                            diverging=rows.metric_key in DIVERGING_METRICS or None,
                            zero_unknown=zero_unknown, unit=rows.unit)
        self.legend.set_scale(self.map.scale, tx.unit_label(rows.unit),
                              zero_unknown=bool(self.map.zero_unknown))
        title = rows.map_title()
        self.title.setText(title)
        # the title's third part explains the outlines: exports keep it as a note (any language)
        parts = title.split("·")
        self.title.setProperty("exportNotes", [parts[2].strip()] if len(parts) > 2 else [])

    def describe_country(self, iso3: str) -> str:
        return self.panel.rows.describe_country(iso3)


def zero_or_not_reported(frame: pd.DataFrame, year: int) -> set[str]:
    """Countries whose only figure for ``year`` is a printed 0 from a source that does not
    tell zero from not reported (stored empty with the ``0?`` flag): dotted, not 'no data'."""
    if frame.empty or "flag" not in frame:
        return set()
    rows = frame[(frame["year"] == year) & frame["value"].isna()]
    return set(rows.loc[has_flag(rows["flag"], "0?"), "country_iso3"])
