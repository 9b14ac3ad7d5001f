"""A deal's product lines (产品明细) in the deal dialog: add, remove, edit quantity, price and
discount, and whether the deal's amount follows the lines.

Every change is one :class:`~gui.common.undo.OpCommand` of
:func:`services.pipeline.deal_lines.set_deal_lines` with the whole new list of lines (their ids
kept), so an undo puts back exactly the lines, the amount and its mode. The product picker
offers the active products by code or name as you type; a new line takes the list price. The
editor shows what the dialog hands it (:meth:`DealLinesEditor.show_deal`): the dialog re-reads
the deal after every change, its own included.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.formatting import money
from gui.common.lazy_text import LazyText
from gui.common.row_table_model import Column, RowTableModel
from gui.common.undo import push_op
from services.core.amounts import AmountError, read_amount
from services.core.changes import Call, call
from services.pipeline.deal_lines import LineInput, set_deal_lines
from services.products.rules import bp_text


def _inputs(deal: Any) -> list[LineInput]:
    return [LineInput(ln.product_id, ln.quantity, ln.unit_price, ln.discount_bp, ln.id)
            for ln in deal.lines]


class DealLinesEditor(QWidget):
    """The product lines of the deal shown by the dialog, editable with undo."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal: Any = None
        self._choices: dict[str, str] = {}  # picker text → product id
        self.model = RowTableModel(self._columns(), self, on_edit=self._cell_edited)
        self.view = QTableView(self)
        self.view.setObjectName("dealLinesTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.picker = QLineEdit(self)
        self.picker.setObjectName("productPicker")
        self.picker.setPlaceholderText(self.tr("Type a product code or name to add a line"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompleter(completer)
        completer.activated.connect(self._picked)
        self.picker.returnPressed.connect(lambda: self._picked(self.picker.text()))
        self.add_button = QPushButton(self.tr("Add line"), self)
        self.add_button.clicked.connect(lambda: self._picked(self.picker.text()))
        self.remove_button = QPushButton(self.tr("Remove line"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.follow = QCheckBox(self.tr("Amount follows the lines"), self)
        self.follow.setToolTip(self.tr("The deal's amount is the sum of its lines and changes "
                                       "with them"))
        self.follow.clicked.connect(self._follow_clicked)
        self.summary = QLabel(self)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.follow)
        bottom.addStretch(1)
        bottom.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Product"), lambda r: " ".join(x for x in (r.product_code,
                                                                       r.product_name) if x)),
            Column(self.tr("Quantity"), lambda r: str(r.quantity), True, field="quantity"),
            Column(self.tr("Unit"), lambda r: r.measure_unit or ""),
            Column(self.tr("Unit price"), lambda r: money(r.unit_price, fen=True), True,
                   field="unit_price", edit=lambda r: f"{r.unit_price:.2f}"),
            Column(self.tr("Discount"), lambda r: bp_text(r.discount_bp) + "%"
                   if r.discount_bp else "", True, field="discount",
                   edit=lambda r: bp_text(r.discount_bp)),
            Column(self.tr("Amount"), lambda r: money(r.amount, fen=True), True),
        ]

    # -- showing ---------------------------------------------------------------------------
    def show_deal(self, deal: Any) -> None:
        """Show the lines of ``deal`` (a ``DealDetail``) and refresh the product choices."""
        from services.products.catalogue import list_products

        self.deal = deal
        self.model.set_rows(deal.lines)
        self.view.resizeColumnsToContents()
        self.follow.setChecked(deal.amount_from_lines)
        self._choices = {" ".join(x for x in (p.code, p.name) if x): p.id
                         for p in list_products(self.ctx.store, active=True)}
        self._names.setStringList(list(self._choices))
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        d = self.deal
        if d is None or not d.lines:
            return ""
        m = d.margin
        text = self.tr("Lines total %1").replace("%1", money(m.revenue, fen=True))
        if m.cost > 0:
            text += "  ·  " + self.tr("gross margin %1 (%2%)").replace(
                "%1", money(m.value, fen=True)).replace("%2", str(m.pct or 0))
        if m.lines_without_cost:
            text += "  ·  " + self.tr("%n line(s) without a cost", "", m.lines_without_cost)
        return text

    # -- changes ---------------------------------------------------------------------------
    def _push(self, text: LazyText, do: Call) -> bool:
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, text, do,
                      initiator=None)
        return cmd.failed is None

    def _set_lines(self, lines: list[LineInput], text: LazyText) -> bool:
        return self._push(text.arg(self.deal.name), call(set_deal_lines, self.deal.id, lines))

    def _picked(self, text: str) -> None:
        if self.deal is None or not text.strip():
            return
        product_id = self._choices.get(text.strip())
        if product_id is None:  # typed, not chosen: the one product that contains the text
            found = [pid for name, pid in self._choices.items()
                     if text.strip().casefold() in name.casefold()]
            if len(found) != 1:
                self.summary.setText(self.tr("Choose a product from the list."))
                return
            product_id = found[0]
        lines = [*_inputs(self.deal), LineInput(product_id, 1)]
        if self._set_lines(lines, LazyText.translate("DealLinesEditor", "Add product line to %1")):
            self.picker.clear()

    def remove_selected(self) -> None:
        """Remove the selected lines (one undo step)."""
        if self.deal is None:
            return
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        if rows:
            keep = [ln for n, ln in enumerate(_inputs(self.deal)) if n not in rows]
            self._set_lines(keep, LazyText.translate("DealLinesEditor",
                                                     "Remove product line from %1"))

    def _cell_edited(self, record: Any, field: str, value: Any) -> bool:
        if self.deal is None:
            return False
        try:
            changed = self._changed_line(record, field, str(value))
        except (AmountError, InvalidOperation, ValueError):
            self.summary.setText(self.tr("Type a number."))
            return False
        if changed is None:
            return False
        lines = [changed if ln.id == record.id else ln for ln in _inputs(self.deal)]
        return self._set_lines(lines, LazyText.translate("DealLinesEditor",
                                                         "Edit product line of %1"))

    @staticmethod
    def _changed_line(record: Any, field: str, text: str) -> LineInput | None:
        quantity, price, discount = record.quantity, record.unit_price, record.discount_bp
        if field == "quantity":
            quantity = int(Decimal(text.strip()))
        elif field == "unit_price":
            read = read_amount(text)
            price = Decimal(0) if read is None else read
        elif field == "discount":
            number = Decimal(text.strip().rstrip("%").strip() or "0")
            discount = int((number * 100).to_integral_value())
        if (quantity, price, discount) == (record.quantity, record.unit_price,
                                           record.discount_bp):
            return None
        return LineInput(record.product_id, quantity, price, discount, record.id)

    def _follow_clicked(self, checked: bool) -> None:
        if self.deal is None:
            return
        text = (LazyText.translate("DealLinesEditor", "Amount of %1 follows its lines") if checked
                else LazyText.translate("DealLinesEditor", "Amount of %1 typed by hand"))
        if not self._push(text.arg(self.deal.name),
                          call(set_deal_lines, self.deal.id, None, amount_from_lines=checked)):
            self.follow.setChecked(not checked)
