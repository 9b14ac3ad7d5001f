"""Undo commands for customer edits. Each holds ids and old/new values, never widgets.

The action itself runs *before* the command is pushed (so a refused edit never reaches the
stack and the user sees the error at once); the first ``redo()`` that ``QUndoStack.push`` makes
is therefore skipped. Later undo/redo calls go to the services, and ``after`` tells the GUI what
changed so it can refresh and emit its events.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from services.core.errors import SailplanError

T = TypeVar("T")
ErrorSink = Callable[[SailplanError], None]


class SwapCommand(QUndoCommand, Generic[T]):
    """An edit whose service returns its own inverse: ``apply(x)`` sets ``x``, returns the old.

    Used for field edits (``update_customer`` returns old values) and bulk snapshots
    (``restore_fields``): undo applies the inverse, keeping what it replaced for redo.
    """

    def __init__(self, text: str, apply: Callable[[T], T], inverse: T,
                 after: Callable[[], None], on_error: ErrorSink | None = None):
        super().__init__(text)
        self._apply = apply
        self._inverse: T = inverse
        self._forward: T | None = None
        self._after = after
        self._on_error = on_error
        self._first = True

    def _run(self, value: T) -> T | None:
        try:
            return self._apply(value)
        except SailplanError as exc:
            if self._on_error is not None:
                self._on_error(exc)
            return None
        finally:
            self._after()

    def undo(self) -> None:
        result = self._run(self._inverse)
        if result is not None:
            self._forward = result

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self._forward is not None:
            result = self._run(self._forward)
            if result is not None:
                self._inverse = result


class PairCommand(QUndoCommand):
    """An edit undone by a different call: create ↔ delete, delete ↔ restore."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                 after: Callable[[], None], on_error: ErrorSink | None = None):
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._after = after
        self._on_error = on_error
        self._first = True

    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except SailplanError as exc:
            if self._on_error is not None:
                self._on_error(exc)
        finally:
            self._after()

    def undo(self) -> None:
        self._run(self._undo)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._do)
