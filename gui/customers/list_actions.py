"""The list's actions: new customer, delete, and the bulk actions on the selection.

Each action is one service call (one unit of work) pushed as ONE undo step for the whole
selection (:func:`gui.customers.ops.push_customer_op`); the page then applies the step's
``Changes`` to its rows at once, and the other views hear of it through ``events.changed``.
Shared-pool moves and merges use the customer rules' own actions
(:mod:`gui.customers.pool_actions`, :mod:`gui.customers.merge_dialog`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from gui.common.lazy_text import LazyText
from gui.customers import pool_actions
from gui.customers.bulk_prompts import BulkPrompts
from gui.customers.merge_dialog import open_merge_dialog
from gui.customers.new_customer_dialog import NewCustomerDialog
from gui.customers.ops import push_customer_op
from services.core.changes import Call, Op, call
from services.customers import bulk, edit, pool

if TYPE_CHECKING:
    from gui.customers.customers_page import CustomersPage


class CustomerListActions(QObject):
    """QActions of the customer list (toolbar and context menu)."""

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

    def _push(self, text: LazyText, do: Call) -> Op[Any] | None:
        """One undo step; the page shows its changes now (a refusal is reported by the
        window through ``events.refused``).
        """
        op, _failed = push_customer_op(self.ctx, text, do, self.page)
        if op is not None:
            self.page.apply_changes(op.changes)
            if not op.changes:
                self.ctx.events.status_message.emit(self.tr("Nothing to change."), 4000)
        return op

    def _selection(self) -> list[str]:
        return self.page.selected_ids()

    # --- actions -------------------------------------------------------------------------

    def new_customer(self) -> None:
        """Open the New customer dialog (duplicates are flagged while typing)."""
        page = self.page
        dialog = NewCustomerDialog(self.ctx.store, page.people, self.ctx.current_person_id,
                                   page.choices(), page, pool=pool.pool_enabled(self.ctx.store))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_existing.connect(lambda cid: page.show_item("customer", cid))
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.destroyed.connect(lambda *_a: setattr(self, "new_dialog", None))
        self.new_dialog = dialog
        dialog.open()

    def _create(self, dialog: NewCustomerDialog) -> None:
        op = self._push(LazyText.translate("CustomerListActions", "New customer"), call(
            edit.create_customer, dialog.value(), by_person=self.ctx.current_person_id))
        if op is not None:
            self.created.emit(op.value)

    def reassign_owner(self) -> None:
        """Give the selected customers to another owner (logged, undoable)."""
        ids = self._selection()
        if not ids:
            return
        owner = BulkPrompts.choose_owner(self.page, self.page.people, len(ids))
        if owner is None:
            return
        self._push(LazyText.translate("CustomerListActions", "Reassign %n customer(s)").plural(
                       len(ids)),
                   call(bulk.reassign_owner, ids, owner, by_person=self.ctx.current_person_id))

    def _tag(self, add: bool) -> None:
        ids = self._selection()
        if not ids:
            return
        title = self.tr("Add tag") if add else self.tr("Remove tag")
        tag = BulkPrompts.ask_tag(self.page, title, self.page.known_tags(ids if not add
                                                                           else None))
        if tag is None:
            return
        text = (LazyText.translate("CustomerListActions", "Add tag to %n customer(s)") if add
                else LazyText.translate("CustomerListActions", "Remove tag from %n customer(s)"))
        text = text.plural(len(ids))
        self._push(text, call(bulk.add_tag if add else bulk.remove_tag, ids, tag))

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
        self._push(LazyText.translate("CustomerListActions", "Set tier of %n customer(s)").plural(
                       len(ids)),
                   call(bulk.set_tier, ids, tier, by_person=self.ctx.current_person_id))

    def _pool_done(self, op: Op[Any] | None) -> None:
        if op is not None:
            self.page.apply_changes(op.changes)

    def release_to_pool(self) -> None:
        """Release the selected customers to the shared pool (公海), with an optional note."""
        ids = self._selection()
        if ids:
            self._pool_done(pool_actions.release_customers(self.ctx, self.page, ids))

    def claim(self) -> None:
        """Claim the selected pool customers for me (认领)."""
        ids = self._selection()
        if ids:
            self._pool_done(pool_actions.claim_customers(self.ctx, self.page, ids))

    def release_idle(self) -> None:
        """Release every customer idle beyond the pool threshold, after confirming."""
        self._pool_done(pool_actions.release_idle_customers(self.ctx, self.page))

    def merge(self) -> None:
        """Merge the selected customers (preview first; undoable).

        The dialog pushes the merge with no initiator: the page refreshes from the event.
        """
        open_merge_dialog(self.ctx, self.page, self._selection())

    def delete_selection(self) -> None:
        """Delete the selected customers (soft delete; Ctrl+Z brings them back)."""
        ids = self._selection()
        if not ids:
            return
        op = self._push(LazyText.translate("CustomerListActions", "Delete %n customer(s)").plural(
                            len(ids)),
                        call(edit.delete_customers, ids))
        if op is not None and op.value:
            self.ctx.events.status_message.emit(
                self.tr("Deleted %n customer(s). Undo brings them back.", "", len(op.value)),
                6000)
