"""The QListView of one Kanban column: card drag source and drop target, keyboard moves."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from gui.pipeline.stage_column_model import StageColumnModel

BATCH = 60


class StageColumnView(QListView):
    """Cards of one column, ExtendedSelection, drag-and-drop of deal ids.

    Signals: ``move_requested(direction)`` for Ctrl+Left (-1) / Ctrl+Right (+1),
    ``open_requested(deal_id)`` on double-click or Enter.
    """

    move_requested = Signal(int)
    open_requested = Signal(str)
    menu_requested = Signal(QPoint)  # global position, over a selected card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # setMovement(Static) switches dragging and viewport drops off, so it must come first.
        self.setMovement(QListView.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setUniformItemSizes(True)
        # Laying out a list calls the Python model once per row; in batches, the visible cards
        # are laid out and painted first and the rest follows between events.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(BATCH)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(0)
        self.doubleClicked.connect(self._open_index)

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
