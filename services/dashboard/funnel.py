"""The funnel (销售漏斗), the weighted forecast against the target's gap, and win/loss reasons.

**Funnel.** :func:`services.pipeline.analytics.stage_report` of the first pipeline over the
period, for the scope's people: per open stage the deals that entered it in the period, how many
went on to the next stage (conversion), and the median days a finished stay lasted. The records
behind a stage are the deals that entered it in the period (first reached it, or a later stage,
then — the analytics' definition).

**Forecast.** :func:`services.pipeline.analytics.forecast` of open deals expected to close in the
period (weighted by probability) next to what was already won in it, against the scope node's
signed-amount target (:mod:`services.dashboard.targets`): the gap is target − won − weighted.

**Win/loss.** Deals closed in the period: won, and lost by reason (输单原因; no reason given is
its own bar).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import BigInteger, Select, func, select, type_coerce

from models import Deal, Stage, StageHistory
from models.base import from_fen
from models.enums import StageKind
from services.core.store import Store
from services.dashboard.scope import Scope, people_in
from services.dashboard.targets import choose_plan, scope_node, won_deals
from services.pipeline.analytics import Window, forecast, funnel_ranks, stage_report
from services.pipeline.deals import list_pipelines
from services.targets.cascade import load_tree

NOBODY = "\x00nobody"
"""An owner id no deal has: a unit with no people shows nothing (an empty list of owners means
"no filter" to the analytics)."""


def _owners(people: list[str] | None) -> list[str] | None:
    return None if people is None else (people or [NOBODY])


@dataclass(frozen=True)
class FunnelStage:
    """One open stage: deals that entered it, of them advanced, and the median stay."""

    stage_id: str
    name: str
    next_name: str
    entered: int
    advanced: int
    median_days: float | None

    @property
    def rate(self) -> float | None:
        """Advanced ÷ entered, None when nothing entered."""
        return self.advanced / self.entered if self.entered else None


@dataclass(frozen=True)
class Funnel:
    """The period's funnel and forecast against the target."""

    pipeline_id: str | None
    stages: tuple[FunnelStage, ...]
    won: Decimal  # already won in the period (every pipeline)
    weighted: Decimal  # open deals expected to close in the period, weighted
    open_amount: Decimal  # the same deals, unweighted
    target: Decimal | None  # the scope node's signed-amount target, None without a plan

    @property
    def gap(self) -> Decimal | None:
        """Target − won − weighted forecast (negative: the forecast covers the target)."""
        return None if self.target is None else self.target - self.won - self.weighted


def _target(store: Store, scope: Scope) -> Decimal | None:
    plan = choose_plan(store, scope.year)
    if plan is None or "signed_amount" not in plan.metrics:
        return None
    tree = load_tree(store, plan.id, [scope.period], with_actuals=False)
    node = scope_node(tree, scope)
    if node is None:
        return None
    return from_fen(tree.rollup.cell(node.id, "signed_amount", scope.period).effective.target)


def funnel(store: Store, scope: Scope) -> Funnel:
    """The funnel and forecast of the scope (see the module docstring)."""
    owners = _owners(_people(store, scope))
    window = Window(scope.start, scope.end)
    pipes = list_pipelines(store)
    stages: list[FunnelStage] = []
    pipe_id = pipes[0].id if pipes else None
    if pipe_id is not None:
        report = stage_report(store, pipe_id, window=window, owner_ids=owners)[None]
        for conv, dur in zip(report.conversions, report.durations, strict=True):
            stages.append(FunnelStage(conv.stage_id, conv.stage_name, conv.next_stage_name,
                                      conv.reached, conv.advanced, dur.median_days))
    cast = forecast(store, None, period="month", owner_ids=owners, close_from=scope.start,
                    close_to=scope.end)
    won = sum((p.won_amount for p in cast.periods), Decimal("0.00"))
    return Funnel(pipe_id, tuple(stages), won, cast.total.weighted, cast.total.amount,
                  _target(store, scope))


def _people(store: Store, scope: Scope) -> list[str] | None:
    with store.read() as uow:
        return people_in(uow.session, scope)


SelectT = TypeVar("SelectT", bound=Select)  # type: ignore[type-arg]


def _scoped(q: SelectT, owners: Sequence[str] | None) -> SelectT:
    return q if owners is None else q.where(Deal.owner_id.in_(list(owners)))


