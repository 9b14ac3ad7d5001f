"""The one undo command: a service call kept as data, undone by the inverse it returned.

``OpCommand`` holds the store, the app events and :class:`~services.core.changes.Call` objects
(module-level service functions with ids and values) — never a page, a widget or a bound
method, so it survives the language switch, which rebuilds every page. ``redo()`` runs the
action (or, after an undo, the redo the undo returned); ``undo()`` runs the inverse. Each run
emits ``events.changed(changes, initiator)``: the initiator (the page that made the change, held
weakly and only for the first run) can skip the refresh it already did, every other view
refreshes itself.

A refused call (:class:`~services.core.errors.SailplanError`) is reported, in the interface
language (:func:`gui.common.error_texts.error_text`), through ``events.refused`` and makes the
command obsolete: ``QUndoStack.push`` drops a command refused on its first run, and an undo the
data no longer allows removes the command from the stack. A save refused because someone else
saved the same fields (:class:`~services.core.conflicts.ConflictError`) is not reported when
its initiator says ``resolves_conflicts``: that editor shows both values and lets the user
choose (:mod:`gui.common.conflict_dialog`).
Bulk edits are either one service call over many ids or a macro of several commands
(:func:`push_macro`).

The label is a :class:`~gui.common.lazy_text.LazyText` (a plain ``str`` stays as it is): after a
language switch :func:`retranslate_commands` words every command on the stack, and the macros
made of them, in the new language, so Edit ▸ Undo never speaks the language the action was done
in.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.common.lazy_text import LazyText

if TYPE_CHECKING:
    from gui.common.events import AppEvents
    from services.core.changes import Call, Op
    from services.core.store import Store


class OpCommand(QUndoCommand):
    """See the module docstring. After ``push``, ``failed`` is the refusal (or None) and
    ``op`` the last result (``op.value`` is what the service returned, e.g. a new id).
    """

    def __init__(self, store: Store, events: AppEvents, text: str | LazyText, do: Call, *,
                 initiator: object | None = None, parent: QUndoCommand | None = None):
        super().__init__(str(text), parent)
        self.label = text
        self._store = store
        self._events = events
        self._do = do
        self._redo: Call | None = None
        self._undo: Call | None = None
        self._initiator: Any = _weak(initiator)
        self.op: Op[Any] | None = None
        self.failed: Exception | None = None

    @property
    def value(self) -> Any:
        """The value of the last successful run (None before, or after a refusal)."""
        return self.op.value if self.op is not None else None

    def retranslate(self) -> None:
        """Word the label in the current language (a plain ``str`` label stays as it is)."""
        if isinstance(self.label, LazyText):
            self.setText(self.label.text())

    def redo(self) -> None:
        op = self._run(self._redo or self._do)
        if op is not None:
            self._undo, self._redo = op.undo, None

    def undo(self) -> None:
        if self._undo is None:  # the action changed nothing: nothing to put back
            return
        op = self._run(self._undo)
        if op is not None:
            self._redo = op.undo  # None: redo repeats the original call

    def _run(self, call: Call) -> Op[Any] | None:
        from gui.common.error_texts import error_text
        from services.core.conflicts import ConflictError
        from services.core.errors import SailplanError

        initiator = self._initiator() if self._initiator is not None else None
        self._initiator = None  # only the first run is the page's own
        try:
            op = call.run(self._store)
        except SailplanError as exc:
            self.failed = exc
            self.op = None
            self.setObsolete(True)
            if not (isinstance(exc, ConflictError)
                    and getattr(initiator, "resolves_conflicts", False)):
                self._events.refused.emit(self.text(), error_text(exc))
            return None
        self.failed = None
        self.op = op
        if op.changes:
            self._events.changed.emit(op.changes, initiator)
        return op


def _weak(obj: object | None) -> Any:
    if obj is None:
        return None
    try:
        return weakref.ref(obj)
    except TypeError:  # not weak-referenceable (a plain token): keep it, it holds nothing
        return lambda: obj


def retranslate_commands(stack: QUndoStack) -> None:
    """Word every command on ``stack`` in the current language (call after a language switch);
    live undo/redo actions hear of it through the stack's text signals.
    """
    for i in range(stack.count()):
        _retranslate(stack.command(i))
    stack.undoTextChanged.emit(stack.undoText())
    stack.redoTextChanged.emit(stack.redoText())


def _retranslate(command: QUndoCommand) -> None:
    children = [command.child(i) for i in range(command.childCount())]
    for child in children:
        _retranslate(child)
    if isinstance(command, OpCommand):
        command.retranslate()
    elif children and isinstance(children[0], OpCommand):
        # A macro of push_macro: Qt made it, its steps carry its label.
        command.setText(children[0].text())


def push_op(stack: QUndoStack, store: Store, events: AppEvents, text: str | LazyText,
            do: Call, *, initiator: object | None = None) -> OpCommand:
    """Push one :class:`OpCommand`; returns it (check ``failed`` / ``value``)."""
    cmd = OpCommand(store, events, text, do, initiator=initiator)
    stack.push(cmd)
    return cmd


def push_macro(stack: QUndoStack, store: Store, events: AppEvents, text: str | LazyText,
               calls: Iterable[Call], *, initiator: object | None = None) -> list[OpCommand]:
    """Several calls as one undo step. A refused step ends the macro and takes back the steps
    before it, so the data is as it was; returns the commands pushed. Every step carries the
    macro's label (:func:`retranslate_commands` words the macro from its first step).
    """
    done: list[OpCommand] = []
    refused = False
    stack.beginMacro(str(text))
    try:
        for do in calls:
            cmd = OpCommand(store, events, text, do, initiator=initiator)
            stack.push(cmd)
            if cmd.failed is not None:
                refused = True
                break
            done.append(cmd)
    finally:
        stack.endMacro()
    if refused and done:
        stack.undo()
    return done
