"""What an exported chart carries besides the chart: title, legend, marker notes, sources.

An exported figure must explain itself once it is pasted into a report, as the screen does
next to the chart: a title naming metric, unit and year(s); the legend (or the colour scale)
that sits under the chart on screen and is not part of the plot widget; what the markers
mean (estimate, projection, lower bound); and the source line. This module reads those
from the panel's widgets (no panel imports: it looks for the kit's legend widgets by type
and for an optional ``export_entries()`` hook) and returns them as one ``ExportTarget``.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ree_desktop.ui.charts.legends import ChartLegend

#: Legend entry parts: (colour, glyph, text), kept together on one line.
LegendEntry = list[tuple[str, str, str]]

#: The value chain's export choices: its five stage bars (the default) or concentration.
CHOICES = {"value-chain": ("stages", "concentration")}
GLYPHS = {**ChartLegend.GLYPHS, "swatch": "■", "hatch": "▨", "dotted": "⬚"}
_YEAR = re.compile(r"\b(19|20)\d\d\b")
#: The panels' titles as exported titles begin (translated where written).
PANEL_TITLES = (QT_TRANSLATE_NOOP("Export", "Overview"), QT_TRANSLATE_NOOP("Export", "Value chain"),
                QT_TRANSLATE_NOOP("Export", "Countries"),
                QT_TRANSLATE_NOOP("Export", "Demand & trends"),
                QT_TRANSLATE_NOOP("Export", "Prices & events"), QT_TRANSLATE_NOOP("Export", "Data"))


def panel_title(panel) -> str:
    """The panel's title in the interface's language."""
    return translate("Export", str(getattr(panel, "title", "")))


def titled(panel, title: str) -> str:
    """'Value chain: …' ('价值链：…')."""
    return translate("Export", "{panel}: {title}").format(panel=panel_title(panel), title=title)


class ExportError(Exception):
    """A chart that cannot be exported (no chart, bad size, unwritable file): one clear line."""


@dataclass
class ExportTarget:
    """The widget to draw and the texts drawn around it."""

    widget: QWidget
    title: str
    sources: str
    legend: list[LegendEntry] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def legend_texts(self) -> list[str]:
        return [text for entry in self.legend for _, _, text in entry]


def plain_text(text: str) -> str:
    """Chart titles may hold HTML (pyqtgraph labels): keep the words only."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text or "")).split())


def sources_line(panel) -> str:
    """The panel's full source line, prefixed "Source:"."""
    text = panel.sources_text() if hasattr(panel, "sources_text") else ""
    text = " ".join(str(text or "").split())
    if not text:
        return translate("Export", "Source: see the Data panel for the sources of each figure.")
    if text.startswith("Source: "):
        text = text[len("Source: "):]
    elif text.lower().startswith("source"):
        return text
    return translate("Export", "Source: {sources}").format(sources=text)


def choices(panel) -> tuple[str, ...]:
    """The charts a panel can export, the default first (most panels: just one)."""
    return CHOICES.get(getattr(panel, "name", ""), ("chart",))


# -- legends found beside the chart -----------------------------------------------------------
def _holder(widget: QWidget) -> QWidget:
    """The widget that holds the chart and what is drawn beside it (legend, title label)."""
    parent = widget.parentWidget()
    return parent if parent is not None else widget


def scale_entries(legend) -> list[LegendEntry]:
    """A colour-scale legend as entries: its hook if it has one, else swatches at its ticks."""
    hook = getattr(legend, "export_entries", None)
    if callable(hook):
        return [list(entry) for entry in hook()]
    scale = getattr(legend, "scale", None)
    if scale is None or not hasattr(scale, "ticks"):
        return []
    labels = legend.labels() if hasattr(legend, "labels") else []
    unit = getattr(legend, "unit", "") + (translate("Export", " (log scale)")
                                          if getattr(scale, "log", False) else "")
    swatches = [(scale.cmap.map(position, mode="qcolor").name(), "swatch", label)
                for (position, _value), label in zip(scale.ticks(), labels, strict=False)]
    entries = [[("", "", translate("Export", "Colour scale, {unit}:").format(unit=unit)
                 if unit else translate("Export", "Colour scale:")), *swatches]]
    return entries + [[("#B0B0B0", "hatch", translate("Export", "no data"))]]


def legend_beside(widget: QWidget) -> tuple[list[LegendEntry], list[str]]:
    """The legend entries and marker notes shown under ``widget`` on screen."""
    holder = _holder(widget)
    entries: list[LegendEntry] = []
    notes: list[str] = []
    direct = Qt.FindChildOption.FindDirectChildrenOnly  # not another view's legend
    for legend in holder.findChildren(ChartLegend, options=direct):
        if legend.isHidden() or not legend.entries:
            continue
        entries += [list(entry) for entry in legend.entries]
        if "hollow" in legend.text() or "空心" in legend.text():
            notes.append(translate("Export", "○ hollow marker = estimate"))
    for child in holder.findChildren(QWidget, options=direct):
        if child is widget or isinstance(child, ChartLegend) or child.isHidden():
            continue
        if callable(getattr(child, "export_entries", None)) or (
                hasattr(child, "scale") and hasattr(child, "labels")):
            entries += scale_entries(child)
    return entries, notes


