"""Countries: compare any countries on one metric, over time, ranked for a year, or on a map.

Left: the metric, the countries (search, groups, top producers) and the toggles. Right: four
views of the same rows (line.py, bars.py, map.py, table.py), a note naming countries without
data and the source caption. Every control writes to the shared ViewState (countries, metric,
view, year, options['countries.*']) through a binding; what the views show comes from the
Qt-free model (model.py, rows_model.py), and a change reaches only the parts that watch it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.data.countries import REGION_GROUPS
from ree_desktop.i18n import QT_TRANSLATE_NOOP
from ree_desktop.ui.binding import bind
from ree_desktop.ui.charts import SourceCaption
from ree_desktop.ui.panels.base import Panel
from ree_desktop.ui.panels.countries import model as m
from ree_desktop.ui.panels.countries import texts as tx
from ree_desktop.ui.panels.countries.bars import BarsPart
from ree_desktop.ui.panels.countries.line import LinePart, YearGuidePart
from ree_desktop.ui.panels.countries.map import MapPart
from ree_desktop.ui.panels.countries.notes import NotesArea, NotesPart
from ree_desktop.ui.panels.countries.reflow import ElidingCombo, Sidebar
from ree_desktop.ui.panels.countries.rows_model import CountryRows
from ree_desktop.ui.panels.countries.table import TablePart
from ree_desktop.ui.state import ViewStateData
from ree_desktop.ui.widgets import CountryPicker

TOGGLES = (
    ("share", QT_TRANSLATE_NOOP("Countries", "Share of world"),
     QT_TRANSLATE_NOOP("Countries", "Production or reserves as a share of the world total "
                       "from the same edition")),
    ("log", QT_TRANSLATE_NOOP("Countries", "Log axis"),
     QT_TRANSLATE_NOOP("Countries", "Logarithmic value axis (log colour scale on the map)")),
    ("estimates", QT_TRANSLATE_NOOP("Countries", "Mark estimates"),
     QT_TRANSLATE_NOOP("Countries", "Estimated figures: hollow markers, dashed lines, "
                       "hatched bars")),
    ("revisions", QT_TRANSLATE_NOOP("Countries", "Show revisions"),
     QT_TRANSLATE_NOOP("Countries", "Every edition's figure as small marks; the table lists "
                       "all editions")))
VIEW_TABS = (QT_TRANSLATE_NOOP("Countries", "Line"), QT_TRANSLATE_NOOP("Countries", "Bars"),
             QT_TRANSLATE_NOOP("Countries", "Map"), QT_TRANSLATE_NOOP("Countries", "Table"))
#: The quick groups' names as shown (the keys stay those of REGION_GROUPS).
GROUP_NAMES = {"Top 5": QT_TRANSLATE_NOOP("Countries", "Top 5"),
               "EU27": QT_TRANSLATE_NOOP("Countries", "EU27"),
               "G7": QT_TRANSLATE_NOOP("Countries", "G7"),
               "ASEAN": QT_TRANSLATE_NOOP("Countries", "ASEAN"),
               "Quad": QT_TRANSLATE_NOOP("Countries", "Quad")}


class CountriesPanel(Panel):
    name = "countries"
    title = "Countries"
    watches = frozenset({"countries", "year_range", "year", "metric", "view", "options",
                         "theme", "font_size"})
    options_type = m.CountriesOptions

    def __init__(self, store, state, parent=None):
        super().__init__(store, state, parent)
        self.model = m.CountriesModel(store)
        self.names = self.model.names
        self._choice: tuple[Any, m.MetricChoice] | None = None
        self._rows: tuple[tuple, CountryRows] | None = None
        self._listed_order: tuple[str, ...] | None = None
        self._version: tuple[ViewStateData, Any] | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        sidebar = self._build_sidebar()
        outer.addWidget(sidebar.scroll)
        sidebar.watch_panel(self)
        outer.addWidget(self._build_views(), 1)
        state.changed.connect(self._show_countries)

    # -- options, metric, rows ----------------------------------------------------------------
    def data_version(self) -> Any:
        """The store's version, read once per state (every part's key asks for it; an import
        calls ``refresh``, which reads it again)."""
        if self._version is None or self._version[0] is not self.state.data:
            self._version = (self.state.data, self.store.version())
        return self._version[1]

    @property
    def choice(self) -> m.MetricChoice:
        """The metric the state names (production, with a warning, for an unknown key)."""
        key = (self.state.metric, self.data_version())
        if self._choice is None or self._choice[0] != key:
            self._choice = (key, self.model.resolve(self.state.metric))
        return self._choice[1]

    def rows_key(self) -> tuple:
        """The inputs of the rows every view draws from (not the year or the marks)."""
        data, options = self.state.data, self.options
        return (data.metric, options.share, options.revisions, options.by_item,
                tuple(data.countries), tuple(data.year_range), self.data_version())

    @property
    def rows(self) -> CountryRows:
        """The rows of the current state; a year change re-ranks only the bars and map."""
        key, year = self.rows_key(), int(self.state.year)
        if self._rows is None or self._rows[0] != key:
            self._rows = (key, CountryRows.build(self.model, self.state.metric, self.options,
                                                 self.state.countries, self.state.year_range,
                                                 year))
        elif self._rows[1].year != year or self._rows[1].options != self.options:
            self._rows = (key, self._rows[1].with_state(year, self.options))
        return self._rows[1]

    def current_view(self) -> str:
        return self.state.view if self.state.view in m.VIEWS else "line"

    # -- building -----------------------------------------------------------------------------
    def _build_sidebar(self) -> Sidebar:
        side = Sidebar(objectName="countriesSidebar")
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(QLabel(self.tr("<b>Metric</b>")))
        self.metric_combo = ElidingCombo(objectName="metricCombo")
        self.metric_binding = bind(self.metric_combo, self.state, "metric",
                                   read=lambda _d: self.choice.key,
                                   prepare=self._list_metrics)
        layout.addWidget(self.metric_combo)
        side.set_combo(self.metric_combo)
        layout.addWidget(self._build_items_choice())
        layout.addWidget(QLabel(self.tr("<b>Countries</b>")))
        entries = [(r.iso3, r.name, r.search) for r in self.model.country_table.itertuples()]
        self.picker = CountryPicker(entries)
        self.picker.setObjectName("countriesPicker")
        self.picker.selectionChanged.connect(self._countries_picked)
        self.picker.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.picker, 1)
        groups = self._group_buttons()
        layout.addLayout(groups)
        layout.addWidget(QLabel(self.tr("<b>Show</b>")))
        self.toggles: dict[str, QCheckBox] = {}
        for key, text, tip in TOGGLES:
            box = QCheckBox(tx.tr(text), objectName=f"toggle_{key}")
            box.setToolTip(tx.tr(tip))
            bind(box, self.state, read=lambda _d, k=key: getattr(self.options, k),
                 write=lambda on, k=key: self.state.update(
                     options=m.CountriesOptions.update(k, on)),
                 fields={"options", "metric"},
                 prepare=lambda w, _d, k=key: w.setEnabled(self._toggle_enabled(k)))
            layout.addWidget(box)
            self.toggles[key] = box
        year_row = QGridLayout()  # label over the spin box when the font leaves no room
        year_label = QLabel(self.tr("Year (bars, map)"), objectName="countriesYearLabel")
        self.year_spin = QSpinBox(objectName="countriesYear")
        self.year_spin.setKeyboardTracking(False)
        self.year_binding = bind(self.year_spin, self.state, "year",
                                 read=lambda d: int(d.year), fields={"metric", "options"},
                                 prepare=self._year_range)
        layout.addLayout(year_row)
        side.set_year_row(year_row, year_label, self.year_spin)
        side.set_groups(groups, list(self.group_buttons.values()))
        return side

    def _build_items_choice(self) -> QWidget:
        """One line per item (mine, company) or the sum per country: shown only for a
        metric with items; remembered in the view options (``countries.by_item``)."""
        self.items_box = QWidget(objectName="countriesItemsBox")
        row = QVBoxLayout(self.items_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("<b>Items</b>")))
        self.items_combo = QComboBox(objectName="countriesItems")
        self.items_combo.addItem(self.tr("Sum per country (≥ where items are missing)"), "sum")
        self.items_combo.addItem(self.tr("One line per item"), "each")
        self.items_combo.setToolTip(self.tr(
            "Your dataset names items (mines, companies): draw each one, or their sum per "
            "country — a lower bound (≥) in years where some items have no figure"))
        row.addWidget(self.items_combo)
        self.items_box.setVisible(False)
        self.items_binding = bind(self.items_combo, self.state,
             read=lambda _d: "each" if self.options.by_item else "sum",
             write=lambda value: self.state.update(
                 options=m.CountriesOptions.update("by_item", value == "each")),
             fields={"options", "metric"},
             prepare=lambda _w, _d: self.items_box.setVisible(self.choice.has_items))
        return self.items_box

    def _group_buttons(self) -> QGridLayout:
        groups = QGridLayout()
        self.group_buttons: dict[str, QPushButton] = {}
        for index, name in enumerate(["Top 5", *REGION_GROUPS]):
            shown = tx.tr(GROUP_NAMES[name]) if name in GROUP_NAMES else name
            button = QPushButton(shown, objectName=f"group_{name.replace(' ', '')}")
            button.setToolTip(self.tr("Select the five largest producers of the chosen year")
                              if name == "Top 5" else
                              self.tr("Select the {group} members: {codes}").format(
                                  group=shown, codes=", ".join(REGION_GROUPS[name])))
            button.clicked.connect(lambda _=False, n=name: self.select_group(n))
            groups.addWidget(button, index // 3, index % 3)
            self.group_buttons[name] = button
        return groups

    def _build_views(self) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(objectName="countriesViews")
        self.line = self.add_part(LinePart(self))
        self.add_part(YearGuidePart(self, self.line))
        self.bars = self.add_part(BarsPart(self))
        self.map_part = self.add_part(MapPart(self))
        self.table_part = self.add_part(TablePart(self))
        for part, label in zip((self.line, self.bars, self.map_part, self.table_part),
                               VIEW_TABS, strict=True):
            self.tabs.addTab(part.widget, tx.tr(label))
        bind(self.tabs, self.state, "view", values=m.VIEWS,
             read=lambda _d: self.current_view())
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.detail = QLabel(objectName="countriesDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setVisible(False)  # shown with a clicked bar's figure or a message
        self.note = QLabel(objectName="countriesNote")
        self.note.setWordWrap(True)
        self.caption = SourceCaption()
        self.notes_area = NotesArea([self.detail, self.note, self.caption])
        layout.addWidget(self.notes_area)
        self.notes = self.add_part(NotesPart(self, self.note, self.caption))
        self._aliases()
        return host

    def _aliases(self) -> None:
        """The widgets under the names tests, the window and the exports know them by."""
        line, bars, world = self.line, self.bars, self.map_part
        self.line_plot, self.legend, self.year_line = line.plot, line.legend, line.year_line
        self.line_tooltip = line.tooltip
        self.series_items, self.dashed_items = line.series_items, line.dashed_items
        self.events_toggle, self.events_overlay = line.events_toggle, line.events_overlay
        self.bar_plot, self.bar_axis, self.bar_tooltip = bars.plot, bars.axis, bars.tooltip
        self.map, self.map_legend, self.map_title = world.map, world.legend, world.title
        self.table, self.table_model = self.table_part.table, self.table_part.model

    @property
    def revision_item(self):
        return self.line.revision_item

    @property
    def bar_item(self):
        return self.bars.item

    # -- state → controls ---------------------------------------------------------------------
    def _list_metrics(self, combo: QComboBox, _data: ViewStateData) -> None:
        """The combo's metrics, listed anew only when the user's datasets changed."""
        entries = self.model.metric_entries()
        if [combo.itemData(i) for i in range(combo.count())] != [k for k, _ in entries]:
            combo.clear()
            for key, label in entries:
                combo.addItem(label, key)

    def _toggle_enabled(self, key: str) -> bool:
        spec = self.choice.spec
        return {"share": spec.has_share, "revisions": spec.has_revisions,
                "log": self.choice.key != "growth"}.get(key, True)

    def _year_range(self, spin: QSpinBox, data: ViewStateData) -> None:
        """Years a user can pick: production's, widened by the metric's (reserves: 2026)."""
        low, high = self.rows.year_bounds()
        spin.setRange(min(low, int(data.year)), max(high, int(data.year)))

    def _show_countries(self, fields: set[str]) -> None:
        """Check the state's countries in the picker, checked ones first in selection order,
        then the countries with data for the metric (while the panel is hidden it waits:
        ``refresh`` does it when shown)."""
        if not self.isVisible():
            return
        if fields & {"metric", "options", "countries", "year_range"}:
            self.picker.set_data_countries(*self.data_countries())
        countries = tuple(self.state.countries)
        if "countries" not in fields or self._listed_order == countries:
            return
        self.picker.set_selected(countries)
        self._listed_order = countries
        self.picker.show_first(countries)

    def data_countries(self) -> tuple[frozenset[str], str]:
        """Countries with a figure for the chosen metric (any year), and the metric's name:
        the pickers list them first."""
        full = self.rows.full
        codes = full.loc[full["value"].notna(), "country_iso3"] if not full.empty else ()
        return frozenset(codes), self.choice.spec.label

    # -- controls → state ---------------------------------------------------------------------
    def _countries_picked(self, codes: list[str]) -> None:
        kept = [c for c in self.state.countries if c in codes]
        self.state.update(countries=kept + [c for c in codes if c not in kept])

    def select_group(self, name: str) -> None:
        """Replace the selection with a quick group (Top 5 of the chosen year, EU27, …)."""
        if name == "Top 5":
            codes = self.model.top_producers(int(self.state.year))
            if not codes:
                self.detail.setText(self.tr("No production data for {year}: pick another "
                                            "year for the top 5.").format(
                                                year=self.state.year))
                self.detail.setVisible(True)
                self.notes_area.refit()
                return
        else:
            codes = list(REGION_GROUPS[name])
        self.state.update(countries=codes)

    def toggle_country(self, iso3: str) -> None:
        """Add a country to the selection or remove it (map clicks)."""
        codes = list(self.state.countries)
        codes = [c for c in codes if c != iso3] if iso3 in codes else [*codes, iso3]
        self.state.update(countries=codes)

    def pick_year(self, year: int) -> None:
        """The year the bars and the map show (clicking the line chart picks it)."""
        low, high = self.rows.year_bounds()
        self.state.update(year=min(max(year, low), high))

    def show_bar_detail(self, index: int) -> None:
        """Clicking a bar writes its full figure, flag, edition and source under the chart."""
        text = self.rows.describe_bar(index)
        if text:
            self.detail.setText(text.replace("\n", " · "))
            self.detail.setVisible(True)
            self.notes_area.refit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.notes_area.refit(self.height())

    # -- panel API ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Redraw everything visible (a theme, presentation mode or an import): the metric
        list and the year range are read again, as the user's data may have changed."""
        self._version = None
        self.metric_binding.sync()
        self.items_binding.sync()
        self.year_binding.sync()
        super().refresh()
        self._show_countries({"countries", "metric"})

    def present_highlight(self, kind: str, key: str | None) -> None:
        """Presentation mode: emphasise a country (ISO3) in every view — its line thick, its
        bar and map region outlined, the others faded; ``None`` clears. Other kinds (a
        stage, an event) mean nothing here and are ignored."""
        if kind != "country":
            return
        self.line.highlighted = self.bars.highlighted = key
        self.line.apply_highlight()
        self.map.highlight(key)
        self.bars.stale = True
        self.update_parts()

    def bar_values(self) -> list[tuple[str, float]]:
        return self.rows.bar_values()

    def describe_country(self, iso3: str) -> str:
        return self.rows.describe_country(iso3)

    def table_frame(self) -> pd.DataFrame:
        return self.rows.table_frame()

    def export_frame(self) -> pd.DataFrame:
        """Long format: line/table → the range's rows; bars → the year ranked; map → all."""
        return self.rows.export_frame(self.current_view())

    def sources_text(self) -> str:
        """Every source of what is shown (exports carry the whole list, no "+N more")."""
        return self.rows.sources_text(self.current_view(), full=True)

    def main_plot(self):
        view = self.current_view()
        return self.bar_plot if view == "bars" else self.map if view == "map" \
            else self.line_plot
