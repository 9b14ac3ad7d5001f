"""Order status (订单状态): 待交付 → 已交付 → 已验收 → 已完成, or 已取消 with a reason.

Every contract is an order; it starts pending (待交付). :func:`advance_order` moves it forward
— a step may be skipped, and the skipped steps take the same date — and records the date of
each step: ``delivered_on`` is the delivery date (到货) that payment plans due "N days after
delivery" count from (:func:`delivery_date`). An order moves on only once its contract is
signed, never backwards (Edit ▸ Undo puts a step back), and never on a day before the step
before it (nor before the sign date).

:func:`cancel_order` cancels it with a reason, from any step before done: never a deletion.
A signed contract's status becomes cancelled too, so its open instalments leave the
receivables from the day it was cancelled (:mod:`services.orders.receivables`); a draft
stays a draft, cancelled. Both writes are undone by :func:`put_order`, writing the previous
fields back, whose own undo is the redo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from models import Customer
from models.orders import Contract, ContractStatus, OrderStatus
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.orders.contracts import get_contract_row

FLOW = (OrderStatus.PENDING, OrderStatus.DELIVERED, OrderStatus.ACCEPTED, OrderStatus.DONE)
"""The steps of an order, in order (cancelled is off the path)."""
STEP_DATE = {OrderStatus.DELIVERED: "delivered_on", OrderStatus.ACCEPTED: "accepted_on",
             OrderStatus.DONE: "completed_on"}
REASON_LIMIT = 500
_FIELDS = ("status", "order_status", "delivered_on", "accepted_on", "completed_on",
           "cancelled_on", "cancel_reason")


@dataclass(frozen=True)
class OrderState:
    """A contract's order: its status and the dates of its steps."""

    contract_id: str
    number: str
    customer_id: str
    customer_name: str
    amount: Decimal
    sign_date: date
    contract_status: str
    order_status: str
    delivered_on: date | None
    accepted_on: date | None
    completed_on: date | None
    cancelled_on: date | None
    cancel_reason: str | None

    @property
    def next_steps(self) -> tuple[str, ...]:
        """The steps this order may move to (none once done or cancelled, or while a draft)."""
        return next_steps(self.order_status, self.contract_status)

    @property
    def cancellable(self) -> bool:
        """Whether the order may still be cancelled."""
        return self.order_status not in (OrderStatus.DONE, OrderStatus.CANCELLED)


def next_steps(order_status: str, contract_status: str = ContractStatus.SIGNED
               ) -> tuple[str, ...]:
    """The steps after ``order_status`` (pure); none for a draft, a done or cancelled order."""
    if contract_status != ContractStatus.SIGNED or order_status not in FLOW:
        return ()
    return tuple(FLOW[FLOW.index(OrderStatus(order_status)) + 1:])


def _state(c: Contract, customer_name: str) -> OrderState:
    return OrderState(c.id, c.number, c.customer_id, customer_name, c.amount, c.sign_date,
                      c.status, c.order_status, c.delivered_on, c.accepted_on, c.completed_on,
                      c.cancelled_on, c.cancel_reason)


def order_states(store: Store, *, customer_id: str | None = None) -> list[OrderState]:
    """Every live contract's order, by sign date then number."""
    q = (select(Contract, Customer.name).join(Customer, Customer.id == Contract.customer_id)
         .where(Contract.deleted_at.is_(None)))
    if customer_id is not None:
        q = q.where(Contract.customer_id == customer_id)
    with store.read() as uow:
        return [_state(c, name) for c, name in
                uow.session.execute(q.order_by(Contract.sign_date, Contract.number))]


def order_state(store: Store, contract_id: str) -> OrderState:
    """One contract's order."""
    with store.read() as uow:
        c = get_contract_row(uow.session, contract_id)
        customer = uow.session.get(Customer, c.customer_id)
        return _state(c, customer.name if customer else "")


def find_contract(store: Store, number: str) -> str:
    """The id of the live contract numbered ``number`` (spaces around it ignored)."""
    text = " ".join(str(number).split())
    with store.read() as uow:
        found = uow.session.scalar(select(Contract.id).where(Contract.number == text,
                                                             Contract.deleted_at.is_(None)))
    if found is None:
        raise ValidationError("There is no contract {number}.", field="number", number=text)
    return found


