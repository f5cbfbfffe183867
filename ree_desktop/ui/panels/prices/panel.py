"""Prices & events: oxide prices with the policy and market timeline drawn on the chart.

Left: the elements to show and the axis (linear, log, rebased to 100). Centre: prices in
USD/kg (and, when chosen, the US unit value in USD/t REO on its own chart, since units never
share an axis), then China's quotas against its reported mine production. Right: every event,
searchable and filterable; selecting one highlights it on the charts, double-clicking (or
clicking its line or label on a chart) opens its detail.

This module holds the controls and the layout; each chart or list is a Part (price_chart.py,
quota_chart.py, events.py) and everything they show comes from the Qt-free model.py. A change
reaches only the parts that watch it; another panel's option does not reach this one.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.i18n import translate
from ree_desktop.ui.binding import bind
from ree_desktop.ui.charts import SourceCaption
from ree_desktop.ui.dialogs.event_detail import EventDetailDialog, open_event_detail
from ree_desktop.ui.flow_layout import CappedScroll
from ree_desktop.ui.panels.base import Panel, Part
from ree_desktop.ui.panels.prices import model as m
from ree_desktop.ui.panels.prices.events import EventListPart, OverlayPart
from ree_desktop.ui.panels.prices.price_chart import PriceChartPart
from ree_desktop.ui.panels.prices.quota_chart import QuotaChartPart
from ree_desktop.ui.panels.prices.reflow import ChartsColumn, SideReflow
from ree_desktop.ui.panels.prices.strip import EventStrip

ID = Qt.ItemDataRole.UserRole
VIEW_FIELDS = frozenset({"year_range", "elements", "axis", "base_year", "ranges"})


class ElementListPart(Part):
    """The element check list shows the state's elements (a list has no binding)."""

    watches = frozenset({"elements"})

    def __init__(self, panel: PricesPanel) -> None:
        super().__init__()
        self.panel = panel
        self.showing = False
        self.widget = QListWidget(objectName="elementList")
        for row in panel.model.elements_frame.itertuples():
            item = QListWidgetItem(m.element_display(row.element))
            item.setData(ID, row.element)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(f"{m.item_display(row.item)}\n{row.units}, "
                            f"{row.first_year}–{row.last_year}")
            self.widget.addItem(item)
        self.widget.itemChanged.connect(self._edited)

    def key(self):
        return self.panel.model.selected_elements(self.panel.state.elements)

    def draw(self) -> None:
        chosen = set(self.key())
        self.showing = True
        try:
            for i in range(self.widget.count()):
                item = self.widget.item(i)
                state = Qt.CheckState.Checked if item.data(ID) in chosen \
                    else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self.showing = False

    def _edited(self, _item: QListWidgetItem) -> None:
        if self.showing:
            return
        codes = [self.widget.item(i).data(ID) for i in range(self.widget.count())
                 if self.widget.item(i).checkState() == Qt.CheckState.Checked]
        self.panel.state.update(elements=tuple(codes))


class NotePart(Part):
    """The note (why a series or years are missing) and the source caption."""

    watches = VIEW_FIELDS

    def __init__(self, panel: PricesPanel) -> None:
        super().__init__()
        self.panel = panel
        self.note_label = QLabel(objectName="pricesNote")
        self.note_label.setWordWrap(True)
        self.caption = SourceCaption()

    def key(self):
        return self.panel.view_key()

    def draw(self) -> None:
        panel = self.panel
        notes = panel.model.notes(panel.view())
        self.note_label.setText(notes)
        self.note_label.setVisible(bool(notes))
        self.caption.set_sources(panel.caption_text())
        self.caption.setToolTip(translate("Prices", "Source: {sources}").format(
            sources=panel.sources_text()))


