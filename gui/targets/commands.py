"""Undo commands of the target editor; each calls one service and reports refusals.

A command whose first ``redo`` is refused marks itself obsolete, so ``QUndoStack.push`` drops it
and nothing is left changed. Value edits are applied to the in-memory roll-up first (parents
repaint in the same frame) and taken back when the database refuses them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from gui.common.events import AppEvents
from gui.targets.tree_model import TargetTreeModel
from services.core.errors import SailplanError
from services.core.store import Store
from services.targets import cascade as T
from services.targets import nodes as N
from services.targets.cascade import RemovedNodes, ValueChange
from services.targets.split import Values


class Editor(Protocol):
    """What the commands need from the page."""

    store: Store
    model: TargetTreeModel
    events: AppEvents

    @property
    def person_id(self) -> str | None: ...

    def report_error(self, text: str) -> None: ...

    def changed(self, node_ids: Sequence[str], *, structure: bool) -> None: ...


translate = QCoreApplication.translate


class _Guarded(QUndoCommand):
    """Runs the service call, reports a refusal and drops itself when the first run fails.

    The window-wide undo stack outlives the page (a language switch rebuilds pages): once the
    page is gone, undo/redo still write to the store and announce the change through the events.
    """

    def __init__(self, editor: Editor, text: str):
        super().__init__(text)
        self.editor = editor
        self.store, self.by, self.events = editor.store, editor.person_id, editor.events
        self.done_once = False

    def page(self) -> Editor | None:
        """The page that made the command, while it still exists."""
        return self.editor if shiboken6.isValid(self.editor) else None

    def _report(self, text: str) -> None:
        page = self.page()
        if page is not None:
            page.report_error(text)
        else:
            self.events.status_message.emit(text, 8000)

    def _changed(self, node_ids: Sequence[str], structure: bool) -> None:
        page = self.page()
        if page is not None:
            page.changed(node_ids, structure=structure)
        else:
            self.events.targets_changed.emit(list(node_ids), None)

    def _run(self, fn: Callable[[], object]) -> bool:
        try:
            fn()
        except SailplanError as exc:
            self._report(str(exc))
            if not self.done_once:
                self.setObsolete(True)
            return False
        self.done_once = True
        return True


class SetValueCommand(_Guarded):
    """Set (or clear) one node's own values for one metric and period."""

    def __init__(self, editor: Editor, node_id: str, metric: str, period: str,
                 new: Values | None, old: Values | None, name: str):
        text = translate("TargetCommands", "Edit target of “%1”")
        super().__init__(editor, text.replace("%1", name))
        self.node_id, self.metric, self.period = node_id, metric, period
        self.new, self.old = new, old

    def _set(self, values: Values | None, previous: Values | None) -> None:
        page = self.page()
        if page is not None:  # parents repaint from memory before the write
            page.model.apply_values(self.node_id, self.metric, self.period, values)

        def write() -> None:
            try:
                T.set_values(self.store, self.node_id, self.metric, self.period, values,
                             by=self.by)
            except SailplanError:
                if page is not None:
                    page.model.apply_values(self.node_id, self.metric, self.period, previous)
                raise

        if self._run(write):
            self._changed([self.node_id], structure=False)

    def redo(self) -> None:
        self._set(self.new, self.old)

    def undo(self) -> None:
        self._set(self.old, self.new)


class ValueChangesCommand(_Guarded):
    """A service operation writing many cells (split, distribute gap, accept roll-up)."""

    def __init__(self, editor: Editor, text: str, op: Callable[[], list[ValueChange]]):
        super().__init__(editor, text)
        self.op = op
        self.forward: list[ValueChange] = []
        self.inverse: list[ValueChange] = []

    def redo(self) -> None:
        def run() -> None:
            if not self.done_once:
                self.inverse = self.op()
                now: dict[str, dict[tuple[str, str], Values]] = {}
                for ch in self.inverse:
                    if ch.node_id not in now:
                        now[ch.node_id] = T.node_values(self.store, ch.node_id)
                self.forward = [ValueChange(c.node_id, c.metric, c.period,
                                            now[c.node_id].get((c.metric, c.period)))
                                for c in self.inverse]
            else:
                T.set_many_values(self.store, self.forward, by=self.by)

        if self._run(run):
            if not self.inverse:
                self.setObsolete(True)
            self._changed([c.node_id for c in self.inverse], structure=True)

    def undo(self) -> None:
        if self._run(lambda: T.set_many_values(self.store, self.inverse, by=self.by)):
            self._changed([c.node_id for c in self.inverse], structure=True)


