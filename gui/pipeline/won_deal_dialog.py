"""Asks the actual amount and date when deals are dropped on a won stage (赢单)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

MAX_AMOUNT = 10_000_000_000.0


class WonDealDialog(QDialog):
    """Won amount (defaults to the deal amount) and close date (defaults to today).

    For several deals at once only the date is asked; each keeps its own amount.
    """

    def __init__(self, deal_names: list[str], amount: Decimal | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deal won"))
        form = QFormLayout(self)
        if len(deal_names) == 1:
            title = self.tr("Congratulations on winning “%1”!").replace("%1", deal_names[0])
        else:
            title = self.tr("%n deals won; each keeps its own amount.", "", len(deal_names))
        label = QLabel(title)
        label.setWordWrap(True)
        form.addRow(label)
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, MAX_AMOUNT)
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setPrefix("¥")
        self.amount.setValue(float(amount or 0))
        if len(deal_names) == 1:
            form.addRow(self.tr("Actual amount:"), self.amount)
        else:
            self.amount.hide()
        self.closed_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Won on:"), self.closed_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._single = len(deal_names) == 1

    def result_values(self) -> tuple[Decimal | None, date]:
        """(won amount or None for "each deal's own", won date)."""
        amount = Decimal(f"{self.amount.value():.2f}") if self._single else None
        day: date = self.closed_on.date().toPython()  # type: ignore[assignment]
        return amount, day

    @classmethod
    def ask(cls, parent: QWidget | None, deal_names: list[str], amount: Decimal | None,
            today: date) -> tuple[Decimal | None, date] | None:
        """(amount, date) or None when the user cancelled (the move is then abandoned)."""
        dialog = cls(deal_names, amount, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_values()
