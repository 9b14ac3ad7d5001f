"""Payments received (回款) and refunds (退款), and the instalments they settle.

* :func:`record_payment` → :class:`PaymentResult`. The money goes to the instalment picked (up
  to what is open on it), then to the oldest open instalments — of the contract named, else of
  all the customer's contracts — by due date (then sign date, number, sequence); what no
  instalment takes is kept as the customer's credit (客户余额).
* :func:`record_refund` → :class:`PaymentResult`: a payment of its own with a negative amount,
  never a deletion. It takes the money back from the instalment picked (up to what was paid on
  it), then from the customer's credit, then from the instalments paid last (latest due
  first), which open again; a refund larger than what the customer has paid is refused.
* Both are undone by :func:`discard_payment` (a soft delete of the payment and its
  allocations), whose undo :func:`restore_payment` brings back the same rows. Either is refused
  when it would leave an instalment paid beyond its amount or below zero, or a credit below
  zero (a later payment or refund depends on it).

Every allocation keeps its payment's date (``received_on``), so what was open on any past date
is the instalments less the allocations of payments received by then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Customer
from models.base import CENT, from_fen, new_id, to_fen, utcnow
from models.orders import (
    Contract,
    ContractStatus,
    Payment,
    PaymentAllocation,
    PaymentInstalment,
    PaymentMethod,
)
from services.core.changes import Op, call
from services.core.errors import SailplanError, ValidationError
from services.core.store import Store
from services.orders.contracts import fen, get_contract_row

METHOD_NAMES = {PaymentMethod.BANK: "银行转账", PaymentMethod.ACCEPTANCE: "承兑汇票",
                PaymentMethod.CASH: "现金", PaymentMethod.WECHAT: "微信",
                PaymentMethod.ALIPAY: "支付宝"}
"""Each payment method's Chinese name (what a ledger or the export says)."""
REFERENCE_LIMIT = 100


class PaymentNotFound(SailplanError):
    """A payment the caller named does not exist."""


@dataclass(frozen=True)
class PaymentResult:
    """What a payment (or refund) did: per instalment the amount applied (negative: taken
    back) and the part of it that went to (or came from) the customer's credit.
    """

    payment_id: str
    amount: Decimal
    allocations: tuple[tuple[str, Decimal], ...]
    credit: Decimal


@dataclass(frozen=True)
class PaymentRecord:
    """A payment as lists show it; ``unapplied`` is the part no instalment took."""

    id: str
    customer_id: str
    contract_id: str | None
    received_on: date
    amount: Decimal
    method: str
    reference: str | None
    unapplied: Decimal


@dataclass
class _Open:
    id: str
    contract_id: str
    amount: int
    paid: int


def method_of(value: str) -> PaymentMethod:
    """A payment method from its key (``bank``) or Chinese name (银行转账)."""
    text = str(value).strip()
    for m, name in METHOD_NAMES.items():
        if text in (m.value, name):
            return m
    raise ValidationError("“{value}” is not a payment method.", field="method", value=value)


def _live_customer(s: Session, customer_id: str) -> None:
    c = s.get(Customer, customer_id)
    if c is None or c.deleted_at is not None or c.merged_into_id is not None:
        raise ValidationError("That customer does not exist.", field="customer")


def _instalments(s: Session, customer_id: str, contract_id: str | None) -> list[_Open]:
    """The customer's live instalments (of live, uncancelled contracts), oldest first, with
    what is paid on each today.
    """
    paid = (select(PaymentAllocation.instalment_id.label("iid"),
                   func.sum(fen(PaymentAllocation.amount)).label("paid"))
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(PaymentAllocation.deleted_at.is_(None), Payment.deleted_at.is_(None),
                   Payment.customer_id == customer_id)
            .group_by(PaymentAllocation.instalment_id).subquery())
    q = (select(PaymentInstalment.id, PaymentInstalment.contract_id,
                fen(PaymentInstalment.amount), func.coalesce(paid.c.paid, 0))
         .join(Contract, Contract.id == PaymentInstalment.contract_id)
         .outerjoin(paid, paid.c.iid == PaymentInstalment.id)
         .where(Contract.customer_id == customer_id, Contract.deleted_at.is_(None),
                Contract.status != ContractStatus.CANCELLED,
                PaymentInstalment.deleted_at.is_(None)))
    if contract_id is not None:
        q = q.where(Contract.id == contract_id)
    q = q.order_by(PaymentInstalment.due_date, Contract.sign_date, Contract.number,
                   PaymentInstalment.seq)
    return [_Open(i, c, int(a), int(p)) for i, c, a, p in s.execute(q)]