def stage_records(store: Store, scope: Scope, stage_id: str) -> list[str]:
    """The deals that entered ``stage_id`` in the period (the stage's bar)."""
    pipe = next((p for p in list_pipelines(store) if any(s.id == stage_id for s in p.stages)),
                None)
    if pipe is None:
        return []
    _opens, ranks = funnel_ranks(pipe.stages)
    k = ranks[stage_id]
    later = [sid for sid, r in ranks.items() if r >= k]
    lo, hi = Window(scope.start, scope.end).utc_bounds()
    entered = func.min(StageHistory.at)
    q = (select(StageHistory.deal_id)
         .join(Deal, Deal.id == StageHistory.deal_id)
         .where(StageHistory.deleted_at.is_(None), StageHistory.to_stage_id.in_(later),
                Deal.deleted_at.is_(None), Deal.pipeline_id == pipe.id)
         .group_by(StageHistory.deal_id)
         .having(entered >= lo, entered < hi))
    with store.read() as uow:
        q = _scoped(q, _owners(people_in(uow.session, scope)))
        return sorted(uow.session.scalars(q))


def forecast_records(store: Store, scope: Scope, part: str) -> list[str]:
    """The deals behind the forecast: ``part`` "won" (won in the period) or "open" (open deals
    expected to close in it).
    """
    with store.read() as uow:
        s = uow.session
        people = people_in(s, scope)
        if part == "won":
            return sorted(d for d, _o, _day, _a in won_deals(s, scope.start, scope.end,
                                                              _owners(people)))
        q = (select(Deal.id).join(Stage, Stage.id == Deal.stage_id)
             .where(Stage.kind == StageKind.OPEN, Deal.deleted_at.is_(None),
                    Deal.expected_close >= scope.start, Deal.expected_close <= scope.end))
        return sorted(s.scalars(_scoped(q, _owners(people))))


# --------------------------------------------------------------------------- win / loss


@dataclass(frozen=True)
class ReasonBar:
    """Deals closed in the period under one heading: "won", or lost with a reason ("" none)."""

    key: str
    reason: str
    count: int
    amount: Decimal


@dataclass(frozen=True)
class WinLoss:
    """Won, and lost by reason (most first)."""

    won: ReasonBar
    lost: tuple[ReasonBar, ...]

    @property
    def win_rate(self) -> float | None:
        """Won ÷ closed."""
        closed = self.won.count + sum(b.count for b in self.lost)
        return self.won.count / closed if closed else None


def _closed(scope: Scope, kind: str) -> list[Any]:
    return [Deal.deleted_at.is_(None), Deal.closed_on >= scope.start, Deal.closed_on <= scope.end,
            Stage.kind == kind]


def win_loss(store: Store, scope: Scope) -> WinLoss:
    """The period's closed deals by outcome and lost reason."""
    won_fen = func.coalesce(type_coerce(Deal.won_amount, BigInteger),
                            type_coerce(Deal.amount, BigInteger), 0)
    with store.read() as uow:
        s = uow.session
        owners = _owners(people_in(s, scope))
        won = s.execute(_scoped(select(func.count(), func.sum(won_fen))
                                .join(Stage, Stage.id == Deal.stage_id)
                                .where(*_closed(scope, StageKind.WON)), owners)).one()
        reason = func.coalesce(Deal.lost_reason, "")
        lost = s.execute(_scoped(select(reason, func.count(),
                                        func.sum(type_coerce(Deal.amount, BigInteger)))
                                 .join(Stage, Stage.id == Deal.stage_id)
                                 .where(*_closed(scope, StageKind.LOST))
                                 .group_by(reason), owners)).all()
    bars = sorted((ReasonBar("lost", r, int(n), from_fen(int(a or 0))) for r, n, a in lost),
                  key=lambda b: (-b.count, b.reason))
    return WinLoss(ReasonBar("won", "", int(won[0] or 0), from_fen(int(won[1] or 0))),
                   tuple(bars))


def reason_records(store: Store, scope: Scope, key: str, reason: str = "") -> list[str]:
    """The deals of one win/loss bar: ``key`` "won", or "lost" with its ``reason``."""
    with store.read() as uow:
        s = uow.session
        owners = _owners(people_in(s, scope))
        if key == "won":
            return sorted(d for d, _o, _day, _a in won_deals(s, scope.start, scope.end, owners))
        q = (select(Deal.id).join(Stage, Stage.id == Deal.stage_id)
             .where(*_closed(scope, StageKind.LOST),
                    func.coalesce(Deal.lost_reason, "") == reason))
        return sorted(s.scalars(_scoped(q, owners)))
