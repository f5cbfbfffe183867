"""Chart export: PNG at any scale, SVG and the clipboard (table copy is in table_copy.py).

Every exported image carries a title band above the chart and the source line below it, so
a chart pasted into a report still says where its numbers come from.

PNG is rendered with a QPainter on an image whose device pixel ratio is the scale, so text
stays crisp. pyqtgraph draws lines and markers with cosmetic pens whose width is in device
pixels, which would leave them hair-thin at 2× (pyqtgraph #1455); ``scaled_pens`` widens
every line pen by the scale for the time of the render and then restores them (markers
already follow the device pixel ratio).

SVG first uses pyqtgraph's exporter (clean paths and text) and wraps its output with the
title and source text; if that exporter fails or produces something Qt cannot parse (it
breaks on some PySide6 releases), the widget is painted through ``QSvgGenerator`` instead.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QKeySequence, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer
from PySide6.QtWidgets import QApplication, QGraphicsItem, QWidget

from ree_desktop import atomic
from ree_desktop.ui import theme
from ree_desktop.ui.export_svg import pyqtgraph_svg

MARGIN = 12
MAX_PIXELS = 12000


class ExportError(Exception):
    """A chart that cannot be exported (no chart, bad size, unwritable file): one clear line."""


# -- what to export ------------------------------------------------------------------------
def plain_text(text: str) -> str:
    """Chart titles may hold HTML (pyqtgraph labels): keep the words only."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text or "")).split())


def export_target(panel) -> tuple[QWidget, str]:
    """The widget to export for a panel and its title: the main chart, else the whole panel.

    The title is the panel's ``chart_title()`` if it has one, else the chart's own title.
    """
    plot = panel.main_plot() if hasattr(panel, "main_plot") else None
    custom = getattr(panel, "chart_title", None)  # optional hook: what the chart shows
    custom = plain_text(custom()) if callable(custom) else ""
    if custom:
        return (plot if plot is not None else panel), f"{panel.title}: {custom}"
    if plot is not None:
        chart_title = plain_text(plot.getPlotItem().titleLabel.text)
        title = f"{panel.title}: {chart_title}" if chart_title else panel.title
        return plot, title
    return panel, panel.title


def sources_line(panel) -> str:
    text = panel.sources_text() if hasattr(panel, "sources_text") else ""
    text = " ".join(str(text or "").split())
    if not text:
        return "Source: see the Data panel for the sources of each figure."
    return text if text.lower().startswith("source") else f"Source: {text}"


# -- pens ----------------------------------------------------------------------------------
def _wider(pen, factor: float) -> QPen:
    pen = QPen(pg.mkPen(pen))
    pen.setWidthF(max(pen.widthF(), 1.0) * factor)
    return pen


def _scale_item(item: QGraphicsItem, factor: float) -> list[Callable[[], None]]:
    """Widen one item's line pens by ``factor``; returns the calls that undo it.

    Markers need nothing: they are drawn as shapes and follow the device pixel ratio.
    """
    undo: list[Callable[[], None]] = []
    if isinstance(item.parentItem(), pg.PlotDataItem):
        return undo  # drawn by its PlotDataItem, scaled there
    if isinstance(item, pg.PlotDataItem):
        opts = dict(item.opts)
        if opts.get("pen") is not None:
            item.setPen(_wider(opts["pen"], factor))
            undo.append(lambda: item.setPen(opts["pen"]))
    elif isinstance(item, pg.PlotCurveItem) and item.opts.get("pen") is not None:
        old = item.opts["pen"]
        item.setPen(_wider(old, factor))
        undo.append(lambda: item.setPen(old))
    elif isinstance(item, pg.BarGraphItem) and item.opts.get("pen") is not None:
        old = item.opts["pen"]
        item.setOpts(pen=_wider(old, factor))
        undo.append(lambda: item.setOpts(pen=old))
    elif isinstance(item, pg.InfiniteLine):
        old = QPen(item.pen)
        item.setPen(_wider(old, factor))
        undo.append(lambda: item.setPen(old))
    elif isinstance(item, pg.AxisItem):
        old = QPen(item.pen())
        item.setPen(_wider(old, factor))
        undo.append(lambda: item.setPen(old))
    elif hasattr(item, "pen") and hasattr(item, "setPen") and callable(item.pen):
        try:
            old = QPen(item.pen())
        except TypeError:
            return undo
        item.setPen(_wider(old, factor))
        undo.append(lambda: item.setPen(old))
    return undo


