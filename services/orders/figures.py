"""Payment figures (回款指标) of a period: how fast and how punctually customers pay.

All figures of ``start``–``end`` (both included) are computed from the history as it stood at
the end of the period (payments received after ``end`` are not known yet), over the live
instalments of live, uncancelled contracts, per contract owner (person), per the owner's org
unit (team: the unit's own people, not its sub-units' — as the receivables' totals) or for
everyone.

* **Settled (结清) on** — the day an instalment's payments (less refunds) first reached its
  amount for good: a refund that reopened it moves the day to the payment that settled it
  again. An instalment settled in the period is one whose settled day falls in it.
* **Payment cycle (回款周期)** — per instalment settled in the period, the days from its invoice
  date (已开票) when it was invoiced, else its contract's sign date, to its settled day (never
  below 0: an invoice issued after the money came); the figure is their average.
* **Average days late (平均逾期天数)** — of the instalments settled in the period after their
  due date, the average of settled day − due date; None when none was late.
* **Share paid late (逾期回款占比)** — late ones ÷ all settled in the period (a count).
* **DSO (应收账款周转天数)** — what was open at the period's end (all open instalments, as the
  receivables report of that day totals them) ÷ the amount of the contracts signed in the period
  × the period's days; None when nothing was signed.
* **Collection rate (回款率)** — :func:`services.orders.receivables.collection_rate`.

Days are rounded half up to one decimal, shares and rates to four places (0.2500 = 25 %).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select

from models import OrgUnit, Person
from models.base import from_fen
from models.orders import Contract, ContractStatus, Payment, PaymentAllocation, PaymentInstalment
from services.core.errors import ValidationError
from services.core.store import Store
from services.orders.contracts import fen

BY_CHOICES = ("person", "team")
ONE_DAY = Decimal("0.1")
FOUR = Decimal("0.0001")


@dataclass(frozen=True)
class Figures:
    """The figures of one person, team or everyone (``key`` None: no owner / no team, or the
    total) over a period. Amounts in yuan, days as Decimal with one decimal place.
    """

    key: str | None
    name: str | None
    settled: int  # instalments settled in the period
    late: int  # of them, settled after their due date
    cycle_days: Decimal | None
    avg_days_late: Decimal | None
    late_share: Decimal | None
    dso: Decimal | None
    receivable: Decimal  # open at the period's end
    signed: Decimal  # contracts signed in the period
    due: Decimal  # instalments due in the period
    collected: Decimal  # paid on those by the period's end
    collection_rate: Decimal | None


@dataclass(frozen=True)
class PaymentFigures:
    """The period's figures in all and per group (``by``: "person", "team" or None)."""

    start: date
    end: date
    by: str | None
    total: Figures
    groups: tuple[Figures, ...]


@dataclass(frozen=True, slots=True)
class InstalmentHistory:
    """What figures need of one instalment, as of the period's end."""

    id: str
    owner_id: str | None
    unit_id: str | None
    sign_date: date
    invoiced_on: date | None
    due_date: date
    amount: int  # fen
    paid: int  # fen, by the period's end
    settled_on: date | None


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def settled_on(amount: int, payments: Iterable[tuple[date, int]]) -> date | None:
    """The day the amounts ``payments`` (day, fen; refunds negative) last brought the paid total
    up to ``amount`` and kept it there; None when it is not paid in full at the end.
    """
    per_day: dict[date, int] = defaultdict(int)
    for day, value in payments:
        per_day[day] += value
    paid = 0
    since: date | None = None
    for day in sorted(per_day):
        before, paid = paid, paid + per_day[day]
        if paid >= amount > before:
            since = day
        elif paid < amount:
            since = None
    return since


def history(store: Store, end: date) -> list[InstalmentHistory]:
    """The live instalments of live, uncancelled contracts signed by ``end``, with what was paid
    on each by ``end`` and the day it was settled.
    """
    q = (select(PaymentInstalment.id, Contract.owner_id, Person.unit_id, Contract.sign_date,
                PaymentInstalment.invoiced_on, PaymentInstalment.due_date,
                fen(PaymentInstalment.amount))
         .join(Contract, Contract.id == PaymentInstalment.contract_id)
         .outerjoin(Person, Person.id == Contract.owner_id)
         .where(Contract.deleted_at.is_(None), Contract.status != ContractStatus.CANCELLED,
                PaymentInstalment.deleted_at.is_(None), Contract.sign_date <= end))
    paid_q = (select(PaymentAllocation.instalment_id, Payment.received_on,
                     fen(PaymentAllocation.amount))
              .join(Payment, Payment.id == PaymentAllocation.payment_id)
              .where(PaymentAllocation.deleted_at.is_(None), Payment.deleted_at.is_(None),
                     Payment.received_on <= end))
    with store.read() as uow:
        s = uow.session
        rows = s.execute(q).all()
        paid: dict[str, list[tuple[date, int]]] = defaultdict(list)
        for iid, day, amount in s.execute(paid_q):
            d = _day(day)
            assert d is not None
            paid[iid].append((d, int(amount)))
    out = []
    for iid, owner, unit, sign, invoiced, due, amount in rows:
        own = paid.get(iid, [])
        sign_day, due_day = _day(sign), _day(due)
        assert sign_day is not None and due_day is not None
        out.append(InstalmentHistory(iid, owner, unit, sign_day, _day(invoiced), due_day,
                                     int(amount), sum(v for _d, v in own),
                                     settled_on(int(amount), own)))
    return out


