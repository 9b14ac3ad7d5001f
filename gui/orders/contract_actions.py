"""Creating a contract and recording a payment, wherever they are started: the Orders page's
contracts tab and contract pane, and a customer card's Orders tab.

Each asks its dialog, then pushes one undo step (:func:`gui.common.undo.push_op`) labelled as
on the Orders page, so Edit ▸ Undo reads the same whichever window the user started from.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.common.context import AppContext
from gui.common.formatting import money
from gui.common.lazy_text import LazyText
from gui.common.undo import push_op
from gui.orders.contract_dialog import ContractDialog
from gui.orders.credit_prompt import confirm_credit
from gui.orders.payment_dialog import PaymentDialog
from services.core.changes import call
from services.orders import contracts
from services.orders import payments as pay
from services.orders.overview import ContractDetail, customer_choices, won_deals_without_contract
from services.orders.plans import Instalment
from services.org.people import list_people


def new_contract(ctx: AppContext, parent: QWidget | None, *, deal_id: str | None = None,
                 customer_id: str | None = None, initiator: Any = None) -> str | None:
    """Ask for a new contract — from a won deal (prefilled) or by hand; with ``customer_id``
    that customer's won deals only, the customer chosen — and create it; its id, or None.
    """
    store = ctx.store
    deals = won_deals_without_contract(store)
    if customer_id is not None:
        deals = [d for d in deals if d.customer_id == customer_id]
    args = (parent, deals, customer_choices(store), list_people(store), ctx.current_person_id,
            date.today(), deal_id)
    pattern = contracts.number_pattern(store)
    got = (ContractDialog.ask(*args, customer_id=customer_id, pattern=pattern)
           if customer_id is not None else ContractDialog.ask(*args, pattern=pattern))
    if got is None:
        return None
    customer = got.customer_id or next(
        (d.customer_id for d in deals if d.id == got.deal_id), None)
    if customer is not None and not confirm_credit(parent, store, customer, got.amount):
        return None  # over the credit limit (warn): the user chose not to go on
    if got.deal_id is not None:
        do = call(contracts.create_contract_from_deal, got.deal_id, sign_date=got.sign_date,
                  amount=got.amount, number=got.number, terms=got.terms or None)
    else:
        do = call(contracts.create_contract, customer_id=got.customer_id,
                  amount=got.amount, sign_date=got.sign_date, owner_id=got.owner_id,
                  number=got.number, terms=got.terms or None)
    cmd = push_op(ctx.undo_stack, ctx.store, ctx.events,
                  LazyText.translate("ContractsTab", "New contract"), do, initiator=initiator)
    return cmd.value if cmd.failed is None else None


def record_payment(ctx: AppContext, parent: QWidget | None, detail: ContractDetail,
                   picked: Instalment | None = None, *, refund: bool = False,
                   initiator: Any = None) -> Any:
    """Ask for a payment received on ``detail``'s contract (or a refund) and record it; the
    service's result, or None when cancelled or refused. An over-payment is announced in the
    status bar (it is kept as the customer's credit).
    """
    c = detail.contract
    if c.cancelled and not refund:
        return None
    suggested = Decimal(0)
    if not refund:
        suggested = (picked.open_amount if picked is not None and picked.open_amount > 0
                     else c.open_amount)
    got = PaymentDialog.ask(parent, refund=refund, customer=c.customer_name, number=c.number,
                            instalments=detail.instalments, amount=suggested,
                            today=date.today())
    if got is None:
        return None
    if refund:
        label = LazyText.translate("ContractPane", "Record refund of %1").arg(c.number)
        do = call(pay.record_refund, customer_id=c.customer_id, refunded_on=got.on,
                  amount=got.amount, method=got.method, reference=got.reference or None,
                  contract_id=c.id, instalment_id=got.instalment_id)
    else:
        label = LazyText.translate("ContractPane", "Record payment of %1").arg(c.number)
        do = call(pay.record_payment, customer_id=c.customer_id, received_on=got.on,
                  amount=got.amount, method=got.method, reference=got.reference or None,
                  contract_id=c.id, instalment_id=got.instalment_id)
    cmd = push_op(ctx.undo_stack, ctx.store, ctx.events, label, do, initiator=initiator)
    result = None if cmd.failed is not None else cmd.value
    if result is not None and not refund and result.credit > 0:
        ctx.events.status_message.emit(QCoreApplication.translate(
            "ContractPane", "%1 more than was open is kept as the customer's credit.")
            .replace("%1", money(result.credit, fen=True)), 6000)
    return result
