"""The base class every panel derives from, and the Part a panel is built of.

A panel reads the shared ViewState, asks the data layer for DataFrames, lets the analysis
layer shape them, and draws. It redraws when the state changes, but only while visible: a
hidden panel just marks itself stale and catches up when shown.

A panel made of :class:`Part` objects (one chart or table each) gets finer routing: each
part declares the names it watches (ViewState fields, plus any the panel derives, such as
its typed options' fields); a change goes only to the parts that watch it, and a part
whose ``key()`` (the inputs it draws from) did not change is not redrawn. The base owns
visible/stale, calls one theme hook when the theme changes, and has one message bar for
warnings and errors. A panel without parts keeps the old behaviour: ``refresh()`` on any
watched change.

Options are routed per panel: when ``ViewState.options`` changes, ``changed`` carries
``"options"`` and also ``"options.<scope>"`` for each panel whose keys changed (the scope
of ``"demand.axis"`` and ``"demand_drivers"`` is ``demand``; see
``ree_desktop.viewstate.option_scope``). A panel (or part) that watches
``"options.demand"`` instead of ``"options"`` is not marked stale by another panel's
options; watching ``"options"`` still means any option (``Panel.own_options("demand")``
spells the name).

Nothing outside a panel touches its stale flag: :meth:`Panel.mark_stale` (draw when next
shown) and :meth:`Panel.invalidate` (redraw now if visible, else mark stale) are the API.
"""

from __future__ import annotations

import gc
from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ree_desktop.data.store import Store
from ree_desktop.ui import theme
from ree_desktop.ui.state import ViewState, ViewStateData

if TYPE_CHECKING:  # not imported for the first frame (see docs/benchmarks.md)
    import pandas as pd

#: The names a Part can watch for a theme or font change.
STYLE_FIELDS = frozenset({"theme", "font_size"})


class Part:
    """One chart or table of a panel: what it watches, what it draws from, how it draws."""

    #: Names whose change may alter what this part shows.
    watches: frozenset[str] = frozenset()

    def __init__(self) -> None:
        self.drawn_key: Hashable = None
        self.stale = True

    def key(self) -> Hashable:
        """The inputs this part draws from; equal keys mean an equal picture (no redraw).
        ``None`` (the default) means: redraw on every watched change."""
        return None

    def draw(self) -> None:
        """Draw from the panel's current state and model."""
        raise NotImplementedError

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        """Restyle what was built with the previous theme (called before ``draw``)."""

    def active(self) -> bool:
        """False while the part cannot be seen (a hidden tab): it is drawn when shown."""
        return True


class MessageBar(QLabel):
    """One line above a panel for a warning or an error, in plain words; hidden when empty."""

    LEVELS = {"warning": "#8a5a00", "error": "#b00020", "info": ""}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="messageBar")
        self.setWordWrap(True)
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "warning") -> None:
        self.level = level
        color = self.LEVELS.get(level, "")
        self.setStyleSheet(f"color: {color}; font-weight: bold;" if color else "")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.level = ""
        self.setText("")
        self.hide()


def options_only(fields: Iterable[str]) -> bool:
    """True if a change names only options (``options`` and ``options.<scope>`` names)."""
    fields = set(fields)
    return bool(fields) and all(f == "options" or f.startswith("options.") for f in fields)


