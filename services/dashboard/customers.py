"""Customer sources against conversion (客户来源与转化), and follow-up frequency.

The customers created in the period (by their creation's local day; merged-away and deleted
ones left out) that the scope's people own, by source (来源; none given is its own row): how
many, how many of them had a won deal by the period's end (converted), and their follow-ups up
to the period's end per customer. The records behind a row are its customers (or its converted
ones).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, func, select

from models import Customer, Deal, FollowUp, Stage
from models.enums import StageKind
from services.core.store import Store
from services.dashboard.scope import Scope, people_in
from services.pipeline.analytics import Window


@dataclass(frozen=True)
class SourceRow:
    """One source: customers, converted, follow-ups (to the period's end)."""

    source: str
    customers: int
    converted: int
    followups: int

    @property
    def rate(self) -> float | None:
        """Converted ÷ customers."""
        return self.converted / self.customers if self.customers else None

    @property
    def followups_each(self) -> float | None:
        """Follow-ups per customer."""
        return self.followups / self.customers if self.customers else None


def _where(session: Any, scope: Scope) -> list[Any]:
    lo, hi = Window(scope.start, scope.end).utc_bounds()
    where = [Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None),
             Customer.created_at >= lo, Customer.created_at < hi]
    people = people_in(session, scope)
    if people is not None:
        where.append(Customer.owner_id.in_(people))
    return where


def _converted(scope: Scope) -> Any:
    return exists().where(Deal.customer_id == Customer.id, Deal.deleted_at.is_(None),
                          Deal.closed_on <= scope.end,
                          Deal.stage_id.in_(select(Stage.id).where(Stage.kind == StageKind.WON)))


def sources(store: Store, scope: Scope) -> tuple[SourceRow, ...]:
    """The period's new customers by source, most first."""
    source = func.coalesce(Customer.source, "")
    _lo, hi = Window(scope.start, scope.end).utc_bounds()
    followups = (select(func.count()).where(FollowUp.customer_id == Customer.id,
                                            FollowUp.deleted_at.is_(None), FollowUp.at < hi)
                 .scalar_subquery())
    with store.read() as uow:
        s = uow.session
        per = (select(source.label("src"), _converted(scope).label("conv"),
                      followups.label("fu"))
               .where(*_where(s, scope)).subquery())
        rows = s.execute(select(per.c.src, func.count(), func.sum(per.c.conv), func.sum(per.c.fu))
                         .group_by(per.c.src)).all()
    out = [SourceRow(src, int(n), int(c or 0), int(f or 0)) for src, n, c, f in rows]
    return tuple(sorted(out, key=lambda r: (-r.customers, r.source)))


def source_records(store: Store, scope: Scope, source: str, converted: bool = False
                   ) -> list[str]:
    """The customers of one source row (only the converted ones if ``converted``)."""
    with store.read() as uow:
        s = uow.session
        q = select(Customer.id).where(*_where(s, scope),
                                      func.coalesce(Customer.source, "") == source)
        if converted:
            q = q.where(_converted(scope))
        return sorted(s.scalars(q))
