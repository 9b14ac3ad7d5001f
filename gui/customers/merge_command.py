"""Undo command for merging duplicate customers (合并客户): undo is an exact unmerge."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from services.core.errors import SailplanError
from services.core.store import Store
from services.customers.merge import MergeUndo, merge_customers, unmerge


class MergeCustomersCommand(QUndoCommand):
    """Holds the ids and the :class:`MergeUndo` of a merge already applied.

    The merge runs before the command is pushed (a refused merge never reaches the stack), so
    the first ``redo()`` from ``QUndoStack.push`` is skipped; later redos merge again.
    ``after(undone)`` lets the GUI refresh and emit its events.
    """

    def __init__(self, store: Store, applied: MergeUndo, by_person_id: str | None, text: str,
                 after: Callable[[bool], None] | None = None,
                 on_error: Callable[[SailplanError], None] | None = None):
        super().__init__(text)
        self.store = store
        self.keep_id = applied.keep_id
        self.merge_ids = list(applied.merge_ids)
        self.by_person_id = by_person_id
        self.applied: MergeUndo | None = applied
        self._after = after
        self._on_error = on_error
        self._first = True

    @property
    def customer_ids(self) -> list[str]:
        """The kept customer first, then the merged ones."""
        return [self.keep_id, *self.merge_ids]

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.applied = merge_customers(self.store, self.keep_id, self.merge_ids,
                                           self.by_person_id)
        except SailplanError as exc:
            self.applied = None
            if self._on_error is not None:
                self._on_error(exc)
        if self._after is not None:
            self._after(False)

    def undo(self) -> None:
        if self.applied is None:
            return
        unmerge(self.store, self.applied)
        self.applied = None
        if self._after is not None:
            self._after(True)