def delivery_date(store: Store, contract_id: str) -> date | None:
    """The day the order was delivered (None before): the anchor of "N days after delivery"."""
    with store.read() as uow:
        return get_contract_row(uow.session, contract_id).delivered_on


def put_order(store: Store, contract_id: str, values: tuple[object, ...]) -> Op[None]:
    """Write a contract's order fields back (the undo of a step or a cancellation)."""
    with store.write() as uow:
        c = get_contract_row(uow.session, contract_id)
        old = tuple(getattr(c, f) for f in _FIELDS)
        for name, value in zip(_FIELDS, values, strict=True):
            setattr(c, name, value)
        uow.commit()
        return uow.op(None, undo=call(put_order, contract_id, old))


def _last_date(c: Contract) -> date:
    days = [d for d in (c.sign_date, c.delivered_on, c.accepted_on, c.completed_on) if d]
    return max(days)


def advance_order(store: Store, contract_id: str, to: str, *, on: date | None = None
                  ) -> Op[None]:
    """Move an order forward to ``to`` (delivered, accepted or done) on ``on`` (today when not
    given); see the module docstring for what is refused. Undone by :func:`put_order`.
    """
    if to not in STEP_DATE:
        raise ValidationError("“{value}” is not an order step (delivered, accepted or done).",
                              field="status", value=to)
    day = on or date.today()
    with store.write() as uow:
        c = get_contract_row(uow.session, contract_id)
        if c.order_status == OrderStatus.CANCELLED:
            raise ValidationError("The order {number} is cancelled.", field="status",
                                  number=c.number)
        if c.status != ContractStatus.SIGNED:
            raise ValidationError("Sign the contract {number} before its order moves on.",
                                  field="status", number=c.number)
        if to not in next_steps(c.order_status):
            raise ValidationError("The order {number} is already past that step.",
                                  field="status", number=c.number)
        if day < _last_date(c):
            raise ValidationError("That date is before the order's previous step ({date}).",
                                  field="on", date=_last_date(c).isoformat())
        old = tuple(getattr(c, f) for f in _FIELDS)
        start = FLOW.index(OrderStatus(c.order_status)) + 1
        for step in FLOW[start:FLOW.index(OrderStatus(to)) + 1]:
            setattr(c, STEP_DATE[step], day)
        c.order_status = to
        uow.commit()
        return uow.op(None, undo=call(put_order, contract_id, old))


def cancel_order(store: Store, contract_id: str, reason: str, *, on: date | None = None
                 ) -> Op[None]:
    """Cancel an order with a reason on ``on`` (today when not given); refused once done.
    Undone by :func:`put_order`.
    """
    text = " ".join((reason or "").split())
    if not text:
        raise ValidationError("Say why the order is cancelled.", field="reason")
    if len(text) > REASON_LIMIT:
        raise ValidationError("A reason can be at most {limit} characters long.",
                              field="reason", limit=REASON_LIMIT)
    day = on or date.today()
    with store.write() as uow:
        c = get_contract_row(uow.session, contract_id)
        if c.order_status == OrderStatus.CANCELLED:
            raise ValidationError("The order {number} is cancelled.", field="status",
                                  number=c.number)
        if c.order_status == OrderStatus.DONE:
            raise ValidationError("The order {number} is done; it cannot be cancelled.",
                                  field="status", number=c.number)
        if c.status == ContractStatus.SIGNED and day < _last_date(c):
            raise ValidationError("That date is before the order's previous step ({date}).",
                                  field="on", date=_last_date(c).isoformat())
        old = tuple(getattr(c, f) for f in _FIELDS)
        c.order_status, c.cancelled_on, c.cancel_reason = OrderStatus.CANCELLED, day, text
        if c.status == ContractStatus.SIGNED:
            c.status = ContractStatus.CANCELLED
        uow.commit()
        return uow.op(None, undo=call(put_order, contract_id, old))