def signed_contracts(store: Store, start: date, end: date
                     ) -> list[tuple[str | None, str | None, int]]:
    """(owner id, owner's unit id, fen) of the live, uncancelled contracts signed in the period."""
    q = (select(Contract.owner_id, Person.unit_id, fen(Contract.amount))
         .outerjoin(Person, Person.id == Contract.owner_id)
         .where(Contract.deleted_at.is_(None), Contract.status != ContractStatus.CANCELLED,
                Contract.sign_date >= start, Contract.sign_date <= end))
    with store.read() as uow:
        return [(o, u, int(a)) for o, u, a in uow.session.execute(q)]


def _avg(values: list[int]) -> Decimal | None:
    if not values:
        return None
    return (Decimal(sum(values)) / len(values)).quantize(ONE_DAY, ROUND_HALF_UP)


def _ratio(part: int, whole: int, places: Decimal = FOUR) -> Decimal | None:
    return (Decimal(part) / Decimal(whole)).quantize(places, ROUND_HALF_UP) if whole else None


def figures_of(rows: Iterable[InstalmentHistory], signed: int, start: date, end: date,
               key: str | None = None, name: str | None = None) -> Figures:
    """The figures of ``rows`` (one group's instalments, see :func:`history`) over the period;
    ``signed`` is the fen of the group's contracts signed in it.
    """
    cycles: list[int] = []
    late: list[int] = []
    settled = 0
    receivable = due = collected = 0
    for r in rows:
        if r.paid < r.amount:
            receivable += r.amount - r.paid
        if start <= r.due_date <= end:
            due += r.amount
            collected += r.paid
        if r.settled_on is None or not start <= r.settled_on <= end:
            continue
        settled += 1
        anchor = r.invoiced_on or r.sign_date
        cycles.append(max((r.settled_on - anchor).days, 0))
        if r.settled_on > r.due_date:
            late.append((r.settled_on - r.due_date).days)
    days = (end - start).days + 1
    dso = (Decimal(receivable) * days / Decimal(signed)).quantize(ONE_DAY, ROUND_HALF_UP) \
        if signed else None
    return Figures(key, name, settled, len(late), _avg(cycles), _avg(late),
                   _ratio(len(late), settled), dso, from_fen(receivable), from_fen(signed),
                   from_fen(due), from_fen(collected), _ratio(collected, due))


def payment_figures(store: Store, start: date, end: date, by: str | None = None
                    ) -> PaymentFigures:
    """The figures of ``start``–``end`` (see the module docstring), in all and per person or
    team (``by``), groups by name (no owner / no team last).
    """
    if end < start:
        raise ValidationError("The period ends ({end}) before it starts ({start}).",
                              field="period", start=start.isoformat(), end=end.isoformat())
    if by is not None and by not in BY_CHOICES:
        raise ValueError(f"by must be one of {BY_CHOICES}")
    rows = history(store, end)
    contracts = signed_contracts(store, start, end)
    total = figures_of(rows, sum(a for _o, _u, a in contracts), start, end)
    groups: list[Figures] = []
    if by is not None:
        grouped: dict[str | None, list[InstalmentHistory]] = defaultdict(list)
        signed: dict[str | None, int] = defaultdict(int)
        for r in rows:
            grouped[r.owner_id if by == "person" else r.unit_id].append(r)
        for owner, unit, amount in contracts:
            signed[owner if by == "person" else unit] += amount
        keys = [*grouped, *(k for k in signed if k not in grouped)]
        names = _names(store, by, [k for k in keys if k is not None])
        groups = [figures_of(grouped.get(k, []), signed.get(k, 0), start, end, k,
                             names.get(k) if k else None) for k in keys]
        groups.sort(key=lambda f: (f.key is None, f.name or "", f.key or ""))
    return PaymentFigures(start, end, by, total, tuple(groups))


def _names(store: Store, by: str, ids: list[str]) -> dict[str, str]:
    model: Any = Person if by == "person" else OrgUnit
    if not ids:
        return {}
    with store.read() as uow:
        return dict(uow.session.execute(select(model.id, model.name)
                                        .where(model.id.in_(ids))).all())
