"""Undoable edit of plain deal fields (name, amount, owner, close date, probability, …)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gui.pipeline.service_command import ServiceCommand
from services.core.store import Store


class EditDealCommand(ServiceCommand):
    """``redo`` calls ``services.pipeline.deals.update_deal`` with the new values and keeps the old
    ones it returns; ``undo`` writes the old values back the same way.
    """

    def __init__(self, store: Store, deal_id: str, changes: dict[str, Any], text: str, *,
                 on_applied: Callable[[str], None] | None = None,
                 on_failed: Callable[[Exception], None] | None = None) -> None:
        super().__init__(store, text, on_applied=on_applied, on_failed=on_failed)
        self.deal_id = deal_id
        self.changes = dict(changes)
        self._old: dict[str, Any] | None = None

    def redo(self) -> None:
        from services.pipeline.deals import update_deal

        def call() -> None:
            self._old = update_deal(self.store, self.deal_id, **self.changes)

        if self._attempt(call):
            self._applied(self.deal_id)

    def undo(self) -> None:
        from services.pipeline.deals import update_deal

        if self._old is None:
            return
        update_deal(self.store, self.deal_id, **self._old)
        self._applied(self.deal_id)
