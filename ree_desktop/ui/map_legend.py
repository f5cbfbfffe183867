"""The legend under the world map: one swatch a class (low to high), then zero, "0 or not
reported" (dotted) and "no data" (hatched), each explained in words; swatches wrap onto
more rows when the window or a large font leaves no room for one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ree_desktop.ui.map_scale import ClassedScale, LegendEntry

SWATCH_W = 22
GAP = 14


class ColorScaleLegend(QWidget):
    """Paints ``entries`` in rows; its height follows its width (``heightForWidth``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scale: ClassedScale | None = None
        self.unit = ""
        self.entries: list[LegendEntry] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_scale(self, scale: ClassedScale, unit: str, zero_unknown: bool = False) -> None:
        """Show ``scale``'s classes; ``zero_unknown`` adds the '0 or not reported' swatch."""
        self.scale, self.unit = scale, unit
        self.entries = scale.entries(zero_unknown, unit)
        self.setMinimumHeight(self.heightForWidth(max(self.width(), 300)))
        self.updateGeometry()
        self.update()

    def labels(self) -> list[str]:
        """The class labels, low to high (zero and no data excluded)."""
        return [] if self.scale is None else self.scale.bin_labels()

    def export_entries(self) -> list[list[tuple[str, str, str]]]:
        """The legend as an exported chart draws it: the caption, then one swatch a class."""
        if self.scale is None:
            return []
        caption = self.caption()
        glyphs = {"hatched": "hatch", "dotted": "dotted"}
        title = self.tr("Colour scale, {caption}:").format(caption=caption) if caption \
            else self.tr("Colour scale:")
        return [[("", "", title),
                 *((e.color, glyphs.get(e.pattern, "swatch"), e.label) for e in self.entries)]]

    def caption(self) -> str:
        """The line above the swatches: unit, log classes, clipping."""
        if self.scale is None:
            return ""
        parts = [self.unit] if self.unit else []
        if self.scale.log:
            parts.append(self.tr("classes on a log scale"))
        if self.scale.bound is not None:
            parts.append(self.tr("values beyond ±{bound} written on the map").format(
                bound=f"{self.scale.bound:g}"))
        return " · ".join(parts)

    def _layout(self, width: int) -> list[tuple[QRectF, LegendEntry]]:
        """Each swatch's rectangle (text follows it), wrapped to ``width``."""
        metrics = self.fontMetrics()
        row_h = max(metrics.height(), 14) + 4
        x, y = 4.0, float(row_h + 2)
        placed = []
        for entry in self.entries:
            need = SWATCH_W + 4 + metrics.horizontalAdvance(entry.label) + GAP
            if x > 4 and x + need > width:
                x, y = 4.0, y + row_h
            placed.append((QRectF(x, y + (row_h - 14) / 2, SWATCH_W, 14), entry))
            x += need
        return placed

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        placed = self._layout(width)
        row_h = max(self.fontMetrics().height(), 14) + 4
        bottom = placed[-1][0].bottom() + (row_h - 14) / 2 if placed else row_h
        return int(bottom) + 6

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = max(self.width(), 300)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(120, self.heightForWidth(max(self.width(), 120)))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumHeight(self.heightForWidth(max(self.width(), 300)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if self.minimumHeight() != need:
            self.setMinimumHeight(need)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().windowText().color()
        metrics = painter.fontMetrics()
        painter.setPen(text_color)
        painter.drawText(QRectF(4, 0, self.width() - 8, metrics.height() + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.caption())
        for rect, entry in self._layout(self.width()):
            color = QColor(entry.color)
            if entry.pattern == "hatched":
                painter.fillRect(rect, QBrush(color, Qt.BrushStyle.BDiagPattern))
            elif entry.pattern == "dotted":
                painter.fillRect(rect, QBrush(color.darker(150), Qt.BrushStyle.Dense5Pattern))
            else:
                painter.fillRect(rect, color)
            painter.setPen(QPen(QColor(text_color), 0.6))
            painter.drawRect(rect)
            painter.setPen(text_color)
            text_rect = QRectF(rect.right() + 4, rect.center().y() - metrics.height() / 2,
                               metrics.horizontalAdvance(entry.label) + 4, metrics.height())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft |
                             Qt.AlignmentFlag.AlignVCenter, entry.label)
        painter.end()
