"""The country picker (the filter bar's and the Countries panel's): search box, a "With data
only" filter and a checkable list.

Of ~250 ISO entities only a few dozen have figures, so, as in Our World in Data's Grapher and
the IEA explorer, the countries with data for what the current view shows come first (ticked
ones before them, in selection order) and the others are hidden while "With data only" is on
(the default). A ticked country stays listed even without data, and a search that matches only
hidden countries says so instead of showing an empty list.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CODE = Qt.ItemDataRole.UserRole
HAYSTACK = Qt.ItemDataRole.UserRole + 1
LAST = 10**6


class CountryPicker(QWidget):
    """Search box over a checkable country list; emits ``selectionChanged`` with ISO3 codes.

    Matches names, ISO3 codes, aliases and Chinese names, so 'Burma', 'PRC' or '中国'
    find their country.
    """

    selectionChanged = Signal(list)  # noqa: N815 (Qt naming)

    def __init__(self, countries: Sequence[tuple[str, str, str]], parent=None):
        """``countries``: (iso3, display name, searchable text) in display order."""
        super().__init__(parent)
        self.search = QLineEdit(placeholderText=self.tr("Search countries…"),
                                objectName="countrySearch")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="countryList")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.with_data = QCheckBox(self.tr("With data only"), objectName="withDataOnly")
        self.with_data.setChecked(True)
        self.with_data.setEnabled(False)  # until the data countries are known
        self.hint = QLabel(objectName="pickerHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.data_codes: frozenset[str] | None = None  # None: not known, nothing filtered
        self.data_what = ""
        self.first: tuple[str, ...] = ()
        for iso3, name, haystack in countries:
            item = QListWidgetItem(f"{name} ({iso3})")
            item.setData(CODE, iso3)
            item.setData(HAYSTACK, haystack.casefold())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        layout.addLayout(top)
        layout.addWidget(self.with_data)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.search.textChanged.connect(self._filter)
        self.with_data.toggled.connect(lambda _on: self._filter())
        self.list.itemChanged.connect(self._item_changed)
        self.clear_button.clicked.connect(lambda: self.set_selected([], emit=True))
        self._updating = False

    # -- what has data, what comes first ----------------------------------------------------
    def set_data_countries(self, codes: Collection[str] | None, what: str = "") -> None:
        """Countries with data for ``what`` (e.g. 'Mine production') come first; None: no
        such knowledge (every country listed, the filter disabled)."""
        codes = None if codes is None else frozenset(str(c) for c in codes)
        if (codes, what) == (self.data_codes, self.data_what):
            return
        self.data_codes, self.data_what = codes, what
        self.with_data.setEnabled(codes is not None)
        self.with_data.setToolTip(self.tr("Hide countries without figures for {}").format(
            what or self.tr("the current view")))
        self._reorder()

    def show_first(self, codes: Sequence[str]) -> None:
        """List ``codes`` (the ticked countries, in selection order) at the top."""
        self.first = tuple(codes)
        self._reorder()

    def has_data(self, iso3: str) -> bool:
        return self.data_codes is None or iso3 in self.data_codes

    def _reorder(self) -> None:
        order = {code: i for i, code in enumerate(self.first)}
        self.list.blockSignals(True)
        items = [self.list.takeItem(0) for _ in range(self.list.count())]
        items.sort(key=lambda item: (order.get(item.data(CODE), LAST),
                                     not self.has_data(item.data(CODE)),
                                     item.text().casefold()))
        for item in items:
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter()
        self.list.scrollToTop()

    def _filter(self, text: str | None = None) -> None:
        needle = (self.search.text() if text is None else text).casefold().strip()
        only = self.with_data.isChecked() and self.data_codes is not None
        without_data = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            code = item.data(CODE)
            matches = not needle or needle in item.data(HAYSTACK)
            kept = not only or self.has_data(code) or \
                item.checkState() == Qt.CheckState.Checked
            item.setHidden(not (matches and kept))
            if matches and not kept and needle:
                without_data.append(item.text())
        self.hint.setText(self.tr("No data for {}: untick 'With data only' to list it.")
                          .format(", ".join(without_data[:3]) +
                                  (" …" if len(without_data) > 3 else ""))
                          if without_data else "")
        self.hint.setVisible(bool(without_data))

    def visible_codes(self) -> list[str]:
        """The listed ISO3 codes, top to bottom (what the user sees)."""
        return [self.list.item(r).data(CODE) for r in range(self.list.count())
                if not self.list.item(r).isHidden()]

    # -- selection ---------------------------------------------------------------------------
    def selected(self) -> list[str]:
        return [self.list.item(r).data(CODE) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def set_selected(self, codes: Sequence[str], emit: bool = False) -> None:
        wanted = set(codes)
        self._updating = True
        for row in range(self.list.count()):
            item = self.list.item(row)
            state = item.data(CODE) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        self._updating = False
        self._filter()
        if emit:
            self.selectionChanged.emit(self.selected())

    def _item_changed(self, _item) -> None:
        if not self._updating:
            self.selectionChanged.emit(self.selected())


_DATA_MEMO: dict[int, tuple[object, frozenset[str]]] = {}


def countries_with_data(store) -> frozenset[str]:
    """ISO3 codes with at least one figure, bundled or the user's (read again when the
    store's version changes, e.g. after an import). Plain sqlite, no pandas: the first
    panel is drawn before pandas is imported."""
    version = store.version()
    memo = _DATA_MEMO.get(id(store))
    if memo is None or memo[0] != version:
        rows = store.conn.execute("SELECT DISTINCT country_iso3 FROM all_observations "
                                  "WHERE value IS NOT NULL AND country_iso3 IS NOT NULL")
        memo = (version, frozenset(str(code) for (code,) in rows.fetchall()))
        _DATA_MEMO[id(store)] = memo
    return memo[1]