def _axis_label(plot) -> str:
    """The value axis' label: the left one, else (horizontal bars) the bottom one."""
    for side in ("left", "bottom"):
        axis = plot.getPlotItem().getAxis(side)
        text = plain_text(getattr(axis, "labelText", "") or "")
        if text and text.lower() != "year":
            return text
    return ""


def complete_title(title: str, plot, panel) -> str:
    """Add the unit (the left axis label) and the years when the title lacks them."""
    if plot is not None and hasattr(plot, "getPlotItem"):
        unit = _axis_label(plot)
        if unit and unit.lower() not in title.lower():
            title = f"{title}{translate('Export', ', ')}{unit}"
    if not _YEAR.search(title):
        years = data_years(plot, panel)
        if years:
            low, high = years
            title += translate("Export", ", ") + (f"{low}–{high}" if low != high else f"{low}")
    return title


def data_years(plot, panel) -> tuple[int, int] | None:
    """The years the chart draws: its series' x extent inside the visible x range (projections
    to 2050 count); the panel's year range when the chart has no series."""
    state = getattr(panel, "state", None)
    chosen = getattr(state, "year_range", None)
    found: list[float] = []
    if hasattr(plot, "getPlotItem"):
        item = plot.getPlotItem()
        low, high = item.viewRange()[0]
        for series in item.listDataItems():
            xs, ys = series.getData()
            if xs is not None and ys is not None and len(xs):
                found += [float(x) for x, y in zip(xs, ys, strict=False)
                          if low <= x <= high and 1800 <= x <= 2200 and math.isfinite(y)]
    if found:
        return round(min(found)), round(max(found))
    return (int(chosen[0]), int(chosen[1])) if chosen else None


# -- the targets ---------------------------------------------------------------------------------
def _map_target(panel, widget: QWidget) -> ExportTarget | None:
    """The map: its title label (metric, year) split into the title and the outline notes."""
    label = _holder(widget).findChild(QLabel, "mapTitle", Qt.FindChildOption.FindDirectChildrenOnly)
    if label is None or not label.text():  # only the map's own title, beside it
        return None
    parts = [plain_text(p) for p in label.text().split("·")]
    entries, notes = legend_beside(widget)
    unit = next((getattr(c, "unit", "") for c in _holder(widget).findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                 if hasattr(c, "scale") and getattr(c, "unit", "")), "")
    title = titled(panel, parts[0]) + (f", {unit}" if unit else "")
    notes += [plain_text(note) for note in label.property("exportNotes") or []]
    return ExportTarget(widget, title, sources_line(panel), entries, notes)


def _stages_target(panel) -> ExportTarget:
    """The value chain's five stage bars with the heading and the scope note."""
    widget = panel.findChild(QWidget, "stageRow")
    if widget is None:
        raise ExportError(translate("Export", "this panel has no stage bars to export"))
    heading = getattr(panel, "heading", None)
    title = plain_text(heading.text()) if heading is not None else ""
    title = titled(panel, title) if title else panel_title(panel)
    note = getattr(panel, "scope_note", None)
    notes = [plain_text(note.text())] if note is not None and note.text() else []
    return ExportTarget(widget, title, sources_line(panel), [], notes)


def _concentration_target(panel) -> ExportTarget:
    plot = panel.main_plot()
    part = getattr(panel, "concentration_part", None)
    stage = part.stage_picker.currentText() if part is not None else ""
    title = translate("Export", "{panel}: concentration of {stage} — top country and top 3 "
                      "countries' share (%), HHI (0–10,000)").format(
        panel=panel_title(panel), stage=stage.lower() or translate("Export", "the stage"))
    years = data_years(plot, panel)
    if years:
        title += f", {years[0]}–{years[1]}"
    note = getattr(part, "note", None)
    notes = [plain_text(note.text())] if note is not None and note.text() else []
    return ExportTarget(plot, title, sources_line(panel), [], notes)


def export_target(panel, chart: str = "") -> ExportTarget:
    """What to export for a panel: the chosen chart (default: the panel's first choice)."""
    options = choices(panel)
    chart = chart or options[0]
    if chart not in options:
        raise ExportError(translate("Export", "--chart {chart}: {panel} exports {choices}")
                          .format(chart=chart, panel=panel.title,
                                  choices=" or ".join(options)))
    if chart == "stages":
        return _stages_target(panel)
    if chart == "concentration":
        return _concentration_target(panel)
    plot = panel.main_plot() if hasattr(panel, "main_plot") else None
    if plot is not None:
        target = _map_target(panel, plot)
        if target is not None:
            return target
    custom = getattr(panel, "chart_title", None)  # optional hook: what the chart shows
    custom = plain_text(custom()) if callable(custom) else ""
    if plot is None:
        return ExportTarget(panel, panel_title(panel), sources_line(panel))
    if not custom and hasattr(plot, "getPlotItem"):
        custom = plain_text(plot.getPlotItem().titleLabel.text)
    title = titled(panel, custom) if custom else panel_title(panel)
    entries, notes = legend_beside(plot)
    return ExportTarget(plot, complete_title(title, plot, panel), sources_line(panel),
                        entries, notes)