class MoveNodeCommand(_Guarded):
    """Re-parent a node (drag and drop)."""

    def __init__(self, editor: Editor, node_id: str, new_parent: str, name: str):
        super().__init__(editor, translate("TargetCommands", "Move “%1”").replace("%1", name))
        self.node_id, self.new_parent = node_id, new_parent
        self.old_parent: str | None = None

    def redo(self) -> None:
        def run() -> None:
            self.old_parent = N.move_node(self.store, self.node_id, self.new_parent)

        if self._run(run):
            self._changed([self.node_id], True)

    def undo(self) -> None:
        if self.old_parent is not None and self._run(
                lambda: N.move_node(self.store, self.node_id, self.old_parent or "")):
            self._changed([self.node_id], True)


class AddNodeCommand(_Guarded):
    """Add a child node (a layer or a person)."""

    def __init__(self, editor: Editor, plan_id: str, parent_id: str, name: str, kind: str,
                 person_id: str | None = None):
        super().__init__(editor, translate("TargetCommands", "Add “%1”").replace("%1", name))
        self.args = (plan_id, parent_id, name, kind)
        self.person_id = person_id
        self.node_id: str | None = None
        self.removed: RemovedNodes | None = None

    def redo(self) -> None:
        def run() -> None:
            plan_id, parent_id, name, kind = self.args
            self.node_id = N.add_node(self.store, plan_id, parent_id, name, kind,
                                      person_id=self.person_id, node_id=self.node_id)

        if self._run(run) and self.node_id:
            self._changed([self.node_id], True)

    def undo(self) -> None:
        def run() -> None:
            if self.node_id:
                self.removed = N.remove_node(self.store, self.node_id)

        if self._run(run) and self.node_id:
            self._changed([self.node_id], True)


class RemoveNodeCommand(_Guarded):
    """Remove a node and its subtree; undo restores them."""

    def __init__(self, editor: Editor, node_id: str, name: str):
        super().__init__(editor, translate("TargetCommands", "Remove “%1”").replace("%1", name))
        self.node_id = node_id
        self.removed: RemovedNodes | None = None

    def redo(self) -> None:
        def run() -> None:
            self.removed = N.remove_node(self.store, self.node_id)

        if self._run(run):
            self._changed([self.node_id], True)

    def undo(self) -> None:
        removed = self.removed
        if removed is not None and self._run(lambda: N.restore_node(self.store, removed)):
            self._changed([self.node_id], True)


class RenameNodeCommand(_Guarded):
    """Rename a node."""

    def __init__(self, editor: Editor, node_id: str, name: str):
        super().__init__(editor, translate("TargetCommands", "Rename to “%1”").replace("%1", name))
        self.node_id, self.name = node_id, name
        self.old: str | None = None

    def redo(self) -> None:
        def run() -> None:
            self.old = N.rename_node(self.store, self.node_id, self.name)

        if self._run(run):
            self._changed([self.node_id], True)

    def undo(self) -> None:
        old = self.old
        if old is not None and self._run(
                lambda: N.rename_node(self.store, self.node_id, old)):
            self._changed([self.node_id], True)


class SetSplitCommand(_Guarded):
    """Set a node's split rule and its own typed weight (hundredths) for "by weights" splits."""

    def __init__(self, editor: Editor, node_id: str, rule: str, weight: int | None, name: str):
        super().__init__(editor, translate("TargetCommands", "Split weight of “%1”").replace(
            "%1", name))
        self.node_id, self.new = node_id, (rule, weight)
        self.old: tuple[str, int | None] | None = None

    def redo(self) -> None:
        def run() -> None:
            self.old = N.set_split(self.store, self.node_id, *self.new)

        if self._run(run):
            self._changed([self.node_id], True)

    def undo(self) -> None:
        old = self.old
        if old is not None and self._run(
                lambda: N.set_split(self.store, self.node_id, *old)):
            self._changed([self.node_id], True)
