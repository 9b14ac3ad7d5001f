"""The review pack's record lists: deals won, lost, slipped (their expected close date passed
in the period while they stayed open), stage regressions, rotting deals, stale customers and
overdue instalments — each read through the owning feature's rules:

* rotting: :func:`services.pipeline.board.past_rot_days` / ``booked_if_rotting`` and
  :func:`services.pipeline.deals.is_rotting` (the board's rule, as of the review's day);
* stale: :func:`services.customers.stale.is_stale` with the firm's stale rules;
* overdue: :func:`services.orders.receivables.receivables` as of the review's day;
* regressions: stage history rows in the period that took a deal to an open stage ranked
  below the one it left (:func:`services.pipeline.analytics.funnel_ranks`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, and_, func, or_, select
from sqlalchemy.orm import Session

from models import Customer, Deal, Person, Stage, StageHistory
from models.base import from_fen
from models.enums import StageKind
from services.customers.stale import days_since_contact, is_stale, rules_in_session
from services.pipeline.analytics import funnel_ranks
from services.pipeline.board import booked_if_rotting, past_rot_days
from services.pipeline.deals import StageInfo, days_between, is_rotting
from services.reviews.scope import Scope

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class DealRef:
    """A deal as a review lists it; ``note`` says why it is listed (a reason, "A → B")."""

    id: str
    name: str
    customer_id: str
    customer_name: str
    owner_name: str | None
    stage_name: str
    amount: Decimal
    expected_close: date | None
    closed_on: date | None
    note: str = ""


@dataclass(frozen=True)
class CustomerRef:
    """A stale customer: days since its last contact and what its open deals are worth."""

    id: str
    name: str
    tier: str | None
    owner_name: str | None
    days_since: int | None
    open_amount: Decimal


@dataclass(frozen=True)
class InstalmentRef:
    """An overdue instalment."""

    id: str
    contract_id: str
    contract_number: str
    customer_id: str
    customer_name: str
    owner_name: str | None
    due_date: date
    open_amount: Decimal
    days_overdue: int


def owner_filter(column: Any, scope: Scope) -> tuple[Any, ...]:
    """SQL: the owner column within the scope (nothing for the whole firm)."""
    return () if scope.owners is None else (column.in_(scope.owners),)


def deal_columns() -> tuple[Any, ...]:
    """The columns a :class:`DealRef` is made from (with :func:`deal_ref`)."""
    return (Deal.id, Deal.name, Deal.customer_id, Customer.name, Person.name, Stage.name,
            func.coalesce(Deal.won_amount, Deal.amount), Deal.expected_close, Deal.closed_on)


def deal_query(*where: Any) -> Any:
    """Deals with their customer, owner and stage, live, filtered by ``where``."""
    return (select(*deal_columns()).join(Customer, Customer.id == Deal.customer_id)
            .join(Stage, Stage.id == Deal.stage_id)
            .outerjoin(Person, Person.id == Deal.owner_id)
            .where(Deal.deleted_at.is_(None), *where))


def deal_ref(row: Any, note: str = "") -> DealRef:
    """A :class:`DealRef` of a :func:`deal_query` row."""
    did, name, cid, cname, owner, stage, amount, close, closed = row[:9]
    return DealRef(did, name, cid, cname, owner, stage, Decimal(amount or 0), close, closed, note)


def by_amount(refs: Sequence[DealRef]) -> tuple[DealRef, ...]:
    """Largest amount first, then by name."""
    return tuple(sorted(refs, key=lambda d: (-d.amount, d.name, d.id)))


def closed_deals(session: Session, scope: Scope, kind: str) -> tuple[DealRef, ...]:
    """Deals won (``kind`` "won") or lost in the period, up to the review's day."""
    q = deal_query(Stage.kind == kind, Deal.closed_on >= scope.start,
                   Deal.closed_on <= scope.window_end, *owner_filter(Deal.owner_id, scope))
    if kind == StageKind.LOST:
        q = q.add_columns(Deal.lost_reason)
        return by_amount([deal_ref(r, r[9] or "") for r in session.execute(q)])
    return by_amount([deal_ref(r) for r in session.execute(q)])


def slipped_deals(session: Session, scope: Scope) -> tuple[DealRef, ...]:
    """Open deals whose expected close date fell in the period and has passed."""
    q = deal_query(Stage.kind == StageKind.OPEN, Deal.expected_close >= scope.start,
                   Deal.expected_close <= scope.window_end, Deal.expected_close < scope.as_of,
                   *owner_filter(Deal.owner_id, scope))
    return by_amount([deal_ref(r) for r in session.execute(q)])


