"""Pushing a customer write: one :class:`~gui.common.undo.OpCommand` per action.

A refused action never reaches the stack (``OpCommand`` reports it through ``events.refused``),
and an action that changed nothing is taken off the stack again, so Edit ▸ Undo never offers a
step that does nothing. The caller gets the :class:`~services.core.changes.Op` (None when
refused) and applies ``op.changes`` to its own view; other views hear of it through
``events.changed``.
"""

from __future__ import annotations

from typing import Any

from gui.common.context import AppContext
from gui.common.lazy_text import LazyText
from gui.common.undo import OpCommand, push_op
from services.core.changes import Call, Op


def push_customer_op(ctx: AppContext, text: LazyText, do: Call, initiator: object,
                     ) -> tuple[Op[Any] | None, Exception | None]:
    """Push ``do`` as one undo step; returns ``(op, None)`` or ``(None, refusal)``."""
    stack = ctx.undo_stack
    cmd: OpCommand = push_op(stack, ctx.store, ctx.events, text, do, initiator=initiator)
    op, failed = cmd.op, cmd.failed
    if failed is not None:
        return None, failed
    if op is not None and not op.changes and op.undo is None:
        cmd.setObsolete(True)
        stack.undo()  # an obsolete command is deleted by the undo that reaches it
    return op, None
