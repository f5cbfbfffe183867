"""Map part of the Countries panel: every country coloured by the metric for one year, the
chosen ones outlined, estimates dashed; clicking a country adds or removes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ree_desktop.ui import theme
from ree_desktop.ui.charts import restyle
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.world_map import ColorScaleLegend, WorldMap

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
        self.map.set_values(values, rows.countries, log=rows.use_log(),
                            describe=self.describe_country, estimates=rows.map_estimates())
        self.legend.set_scale(self.map.scale, rows.unit)
        self.title.setText(rows.map_title())

    def describe_country(self, iso3: str) -> str:
        return self.panel.rows.describe_country(iso3)