def _utc(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def regressions(session: Session, scope: Scope, stages: Sequence[StageInfo]
                ) -> tuple[DealRef, ...]:
    """Deals moved back to an earlier open stage in the period (the latest move per deal)."""
    ranks: dict[str, int] = {}
    names = {s.id: s.name for s in stages}
    pipes = sorted({s.pipeline_id for s in stages})
    for pid in pipes:
        opens, _r = funnel_ranks([s for s in stages if s.pipeline_id == pid])
        ranks.update({s.id: i for i, s in enumerate(opens)})
    if not ranks:
        return ()
    q = (deal_query(StageHistory.at >= _utc(scope.start),
                    StageHistory.at < _utc(scope.window_end + timedelta(days=1)),
                    StageHistory.deleted_at.is_(None),
                    StageHistory.from_stage_id.in_(list(ranks)),
                    StageHistory.to_stage_id.in_(list(ranks)),
                    *owner_filter(Deal.owner_id, scope))
         .join(StageHistory, StageHistory.deal_id == Deal.id)
         .add_columns(StageHistory.from_stage_id, StageHistory.to_stage_id, StageHistory.at)
         .order_by(StageHistory.at))
    latest: dict[str, DealRef] = {}
    for row in session.execute(q):
        frm, to = row[9], row[10]
        if ranks[to] < ranks[frm]:
            latest[row[0]] = deal_ref(row, f"{names[frm]} → {names[to]}")
        else:
            latest.pop(row[0], None)  # moved forward again afterwards
    return by_amount(list(latest.values()))


def rotting_deals(session: Session, scope: Scope, stages: Sequence[StageInfo]
                  ) -> tuple[DealRef, ...]:
    """Open deals rotting on the review's day (the board's rule)."""
    by_id = {s.id: s for s in stages}
    today = scope.as_of
    q = (deal_query(Stage.kind == StageKind.OPEN, past_rot_days(stages, today),
                    *owner_filter(Deal.owner_id, scope))
         .add_columns(Deal.stage_entered_at, booked_if_rotting(stages, today), Deal.stage_id))
    out = []
    for row in session.execute(q):
        st = by_id[row[11]]
        days = days_between(row[9], today)
        if is_rotting(st.kind, st.rot_days, days, bool(row[10])):
            out.append(deal_ref(row, str(days)))
    return by_amount(out)


def open_amounts(session: Session, customer_ids: Sequence[str]) -> dict[str, Decimal]:
    """Customer id → the amount of its open deals."""
    out: dict[str, Decimal] = {}
    ids = list(customer_ids)
    for start in range(0, len(ids), 500):
        q = (select(Deal.customer_id, func.sum(Deal.amount, type_=BigInteger))
             .join(Stage, Stage.id == Deal.stage_id)
             .where(Deal.deleted_at.is_(None), Stage.kind == StageKind.OPEN,
                    Deal.customer_id.in_(ids[start:start + 500]))
             .group_by(Deal.customer_id))
        for cid, fen in session.execute(q):
            out[cid] = from_fen(int(fen or 0))
    return out


def stale_customers(session: Session, scope: Scope) -> tuple[CustomerRef, ...]:
    """The scope's customers stale on the review's day (the stale rules), most at stake first."""
    rules = rules_in_session(session)
    today = scope.as_of
    cutoff = _utc(today - timedelta(days=min(rules.days.values())))
    last = func.coalesce(Customer.last_followup_at, Customer.created_at)
    q = (select(Customer.id, Customer.name, Customer.tier, Person.name,
                Customer.last_followup_at, Customer.next_followup_on, Customer.created_at)
         .outerjoin(Person, Person.id == Customer.owner_id)
         .where(Customer.deleted_at.is_(None), Customer.in_pool.is_not(True),
                Customer.merged_into_id.is_(None), Customer.owner_id.is_not(None),
                or_(Customer.next_followup_on < today,
                    and_(Customer.next_followup_on.is_(None), last < cutoff)),
                *owner_filter(Customer.owner_id, scope)))
    found = [r for r in session.execute(q) if is_stale(r[4], r[5], r[6], r[2], today, rules)]
    amounts = open_amounts(session, [r[0] for r in found])
    refs = [CustomerRef(cid, name, tier, owner, days_since_contact(last_at, created, today),
                        amounts.get(cid, ZERO))
            for cid, name, tier, owner, last_at, _next, created in found]
    return tuple(sorted(refs, key=lambda c: (-c.open_amount, c.tier or "Z", c.name)))


def overdue_instalments(rows: Sequence[Any], scope: Scope) -> tuple[InstalmentRef, ...]:
    """Overdue instalments among :func:`services.orders.receivables.receivables` rows."""
    owners = None if scope.owners is None else set(scope.owners)
    out = [InstalmentRef(r.instalment_id, r.contract_id, r.contract_number, r.customer_id,
                         r.customer_name, r.owner_name, r.due_date, r.open_amount,
                         r.days_overdue)
           for r in rows if r.days_overdue > 0 and (owners is None or r.owner_id in owners)]
    return tuple(sorted(out, key=lambda i: (-i.days_overdue, -i.open_amount, i.id)))
