"""A slim, flat vertical scroll bar for long card lists (Kanban columns).

The platform style repaints its full scroll bar (gradients, arrows, frame) every time the range
changes — on a Kanban column that is every card moved in or out, and it cost more than the cards
themselves. This bar keeps the style's geometry and mouse handling (dragging the handle, paging
on the groove) and paints only a light groove and a rounded handle, as modern card boards do.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QEnterEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QStyle, QStyleOptionSlider, QWidget

WIDTH = 10


class SlimScrollBar(QScrollBar):
    """A vertical scroll bar painted as a flat rounded handle; darker while hovered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._hovered = False
        self._painted: tuple[QRectF, bool] | None = None  # handle and visibility last painted

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        hint.setWidth(WIDTH)
        return hint

    def handle_rect(self) -> QRectF:
        """Where the handle is drawn: the style's slider rectangle, inset to a pill."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        rect = self.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                           QStyle.SubControl.SC_ScrollBarSlider, self)
        return QRectF(rect).adjusted(2, 1, -2, -1)

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        # One card more or less on a long column moves the handle by less than a pixel: keep
        # the bar (and the column frame behind it) from repainting for nothing.
        if (change == QAbstractSlider.SliderChange.SliderRangeChange
                and self._painted == (self.handle_rect(), self.maximum() > self.minimum())):
            return
        super().sliderChange(change)

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hovered = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hovered = False
        self.update()
        super().leaveEvent(event)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        scrolls = self.maximum() > self.minimum()
        handle = self.handle_rect()
        self._painted = (handle, scrolls)
        if not scrolls:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        colour = palette.color(QPalette.ColorRole.Dark if self._hovered or self.isSliderDown()
                               else QPalette.ColorRole.Mid)
        painter.setBrush(colour)
        radius = min(handle.width(), handle.height()) / 2
        painter.drawRoundedRect(handle, radius, radius)
