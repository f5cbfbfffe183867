"""One Part per value-chain stage column, so a year change redraws only the columns whose
bar for the new year differs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ree_desktop.ui import theme
from ree_desktop.ui.panels.base import Part
from ree_desktop.ui.panels.value_chain.model import ColumnView
from ree_desktop.ui.panels.value_chain.names import stage_title
from ree_desktop.ui.panels.value_chain.stage_column import StageColumn

if TYPE_CHECKING:
    from ree_desktop.ui.panels.value_chain.panel import ValueChainPanel


class StageColumnPart(Part):
    """One stage column: redrawn only when the year's bar (or its colours) differs."""

    watches = frozenset({"year"})

    def __init__(self, panel: ValueChainPanel, stage: str, label: str) -> None:
        super().__init__()
        self.panel = panel
        self.stage = stage
        self.widget = StageColumn(stage, stage_title(stage), panel.model.describe_segment)

    def _view(self) -> tuple[ColumnView, dict[str, str]]:
        year = int(self.panel.state.year)
        view = self.panel.model.column(self.stage, year)
        return view, self.panel.colors_for(view)

    def key(self):
        view, colors = self._view()
        return view.token, tuple(colors.items())

    def apply_theme(self, chart: theme.ChartTheme) -> None:
        self.widget.plot.setBackground(chart.background)
        self.widget.source.setStyleSheet(f"color: {chart.muted};")
        for label in self.widget._label_pool:
            label.shown_html = None

    def draw(self) -> None:
        view, colors = self._view()
        self.widget.show_view(view, colors)
        self.widget.highlight(self.panel.highlight_target())
