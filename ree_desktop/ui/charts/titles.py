"""Chart titles and notes that fit (issue 16): at 16 and 20 pt pyqtgraph cut a plot's title
(its row is a fixed 30 px and the text runs past the plot's edge) and a note drawn in the
view box (the Demand panel's CAGR note) ran out of the view.

* :func:`fit_titles` makes a plot's title wrap onto as many lines as the plot's width needs,
  and sizes the title row from the font's line height; it refits on resize and font change,
  whoever sets the title (``plot.setTitle`` and ``getPlotItem().setTitle`` both pass here).
* :class:`ViewNote` is a note anchored inside the view box's top corner; it shrinks its
  text (to 70 %) to fit the view and hides itself when even that does not fit (the same
  numbers are always in a table beside the chart).
"""

from __future__ import annotations

import re
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

MARGIN = 8          # QGraphicsTextItem's document margin is 4 px a side
SMALLEST = 0.7      # a note shrinks to this share of its size before it hides


def _points(size: str | None) -> float:
    """'12pt' → 12.0; the application's size when unset."""
    if size and size.endswith("pt"):
        return float(size[:-2])
    app = QApplication.instance()
    return app.font().pointSizeF() if app else 9.0


def label_font(label: pg.LabelItem, size: str | None = None) -> QFont:
    """The font a LabelItem's text is drawn in (its size and weight from its options)."""
    font = QFont(label.item.font())
    font.setPointSizeF(_points(size or label.opts.get("size")))
    font.setBold(bool(label.opts.get("bold")))
    return font


def wrap_words(text: str, font: QFont, width: float) -> list[str]:
    """``text`` broken on spaces into lines no wider than ``width`` (a longer word keeps a
    line of its own)."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def fit_title(item: pg.PlotItem) -> None:
    """Re-wrap the plot's title for its width and give its row the height it needs."""
    title = getattr(item, "kit_title", None)
    label = item.titleLabel
    if not title or not label.isVisible():
        return
    view = item.getViewWidget()
    width = view.width() if view is not None else item.width()
    width -= item.vb.mapRectToScene(item.vb.boundingRect()).left()  # left axis and margin
    right = item.getAxis("right")
    if right.isVisible():
        width -= right.width()
    width -= MARGIN + 8
    font = label_font(label)
    lines = wrap_words(title, font, width)
    html = "<br>".join(lines)
    if html != label.text:
        label.setText(html)
    height = int(QFontMetricsF(font).lineSpacing() * len(lines) + MARGIN + 2)
    if label.maximumHeight() == height:
        return
    label.setMaximumHeight(height)
    item.layout.setRowFixedHeight(0, height)


def fit_axis_label(axis: pg.AxisItem) -> None:
    """Elide an axis label longer than its axis (the whole label in the axis' tooltip)."""
    if getattr(axis, "kit_fitted", False):
        return
    axis.kit_fitted = True
    original = axis.labelString

    def label_string() -> str:
        html = original()
        plain = " ".join(re.sub(r"<[^>]+>", " ", html).split())
        vertical = axis.orientation in ("left", "right")
        room = (axis.height() if vertical else axis.width()) - MARGIN - 4
        font = QFont(axis.label.font())
        size = str(axis.labelStyle.get("font-size", ""))
        if size.endswith("pt"):
            font.setPointSizeF(float(size[:-2]))
        metrics = QFontMetricsF(font)
        axis.setToolTip(plain if metrics.horizontalAdvance(plain) > room > 0 else "")
        if room <= 0 or metrics.horizontalAdvance(plain) <= room:
            return html
        shown = metrics.elidedText(plain, Qt.TextElideMode.ElideRight, room)
        style = ";".join(f"{k}: {v}" for k, v in axis.labelStyle.items())
        return f"<span style='{style}'>{escape(shown, quote=False)}</span>"

    axis.labelString = label_string


class _Refit(QObject):
    """Refits a plot's title when the plot is resized or its font changes."""

    def __init__(self, item: pg.PlotItem, parent: QObject) -> None:
        super().__init__(parent)
        self.item = item
        self.width = -1

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            if event.size().width() != self.width:
                self.width = event.size().width()
                fit_title(self.item)
            for side in ("left", "right", "bottom"):
                axis = self.item.getAxis(side)
                if axis.isVisible() and axis.label.isVisible():
                    fit_axis_label(axis)  # axes set after make_plot too
                    axis._updateLabel()
        elif event.type() == QEvent.Type.FontChange:
            fit_title(self.item)
        return False


def fit_titles(plot: pg.PlotWidget) -> None:
    """Make every title this plot is given wrap to its width (see the module's note)."""
    item = plot.getPlotItem()
    original = item.setTitle

    def set_title(title=None, **args):
        item.kit_title = None if title is None else " ".join(str(title).split())
        original(title, **args)
        fit_title(item)

    item.setTitle = set_title
    item.vb.sigResized.connect(lambda *_args: fit_title(item))  # the axes' widths changed
    for side in ("left", "right", "bottom"):
        fit_axis_label(item.getAxis(side))
    item.kit_refit = _Refit(item, plot)
    plot.installEventFilter(item.kit_refit)


def full_title(item: pg.PlotItem) -> str:
    """The title as set, before wrapping (exports and tests read it)."""
    return getattr(item, "kit_title", None) or item.titleLabel.text


class ViewNote(pg.LabelItem):
    """A note in a corner of the view box that always fits inside it (or hides)."""

    def __init__(self, view: pg.ViewBox, corner: str = "right",
                 avoid: pg.GraphicsWidget | None = None) -> None:
        super().__init__(justify=corner)
        self.view = view
        self.avoid = avoid  # an in-plot legend in the other corner
        self.corner = corner
        self.base_size: float | None = None
        self.fits = True
        self.setParentItem(view)
        x = 1 if corner == "right" else 0
        self.anchor(itemPos=(x, 0), parentPos=(x, 0), offset=(-6 if x else 6, 4))
        view.sigResized.connect(self.refit)

    def set_note(self, text: str, **args) -> None:
        """Show ``text`` (HTML lines joined with <br>) at the application's size."""
        self.base_size = _points(args.pop("size", None))
        self.setText(text, **args)
        self.refit()

    def room(self) -> tuple[float, float]:
        rect = self.view.boundingRect()
        width = rect.width() - 12
        if self.avoid is not None and self.avoid.isVisible():
            width -= self.avoid.boundingRect().width() + 16
        return width, rect.height() * 0.6

    def refit(self, *_args) -> None:
        if not self.text:
            self.setVisible(False)
            return
        if self.base_size is None:
            self.base_size = _points(None)
        width, height = self.room()
        size = self.base_size
        while True:
            self.setText(self.text, size=f"{size:.1f}pt")
            rect = self.itemRect()
            self.fits = rect.width() <= width and rect.height() <= height
            if self.fits or size <= self.base_size * SMALLEST:
                break
            size = max(self.base_size * SMALLEST, size * 0.9)
        self.setVisible(self.fits)
