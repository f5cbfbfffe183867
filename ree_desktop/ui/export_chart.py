"""Chart export: PNG at any scale, SVG and the clipboard (table copy is in table_copy.py).

Every exported image carries a title band above the chart (metric, unit, years) and, below
it, the legend or colour scale, the markers' meaning and the source line (``export_parts``
finds them beside the chart), so a chart pasted into a report still explains itself.

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

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QKeySequence, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer
from PySide6.QtWidgets import QApplication, QGraphicsItem, QWidget

from ree_desktop import atomic
from ree_desktop.i18n import translate
from ree_desktop.ui import theme
from ree_desktop.ui.export_parts import (
    ExportError,
    ExportTarget,
    choices,
    export_target,
    plain_text,
    sources_line,
)
from ree_desktop.ui.export_svg import (
    Band,
    dedupe_defs,
    legend_band,
    pyqtgraph_svg,
    text_band,
)

MARGIN = 12
MAX_PIXELS = 12000


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


# -- composing title, chart, legend and source -------------------------------------------------
__all__ = ["ExportError", "ExportTarget", "choices", "export_target", "plain_text",
           "sources_line"]


def _fonts(widget: QWidget) -> tuple[QFont, QFont]:
    title = QFont(widget.font())
    title.setPointSizeF(title.pointSizeF() * 1.3)
    title.setBold(True)
    small = QFont(widget.font())
    small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
    return title, small


def bands(widget: QWidget, title: str, sources: str, legend=(),
          notes=()) -> tuple[Band, list[Band]]:
    """The title band and the bands below the chart (legend and notes, then sources)."""
    title_font, small = _fonts(widget)
    inner = max(widget.width() - 2 * MARGIN, 50)
    return (text_band(title, title_font, inner, bold=True),
            [legend_band(legend, notes, QFont(widget.font()), inner),
             text_band(sources, small, inner)])


def layout_bands(widget: QWidget, title: str, sources: str, legend=(),
                 notes=()) -> tuple[int, int, int]:
    """Heights (title band, chart, bands below) in logical pixels."""
    top, below = bands(widget, title, sources, legend, notes)
    bottom = sum(band.height + MARGIN for band in below if band.lines) + MARGIN
    return top.height + 2 * MARGIN, widget.height(), bottom


def _draw_band(painter: QPainter, band: Band, y: int, color: QColor) -> int:
    metrics = QFontMetrics(band.font)
    painter.setFont(band.font)
    for line in band.lines:
        x = MARGIN
        for run_color, text in line:
            painter.setPen(QColor(run_color) if run_color else color)
            painter.drawText(QPoint(x, y + metrics.ascent()), text)
            x += metrics.horizontalAdvance(text)
        y += metrics.lineSpacing()
    return y


def paint_composite(painter: QPainter, widget: QWidget, title: str, sources: str,
                    legend=(), notes=()) -> None:
    """Title band, the widget itself, legend and source bands, on the theme's background."""
    chart = theme.current()
    top, height, bottom = layout_bands(widget, title, sources, legend, notes)
    title_band, below = bands(widget, title, sources, legend, notes)
    painter.fillRect(QRect(0, 0, widget.width(), top + height + bottom),
                     QColor(chart.background))
    _draw_band(painter, title_band, MARGIN, QColor(chart.foreground))
    # QWidget.render (not QGraphicsView.render, which scales a scene into a rectangle).
    QWidget.render(widget, painter, QPoint(0, top))
    muted = QColor(chart.muted if chart.name == "light" else chart.foreground)
    y = top + height + MARGIN
    for band, color in zip(below, (QColor(chart.foreground), muted), strict=True):
        if band.lines:
            y = _draw_band(painter, band, y, color) + MARGIN


