"""The review pack's figures: target vs. actual per metric, the signed-amount variance split
into its causes, funnel conversion against the previous period, the collection rate, and the
incentive standings — each from the feature that owns the rule:

* targets and actuals: :func:`services.targets.cascade.load_tree` (the roll-up, 达成率);
* win rate, deals closed, average won deal: :func:`services.pipeline.analytics.win_summary`;
* conversion: :func:`services.pipeline.analytics.stage_reports_by_pipeline`;
* collection rate: :func:`services.orders.receivables.collection_by_owner`;
* standings: :func:`services.incentives.leaderboard.leaderboard` on attainment of 签约额.

**The variance decomposition.** Signed amount = deals closed (won + lost) N × win rate w ×
average won deal a. With the baseline w₀ and a₀ of the 365 days before the period, the target T
and the period's N₁, won count W₁ and signed amount S₁:

* volume 成交量 = N₁·w₀·a₀ − T (closing more or fewer deals than the target needed),
* win rate 赢率 = (W₁ − N₁·w₀)·a₀,
* deal size 客单价 = S₁ − W₁·a₀;

the three add up to S₁ − T exactly (the deal-size part takes the rounding).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from models.base import CENT, from_fen
from services.core.store import Store
from services.pipeline.analytics import Window, stage_reports_by_pipeline, win_summary
from services.pipeline.deals import PipelineInfo
from services.reviews.scope import Scope

ZERO = Decimal("0.00")
METRICS = ("signed_amount", "collected_amount", "deal_count", "new_customers", "followups")
MONEY = frozenset({"signed_amount", "collected_amount"})


@dataclass(frozen=True)
class MetricLine:
    """One metric of the unit's target node: values in the metric's unit (fen for money)."""

    metric: str
    floor: int
    target: int
    challenge: int
    actual: int
    previous_actual: int

    @property
    def variance(self) -> int:
        """Actual − target."""
        return self.actual - self.target

    @property
    def attainment(self) -> float | None:
        """Actual ÷ target (None without a target)."""
        return self.actual / self.target if self.target else None


@dataclass(frozen=True)
class Decomposition:
    """Signed amount vs. target split into volume, win rate and deal size (module docstring)."""

    target: Decimal
    actual: Decimal
    closed: int
    won: int
    baseline_win_rate: float
    baseline_avg: Decimal
    win_rate: float | None
    avg_won: Decimal | None
    volume_effect: Decimal
    win_rate_effect: Decimal
    size_effect: Decimal

    @property
    def variance(self) -> Decimal:
        """Actual − target (= the sum of the three effects)."""
        return self.actual - self.target

    @property
    def needed_closed(self) -> Decimal:
        """Deals to close at the baseline rates to reach the target."""
        per_deal = Decimal(self.baseline_win_rate) * self.baseline_avg
        return (self.target / per_deal).quantize(Decimal("0.1"), ROUND_HALF_UP) \
            if per_deal else Decimal(0)


@dataclass(frozen=True)
class FunnelStep:
    """Conversion from one stage to the next, this period and the one before."""

    pipeline: str
    stage: str
    next_stage: str
    reached: int
    advanced: int
    previous_reached: int
    previous_advanced: int

    @property
    def rate(self) -> float | None:
        """Advanced ÷ reached this period."""
        return self.advanced / self.reached if self.reached else None

    @property
    def previous_rate(self) -> float | None:
        """Advanced ÷ reached in the previous period."""
        return self.previous_advanced / self.previous_reached if self.previous_reached else None

    @property
    def change_points(self) -> float | None:
        """The change in percentage points (None unless both rates exist)."""
        if self.rate is None or self.previous_rate is None:
            return None
        return round((self.rate - self.previous_rate) * 100, 1)


@dataclass(frozen=True)
class Collection:
    """The collection rate (回款率) of the period and the previous one."""

    due: Decimal
    collected: Decimal
    previous_due: Decimal
    previous_collected: Decimal

    @property
    def rate(self) -> float | None:
        """Collected ÷ due on the instalments due in the period."""
        return float(self.collected / self.due) if self.due else None

    @property
    def previous_rate(self) -> float | None:
        """The previous period's rate."""
        return float(self.previous_collected / self.previous_due) if self.previous_due else None


@dataclass(frozen=True)
class StandingRow:
    """A person's place on the attainment board of 签约额."""

    person_id: str
    name: str
    rank: int | None
    actual: Decimal
    target: Decimal | None
    attainment: Decimal | None  # %
    movement: str


