"""Resolve or close a service ticket: how it was resolved, on which day, and — when closing —
how satisfied the customer was (满意度 1–5, or no answer).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.aftersales.labels import SCORES, score_label
from gui.aftersales.ticket_dialog import qdate
from services.aftersales import TicketRow


class CloseTicketDialog(QDialog):
    """Asks for the resolution (and at closing the satisfaction); :meth:`values` gives them as
    ``set_status`` keywords.
    """

    def __init__(self, parent: QWidget | None, ticket: TicketRow, *, closing: bool,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeTicketDialog")
        self.closing = closing
        self.setWindowTitle(self.tr("Close ticket %1").replace("%1", ticket.number) if closing
                            else self.tr("Resolve ticket %1").replace("%1", ticket.number))
        self.setMinimumWidth(420)
        heading = QLabel(f"{ticket.title} · {ticket.customer_name}", self)
        heading.setWordWrap(True)
        self.resolution = QPlainTextEdit(self)
        self.resolution.setTabChangesFocus(True)
        self.resolution.setPlaceholderText(self.tr("what was done, e.g. 更换电源模块"))
        self.resolution.setPlainText(ticket.resolution or "")
        self.resolution.setMaximumHeight(90)
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setDate(qdate(today or date.today()))
        self.satisfaction = QComboBox(self)
        self.satisfaction.addItem(self.tr("No answer"), None)
        for score in sorted(SCORES, reverse=True):
            self.satisfaction.addItem(score_label(score), score)
        self.satisfaction.setCurrentIndex(0)
        form = QFormLayout()
        form.addRow(self.tr("Resolution:"), self.resolution)
        form.addRow(self.tr("Date:"), self.on)
        if closing:
            form.addRow(self.tr("Customer satisfaction:"), self.satisfaction)
        else:
            self.satisfaction.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.resolution.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_ok()
        self.resolution.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_ok(self) -> None:
        self.ok.setEnabled(bool(self.resolution.toPlainText().strip()))

    def values(self) -> dict[str, Any]:
        """``resolution``, ``on`` and, when closing, ``satisfaction``."""
        out: dict[str, Any] = {"resolution": self.resolution.toPlainText().strip(),
                               "on": self.on.date().toPython()}
        if self.closing:
            out["satisfaction"] = self.satisfaction.currentData()
        return out

    @classmethod
    def ask(cls, parent: QWidget | None, ticket: TicketRow, *, closing: bool
            ) -> dict[str, Any] | None:
        """The values given, or None when cancelled (tests patch this)."""
        dialog = cls(parent, ticket, closing=closing)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
