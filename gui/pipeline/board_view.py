"""The Kanban board: one ``StageColumnWidget`` per stage side by side in a scroll area.

All column models are cut from ONE snapshot (the page's list of ``DealCard``). After a move the
page hands in the new snapshot and only columns whose cards changed emit model signals.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QScrollArea, QWidget

from gui.pipeline.deal_card_delegate import DealCardDelegate
from gui.pipeline.quick_create_card import CustomerLookup
from gui.pipeline.stage_column_model import StageColumnModel, card_order
from gui.pipeline.stage_column_widget import StageColumnWidget
from services.pipeline.deals import ColumnTotals, StageInfo, summarize_columns


class BoardView(QScrollArea):
    """Columns of deal cards; emits what the user asked for, never writes itself."""

    drop_requested = Signal(list, str)  # deal ids, stage id
    move_requested = Signal(list, str, int)  # deal ids, from stage id, direction
    open_requested = Signal(str)
    create_submitted = Signal(str, str, str, object)  # stage id, name, customer id, amount
    fold_toggled = Signal(str, bool)

    def __init__(self, lookup: CustomerLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._lookup = lookup
        self.delegate = DealCardDelegate(self)
        self.stages: list[StageInfo] = []
        self.columns: dict[str, StageColumnWidget] = {}
        self._inner = QWidget()
        self._row = QHBoxLayout(self._inner)
        self._row.setContentsMargins(6, 6, 6, 6)
        self._row.setSpacing(8)
        self.setWidget(self._inner)

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
            col.open_requested.connect(self.open_requested)
            col.create_submitted.connect(self.create_submitted)
            col.fold_toggled.connect(self.fold_toggled)
            col.menu_requested.connect(self._show_menu)
            col.set_folded(st.id in folded)
            if not st.is_open:
                col.header.setToolTip(self.tr("Deals closed in the last 30 days"))
            self.columns[st.id] = col
            self._row.addWidget(col)
        self._row.addStretch(1)

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

    def _on_move(self, key: str, direction: int) -> None:
        col = self.columns[key]
        ids = col.view.selected_deal_ids()
        if ids:
            self.move_requested.emit(ids, key, direction)

    def set_cards(self, cards: Sequence[Any],
                  closed_totals: Mapping[str, ColumnTotals] | None = None) -> None:
        """Distribute the snapshot to the columns and update their header figures.

        A column named in ``closed_totals`` (won/lost, which show only their newest cards)
        takes its figures from there; the others add up their cards.
        """
        by_stage: dict[str, list[Any]] = {k: [] for k in self.columns}
        for c in cards:
            if c.stage_id in by_stage:
                by_stage[c.stage_id].append(c)
        for key, col in self.columns.items():
            col.model.set_cards(by_stage[key])
            t = (closed_totals or {}).get(key) or summarize_columns(by_stage[key]).get(key)
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
            t = ColumnTotals(*col.header.figures()).moved(left, arriving)
            self._show_figures(col, t.count, t.amount, t.weighted)

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
        """Fold or unfold one column."""
        if stage_id in self.columns:
            self.columns[stage_id].set_folded(folded)

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

