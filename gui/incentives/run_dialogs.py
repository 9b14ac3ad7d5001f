"""The Payout runs tab's dialogs: an adjustment (调整: person, amount, reason) and a recognition
(荣誉 / 培训 / 晋升推荐: person, kind, title, note) for the chosen period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from gui.incentives.run_texts import RECOGNITION_KINDS, word
from services.core.amounts import AmountError, read_amount


@dataclass(frozen=True)
class AdjustmentInput:
    """What the adjustment dialog asked for."""

    person_id: str
    amount: Decimal
    reason: str


@dataclass(frozen=True)
class RecognitionInput:
    """What the recognition dialog asked for."""

    person_id: str
    kind: str
    title: str
    note: str | None


def signed_amount(text: str) -> Decimal | None:
    """A typed amount of yuan, a leading minus taking money back (None: not an amount, or 0)."""
    text = text.strip()
    sign = -1 if text[:1] in ("-", "−") else 1
    try:
        amount = read_amount(text[1:] if sign < 0 else text)
    except AmountError:
        return None
    return None if amount is None or amount == 0 else sign * amount


def _people_combo(people: Sequence[tuple[str, str]], chosen: str | None) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("person")
    for pid, name in people:
        combo.addItem(name, pid)
    if chosen is not None and combo.findData(chosen) >= 0:
        combo.setCurrentIndex(combo.findData(chosen))
    return combo


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class AdjustmentDialog(QDialog):
    """A person, a signed amount (negative: taken back) and the reason."""

    def __init__(self, people: Sequence[tuple[str, str]], period: str, chosen: str | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add adjustment"))
        form = QFormLayout(self)
        note = QLabel(self.tr("An adjustment for %1 is paid by the first run of its period "
                              "that is locked. A negative amount takes money back. Ctrl+Z "
                              "undoes it.").replace("%1", period))
        note.setWordWrap(True)
        form.addRow(note)
        self.person = _people_combo(people, chosen)
        form.addRow(self.tr("Person"), self.person)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("e.g. 1200, -500, 1.2万"))
        form.addRow(self.tr("Amount (¥)"), self.amount)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = _buttons(self)
        form.addRow(self.buttons)
        self.reason.textChanged.connect(self._update_ok)
        self.amount.textChanged.connect(self._update_ok)
        self._update_ok()

    def _amount(self) -> Decimal | None:
        return signed_amount(self.amount.text())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()) and self._amount() is not None
                      and self.person.currentData() is not None)

    def value(self) -> AdjustmentInput:
        return AdjustmentInput(str(self.person.currentData()), self._amount() or Decimal(0),
                               self.reason.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, people: Sequence[tuple[str, str]], period: str,
            chosen: str | None) -> AdjustmentInput | None:
        """The adjustment, or None when the user cancelled."""
        dialog = cls(people, period, chosen, parent)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class RecognitionDialog(QDialog):
    """A person, the kind of recognition, its title and an optional note."""

    def __init__(self, people: Sequence[tuple[str, str]], period: str, chosen: str | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add recognition"))
        form = QFormLayout(self)
        note = QLabel(self.tr("Recognition pays nothing; it shows on the person's statement "
                              "of %1. Ctrl+Z undoes it.").replace("%1", period))
        note.setWordWrap(True)
        form.addRow(note)
        self.person = _people_combo(people, chosen)
        form.addRow(self.tr("Person"), self.person)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code in RECOGNITION_KINDS:
            self.kind.addItem(word(RECOGNITION_KINDS, code), code)
        form.addRow(self.tr("Kind"), self.kind)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. Quarterly star, Key-account training"))
        form.addRow(self.tr("Title"), self.title)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        form.addRow(self.tr("Note"), self.note)
        self.buttons = _buttons(self)
        form.addRow(self.buttons)
        self.title.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()) and self.person.currentData() is not None)

    def value(self) -> RecognitionInput:
        return RecognitionInput(str(self.person.currentData()), str(self.kind.currentData()),
                                self.title.text().strip(), self.note.text().strip() or None)

    @classmethod
    def ask(cls, parent: QWidget | None, people: Sequence[tuple[str, str]], period: str,
            chosen: str | None) -> RecognitionInput | None:
        """The recognition, or None when the user cancelled."""
        dialog = cls(people, period, chosen, parent)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