@contextmanager
def scaled_pens(widget: QWidget, factor: float) -> Iterator[None]:
    """Export mode for every chart inside ``widget``, pens widened by ``factor``.

    In pyqtgraph's export mode markers are drawn as paths (not cached pixmaps) and the
    autoscale button is hidden.
    """
    undo: list[Callable[[], None]] = []
    # Pens already drawn for a high-DPI screen need less widening (or narrowing at 1×).
    factor = factor / max(widget.devicePixelRatioF(), 1.0)
    views = [widget] if isinstance(widget, pg.GraphicsView) else []
    views += widget.findChildren(pg.GraphicsView)
    for view in views:
        for item in view.scene().items():
            if hasattr(item, "setExportMode"):
                item.setExportMode(True, {"antialias": True, "background": None})
                undo.append(lambda i=item: i.setExportMode(False))
            if abs(factor - 1.0) > 1e-6:
                undo += _scale_item(item, factor)
    try:
        yield
    finally:
        for step in reversed(undo):
            step()


# -- composing title, chart and source ------------------------------------------------------
def _fonts(widget: QWidget) -> tuple[QFont, QFont]:
    title = QFont(widget.font())
    title.setPointSizeF(title.pointSizeF() * 1.3)
    title.setBold(True)
    small = QFont(widget.font())
    small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
    return title, small


def _text_height(font: QFont, width: int, text: str) -> int:
    rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000),
                                          int(Qt.TextFlag.TextWordWrap), text)
    return rect.height()


def layout_bands(widget: QWidget, title: str, sources: str) -> tuple[int, int, int]:
    """Heights (title band, chart, source band) in logical pixels."""
    title_font, small = _fonts(widget)
    inner = max(widget.width() - 2 * MARGIN, 50)
    top = _text_height(title_font, inner, title) + 2 * MARGIN
    bottom = _text_height(small, inner, sources) + 2 * MARGIN
    return top, widget.height(), bottom


def paint_composite(painter: QPainter, widget: QWidget, title: str, sources: str) -> None:
    """Title band, the widget itself, the source band, on the theme's background."""
    chart = theme.current()
    top, height, bottom = layout_bands(widget, title, sources)
    width = widget.width()
    painter.fillRect(QRect(0, 0, width, top + height + bottom), QColor(chart.background))
    title_font, small = _fonts(widget)
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
    painter.setPen(QColor(chart.foreground))
    painter.setFont(title_font)
    painter.drawText(QRect(MARGIN, MARGIN, width - 2 * MARGIN, top - MARGIN), flags, title)
    # QWidget.render (not QGraphicsView.render, which scales a scene into a rectangle).
    QWidget.render(widget, painter, QPoint(0, top))
    painter.setPen(QColor(chart.muted if chart.name == "light" else chart.foreground))
    painter.setFont(small)
    painter.drawText(QRect(MARGIN, top + height + MARGIN, width - 2 * MARGIN, bottom - MARGIN),
                     flags, sources)


