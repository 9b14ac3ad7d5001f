"""The quote editor (报价): lines, totals and validity of a new quote or a draft.

The dialog edits a copy of the lines; the totals (exact to the fen, computed as the service
computes them: :mod:`services.orders.quote_rules`) follow every keystroke, and a line beyond
its discount threshold is marked with the approval it will need. OK saves everything as ONE
undo step (:func:`new_quote` → ``create_quote``, :func:`edit_quote` → ``update_quote``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from gui.common.theme import ink, ink_css
from gui.common.undo import push_op
from models.base import new_id
from services.core.changes import call
from services.core.errors import SailplanError
from services.orders import quote_rules as QR
from services.orders.quote_approvals import read_thresholds
from services.orders.quote_queries import party_names, quote_detail
from services.orders.quotes import QuoteLineInput, create_quote, update_quote
from services.products.catalogue import list_products
from services.products.rules import bp_text, percent_to_bp

DEFAULT_TAX_BP = 1300  # a free-text line starts at the common 13 % VAT


@dataclass(frozen=True)
class EditLine:
    """A line being edited (``id`` is a local key)."""

    id: str
    product_id: str | None
    description: str
    measure_unit: str | None
    quantity: Decimal
    unit_price: Decimal
    discount_bp: int
    tax_rate_bp: int
    limit_bp: int

    @property
    def amounts(self) -> QR.LineAmounts:
        """Its amounts, as the service computes them."""
        return QR.line_amounts(self.quantity, self.unit_price, self.discount_bp,
                               self.tax_rate_bp)

    @property
    def beyond(self) -> bool:
        """Whether its discount needs approval."""
        return self.discount_bp > self.limit_bp


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qty(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class _LinesModel(RowTableModel):
    """Lines with a discount beyond its threshold in the warning colour."""

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.beyond and column == 4:
            return QColor(ink("#b00020"))
        return None


class QuoteEditorDialog(QDialog):
    """See the module docstring; ``values()`` gives what OK saves."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 customer_name: str = "", deal_name: str | None = None,
                 title: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title or self.tr("New Quote"))
        self.resize(900, 560)
        self.thresholds = read_thresholds(ctx.store)
        self.products = {p.id: p for p in list_products(ctx.store, active=True)}
        self._choices = {" ".join(x for x in (p.code, p.name) if x): p.id
                         for p in self.products.values()}
        self.lines: list[EditLine] = []

        party = customer_name if not deal_name else f"{customer_name} · {deal_name}"
        self.party = QLabel(party, self)
        self.party.setStyleSheet("font-weight: bold;")
        self.issued = QDateEdit(self)
        self.valid = QDateEdit(self)
        for edit in (self.issued, self.valid):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = date.today()
        self.issued.setDate(_qdate(today))
        self.valid.setDate(_qdate(today + timedelta(days=QR.DEFAULT_VALID_DAYS)))
        self.notes = QLineEdit(self)
        self.notes.setPlaceholderText(self.tr("Delivery, installation, payment terms…"))
        form = QFormLayout()
        form.addRow(self.tr("Customer:"), self.party)
        dates = QHBoxLayout()
        dates.addWidget(self.issued)
        dates.addWidget(QLabel(self.tr("valid until"), self))
        dates.addWidget(self.valid)
        dates.addStretch(1)
        form.addRow(self.tr("Issued:"), dates)
        form.addRow(self.tr("Notes:"), self.notes)

        self.picker = QLineEdit(self)
        self.picker.setObjectName("quoteProductPicker")
        self.picker.setPlaceholderText(self.tr("Type a product code or name to add a line"))
        names = QStringListModel(list(self._choices), self)
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompleter(completer)
        completer.activated.connect(self.add_product)
        self.picker.returnPressed.connect(lambda: self.add_product(self.picker.text()))
        self.add_button = QPushButton(self.tr("Add product"), self)
        self.add_button.clicked.connect(lambda: self.add_product(self.picker.text()))
        self.text_button = QPushButton(self.tr("Add text line"), self)
        self.text_button.setToolTip(self.tr("A line of free text: a service, freight, anything "
                                            "not in the catalogue"))
        self.text_button.clicked.connect(self.add_text_line)
        self.remove_button = QPushButton(self.tr("Remove line"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        for b in (self.add_button, self.text_button, self.remove_button):
            b.setAutoDefault(False)
            top.addWidget(b)

        self.model = _LinesModel(self._columns(), self, on_edit=self._cell_edited)
        self.view = QTableView(self)
        self.view.setObjectName("quoteLinesTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.totals = QLabel(self)
        self.totals.setObjectName("quoteTotals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {ink_css('#b00020')}")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self._refresh()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Product or service"), lambda r: r.description, field="description"),
            Column(self.tr("Unit"), lambda r: r.measure_unit or "", field="measure_unit"),
            Column(self.tr("Quantity"), lambda r: _qty(r.quantity), True, field="quantity"),
            Column(self.tr("Unit price"), lambda r: money(r.unit_price, fen=True), True,
                   field="unit_price", edit=lambda r: f"{r.unit_price:.2f}"),
            Column(self.tr("Discount"), lambda r: bp_text(r.discount_bp) + "%"
                   if r.discount_bp else "", True, field="discount_bp",
                   edit=lambda r: bp_text(r.discount_bp),
                   tooltip=lambda r: self.tr("Approval needed beyond %1%").replace(
                       "%1", bp_text(r.limit_bp))),
            Column(self.tr("Tax rate"), lambda r: bp_text(r.tax_rate_bp) + "%", True,
                   field="tax_rate_bp", edit=lambda r: bp_text(r.tax_rate_bp)),
            Column(self.tr("Amount"), lambda r: money(r.amounts.net, fen=True), True),
            Column(self.tr("Tax"), lambda r: money(r.amounts.tax, fen=True), True),
        ]

    # --- filling -------------------------------------------------------------------------
    def set_quote(self, detail: Any) -> None:
        """Start from a saved quote (``QuoteDetail``)."""
        q = detail.quote
        self.issued.setDate(_qdate(q.issued_on))
        self.valid.setDate(_qdate(q.valid_until))
        self.notes.setText(q.notes or "")
        self.lines = [EditLine(ln.id, ln.product_id, ln.description, ln.measure_unit,
                               ln.quantity, ln.unit_price, ln.discount_bp, ln.tax_rate_bp,
                               self.thresholds.limit_for(ln.product_id))
                      for ln in detail.lines]
        self._refresh()

    def add_product(self, text: str) -> bool:
        """Add a line of the product picked (or the one product the text names)."""
        key = text.strip()
        pid = self._choices.get(key)
        if pid is None and key:
            found = [p for name, p in self._choices.items() if key.casefold() in name.casefold()]
            pid = found[0] if len(found) == 1 else None
        if pid is None:
            self.warning.setText(self.tr("Choose a product from the list."))
            return False
        p = self.products[pid]
        self.lines.append(EditLine(new_id(), pid, p.name, p.measure_unit, Decimal(1),
                                   p.unit_price, 0, p.tax_rate_bp,
                                   self.thresholds.limit_for(pid)))
        self.picker.clear()
        self._refresh()
        return True

    def add_text_line(self) -> None:
        """Add a free-text line and start typing its text."""
        self.lines.append(EditLine(new_id(), None, self.tr("Service"), None, Decimal(1),
                                   Decimal("0.00"), 0, DEFAULT_TAX_BP,
                                   self.thresholds.global_bp))
        self._refresh()
        index = self.model.index(len(self.lines) - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_selected(self) -> None:
        """Remove the selected lines."""
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        self.lines = [ln for n, ln in enumerate(self.lines) if n not in rows]
        self._refresh()

    def _cell_edited(self, record: EditLine, field: str, value: Any) -> bool:
        text = str(value).strip()
        try:
            if field == "description":
                if not text:
                    return False
                changed = replace(record, description=text)
            elif field == "measure_unit":
                changed = replace(record, measure_unit=text or None)
            elif field == "quantity":
                changed = replace(record, quantity=Decimal(text.replace(",", "")))
            elif field == "unit_price":
                changed = replace(record, unit_price=Decimal(
                    text.replace(",", "").lstrip("¥￥") or "0").quantize(Decimal("0.01")))
            elif field == "discount_bp":
                changed = replace(record, discount_bp=percent_to_bp(text or "0"))
            else:
                changed = replace(record, tax_rate_bp=percent_to_bp(text or "0"))
        except (InvalidOperation, ValueError, SailplanError):
            self.warning.setText(self.tr("Type a number."))
            return False
        self.lines = [changed if ln.id == record.id else ln for ln in self.lines]
        self._refresh()
        return True

    def _refresh(self) -> None:
        self.model.set_rows(self.lines)
        self.view.resizeColumnsToContents()
        t = QR.totals(ln.amounts for ln in self.lines)
        self.totals.setText(self.tr("Subtotal %1 · discount %2 · tax %3 · total %4").replace(
            "%1", money(t.subtotal, fen=True)).replace("%2", money(t.discount, fen=True))
            .replace("%3", money(t.tax, fen=True)).replace("%4", money(t.total, fen=True)))
        beyond = [ln for ln in self.lines if ln.beyond]
        self.warning.setText(self.tr(
            "%n line(s) beyond the discount threshold: saving asks for approval, and the "
            "quote cannot be sent until it is approved.", "", len(beyond)) if beyond else "")
        self.ok.setEnabled(bool(self.lines))

    # --- result --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What OK saves: lines, dates and notes, as the service takes them."""
        return dict(
            lines=[QuoteLineInput(ln.description, ln.quantity, ln.unit_price, ln.discount_bp,
                                  ln.tax_rate_bp, ln.product_id, ln.measure_unit)
                   for ln in self.lines],
            issued_on=self.issued.date().toPython(), valid_until=self.valid.date().toPython(),
            notes=self.notes.text().strip() or None)


def new_quote(ctx: AppContext, parent: QWidget | None, *, customer_id: str | None = None,
              deal_id: str | None = None) -> str | None:
    """Ask for a new quote of a customer or deal and save it (one undo step); its id."""
    cid, name, deal_name = party_names(ctx.store, customer_id, deal_id)
    if cid is None:
        return None
    dialog = QuoteEditorDialog(ctx, parent, customer_name=name or "", deal_name=deal_name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    qid = new_id()
    label = LazyText.translate("QuoteEditorDialog", "New quote for %1").arg(name or "")
    cmd = push_op(ctx.undo_stack, ctx.store, ctx.events, label, call(
        create_quote, customer_id=cid, deal_id=deal_id, requested_by=ctx.current_person_id,
        quote_id=qid, **dialog.values()), initiator=None)
    return qid if cmd.failed is None else None


def edit_quote(ctx: AppContext, parent: QWidget | None, quote_id: str) -> bool:
    """Edit a draft in the dialog and save it (one undo step)."""
    detail = quote_detail(ctx.store, quote_id, date.today())
    q = detail.quote
    dialog = QuoteEditorDialog(ctx, parent, customer_name=q.customer_name,
                               deal_name=q.deal_name, title=q.display_number)
    dialog.set_quote(detail)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    label = LazyText.translate("QuoteEditorDialog", "Edit quote %1").arg(q.display_number)
    cmd = push_op(ctx.undo_stack, ctx.store, ctx.events, label, call(
        update_quote, quote_id, requested_by=ctx.current_person_id, **dialog.values()),
        initiator=None)
    return cmd.failed is None
