"""The quotes list (报价) of the Orders page: every version, its status and approval, and the
actions on it — edit a draft, send, accepted / rejected / expired, revise, remove, decide the
approval, save as PDF, and create the contract of an accepted quote.

Each action is one undo step (:func:`~gui.common.undo.push_op` of a quote service, labelled with
a :class:`~gui.common.lazy_text.LazyText`); the list loads on the task worker and reloads when
``events.changed`` names a quote table. ``QuotesTab(ctx, parent)`` stands alone: the Orders
page shows it as one of its tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.file_dialogs import save_file_name
from gui.common.formatting import day, money
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.theme import ink
from gui.common.undo import push_op
from gui.orders.quote_texts import approval_text, revision_text, status_text
from services.core.changes import Call, Changes, call
from services.orders import quotes as Q
from services.orders.quote_queries import (
    QuoteRecord,
    contract_terms,
    create_contract_from_quote,
    list_quotes,
)

TABLES = ("quotes", "quote_lines", "quote_approvals", "customers", "deals")


class _QuotesModel(RowTableModel):
    """Earlier versions (a later revision replaced them) in grey."""

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.superseded:
            return QColor(ink("#888888"))
        return None


class ContractDialog(QDialog):
    """The contract of an accepted quote: sign date, amount and terms, prefilled."""

    def __init__(self, record: QuoteRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create Contract"))
        self.sign = QDateEdit(self)
        self.sign.setCalendarPopup(True)
        self.sign.setDisplayFormat("yyyy-MM-dd")
        today = date.today()
        self.sign.setDate(QDate(today.year, today.month, today.day))
        self.amount = QLineEdit(f"{record.total:.2f}", self)
        self.terms = QLineEdit(contract_terms(record), self)
        self.terms.setMinimumWidth(320)
        form = QFormLayout(self)
        form.addRow(self.tr("Customer:"), QLabel(record.customer_name, self))
        form.addRow(self.tr("Sign date:"), self.sign)
        form.addRow(self.tr("Amount (¥):"), self.amount)
        form.addRow(self.tr("Terms:"), self.terms)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class QuotesTab(QWidget):
    """See the module docstring; ``customer_id`` / ``deal_id`` show one customer's or deal's."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 customer_id: str | None = None, deal_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.deal_id = deal_id
        self._pending_select: str | None = None  # a new revision, selected once listed
        self.loader = PageLoad(ctx.tasks, self)
        self.loader.loaded.connect(self._loaded)
        self.model = _QuotesModel(self._columns(), self)
        self.view = QTableView(self)
        self.view.setObjectName("quotesTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
                ("edit", self.tr("Edit…"), self.edit),
                ("send", self.tr("Mark Sent"), self.send),
                ("accept", self.tr("Accepted"), self.accept_quote),
                ("reject", self.tr("Rejected"), self.reject_quote),
                ("expire", self.tr("Expired"), self.expire),
                ("revise", self.tr("Revise"), self.revise),
                ("approval", self.tr("Approval…"), self.approval),
                ("pdf", self.tr("Save as PDF…"), self.save_pdf),
                ("contract", self.tr("Create Contract…"), self.create_contract),
                ("delete", self.tr("Delete"), self.delete)):
            b = QPushButton(text, self)
            b.setObjectName(f"quote_{key}")
            b.clicked.connect(slot)
            row.addWidget(b)
            self.buttons[key] = b
        row.addStretch(1)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Number"), lambda r: revision_text(r.number, r.revision)),
            Column(self.tr("Customer"), lambda r: r.customer_name),
            Column(self.tr("Deal"), lambda r: r.deal_name or ""),
            Column(self.tr("Owner"), lambda r: r.owner_name or ""),
            Column(self.tr("Issued"), lambda r: day(r.issued_on)),
            Column(self.tr("Valid until"), lambda r: day(r.valid_until)),
            Column(self.tr("Status"), lambda r: status_text(r.shown_status)
                   + (" · " + self.tr("revised") if r.superseded else "")),
            Column(self.tr("Approval"), lambda r: approval_text(r.approval)),
            Column(self.tr("Total"), lambda r: money(r.total, fen=True), True),
        ]

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the quotes again (on the worker)."""
        store, today = self.ctx.store, date.today()
        cid, did = self.customer_id, self.deal_id
        self.loader.start(lambda: list_quotes(store, today, customer_id=cid, deal_id=did))

    def is_loading(self) -> bool:
        """Whether a load is on its way."""
        return self.loader.is_loading()

    def _loaded(self, rows: list[QuoteRecord]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        wanted, self._pending_select = self._pending_select, None
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self.view.selectRow(self.model.row_of(wanted))
        elif current is not None and self.model.row_of(current.id) >= 0:
            self.view.selectRow(self.model.row_of(current.id))
        elif rows:
            self.view.selectRow(0)
        self.summary.setText(self.tr("%n quote(s)", "", len(rows)))
        self._enable()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*TABLES):
            self.reload()

    def select(self, quote_id: str) -> bool:
        """Make ``quote_id`` the current row (once it is listed)."""
        row = self.model.row_of(quote_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def show_item(self, _kind: str, quote_id: str) -> None:
        """Select a quote asked for from elsewhere (a customer card); read the list again
        first when it is not listed yet.
        """
        if self.loader.is_loading() or not self.select(quote_id):
            self._pending_select = quote_id
            if not self.loader.is_loading():
                self.reload()

    def default_focus(self) -> QWidget:
        """The quotes list."""
        return self.view

    def current(self) -> QuoteRecord | None:
        """The selected quote."""
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        r = self.current()
        latest = r is not None and not r.superseded
        status = r.shown_status if r is not None else ""
        can = {
            "edit": latest and status == "draft",
            "send": latest and status == "draft" and r is not None
            and r.approval not in ("pending", "rejected"),
            "accept": latest and status == "sent",
            "reject": latest and status == "sent",
            "expire": latest and status in ("draft", "sent"),
            "revise": latest and r is not None and r.status in ("sent", "rejected", "expired"),
            "approval": r is not None and r.approval is not None,
            "pdf": r is not None,
            "contract": r is not None and r.status == "accepted",
            "delete": latest and status == "draft",
        }
        for key, button in self.buttons.items():
            button.setEnabled(bool(can[key]))

    # --- actions -------------------------------------------------------------------------
    def _push(self, label: LazyText, do: Call) -> Any:
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, label, do,
                      initiator=None)
        return cmd.value if cmd.failed is None else None

    def _status(self, fn: Callable[..., Any], label: LazyText) -> None:
        r = self.current()
        if r is not None:
            self._push(label.arg(r.display_number), call(fn, r.id, date.today()))

    def edit(self) -> None:
        """Edit the selected draft in the quote editor."""
        r = self.current()
        if r is not None and not r.superseded and r.status == "draft":
            from gui.orders.quote_editor_dialog import edit_quote

            edit_quote(self.ctx, self, r.id)

    def send(self) -> None:
        """Mark the selected draft sent to the customer."""
        self._status(Q.send_quote, LazyText.translate("QuotesTab", "Send quote %1"))

    def accept_quote(self) -> None:
        """The customer accepted the selected quote."""
        self._status(Q.accept_quote, LazyText.translate("QuotesTab", "Quote %1 accepted"))

    def reject_quote(self) -> None:
        """The customer turned the selected quote down."""
        self._status(Q.reject_quote, LazyText.translate("QuotesTab", "Quote %1 rejected"))

    def expire(self) -> None:
        """Mark the selected quote expired."""
        self._status(Q.expire_quote, LazyText.translate("QuotesTab", "Quote %1 expired"))

    def revise(self) -> None:
        """Start the next revision of the selected quote (the earlier one is kept)."""
        r = self.current()
        if r is None:
            return
        from models.base import new_id

        qid = new_id()
        if self._push(LazyText.translate("QuotesTab", "Revise quote %1").arg(r.display_number),
                      call(Q.revise_quote, r.id, issued_on=date.today(),
                           requested_by=self.ctx.current_person_id, new_quote_id=qid)):
            self._pending_select = qid

    def delete(self) -> None:
        """Remove the selected draft."""
        r = self.current()
        if r is not None:
            self._push(LazyText.translate("QuotesTab", "Delete quote %1").arg(
                r.display_number), call(Q.discard_quote, r.id))

    def approval(self) -> None:
        """Show the approval history; decide a pending request."""
        r = self.current()
        if r is not None:
            from gui.orders.quote_approval_dialog import decide

            decide(self.ctx, self, r.id)

    def save_pdf(self) -> None:
        """Save the selected quote as a PDF (报价单)."""
        r = self.current()
        if r is None:
            return
        path = save_file_name(self, self.tr("Save Quote as PDF"),
                              f"{r.display_number.replace(' ', '-')}.pdf",
                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        from gui.orders.quote_pdf import write_quote_pdf

        try:
            write_quote_pdf(self.ctx.store, r.id, path)
        except OSError as exc:
            Messages.show_error(self, self.tr("Save as PDF"), str(exc))
            return
        self.summary.setText(self.tr("Saved %1").replace("%1", str(path)))

    def create_contract(self) -> None:
        """Create the contract of the selected accepted quote, prefilled."""
        r = self.current()
        if r is None or r.status != "accepted":
            return
        dialog = ContractDialog(r, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._push(LazyText.translate("QuotesTab", "Contract from quote %1").arg(
            r.display_number), call(create_contract_from_quote, r.id,
                                    sign_date=dialog.sign.date().toPython(),
                                    amount=dialog.amount.text().replace(",", "").strip(),
                                    terms=dialog.terms.text()))
