"""The shared shape of the deal detail's undo commands: a service call that may be refused.

A refused call (:class:`~services.core.errors.SailplanError`) is kept in ``failed``, reported
through ``on_failed`` and marks the command obsolete, so the undo stack drops it on push. A call
that went through reports the affected id through ``on_applied`` after every redo and undo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from services.core.errors import SailplanError
from services.core.store import Store


class ServiceCommand(QUndoCommand):
    """Base for commands whose redo is one service call (see the module docstring)."""

    def __init__(self, store: Store, text: str, *,
                 on_applied: Callable[[str], None] | None = None,
                 on_failed: Callable[[Exception], None] | None = None) -> None:
        super().__init__(text)
        self.store = store
        self._on_applied = on_applied
        self._on_failed = on_failed
        self.failed: Exception | None = None

    def _attempt(self, call: Callable[[], object]) -> bool:
        """Run ``call``; on a refusal record it, make the command obsolete and return False."""
        try:
            call()
        except SailplanError as exc:
            self.failed = exc
            self.setObsolete(True)
            if self._on_failed:
                self._on_failed(exc)
            return False
        return True

    def _applied(self, item_id: str | None) -> None:
        if self._on_applied and item_id is not None:
            self._on_applied(item_id)
