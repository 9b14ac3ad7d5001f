"""A whole Kanban column: header, inline quick-create card and the card list; foldable.

The whole column takes a drop of deal cards (the header as well as the list, and the narrow
strip it shows when folded), and the board lights up the column a drag is over
(:meth:`StageColumnWidget.set_drop_target`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from gui.pipeline.deal_card_delegate import DealCardDelegate
from gui.pipeline.deal_mime import decode_deal_ids
from gui.pipeline.quick_create_card import CustomerLookup, QuickCreateCard
from gui.pipeline.stage_column_header import StageColumnHeader
from gui.pipeline.stage_column_model import StageColumnModel
from gui.pipeline.stage_column_view import StageColumnView

COLUMN_WIDTH = 250
"""Width of an unfolded column unless the board fits its columns to the window."""
FOLDED_WIDTH = 34


class _DropHighlight(QWidget):
    """Drawn over a column while cards are dragged over it; lets every event through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(accent)
        fill.setAlpha(36)
        painter.setBrush(fill)
        painter.setPen(QPen(accent, 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)


class _FoldedStrip(QWidget):
    """The narrow vertical strip a folded column shows; click unfolds, drops still move."""

    clicked = Signal()

    def __init__(self, model: StageColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.text = ""
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().alternateBase())
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        if any("\u4e00" <= ch <= "\u9fff" for ch in self.text):
            # Chinese reads naturally top to bottom: stack the characters upright.
            step = painter.fontMetrics().height()
            y = 8
            for ch in self.text.replace(" ", ""):
                painter.drawText(QRect(0, y, self.width(), step), Qt.AlignmentFlag.AlignHCenter,
                                 ch)
                y += step if ch not in "()" else step * 3 // 4
            return
        painter.translate(self.width() / 2, 8)
        painter.rotate(90)
        painter.drawText(QRect(0, -self.width() // 2, self.height() - 16, self.width()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if decode_deal_ids(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.model.dropMimeData(event.mimeData(), event.dropAction(), -1, 0, self.model.index(-1))


class StageColumnWidget(QFrame):
    """One column of the board (or of the forecast), bound to its ``StageColumnModel``."""

    move_requested = Signal(str, int)  # column key, direction
    step_requested = Signal(str, int)  # column key, direction: focus the neighbouring column
    open_requested = Signal(str)  # deal id
    create_submitted = Signal(str, str, str, object)  # column key, name, customer id, amount
    fold_toggled = Signal(str, bool)
    menu_requested = Signal(str, QPoint)  # column key, global position

    def __init__(self, key: str, title: str, model: StageColumnModel,
                 delegate: DealCardDelegate, *, lookup: CustomerLookup | None = None,
                 can_fold: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self.model = model
        self.open_width = COLUMN_WIDTH
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = StageColumnHeader(title, can_create=lookup is not None, can_fold=can_fold)
        self.header.setAutoFillBackground(True)
        # built the first time it is asked for: a board opens with seven columns, few of which
        # ever get a deal typed in
        self._lookup = lookup
        self.quick: QuickCreateCard | None = None
        self.view = StageColumnView()
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)
        self.strip = _FoldedStrip(model)
        layout.addWidget(self.header)
        self._layout = layout
        if lookup is not None:
            self.header.create_requested.connect(self.start_quick)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.strip, 1)
        self.view.move_requested.connect(lambda d: self.move_requested.emit(self.key, d))
        self.view.step_requested.connect(lambda d: self.step_requested.emit(self.key, d))
        self.view.open_requested.connect(self.open_requested)
        self.view.menu_requested.connect(lambda pos: self.menu_requested.emit(self.key, pos))
        self.header.fold_requested.connect(lambda: self.fold_toggled.emit(self.key, True))
        self.strip.clicked.connect(lambda: self.fold_toggled.emit(self.key, False))
        self.highlight = _DropHighlight(self)
        self.folded = False
        self.set_folded(False)

    @property
    def can_create(self) -> bool:
        """Whether deals can be typed in here (an open stage's column)."""
        return self._lookup is not None

    def start_quick(self) -> None:
        """Open the quick-create card under the header (built on first use)."""
        if self._lookup is None:
            return
        if self.quick is None:
            self.quick = QuickCreateCard(self._lookup)
            self.quick.hide()
            self._layout.insertWidget(1, self.quick)
            self.quick.submitted.connect(
                lambda n, c, a: self.create_submitted.emit(self.key, n, c, a))
        self.quick.start()

    def set_folded(self, folded: bool) -> None:
        """Show the narrow strip (folded) or the full column."""
        self.folded = folded
        self.header.setVisible(not folded)
        self.view.setVisible(not folded)
        if self.quick is not None and folded:
            self.quick.hide()
        self.strip.setVisible(folded)
        self.setFixedWidth(FOLDED_WIDTH if folded else self.open_width)

    def set_open_width(self, width: int) -> None:
        """The width of the column when it is not folded."""
        self.open_width = width
        if not self.folded:
            self.setFixedWidth(width)

    def set_drop_target(self, on: bool) -> None:
        """Light the column up (cards are dragged over it) or not."""
        if on != self.highlight.isVisible():
            self.highlight.setGeometry(self.rect())
            self.highlight.setVisible(on)
            self.highlight.raise_()

    def is_drop_target(self) -> bool:
        """Whether the column is lit up as the drop target."""
        return self.highlight.isVisible()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.highlight.setGeometry(self.rect())

    # Drops on the header (the list and the folded strip take their own).
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if decode_deal_ids(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if decode_deal_ids(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.model.dropMimeData(event.mimeData(), event.dropAction(), -1, 0, self.model.index(-1))

    def set_figures(self, count: int, total: Decimal, weighted: Decimal) -> None:
        """Update header figures and the folded strip's text."""
        self.header.set_figures(count, total, weighted)
        self.strip.text = f"{self.title} {count}"
        self.strip.update()


# -- keyboard focus across the columns of a board or a forecast -------------------------------

def focus_target(columns: Sequence[StageColumnWidget]) -> QWidget | None:
    """The card list the keyboard goes to: the first unfolded column with a selection, else
    the first with cards, else the first unfolded one (None when there is none).
    """
    shown = [c for c in columns if not c.folded]
    for col in shown:
        selection = col.view.selectionModel()
        if selection is not None and selection.hasSelection():
            return col.view
    return next((c.view for c in shown if c.model.rowCount()), shown[0].view if shown else None)


def step_focus(columns: Sequence[StageColumnWidget], key: str,
               direction: int) -> StageColumnWidget | None:
    """Left/Right on a card: focus the next unfolded column that way, on the card level with
    the current one (its last card if it is shorter), selected in place of the cards left
    behind; the column focused, or None at the end.
    """
    shown = [c for c in columns if not c.folded]
    here = next((i for i, c in enumerate(shown) if c.key == key), None)
    if here is None or not 0 <= here + direction < len(shown):
        return None
    source, target = shown[here].view, shown[here + direction]
    current = source.currentIndex()
    y = source.visualRect(current).center().y() if current.isValid() else 0
    source.clearSelection()  # the keyboard's card moves on: one column has selected cards
    count = target.model.rowCount()
    if count:
        index = target.view.indexAt(QPoint(target.view.viewport().width() // 2, max(y, 0)))
        if not index.isValid():
            index = target.model.index(count - 1)
        target.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        target.view.scrollTo(index)
    target.view.setFocus(Qt.FocusReason.OtherFocusReason)
    return target


def enter_columns(area: QScrollArea, columns: Sequence[StageColumnWidget],
                  reason: Qt.FocusReason) -> None:
    """The board (or forecast) took the focus: it is only a way into its cards. Tab lands on
    a card list; Shift+Tab from the cards goes on past the board instead of back to them.
    """
    if reason == Qt.FocusReason.BacktabFocusReason:
        area.focusPreviousChild()
        return
    target = focus_target(columns)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        area.ensureWidgetVisible(target.parentWidget() or target)
