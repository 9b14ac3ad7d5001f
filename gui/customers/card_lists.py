"""The card's list tabs: contacts, the follow-up timeline and opportunities, with their actions.

Every add/edit/remove calls a service first and then pushes one undo command; ``changed(ids,
kind)`` tells the card (and through it the page) what to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.customers.commands import PairCommand, SwapCommand
from gui.customers.contact_dialog import ContactDialog
from gui.customers.contacts_model import ContactsModel
from gui.customers.deals_model import DealsModel
from gui.customers.followup_dialog import FollowUpDialog
from gui.customers.followups_model import FollowUpsModel
from services.core.errors import SailplanError
from services.customers import edit
from services.customers.queries import CustomerCard


def _table(parent: QWidget, model: Any, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    return view


def _tab(parent: QWidget, view: QTableView, buttons: list[QPushButton]) -> QWidget:
    tab = QWidget(parent)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 4, 0, 0)
    if buttons:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
    layout.addWidget(view, 1)
    return tab


class CardLists(QObject):
    """Owns the three list tabs of the card."""

    changed = Signal(list, str)
    error = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.card: CustomerCard | None = None
        self.followup_editor: FollowUpDialog | None = None
        host = parent

        self.contacts_model = ContactsModel(self)
        self.contacts_view = _table(host, self.contacts_model, 4)
        self.contacts_view.doubleClicked.connect(lambda _i: self.edit_contact())
        add_c = QPushButton(self.tr("Add contact"), host)
        add_c.clicked.connect(self.add_contact)
        edit_c = QPushButton(self.tr("Edit"), host)
        edit_c.clicked.connect(self.edit_contact)
        del_c = QPushButton(self.tr("Remove"), host)
        del_c.clicked.connect(self.remove_contact)
        self.contacts_tab = _tab(host, self.contacts_view, [add_c, edit_c, del_c])

        self.followups_model = FollowUpsModel(self)
        self.followups_view = _table(host, self.followups_model, 2)
        self.followups_view.setWordWrap(True)
        # Wrapped content: row heights follow the content column's width (a card has few rows).
        self.followups_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.followups_view.doubleClicked.connect(lambda _i: self.edit_followup())
        add_f = QPushButton(self.tr("Add follow-up"), host)
        add_f.setToolTip(QKeySequence("Ctrl+L").toString(QKeySequence.SequenceFormat.NativeText))
        add_f.clicked.connect(self.add_followup)
        edit_f = QPushButton(self.tr("Edit"), host)
        edit_f.clicked.connect(self.edit_followup)
        del_f = QPushButton(self.tr("Delete"), host)
        del_f.clicked.connect(self.delete_followup)
        self.followups_tab = _tab(host, self.followups_view, [add_f, edit_f, del_f])

        self.deals_model = DealsModel(self)
        self.deals_view = _table(host, self.deals_model, 0)
        self.deals_view.doubleClicked.connect(self._open_deal)
        self.deals_tab = _tab(host, self.deals_view, [])

    def set_card(self, card: CustomerCard | None) -> None:
        """Show the lists of ``card``."""
        self.card = card
        self.contacts_model.set_rows(card.contacts if card else ())
        self.followups_model.set_rows(card.followups if card else ())
        self.deals_model.set_rows(card.deals if card else ())

    # --- helpers -------------------------------------------------------------------------

    def _selected(self, view: QTableView) -> int:
        rows = view.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        current = view.currentIndex()
        return current.row() if current.isValid() else -1

    def _parent(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def _done(self, cid: str, kind: str) -> Callable[[], None]:
        return lambda: self.changed.emit([cid], kind)

    def _report(self, exc: SailplanError) -> None:
        self.error.emit(str(exc))

    def _push_pair(self, text: str, do: Callable[[], Any], undo: Callable[[], Any], cid: str,
                   kind: str) -> None:
        self.ctx.undo_stack.push(PairCommand(text, do, undo, self._done(cid, kind),
                                             self._report))
        self.changed.emit([cid], kind)

    def _push_swap(self, text: str, apply: Callable[[Any], Any], old: Any, cid: str,
                   kind: str) -> None:
        self.ctx.undo_stack.push(SwapCommand(text, apply, old, self._done(cid, kind),
                                             self._report))
        self.changed.emit([cid], kind)

    # --- contacts ------------------------------------------------------------------------

    def add_contact(self) -> None:
        """Ask for a new contact and add it (undoable)."""
        if self.card is None:
            return
        values = ContactDialog.ask(self._parent())
        if values is None:
            return
        cid, store = self.card.id, self.ctx.store
        try:
            new_id = edit.add_contact(store, cid, values)
        except SailplanError as exc:
            self._report(exc)
            return
        self._push_pair(self.tr("Add contact"),
                        lambda: edit.set_contact_deleted(store, new_id, False),
                        lambda: edit.set_contact_deleted(store, new_id, True), cid, "customers")

    def edit_contact(self) -> None:
        """Edit the selected contact (undoable)."""
        row = self._selected(self.contacts_view)
        if self.card is None or row < 0:
            return
        contact = self.contacts_model.rows[row]
        values = ContactDialog.ask(self._parent(), contact)
        if values is None:
            return
        store = self.ctx.store
        try:
            old = edit.update_contact(store, contact.id, values)
        except SailplanError as exc:
            self._report(exc)
            return
        if old:
            self._push_swap(self.tr("Edit contact"),
                            lambda v: edit.update_contact(store, contact.id, v), old,
                            self.card.id, "customers")

    def remove_contact(self) -> None:
        """Remove the selected contact (undoable)."""
        row = self._selected(self.contacts_view)
        if self.card is None or row < 0:
            return
        contact_id, store = self.contacts_model.rows[row].id, self.ctx.store
        try:
            edit.set_contact_deleted(store, contact_id, True)
        except SailplanError as exc:
            self._report(exc)
            return
        self._push_pair(self.tr("Remove contact"),
                        lambda: edit.set_contact_deleted(store, contact_id, True),
                        lambda: edit.set_contact_deleted(store, contact_id, False),
                        self.card.id, "customers")

    # --- follow-ups ----------------------------------------------------------------------

    def add_followup(self) -> None:
        """Open the follow-up editor (non-blocking); saving adds the record (undoable)."""
        if self.card is None:
            return
        if self.followup_editor is not None and self.followup_editor.isVisible():
            self.followup_editor.raise_()
            self.followup_editor.activateWindow()
            return
        dialog = FollowUpDialog(self.card.name, None, self._parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cid = self.card.id
        dialog.accepted.connect(lambda: self._save_new_followup(cid, dialog.values()))
        dialog.destroyed.connect(lambda *_a: setattr(self, "followup_editor", None))
        self.followup_editor = dialog
        dialog.open()
        dialog.content.setFocus()

    def _save_new_followup(self, cid: str, values: dict[str, Any]) -> None:
        store = self.ctx.store
        values["person_id"] = self.ctx.current_person_id
        try:
            fid = edit.add_followup(store, cid, values)
        except SailplanError as exc:
            self._report(exc)
            return
        self._push_pair(self.tr("Add follow-up"),
                        lambda: edit.set_followup_deleted(store, fid, False),
                        lambda: edit.set_followup_deleted(store, fid, True), cid, "followups")

    def edit_followup(self) -> None:
        """Edit the selected follow-up (undoable)."""
        row = self._selected(self.followups_view)
        if self.card is None or row < 0:
            return
        existing = self.followups_model.rows[row]
        dialog = FollowUpDialog(self.card.name, existing, self._parent())
        if dialog.exec() != FollowUpDialog.DialogCode.Accepted:
            return
        store = self.ctx.store
        try:
            old = edit.update_followup(store, existing.id, dialog.values())
        except SailplanError as exc:
            self._report(exc)
            return
        if old:
            self._push_swap(self.tr("Edit follow-up"),
                            lambda v: edit.update_followup(store, existing.id, v), old,
                            self.card.id, "followups")

    def delete_followup(self) -> None:
        """Delete the selected follow-up (undoable)."""
        row = self._selected(self.followups_view)
        if self.card is None or row < 0:
            return
        fid, store = self.followups_model.rows[row].id, self.ctx.store
        try:
            edit.set_followup_deleted(store, fid, True)
        except SailplanError as exc:
            self._report(exc)
            return
        self._push_pair(self.tr("Delete follow-up"),
                        lambda: edit.set_followup_deleted(store, fid, True),
                        lambda: edit.set_followup_deleted(store, fid, False),
                        self.card.id, "followups")

    # --- deals ---------------------------------------------------------------------------

    def _open_deal(self, index: Any) -> None:
        deal_id = self.deals_model.id_at(index.row())
        if deal_id:
            self.ctx.events.open_requested.emit("deal", deal_id)
