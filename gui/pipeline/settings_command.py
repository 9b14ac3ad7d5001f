"""One undoable settings change: ``redo`` applies a service call that returns its inverse,
``undo`` applies the inverse (services return exactly what undo needs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from services.core.errors import SailplanError


class SettingsCallCommand(QUndoCommand):
    """``apply()`` → state; ``revert(state)`` → state2; ``reapply(state2)`` → state (or apply).

    A change the service refuses on the first ``redo`` is kept in :attr:`error` and marks the
    command obsolete, so the undo stack drops it on push; the caller shows the message.
    ``after`` runs after every successful redo/undo (refresh views, emit events).
    """

    def __init__(self, text: str, apply: Callable[[], Any], revert: Callable[[Any], Any], *,
                 reapply: Callable[[Any], Any] | None = None,
                 after: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self._reapply = reapply
        self._after = after
        self._state: Any = None
        self._reverted: Any = None
        self._done_once = False
        self.error: Exception | None = None

    def redo(self) -> None:
        try:
            if self._done_once and self._reapply is not None:
                self._state = self._reapply(self._reverted)
            else:
                self._state = self._apply()
        except SailplanError as exc:
            self.error = exc
            self.setObsolete(True)
            return
        self._done_once = True
        if self._after:
            self._after()

    def undo(self) -> None:
        if self.error is not None:
            return
        self._reverted = self._revert(self._state)
        if self._after:
            self._after()