def render_image(widget: QWidget, title: str, sources: str, scale: float = 1.0,
                 width: int | None = None, legend=(), notes=()) -> QImage:
    """The composite image at ``scale`` (or scaled to ``width`` pixels wide)."""
    if widget.width() < 10 or widget.height() < 10:
        raise ExportError(translate("Export", "the chart is not laid out yet (show the window "
                                    "first)"))
    if width:
        scale = width / widget.width()
    if not 0.25 <= scale <= 8:
        raise ExportError(translate("Export", "scale {scale} is outside 0.25-8").format(
            scale=f"{scale:g}"))
    top, height, bottom = layout_bands(widget, title, sources, legend, notes)
    pixel_w = round(widget.width() * scale)
    pixel_h = round((top + height + bottom) * scale)
    if max(pixel_w, pixel_h) > MAX_PIXELS:
        raise ExportError(translate("Export", "{width}×{height} pixels is too large (at most "
                                    "{most})").format(width=pixel_w, height=pixel_h,
                                                      most=MAX_PIXELS))
    image = QImage(pixel_w, pixel_h, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(QColor(theme.current().background))
    with scaled_pens(widget, scale):
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_composite(painter, widget, title, sources, legend, notes)
        painter.end()
    return image


def export_png(widget: QWidget, path: Path, title: str, sources: str, scale: float = 1.0,
               width: int | None = None, legend=(), notes=()) -> Path:
    path = Path(path)
    image = render_image(widget, title, sources, scale, width, legend, notes)
    image.setDevicePixelRatio(1.0)
    return save_png(image, path)


def png_bytes(image) -> bytes:
    """A QImage or QPixmap encoded as PNG, in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError(translate("Export", "could not encode the image as PNG"))
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


def generated_svg(widget: QWidget, title: str, sources: str, legend=(), notes=()) -> bytes:
    """The widget painted through QSvgGenerator (fallback; also used for whole panels)."""
    top, height, bottom = layout_bands(widget, title, sources, legend, notes)
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
        paint_composite(painter, widget, title, sources, legend, notes)
        painter.end()
    return dedupe_defs(bytes(buffer.data()))


def svg_bytes(widget: QWidget, title: str, sources: str, legend=(), notes=()) -> bytes:
    if isinstance(widget, pg.PlotWidget):
        title_band, below = bands(widget, title, sources, legend, notes)
        try:
            data = pyqtgraph_svg(widget, title_band, below, MARGIN)
        except Exception:  # noqa: BLE001 (any failure of the third-party exporter → fallback)
            data = b""
        data = dedupe_defs(data)
        if data and svg_is_valid(data):
            return data
    data = generated_svg(widget, title, sources, legend, notes)
    if not svg_is_valid(data):
        raise ExportError(translate("Export", "could not produce a valid SVG of this chart; "
                                    "export PNG instead"))
    return data


def export_svg(widget: QWidget, path: Path, title: str, sources: str, legend=(),
               notes=()) -> Path:
    path = Path(path)
    data = svg_bytes(widget, title, sources, legend, notes)
    try:
        return atomic.write_bytes(path, data)
    except atomic.WriteFailed as error:
        raise ExportError(str(error)) from None


# -- the window's entry points ---------------------------------------------------------------
def export_panel(panel, path: Path, scale: float = 1.0, width: int | None = None,
                 chart: str = "") -> Path:
    """Export a panel's chart (``chart``: one of ``choices(panel)``) to PNG or SVG by suffix."""
    path = Path(path)
    target = export_target(panel, chart)
    texts = (target.title, target.sources)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        return export_svg(target.widget, path, *texts, target.legend, target.notes)
    if suffix == ".png":
        return export_png(target.widget, path, *texts, scale, width, target.legend,
                          target.notes)
    raise ExportError(translate("Export", "{name}: export to .png or .svg").format(
        name=path.name))


def copy_chart(panel, chart: str = "") -> QImage:
    """Put the panel's chart (title, legend, sources) on the clipboard at 2× for sharpness."""
    target = export_target(panel, chart)
    image = render_image(target.widget, target.title, target.sources, 2.0, None,
                         target.legend, target.notes)
    QApplication.clipboard().setImage(image)
    return image


# -- menus -----------------------------------------------------------------------------------
def export_dialog(window, chart: str = "") -> Path | None:
    """File → Export chart: PNG (1×, 2× or a chosen width) or SVG, by the chosen file type."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    panel = window.current_panel()
    filters = translate("Export", "PNG image (*.png);;PNG image at 2× (*.png);;"
                                  "SVG vector image (*.svg)")
    stem = f"{panel.name}-{chart}" if chart else panel.name
    title = translate("Export", "Export chart")
    name, chosen = QFileDialog.getSaveFileName(window, title, f"{stem}.png",
                                               filters)
    if not name:
        return None
    path = Path(name)
    scale, width = 1.0, None
    if "SVG" in chosen and path.suffix.lower() != ".svg":
        path = path.with_suffix(".svg")
    elif path.suffix.lower() not in (".png", ".svg"):
        path = path.with_suffix(".png")
    try:
        if path.suffix.lower() == ".png":
            if "2×" in chosen:
                scale = 2.0
            else:
                widget = export_target(panel, chart).widget
                width, ok = QInputDialog.getInt(window, translate("Export", "Export chart"),
                                                translate("Export", "Image width in pixels:"),
                                                widget.width(),
                                                200, MAX_PIXELS, 100)
                if not ok:
                    return None
        written = export_panel(panel, path, scale=scale, width=width, chart=chart)
    except ExportError as error:
        QMessageBox.warning(window, translate("Export", "Export chart"), str(error))
        return None
    window.statusBar().showMessage(translate("Export", "Wrote {path}").format(path=written), 5000)
    return written


def install(window, file_menu) -> None:
    """File → Export chart…, Export concentration chart… (Value chain), Copy chart."""
    from PySide6.QtGui import QAction

    export = QAction(translate("Export", "Export &chart (PNG/SVG)…"), window)
    export.triggered.connect(lambda: export_dialog(window))
    second = QAction(translate("Export", "Export c&oncentration chart (PNG/SVG)…"), window,
                     objectName="exportConcentration")
    second.triggered.connect(lambda: export_dialog(window, "concentration"))
    copy = QAction(translate("Export", "Copy c&hart"), window,
                   shortcut=QKeySequence("Ctrl+Shift+C"))

    def copy_current() -> None:
        try:
            copy_chart(window.current_panel())
        except ExportError as error:
            window.statusBar().showMessage(str(error), 5000)
            return
        window.statusBar().showMessage(translate("Export", "Chart copied to the clipboard"), 3000)

    def offer_second() -> None:  # only where the panel has that second chart
        second.setVisible("concentration" in choices(window.current_panel()))

    copy.triggered.connect(copy_current)
    file_menu.aboutToShow.connect(offer_second)
    file_menu.addAction(export)
    file_menu.addAction(second)
    file_menu.addAction(copy)
    window.addAction(copy)
    offer_second()
