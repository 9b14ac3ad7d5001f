"""Record what a customer said about a ticket (客户反馈): the words and the day."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.aftersales.ticket_dialog import qdate
from services.aftersales import TicketRow


class FeedbackDialog(QDialog):
    """The feedback's text and date; :meth:`values` gives ``add_feedback`` keywords."""

    def __init__(self, parent: QWidget | None, ticket: TicketRow,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackDialog")
        self.setWindowTitle(self.tr("Customer feedback on %1").replace("%1", ticket.number))
        self.setMinimumWidth(420)
        heading = QLabel(f"{ticket.title} · {ticket.customer_name}", self)
        heading.setWordWrap(True)
        self.content = QPlainTextEdit(self)
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("what the customer said"))
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setDate(qdate(today or date.today()))
        form = QFormLayout()
        form.addRow(self.tr("Feedback:"), self.content)
        form.addRow(self.tr("Received:"), self.on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.content.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.content.toPlainText().strip())))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.content.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict[str, Any]:
        """``content`` and ``received_on``."""
        return {"content": self.content.toPlainText().strip(),
                "received_on": self.on.date().toPython()}

    @classmethod
    def ask(cls, parent: QWidget | None, ticket: TicketRow) -> dict[str, Any] | None:
        """The values given, or None when cancelled (tests patch this)."""
        dialog = cls(parent, ticket)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
