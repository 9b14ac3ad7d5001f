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
- ``collected_amount`` 回款额: always 0 for now — payments arrive with Orders & Payments
  (:data:`COLLECTED_NOTE`); other metrics have no automatic actual.

Timestamps count by the local calendar day; a week's actual is its own seven days.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import BigInteger, select, type_coerce
from sqlalchemy.orm import Session

from models.customers import Customer, FollowUp
from models.enums import StageKind, TargetMetric
from models.org import OrgUnit, Person
from models.pipeline import Deal, Stage
from services.core import periods as P

COLLECTED_NOTE = "Collected amounts (回款额) arrive with Orders & Payments; shown as 0 until then."
AUTOMATIC_METRICS = frozenset({TargetMetric.SIGNED_AMOUNT, TargetMetric.DEAL_COUNT,
                               TargetMetric.WINS, TargetMetric.NEW_CUSTOMERS,
                               TargetMetric.FOLLOWUPS, TargetMetric.COLLECTED_AMOUNT})


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
        stmt = (
            select(Deal.owner_id, Deal.closed_on, type_coerce(Deal.won_amount, BigInteger),
                   type_coerce(Deal.amount, BigInteger))
            .join(Stage, Stage.id == Deal.stage_id)
            .where(Stage.kind == StageKind.WON, Deal.deleted_at.is_(None),
                   Deal.closed_on >= lo, Deal.closed_on <= hi)
        )
        rows = session.execute(stmt.execution_options(yield_per=_BATCH))
        for owner, closed_on, won, amount in rows:
            if closed_on is None:
                continue
            if TargetMetric.SIGNED_AMOUNT in metrics:
                add(owner, closed_on, TargetMetric.SIGNED_AMOUNT, int(won if won is not None
                                                                      else amount or 0))
            for m in (TargetMetric.DEAL_COUNT, TargetMetric.WINS):
                if m in metrics:
                    add(owner, closed_on, m, 1)
    lo_utc, hi_utc = _utc_bound(lo), _utc_bound(hi + timedelta(days=1))
    if TargetMetric.NEW_CUSTOMERS in metrics:
        stmt2 = select(Customer.owner_id, Customer.created_at).where(
            Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None),
            Customer.created_at >= lo_utc, Customer.created_at < hi_utc)
        for owner, created in session.execute(stmt2.execution_options(yield_per=_BATCH)):
            add(owner, _local_day(created), TargetMetric.NEW_CUSTOMERS, 1)
    if TargetMetric.FOLLOWUPS in metrics:
        stmt3 = select(FollowUp.person_id, FollowUp.at).where(
            FollowUp.deleted_at.is_(None), FollowUp.at >= lo_utc, FollowUp.at < hi_utc)
        for person, at in session.execute(stmt3.execution_options(yield_per=_BATCH)):
            add(person, _local_day(at), TargetMetric.FOLLOWUPS, 1)
    return out
