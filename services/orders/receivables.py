"""Receivables (应收账款) as of any date, their aging, and the collection rate (回款率).

What was open on a date ``D`` is recomputed from the history: every live instalment of a live,
signed contract signed by ``D`` (not a draft; a cancelled order's until the day it was
cancelled), less the allocations of payments (and refunds) received by ``D``; an instalment
with something left is open. It is overdue by ``D − due date`` days (0 when not yet due) and
falls in one bucket (账龄): 未到期 (not yet due), 1–30, 31–60, 61–90
or >90 days overdue. A plan replaced after ``D`` is read as it stands today.

The collection rate of a period is what was collected on the instalments due in it (payments
received by the period's end, early ones included) ÷ what they were due; None when nothing
was due.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models import Customer, Person
from models.base import from_fen
from models.orders import Contract, ContractStatus, Payment, PaymentAllocation, PaymentInstalment
from services.core.store import Store
from services.orders.contracts import fen

BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")
"""The aging buckets, from not yet due to more than 90 days overdue."""
BUCKET_NAMES = {"current": "未到期", "1-30": "1–30天", "31-60": "31–60天", "61-90": "61–90天",
                "90+": ">90天"}
BUCKET_NAMES_EN = {"current": "Not yet due", "1-30": "1–30 days", "31-60": "31–60 days",
                   "61-90": "61–90 days", "90+": ">90 days"}


def bucket_of(days_overdue: int) -> str:
    """The aging bucket of an instalment overdue by ``days_overdue`` days (0: not yet due)."""
    if days_overdue <= 0:
        return "current"
    if days_overdue <= 30:
        return "1-30"
    if days_overdue <= 60:
        return "31-60"
    if days_overdue <= 90:
        return "61-90"
    return "90+"


@dataclass(frozen=True, slots=True)
class ReceivableRow:
    """One instalment open on the report's date."""

    instalment_id: str
    contract_id: str
    contract_number: str
    customer_id: str
    customer_name: str
    owner_id: str | None
    owner_name: str | None
    unit_id: str | None  # the owner's org unit (team)
    seq: int
    label: str | None
    due_date: date
    amount: Decimal
    paid: Decimal
    open_amount: Decimal
    days_overdue: int
    bucket: str


@dataclass(frozen=True)
class Receivables:
    """The open instalments as of ``as_of`` with totals per bucket, customer, owner and the
    owner's org unit (ids; ``None`` for no owner); every bucket is present in ``by_bucket``.
    A unit's total holds its own people's instalments (not its sub-units').
    """

    as_of: date
    rows: tuple[ReceivableRow, ...]
    total: Decimal
    by_bucket: dict[str, Decimal]
    by_customer: dict[str, Decimal]
    by_owner: dict[str | None, Decimal]
    by_unit: dict[str | None, Decimal]
    overdue: Decimal = field(default=Decimal("0.00"))


def _paid_by(as_of: date):  # noqa: ANN202 - a SQLAlchemy subquery
    return (select(PaymentAllocation.instalment_id.label("iid"),
                   func.sum(fen(PaymentAllocation.amount)).label("paid"))
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(PaymentAllocation.deleted_at.is_(None), Payment.deleted_at.is_(None),
                   Payment.received_on <= as_of)
            .group_by(PaymentAllocation.instalment_id).subquery())


def _live_contract(signed_by: date) -> tuple[Any, ...]:
    # a draft owes nothing; a cancelled order owed until the day it was cancelled
    return (Contract.deleted_at.is_(None), Contract.status != ContractStatus.DRAFT,
            or_(Contract.status != ContractStatus.CANCELLED, Contract.cancelled_on > signed_by),
            PaymentInstalment.deleted_at.is_(None), Contract.sign_date <= signed_by)


_NAMES_CHUNK = 500  # customer ids per read of their names (under SQLite's bound parameters)


