"""Undoable change of deals' expected close date (a forecast drop sets a month's last day)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoCommand

from services.core.errors import SailplanError
from services.core.store import Store


class SetCloseDateCommand(QUndoCommand):
    """``redo`` sets the date via ``services.pipeline.deals.set_expected_close`` and keeps the old
    dates it returns; ``undo`` puts each deal's own old date back.
    """

    def __init__(self, store: Store, deal_ids: list[str], new_date: date | None, text: str, *,
                 on_applied: Callable[[list[str]], None] | None = None,
                 on_failed: Callable[[Exception], None] | None = None) -> None:
        super().__init__(text)
        self.store = store
        self.deal_ids = list(deal_ids)
        self.new_date = new_date
        self._old: tuple[tuple[str, date | None], ...] = ()
        self._on_applied = on_applied
        self._on_failed = on_failed

    def redo(self) -> None:
        from services.pipeline.deals import set_expected_close

        try:
            self._old = set_expected_close(self.store, self.deal_ids, self.new_date)
        except SailplanError as exc:
            self.setObsolete(True)
            if self._on_failed:
                self._on_failed(exc)
            return
        if self._on_applied:
            self._on_applied(self.deal_ids)

    def undo(self) -> None:
        from services.pipeline.deals import restore_expected_close

        restore_expected_close(self.store, self._old)
        if self._on_applied:
            self._on_applied(self.deal_ids)
