"""What the My commission tab (我的提成) reads on the worker: a person's facts of a period, the
commission rules of their scheme, where they stand (:func:`services.incentives.my_commission.
my_commission`) and their open deals — so that the what-if of a deal (pure,
:func:`services.incentives.my_commission.what_if`) runs at once on the GUI thread.

An open deal counts for the person's share of it: their credit split of the deal when it has
one adding up to 100 %, else all of it when they own it. Its product line is the line of its
largest product lines' amount (None without lines), its customer tier the customer's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, or_, select

from models import Person
from models.customers import Customer
from models.enums import Role, StageKind
from models.incentives import CreditSplit
from models.pipeline import Deal, DealLine, Product, Stage
from services.core.store import Store
from services.incentives import versions
from services.incentives.doc import Commission
from services.incentives.facts import Facts
from services.incentives.my_commission import MyCommission, commission_rules, my_commission
from services.incentives.runs import check_period

MANAGING = frozenset({Role.OWNER, Role.DIRECTOR, Role.MANAGER})
"""Roles that may look at anyone's commission (the tab shows them a person picker)."""
FULL_BP = 10_000


@dataclass(frozen=True)
class OpenDeal:
    """An open deal of the person, for the what-if (``amount``: their share, in yuan)."""

    id: str
    name: str
    customer_name: str
    amount: Decimal
    share_bp: int
    product_line: str | None
    customer_tier: str | None
    expected_close: date | None


@dataclass(frozen=True)
class MyStanding:
    """One read of the tab: the person, their standing in the period and their open deals."""

    person_id: str
    person_name: str
    period: str
    facts: Facts
    rules: tuple[Commission, ...]
    standing: MyCommission
    deals: tuple[OpenDeal, ...]


@dataclass(frozen=True)
class PersonChoice:
    """Someone the picker offers."""

    id: str
    name: str
    role: str


def people(store: Store) -> list[PersonChoice]:
    """Everyone active, by name then id."""
    with store.read() as uow:
        return [PersonChoice(pid, name, role) for pid, name, role in uow.session.execute(
            select(Person.id, Person.name, Person.role)
            .where(Person.deleted_at.is_(None), Person.active_to.is_(None))
            .order_by(Person.name, Person.id))]


def open_deals(store: Store, person_id: str) -> list[OpenDeal]:
    """The person's open deals, largest share first (then by name and id)."""
    with store.read() as uow:
        s = uow.session
        shared = select(CreditSplit.deal_id).where(CreditSplit.person_id == person_id,
                                                   CreditSplit.deleted_at.is_(None))
        rows = s.execute(
            select(Deal.id, Deal.name, Deal.amount, Deal.owner_id, Deal.expected_close,
                   Customer.name, Customer.tier)
            .join(Stage, Stage.id == Deal.stage_id)
            .join(Customer, Customer.id == Deal.customer_id)
            .where(Deal.deleted_at.is_(None), Stage.kind == StageKind.OPEN,
                   or_(Deal.owner_id == person_id, Deal.id.in_(shared)))).all()
        ids = [r[0] for r in rows]
        splits: dict[str, dict[str, int]] = defaultdict(dict)
        lines: dict[str, dict[str, Decimal]] = defaultdict(dict)
        for start in range(0, len(ids), 900):
            part = ids[start:start + 900]
            for deal, person, bp in s.execute(
                    select(CreditSplit.deal_id, CreditSplit.person_id, CreditSplit.share_bp)
                    .where(CreditSplit.deal_id.in_(part), CreditSplit.deleted_at.is_(None))):
                splits[deal][person] = int(bp)
            for deal, line, amount in s.execute(
                    select(DealLine.deal_id, Product.line, func.sum(DealLine.amount))
                    .join(Product, Product.id == DealLine.product_id)
                    .where(DealLine.deal_id.in_(part), DealLine.deleted_at.is_(None))
                    .group_by(DealLine.deal_id, Product.line)):
                if line:
                    lines[deal][line] = Decimal(amount or 0)
    out = []
    for did, name, amount, owner, close, customer, tier in rows:
        split = splits.get(did, {})
        if sum(split.values()) == FULL_BP:
            bp = split.get(person_id, 0)
        else:
            bp = FULL_BP if owner == person_id else 0
        if bp <= 0:
            continue
        share = (Decimal(amount or 0) * bp / FULL_BP).quantize(Decimal("0.01"), ROUND_HALF_UP)
        by_line = lines.get(did, {})
        line = min(by_line, key=lambda k: (-by_line[k], k)) if by_line else None
        out.append(OpenDeal(did, name, customer, share, bp, line, tier, close))
    return sorted(out, key=lambda d: (-d.amount, d.name, d.id))


def read_my_standing(store: Store, person_id: str, period: str) -> MyStanding:
    """The person's standing in ``period`` (a month, quarter or year) and open deals."""
    key = check_period(period).key
    from services.incentives.gather import gather_facts

    with store.read() as uow:
        s = uow.session
        person = s.get(Person, person_id)
        name = person.name if person is not None else person_id
        facts = gather_facts(s, [key], person_ids=[person_id])
        schemes = versions.in_effect(s, key)
        rules = commission_rules(facts, key, person_id, schemes)
    standing = my_commission(facts, key, person_id, rules)
    return MyStanding(person_id, name, key, facts, rules, standing,
                      tuple(open_deals(store, person_id)))


def busiest_rep(store: Store) -> str | None:
    """The rep (一线销售) who owns the most contracts, else None — for showing a standing."""
    from models.orders import Contract

    with store.read() as uow:
        return uow.session.scalar(
            select(Contract.owner_id).join(Person, Person.id == Contract.owner_id)
            .where(Person.role == Role.REP, Contract.deleted_at.is_(None))
            .group_by(Contract.owner_id).order_by(func.count().desc(), Contract.owner_id)
            .limit(1))
