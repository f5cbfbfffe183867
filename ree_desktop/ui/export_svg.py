"""The bands around an exported chart, laid out once for PNG and SVG, and the SVG export.

Above the chart: the title. Below it: the legend (or colour scale) and the markers' meaning,
then the source line. ``band_lines`` lays these out as lines of coloured runs; the PNG
painter and the SVG writer both draw those lines, so both carry the same words.

pyqtgraph's own SVG of the plot is nested in an SVG that adds the bands as real text
(selectable, searchable), on the theme's background; its font-family names the bundled
Chinese font first (``fonts.svg_font_family``), so Chinese titles find their glyphs.
``dedupe_defs`` drops the repeated pattern definitions QSvgGenerator writes for every
hatched shape (Qt warned "Duplicate unique style id" for each while reading the file back).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

from ree_desktop.ui import theme
from ree_desktop.ui.fonts import svg_font_family

SVG_NS = "http://www.w3.org/2000/svg"
Run = tuple[str, str]  # (colour or "" for the text colour, text)


@dataclass
class Band:
    """Lines of runs in one font; ``height`` in logical pixels without margins."""

    lines: list[list[Run]]
    font: QFont
    bold: bool = False

    @property
    def height(self) -> int:
        return len(self.lines) * QFontMetrics(self.font).lineSpacing()


def wrap_runs(groups: list[list[Run]], font: QFont, width: int) -> list[list[Run]]:
    """Flow groups of runs (kept together, words wrapped inside one long group) into lines."""
    metrics = QFontMetrics(font)
    lines: list[list[Run]] = []
    line: list[Run] = []
    used = 0
    gap = metrics.horizontalAdvance("   ")
    for group in groups:
        size = sum(metrics.horizontalAdvance(text) for _, text in group)
        if line and used + gap + size > width:
            lines.append(line)
            line, used = [], 0
        if line:
            line.append(("", "   "))
            used += gap
        if size <= width - used:
            line += group
            used += size
            continue
        for color, text in group:  # a group longer than a line: wrap its words
            for word in text.split(" "):
                piece = word if not line or line[-1][1].endswith(" ") else " " + word
                advance = metrics.horizontalAdvance(piece)
                if line and used + advance > width:
                    lines.append(line)
                    line, used, piece = [], 0, word
                    advance = metrics.horizontalAdvance(piece)
                line.append((color, piece))
                used += advance
    return [_merged(line) for line in lines + ([line] if line else [])]


def _merged(line: list[Run]) -> list[Run]:
    """Adjacent runs of one colour as one (so a sentence stays one searchable text)."""
    out: list[Run] = []
    for color, text in line:
        if out and out[-1][0] == color:
            out[-1] = (color, out[-1][1] + text)
        else:
            out.append((color, text))
    return out


def text_band(text: str, font: QFont, width: int, bold: bool = False) -> Band:
    return Band(wrap_runs([[("", text)]], font, width) if text else [], font, bold)


def legend_band(legend, notes, font: QFont, width: int) -> Band:
    """The legend entries (glyph in the series colour, then its text) and the notes."""
    from ree_desktop.ui.export_parts import GLYPHS

    groups: list[list[Run]] = []
    for entry in legend:
        group: list[Run] = []
        for color, glyph, text in entry:
            mark = GLYPHS.get(glyph, glyph)
            if mark:
                group.append((color, mark + " "))
            group.append(("", text + " "))
        groups.append(group)
    groups += [[("", note)] for note in notes]
    return Band(wrap_runs(groups, font, width), font)


def _text_nodes(parent: ET.Element, band: Band, y: float, x: int, color: str) -> float:
    metrics = QFontMetrics(band.font)
    size = f"{band.font.pointSizeF() * 96 / 72:.1f}px"
    for line in band.lines:
        node = ET.SubElement(parent, f"{{{SVG_NS}}}text", {
            "x": str(x), "y": f"{y + metrics.ascent():.1f}", "fill": color,
            "font-family": svg_font_family(band.font.family()), "font-size": size,
            "font-weight": "bold" if band.bold else "normal", "xml:space": "preserve"})
        if len(line) == 1 and not line[0][0]:  # one plain run: the text itself
            node.text = line[0][1]
            y += metrics.lineSpacing()
            continue
        for run_color, text in line:
            span = ET.SubElement(node, f"{{{SVG_NS}}}tspan", {"fill": run_color or color})
            span.text = text
        y += metrics.lineSpacing()
    return y


def svg_bands(root: ET.Element, bands: list[Band], x: int, y: float, colors: list[str],
              margin: int) -> None:
    """Write the bands as text from ``y`` down, ``margin`` apart."""
    for band, color in zip(bands, colors, strict=True):
        if band.lines:
            y = _text_nodes(root, band, y, x, color) + margin


def pyqtgraph_svg(plot: pg.PlotWidget, title: Band, below: list[Band], margin: int) -> bytes:
    """pyqtgraph's SVG of the plot, wrapped with the title above and the bands below."""
    from pyqtgraph.exporters import SVGExporter

    inner = ET.fromstring(SVGExporter(plot.getPlotItem()).export(toBytes=True))
    for node in inner.iter():  # axis labels and ticks: the bundled Chinese font first too
        family = node.get("font-family")
        if family:
            node.set("font-family", svg_font_family(family.strip("'\"")))
    chart = theme.current()
    top = title.height + 2 * margin
    bottom = sum(b.height + margin for b in below if b.lines) + margin
    width, height = plot.width(), plot.height()
    total = top + height + bottom
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    root = ET.Element(f"{{{SVG_NS}}}svg", {
        "version": "1.1", "width": str(width), "height": str(total),
        "viewBox": f"0 0 {width} {total}"})
    ET.SubElement(root, f"{{{SVG_NS}}}title").text = " ".join(t for _, t in
                                                               sum(title.lines, []))
    ET.SubElement(root, f"{{{SVG_NS}}}rect", {"x": "0", "y": "0", "width": str(width),
                                              "height": str(total), "fill": chart.background})
    svg_bands(root, [title], margin, margin, [chart.foreground], margin)
    group = ET.SubElement(root, f"{{{SVG_NS}}}g", {"transform": f"translate(0,{top})"})
    for child in list(inner):
        if child.tag in (f"{{{SVG_NS}}}title", f"{{{SVG_NS}}}desc"):
            continue
        if child.tag in (f"{{{SVG_NS}}}defs", f"{{{SVG_NS}}}style"):
            root.insert(1, child)
        else:
            group.append(child)
    muted = chart.muted if chart.name == "light" else chart.foreground
    svg_bands(root, below, margin, top + height + margin,
              [chart.foreground] + [muted] * (len(below) - 1), margin)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


_PATTERN = re.compile(rb'<(pattern|mask) id="([^"]+)".*?</\1>\s*', re.S)


def dedupe_defs(data: bytes) -> bytes:
    """Keep the first definition of each pattern (and mask) id QSvgGenerator repeats."""
    seen: set[tuple[bytes, bytes]] = set()

    def keep_first(match: re.Match) -> bytes:
        key = (match.group(1), match.group(2))
        if key in seen:
            return b""
        seen.add(key)
        return match.group(0)

    return _PATTERN.sub(keep_first, data)
