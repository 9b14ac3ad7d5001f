"""The Kanban board: one ``StageColumnWidget`` per stage side by side in a scroll area.

All column models are cut from ONE snapshot (the page's list of ``DealCard``). After a move the
page hands in the new snapshot and only columns whose cards changed emit model signals.

Every stage stays in reach of a drag: the columns share the board's width (between
:data:`MIN_COLUMN_WIDTH` and :data:`MAX_COLUMN_WIDTH`), and when the open stages would not fit
at the narrowest, the won/lost columns nobody unfolded by hand show as narrow strips, which
still take drops (at 1280 px: five open stages and the two strips). While cards are dragged
the column under the cursor lights up, and near the board's left or right edge it scrolls
sideways by itself, faster nearer the edge.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QDropEvent, QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QScrollArea, QWidget

from gui.pipeline.deal_card_delegate import DealCardDelegate
from gui.pipeline.quick_create_card import CustomerLookup
from gui.pipeline.stage_column_model import StageColumnModel, card_order
from gui.pipeline.stage_column_widget import (
    FOLDED_WIDTH,
    StageColumnWidget,
    enter_columns,
    focus_target,
    step_focus,
)
from services.pipeline.deals import ColumnTotals, StageInfo, summarize_columns

MIN_COLUMN_WIDTH = 180
"""Narrowest unfolded column: a card still shows its amount, close date and days in stage."""
MAX_COLUMN_WIDTH = 280
TWO_LINE_HEADER_BELOW = 240
"""Narrower columns show the total and the weighted amount on two lines."""
SPACING = 8
MARGIN = 6
EDGE = 56
"""A drag within this many pixels of the board's left or right edge scrolls it."""
SCROLL_STEP = 28
"""Pixels per tick at the very edge (ticks every ``SCROLL_TICK_MS``)."""
SCROLL_TICK_MS = 30
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove)


