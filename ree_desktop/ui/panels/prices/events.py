"""The events side of the Prices & events panel: the searchable, filterable event list
(selecting one highlights it on every chart; double-click or Details… opens it) and the
part that shows the chosen event categories on the charts' overlays."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.binding import bind
from ree_desktop.ui.charts import swatch
from ree_desktop.ui.event_overlay import category_color
from ree_desktop.ui.flow_layout import FlowLayout
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.prices.names import category_name

if TYPE_CHECKING:
    from ree_desktop.ui.panels.prices.panel import PricesPanel

ID = Qt.ItemDataRole.UserRole


class OverlayPart(Part):
    """Which events the strip shows: the 'Show events' switch and the categories."""

    watches = frozenset({"events", "categories"})

    def __init__(self, panel: PricesPanel) -> None:
        super().__init__()
        self.panel = panel

    def key(self):
        options = self.panel.options
        return options.events, options.shown_categories(self.panel.model.events.categories)

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        self.panel.strip.restyle()

    def draw(self) -> None:
        shown, categories = self.key()
        self.panel.strip.set_categories(categories)
        self.panel.strip.set_visible(shown)


class EventListPart(Part):
    """The list redraws when its filters change, or when the years move an event in or out
    of the charts (muted when out); a change inside the years leaves it alone."""

    watches = frozenset({"year_range", "theme"})

    def __init__(self, panel: PricesPanel) -> None:
        super().__init__()
        self.panel = panel
        self.events = panel.model.events
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self._category_box())
        self.search_edit = QLineEdit(objectName="eventSearch",
                                     placeholderText=translate("Prices", "Search events…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filters_changed)
        column.addWidget(self.search_edit)
        filters = FlowLayout(spacing=4)  # the three filters wrap at large fonts
        values = self.events.filters()
        self.category_filter = self._filter_combo(
            translate("Prices", "All categories"),
            [(category_name(c), c) for c in values["category"]])
        self.country_filter = self._filter_combo(
            translate("Prices", "All countries"), [(c, c) for c in values["country"]])
        self.element_filter = self._filter_combo(
            translate("Prices", "All elements"), [(c, c) for c in values["element"]])
        for combo in (self.category_filter, self.country_filter, self.element_filter):
            filters.addWidget(combo)
        column.addLayout(filters)
        self.event_list = QListWidget(objectName="eventList")
        self.event_list.setWordWrap(True)
        self.event_list.currentItemChanged.connect(self._event_selected)
        self.event_list.itemActivated.connect(
            lambda item: panel.open_event(item.data(ID)))
        column.addWidget(self.event_list, 1)
        row = QHBoxLayout()
        self.event_count = QLabel(objectName="eventCount")
        self.detail_button = QPushButton(translate("Prices", "Details…"),
                                         objectName="eventDetails")
        self.detail_button.clicked.connect(self._open_selected)
        row.addWidget(self.event_count, 1)
        row.addWidget(self.detail_button)
        column.addLayout(row)
        self._filling = False
        self._built: tuple | None = None  # the filters and theme the list was built for

    def _mute(self) -> None:
        """Grey the events outside the chosen years (not on the charts), in place."""
        outside = self.events.outside_ids(tuple(self.panel.state.year_range))
        muted = QColor(theme.current().muted)
        normal = self.event_list.palette().text().color()
        for row in range(self.event_list.count()):
            item = self.event_list.item(row)
            event_id = int(item.data(ID))
            tip = self.events.tip(event_id)
            item.setForeground(muted if event_id in outside else normal)
            item.setToolTip(self.events.outside_tip(tip) if event_id in outside else tip)

    def _category_box(self) -> QGroupBox:
        group = QGroupBox(translate("Prices", "Event categories"))
        grid = FlowLayout(group, spacing=2, columns=2)  # one column when two do not fit
        grid.setContentsMargins(6, 4, 6, 4)
        self.category_checks: dict[str, QCheckBox] = {}
        panel = self.panel
        for category in self.events.categories:
            check = QCheckBox(category_name(category),
                              objectName=f"category_{category}")
            check.setIcon(swatch(category_color(category)))
            bind(check, panel.state, fields={"options"},
                 read=lambda _d, c=category: c in panel.options.shown_categories(
                     self.events.categories),
                 write=lambda _v: panel.set_option("categories", [
                     c for c, box in self.category_checks.items() if box.isChecked()]))
            grid.addWidget(check)
            self.category_checks[category] = check
        return group

    def _filter_combo(self, everything: str, entries: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, "")
        for text, value in entries:
            combo.addItem(text, value)
        # room for "All categories" whole (6 characters cut it to "All categorie" at
        # 1280×800); a long country or category still elides, listed whole when open
        combo.setMinimumContentsLength(max(6, len(everything)))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def filters(self) -> tuple[str, str, str, str]:
        return (self.search_edit.text(), self.category_filter.currentData() or "",
                self.country_filter.currentData() or "", self.element_filter.currentData() or "")

    def _filters_changed(self, *_args) -> None:
        self.stale = True
        self.panel.update_parts()

    def key(self):
        outside = self.events.outside_ids(tuple(self.panel.state.year_range))
        return outside, self.filters(), theme.current().name

    def draw(self) -> None:
        built = (self.filters(), theme.current().name)
        if built == self._built:  # only the years moved events in or out: re-mute in place
            self._mute()
            return
        self._built = built
        current = self.selected_event_id()
        frame = self.events.filtered(*self.filters())
        muted = QColor(theme.current().muted)
        self._filling = True  # the selection is restored below, not a user's choice
        try:
            self.event_list.clear()
            for event_id, category, text, tip, outside in self.events.rows(
                    frame, tuple(self.panel.state.year_range)):
                item = QListWidgetItem(swatch(category_color(category)), text)
                item.setData(ID, event_id)
                item.setToolTip(tip)
                if outside:
                    item.setForeground(muted)
                self.event_list.addItem(item)
                if event_id == current:
                    self.event_list.setCurrentItem(item)
        finally:
            self._filling = False
        self.event_count.setText(self.events.count_text(len(frame)))

    def selected_event_id(self) -> int | None:
        item = self.event_list.currentItem()
        return None if item is None else int(item.data(ID))

    def select(self, event_id: int) -> None:
        """The list follows a click on a chart."""
        for row in range(self.event_list.count()):
            if self.event_list.item(row).data(ID) == int(event_id):
                self.event_list.setCurrentRow(row)

    def _event_selected(self, current: QListWidgetItem | None, _previous=None) -> None:
        if self._filling:
            return
        event_id = None if current is None else int(current.data(ID))
        self.panel.strip.select(event_id)

    def _open_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            self.panel.open_event(event_id)
