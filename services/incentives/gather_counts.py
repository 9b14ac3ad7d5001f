"""The process counts of a payout run's facts, per person and calendar month, in one statement
each for any number of months: follow-ups and visits (by the local day of their time), deals
closed won and lost (by their close date), and the collection rate's due and collected amounts.

Each count is one index range per (person, month) — a correlated ``COUNT(*)`` over the
covering indexes ``ix_followups_person_method_at`` and ``ix_deals_owner_stage_closed`` of
migration 0013 — rather than a ``GROUP BY`` of every row by a month computed per row: a firm's
year holds hundreds of thousands of follow-ups and closed deals, and SQLite would sort them all.
A month of local days is the UTC range from its first local midnight to the next month's
(:func:`services.targets.actuals._utc_bound`), so summer time needs no special case.
Every person row is asked (people removed too: a follow-up keeps its person), and counts of
zero are left out.

The months a gathering needs are the calendar months from its first day to its last; a
quarter's or a year's count is the sum of its months'.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Date, String, and_, column, func, or_, select, true, values
from sqlalchemy.orm import Session

from models import Deal, FollowUp, Person, Stage
from models.enums import FollowUpMethod, StageKind
from models.orders import (
    Contract,
    ContractStatus,
    Payment,
    PaymentAllocation,
    PaymentInstalment,
)
from services.core import periods as P
from services.orders.contracts import fen
from services.targets.actuals import _utc_bound


@dataclass(frozen=True)
class Month:
    """A calendar month: its key and first and last days."""

    key: str
    start: date
    end: date


def months_between(lo: date, hi: date) -> list[Month]:
    """Every calendar month from the one of ``lo`` to the one of ``hi``."""
    out: list[Month] = []
    key = P.period_of(lo, P.Grain.MONTH)
    while True:
        p = P.parse(key)
        if p.start > hi:
            return out
        out.append(Month(key, p.start, p.end))
        nxt = p.end + timedelta(days=1)
        key = P.month_key(nxt.year, nxt.month)


def _months_table(months: Sequence[Month], with_times: bool):  # noqa: ANN202 - a VALUES
    if with_times:
        at = FollowUp.at.type
        return values(column("key", String), column("lo", at), column("hi", at),
                      name="months").data(
            [(m.key, _utc_bound(m.start), _utc_bound(m.end + timedelta(days=1)))
             for m in months]).cte()
    return values(column("key", String), column("lo", Date), column("hi", Date),
                  name="months").data([(m.key, m.start, m.end) for m in months]).cte()


def followups_by_month(session: Session, months: Sequence[Month], *, visits_only: bool
                       ) -> Iterable[tuple[str, str, str, int]]:
    """(person, month, method, follow-ups) with at least one; only visits when asked."""
    if not months:
        return []
    m = _months_table(months, with_times=True)
    methods = ([FollowUpMethod.VISIT] if visits_only else list(FollowUpMethod))
    kinds = values(column("method", String), name="methods").data(
        [(str(x),) for x in methods]).cte()
    n = (select(func.count()).select_from(FollowUp)
         .where(FollowUp.person_id == Person.id, FollowUp.method == kinds.c.method,
                FollowUp.at >= m.c.lo, FollowUp.at < m.c.hi, FollowUp.deleted_at.is_(None))
         .scalar_subquery())
    q = select(Person.id, m.c.key, kinds.c.method, n).select_from(Person).join(m, true()) \
        .join(kinds, true())
    return [(p, k, method, int(c)) for p, k, method, c in session.execute(q) if c]


def closed_by_month(session: Session, months: Sequence[Month]
                    ) -> Iterable[tuple[str, str, str, int]]:
    """(owner, month, the stage's kind — won or lost —, deals closed) with at least one."""
    if not months:
        return []
    m = _months_table(months, with_times=False)
    n = (select(func.count()).select_from(Deal)
         .where(Deal.owner_id == Person.id, Deal.stage_id == Stage.id,
                Deal.closed_on >= m.c.lo, Deal.closed_on <= m.c.hi, Deal.deleted_at.is_(None))
         .scalar_subquery())
    q = (select(Person.id, m.c.key, Stage.kind, n).select_from(Person).join(m, true())
         .join(Stage, Stage.kind.in_((StageKind.WON, StageKind.LOST))))
    return [(p, k, str(kind), int(c)) for p, k, kind, c in session.execute(q) if c]


def collection_by_month(session: Session, months: Sequence[Month]
                        ) -> dict[str, dict[str | None, tuple[int, int]]]:
    """Month → owner → (due fen, collected fen): for each month what
    :func:`services.orders.receivables.collection_by_owner` gives for its first and last day,
    all months in one statement.
    """
    if not months:
        return {}
    m = _months_table(months, with_times=False)
    paid = (select(func.sum(fen(PaymentAllocation.amount)))
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(PaymentAllocation.instalment_id == PaymentInstalment.id,
                   PaymentAllocation.deleted_at.is_(None), Payment.deleted_at.is_(None),
                   Payment.received_on <= m.c.hi)
            .scalar_subquery())
    q = (select(Contract.owner_id, m.c.key, func.sum(fen(PaymentInstalment.amount)),
                func.sum(func.coalesce(paid, 0)))
         .select_from(m)
         .join(PaymentInstalment, and_(PaymentInstalment.due_date >= m.c.lo,
                                       PaymentInstalment.due_date <= m.c.hi))
         .join(Contract, Contract.id == PaymentInstalment.contract_id)
         .where(Contract.deleted_at.is_(None), Contract.status != ContractStatus.DRAFT,
                or_(Contract.status != ContractStatus.CANCELLED,
                    Contract.cancelled_on > m.c.hi),
                PaymentInstalment.deleted_at.is_(None), Contract.sign_date <= m.c.hi)
         .group_by(Contract.owner_id, m.c.key))
    out: dict[str, dict[str | None, tuple[int, int]]] = {}
    for owner, key, due, collected in session.execute(q):
        out.setdefault(key, {})[owner] = (int(due or 0), int(collected or 0))
    return out
