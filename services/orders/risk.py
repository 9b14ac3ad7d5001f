"""Credit risk (信用风险): the customers to watch, and disputed instalments (争议).

:func:`risk_list` names every customer who, on a date, is

* **over their limit** — open receivables (:func:`services.orders.credit.open_fen`, read as
  they stand today) more than ``customers.credit_limit``;
* **overdue more than 60 days** — an instalment open on the date and due more than 60 days
  before it (the 61–90 and >90 aging buckets);
* **in dispute** — an open instalment marked disputed.

:func:`set_disputed` marks instalments disputed or not (one undo step; the undo writes the old
marks back with :func:`restore_disputed`); :func:`open_instalments` lists a customer's open
instalments with their marks, for the window that marks them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from models import Customer, Person
from models.base import from_fen
from models.orders import PaymentInstalment
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.orders.credit import open_fen
from services.orders.receivables import ReceivableRow, receivables

OVERDUE_DAYS = 60
OVER_LIMIT, OVERDUE, DISPUTED = "over_limit", "overdue", "disputed"
REASONS = (OVER_LIMIT, OVERDUE, DISPUTED)


@dataclass(frozen=True, slots=True)
class RiskRow:
    """One customer at risk; ``reasons`` are some of :data:`REASONS`, in that order."""

    id: str  # the customer's
    name: str
    owner_name: str | None
    limit: Decimal | None
    open: Decimal
    overdue_60: Decimal
    oldest_days: int
    disputed: Decimal
    disputed_count: int
    reasons: tuple[str, ...]

    @property
    def over_by(self) -> Decimal | None:
        """How far open receivables are over the limit (None when not over)."""
        if self.limit is None or self.open <= self.limit:
            return None
        return self.open - self.limit


@dataclass(frozen=True)
class OpenInstalment:
    """An instalment open on a date, with its dispute mark."""

    id: str
    contract_number: str
    seq: int
    label: str | None
    due_date: date
    open_amount: Decimal
    days_overdue: int
    disputed: bool


def _disputed_ids(store: Store, ids: Iterable[str]) -> set[str]:
    wanted = list(ids)
    if not wanted:
        return set()
    with store.read() as uow:
        return set(uow.session.scalars(
            select(PaymentInstalment.id).where(PaymentInstalment.id.in_(wanted),
                                               PaymentInstalment.disputed.is_(True))))


_CHUNK = 500  # customer ids per read (well under SQLite's bound parameters)


def risk_list(store: Store, as_of: date | None = None) -> list[RiskRow]:
    """The customers at risk on ``as_of`` (today when not given), most reasons first, then the
    largest open receivables, then by name.
    """
    day = as_of or date.today()
    rows = receivables(store, day).rows
    disputed = _disputed_ids(store, (r.instalment_id for r in rows))
    late: dict[str, list[ReceivableRow]] = {}
    argued: dict[str, list[ReceivableRow]] = {}
    for r in rows:
        if r.days_overdue > OVERDUE_DAYS:
            late.setdefault(r.customer_id, []).append(r)
        if r.instalment_id in disputed:
            argued.setdefault(r.customer_id, []).append(r)
    with store.read() as uow:
        s = uow.session
        owing = open_fen(s)
        # Only customers who owe something can be at risk: read those, not the whole archive.
        wanted = sorted({cid for cid, fen_owed in owing.items() if fen_owed > 0}
                        | set(late) | set(argued))
        limited: dict[str, tuple[str, Decimal | None, str | None]] = {}
        for start in range(0, len(wanted), _CHUNK):
            limited.update({cid: (name, limit, owner) for cid, name, limit, owner in s.execute(
                select(Customer.id, Customer.name, Customer.credit_limit, Person.name)
                .outerjoin(Person, Person.id == Customer.owner_id)
                .where(Customer.id.in_(wanted[start:start + _CHUNK]),
                       Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None)))})
    zero = Decimal("0.00")
    out = []
    for cid, (name, limit, owner) in limited.items():
        open_amount = from_fen(owing.get(cid, 0))
        reasons = tuple(reason for reason, hit in (
            (OVER_LIMIT, limit is not None and open_amount > limit),
            (OVERDUE, cid in late), (DISPUTED, cid in argued)) if hit)
        if not reasons:
            continue
        out.append(RiskRow(
            cid, name, owner, limit, open_amount,
            sum((r.open_amount for r in late.get(cid, ())), zero),
            max((r.days_overdue for r in late.get(cid, ())), default=0),
            sum((r.open_amount for r in argued.get(cid, ())), zero),
            len(argued.get(cid, ())), reasons))
    out.sort(key=lambda r: (-len(r.reasons), -r.open, r.name))
    return out


def open_instalments(store: Store, customer_id: str, as_of: date | None = None
                     ) -> list[OpenInstalment]:
    """A customer's instalments open on ``as_of`` (today when not given) with their marks."""
    rows = receivables(store, as_of or date.today(), customer_id=customer_id).rows
    disputed = _disputed_ids(store, (r.instalment_id for r in rows))
    return [OpenInstalment(r.instalment_id, r.contract_number, r.seq, r.label, r.due_date,
                           r.open_amount, r.days_overdue, r.instalment_id in disputed)
            for r in rows]


def set_disputed(store: Store, instalment_ids: Sequence[str], disputed: bool
                 ) -> Op[tuple[tuple[str, bool], ...]]:
    """Mark instalments disputed (争议) or not; the value is the old marks, the undo
    :func:`restore_disputed` of them.
    """
    with store.write() as uow:
        s = uow.session
        old = []
        for iid in dict.fromkeys(instalment_ids):
            row = s.get(PaymentInstalment, iid)
            if row is None or row.deleted_at is not None:
                raise ValidationError("That instalment does not exist.", field="instalment")
            old.append((iid, bool(row.disputed)))
            row.disputed = bool(disputed)
        uow.commit()
        return uow.op(tuple(old), undo=call(restore_disputed, tuple(old)))


def restore_disputed(store: Store, marks: Iterable[tuple[str, bool]]
                     ) -> Op[tuple[tuple[str, bool], ...]]:
    """Write dispute marks back (the undo of :func:`set_disputed`, and its redo)."""
    with store.write() as uow:
        s = uow.session
        old = []
        for iid, mark in marks:
            row = s.get(PaymentInstalment, iid)
            if row is None:
                raise ValidationError("That instalment does not exist.", field="instalment")
            old.append((iid, bool(row.disputed)))
            row.disputed = bool(mark)
        uow.commit()
        return uow.op(tuple(old), undo=call(restore_disputed, tuple(old)))
