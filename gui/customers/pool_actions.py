"""Shared pool (公海) actions the customer list wires to buttons: release (释放) and claim (认领).

Each action is one undo step (an ``OpCommand`` of the pool service; a refused move never
reaches the stack); undo restores owner, pool flag and date exactly and removes the logged
events. The functions return the step's :class:`~services.core.changes.Op` (None: nothing was
done) so the caller can show its changes at once; ``parent`` is the initiator of the change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from gui.common.context import AppContext
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.customers.ops import push_customer_op
from services.core.changes import Call, Op, call
from services.customers import pool
from services.customers.pool import PoolMove


class PoolDialogs:
    """The questions the actions ask, behind classmethods so tests can answer them."""

    @classmethod
    def ask_release_note(cls, parent: QWidget | None, count: int) -> str | None:
        """Confirm a release and get an optional note; None when the user cancelled."""
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("PoolActions", "Release to Shared Pool"),
            QCoreApplication.translate(
                "PoolActions", "Release the selected customers (%n) to the shared pool? Their "
                "owner is cleared and any rep can claim them.\n\nNote (optional):", "", count),
            QLineEdit.EchoMode.Normal, "")
        return text.strip() if ok else None


def _release_title() -> str:
    return QCoreApplication.translate("PoolActions", "Release to Shared Pool")


def _pool_off(parent: QWidget | None) -> None:
    Messages.show_info(parent, _release_title(), QCoreApplication.translate(
        "PoolActions", "The shared pool is turned off. Turn it on in Settings → Customer rules."))


def _push(ctx: AppContext, parent: QWidget | None, do: Call, text: LazyText
          ) -> Op[PoolMove] | None:
    """Push the move as one undo step and say what it did in the status bar."""
    op, _failed = push_customer_op(ctx, text, do, parent)
    if op is None:
        return None  # refused: the window reports it (events.refused)
    message = text.text()
    if op.value.skipped:
        skipped = len(op.value.skipped)
        message += " " + QCoreApplication.translate("PoolActions", "(skipped: %n)", "", skipped)
    ctx.events.status_message.emit(message, 5000)
    return op


def release_customers(ctx: AppContext, parent: QWidget | None, ids: list[str]
                      ) -> Op[PoolMove] | None:
    """Release the customers to the pool after asking; returns the step's Op (None: nothing)."""
    ids = [i for i in dict.fromkeys(ids) if i]
    if not ids:
        return None
    if not pool.pool_enabled(ctx.store):
        _pool_off(parent)
        return None
    note = PoolDialogs.ask_release_note(parent, len(ids))
    if note is None:
        return None
    text = LazyText.translate("PoolActions", "Release customers to the shared pool (%n)").plural(
        len(ids))
    return _push(ctx, parent, call(pool.release_to_pool, ids, ctx.current_person_id,
                                   note or None), text)


def claim_customers(ctx: AppContext, parent: QWidget | None, ids: list[str]
                    ) -> Op[PoolMove] | None:
    """Claim pool customers for the current person; returns the step's Op (None: nothing)."""
    ids = [i for i in dict.fromkeys(ids) if i]
    if not ids:
        return None
    person = ctx.current_person_id
    if not person:
        Messages.show_info(
            parent, QCoreApplication.translate("PoolActions", "Claim Customers"),
            QCoreApplication.translate(
                "PoolActions",
                "Choose who you are in Settings → General first; claimed customers become yours."))
        return None
    text = LazyText.translate("PoolActions", "Claim customers from the shared pool (%n)").plural(
        len(ids))
    return _push(ctx, parent, call(pool.claim_from_pool, ids, person), text)


def release_idle_customers(ctx: AppContext, parent: QWidget | None) -> Op[PoolMove] | None:
    """Release every customer idle beyond the pool threshold, after confirming the count."""
    if not pool.pool_enabled(ctx.store):
        _pool_off(parent)
        return None
    ids = pool.idle_customers_for_pool(ctx.store, date.today())
    if not ids:
        Messages.show_info(parent, _release_title(), QCoreApplication.translate(
            "PoolActions", "No customer is idle beyond the pool threshold."))
        return None
    idle = len(ids)
    if not Messages.ask(parent, _release_title(), QCoreApplication.translate(
            "PoolActions", "Customers with no follow-up beyond the pool threshold: %n. "
            "Release them to the shared pool now?", "", idle)):
        return None
    text = LazyText.translate(
        "PoolActions", "Release idle customers to the shared pool (%n)").plural(idle)
    return _push(ctx, parent, call(pool.release_to_pool, ids, ctx.current_person_id, "idle"),
                 text)
