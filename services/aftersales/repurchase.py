"""Repurchase (复购), measured from repeat contracts.

A contract is a *repeat contract* when its customer had already signed a contract on an earlier
day (a second contract signed the same day as the first is the same purchase). Over a period, the
*buyers* are the customers who signed a contract in it and the *repeat buyers* those of them who
signed a repeat contract in it; the repurchase rate (复购率) is repeat buyers ÷ buyers. Per owner,
a customer counts for the owner of the contracts signed in the period (a customer served by two
people counts once for each, and once in the total). Cancelled and deleted contracts do not count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from models import Contract, Person
from models.orders import ContractStatus
from services.core import periods
from services.core.store import Store

TOTAL = "total"
"""The ``owner_id`` of the all-owners row of :func:`repurchase_by_owner`."""


@dataclass(frozen=True)
class ContractSign:
    """One counted contract: whose, by whom, signed when."""

    customer_id: str
    owner_id: str | None
    sign_date: date


@dataclass(frozen=True)
class RepurchaseRow:
    """Buyers and repeat buyers of a period, for one owner or in total."""

    period: str
    owner_id: str | None
    owner_name: str | None
    buyers: int
    repeat_buyers: int

    @property
    def rate(self) -> Decimal | None:
        """Repeat buyers ÷ buyers as a fraction (0.2500 is 25 %); None without buyers."""
        if not self.buyers:
            return None
        return (Decimal(self.repeat_buyers) / self.buyers).quantize(Decimal("0.0001"),
                                                                     rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class CustomerContracts:
    """A customer's contracts as the card shows them: how many, first and last signed, and
    whether the customer bought again (a contract signed after the first).
    """

    count: int
    first_signed: date | None
    last_signed: date | None

    @property
    def repeat(self) -> bool:
        """A second contract was signed on a later day than the first."""
        return self.first_signed is not None and self.last_signed is not None \
            and self.last_signed > self.first_signed


def _counted() -> ColumnElement[bool]:
    return and_(Contract.deleted_at.is_(None), Contract.status != ContractStatus.CANCELLED)


def signs_in(session: Session, *where: ColumnElement[bool]) -> list[ContractSign]:
    """The counted contracts (``where``: further conditions), in an open session."""
    return [ContractSign(c, o, d) for c, o, d in session.execute(
        select(Contract.customer_id, Contract.owner_id, Contract.sign_date)
        .where(_counted(), *where))]


def first_signs(session: Session, before: date) -> list[ContractSign]:
    """One sign per customer who signed before ``before``: their first (owner unknown) —
    with :func:`signs_in` of the contracts signed from ``before`` on, what
    :func:`count_repurchase` needs for periods from ``before`` on.
    """
    first = func.min(Contract.sign_date)
    return [ContractSign(c, None, d if isinstance(d, date) else date.fromisoformat(d))
            for c, d in session.execute(
                select(Contract.customer_id, first).where(_counted(),
                                                          Contract.sign_date < before)
                .group_by(Contract.customer_id))]


def _signs(store: Store) -> list[ContractSign]:
    with store.read() as uow:
        return signs_in(uow.session)


def count_repurchase(signs: Iterable[ContractSign], start: date, end: date
                     ) -> dict[str | None, tuple[int, int]]:
    """Pure: (buyers, repeat buyers) per owner of the contracts signed ``start``–``end``
    (inclusive), and under :data:`TOTAL` for everyone.
    """
    first: dict[str, date] = {}
    for s in signs:
        first[s.customer_id] = min(first.get(s.customer_id, s.sign_date), s.sign_date)
    buyers: dict[str | None, set[str]] = defaultdict(set)
    repeat: dict[str | None, set[str]] = defaultdict(set)
    for s in signs:
        if not start <= s.sign_date <= end:
            continue
        again = s.sign_date > first[s.customer_id]
        for key in (s.owner_id, TOTAL):
            buyers[key].add(s.customer_id)
            if again:
                repeat[key].add(s.customer_id)
    return {k: (len(v), len(repeat[k])) for k, v in buyers.items()}


def repurchase_by_owner(store: Store, period: str) -> list[RepurchaseRow]:
    """The repurchase rate of ``period`` (a key: 2026, 2026-Q1, 2026-03) per owner (by name,
    nobody's last), then the total row (``owner_id`` :data:`TOTAL`).
    """
    p = periods.parse(period)
    counts = count_repurchase(_signs(store), p.start, p.end)
    with store.read() as uow:
        names = {pid: name for pid, name in uow.session.execute(select(Person.id, Person.name))}
    rows = [RepurchaseRow(period, owner, names.get(owner) if owner else None, b, r)
            for owner, (b, r) in counts.items() if owner != TOTAL]
    rows.sort(key=lambda row: (row.owner_name is None, row.owner_name or ""))
    b, r = counts.get(TOTAL, (0, 0))
    return [*rows, RepurchaseRow(period, TOTAL, None, b, r)]


def repurchase_by_period(store: Store, year: int, grain: str = periods.Grain.MONTH,
                         owner_id: str | None = None) -> list[RepurchaseRow]:
    """The repurchase rate of each period of ``year`` at ``grain`` (month or quarter, or the
    year), for everyone or for one owner.
    """
    signs = _signs(store)
    key = owner_id if owner_id is not None else TOTAL
    out = []
    for period in periods.year_periods(year, periods.Grain(grain)):
        p = periods.parse(period)
        b, r = count_repurchase(signs, p.start, p.end).get(key, (0, 0))
        out.append(RepurchaseRow(period, key, None, b, r))
    return out


def customer_contracts(store: Store, customer_id: str) -> CustomerContracts:
    """How many contracts a customer signed, first and last, for the card."""
    with store.read() as uow:
        days = list(uow.session.scalars(select(Contract.sign_date).where(
            Contract.customer_id == customer_id, _counted())))
    return CustomerContracts(len(days), min(days, default=None), max(days, default=None))
