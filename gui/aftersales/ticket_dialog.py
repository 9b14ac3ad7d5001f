"""Add or edit one service ticket: the issue, customer, type, priority, owner, contract,
opened and due dates, description and (once worked on) the resolution.

The dialog only collects values (:meth:`TicketDialog.values`); the tab pushes the service call
as one undo step, and a refusal is shown in the interface language by the main window. The
customer is typed and picked from the names that match; the contract choices follow it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.aftersales.labels import PRIORITY, TYPE, priority_label, type_label
from gui.common.optional_date_edit import OptionalDateEdit
from services.aftersales import TicketRow
from services.core.store import Store
from services.org.people import PersonRow

_NO_DATE = QDate(1900, 1, 1)


def qdate(value: date) -> QDate:
    """A date as Qt's."""
    return QDate(value.year, value.month, value.day)


class TicketDialog(QDialog):
    """The fields of a ticket; :meth:`values` gives them as ``create_ticket`` /
    ``update_ticket`` keywords.
    """

    def __init__(self, parent: QWidget | None, store: Store, people: Sequence[PersonRow],
                 ticket: TicketRow | None = None, *, owner_id: str | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketDialog")
        self.store = store
        self.ticket = ticket
        self.setWindowTitle(self.tr("Edit service ticket") if ticket
                            else self.tr("New service ticket"))
        self.setMinimumWidth(460)
        self._customer_ids: dict[str, str] = {}
        self.customer_id: str | None = ticket.customer_id if ticket else None
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("the issue, e.g. 网关无法联网"))
        self.customer = QLineEdit(self)
        self.customer.setPlaceholderText(self.tr("type to search customers"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.setCompleter(completer)
        self.customer.textEdited.connect(self._customer_typed)
        self.customer.editingFinished.connect(self._customer_chosen)
        completer.activated.connect(lambda _t: self._customer_chosen())
        self.type = QComboBox(self)
        for code in TYPE:
            self.type.addItem(type_label(code), code)
        self.priority = QComboBox(self)
        for code in PRIORITY:
            self.priority.addItem(priority_label(code), code)
        self.priority.setCurrentIndex(self.priority.findData("normal"))
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("(nobody)"), None)
        for p in people:
            self.owner.addItem(p.name, p.id)
        self.contract = QComboBox(self)
        self.opened = QDateEdit(self)
        self.opened.setCalendarPopup(True)
        self.opened.setDisplayFormat("yyyy-MM-dd")
        self.opened.setDate(qdate(today or date.today()))
        self.due = OptionalDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(_NO_DATE)
        self.due.setSpecialValueText(self.tr("—"))
        self.due.setDate(_NO_DATE)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.resolution = QPlainTextEdit(self)
        self.resolution.setTabChangesFocus(True)
        self.resolution.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Issue:"), self.title)
        form.addRow(self.tr("Customer:"), self.customer)
        form.addRow(self.tr("Type:"), self.type)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Contract:"), self.contract)
        form.addRow(self.tr("Opened:"), self.opened)
        form.addRow(self.tr("Due:"), self.due)
        form.addRow(self.tr("Description:"), self.description)
        if ticket is not None and ticket.status != "open":
            form.addRow(self.tr("Resolution:"), self.resolution)
        else:
            self.resolution.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if ticket is not None:
            self._fill(ticket)
        else:
            self.owner.setCurrentIndex(max(self.owner.findData(owner_id), 0))
            self._contracts(None)
        self._update_ok()
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, t: TicketRow) -> None:
        self.title.setText(t.title)
        self.customer.setText(t.customer_name)
        self.type.setCurrentIndex(max(self.type.findData(t.type), 0))
        self.priority.setCurrentIndex(max(self.priority.findData(t.priority), 0))
        if t.owner_id and self.owner.findData(t.owner_id) < 0:
            self.owner.addItem(t.owner_name or t.owner_id, t.owner_id)
        self.owner.setCurrentIndex(max(self.owner.findData(t.owner_id), 0))
        self._contracts(t.contract_id)
        self.opened.setDate(qdate(t.opened_on))
        self.due.setDate(qdate(t.due_on) if t.due_on else _NO_DATE)
        self.description.setPlainText(t.description or "")
        self.resolution.setPlainText(t.resolution or "")

    def _contracts(self, selected: str | None) -> None:
        from services.orders.contracts import list_contracts

        self.contract.clear()
        self.contract.addItem(self.tr("(none)"), None)
        if self.customer_id is not None:
            for c in list_contracts(self.store, customer_id=self.customer_id):
                self.contract.addItem(f"{c.number} · {c.sign_date.isoformat()}", c.id)
        self.contract.setCurrentIndex(max(self.contract.findData(selected), 0))

    def _customer_typed(self, text: str) -> None:
        from services.pipeline.pickers import find_customers

        self._customer_ids = {name: cid for cid, name in find_customers(self.store, text)}
        self._names.setStringList(list(self._customer_ids))

    def _customer_chosen(self) -> None:
        """The typed name, if it is a customer's, becomes the ticket's customer."""
        from services.pipeline.pickers import find_customers

        name = self.customer.text().strip()
        match = self._customer_ids.get(name) or next(
            (cid for cid, n in find_customers(self.store, name) if n == name), None)
        if match != self.customer_id:
            self.customer_id = match
            self._contracts(None)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok.setEnabled(bool(self.title.text().strip()) and self.customer_id is not None)

    def values(self) -> dict[str, Any]:
        """The typed values as service keywords (the resolution only once worked on)."""
        due = None if self.due.shows_no_date() else self.due.date().toPython()
        out: dict[str, Any] = {
            "title": self.title.text().strip(), "customer_id": self.customer_id,
            "type": self.type.currentData(), "priority": self.priority.currentData(),
            "owner_id": self.owner.currentData(), "contract_id": self.contract.currentData(),
            "opened_on": self.opened.date().toPython(), "due_on": due,
            "description": self.description.toPlainText().strip() or None}
        if self.resolution.isVisibleTo(self):
            out["resolution"] = self.resolution.toPlainText().strip() or None
        return out

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, people: Sequence[PersonRow],
            ticket: TicketRow | None = None, *, owner_id: str | None = None
            ) -> dict[str, Any] | None:
        """The values typed, or None when cancelled (tests patch this)."""
        dialog = cls(parent, store, people, ticket, owner_id=owner_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
