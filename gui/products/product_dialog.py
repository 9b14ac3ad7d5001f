"""Add or edit one product: code, name, product line, unit, list price, tax rate, cost, active.

The dialog only collects values (:meth:`ProductDialog.values`); the section pushes the service
call as one undo step, and a refusal (a code already used, a negative price) is shown in the
interface language by the main window while the dialog's values are kept for another try.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.common.messages import Messages
from services.core.amounts import AmountError, read_amount
from services.products.catalogue import ProductRecord


def _amount_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


class ProductDialog(QDialog):
    """The fields of a product; :meth:`values` gives them as ``edit_product`` keywords."""

    def __init__(self, parent: QWidget | None, lines: Sequence[str],
                 product: ProductRecord | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog")
        self.setWindowTitle(self.tr("Edit product") if product else self.tr("New product"))
        self.setMinimumWidth(420)  # the code's placeholder and a long name are read whole
        self.code = QLineEdit(self)
        self.code.setMaxLength(50)
        self.code.setPlaceholderText(self.tr("optional, unique, e.g. QF-HW-100"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.line = QComboBox(self)
        self.line.setEditable(True)
        self.line.addItem("")
        self.line.addItems(list(lines))
        editor = self.line.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("choose or type a new line"))
        self.unit = QLineEdit(self)
        self.unit.setMaxLength(20)
        self.unit.setPlaceholderText(self.tr("台, 套, 年, 人天…"))
        self.price = QLineEdit(self)
        self.price.setPlaceholderText("0.00")
        self.cost = QLineEdit(self)
        self.cost.setPlaceholderText(self.tr("not set"))
        self.tax = QDoubleSpinBox(self)
        self.tax.setRange(0, 100)
        self.tax.setDecimals(2)
        self.tax.setSuffix(" %")
        self.active = QCheckBox(self.tr("Offered for new deal lines"), self)
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Product line:"), self.line)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("List price (¥):"), self.price)
        form.addRow(self.tr("Tax rate:"), self.tax)
        form.addRow(self.tr("Cost (¥):"), self.cost)
        form.addRow(self.tr("Active:"), self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        chain = (self.code, self.name, self.line, self.unit, self.price, self.tax, self.cost,
                 self.active)
        for before, after in zip(chain, chain[1:], strict=False):  # Tab in reading order
            QWidget.setTabOrder(before, after)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if product is not None:
            self.code.setText(product.code or "")
            self.name.setText(product.name)
            self.line.setCurrentText(product.line or "")
            self.unit.setText(product.measure_unit or "")
            self.price.setText(_amount_text(product.unit_price))
            self.cost.setText(_amount_text(product.unit_cost))
            self.tax.setValue(product.tax_rate_bp / 100)
            self.active.setChecked(product.active)
        self.ok.setEnabled(bool(self.name.text().strip()))
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _amounts(self) -> tuple[Decimal | None, Decimal | None] | None:
        """The typed price and cost (12万 and ¥1,200 too); None after saying what is wrong."""
        try:
            return read_amount(self.price.text()), read_amount(self.cost.text())
        except AmountError:
            Messages.show_error(self, self.windowTitle(),
                                self.tr("Prices and costs must be numbers of yuan, e.g. 12800, "
                                        "and not negative."))
            return None

    def accept(self) -> None:
        """Close only with readable amounts."""
        if self._amounts() is not None:
            super().accept()

    def values(self) -> dict[str, Any]:
        """The typed values, as keywords of ``add_product`` / ``edit_product``."""
        price, cost = self._amounts() or (None, None)
        return {"code": self.code.text().strip() or None, "name": self.name.text().strip(),
                "line": self.line.currentText().strip() or None,
                "measure_unit": self.unit.text().strip() or None,
                "unit_price": price or Decimal("0.00"),
                "tax_rate_bp": round(self.tax.value() * 100),
                "unit_cost": cost, "active": self.active.isChecked()}

    @classmethod
    def ask(cls, parent: QWidget | None, lines: Sequence[str],
            product: ProductRecord | None = None) -> dict[str, Any] | None:
        """The values typed, or None when cancelled (tests patch this)."""
        dialog = cls(parent, lines, product)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