def credit_fen(s: Session, customer_id: str, as_of: date | None = None) -> int:
    """The customer's credit in fen: their payments (received by ``as_of``) less what those
    payments applied to instalments.
    """
    where = [Payment.customer_id == customer_id, Payment.deleted_at.is_(None)]
    if as_of is not None:
        where.append(Payment.received_on <= as_of)
    paid = s.scalar(select(func.sum(fen(Payment.amount))).where(*where)) or 0
    applied = s.scalar(select(func.sum(fen(PaymentAllocation.amount)))
                       .join(Payment, Payment.id == PaymentAllocation.payment_id)
                       .where(PaymentAllocation.deleted_at.is_(None), *where)) or 0
    return int(paid) - int(applied)


def customer_credit(store: Store, customer_id: str, as_of: date | None = None) -> Decimal:
    """What the customer paid that no instalment took (as of ``as_of``: payments received by
    then), in yuan.
    """
    with store.read() as uow:
        return from_fen(credit_fen(uow.session, customer_id, as_of))


def _check(s: Session, customer_id: str, contract_id: str | None, instalment_id: str | None,
           amount: Decimal | str | int, method: str, reference: str | None
           ) -> tuple[int, PaymentMethod, str | None]:
    _live_customer(s, customer_id)
    try:
        value = Decimal(str(amount)).quantize(CENT)
    except ArithmeticError:
        raise ValidationError("An amount must be a number of yuan.", field="amount") from None
    if value <= 0:
        raise ValidationError("A payment's amount must be more than zero.", field="amount")
    if contract_id is not None:
        contract = get_contract_row(s, contract_id)
        if contract.customer_id != customer_id:
            raise ValidationError("That contract is another customer's.", field="contract")
    if instalment_id is not None:
        row = s.get(PaymentInstalment, instalment_id)
        owner = s.get(Contract, row.contract_id) if row is not None else None
        if row is None or row.deleted_at is not None or owner is None \
                or owner.deleted_at is not None:
            raise ValidationError("That instalment does not exist.", field="instalment")
        if owner.customer_id != customer_id or contract_id not in (None, owner.id):
            raise ValidationError("That instalment is not on this customer's contract.",
                                  field="instalment")
    ref = " ".join((reference or "").split()) or None
    if ref is not None and len(ref) > REFERENCE_LIMIT:
        raise ValidationError("A reference can be at most {limit} characters long.",
                              field="reference", limit=REFERENCE_LIMIT)
    return to_fen(value), method_of(method), ref


def record_payment(store: Store, *, customer_id: str, received_on: date,
                   amount: Decimal | str | int, method: str = PaymentMethod.BANK,
                   reference: str | None = None, contract_id: str | None = None,
                   instalment_id: str | None = None, payment_id: str | None = None
                   ) -> Op[PaymentResult]:
    """Record money received (see the module docstring for where it goes); the undo is
    :func:`discard_payment` of it.
    """
    pid = payment_id or new_id()
    with store.write() as uow:
        s = uow.session
        left, how, ref = _check(s, customer_id, contract_id, instalment_id, amount, method,
                                reference)
        total = left
        s.add(Payment(id=pid, customer_id=customer_id, contract_id=contract_id,
                      received_on=received_on, amount=from_fen(total), method=how,
                      reference=ref))
        rows = _instalments(s, customer_id, contract_id)
        rows.sort(key=lambda r: r.id != instalment_id)  # stable: the picked one first
        applied: list[tuple[str, Decimal]] = []
        for r in rows:
            take = min(left, r.amount - r.paid)
            if take <= 0:
                continue
            s.add(PaymentAllocation(payment_id=pid, instalment_id=r.id, amount=from_fen(take)))
            applied.append((r.id, from_fen(take)))
            left -= take
            if not left:
                break
        uow.commit()
        result = PaymentResult(pid, from_fen(total), tuple(applied), from_fen(left))
        return uow.op(result, undo=call(discard_payment, pid))


