"""Undoable follow-up logged from a deal's detail (it books the next step, so it can stop the
deal from rotting): undo soft-deletes it, redo restores the same record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from services.errors import SailplanError
from services.store import Store


class AddFollowUpCommand(QUndoCommand):
    """``redo`` adds the follow-up once (``services.customer_edit.add_followup``), then restores
    it; ``undo`` deletes it. ``on_applied(customer_id)`` runs after each step.
    """

    def __init__(self, store: Store, customer_id: str, values: dict[str, Any], text: str, *,
                 on_applied: Callable[[str], None] | None = None,
                 on_failed: Callable[[Exception], None] | None = None) -> None:
        super().__init__(text)
        self.store = store
        self.customer_id = customer_id
        self.values = dict(values)
        self.followup_id: str | None = None
        self._on_applied = on_applied
        self._on_failed = on_failed
        self.failed: Exception | None = None

    def redo(self) -> None:
        from services.customer_edit import add_followup, set_followup_deleted

        try:
            if self.followup_id is None:
                self.followup_id = add_followup(self.store, self.customer_id, self.values)
            else:
                set_followup_deleted(self.store, self.followup_id, False)
        except SailplanError as exc:
            self.failed = exc
            self.setObsolete(True)
            if self._on_failed:
                self._on_failed(exc)
            return
        if self._on_applied:
            self._on_applied(self.customer_id)

    def undo(self) -> None:
        from services.customer_edit import set_followup_deleted

        if self.followup_id is None:
            return
        set_followup_deleted(self.store, self.followup_id, True)
        if self._on_applied:
            self._on_applied(self.customer_id)
