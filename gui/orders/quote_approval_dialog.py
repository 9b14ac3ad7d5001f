"""Deciding a quote's approval (报价审批): the quote, its lines and history, a comment, and
Approve or Reject. Opened from Today (a pending request) and from the quotes list; the
decision is one undo step of :func:`services.orders.quote_approvals.decide_approval`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.formatting import day_time, money
from gui.common.lazy_text import LazyText
from gui.common.row_table_model import Column, RowTableModel
from gui.common.undo import push_op
from gui.orders.quote_texts import approval_text, revision_text
from services.core.changes import call
from services.orders.quote_approvals import approval_history, decide_approval
from services.orders.quote_queries import quote_detail
from services.products.rules import bp_text


def _table(model: RowTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return view


class QuoteApprovalDialog(QDialog):
    """See the module docstring. ``decision`` is True (approve), False (reject) or None."""

    def __init__(self, ctx: AppContext, quote_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.quote_id = quote_id
        self.decision: bool | None = None
        detail = quote_detail(ctx.store, quote_id, date.today())
        q = detail.quote
        number = revision_text(q.number, q.revision)
        self.setWindowTitle(self.tr("Quote approval %1").replace("%1", number))
        self.resize(760, 520)
        heading = QLabel(self.tr("%1 · %2 · total %3 (discount %4)").replace(
            "%1", number).replace("%2", q.customer_name).replace(
            "%3", money(q.total, fen=True)).replace("%4", money(q.discount, fen=True)), self)
        heading.setStyleSheet("font-weight: bold;")
        lines = RowTableModel([
            Column(self.tr("Product or service"), lambda r: r.description),
            Column(self.tr("Quantity"), lambda r: f"{r.quantity:f}".rstrip("0").rstrip("."),
                   True),
            Column(self.tr("Unit price"), lambda r: money(r.unit_price, fen=True), True),
            Column(self.tr("Discount"), lambda r: bp_text(r.discount_bp) + "%", True),
            Column(self.tr("Amount"), lambda r: money(r.net, fen=True), True)], self)
        lines.set_rows(detail.lines)
        self.history = RowTableModel([
            Column(self.tr("Asked"), lambda r: day_time(r.requested_at)),
            Column(self.tr("By"), lambda r: r.requested_by or ""),
            Column(self.tr("Discount"), lambda r: bp_text(r.max_discount_bp) + "%", True),
            Column(self.tr("Decision"), lambda r: approval_text(r.state)),
            Column(self.tr("Decided by"), lambda r: r.decided_by or ""),
            Column(self.tr("Comment"), lambda r: r.comment or "")], self)
        self.history.set_rows(approval_history(ctx.store, quote_id))
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("Comment (needed to reject)"))
        self.comment.setMaximumHeight(70)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        buttons.rejected.connect(self.reject)
        pending = q.approval == "pending"
        self.approve_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(_table(lines, self), 2)
        layout.addWidget(QLabel(self.tr("History"), self))
        history = _table(self.history, self)
        history.resizeColumnsToContents()
        layout.addWidget(history, 1)
        layout.addWidget(self.comment)
        layout.addWidget(buttons)

    def _decide(self, approve: bool) -> None:
        self.decision = approve
        self.accept()

    def comment_text(self) -> str:
        """The comment typed."""
        return self.comment.toPlainText().strip()


def decide(ctx: AppContext, parent: QWidget | None, quote_id: str) -> bool:
    """Show the quote's approval and push the decision taken (one undo step)."""
    dialog = QuoteApprovalDialog(ctx, quote_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.decision is None:
        return False
    return push_decision(ctx, quote_id, dialog.decision, dialog.comment_text())


def push_decision(ctx: AppContext, quote_id: str, approve: bool, comment: str) -> bool:
    """Approve or reject ``quote_id`` as the person using this computer (one undo step)."""
    number: Any = quote_detail(ctx.store, quote_id, date.today()).quote.display_number
    label = (LazyText.translate("QuoteApprovalDialog", "Approve quote %1") if approve else
             LazyText.translate("QuoteApprovalDialog", "Reject quote %1")).arg(number)
    cmd = push_op(ctx.undo_stack, ctx.store, ctx.events, label, call(
        decide_approval, quote_id, approve, decided_by=ctx.current_person_id,
        comment=comment or None), initiator=None)
    return cmd.failed is None