class PricesPanel(Panel):
    name = "prices"
    title = "Prices & events"
    watches = frozenset({"year_range", "elements", "options", "theme"})
    options_type = m.PricesOptions

    def __init__(self, store, state, parent=None):
        super().__init__(store, state, parent)
        self.model = m.PricesModel(store)
        self.all_events = self.model.all_events
        self.elements_frame = self.model.elements_frame
        self.known_elements = self.model.known_elements
        self.detail_dialog: EventDetailDialog | None = None
        self._x_span: tuple[int, int] | None = None
        self.elements_part = self.add_part(ElementListPart(self))
        self.price = self.add_part(PriceChartPart(self, "kg"))
        self.unit = self.add_part(PriceChartPart(self, "t"))
        self.quota = self.add_part(QuotaChartPart(self))
        self.strip = EventStrip(self.price.plot, self.model.all_events,
                                [self.price.plot, self.unit.plot, self.quota.plot])
        self.price.strip = self.strip
        self.strip.key_changed.connect(self.price.show_legend)
        self.strip.selected.connect(self.select_event)
        self.strip.activated.connect(self.open_event)
        self.note = self.add_part(NotePart(self))
        self.events_part = self.add_part(EventListPart(self))
        self.add_part(OverlayPart(self))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        controls, charts = self._build_controls(), self._build_charts()
        self.charts_scroll = charts
        splitter.addWidget(controls)
        splitter.addWidget(charts)
        splitter.addWidget(self.events_part.widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([130, 680, 290])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter)
        self.reflow = SideReflow(self, splitter, controls, self.charts_box,
                                 self.events_part.widget)
        self._aliases()

    # -- options --------------------------------------------------------------------------
    # -- building -------------------------------------------------------------------------
    def _build_controls(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 4, 0)
        column.addWidget(QLabel("<b>{}</b>".format(translate("Prices", "Elements"))))
        column.addWidget(self.elements_part.widget, 1)
        column.addWidget(QLabel("<b>{}</b>".format(translate("Prices", "Axis"))))
        self.axis_combo = QComboBox(objectName="axisCombo")
        for key, text in m.AXES.items():
            self.axis_combo.addItem(translate("Prices", text), key)
        bind(self.axis_combo, self.state, read=lambda _d: self.options.axis,
             write=self.option_setter("axis"), fields={"options"})
        column.addWidget(self.axis_combo)
        base_row = QHBoxLayout()
        base_row.addWidget(QLabel(translate("Prices", "Base year")))
        self.base_spin = QSpinBox(objectName="baseYear")
        self.base_spin.setRange(1900, 2030)
        self.base_spin.setKeyboardTracking(False)
        bind(self.base_spin, self.state, fields={"options", "year_range"},
             read=lambda d: self.options.base(d.year_range), write=self.option_setter("base_year"),
             prepare=lambda w, _d: w.setEnabled(self.options.axis == "rebased"))
        base_row.addWidget(self.base_spin)
        column.addLayout(base_row)
        self.ranges_check = QCheckBox(translate("Prices", "Year-end ranges"),
                                      objectName="rangesCheck")
        self.ranges_check.setToolTip(translate(
            "Prices", "USGS year-end price ranges 2011–2015, drawn as bands"))
        bind(self.ranges_check, self.state, read=lambda _d: self.options.ranges,
             write=self.option_setter("ranges"), fields={"options"})
        column.addWidget(self.ranges_check)
        self.events_check = QCheckBox(translate("Prices", "Show events"),
                                      objectName="eventsCheck")
        self.events_check.setToolTip(translate(
            "Prices", "The event timeline under the price chart: markers by category, key "
            "events labelled; hover or select one for its line through the charts"))
        bind(self.events_check, self.state, read=lambda _d: self.options.events,
             write=self.option_setter("events"), fields={"options"})
        column.addWidget(self.events_check)
        return box

    def _build_charts(self) -> QWidget:
        box = ChartsColumn()
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 0, 4, 0)
        self.unit.plot.setXLink(self.price.plot)
        self.quota.plot.setXLink(self.price.plot)
        charts = QSplitter(Qt.Orientation.Vertical)
        for part in (self.price, self.unit, self.quota):
            charts.addWidget(part.widget)
        charts.setSizes([440, 240, 280])
        column.addWidget(charts, 1)
        column.addWidget(self.note.note_label)
        column.addWidget(CappedScroll(self.note.caption))  # scrolls past 4 lines
        self.charts_box = box
        scroll = QScrollArea(objectName="pricesCharts")  # at large fonts the column scrolls
        scroll.setWidget(box)                            # rather than squeeze the charts
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def _aliases(self) -> None:
        """The widgets under the names tests and other modules know them by."""
        self.element_list = self.elements_part.widget
        self.price_plot, self.unit_plot = self.price.plot, self.unit.plot
        self.quota_plot, self.unit_box = self.quota.plot, self.unit.widget
        self.legends = {"kg": self.price.legend, "t": self.unit.legend,
                        "quota": self.quota.legend}
        self.hover = {"kg": self.price.hover, "t": self.unit.hover, "quota": self.quota.hover}
        self.note_label, self.caption = self.note.note_label, self.note.caption
        events = self.events_part
        self.category_checks, self.search_edit = events.category_checks, events.search_edit
        self.category_filter, self.country_filter = events.category_filter, events.country_filter
        self.element_filter, self.event_list = events.element_filter, events.event_list
        self.event_count, self.detail_button = events.event_count, events.detail_button

    # -- the view's data ------------------------------------------------------------------
    def selected_elements(self) -> list[str]:
        return list(self.model.selected_elements(self.state.elements))

    def axis_mode(self) -> str:
        return self.options.axis

    def view_key(self) -> tuple:
        years = tuple(self.state.year_range)
        options = self.options
        return (self.model.selected_elements(self.state.elements), years, options.axis,
                options.base(years), options.ranges)

    def view(self) -> m.PriceView:
        """What the price charts, the note and the caption show (memoised by the model)."""
        return self.model.price_view(self.state.elements, tuple(self.state.year_range),
                                     self.options)

    def quota_view(self) -> m.QuotaView:
        return self.model.quota_view(tuple(self.state.year_range), self.view().x_span[0])

    def set_x_span(self, span: tuple[int, int]) -> None:
        """The charts' years (x-linked), with whole-year ticks spaced for the span."""
        if span == self._x_span:
            return
        self._x_span = span
        self.price_plot.setXRange(span[0] - 0.5, span[1] + 0.5, padding=0)
        width = span[1] - span[0]
        step = 1 if width <= 8 else 2 if width <= 16 else 5 if width <= 40 else 10
        for plot in (self.price_plot, self.unit_plot, self.quota_plot):
            plot.getPlotItem().getAxis("bottom").setTickSpacing(step, 1)

    def refresh(self) -> None:
        self._x_span = None
        super().refresh()

    # -- events ---------------------------------------------------------------------------
    def selected_event_id(self) -> int | None:
        return self.events_part.selected_event_id()

    def select_event(self, event_id: int | None) -> None:
        """Select an event: the list follows (when it lists it) and the strip highlights it."""
        if event_id is None:
            self.events_part.event_list.setCurrentRow(-1)
        else:
            self.events_part.select(event_id)
        self.strip.select(event_id)

    def present_highlight(self, kind: str, key: str | None) -> None:
        """A story slide's highlight: kind "event" selects that event id (None clears);
        other kinds mean nothing here and are ignored, as is an id no event has."""
        if kind != "event":
            return
        if key is None:
            self.select_event(None)
            return
        try:
            event_id = int(str(key).strip())
        except ValueError:
            return
        if event_id in self.strip.xs:
            self.select_event(event_id)

    def open_event(self, event_id: int) -> EventDetailDialog:
        """Show an event's detail (non-modal, so the charts stay usable)."""
        self.detail_dialog = open_event_detail(self.model.events.event(event_id),
                                               self.store.country_names, self,
                                               self.detail_dialog)
        self.events_part.select(event_id)
        return self.detail_dialog

    # -- export ---------------------------------------------------------------------------
    def export_frame(self) -> pd.DataFrame:
        """Prices and year-end ranges in range, the quota chart's rows, and events in range."""
        return self.model.export_frame(self.view(), self.quota_view())

    def sources_text(self) -> str:
        return self.model.sources_text(self.view(), self.quota_view())

    def caption_text(self) -> str:
        """The one-line caption; the full list of publishers is in its tooltip."""
        return self.model.caption_text(self.view(), self.quota_view())

    def main_plot(self):
        return self.price_plot


PANEL = PricesPanel
