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
        key = (card, width, selected, ratio, self.rot_level(card),
               look if look is not None else self.look_of(option))
        pixmap = self._cards.get(key)
        if pixmap is not None:
            return pixmap
        pixmap = QPixmap(round(width * ratio), round(CARD_HEIGHT * ratio))
        pixmap.setDevicePixelRatio(ratio)
        # Opaque, on the column's own background: copied, not alpha-blended, when drawn.
        pixmap.fill(option.palette.color(QPalette.ColorRole.Base))
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, width, CARD_HEIGHT)
        if selected:
            opt.state |= QStyle.StateFlag.State_Selected
        else:
            opt.state &= ~QStyle.StateFlag.State_Selected
        rect = QRect(opt.rect).adjusted(MARGIN, MARGIN // 2, -MARGIN, -(MARGIN // 2))
        self._paint_frame(p, opt, rect, card)
        self._paint_text(p, opt, rect, card)
        p.end()
        if len(self._cards) > CARD_CACHE:
            self._cards.clear()
        self._cards[key] = pixmap
        return pixmap

    def _paint_frame(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                     card: Any) -> None:
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base = pal.color(QPalette.ColorRole.Base)
        # The accent, not the palette's highlight: the style sheet makes that a pale tint,
        # and a selected card must stand out for the keyboard user.
        border = ink(FOCUS_ACCENT) if selected else pal.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(base.darker(104) if selected else base)
        painter.drawRoundedRect(QRectF(rect), 5, 5)
        level = self.rot_level(card)
        if level:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ROT_COLOURS[level])
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)

    def _paint_text(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                    card: Any) -> None:
        pal = option.palette
        text = pal.color(QPalette.ColorRole.Text)
        dim = pal.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(PAD + 2, PAD - 2, -PAD, -PAD + 2)
        base_font, bold, small, fm, bold_fm = self._font_set(option.font)
        line = fm.height() + 2
        # line 1: deal name (bold), probability at the right
        prob = f"{card.probability}%" + ("*" if card.probability_overridden else "")
        painter.setFont(base_font)
        prob_w = fm.horizontalAdvance(prob) + 4
        painter.setPen(ink("#1a73e8") if card.probability_overridden else dim)
        painter.drawText(QRect(inner.right() - prob_w, inner.top(), prob_w, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, prob)
        painter.setFont(bold)
        painter.setPen(text)
        name_rect = QRect(inner.left(), inner.top(), inner.width() - prob_w - 4, line)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         bold_fm.elidedText(card.name, Qt.TextElideMode.ElideRight,
                                                       name_rect.width()))
        # line 2: customer
        painter.setFont(base_font)
        painter.setPen(dim)
        cust_rect = QRect(inner.left(), inner.top() + line, inner.width(), line)
        painter.drawText(cust_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(card.customer_name or "", Qt.TextElideMode.ElideRight,
                                       cust_rect.width()))
        # line 3: avatar, amount, close date, days in stage
        y = inner.top() + 2 * line + 2
        size = line
        self._paint_avatar(painter, QRect(inner.left(), y, size, size), card, small)
        painter.setFont(bold)
        painter.setPen(text)
        amount = deal_amount(shown_amount(card))
        amount_w = bold_fm.horizontalAdvance(amount) + 6
        painter.drawText(QRect(inner.left() + size + 6, y, amount_w, size),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, amount)
        painter.setFont(base_font)
        level = self.rot_level(card)
        painter.setPen(ROT_COLOURS[level] if level else dim)
        room = inner.right() - (inner.left() + size + 6 + amount_w)
        if card.closed_on is not None:  # won or lost: when (and why) it closed
            when = day(card.closed_on)
            choices = [f"{card.lost_reason or ''}  {when}".strip(), when, when[5:]]
        else:
            days = self.tr("%n d", "days in stage", card.days_in_stage)
            when = day(card.expected_close)
            # A narrow column drops the year, then the date, rather than cut a date in half.
            choices = [f"{when}  {days}".strip(), f"{when[5:]}  {days}".strip(), days]
        right = next((t for t in choices if fm.horizontalAdvance(t) <= room), choices[-1])
        painter.drawText(QRect(inner.left() + size + 6 + amount_w, y, room, size),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(right, Qt.TextElideMode.ElideLeft, room))

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

