"""Undoable follow-up logged from a deal's detail (it books the next step, so it can stop the
deal from rotting): undo soft-deletes it, redo restores the same record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gui.pipeline.service_command import ServiceCommand
from services.core.store import Store


class AddFollowUpCommand(ServiceCommand):
    """``redo`` adds the follow-up once (``services.customers.edit.add_followup``), then restores
    it; ``undo`` deletes it. ``on_applied(customer_id)`` runs after each step.
    """

    def __init__(self, store: Store, customer_id: str, values: dict[str, Any], text: str, *,
                 on_applied: Callable[[str], None] | None = None,
                 on_failed: Callable[[Exception], None] | None = None) -> None:
        super().__init__(store, text, on_applied=on_applied, on_failed=on_failed)
        self.customer_id = customer_id
        self.values = dict(values)
        self.followup_id: str | None = None

    def redo(self) -> None:
        from services.customers.edit import add_followup, set_followup_deleted

        def call() -> None:
            if self.followup_id is None:
                self.followup_id = add_followup(self.store, self.customer_id,
                                                self.values).value
            else:
                set_followup_deleted(self.store, self.followup_id, False)

        if self._attempt(call):
            self._applied(self.customer_id)

    def undo(self) -> None:
        from services.customers.edit import set_followup_deleted

        if self.followup_id is None:
            return
        set_followup_deleted(self.store, self.followup_id, True)
        self._applied(self.customer_id)
