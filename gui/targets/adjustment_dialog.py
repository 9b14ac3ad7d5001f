"""AdjustmentDialog: propose new floor/target/challenge values of a published cell, with why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from gui.common.theme import ink_css
from gui.targets import formatting as F
from services.targets.split import Values


class AdjustmentDialog(QDialog):
    """调整申请: values typed like the tree's cells (yuan for money); OK checks them first."""

    def __init__(self, metric: str, node_name: str, period: str, current: Values,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.metric_key = metric
        self.setWindowTitle(self.tr("Request adjustment"))
        form = QFormLayout(self)
        form.addRow(self.tr("Node:"), QLabel(node_name, self))
        form.addRow(self.tr("Metric:"), QLabel(F.label(F.METRIC_LABELS, metric), self))
        form.addRow(self.tr("Period:"), QLabel(period, self))
        self.edits: list[QLineEdit] = []
        for text, value in zip((self.tr("Floor:"), self.tr("Target:"), self.tr("Challenge:")),
                               current.as_tuple(), strict=True):
            edit = QLineEdit(F.edit_text(metric, value), self)
            edit.setPlaceholderText(self.tr("yuan") if F.is_money(metric) else "")
            form.addRow(text, edit)
            self.edits.append(edit)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)  # Tab moves on to the buttons
        self.reason_edit.setPlaceholderText(self.tr("Why does the target need to change?"))
        self.reason_edit.setFixedHeight(70)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ink_css('#b71c1c')};")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> Values:
        """The typed values (call after :meth:`check`)."""
        f, t, c = (F.parse_value(self.metric_key, e.text()) for e in self.edits)
        return Values(f, t, c)

    def reason(self) -> str:
        """The typed reason."""
        return self.reason_edit.toPlainText().strip()

    def check(self) -> str | None:
        """What is wrong with the input, or None."""
        names = (self.tr("Floor"), self.tr("Target"), self.tr("Challenge"))
        for name, edit in zip(names, self.edits, strict=True):
            try:
                F.parse_value(self.metric_key, edit.text())
            except ValueError as exc:
                return f"{name}: {exc}"
        if not self.reason():
            return self.tr("Reason: an adjustment request needs a reason.")
        return None

    def accept(self) -> None:
        problem = self.check()
        if problem:
            self.error.setText(problem)
            return
        super().accept()
