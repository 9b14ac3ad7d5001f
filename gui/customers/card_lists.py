"""The card's list tabs: contacts, the follow-up timeline and opportunities, with their actions.

Every add/edit/remove is one undo step (an ``OpCommand`` of the service) pushed with the card
as initiator; ``applied(changes)`` tells the card (and through it the page) what changed.
"""

from __future__ import annotations

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
from gui.common.lazy_text import LazyText
from gui.customers.contact_dialog import ContactDialog
from gui.customers.contacts_model import ContactsModel
from gui.customers.deals_model import DealsModel
from gui.customers.followup_dialog import FollowUpDialog
from gui.customers.followup_table_view import FollowUpTableView
from gui.customers.followups_model import FollowUpsModel
from gui.customers.ops import push_customer_op
from services.core.changes import Call, call
from services.customers import edit
from services.customers.queries import CustomerCard
from services.org.people import PersonRow


def _table(parent: QWidget, model: Any, stretch: int | None,
           view: QTableView | None = None) -> QTableView:
    view = view or QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move)
    view.verticalHeader().hide()
    if stretch is not None:  # else the view sizes its columns itself
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

    applied = Signal(object)  # Changes
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
        self.followups_view = _table(host, self.followups_model, None,
                                     FollowUpTableView(host))
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

    def _push(self, text: LazyText, do: Call) -> None:
        """One undo step with the card (this object's parent) as initiator."""
        op, failed = push_customer_op(self.ctx, text, do, self.parent())
        if op is not None:
            self.applied.emit(op.changes)
        elif failed is not None:
            self.error.emit(str(failed))

    # --- contacts ------------------------------------------------------------------------

    def add_contact(self) -> None:
        """Ask for a new contact and add it (undoable)."""
        if self.card is None:
            return
        values = ContactDialog.ask(self._parent())
        if values is None:
            return
        self._push(LazyText.translate("CardLists", "Add contact"),
                   call(edit.add_contact, self.card.id, values))

    def edit_contact(self) -> None:
        """Edit the selected contact (undoable)."""
        row = self._selected(self.contacts_view)
        if self.card is None or row < 0:
            return
        contact = self.contacts_model.rows[row]
        values = ContactDialog.ask(self._parent(), contact)
        if values is None:
            return
        self._push(LazyText.translate("CardLists", "Edit contact"),
                   call(edit.update_contact, contact.id, values))

    def remove_contact(self) -> None:
        """Remove the selected contact (undoable)."""
        row = self._selected(self.contacts_view)
        if self.card is None or row < 0:
            return
        contact_id = self.contacts_model.rows[row].id
        self._push(LazyText.translate("CardLists", "Remove contact"),
                   call(edit.set_contact_deleted, contact_id, True))

    # --- follow-ups ----------------------------------------------------------------------

    def add_followup(self) -> None:
        """Open the follow-up editor (non-blocking); saving adds the record (undoable)."""
        if self.card is None:
            return
        if self.followup_editor is not None and self.followup_editor.isVisible():
            self.followup_editor.raise_()
            self.followup_editor.activateWindow()
            return
        dialog = FollowUpDialog(self.card.name, None, self._parent(), people=self._people(),
                                person_id=self.ctx.current_person_id,
                                booked=self.card.next_followup_on)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cid = self.card.id
        dialog.accepted.connect(lambda: self._save_new_followup(cid, dialog))
        dialog.destroyed.connect(lambda *_a: setattr(self, "followup_editor", None))
        self.followup_editor = dialog
        dialog.open()
        dialog.content.setFocus()

    def _people(self) -> list[PersonRow]:
        """Who may have followed up: the card's owner choices (active people)."""
        return list(getattr(self.parent(), "people", []))

    def _save_new_followup(self, cid: str, dialog: FollowUpDialog) -> None:
        values = dialog.values()
        values.setdefault("person_id", self.ctx.current_person_id)
        me = dialog.remember_me()
        if me is not None:
            self.ctx.remember_person(me)
        self._push(LazyText.translate("CardLists", "Add follow-up"),
                   call(edit.add_followup, cid, values, dialog.clear_next()))

    def edit_followup(self) -> None:
        """Edit the selected follow-up (undoable)."""
        row = self._selected(self.followups_view)
        if self.card is None or row < 0:
            return
        existing = self.followups_model.rows[row]
        dialog = FollowUpDialog(self.card.name, existing, self._parent(), people=self._people())
        if dialog.exec() != FollowUpDialog.DialogCode.Accepted:
            return
        self._push(LazyText.translate("CardLists", "Edit follow-up"),
                   call(edit.update_followup, existing.id, dialog.values()))

    def delete_followup(self) -> None:
        """Delete the selected follow-up (undoable)."""
        row = self._selected(self.followups_view)
        if self.card is None or row < 0:
            return
        fid = self.followups_model.rows[row].id
        self._push(LazyText.translate("CardLists", "Delete follow-up"),
                   call(edit.set_followup_deleted, fid, True))

    # --- deals ---------------------------------------------------------------------------

    def _open_deal(self, index: Any) -> None:
        deal_id = self.deals_model.id_at(index.row())
        if deal_id:
            self.ctx.events.open_requested.emit("deal", deal_id)
