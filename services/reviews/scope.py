"""What a review covers: a period of one grain (周 week, 月 month, 季 quarter), the one before,
an org unit with every unit below it, and the target plan node that holds its targets.

Deals, customers and contracts count for a unit when their owner sits in the unit or a unit
below it; the firm's root unit counts everything (deals without an owner too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import TargetPlanStatus
from models.org import OrgUnit, Person
from models.targets import TargetNode, TargetPlan
from services.core import periods as P
from services.core.errors import ValidationError
from services.pipeline.deals import unit_subtree_ids

GRAINS = ("week", "month", "quarter")


class ReviewError(ValidationError):
    """A review request was refused; the message says why."""


@dataclass(frozen=True)
class Scope:
    """A review's period and unit, resolved."""

    grain: str
    period: str
    previous: str
    start: date
    end: date
    prev_start: date
    prev_end: date
    as_of: date  # the day the figures are read for
    unit_id: str
    unit_name: str
    owners: tuple[str, ...] | None  # None: the whole firm
    plan_id: str | None
    node_id: str | None  # the target node of the unit in the period's plan year

    @property
    def window_end(self) -> date:
        """The period's last day, or ``as_of`` when the period is still running."""
        return min(self.end, self.as_of)


def check_period(grain: str, period: str) -> P.Period:
    """The parsed period, refused unless it is of ``grain``."""
    if grain not in GRAINS:
        raise ReviewError("a review is weekly, monthly or quarterly, not {grain}",
                          field="grain", grain=grain)
    try:
        parsed = P.parse(period)
    except ValueError:
        raise ReviewError("“{period}” is not a period key (2026-Q3, 2026-09, 2026-W38)",
                          field="period", period=period) from None
    if parsed.grain != grain:
        raise ReviewError("“{period}” is not a {grain} period", field="period",
                          period=period, grain=grain)
    return parsed


def grain_of(period: str) -> str:
    """The grain of a period key given on the command line (year keys are refused)."""
    try:
        grain = str(P.grain_of(period))
    except ValueError:
        raise ReviewError("“{period}” is not a period key (2026-Q3, 2026-09, 2026-W38)",
                          field="period", period=period) from None
    check_period(grain, period)
    return grain


def previous_key(period: str) -> str:
    """The period of the same grain just before ``period``."""
    p = P.parse(period)
    return P.period_of(p.start - timedelta(days=1), p.grain)


def current_key(grain: str, today: date) -> str:
    """The period of ``grain`` holding ``today``."""
    return P.period_of(today, P.Grain(grain))


def root_unit(session: Session) -> tuple[str, str]:
    """(id, name) of the firm's root unit."""
    row = session.execute(select(OrgUnit.id, OrgUnit.name).where(
        OrgUnit.parent_id.is_(None), OrgUnit.deleted_at.is_(None))
        .order_by(OrgUnit.sort_order, OrgUnit.created_at)).first()
    if row is None:
        raise ReviewError("there is no org unit yet", field="unit")
    return row[0], row[1]


def _plan_for(session: Session, year: int) -> str | None:
    """The plan of ``year``: the published one, else the newest."""
    rows = session.execute(select(TargetPlan.id, TargetPlan.status).where(
        TargetPlan.year == year, TargetPlan.deleted_at.is_(None))
        .order_by(TargetPlan.created_at.desc())).all()
    published = [pid for pid, status in rows if status == TargetPlanStatus.PUBLISHED]
    found = published or [pid for pid, _s in rows]
    return found[0] if found else None


def _node_for(session: Session, plan_id: str, unit_id: str, is_root: bool) -> str | None:
    live = (TargetNode.plan_id == plan_id, TargetNode.deleted_at.is_(None),
            TargetNode.cut.is_(None), TargetNode.person_id.is_(None))
    node = session.scalar(select(TargetNode.id).where(*live, TargetNode.unit_id == unit_id)
                          .limit(1))
    if node is None and is_root:
        node = session.scalar(select(TargetNode.id).where(*live, TargetNode.parent_id.is_(None))
                              .limit(1))
    return node


def resolve(session: Session, grain: str, period: str, unit_id: str | None, as_of: date
            ) -> Scope:
    """The :class:`Scope` of a review (``unit_id`` None: the firm's root unit)."""
    parsed = check_period(grain, period)
    root_id, root_name = root_unit(session)
    if unit_id is None or unit_id == root_id:
        unit_id, name, owners = root_id, root_name, None
    else:
        found = session.scalar(select(OrgUnit.name).where(OrgUnit.id == unit_id,
                                                          OrgUnit.deleted_at.is_(None)))
        if found is None:
            raise ReviewError("this org unit no longer exists", field="unit")
        name = found
        units = unit_subtree_ids(session, unit_id)
        owners = tuple(sorted(session.scalars(select(Person.id).where(
            Person.unit_id.in_(units)))))
    prev = previous_key(period)
    p_prev = P.parse(prev)
    plan_id = _plan_for(session, parsed.year if grain != "week" else P.week_month(
        parsed.year, parsed.index)[0])
    node_id = _node_for(session, plan_id, unit_id, unit_id == root_id) if plan_id else None
    return Scope(grain, period, prev, parsed.start, parsed.end, p_prev.start, p_prev.end, as_of,
                 unit_id, name, owners, plan_id, node_id)
