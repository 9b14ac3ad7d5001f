"""Shared pool (公海) actions the customer list wires to buttons: release (释放) and claim (认领).

Each action runs the service first (a refused move never reaches the stack), then pushes one
undo step; undo restores owner, pool flag and date exactly and removes the logged events.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from gui.common.context import AppContext
from gui.common.messages import Messages
from services.core.errors import SailplanError
from services.core.store import Store
from services.customers import pool
from services.customers.pool import PoolMove


class PoolMoveCommand(QUndoCommand):
    """One release or claim; ``redo`` after an undo repeats it with the same people and note."""

    def __init__(self, store: Store, move: PoolMove, redo_fn: Callable[[], PoolMove],
                 text: str, after: Callable[[list[str]], None]):
        super().__init__(text)
        self.store = store
        self.move: PoolMove | None = move
        self._redo_fn = redo_fn
        self._after = after
        self._ids = move.customer_ids
        self._first = True

    def notify(self) -> None:
        """Tell the views the moved customers changed."""
        self._after(self._ids)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.move = self._redo_fn()
        except SailplanError:
            self.move = None
        self.notify()

    def undo(self) -> None:
        if self.move is None:
            return
        pool.undo_pool_move(self.store, self.move)
        self.move = None
        self.notify()


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


def _finish(ctx: AppContext, move: PoolMove, redo_fn: Callable[[], PoolMove], text: str,
            initiator: object) -> PoolMoveCommand | None:
    def emit(ids: list[str]) -> None:
        ctx.events.customers_changed.emit(list(ids), initiator)

    command = None
    if move.customer_ids:
        command = PoolMoveCommand(ctx.store, move, redo_fn, text, emit)
        ctx.undo_stack.push(command)
        command.notify()
    message = text
    if move.skipped:
        skipped = len(move.skipped)
        message += " " + QCoreApplication.translate("PoolActions", "(skipped: %n)", "", skipped)
    ctx.events.status_message.emit(message, 5000)
    return command


def _run(parent: QWidget | None, title: str, fn: Callable[[], PoolMove]) -> PoolMove | None:
    try:
        return fn()
    except SailplanError as exc:
        Messages.show_error(parent, title, str(exc))
        return None


def release_customers(ctx: AppContext, parent: QWidget | None, ids: list[str]
                      ) -> PoolMoveCommand | None:
    """Release the customers to the pool after asking; returns the undo step (None: nothing)."""
    ids = [i for i in dict.fromkeys(ids) if i]
    if not ids:
        return None
    if not pool.pool_enabled(ctx.store):
        _pool_off(parent)
        return None
    note = PoolDialogs.ask_release_note(parent, len(ids))
    if note is None:
        return None
    by = ctx.current_person_id

    def run() -> PoolMove:
        return pool.release_to_pool(ctx.store, ids, by, note or None)

    move = _run(parent, QCoreApplication.translate("PoolActions", "Cannot release"), run)
    if move is None:
        return None
    moved = len(move.customer_ids)
    text = QCoreApplication.translate("PoolActions", "Release customers to the shared pool (%n)",
                                      "", moved)
    return _finish(ctx, move, run, text, parent)


def claim_customers(ctx: AppContext, parent: QWidget | None, ids: list[str]
                    ) -> PoolMoveCommand | None:
    """Claim pool customers for the current person; returns the undo step (None: nothing)."""
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

    def run() -> PoolMove:
        return pool.claim_from_pool(ctx.store, ids, person)

    move = _run(parent, QCoreApplication.translate("PoolActions", "Cannot claim"), run)
    if move is None:
        return None
    moved = len(move.customer_ids)
    text = QCoreApplication.translate(
        "PoolActions", "Claim customers from the shared pool (%n)", "", moved)
    return _finish(ctx, move, run, text, parent)


def release_idle_customers(ctx: AppContext, parent: QWidget | None) -> PoolMoveCommand | None:
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
    by = ctx.current_person_id

    def run() -> PoolMove:
        return pool.release_to_pool(ctx.store, ids, by, "idle")

    move = _run(parent, QCoreApplication.translate("PoolActions", "Cannot release"), run)
    if move is None:
        return None
    moved = len(move.customer_ids)
    text = QCoreApplication.translate(
        "PoolActions", "Release idle customers to the shared pool (%n)", "", moved)
    return _finish(ctx, move, run, text, parent)
