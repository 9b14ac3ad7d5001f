"""Paints a deal as a Kanban card: name, customer, amount, owner avatar, dates, rotting mark.

Painting reads only the frozen card in ``StageColumnModel.CardRole``; no database access. Card
height is fixed so the column views use fixed rows (fast with thousands of cards).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.common.formatting import day, deal_amount
from gui.common.theme import ink
from gui.pipeline.formatting import avatar_colour, initials
from gui.pipeline.stage_column_model import StageColumnModel
from services.pipeline.deals import shown_amount

CARD_HEIGHT = 86
MARGIN = 4
FOCUS_ACCENT = "#1d5fbf"
"""Border of a selected card and ring of the keyboard's current card (style.qss's accent)."""
PAD = 8
CARD_CACHE = 3000  # rendered cards kept (a screenful of every column, many times over)
ROT_COLOURS = {1: QColor("#f39c12"), 2: QColor("#d93025")}  # orange: rotting, red: long overdue
TEXT_CACHE = 4000  # measured and elided texts kept
# Flags and roles combined once: Python enum arithmetic per card costs more than the drawing.
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ELIDE_LEFT, _ELIDE_RIGHT = Qt.TextElideMode.ElideLeft, Qt.TextElideMode.ElideRight
_BASE, _MID, _TEXT = QPalette.ColorRole.Base, QPalette.ColorRole.Mid, QPalette.ColorRole.Text
_PLACEHOLDER = QPalette.ColorRole.PlaceholderText
_ANTIALIASING = QPainter.RenderHint.Antialiasing


class DealCardDelegate(QStyledItemDelegate):
    """Card painter shared by every board and forecast column.

    ``rot_days`` maps stage id → rotting threshold, so a card rotting for more than twice its
    stage's threshold is marked red instead of orange.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rot_days: dict[str, int | None] = {}
        self._avatars: dict[tuple[Any, ...], QPixmap] = {}
        self._cards: dict[tuple[Any, ...], QPixmap] = {}
        self._fonts: tuple[str, QFont, QFont, QFont, QFontMetrics, QFontMetrics] | None = None
        self._font_keys = ("", "")  # (base, bold) font keys of ``_fonts``
        self._widths: dict[tuple[str, str], int] = {}
        self._elisions: dict[tuple[str, str, Qt.TextElideMode, int], str] = {}

    def _font_set(self, font: QFont) -> tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics]:
        """(base, bold, small, base metrics, bold metrics), built once per view font."""
        key = font.key()
        if self._fonts is None or self._fonts[0] != key:
            base = QFont(font)
            bold = QFont(font)
            bold.setBold(True)
            small = QFont(font)
            small.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
            self._fonts = (key, base, bold, small, QFontMetrics(base), QFontMetrics(bold))
            self._font_keys = (base.key(), bold.key())
        return self._fonts[1:]

    def rot_level(self, card: Any) -> int:
        """0 fresh, 1 rotting (orange), 2 rotting for over twice the threshold (red)."""
        if not card.rotting:
            return 0
        limit = self.rot_days.get(card.stage_id)
        return 2 if limit and card.days_in_stage > 2 * limit else 1

    @staticmethod
    def look_of(option: QStyleOptionViewItem) -> tuple[int, str]:
        """What of ``option`` a rendered card depends on besides the card: palette and font."""
        return option.palette.cacheKey(), option.font.key()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        return QSize(max(option.rect.width(), 180), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card = index.data(StageColumnModel.CardRole)
        if card is None:
            super().paint(painter, option, index)
            return
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.drawPixmap(option.rect.topLeft(), self.card_pixmap(
            card, option, option.rect.width(), selected, ratio))

    def card_pixmap(self, card: Any, option: QStyleOptionViewItem, width: int, selected: bool,
                    ratio: float, look: tuple[int, str] | None = None) -> QPixmap:
        """The card rendered ``width`` × ``CARD_HEIGHT`` with ``option``'s palette and font.

        A move shifts every card below it, so every visible card is drawn again: each rendered
        card is kept (frozen, so the card itself is the key) and only new or changed ones are
        painted. The column view draws these directly; ``paint`` serves other views.
        ``look`` is :meth:`look_of` ``option``, when the caller draws many cards with it.
        """
        level = self.rot_level(card)
        key = (card, width, selected, ratio, level,
               look if look is not None else self.look_of(option))
        pixmap = self._cards.get(key)
        if pixmap is not None:
            return pixmap
        pixmap = QPixmap(round(width * ratio), round(CARD_HEIGHT * ratio))
        pixmap.setDevicePixelRatio(ratio)
        # Opaque, on the column's own background: copied, not alpha-blended, when drawn.
        palette = option.palette
        pixmap.fill(palette.color(_BASE))
        p = QPainter(pixmap)
        p.setRenderHint(_ANTIALIASING, True)
        rect = QRect(MARGIN, MARGIN // 2, width - 2 * MARGIN, CARD_HEIGHT - 2 * (MARGIN // 2))
        self._paint_frame(p, palette, rect, selected, level)
        self._paint_text(p, palette, option.font, rect, card, level)
        p.end()
        if len(self._cards) > CARD_CACHE:
            self._cards.clear()
        self._cards[key] = pixmap
        return pixmap

    def _paint_frame(self, painter: QPainter, pal: QPalette, rect: QRect, selected: bool,
                     level: int) -> None:
        base = pal.color(_BASE)
        # The accent, not the palette's highlight: the style sheet makes that a pale tint,
        # and a selected card must stand out for the keyboard user.
        border = ink(FOCUS_ACCENT) if selected else pal.color(_MID)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(base.darker(104) if selected else base)
        painter.drawRoundedRect(QRectF(rect), 5, 5)
        if level:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ROT_COLOURS[level])
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)

    def _width(self, metrics: QFontMetrics, font_key: str, text: str) -> int:
        """``metrics.horizontalAdvance(text)``, remembered (measuring shapes the text)."""
        key = (font_key, text)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > TEXT_CACHE:
                self._widths.clear()
            width = self._widths[key] = metrics.horizontalAdvance(text)
        return width

    def _elided(self, metrics: QFontMetrics, font_key: str, text: str, mode: Qt.TextElideMode,
                width: int) -> str:
        """``metrics.elidedText(text, mode, width)``, remembered: a moved card keeps its name
        and customer, so only its new figures are measured.
        """
        key = (font_key, text, mode, width)
        elided = self._elisions.get(key)
        if elided is None:
            if len(self._elisions) > TEXT_CACHE:
                self._elisions.clear()
            elided = self._elisions[key] = metrics.elidedText(text, mode, width)
        return elided

    def _paint_text(self, painter: QPainter, pal: QPalette, font: QFont, rect: QRect,
                    card: Any, level: int) -> None:
        text = pal.color(_TEXT)
        dim = pal.color(_PLACEHOLDER)
        inner = rect.adjusted(PAD + 2, PAD - 2, -PAD, -PAD + 2)
        base_font, bold, small, fm, bold_fm = self._font_set(font)
        base_key, bold_key = self._font_keys
        line = fm.height() + 2
        left, top, inner_width = inner.left(), inner.top(), inner.width()
        # line 1: deal name (bold), probability at the right
        prob = f"{card.probability}%" + ("*" if card.probability_overridden else "")
        painter.setFont(base_font)
        prob_w = self._width(fm, base_key, prob) + 4
        painter.setPen(ink("#1a73e8") if card.probability_overridden else dim)
        painter.drawText(QRect(inner.right() - prob_w, top, prob_w, line), _RIGHT, prob)
        painter.setFont(bold)
        painter.setPen(text)
        name_width = inner_width - prob_w - 4
        painter.drawText(QRect(left, top, name_width, line), _LEFT,
                         self._elided(bold_fm, bold_key, card.name, _ELIDE_RIGHT, name_width))
        # line 2: customer
        painter.setFont(base_font)
        painter.setPen(dim)
        painter.drawText(QRect(left, top + line, inner_width, line), _LEFT,
                         self._elided(fm, base_key, card.customer_name or "", _ELIDE_RIGHT,
                                      inner_width))
        # line 3: avatar, amount, close date, days in stage
        y = top + 2 * line + 2
        size = line
        self._paint_avatar(painter, QRect(left, y, size, size), card, small)
        painter.setFont(bold)
        painter.setPen(text)
        amount = deal_amount(shown_amount(card))
        amount_w = self._width(bold_fm, bold_key, amount) + 6
        painter.drawText(QRect(left + size + 6, y, amount_w, size), _LEFT, amount)
        painter.setFont(base_font)
        painter.setPen(ROT_COLOURS[level] if level else dim)
        room = inner.right() - (left + size + 6 + amount_w)
        if card.closed_on is not None:  # won or lost: when (and why) it closed
            when = day(card.closed_on)
            choices = [f"{card.lost_reason or ''}  {when}".strip(), when, when[5:]]
        else:
            days = self.tr("%n d", "days in stage", card.days_in_stage)
            when = day(card.expected_close)
            # A narrow column drops the year, then the date, rather than cut a date in half.
            choices = [f"{when}  {days}".strip(), f"{when[5:]}  {days}".strip(), days]
        right = next((t for t in choices if self._width(fm, base_key, t) <= room), choices[-1])
        painter.drawText(QRect(left + size + 6 + amount_w, y, room, size), _RIGHT,
                         self._elided(fm, base_key, right, _ELIDE_LEFT, room))

    def _paint_avatar(self, painter: QPainter, rect: QRect, card: Any, small: QFont) -> None:
        # Antialiased circles cost more than the rest of a card: draw each owner's once.
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        key = (card.owner_id, card.owner_name, rect.width(), ratio, small.key())
        pixmap = self._avatars.get(key)
        if pixmap is None:
            pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(avatar_colour(card.owner_id))
            circle = QRect(0, 0, rect.width(), rect.height())
            p.drawEllipse(circle)
            p.setFont(small)
            p.setPen(QColor("white"))
            p.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(card.owner_name))
            p.end()
            if len(self._avatars) > 500:
                self._avatars.clear()
            self._avatars[key] = pixmap
        painter.drawPixmap(rect.topLeft(), pixmap)