def receivables(store: Store, as_of: date, *, customer_id: str | None = None,
                owner_id: str | None = None) -> Receivables:
    """The instalments open on ``as_of`` (see the module docstring), by due date, customer,
    contract number and sequence.

    One query over the instalments, their contracts and what was paid on them (the shape of a
    raw SQL aggregate of the same: benchmarks/scenarios/orders_aging.py); the names of the
    customers with something open (read by key, a firm has far more customers than open
    instalments) and of the owners come from small reads, and the rows are sorted here, which
    on 100,000 instalments costs less than joining and sorting in SQL.
    """
    paid = _paid_by(as_of)
    paid_fen = func.coalesce(paid.c.paid, 0)
    q = (select(PaymentInstalment.id, Contract.id, Contract.number, Contract.customer_id,
                Contract.owner_id, PaymentInstalment.seq, PaymentInstalment.label,
                PaymentInstalment.due_date, fen(PaymentInstalment.amount), paid_fen)
         .join(Contract, Contract.id == PaymentInstalment.contract_id)
         .outerjoin(paid, paid.c.iid == PaymentInstalment.id)
         .where(*_live_contract(as_of), fen(PaymentInstalment.amount) > paid_fen))
    if customer_id is not None:
        q = q.where(Contract.customer_id == customer_id)
    if owner_id is not None:
        q = q.where(Contract.owner_id == owner_id)
    with store.read() as uow:
        s = uow.session
        raw = s.execute(q).all()
        wanted = sorted({r[3] for r in raw})
        customer: dict[str, str] = {}
        for start in range(0, len(wanted), _NAMES_CHUNK):
            customer.update((i, n) for i, n in s.execute(select(Customer.id, Customer.name).where(
                Customer.id.in_(wanted[start:start + _NAMES_CHUNK]))))
        people = {pid: (name, unit) for pid, name, unit in
                  s.execute(select(Person.id, Person.name, Person.unit_id))} if raw else {}
    rows = []
    for iid, cid, number, cust, oid, seq, label, due, amount, paid_amt in raw:
        cname = customer[cust]
        due_day = due if isinstance(due, date) else date.fromisoformat(due)
        days = max((as_of - due_day).days, 0)
        oname, unit = people.get(oid, (None, None)) if oid is not None else (None, None)
        rows.append(ReceivableRow(iid, cid, number, cust, cname, oid, oname, unit, seq,
                                  label, due_day, from_fen(int(amount)),
                                  from_fen(int(paid_amt)),
                                  from_fen(int(amount) - int(paid_amt)), days, bucket_of(days)))
    rows.sort(key=lambda r: (r.due_date, r.customer_name, r.contract_number, r.seq))
    return summarise(as_of, rows)


def summarise(as_of: date, rows: Iterable[ReceivableRow]) -> Receivables:
    """:class:`Receivables` of ``rows`` with their totals."""
    listed = tuple(rows)
    zero = Decimal("0.00")
    by_bucket = dict.fromkeys(BUCKETS, zero)
    by_customer: dict[str, Decimal] = {}
    by_owner: dict[str | None, Decimal] = {}
    by_unit: dict[str | None, Decimal] = {}
    for r in listed:
        by_bucket[r.bucket] += r.open_amount
        by_customer[r.customer_id] = by_customer.get(r.customer_id, zero) + r.open_amount
        by_owner[r.owner_id] = by_owner.get(r.owner_id, zero) + r.open_amount
        by_unit[r.unit_id] = by_unit.get(r.unit_id, zero) + r.open_amount
    total = sum((r.open_amount for r in listed), zero)
    return Receivables(as_of, listed, total, by_bucket, by_customer, by_owner, by_unit,
                       total - by_bucket["current"])


@dataclass(frozen=True)
class CollectionRate:
    """Due and collected in a period; ``rate`` is collected ÷ due (None when nothing was due),
    a fraction rounded to 4 places (0.8333 = 83.33 %).
    """

    start: date
    end: date
    due: Decimal
    collected: Decimal
    rate: Decimal | None


def _rate(start: date, end: date, due: int, collected: int) -> CollectionRate:
    rate = (Decimal(collected) / Decimal(due)).quantize(Decimal("0.0001"), ROUND_HALF_UP) \
        if due else None
    return CollectionRate(start, end, from_fen(due), from_fen(collected), rate)


def collection_by_owner(session: Session, start: date, end: date, *,
                        owner_id: str | None = None) -> dict[str | None, tuple[int, int]]:
    """What was due ``start``–``end`` and what of it was collected, per contract owner:
    owner → (due fen, collected fen) (see the module docstring).
    """
    paid = _paid_by(end)
    q = (select(Contract.owner_id, func.sum(fen(PaymentInstalment.amount)),
                func.sum(func.coalesce(paid.c.paid, 0)))
         .join(Contract, Contract.id == PaymentInstalment.contract_id)
         .outerjoin(paid, paid.c.iid == PaymentInstalment.id)
         .where(*_live_contract(end), PaymentInstalment.due_date >= start,
                PaymentInstalment.due_date <= end)
         .group_by(Contract.owner_id))
    if owner_id is not None:
        q = q.where(Contract.owner_id == owner_id)
    return {o: (int(d or 0), int(c or 0)) for o, d, c in session.execute(q)}


def collection_rate(store: Store, start: date, end: date, *, owner_id: str | None = None
                    ) -> tuple[CollectionRate, dict[str | None, CollectionRate]]:
    """The collection rate of ``start``–``end`` (both included; see the module docstring),
    overall and per contract owner (``None``: no owner).
    """
    with store.read() as uow:
        raw = collection_by_owner(uow.session, start, end, owner_id=owner_id)
    per_owner = {o: _rate(start, end, d, c) for o, (d, c) in raw.items()}
    total = _rate(start, end, sum(d for d, _c in raw.values()),
                  sum(c for _d, c in raw.values()))
    return total, per_owner