def record_refund(store: Store, *, customer_id: str, refunded_on: date,
                  amount: Decimal | str | int, method: str = PaymentMethod.BANK,
                  reference: str | None = None, contract_id: str | None = None,
                  instalment_id: str | None = None, payment_id: str | None = None
                  ) -> Op[PaymentResult]:
    """Record money paid back to the customer (``amount`` > 0; stored negative). See the
    module docstring for what it reopens; the undo is :func:`discard_payment` of it.
    """
    pid = payment_id or new_id()
    with store.write() as uow:
        s = uow.session
        left, how, ref = _check(s, customer_id, contract_id, instalment_id, amount, method,
                                reference)
        total = left
        rows = _instalments(s, customer_id, contract_id)
        credit = max(credit_fen(s, customer_id), 0)  # before the refund is added
        s.add(Payment(id=pid, customer_id=customer_id, contract_id=contract_id,
                      received_on=refunded_on, amount=from_fen(-total), method=how,
                      reference=ref))
        taken: list[tuple[str, Decimal]] = []

        def take_back(r: _Open) -> None:
            nonlocal left
            back = min(left, r.paid)
            if back > 0:
                s.add(PaymentAllocation(payment_id=pid, instalment_id=r.id,
                                        amount=from_fen(-back)))
                taken.append((r.id, from_fen(-back)))
                left -= back

        for r in rows:
            if r.id == instalment_id:
                take_back(r)
        from_credit = min(left, credit)
        left -= from_credit
        for r in reversed(rows):
            if not left:
                break
            if r.id != instalment_id:
                take_back(r)
        if left:
            raise ValidationError("The refund is more than the customer has paid ({paid}).",
                                  field="amount", paid=f"{from_fen(total - left):,.2f}")
        uow.commit()
        result = PaymentResult(pid, from_fen(-total), tuple(taken), from_fen(-from_credit))
        return uow.op(result, undo=call(discard_payment, pid))


def _check_balances(s: Session, customer_id: str, instalment_ids: Sequence[str]) -> None:
    """Refuse a state where an instalment is paid beyond its amount or below zero, or the
    customer's credit is below zero.
    """
    s.flush()
    for r in _instalments(s, customer_id, None):
        if r.id in instalment_ids and not 0 <= r.paid <= r.amount:
            raise ValidationError("A later payment or refund depends on this one; undo that "
                                  "first.", field="payment")
    if credit_fen(s, customer_id) < 0:
        raise ValidationError("A later payment or refund depends on this one; undo that "
                              "first.", field="payment")


def discard_payment(store: Store, payment_id: str) -> Op[None]:
    """Soft-delete a payment (or refund) and its allocations (the undo of recording it);
    undone by :func:`restore_payment`.
    """
    with store.write() as uow:
        s = uow.session
        p = s.get(Payment, payment_id)
        if p is None or p.deleted_at is not None:
            raise PaymentNotFound("This payment no longer exists.")
        now = utcnow()
        p.deleted_at = now
        allocations = s.scalars(select(PaymentAllocation).where(
            PaymentAllocation.payment_id == payment_id,
            PaymentAllocation.deleted_at.is_(None))).all()
        for a in allocations:
            a.deleted_at = now
        ids = tuple(a.id for a in allocations)
        _check_balances(s, p.customer_id, [a.instalment_id for a in allocations])
        uow.commit()
        return uow.op(None, undo=call(restore_payment, payment_id, ids))


def restore_payment(store: Store, payment_id: str, allocation_ids: Sequence[str]) -> Op[None]:
    """Bring back a soft-deleted payment with the allocations it had; undone by
    :func:`discard_payment`.
    """
    with store.write() as uow:
        s = uow.session
        p = s.get(Payment, payment_id)
        if p is None:
            raise PaymentNotFound("This payment no longer exists.")
        p.deleted_at = None
        rows = s.scalars(select(PaymentAllocation).where(
            PaymentAllocation.id.in_(tuple(allocation_ids)))).all()
        for a in rows:
            a.deleted_at = None
        _check_balances(s, p.customer_id, [a.instalment_id for a in rows])
        uow.commit()
        return uow.op(None, undo=call(discard_payment, payment_id))


def list_payments(store: Store, *, customer_id: str | None = None) -> list[PaymentRecord]:
    """Live payments and refunds by date received (one customer's with ``customer_id``)."""
    applied = (select(PaymentAllocation.payment_id.label("pid"),
                      func.sum(fen(PaymentAllocation.amount)).label("applied"))
               .where(PaymentAllocation.deleted_at.is_(None))
               .group_by(PaymentAllocation.payment_id).subquery())
    q = (select(Payment, func.coalesce(applied.c.applied, 0))
         .outerjoin(applied, applied.c.pid == Payment.id).where(Payment.deleted_at.is_(None)))
    if customer_id is not None:
        q = q.where(Payment.customer_id == customer_id)
    with store.read() as uow:
        return [PaymentRecord(p.id, p.customer_id, p.contract_id, p.received_on, p.amount,
                              p.method, p.reference, p.amount - from_fen(int(a)))
                for p, a in uow.session.execute(q.order_by(Payment.received_on,
                                                           Payment.created_at))]
