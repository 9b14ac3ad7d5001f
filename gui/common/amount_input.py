"""AmountSpinBox: a yuan amount typed as people write it (20万, ¥200,000) and shown as money.

Typing goes through the app's one amount parser (:func:`services.core.amounts.read_amount`), the
text shown through :func:`gui.common.formatting.money` (¥82,526.66), so a spin box reads and
writes the same forms as every other money entry.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from gui.common.formatting import money
from services.core.amounts import AmountError, read_amount


class AmountSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox of yuan with two decimals that accepts ``20万``, ``¥1,200``, ``１２万``."""

    def __init__(self, parent: QWidget | None = None, *, maximum: float = 1e11):
        super().__init__(parent)
        self.setDecimals(2)
        self.setMaximum(maximum)
        self.setGroupSeparatorShown(False)
        self.setSingleStep(10_000)

    def _read(self, text: str) -> Decimal | None:
        try:
            return read_amount(text)
        except AmountError:
            return None

    def validate(self, text: str, pos: int) -> QValidator.State:  # type: ignore[override]
        amount = self._read(text)
        if amount is None:
            return QValidator.State.Intermediate  # still typing ("20", "¥", "1.2")
        if not self.minimum() <= float(amount) <= self.maximum():
            return QValidator.State.Intermediate
        return QValidator.State.Acceptable

    def valueFromText(self, text: str) -> float:  # noqa: N802
        amount = self._read(text)
        return float(amount) if amount is not None else self.value()

    def textFromValue(self, value: float) -> str:  # noqa: N802
        return money(Decimal(str(round(value, 2))))
