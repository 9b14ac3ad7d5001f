"""Undo commands of the Plans page; each calls a service and keeps what its undo needs.

Use :func:`push`: it does the first write *before* the command enters the stack, so a refused
edit (a :class:`services.core.errors.ValidationError`) raises to the caller and leaves no command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from services.core.store import Store
from services.plans import actions as plans
from services.plans import timeline as plan_timeline


def _remover(kind: str) -> Callable[[Store, str], plans.Removed]:
    """The service call that deletes an action item (with its checkpoints) or a checkpoint."""
    return plans.delete_action if kind == "action" else plans.delete_checkpoint


class ServiceCommand(QUndoCommand):
    """A command whose first ``redo`` already happened in :meth:`first`."""

    def __init__(self, text: str, after: Callable[[], None]):
        super().__init__(text)
        self.after = after
        self._skip = False

    def first(self) -> None:
        """Do it now (may raise); the stack's own first ``redo`` is then skipped."""
        self.do()
        self._skip = True

    def redo(self) -> None:
        """Do (again), then refresh."""
        if self._skip:
            self._skip = False
        else:
            self.do()
        self.after()

    def undo(self) -> None:
        """Undo, then refresh."""
        self.revert()
        self.after()

    def do(self) -> None:
        """The service call."""
        raise NotImplementedError

    def revert(self) -> None:
        """Its inverse."""
        raise NotImplementedError


def push(stack: QUndoStack, cmd: ServiceCommand) -> None:
    """Do the command's first write (raising on refusal) and put it on the stack."""
    cmd.first()
    stack.push(cmd)


class EditFieldsCommand(ServiceCommand):
    """Change fields of an action item, a checkpoint or a timeline row (``kind`` says which)."""

    EDITORS: dict[str, Callable[..., dict[str, Any]]] = {
        "action": plans.update_action,
        "checkpoint": plans.update_checkpoint,
        "timeline": plan_timeline.update_checkpoint,
    }

    def __init__(self, store: Store, kind: str, row_id: str, fields: dict[str, Any], text: str,
                 after: Callable[[], None]):
        super().__init__(text, after)
        self.store, self.kind, self.row_id, self.fields = store, kind, row_id, fields
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        """Write the new values, keeping the old."""
        self.old = self.EDITORS[self.kind](self.store, self.row_id, **self.fields)

    def revert(self) -> None:
        """Write the old values back."""
        self.EDITORS[self.kind](self.store, self.row_id, **self.old)


class CreateCommand(ServiceCommand):
    """Create something (``make()`` returns its id); undo deletes it, redo restores it."""

    def __init__(self, store: Store, make: Callable[[], str], kind: str, text: str,
                 after: Callable[[], None]):
        super().__init__(text, after)
        self.store, self.make, self.kind = store, make, kind
        self.new_id: str | None = None
        self.removed: plans.Removed | None = None

    def do(self) -> None:
        """Create (first time) or restore (after an undo)."""
        if self.removed is not None:
            plans.restore(self.store, self.removed)
        else:
            self.new_id = self.make()

    def revert(self) -> None:
        """Delete what was created."""
        assert self.new_id is not None
        self.removed = _remover(self.kind)(self.store, self.new_id)


class RemoveCommand(ServiceCommand):
    """Delete an action item (with its checkpoints) or one checkpoint; undo restores them."""

    def __init__(self, store: Store, kind: str, row_id: str, text: str,
                 after: Callable[[], None]):
        super().__init__(text, after)
        self.store, self.kind, self.row_id = store, kind, row_id
        self.removed: plans.Removed | None = None

    def do(self) -> None:
        """Delete."""
        self.removed = _remover(self.kind)(self.store, self.row_id)

    def revert(self) -> None:
        """Restore exactly what was deleted."""
        assert self.removed is not None
        plans.restore(self.store, self.removed)


class ValuesCommand(ServiceCommand):
    """Write target values (services.targets.cascade.ValueChange); undo writes the inverse the
    service returned (and keeps the inverse of that for redo).
    """

    def __init__(self, store: Store, changes: list[Any], text: str, by: str | None,
                 after: Callable[[], None]):
        super().__init__(text, after)
        self.store, self.changes, self.by = store, changes, by

    def do(self) -> None:
        """Write the changes, keeping their inverse."""
        from services.targets.cascade import set_many_values

        self.changes = set_many_values(self.store, self.changes, by=self.by,
                                       reason="反推 reverse funnel").value

    def revert(self) -> None:
        """Write the inverse."""
        self.do()
