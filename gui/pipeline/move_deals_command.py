"""Undoable move of one or more deals to another stage (one undo step however many deals)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QUndoCommand

from services.core.errors import SailplanError
from services.core.store import Store

Applied = Callable[["MoveDealsCommand", bool], None]
"""Called after the service call with (command, undone)."""
Failed = Callable[[Exception], None]


class MoveDealsCommand(QUndoCommand):
    """``redo`` moves the deals through ``services.pipeline.deals.move_deals`` (stage history row
    per deal); ``undo`` applies the inverse it returned, restoring stage and removing the history.

    A move the service refuses marks the command obsolete, so the stack drops it on push.
    """

    def __init__(self, store: Store, deal_ids: list[str], to_stage_id: str, text: str, *,
                 by_person_id: str | None, won_amount: Decimal | None = None,
                 closed_on: date | None = None, lost_reason: str | None = None,
                 on_applied: Applied | None = None, on_failed: Failed | None = None) -> None:
        super().__init__(text)
        self.store = store
        self.deal_ids = list(deal_ids)
        self.to_stage_id = to_stage_id
        self.by_person_id = by_person_id
        self.won_amount = won_amount
        self.closed_on = closed_on
        self.lost_reason = lost_reason
        self._on_applied = on_applied
        self._on_failed = on_failed
        self._undo: Any = None
        self.before_cards: dict[str, Any] = {}  # the cards as they were, for the page's refresh
        self.patched = False  # the page patched its snapshot after the first redo
        self.failed: Exception | None = None

    def redo(self) -> None:
        from services.pipeline.deals import move_deals

        try:
            self._undo = move_deals(self.store, self.deal_ids, self.to_stage_id,
                                    self.by_person_id, won_amount=self.won_amount,
                                    closed_on=self.closed_on, lost_reason=self.lost_reason)
        except SailplanError as exc:
            self.failed = exc
            self.setObsolete(True)
            if self._on_failed:
                self._on_failed(exc)
            return
        if self._on_applied:
            self._on_applied(self, False)

    @property
    def moved_ids(self) -> list[str]:
        """Deals the last redo actually moved (deals already in the stage are skipped)."""
        return list(self._undo.moved_ids) if self._undo is not None else []

    def undo(self) -> None:
        from services.pipeline.deals import undo_move

        if self._undo is None:
            return
        undo_move(self.store, self._undo)
        self._undo = None
        if self._on_applied:
            self._on_applied(self, True)
