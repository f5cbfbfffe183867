"""The SVG export of a pyqtgraph plot with its title above and its sources below.

pyqtgraph's own SVG of the plot is nested in an SVG that adds the title and the source line
as real text (selectable, searchable), on the theme's background. Split from
``export_chart`` (which falls back to QSvgGenerator when this fails).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

from ree_desktop.ui import theme

SVG_NS = "http://www.w3.org/2000/svg"


def _wrap(text: str, font: QFont, width: int) -> list[str]:
    metrics = QFontMetrics(font)
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and metrics.horizontalAdvance(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + ([line] if line else [])


def _text_nodes(parent: ET.Element, lines: list[str], font: QFont, y: float, x: int,
                color: str, bold: bool = False) -> float:
    step = QFontMetrics(font).lineSpacing()
    size = f"{font.pointSizeF() * 96 / 72:.1f}px"
    for line in lines:
        y += QFontMetrics(font).ascent()
        node = ET.SubElement(parent, f"{{{SVG_NS}}}text", {
            "x": str(x), "y": f"{y:.1f}", "fill": color, "font-family": font.family(),
            "font-size": size, "font-weight": "bold" if bold else "normal"})
        node.text = line
        y += step - QFontMetrics(font).ascent()
    return y


def pyqtgraph_svg(plot: pg.PlotWidget, title: str, sources: str, title_font: QFont,
                  small: QFont, margin: int) -> bytes:
    """pyqtgraph's SVG of the plot, wrapped with the title above and the sources below."""
    from pyqtgraph.exporters import SVGExporter

    inner = ET.fromstring(SVGExporter(plot.getPlotItem()).export(toBytes=True))
    chart = theme.current()
    text_width = max(plot.width() - 2 * margin, 50)
    title_lines = _wrap(title, title_font, text_width)
    source_lines = _wrap(sources, small, text_width)
    top = len(title_lines) * QFontMetrics(title_font).lineSpacing() + 2 * margin
    bottom = len(source_lines) * QFontMetrics(small).lineSpacing() + 2 * margin
    width, height = plot.width(), plot.height()
    total = top + height + bottom
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    root = ET.Element(f"{{{SVG_NS}}}svg", {
        "version": "1.1", "width": str(width), "height": str(total),
        "viewBox": f"0 0 {width} {total}"})
    ET.SubElement(root, f"{{{SVG_NS}}}title").text = title
    ET.SubElement(root, f"{{{SVG_NS}}}rect", {"x": "0", "y": "0", "width": str(width),
                                              "height": str(total), "fill": chart.background})
    _text_nodes(root, title_lines, title_font, margin, margin, chart.foreground, bold=True)
    group = ET.SubElement(root, f"{{{SVG_NS}}}g", {"transform": f"translate(0,{top})"})
    for child in list(inner):
        if child.tag in (f"{{{SVG_NS}}}title", f"{{{SVG_NS}}}desc"):
            continue
        if child.tag in (f"{{{SVG_NS}}}defs", f"{{{SVG_NS}}}style"):
            root.insert(1, child)
        else:
            group.append(child)
    _text_nodes(root, source_lines, small, top + height + margin, margin,
                chart.muted if chart.name == "light" else chart.foreground)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")