class Panel(QWidget):
    name = "panel"
    title = "Panel"
    #: True from the window's first show until the panel has drawn (app.show_then_load).
    loading = False
    #: ViewState fields (and ``options.<scope>`` names) that make this panel redraw;
    #: empty means every field.
    watches: frozenset[str] = frozenset()
    #: The panel's typed options (a model dataclass with ``from_options`` and
    #: ``changed_fields``), or None for a panel without options of its own.
    options_type: type | None = None

    def __init__(self, store: Store, state: ViewState, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.state = state
        self._stale = True
        self._drawn_once = False
        self.parts: list[Part] = []
        self._seen: ViewStateData = state.data
        self._theme_name = ""
        self._options: tuple[dict, Any] | None = None
        self.message_bar = MessageBar(self)
        state.changed.connect(self._on_state_changed)

    # -- stale flag (the only way other modules change it) ---------------------------------
    @property
    def is_stale(self) -> bool:
        """True if what is drawn is out of date (the panel redraws when next shown)."""
        return self._stale

    def mark_stale(self) -> None:
        """Redraw when next shown or refreshed (after an import, a font or theme change)."""
        self._stale = True

    def invalidate(self) -> None:
        """Redraw now if visible, else when shown."""
        if self.isVisible():
            self.refresh()
        else:
            self.mark_stale()

    def defer_first_draw(self) -> None:
        """Not stale although not drawn yet: the caller draws after the first paint."""
        self._stale = False

    # -- routing ----------------------------------------------------------------------------
    @staticmethod
    def own_options(scope: str) -> str:
        """The change name of one panel's options: ``own_options("data")`` → ``options.data``."""
        return f"options.{scope}"

    def watches_any(self, fields: Iterable[str]) -> bool:
        """True if a change of ``fields`` reaches this panel through its own watch.

        A change of options only (another panel's slider) reaches a panel with typed
        options only if one of its own option fields changed: it neither redraws nor
        marks the panel stale."""
        fields = set(fields)
        if self.options_type is not None and options_only(fields):
            return bool(self.derived_changes(self._seen, self.state.data))
        return not self.watches or bool(fields & self.watches)

    @property
    def options(self) -> Any:
        """This panel's typed options (``options_type``), parsed once per state."""
        raw = self.state.options
        if self._options is None or self._options[0] is not raw:
            self._options = (raw, self.options_type.from_options(raw))
        return self._options[1]

    def set_option(self, name: str, value: Any) -> None:
        """Set one field of this panel's typed options (through ``options_type.update``)."""
        self.state.update(options=self.options_type.update(name, value))

    def option_setter(self, name: str):
        """A one-argument writer of option field ``name``, for ``binding.bind(write=…)``."""
        return lambda value: self.set_option(name, value)

    def derived_changes(self, old: ViewStateData, new: ViewStateData) -> set[str]:
        """Names beyond the ViewState fields that changed: the typed option fields."""
        if self.options_type is None or old.options is new.options:
            return set()
        return self.options.changed_fields(self.options_type.from_options(old.options))

    def add_part(self, part: Part) -> Part:
        self.parts.append(part)
        return part

    def _on_state_changed(self, fields: set[str]) -> None:
        if not self.watches_any(fields):
            return
        if not self.parts:
            self.invalidate()
            return
        names = set(fields) | self.derived_changes(self._seen, self.state.data)
        self._seen = self.state.data
        for part in self.parts:
            if part.watches & names:
                part.stale = True
        if not self.isVisible():
            self._stale = True
        elif self._stale:
            self.refresh()
        else:
            self.update_parts(restyle=bool(names & STYLE_FIELDS))

    def update_parts(self, restyle: bool = False, force: bool = False) -> None:
        """Redraw the stale parts that can be seen and whose inputs changed."""
        chart = theme.current()
        if restyle or chart.name != self._theme_name:
            self._theme_name = chart.name
            self.apply_theme(chart)
            for part in self.parts:
                part.apply_theme(chart)
                part.drawn_key = None  # colours are inputs too
                part.stale = True
        for part in self.parts:
            if not (part.stale or force) or not part.active():
                continue
            key = part.key()
            if force or key is None or key != part.drawn_key:
                part.draw()
                part.drawn_key = key
            part.stale = False

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        """The panel's own theme hook (parts restyle in :meth:`Part.apply_theme`)."""

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Redraw from the current state. Subclasses call super().refresh() first.

        With parts: a direct call (theme, presentation mode, an import) redraws every part
        that can be seen; the others are drawn when shown."""
        self._stale = False
        if not self._drawn_once:
            self._drawn_once = True
            QTimer.singleShot(0, self, freeze_long_lived)
        if self.parts:
            self._seen = self.state.data
            for part in self.parts:
                part.stale = True
                part.drawn_key = None
            self.update_parts()

    def export_frame(self) -> pd.DataFrame:
        """The data behind the current view, long format (used by --export-data and Ctrl+E)."""
        raise NotImplementedError

    def sources_text(self) -> str:
        """The sources of what is shown, one line (the caption under the charts)."""
        return ""

    def main_plot(self):
        """The view's main chart (a pyqtgraph PlotWidget) for --export-chart, or None."""
        return None


def freeze_long_lived() -> None:
    """Exempt every object alive now (modules, widgets, caches) from garbage collection.

    Called once a panel has first drawn. Python's full collections walk every tracked
    object; with Qt, pandas and pyqtgraph loaded one took ~100 ms in the middle of a
    filter change (docs/benchmarks.md, Filter latency). Objects made later are still
    collected as usual.
    """
    gc.freeze()
