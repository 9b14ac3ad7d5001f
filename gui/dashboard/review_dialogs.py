"""Small dialogs of the Reviews tab: the records behind a finding (one opens with a
double-click or Open), a new action item, and an adjustment request. Each has an ``ask()``
classmethod that tests patch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.row_table_model import Column, RowTableModel


class RecordsDialog(QDialog):
    """The records behind a finding; ``chosen`` is the (kind, id) to open, or None."""

    def __init__(self, title: str, records: Any, kind_name: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chosen: tuple[str, str] | None = None
        self.model = RowTableModel([Column(self.tr("Record"), lambda r: r.label),
                                    Column(self.tr("Kind"), lambda r: kind_name(r.kind))], self)
        self.model.set_rows(records)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnToContents(0)
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(lambda: self._open(self.view.currentIndex().row()))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(title))
        lay.addWidget(self.view)
        lay.addWidget(buttons)
        self.resize(560, 360)

    def _open(self, row: int) -> None:
        record = self.model.row_at(row)
        if record is not None:
            self.chosen = (record.kind, record.id)
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, records: Any, kind_name: Any
            ) -> tuple[str, str] | None:
        """The record chosen to open, or None."""
        dialog = cls(title, records, kind_name, parent)
        dialog.exec()
        return dialog.chosen


@dataclass(frozen=True)
class NewAction:
    """What the action dialog asks."""

    title: str
    due_on: date | None


class ActionDialog(QDialog):
    """A new action item from the review: what to do and by when."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New action item"))
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.due = QDateEdit(QDate.currentDate().addDays(7))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout(self)
        form.addRow(self.tr("What to do"), self.title)
        form.addRow(self.tr("Due"), self.due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(420, 0)

    def value(self) -> NewAction | None:
        """The action typed (None without a title)."""
        text = self.title.text().strip()
        if not text:
            return None
        q = self.due.date()
        return NewAction(text, date(q.year(), q.month(), q.day()))

    @classmethod
    def ask(cls, parent: QWidget | None) -> NewAction | None:
        """The new action, or None when cancelled or empty."""
        dialog = cls(parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class NewAdjustment:
    """What the adjustment dialog asks: the metric, the new target (yuan) and why."""

    metric: str
    target: Decimal
    reason: str


class AdjustmentDialog(QDialog):
    """An adjustment request from the review: one money metric's new target and the reason."""

    def __init__(self, metrics: list[tuple[str, str, Decimal]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request a target adjustment"))
        self.metric_box = QComboBox()
        for code, name, target in metrics:
            self.metric_box.addItem(f"{name} (¥{target:,.0f})", code)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("e.g. 180000 or 18万"))
        self.reason = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Metric"), self.metric_box)
        form.addRow(self.tr("New target"), self.target)
        form.addRow(self.tr("Reason"), self.reason)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(420, 0)

    def value(self) -> NewAdjustment | None:
        """The request typed, None when the amount cannot be read."""
        from services.core.amounts import AmountError, read_amount

        try:
            amount = read_amount(self.target.text())
        except AmountError:
            return None
        if amount is None or amount < 0:
            return None
        return NewAdjustment(str(self.metric_box.currentData()), amount, self.reason.text().strip())

    def _check(self) -> None:
        if self.value() is None:
            self.error.setText(self.tr("Type the new target as an amount."))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, metrics: list[tuple[str, str, Decimal]]
            ) -> NewAdjustment | None:
        """The request, or None when cancelled."""
        dialog = cls(metrics, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
