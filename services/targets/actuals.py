"""Actuals (实际完成) of a target plan's nodes, read live from deals, customers and follow-ups.

Where each fact lands (its *base* node; :class:`services.targets.rollup.RollupTree` then adds it to
every ancestor, so a layer's actual is the sum of the people below it):

- the person node of the fact's person (deal owner, customer owner, follow-up person);
- else the deepest layer node whose org unit is the person's unit or one of its parent units;
- else the root (company) node — the company total always holds every fact.

Metrics:

- ``signed_amount`` 签约额: won deals' amount (``won_amount``, else ``amount``) by ``closed_on``;
- ``deal_count`` 签约量 / ``wins``: the number of those won deals;
- ``new_customers`` 新增客户数: customers created in the period (not merged away), by owner;
- ``followups`` 拜访/跟进数: follow-up records by their date and person;
- ``collected_amount`` 回款额: payments received by ``received_on``, refunds subtracting, for the
  owner of the contract each part of a payment settled (the credit part: the contract the
  payment names, else the customer's owner; :mod:`services.orders.collected`);
- the derived rates (转化率, 老客户续签率, 复购率, 新产品销售占比): a numerator and a denominator
  each (:mod:`services.targets.rate_actuals`); other metrics have no automatic actual.

Timestamps count by the local calendar day; a week's actual is its own seven days.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import BigInteger, Date, Interval, cast, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from models.customers import Customer, FollowUp
from models.enums import StageKind, TargetMetric
from models.org import OrgUnit, Person
from models.pipeline import Deal, Stage
from services.core import periods as P
from services.orders.collected import collected_by_person_day
from services.targets.rate_actuals import DERIVED_RATES, day_facts, repurchase_facts

AUTOMATIC_METRICS = frozenset({TargetMetric.SIGNED_AMOUNT, TargetMetric.DEAL_COUNT,
                               TargetMetric.WINS, TargetMetric.NEW_CUSTOMERS,
                               TargetMetric.FOLLOWUPS, TargetMetric.COLLECTED_AMOUNT,
                               *DERIVED_RATES})


@dataclass(frozen=True)
class NodeRef:
    """What placing facts needs from a node."""

    id: str
    parent_id: str | None
    kind: str
    unit_id: str | None
    person_id: str | None


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def _utc_bound(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


class _Placer:
    """Maps a person to the node their facts land on (see the module docstring)."""

    def __init__(self, session: Session, nodes: Sequence[NodeRef]):
        self.root = next((n.id for n in nodes if n.parent_id is None), None)
        self.by_person = {n.person_id: n.id for n in nodes if n.person_id}
        depth: dict[str, int] = {}
        parent_of = {n.id: n.parent_id for n in nodes}
        for n in nodes:
            d, p = 0, n.parent_id
            while p is not None:
                d, p = d + 1, parent_of.get(p)
            depth[n.id] = d
        self.by_unit: dict[str, str] = {}
        for n in sorted(nodes, key=lambda x: depth[x.id]):
            if n.unit_id and n.person_id is None:
                self.by_unit[n.unit_id] = n.id  # deeper nodes of the same unit win
        self.unit_parent = dict(session.execute(select(OrgUnit.id, OrgUnit.parent_id)).all())
        self.person_unit = dict(session.execute(select(Person.id, Person.unit_id)).all())
        self._cache: dict[str | None, str | None] = {}

    def node_for(self, person_id: str | None) -> str | None:
        if person_id in self._cache:
            return self._cache[person_id]
        node = self.by_person.get(person_id) if person_id else None
        if node is None and person_id:
            unit = self.person_unit.get(person_id)
            while unit is not None and node is None:
                node = self.by_unit.get(unit)
                unit = self.unit_parent.get(unit)
        if node is None:
            node = self.root
        self._cache[person_id] = node
        return node


def fact_placer(session: Session, nodes: Sequence[NodeRef]) -> Callable[[str | None], str | None]:
    """The node a person's facts land on (see the module docstring), as a function of the
    person's id: what lists the records behind a node's actual.
    """
    return _Placer(session, nodes).node_for


def _keys_for(day: date, wanted: set[str], grains: Iterable[P.Grain]) -> list[str]:
    return [k for k in (P.period_of(day, g) for g in grains) if k in wanted]


_BATCH = 5000
"""Rows fetched at a time: an ORM session otherwise buffers every deal of the year first
(130 MB on the demo firm's 300,000 deals)."""


def compute_actuals(
    session: Session, nodes: Sequence[NodeRef], metrics: Iterable[str], period_keys: Iterable[str]
) -> dict[tuple[str, str, str], int]:
    """Base actuals ``(node_id, metric, period) → int`` for the plan's nodes (not rolled up)."""
    wanted = set(period_keys)
    metrics = set(metrics) & AUTOMATIC_METRICS
    out: dict[tuple[str, str, str], int] = {}
    if not wanted or not metrics or not nodes:
        return out
    parsed = [P.parse(k) for k in wanted]
    grains = {p.grain for p in parsed}
    lo = min(p.start for p in parsed)
    hi = max(p.end for p in parsed)
    placer = _Placer(session, nodes)

    keys_of_day: dict[date, list[str]] = {}

    def add(person: str | None, day: date, metric: str, amount: int) -> None:
        node = placer.node_for(person)
        if node is None:
            return
        keys = keys_of_day.get(day)
        if keys is None:
            keys = keys_of_day[day] = _keys_for(day, wanted, grains)
        for key in keys:
            k = (node, metric, key)
            out[k] = out.get(k, 0) + amount

    if metrics & {TargetMetric.SIGNED_AMOUNT, TargetMetric.DEAL_COUNT, TargetMetric.WINS}:
        # summed per owner and day in SQL: a few thousand rows instead of every won deal
        won = func.coalesce(type_coerce(Deal.won_amount, BigInteger),
                            type_coerce(Deal.amount, BigInteger), 0)
        stmt = (
            select(Deal.owner_id, Deal.closed_on, func.sum(won), func.count())
            .join(Stage, Stage.id == Deal.stage_id)
            .where(Stage.kind == StageKind.WON, Deal.deleted_at.is_(None),
                   Deal.closed_on >= lo, Deal.closed_on <= hi)
            .group_by(Deal.owner_id, Deal.closed_on)
        )
        for owner, closed_on, amount, n in session.execute(stmt):
            if closed_on is None:
                continue
            day = closed_on if isinstance(closed_on, date) else date.fromisoformat(closed_on)
            if TargetMetric.SIGNED_AMOUNT in metrics:
                add(owner, day, TargetMetric.SIGNED_AMOUNT, int(amount or 0))
            for m in (TargetMetric.DEAL_COUNT, TargetMetric.WINS):
                if m in metrics:
                    add(owner, day, m, int(n))
    day_facts(session, set(metrics), lo, hi, add)
    if TargetMetric.REPURCHASE_RATE in metrics:
        for person, key, part, n in repurchase_facts(session, wanted):
            node = placer.node_for(person)
            if node is not None:
                out[(node, part, key)] = out.get((node, part, key), 0) + n
    if TargetMetric.COLLECTED_AMOUNT in metrics:
        for person, day, amount in collected_by_person_day(session, lo, hi):
            add(person, day, TargetMetric.COLLECTED_AMOUNT, amount)
    lo_utc, hi_utc = _utc_bound(lo), _utc_bound(hi + timedelta(days=1))
    offset = fixed_utc_offset(lo, hi)
    counted: list[tuple[str, Any, Any, tuple[Any, ...]]] = []
    if TargetMetric.NEW_CUSTOMERS in metrics:
        counted.append((TargetMetric.NEW_CUSTOMERS, Customer.owner_id, Customer.created_at,
                        (Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))))
    if TargetMetric.FOLLOWUPS in metrics:
        counted.append((TargetMetric.FOLLOWUPS, FollowUp.person_id, FollowUp.at,
                        (FollowUp.deleted_at.is_(None),)))
    for metric, person_col, at_col, live in counted:
        where = (*live, at_col >= lo_utc, at_col < hi_utc)
        if offset is None:  # the local offset changes in the range (summer time): row by row
            rows = session.execute(select(person_col, at_col).where(*where)
                                   .execution_options(yield_per=_BATCH))
            for person, at in rows:
                add(person, _local_day(at), metric, 1)
            continue
        day_expr = _local_day_sql(session, at_col, offset)
        for person, day_value, n in session.execute(
                select(person_col, day_expr, func.count()).where(*where)
                .group_by(person_col, day_expr)):
            day = day_value if isinstance(day_value, date) else date.fromisoformat(day_value)
            add(person, day, metric, int(n))
    return out


def fixed_utc_offset(lo: date, hi: date) -> timedelta | None:
    """The local time zone's UTC offset when it is the same at every local midnight from ``lo``
    to the day after ``hi`` (no summer-time change in between), else None.
    """
    offsets = set()
    day = lo
    while day <= hi + timedelta(days=1):
        offsets.add(datetime.combine(day, time()).astimezone().utcoffset())
        if len(offsets) > 1:
            return None
        day += timedelta(days=1)
    found = offsets.pop() if offsets else None
    return found


def _local_day_sql(session: Session, column: Any, offset: timedelta) -> Any:
    """The local calendar day of a UTC timestamp column, in SQL (fixed ``offset``)."""
    minutes = int(offset.total_seconds() // 60)
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column, f"{minutes:+d} minutes")
    return cast(column + literal(timedelta(minutes=minutes), Interval()), Date)