def metric_lines(store: Store, scope: Scope) -> tuple[MetricLine, ...]:
    """Target vs. actual of the unit's node for the period (nothing without a plan node)."""
    if scope.plan_id is None or scope.node_id is None:
        return ()
    from services.targets.cascade import load_tree

    tree = load_tree(store, scope.plan_id, [scope.period, scope.previous])
    node = tree.node(scope.node_id)
    out = []
    for metric in METRICS:
        if metric not in tree.plan.metrics:
            continue
        now = node.cells[(metric, scope.period)]
        before = node.cells[(metric, scope.previous)]
        v = now.effective
        out.append(MetricLine(metric, v.floor, v.target, v.challenge, now.actual, before.actual))
    return tuple(out)


def decomposition(store: Store, scope: Scope, lines: Sequence[MetricLine]
                  ) -> Decomposition | None:
    """The signed-amount variance split into its causes (None without a 签约额 target)."""
    signed = next((m for m in lines if m.metric == "signed_amount"), None)
    if signed is None or signed.target <= 0:
        return None
    unit = None if scope.owners is None else scope.unit_id
    now = win_summary(store, window=Window(scope.start, scope.window_end), unit_id=unit)[None]
    base = win_summary(store, window=Window(scope.start - timedelta(days=365),
                                            scope.start - timedelta(days=1)),
                       unit_id=unit)[None]
    w0 = base.win_rate or 0.0
    a0 = base.avg_won_amount or ZERO
    target = from_fen(signed.target)
    actual = now.won_amount
    n1, won1 = now.won + now.lost, now.won
    expected = (Decimal(n1) * Decimal(base.won) / Decimal(base.won + base.lost)
                if base.won + base.lost else Decimal(0))
    volume = (expected * a0 - target).quantize(CENT, ROUND_HALF_UP)
    rate = ((Decimal(won1) - expected) * a0).quantize(CENT, ROUND_HALF_UP)
    size = actual - target - volume - rate
    return Decomposition(target, actual, n1, won1, w0, a0, now.win_rate, now.avg_won_amount,
                         volume, rate, size)


def funnel(store: Store, scope: Scope, pipelines: Sequence[PipelineInfo]
           ) -> tuple[FunnelStep, ...]:
    """Conversion per stage, this period (to the review's day) and the previous period."""
    unit = None if scope.owners is None else scope.unit_id
    now = stage_reports_by_pipeline(store, window=Window(scope.start, scope.window_end),
                                    unit_id=unit, with_durations=False)
    before = stage_reports_by_pipeline(store, window=Window(scope.prev_start, scope.prev_end),
                                       unit_id=unit, with_durations=False)
    names = {p.id: p.name for p in pipelines}
    out = []
    for pid, report in now.items():
        prev = {c.stage_id: c for c in before[pid].conversions} if pid in before else {}
        for c in report.conversions:
            p = prev.get(c.stage_id)
            out.append(FunnelStep(names.get(pid, ""), c.stage_name, c.next_stage_name,
                                  c.reached, c.advanced, p.reached if p else 0,
                                  p.advanced if p else 0))
    return tuple(out)


def collection(session: Session, scope: Scope) -> Collection:
    """The collection rate of the scope's contracts, this period and the previous one."""
    from services.orders.receivables import collection_by_owner

    def total(start: object, end: object) -> tuple[Decimal, Decimal]:
        raw = collection_by_owner(session, start, end)  # type: ignore[arg-type]
        owners = None if scope.owners is None else set(scope.owners)
        due = sum(d for o, (d, _c) in raw.items() if owners is None or o in owners)
        got = sum(c for o, (_d, c) in raw.items() if owners is None or o in owners)
        return from_fen(due), from_fen(got)

    due, got = total(scope.start, scope.window_end)
    pdue, pgot = total(scope.prev_start, scope.prev_end)
    return Collection(due, got, pdue, pgot)


def standings(session: Session, scope: Scope) -> tuple[StandingRow, ...]:
    """The scope's people on the attainment board of 签约额 (a week: its month's board)."""
    from services.core import periods as P
    from services.incentives.doc import Measure
    from services.incentives.engine import previous_period
    from services.incentives.gather import gather_facts
    from services.incentives.leaderboard import View, leaderboard

    key = P.parent(scope.period) if scope.grain == "week" else scope.period
    assert key is not None
    people = None if scope.owners is None else list(scope.owners)
    if people is not None and not people:
        return ()
    facts = gather_facts(session, [key, previous_period(key)], person_ids=people,
                         metrics=["signed_amount"])
    board = leaderboard(facts, key, "signed_amount", Measure.ATTAINMENT, View.PEOPLE)
    return tuple(StandingRow(s.id, s.name, s.rank, from_fen(s.actual or 0),
                             from_fen(s.target) if s.target is not None else None,
                             s.attainment, s.movement) for s in board.standings)
