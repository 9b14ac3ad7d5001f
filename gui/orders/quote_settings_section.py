"""Settings ▸ Quotes: the discount beyond which a quote needs approval (报价审批), for the firm
and per product. Saved with Save, like every settings form
(:func:`services.orders.quote_approvals.set_thresholds`); a product left blank follows the
firm's threshold.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.messages import Messages
from gui.common.row_table_model import Column, RowTableModel
from services.core.errors import SailplanError
from services.orders.quote_approvals import read_thresholds, set_thresholds
from services.products.catalogue import list_products
from services.products.rules import bp_text, percent_to_bp


@dataclass(frozen=True)
class _ProductLimit:
    id: str
    name: str
    limit_bp: int | None


class QuoteSettingsSection(QWidget):
    """See the module docstring."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the list."""
        return QCoreApplication.translate("QuoteSettingsSection", "Quotes")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[_ProductLimit] = []
        self.global_limit = QDoubleSpinBox(self)
        self.global_limit.setObjectName("quoteDiscountLimit")
        self.global_limit.setRange(0, 100)
        self.global_limit.setDecimals(1)
        self.global_limit.setSuffix(" %")
        self.model = RowTableModel([
            Column(self.tr("Product"), lambda r: r.name),
            Column(self.tr("Approval beyond"), lambda r: "" if r.limit_bp is None
                   else bp_text(r.limit_bp) + " %", True, field="limit",
                   edit=lambda r: "" if r.limit_bp is None else bp_text(r.limit_bp))],
            self, on_edit=self._edited)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        box = QGroupBox(self.tr("Quote approval"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("A discount beyond"), self.global_limit)
        hint = QLabel(self.tr("needs approval by the owner's manager (else a sales manager, "
                              "the owner or the director) before the quote can be sent. A "
                              "product may have a threshold of its own; blank follows the "
                              "firm's."), box)
        hint.setWordWrap(True)
        hint.setObjectName("hintText")
        form.addRow("", hint)
        form.addRow(self.view)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(box, 1)
        self.load()

    def load(self) -> None:
        """Read the thresholds and the active products."""
        t = read_thresholds(self.ctx.store)
        self.global_limit.setValue(t.global_bp / 100)
        self.rows = [_ProductLimit(p.id, " ".join(x for x in (p.code, p.name) if x),
                                   t.products.get(p.id))
                     for p in list_products(self.ctx.store, active=True)]
        self.model.set_rows(self.rows)
        self.view.resizeColumnsToContents()

    def _edited(self, record: _ProductLimit, _field: str, value: Any) -> bool:
        text = str(value).strip()
        try:
            limit = percent_to_bp(text) if text else None
        except SailplanError as exc:
            Messages.show_error(self, self.tr("Quotes"), error_text(exc))
            return False
        self.rows = [replace(r, limit_bp=limit) if r.id == record.id else r for r in self.rows]
        self.model.set_rows(self.rows)
        return True

    def save(self) -> bool:
        """Store the thresholds."""
        products = {r.id: r.limit_bp for r in self.rows if r.limit_bp is not None}
        try:
            op = set_thresholds(self.ctx.store, round(self.global_limit.value() * 100),
                                products)
        except SailplanError as exc:
            Messages.show_error(self, self.tr("Cannot save the quote settings"),
                                error_text(exc))
            return False
        self.ctx.events.changed.emit(op.changes, self)
        self.ctx.events.status_message.emit(self.tr("Quote settings saved"), 4000)
        return True
