"""The list's actions: new customer, delete, and the bulk actions on the selection.

Each action calls its service once (one unit of work) and pushes ONE undo command for the whole
selection; ``changed(ids)`` tells the page which rows to refresh. Shared-pool moves and merges
use the customer rules' own actions (:mod:`gui.customers.pool_actions`,
:mod:`gui.customers.merge_dialog`), which announce their changes through ``ctx.events``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from gui.common.messages import Messages
from gui.customers import pool_actions
from gui.customers.bulk_prompts import BulkPrompts
from gui.customers.commands import PairCommand, SwapCommand
from gui.customers.merge_dialog import open_merge_dialog
from gui.customers.new_customer_dialog import NewCustomerDialog
from services.core.errors import SailplanError
from services.customers import bulk, edit

if TYPE_CHECKING:
    from gui.customers.customers_page import CustomersPage


class CustomerListActions(QObject):
    """QActions of the customer list (toolbar and context menu)."""

    changed = Signal(list)  # customer ids
    created = Signal(str)

    def __init__(self, page: CustomersPage):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.new_dialog: NewCustomerDialog | None = None
        ctx_shortcut = Qt.ShortcutContext.WidgetWithChildrenShortcut

        def action(text: str, slot: Callable[[], Any], shortcut: str | None = None,
                   bulk_only: bool = True) -> QAction:
            act = QAction(text, page)
            act.triggered.connect(slot)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(ctx_shortcut)
            act.setProperty("needs_selection", bulk_only)
            page.addAction(act)
            return act

        self.new = action(self.tr("New customer…"), self.new_customer, "Ctrl+N", False)
        self.reassign = action(self.tr("Reassign owner…"), self.reassign_owner)
        self.add_tag = action(self.tr("Add tag…"), self.add_tag_to_selection)
        self.remove_tag = action(self.tr("Remove tag…"), self.remove_tag_from_selection)
        self.set_tier = action(self.tr("Set tier…"), self.set_tier_of_selection)
        self.release = action(self.tr("Release to shared pool…"), self.release_to_pool)
        self.claim_ = action(self.tr("Claim from shared pool"), self.claim)
        self.release_idle_ = action(self.tr("Release idle customers…"), self.release_idle, None,
                                    False)
        self.merge_ = action(self.tr("Merge…"), self.merge)
        self.delete = action(self.tr("Delete"), self.delete_selection)
        self.delete.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.bulk_actions = [self.reassign, self.add_tag, self.remove_tag, self.set_tier,
                             self.release, self.claim_, self.merge_, self.delete]

    def update_enabled(self, selected: int) -> None:
        """Bulk actions need a selection; merging needs two customers."""
        for act in self.bulk_actions:
            act.setEnabled(selected > 0)
        self.merge_.setEnabled(selected >= 2)

    # --- plumbing ------------------------------------------------------------------------

    def _error(self, exc: SailplanError) -> None:
        Messages.show_error(self.page, self.tr("Customers"), str(exc))

    def _after(self, ids: list[str]) -> Callable[[], None]:
        return lambda: self.changed.emit(list(ids))

    def _swap(self, text: str, apply: Callable[[Any], Any], old: dict[str, Any]) -> None:
        if not old:
            self.ctx.events.status_message.emit(self.tr("Nothing to change."), 4000)
            return
        ids = list(old)
        self.ctx.undo_stack.push(SwapCommand(text, apply, old, self._after(ids), self._error))
        self.changed.emit(ids)

    def _selection(self) -> list[str]:
        return self.page.selected_ids()

    # --- actions -------------------------------------------------------------------------

    def new_customer(self) -> None:
        """Open the New customer dialog (duplicates are flagged while typing)."""
        page = self.page
        dialog = NewCustomerDialog(self.ctx.store, page.people, self.ctx.current_person_id,
                                   page.choices(), page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_existing.connect(lambda cid: page.show_item("customer", cid))
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.destroyed.connect(lambda *_a: setattr(self, "new_dialog", None))
        self.new_dialog = dialog
        dialog.open()

    def _create(self, dialog: NewCustomerDialog) -> None:
        store = self.ctx.store
        try:
            cid = edit.create_customer(store, dialog.value(), by_person=self.ctx.current_person_id)
        except SailplanError as exc:
            self._error(exc)
            return
        self.ctx.undo_stack.push(PairCommand(
            self.tr("New customer"), lambda: edit.restore_customers(store, [cid]),
            lambda: edit.delete_customers(store, [cid]), self._after([cid]), self._error))
        self.changed.emit([cid])
        self.created.emit(cid)

    def reassign_owner(self) -> None:
        """Give the selected customers to another owner (logged, undoable)."""
        ids = self._selection()
        if not ids:
            return
        owner = BulkPrompts.choose_owner(self.page, self.page.people, len(ids))
        if owner is None:
            return
        store, me = self.ctx.store, self.ctx.current_person_id
        try:
            old = bulk.reassign_owner(store, ids, owner, by_person=me)
        except SailplanError as exc:
            self._error(exc)
            return
        self._swap(self.tr("Reassign %n customer(s)", "", len(old)),
                   lambda snap: bulk.restore_fields(store, snap, by_person=me), old)

    def _tag(self, add: bool) -> None:
        ids = self._selection()
        if not ids:
            return
        title = self.tr("Add tag") if add else self.tr("Remove tag")
        tag = BulkPrompts.ask_tag(self.page, title, self.page.known_tags(ids if not add
                                                                           else None))
        if tag is None:
            return
        store = self.ctx.store
        try:
            old = (bulk.add_tag if add else bulk.remove_tag)(store, ids, tag)
        except SailplanError as exc:
            self._error(exc)
            return
        text = (self.tr("Add tag to %n customer(s)", "", len(old)) if add
                else self.tr("Remove tag from %n customer(s)", "", len(old)))
        self._swap(text, lambda snap: bulk.restore_fields(store, snap), old)

    def add_tag_to_selection(self) -> None:
        """Add a tag to every selected customer."""
        self._tag(True)

    def remove_tag_from_selection(self) -> None:
        """Remove a tag from every selected customer."""
        self._tag(False)

    def set_tier_of_selection(self) -> None:
        """Set the tier of the selected customers by hand (a manual override)."""
        ids = self._selection()
        if not ids:
            return
        tier = BulkPrompts.choose_tier(self.page, len(ids))
        if tier is None:
            return
        store, me = self.ctx.store, self.ctx.current_person_id
        try:
            old = bulk.set_tier(store, ids, tier, by_person=me)
        except SailplanError as exc:
            self._error(exc)
            return
        self._swap(self.tr("Set tier of %n customer(s)", "", len(old)),
                   lambda snap: bulk.restore_fields(store, snap), old)

    def release_to_pool(self) -> None:
        """Release the selected customers to the shared pool (公海), with an optional note."""
        ids = self._selection()
        if ids:
            # The view (not the page) is the initiator, so the page refreshes on the event,
            # also when the step is undone or redone later.
            pool_actions.release_customers(self.ctx, self.page.view, ids)

    def claim(self) -> None:
        """Claim the selected pool customers for me (认领)."""
        ids = self._selection()
        if ids:
            pool_actions.claim_customers(self.ctx, self.page.view, ids)

    def release_idle(self) -> None:
        """Release every customer idle beyond the pool threshold, after confirming."""
        pool_actions.release_idle_customers(self.ctx, self.page.view)

    def merge(self) -> None:
        """Merge the selected customers (preview first; undoable)."""
        open_merge_dialog(self.ctx, self.page.view, self._selection())

    def delete_selection(self) -> None:
        """Delete the selected customers (soft delete; Ctrl+Z brings them back)."""
        ids = self._selection()
        if not ids:
            return
        store = self.ctx.store
        try:
            done = edit.delete_customers(store, ids)
        except SailplanError as exc:
            self._error(exc)
            return
        self.ctx.undo_stack.push(PairCommand(
            self.tr("Delete %n customer(s)", "", len(done)),
            lambda: edit.delete_customers(store, done),
            lambda: edit.restore_customers(store, done), self._after(done), self._error))
        self.changed.emit(done)
        self.ctx.events.status_message.emit(
            self.tr("Deleted %n customer(s). Undo brings them back.", "", len(done)), 6000)
