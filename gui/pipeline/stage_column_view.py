"""The card list of one Kanban column: drag source and drop target, keyboard moves.

A one-column QTableView with fixed row heights rather than a QListView: a QListView lays out
every row again after each insertion, calling the Python model once per row (thousands of calls
per move on a big column); fixed-height table rows need no per-row layout at all.

Painting skips the per-cell delegate calls too: a move shifts every visible card, and each
``paint`` call into Python costs more than drawing the card's cached pixmap. ``paintEvent``
draws the visible rows' pixmaps from ``DealCardDelegate.card_pixmap`` in one pass; the table
still does selection, hit testing, keyboard navigation and drag and drop.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from gui.common.slim_scroll_bar import SlimScrollBar
from gui.common.theme import ink
from gui.pipeline.deal_card_delegate import CARD_HEIGHT, FOCUS_ACCENT, MARGIN, DealCardDelegate
from gui.pipeline.stage_column_model import StageColumnModel


class StageColumnView(QTableView):
    """Cards of one column, ExtendedSelection, drag-and-drop of deal ids.

    Signals: ``move_requested(direction)`` for Ctrl+Left (-1) / Ctrl+Right (+1),
    ``step_requested(direction)`` for Left / Right (focus the neighbouring column),
    ``open_requested(deal_id)`` on double-click or Enter.

    Keyboard focus shows: the current card gets an accent ring while the column has focus,
    and a column entered from the keyboard with nothing selected selects its current card,
    so Enter and Ctrl+arrows act on the card the ring is on.
    """

    move_requested = Signal(int)
    step_requested = Signal(int)
    open_requested = Signal(str)
    menu_requested = Signal(QPoint)  # global position, over a selected card
    drag_started = Signal()  # a drag of cards from this column begins …
    drag_finished = Signal()  # … and ends (dropped anywhere or cancelled)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(CARD_HEIGHT)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Every card moved in or out changes the range: a flat bar repaints in a fraction of
        # the style's full one.
        self.setVerticalScrollBar(SlimScrollBar(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # paintEvent covers every pixel (opaque card pixmaps, the rest filled): Qt need not
        # erase the viewport first, which every drop would pay for on both columns.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.doubleClicked.connect(self._open_index)

    def paintEvent(self, event: QPaintEvent) -> None:
        delegate, model = self.itemDelegate(), self.model()
        if not isinstance(delegate, DealCardDelegate) or not isinstance(model, StageColumnModel):
            super().paintEvent(event)
            return
        count = model.rowCount()
        viewport = self.viewport()
        area = event.rect()
        height = self.verticalHeader().defaultSectionSize()
        offset = self.verticalOffset()
        first = max(0, (area.top() + offset) // height)
        last = min(count - 1, (area.bottom() + offset) // height)
        painter = QPainter(viewport)
        below = (last + 1) * height - offset  # the first pixel row under the painted cards
        if below <= area.bottom():  # the empty end of the column
            painter.fillRect(area.left(), max(area.top(), below), area.width(),
                             area.bottom() - max(area.top(), below) + 1,
                             viewport.palette().color(viewport.backgroundRole()))
        if last >= first:
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            width = viewport.width()
            ratio = viewport.devicePixelRatioF()
            selection: QItemSelectionModel | None = self.selectionModel()
            if selection is not None and not selection.hasSelection():
                selection = None  # asked per row only when something is selected
            root = self.rootIndex()
            look = delegate.look_of(option)
            for row in range(first, last + 1):
                selected = selection is not None and selection.isRowSelected(row, root)
                painter.drawPixmap(0, row * height - offset, delegate.card_pixmap(
                    model.card_at(row), option, width, selected, ratio, look))
        current = self.currentIndex()
        if self.hasFocus() and current.isValid() and first <= current.row() <= last:
            self._paint_focus_ring(painter, current.row() * height - offset, height)
        painter.end()

    def _paint_focus_ring(self, painter: QPainter, top: int, height: int) -> None:
        """An accent ring just outside the current card: where the keyboard is."""
        card = QRectF(MARGIN, top + MARGIN // 2, self.viewport().width() - 2 * MARGIN,
                      height - 2 * (MARGIN // 2))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(ink(FOCUS_ACCENT, self), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(card.adjusted(-1.5, -1, 1.5, 1), 6, 6)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # a keyboard entry makes the first card current
        selection = self.selectionModel()
        current = self.currentIndex()
        if (event.reason() != Qt.FocusReason.MouseFocusReason and selection is not None
                and current.isValid() and not selection.hasSelection()):
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                             | QItemSelectionModel.SelectionFlag.Rows)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def startDrag(self, supported: Qt.DropAction) -> None:
        # QDrag.exec() runs until the drop: the board scrolls and lights columns meanwhile.
        self.drag_started.emit()
        try:
            super().startDrag(supported)
        finally:
            self.drag_finished.emit()

    def selected_deal_ids(self) -> list[str]:
        """Ids of the selected cards, in column order."""
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes()) \
            if self.selectionModel() else []
        model = self.model()
        return [model.index(r, 0).data(StageColumnModel.DealIdRole) for r in rows]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.ControlModifier and event.key() in (
                Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            event.accept()
            return
        if mods == Qt.KeyboardModifier.NoModifier and event.key() in (
                Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_requested.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        if not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        self.menu_requested.emit(event.globalPos())

    def _open_index(self, index: QModelIndex) -> None:
        deal_id = index.data(StageColumnModel.DealIdRole)
        if deal_id:
            self.open_requested.emit(deal_id)