class BoardView(QScrollArea):
    """Columns of deal cards; emits what the user asked for, never writes itself."""

    drop_requested = Signal(list, str)  # deal ids, stage id
    move_requested = Signal(list, str, int)  # deal ids, from stage id, direction
    open_requested = Signal(str)
    create_submitted = Signal(str, str, str, object)  # stage id, name, customer id, amount
    fold_toggled = Signal(str, bool)
    folds_shown = Signal()  # which columns show folded changed (the window was resized)

    def __init__(self, lookup: CustomerLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._lookup = lookup
        self.delegate = DealCardDelegate(self)
        self.stages: list[StageInfo] = []
        self.columns: dict[str, StageColumnWidget] = {}
        self.folded: set[str] = set()  # folded by choice (the user's or the stage's default)
        self.auto_fold: set[str] = set()  # won/lost columns folded while the board is narrow
        self._inner = QWidget()
        self._row = QHBoxLayout(self._inner)
        self._row.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._row.setSpacing(SPACING)
        self.setWidget(self._inner)
        self._own_drag = False  # a drag of cards from one of the columns is under way
        self._drag_seen = False  # a drag passed over the board since the last tick
        self._target: str | None = None  # the column lit up as the drop target
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setInterval(SCROLL_TICK_MS)
        self._scroll_timer.timeout.connect(self._drag_tick)

    def set_stages(self, stages: Sequence[StageInfo], folded: set[str]) -> None:
        """Rebuild the columns for a pipeline's stages."""
        for col in self.columns.values():
            col.setParent(None)
            col.deleteLater()
        self.columns.clear()
        while self._row.count():
            self._row.takeAt(0)
        self.stages = list(stages)
        self.delegate.rot_days = {s.id: s.rot_days for s in stages}
        for st in stages:
            model = StageColumnModel(st.id, self._drop_handler(), self)
            col = StageColumnWidget(st.id, st.name, model, self.delegate,
                                    lookup=self._lookup if st.is_open else None,
                                    can_fold=not st.is_open)
            col.move_requested.connect(self._on_move)
            col.step_requested.connect(self._on_step)
            col.open_requested.connect(self.open_requested)
            col.create_submitted.connect(self.create_submitted)
            col.fold_toggled.connect(self.fold_toggled)
            col.menu_requested.connect(self._show_menu)
            col.view.drag_started.connect(self._drag_started)
            col.view.drag_finished.connect(self._drag_finished)
            for target in (col, col.view.viewport(), col.strip):
                target.installEventFilter(self)
            if not st.is_open:
                col.header.setToolTip(self.tr("Deals closed in the last 30 days"))
            self.columns[st.id] = col
            self._row.addWidget(col)
        self._row.addStretch(1)
        self.folded = set(folded)
        self.auto_fold = {st.id for st in stages if not st.is_open} - self.folded
        self.fit_columns()

    # -- widths and folds ---------------------------------------------------------------------
    def set_auto_fold(self, stage_ids: set[str]) -> None:
        """The won/lost columns that may show folded while the board is too narrow (those the
        user did not unfold by hand).
        """
        self.auto_fold = set(stage_ids)
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width among the columns; fold the automatic won/lost ones if the open
        stages would not fit otherwise.
        """
        if not self.columns:
            return
        space = self.viewport().width() - 2 * MARGIN - SPACING * (len(self.columns) - 1)
        chosen = self.folded & self.columns.keys()
        auto = self.auto_fold & self.columns.keys() - chosen
        unfolded = len(self.columns) - len(chosen)
        tight = bool(unfolded) and (space - FOLDED_WIDTH * len(chosen)) < (
            unfolded * MIN_COLUMN_WIDTH)
        shown_folded = chosen | (auto if tight and len(auto) < unfolded else set())
        unfolded = len(self.columns) - len(shown_folded)
        width = (space - FOLDED_WIDTH * len(shown_folded)) // max(unfolded, 1)
        width = max(MIN_COLUMN_WIDTH, min(MAX_COLUMN_WIDTH, width))
        changed = False
        for key, col in self.columns.items():
            col.set_open_width(width)
            col.header.set_two_lines(width < TWO_LINE_HEADER_BELOW)
            fold = key in shown_folded
            if fold != col.folded:
                col.set_folded(fold)
                changed = True
        if changed:
            self.folds_shown.emit()

    def shows_folded(self, stage_id: str) -> bool:
        """Whether a column shows as a narrow strip now (by choice or for lack of room)."""
        col = self.columns.get(stage_id)
        return col is not None and col.folded

    # -- dragging: light the target column, scroll near the edges ------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _DRAG_EVENTS and isinstance(event, QDropEvent) and isinstance(
                watched, QWidget):
            self._drag_seen = True
            self._light(self._column_at(watched.mapToGlobal(event.position().toPoint())))
            if not self._scroll_timer.isActive():
                self._scroll_timer.start()
        elif kind == QEvent.Type.Drop:
            self._drag_over()
        elif kind == QEvent.Type.DragLeave and not self._own_drag:
            self._drag_seen = False  # another application's drag: stop unless it comes back
        return False

    def _drag_started(self) -> None:
        self._own_drag = True
        self._scroll_timer.start()

    def _drag_finished(self) -> None:
        self._own_drag = False
        self._drag_over()

    def _drag_over(self) -> None:
        self._scroll_timer.stop()
        self._light(None)

    def _drag_tick(self) -> None:
        """While cards are dragged: scroll near an edge, light the column under the cursor."""
        seen, self._drag_seen = self._drag_seen, False
        if not (self._own_drag or seen):
            self._drag_over()  # another application's drag left or ended
            return
        pos = self.viewport().mapFromGlobal(QCursor.pos())
        inside = 0 <= pos.y() < self.viewport().height()
        bar = self.horizontalScrollBar()
        width = self.viewport().width()
        if inside and pos.x() < EDGE and bar.value() > bar.minimum():
            bar.setValue(bar.value() - self._step(pos.x()))
        elif inside and pos.x() > width - EDGE and bar.value() < bar.maximum():
            bar.setValue(bar.value() + self._step(width - pos.x()))
        if inside and 0 <= pos.x() < width:
            self._light(self._column_at(QCursor.pos()))
        elif not self._own_drag:
            self._light(None)
        if not self._own_drag:
            self._drag_seen = seen and inside  # keep going while a foreign drag stays here

    @staticmethod
    def _step(distance: int) -> int:
        """Faster nearer the edge (also past it)."""
        closeness = min(1.0, max(0.0, (EDGE - distance) / EDGE))
        return max(2, round(SCROLL_STEP * closeness))

    def _column_at(self, global_pos: QPoint) -> str | None:
        point = self._inner.mapFromGlobal(global_pos)
        for key, col in self.columns.items():
            if col.geometry().contains(point):
                return key
        return None

    def _light(self, key: str | None) -> None:
        if key == self._target:
            return
        if self._target in self.columns:
            self.columns[self._target].set_drop_target(False)
        self._target = key
        if key is not None:
            self.columns[key].set_drop_target(True)

    def drop_target(self) -> str | None:
        """The column lit up as the drop target (None when no drag is over the board)."""
        return self._target

    def _drop_handler(self) -> Callable[[list[str], str], bool]:
        def handler(ids: list[str], key: str) -> bool:
            self.drop_requested.emit(ids, key)
            return True
        return handler

    def card_menu(self, key: str) -> QMenu | None:
        """The context menu for the selected cards of a column: open, move to any stage."""
        col = self.columns[key]
        ids = col.view.selected_deal_ids()
        if not ids:
            return None
        menu = QMenu(self)
        if len(ids) == 1:
            menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(ids[0]))
        move = menu.addMenu(self.tr("Move to"))
        for st in self.stages:
            action = move.addAction(st.name, partial(self.drop_requested.emit, ids, st.id))
            action.setEnabled(st.id != key)
        menu.addSeparator()
        i = next(i for i, s in enumerate(self.stages) if s.id == key)
        for label, j, shortcut in ((self.tr("Previous stage"), i - 1, "Ctrl+Left"),
                                   (self.tr("Next stage"), i + 1, "Ctrl+Right")):
            action = menu.addAction(label, partial(self.move_requested.emit, ids, key, j - i))
            action.setShortcut(shortcut)
            action.setEnabled(0 <= j < len(self.stages))
        return menu

    def _show_menu(self, key: str, pos: QPoint) -> None:
        menu = self.card_menu(key)
        if menu is not None:
            menu.exec(pos)
            menu.deleteLater()

    # -- keyboard ---------------------------------------------------------------------------
    def focus_target(self) -> QWidget | None:
        """The card list the keyboard goes to (see :func:`focus_target`)."""
        return focus_target(list(self.columns.values()))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        enter_columns(self, list(self.columns.values()), event.reason())

    def _on_step(self, key: str, direction: int) -> None:
        target = step_focus(list(self.columns.values()), key, direction)
        if target is not None:
            self.ensureWidgetVisible(target)

    def _on_move(self, key: str, direction: int) -> None:
        col = self.columns[key]
        ids = col.view.selected_deal_ids()
        if ids:
            self.move_requested.emit(ids, key, direction)

    def set_cards(self, cards: Sequence[Any],
                  totals: Mapping[str, ColumnTotals] | None = None) -> None:
        """Distribute the snapshot to the columns and update their header figures.

        A column named in ``totals`` takes its figures from there (the won/lost columns, which
        show only their newest cards; the open columns as the snapshot's reader added them
        up); the others add up their cards.
        """
        by_stage: dict[str, list[Any]] = {k: [] for k in self.columns}
        for c in cards:
            if c.stage_id in by_stage:
                by_stage[c.stage_id].append(c)
        for key, col in self.columns.items():
            col.model.set_cards(by_stage[key])
            t = (totals or {}).get(key) or summarize_columns(by_stage[key]).get(key)
            if t is None:
                self._show_figures(col, 0, Decimal(0), Decimal(0))
            else:
                self._show_figures(col, t.count, t.amount, t.weighted)

    def update_cards(self, previous: Sequence[Any], current: Sequence[Any]) -> None:
        """Targeted refresh after a move or its undo: only the columns the cards left or
        entered are touched; the new cards take their sorted place (expected close, name),
        and header figures change by exactly the cards that left or arrived.
        """
        ids = {c.id for c in previous} | {c.id for c in current}
        keys = {c.stage_id for c in previous} | {c.stage_id for c in current}
        for key in keys & self.columns.keys():
            col = self.columns[key]
            left = col.model.remove_ids(ids)
            arriving = [c for c in current if c.stage_id == key]
            col.model.insert_sorted(arriving, card_order)
            if (left or arriving) and col.view.isVisible():
                # Lay the cards out now rather than on Qt's zero timer: the list then repaints
                # in the same pass as the header figures, not in a second one after it.
                col.view.doItemsLayout()
            t = ColumnTotals(*col.header.figures()).moved(left, arriving)
            self._show_figures(col, t.count, t.amount, t.weighted)

    def swap_out_of_sight(self, hidden: Sequence[Any], shown: Sequence[Any]) -> None:
        """Take ``hidden`` cards off their won/lost columns and put ``shown`` back, their
        figures unchanged (they still count): a full column keeps its newest cards.
        """
        keys = {c.stage_id for c in hidden} | {c.stage_id for c in shown}
        for key in keys & self.columns.keys():
            col = self.columns[key]
            col.model.remove_ids(c.id for c in hidden if c.stage_id == key)
            col.model.insert_sorted([c for c in shown if c.stage_id == key], card_order)
            self._show_figures(col, *col.header.figures())

    def _show_figures(self, col: StageColumnWidget, count: int, total: Decimal,
                      weighted: Decimal) -> None:
        """Header figures, and a note under them when the column shows fewer cards."""
        col.set_figures(count, total, weighted)
        shown = col.model.rowCount()
        col.header.set_detail(
            self.tr("Newest %1 of %2 shown").replace("%1", f"{shown:,}")
            .replace("%2", f"{count:,}") if shown < count else "")

    def open_count(self) -> int:
        """Cards shown in open-stage columns."""
        return sum(self.columns[s.id].model.rowCount() for s in self.stages if s.is_open
                   and s.id in self.columns)

    def set_folded(self, stage_id: str, folded: bool) -> None:
        """Fold or unfold one column by choice (an unfolded won/lost column then stays
        unfolded when the board is narrow; the board scrolls instead).
        """
        (self.folded.add if folded else self.folded.discard)(stage_id)
        if not folded:
            self.auto_fold.discard(stage_id)
        self.fit_columns()

    def start_create(self) -> bool:
        """Open the quick-create card of the first open stage (False: the board has none)."""
        for st in self.stages:
            col = self.columns.get(st.id)
            if st.is_open and col is not None and col.can_create:
                if col.folded:
                    self.fold_toggled.emit(st.id, False)
                self.ensureWidgetVisible(col)
                col.start_quick()
                return True
        return False

    def select_deal(self, deal_id: str) -> bool:
        """Select, scroll to and focus a deal's card; False when it is not on the board."""
        for col in self.columns.values():
            row = col.model.row_of(deal_id)
            if row < 0:
                continue
            if col.folded:
                self.fold_toggled.emit(col.key, False)
            index = col.model.index(row)
            col.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            col.view.scrollTo(index)
            col.view.setFocus()
            self.ensureWidgetVisible(col)
            return True
        return False

    def focus_column(self, stage_id: str, deal_ids: Sequence[str]) -> None:
        """After a keyboard move: select the moved cards in their new column and focus it."""
        col = self.columns.get(stage_id)
        if col is None or col.folded:
            return
        sel = col.view.selectionModel()
        sel.clearSelection()
        for i, deal_id in enumerate(deal_ids):
            row = col.model.row_of(deal_id)
            if row >= 0:
                flag = QItemSelectionModel.SelectionFlag.Select
                if i == 0:
                    sel.setCurrentIndex(col.model.index(row), flag)
                else:
                    sel.select(col.model.index(row), flag)
        col.view.setFocus()
        self.ensureWidgetVisible(col)