def render_image(widget: QWidget, title: str, sources: str, scale: float = 1.0,
                 width: int | None = None) -> QImage:
    """The composite image at ``scale`` (or scaled to ``width`` pixels wide)."""
    if widget.width() < 10 or widget.height() < 10:
        raise ExportError("the chart is not laid out yet (show the window first)")
    if width:
        scale = width / widget.width()
    if not 0.25 <= scale <= 8:
        raise ExportError(f"scale {scale:g} is outside 0.25-8")
    top, height, bottom = layout_bands(widget, title, sources)
    pixel_w = round(widget.width() * scale)
    pixel_h = round((top + height + bottom) * scale)
    if max(pixel_w, pixel_h) > MAX_PIXELS:
        raise ExportError(f"{pixel_w}×{pixel_h} pixels is too large (at most {MAX_PIXELS})")
    image = QImage(pixel_w, pixel_h, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(QColor(theme.current().background))
    with scaled_pens(widget, scale):
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_composite(painter, widget, title, sources)
        painter.end()
    return image


def export_png(widget: QWidget, path: Path, title: str, sources: str, scale: float = 1.0,
               width: int | None = None) -> Path:
    path = Path(path)
    image = render_image(widget, title, sources, scale, width)
    image.setDevicePixelRatio(1.0)
    return save_png(image, path)


def png_bytes(image) -> bytes:
    """A QImage or QPixmap encoded as PNG, in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError("could not encode the image as PNG")
    return bytes(buffer.data())


def save_png(image, path: Path) -> Path:
    """Write a QImage/QPixmap to ``path`` atomically: a failed write keeps the old file."""
    try:
        return atomic.write_bytes(Path(path), png_bytes(image))
    except atomic.WriteFailed as error:
        raise ExportError(str(error)) from None


# -- SVG -----------------------------------------------------------------------------------
def svg_is_valid(data: bytes) -> bool:
    return QSvgRenderer(QByteArray(data)).isValid()


def generated_svg(widget: QWidget, title: str, sources: str) -> bytes:
    """The widget painted through QSvgGenerator (fallback; also used for whole panels)."""
    top, height, bottom = layout_bands(widget, title, sources)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(widget.width(), top + height + bottom))
    generator.setViewBox(QRect(0, 0, widget.width(), top + height + bottom))
    generator.setTitle(title)
    generator.setDescription(sources)
    generator.setResolution(widget.logicalDpiX())
    with scaled_pens(widget, 1.0):
        painter = QPainter(generator)
        paint_composite(painter, widget, title, sources)
        painter.end()
    return bytes(buffer.data())


def svg_bytes(widget: QWidget, title: str, sources: str) -> bytes:
    if isinstance(widget, pg.PlotWidget):
        try:
            data = pyqtgraph_svg(widget, title, sources, *_fonts(widget), MARGIN)
        except Exception:  # noqa: BLE001 (any failure of the third-party exporter → fallback)
            data = b""
        if data and svg_is_valid(data):
            return data
    data = generated_svg(widget, title, sources)
    if not svg_is_valid(data):
        raise ExportError("could not produce a valid SVG of this chart; export PNG instead")
    return data


def export_svg(widget: QWidget, path: Path, title: str, sources: str) -> Path:
    path = Path(path)
    data = svg_bytes(widget, title, sources)
    try:
        return atomic.write_bytes(path, data)
    except atomic.WriteFailed as error:
        raise ExportError(str(error)) from None


# -- the window's entry points ---------------------------------------------------------------
def export_panel(panel, path: Path, scale: float = 1.0, width: int | None = None) -> Path:
    """Export a panel's main chart (or the whole panel) to PNG or SVG by the file suffix."""
    path = Path(path)
    widget, title = export_target(panel)
    sources = sources_line(panel)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        return export_svg(widget, path, title, sources)
    if suffix == ".png":
        return export_png(widget, path, title, sources, scale, width)
    raise ExportError(f"{path.name}: export to .png or .svg")


def copy_chart(panel) -> QImage:
    """Put the panel's chart (with title and sources) on the clipboard at 2× for sharpness."""
    widget, title = export_target(panel)
    image = render_image(widget, title, sources_line(panel), scale=2.0)
    QApplication.clipboard().setImage(image)
    return image


# -- menus -----------------------------------------------------------------------------------
def export_dialog(window) -> Path | None:
    """File → Export chart: PNG (1×, 2× or a chosen width) or SVG, by the chosen file type."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    panel = window.current_panel()
    filters = "PNG image (*.png);;PNG image at 2× (*.png);;SVG vector image (*.svg)"
    name, chosen = QFileDialog.getSaveFileName(window, "Export chart", f"{panel.name}.png",
                                               filters)
    if not name:
        return None
    path = Path(name)
    scale, width = 1.0, None
    if "SVG" in chosen and path.suffix.lower() != ".svg":
        path = path.with_suffix(".svg")
    elif path.suffix.lower() not in (".png", ".svg"):
        path = path.with_suffix(".png")
    if path.suffix.lower() == ".png":
        if "2×" in chosen:
            scale = 2.0
        else:
            widget, _title = export_target(panel)
            width, ok = QInputDialog.getInt(window, "Export chart", "Image width in pixels:",
                                            widget.width(), 200, MAX_PIXELS, 100)
            if not ok:
                return None
    try:
        written = export_panel(panel, path, scale=scale, width=width)
    except ExportError as error:
        QMessageBox.warning(window, "Export chart", str(error))
        return None
    window.statusBar().showMessage(f"Wrote {written}", 5000)
    return written


def install(window, file_menu) -> None:
    """File → Export chart…, Copy chart (Ctrl+Shift+C)."""
    from PySide6.QtGui import QAction

    export = QAction("Export &chart (PNG/SVG)…", window)
    export.triggered.connect(lambda: export_dialog(window))
    copy = QAction("Copy c&hart", window, shortcut=QKeySequence("Ctrl+Shift+C"))

    def copy_current() -> None:
        try:
            copy_chart(window.current_panel())
        except ExportError as error:
            window.statusBar().showMessage(str(error), 5000)
            return
        window.statusBar().showMessage("Chart copied to the clipboard", 3000)

    copy.triggered.connect(copy_current)
    file_menu.addAction(export)
    file_menu.addAction(copy)
    window.addAction(copy)
