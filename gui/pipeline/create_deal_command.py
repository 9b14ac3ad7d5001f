"""Undoable quick-create of a deal: undo soft-deletes it, redo brings the same deal back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gui.pipeline.service_command import ServiceCommand
from services.core.store import Store


class CreateDealCommand(ServiceCommand):
    """The first ``redo`` creates the deal (with its first history row); later redos restore
    the same id, and ``undo`` discards it.
    """

    def __init__(self, store: Store, values: dict[str, Any], text: str, *,
                 on_applied: Callable[[str], None] | None = None,
                 on_failed: Callable[[Exception], None] | None = None) -> None:
        super().__init__(store, text, on_applied=on_applied, on_failed=on_failed)
        self.values = dict(values)
        self.deal_id: str | None = None

    def redo(self) -> None:
        from services.pipeline.deals import create_deal, restore_deal

        def call() -> None:
            if self.deal_id is None:
                self.deal_id = create_deal(self.store, **self.values)
            else:
                restore_deal(self.store, self.deal_id)

        if self._attempt(call):
            self._applied(self.deal_id)

    def undo(self) -> None:
        from services.pipeline.deals import discard_deal

        if self.deal_id is None:
            return
        discard_deal(self.store, self.deal_id)
        self._applied(self.deal_id)
