"""Inline "new deal" card at the top of a column: name, customer (with completion), amount."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.theme import ink_css
from services.core.amounts import AmountError, read_amount

CustomerLookup = Callable[[str], list[tuple[str, str]]]
"""Returns up to a few dozen (customer id, name) pairs matching the typed text."""


class QuickCreateCard(QFrame):
    """Emits ``submitted(name, customer_id, amount)``; Esc or Cancel emits ``cancelled``."""

    submitted = Signal(str, str, object)
    cancelled = Signal()

    def __init__(self, lookup: CustomerLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._lookup = lookup
        self._matches: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Deal name"))
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(self.tr("Customer (type to search)"))
        self._completer_model = QStringListModel(self)
        completer = QCompleter(self._completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.setCompleter(completer)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Amount (¥)"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ink_css('#d93025')};")
        self.error.setWordWrap(True)
        self.error.hide()
        for w in (self.name, self.customer, self.amount, self.error):
            layout.addWidget(w)
        buttons = QHBoxLayout()
        self.ok = QPushButton(self.tr("Add"))
        self.ok.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok)
        layout.addLayout(buttons)
        self.ok.clicked.connect(self.submit)
        cancel.clicked.connect(self.cancel)
        for edit in (self.name, self.customer, self.amount):
            edit.returnPressed.connect(self.submit)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._search)
        self.customer.textEdited.connect(lambda _t: self._search_timer.start())

    def start(self) -> None:
        """Clear and focus the name field."""
        for edit in (self.name, self.customer, self.amount):
            edit.clear()
        self.error.hide()
        self.show()
        self.name.setFocus()

    def _search(self) -> None:
        text = self.customer.text().strip()
        pairs = self._lookup(text) if text else []
        self._matches.update({name: cid for cid, name in pairs})
        self._completer_model.setStringList([name for _cid, name in pairs])
        if pairs and self.customer.hasFocus():
            self.customer.completer().complete()

    def customer_id(self) -> str | None:
        """The id of the customer whose exact name is typed, looked up if needed."""
        text = self.customer.text().strip()
        if text and text not in self._matches:
            self._matches.update({name: cid for cid, name in self._lookup(text)})
        return self._matches.get(text)

    def _fail(self, message: str, widget: QLineEdit) -> None:
        self.error.setText(message)
        self.error.show()
        widget.setFocus()

    def submit(self) -> None:
        """Validate and emit ``submitted``; a clear message names the field at fault."""
        name = self.name.text().strip()
        if not name:
            self._fail(self.tr("Deal name is required."), self.name)
            return
        customer_id = self.customer_id()
        if not customer_id:
            self._fail(self.tr("Choose an existing customer from the list."), self.customer)
            return
        try:  # the app's one amount parser: 12万, ¥120,000, full-width digits
            amount = read_amount(self.amount.text()) or Decimal(0)
        except AmountError:
            amount = Decimal(-1)
        if amount < 0:
            self._fail(self.tr("Amount must be a number of yuan, e.g. 120000."), self.amount)
            return
        self.error.hide()
        self.submitted.emit(name, customer_id, amount)

    def cancel(self) -> None:
        """Hide without creating anything."""
        self.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
