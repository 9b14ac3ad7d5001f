"""Reverse funnel (反推): from a node's target to the leads, contacts, quotes and wins it needs.

The chain, back from the result: wins 赢单 ← negotiations 商务谈判 ← quotes 方案报价 ← first
contacts 初步沟通 ← leads 线索, with every further stage of the firm's pipeline between first
contacts and quotes (the default pipeline's 需求确认) — ``Assumptions.middle``. Each step has a
conversion rate in basis points (2,500 = 25%) to the stage after it: ``contact_to_quote_bp`` is
first contact → the next stage (the first middle stage, or quotes when there is none).

Rules (stated once, used everywhere):

- **Wins** for an amount metric = ⌈target ÷ average won deal⌉; for the deal-count metric the
  target *is* the wins. Each earlier stage = ⌈next stage ÷ its conversion rate⌉, stage by stage
  (you cannot hold 0.4 of a quote). The DOMAIN example: 1,000万 ÷ 20万 = 50 wins; a quote wins
  25% of the time (negotiation rate × close rate) → 200 quotes.
- **Per month, cumulatively**: a month's count is ⌈cumulative need to that month's end⌉ minus the
  same for the month before, so the months always add up to exactly the whole period's figure
  (rounding never adds a spare deal per month).
- **Shifted by the cycle**: a deal takes ``cycle_days`` from lead to win. Work of a stage is due
  earlier than the win by a share of the cycle — leads the whole cycle, first contacts ¾, quotes ½,
  negotiations ¼, middle stages evenly between ¾ and ½ — rounded to whole months of 30 days.
  Work that would fall before the first month of the period is due in the first month (a
  catch-up, shown in ``carried``).
- **Stored targets**: the five stages with a process metric (:data:`STAGES`) can be saved as the
  node's targets; middle stages are shown and exported, but have no metric of their own.

The computation (:func:`totals`, :func:`compute`) is pure; :func:`assumptions_from_history`,
:func:`plan_for_node`, :func:`save_scenario` and :func:`save_process_targets` use the store; the
writes return an :class:`~services.core.changes.Op` with their undo.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from fractions import Fraction
from typing import Any

from services.core import periods as P
from services.core.changes import Op, call
from services.core.errors import ValidationError

STAGES = ("leads", "first_contacts", "quotes", "negotiations", "wins")
"""Process metrics (过程指标) of the funnel, first stage first."""

CYCLE_SHARE = {"leads": (1, 1), "first_contacts": (3, 4), "quotes": (1, 2),
               "negotiations": (1, 4), "wins": (0, 1)}
"""How far before the win each stage's work is due, as a fraction of the cycle."""

RATE_FIELDS = ("lead_to_contact_bp", "contact_to_quote_bp", "quote_to_negotiation_bp",
               "negotiation_to_win_bp")
BP = 10_000
MIDDLE_DEFAULT_BP = 6_000
"""The conversion of a middle stage history says nothing about."""


class FunnelError(ValidationError, ValueError):
    """An assumption is out of range; the message names it."""


@dataclass(frozen=True)
class Assumptions:
    """What the reverse funnel assumes. Money in fen, rates in basis points, cycle in days.

    ``middle``: the pipeline's stages between first contact and quote, each ``(name, rate to
    the next stage)``.
    """

    avg_won_fen: int = 20_000_000  # 20万 yuan
    lead_to_contact_bp: int = 5_000
    contact_to_quote_bp: int = 4_000
    quote_to_negotiation_bp: int = 5_000
    negotiation_to_win_bp: int = 5_000
    cycle_days: int = 60
    middle: tuple[tuple[str, int], ...] = ()

    def check(self) -> Assumptions:
        """Self, or :class:`FunnelError` naming the first bad assumption."""
        if self.avg_won_fen <= 0:
            raise FunnelError("the average won deal must be more than zero")
        for _key, bp in self.steps():
            if not 0 < bp <= BP:
                raise FunnelError("every conversion rate must be between 0.01% and 100%")
        if not 0 <= self.cycle_days <= 3650:
            raise FunnelError("the cycle must be between 0 and 3,650 days")
        return self

    def steps(self) -> list[tuple[str, int]]:
        """``(stage key, rate to the next stage)`` from leads to negotiations; middle stages are
        ``mid1``, ``mid2``, …
        """
        return [("leads", self.lead_to_contact_bp), ("first_contacts", self.contact_to_quote_bp),
                *((f"mid{i}", bp) for i, (_name, bp) in enumerate(self.middle, 1)),
                ("quotes", self.quote_to_negotiation_bp),
                ("negotiations", self.negotiation_to_win_bp)]

    def stage_keys(self) -> tuple[str, ...]:
        """Every stage of the chain, leads first, wins last."""
        return (*(k for k, _bp in self.steps()), "wins")

    @property
    def quote_win_bp(self) -> int:
        """How often a quote ends in a win (quote→negotiation × negotiation→win), rounded."""
        return self.quote_to_negotiation_bp * self.negotiation_to_win_bp // BP

    def with_overrides(self, **what_if: Any) -> Assumptions:
        """A copy with some assumptions replaced (what-if edits)."""
        for name in sorted(set(what_if) - set(self.__dataclass_fields__)):
            raise FunnelError("unknown assumption “{name}”", name=name)
        return replace(self, **what_if).check()

    def to_json(self) -> dict[str, Any]:
        """Plain dict for FunnelScenario.assumptions."""
        out: dict[str, Any] = asdict(self)
        out["middle"] = [list(m) for m in self.middle]
        if not self.middle:
            del out["middle"]
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Assumptions:
        """Read back :meth:`to_json` (unknown keys ignored, missing keys defaulted)."""
        known: dict[str, Any] = {k: int(v) for k, v in raw.items()
                                 if k in cls.__dataclass_fields__ and k != "middle"}
        known["middle"] = tuple((str(n), int(bp)) for n, bp in raw.get("middle") or ())
        return cls(**known).check()


def ceil_div(a: int, b: int) -> int:
    """⌈a ÷ b⌉ for non-negative integers, exact."""
    return -(-a // b)


def totals(target: int, a: Assumptions, *, amount: bool = True) -> dict[str, int]:
    """Each stage's count for one target (fen when ``amount``, else deal count)."""
    a.check()
    need = ceil_div(max(0, target), a.avg_won_fen) if amount else max(0, target)
    out = {"wins": need}
    for key, bp in reversed(a.steps()):
        need = ceil_div(need * BP, bp)
        out[key] = need
    return {k: out[k] for k in a.stage_keys()}


def cycle_share(stage: str, middle_count: int = 0) -> Fraction:
    """The share of the cycle a stage's work is due before the win (see the module's rule)."""
    if stage.startswith("mid"):
        i, m = int(stage[3:]), middle_count
        return Fraction(3 * (m + 1) - i, 4 * (m + 1))
    num, den = CYCLE_SHARE[stage]
    return Fraction(num, den)


def shift_months(stage: str, cycle_days: int, middle_count: int = 0) -> int:
    """Whole months a stage's work is due before the win (see the module's rule)."""
    share = cycle_share(stage, middle_count)
    num, den = share.numerator, share.denominator
    return (cycle_days * num * 2 + 30 * den) // (60 * den)  # round half up of days÷30


@dataclass(frozen=True)
class FunnelResult:
    """Counts per stage: ``total`` for the period and ``by_month`` (aligned with ``months``);
    ``stages`` in chain order (leads first, middle stages included).
    """

    months: tuple[str, ...]
    total: dict[str, int]
    by_month: dict[str, tuple[int, ...]]
    shift: dict[str, int]
    carried: dict[str, int] = field(default_factory=dict)
    stages: tuple[str, ...] = STAGES


def compute(months: Sequence[str], monthly_targets: Sequence[int], a: Assumptions, *,
            amount: bool = True) -> FunnelResult:
    """The reverse funnel for consecutive months and each month's target.

    ``monthly_targets`` are the months' targets (fen, or deals when not ``amount``).
    """
    if len(months) != len(monthly_targets):
        raise FunnelError("one target per month")
    a.check()
    keys = a.stage_keys()
    n = len(months)
    cum_need: list[dict[str, int]] = []
    running = 0
    for t in monthly_targets:
        running += max(0, t)
        cum_need.append(totals(running, a, amount=amount))
    zero = dict.fromkeys(keys, 0)
    by_month: dict[str, tuple[int, ...]] = {}
    carried: dict[str, int] = {}
    shifts = {s: shift_months(s, a.cycle_days, len(a.middle)) for s in keys}
    for stage in keys:
        plain = [cum_need[i][stage] - (cum_need[i - 1] if i else zero)[stage] for i in range(n)]
        k = shifts[stage]
        moved = [0] * n
        for i, count in enumerate(plain):
            moved[max(0, i - k)] += count
        carried[stage] = sum(plain[:k + 1]) - plain[0] if k and n else 0
        by_month[stage] = tuple(moved)
    total = cum_need[-1] if n else dict(zero)
    return FunnelResult(tuple(months), dict(total), by_month, shifts, carried, keys)


# --- with the store ------------------------------------------------------------------------

LEVELS = ("floor", "target", "challenge")


@dataclass(frozen=True)
class HistoryAssumptions:
    """Assumptions read from history; ``from_history`` names the fields history supplied
    (the others are defaults because history had nothing to say).
    """

    assumptions: Assumptions
    from_history: frozenset[str]
    won_count: int
    closed_count: int
    win_rate: float | None
    people: tuple[str, ...]
    #: stage key (leads, mid1, …, wins) → the name of its pipeline stage
    stage_names: dict[str, str] = field(default_factory=dict)


def _bp(rate: float | None) -> int | None:
    if rate is None or rate <= 0:
        return None
    return max(1, min(BP, round(rate * BP)))


def subtree_people(store: Any, node_id: str) -> tuple[str, ...]:
    """The people (person ids) on a node and every node below it."""
    # lazy: the funnel math imports no SQLAlchemy; database parts load on use
    from sqlalchemy import select

    from models.targets import TargetNode

    with store.read() as uow:
        s = uow.session
        plan_id = s.get(TargetNode, node_id).plan_id
        rows = s.execute(select(TargetNode.id, TargetNode.parent_id, TargetNode.person_id)
                         .where(TargetNode.plan_id == plan_id,
                                TargetNode.deleted_at.is_(None))).all()
    kids: dict[str | None, list[Any]] = {}
    for r in rows:
        kids.setdefault(r.parent_id, []).append(r)
    out: list[str] = []
    stack = [r for r in rows if r.id == node_id]
    while stack:
        r = stack.pop()
        if r.person_id:
            out.append(r.person_id)
        stack.extend(kids.get(r.id, ()))
    return tuple(dict.fromkeys(out))


def assumptions_from_history(store: Any, node_id: str, *, today: Any = None,
                             window: Any = None, pipeline_id: str | None = None
                             ) -> HistoryAssumptions:
    """The firm's own history for the node's people (everyone's for a node without people).

    Stage mapping on the pipeline's open stages s0…sN-1 with conversions c0…cN-1 (the last one
    converts to won): lead→contact = c0; contact→next = c1; quote→negotiation = cN-2;
    negotiation→win = cN-1; the stages between (c2 … cN-3) are the middle stages. A rate history
    cannot give (too few stages or no deals) stays default.
    """
    # lazy: the funnel math imports no SQLAlchemy; database parts load on use
    from services.pipeline.analytics import funnel_assumptions

    people = subtree_people(store, node_id)
    fa = funnel_assumptions(store, pipeline_id, list(people) or None, window=window,
                            today=today)
    base = Assumptions()
    found: dict[str, Any] = {}
    if fa.avg_won_amount is not None and fa.avg_won_amount > 0:
        found["avg_won_fen"] = int((fa.avg_won_amount * 100).to_integral_value())
    if fa.cycle_days is not None:
        found["cycle_days"] = max(0, round(fa.cycle_days))
    conv = list(fa.conversions)
    names: dict[str, str] = {}
    middle: list[tuple[str, int]] = []
    if len(conv) >= 4:
        rates = [_bp(c.rate) for c in conv]
        for name, bp in zip(RATE_FIELDS, (rates[0], rates[1], rates[-2], rates[-1]),
                            strict=True):
            if bp is not None:
                found[name] = bp
        for i, c in enumerate(conv[2:-2], 1):
            middle.append((c.stage_name, rates[i + 1] or MIDDLE_DEFAULT_BP))
            names[f"mid{i}"] = c.stage_name
        names.update(leads=conv[0].stage_name, first_contacts=conv[1].stage_name,
                     quotes=conv[-2].stage_name, negotiations=conv[-1].stage_name,
                     wins=conv[-1].next_stage_name)
        if any(r is not None for r in rates[2:-2]):
            found["middle"] = tuple(middle)
    chosen = replace(base, **{**found, "middle": tuple(middle)}).check()
    return HistoryAssumptions(chosen, frozenset(found), fa.won_count, fa.closed_count,
                              fa.win_rate, people, names)


@dataclass(frozen=True)
class FunnelBase:
    """What a reverse funnel works back from, per level (floor/target/challenge totals).

    ``kind``: ``own`` — the node's own value for the period (按全年目标 52,000,000); ``months`` —
    it has none, so the sum of its month targets (按月目标合计 …); ``children`` — neither, so the
    period's roll-up of the nodes below it.
    """

    kind: str
    period: str
    floor: int
    target: int
    challenge: int


def funnel_base(tree: Any, node_id: str, metric: str, period: str) -> FunnelBase:
    """The base of a node's funnel for ``period`` (see :class:`FunnelBase`)."""
    rollup = tree.rollup
    cell = rollup.cell(node_id, metric, period)
    if cell.own is not None:
        return FunnelBase("own", period, *cell.own.as_tuple())
    sums = [0, 0, 0]
    for m in P.sub_periods(period, P.Grain.MONTH):
        for i, v in enumerate(rollup.cell(node_id, metric, m).effective.as_tuple()):
            sums[i] += v
    if any(sums):
        return FunnelBase("months", period, *sums)
    return FunnelBase("children", period, *cell.effective.as_tuple())


def months_and_targets(tree: Any, node_id: str, metric: str, period: str,
                       level: str = "target") -> tuple[list[str], list[int]]:
    """The months of ``period`` and the node's target for each (``level`` floor/target/challenge).

    The months add up exactly to the base (:func:`funnel_base`: the node's own value for the
    period when it has one, not the sum of its months); the months' own targets only shape the
    timing — the base is split in proportion to them (largest remainder, in fen), evenly when
    they are all zero.
    """
    # lazy: the funnel math imports no SQLAlchemy; database parts load on use
    from services.targets.split import split_amount

    months = [k for k in P.sub_periods(period, P.Grain.MONTH)]
    rollup = tree.rollup
    shape = [max(0, getattr(rollup.cell(node_id, metric, m).effective, level)) for m in months]
    whole = max(0, getattr(funnel_base(tree, node_id, metric, period), level))
    per = split_amount(whole, shape) if months else []
    return months, per


def plan_for_node(tree: Any, node_id: str, metric: str, period: str, a: Assumptions
                  ) -> dict[str, FunnelResult]:
    """The reverse funnel of a node for floor, target and challenge, each from its base
    (:func:`funnel_base`).
    """
    # lazy: the funnel math imports no SQLAlchemy; database parts load on use
    from models.enums import METRIC_UNITS, MetricUnit

    amount = METRIC_UNITS[metric] is MetricUnit.FEN
    out = {}
    for level in LEVELS:
        months, per = months_and_targets(tree, node_id, metric, period, level)
        out[level] = compute(months, per, a, amount=amount)
    return out


def process_changes(node_id: str, period: str, results: dict[str, FunnelResult]) -> list[Any]:
    """The value changes that store a funnel as process-metric targets: its months and the
    quarters/year inside ``period`` (sums of those months).
    """
    # lazy: the funnel math imports no SQLAlchemy; database parts load on use
    from services.targets.cascade import ValueChange
    from services.targets.split import Values

    grains = list(P.Grain)
    own = P.grain_of(period)
    inside = {k for g in (P.Grain.YEAR, P.Grain.QUARTER, P.Grain.MONTH)
              if grains.index(g) >= grains.index(own) for k in P.sub_periods(period, g)}
    target = results["target"]
    changes = []
    for stage in STAGES:
        sums: dict[str, list[int]] = {}
        for i, month in enumerate(target.months):
            trio = [results[lv].by_month[stage][i] for lv in LEVELS]
            changes.append(ValueChange(node_id, stage, month, Values(*trio)))
            parent = P.parent(month)
            while parent is not None and parent in inside:
                acc = sums.setdefault(parent, [0, 0, 0])
                for j in range(3):
                    acc[j] += trio[j]
                parent = P.parent(parent)
        for key, acc in sums.items():
            changes.append(ValueChange(node_id, stage, key, Values(*acc)))
    return changes


def save_process_targets(store: Any, node_id: str, period: str,
                         results: dict[str, FunnelResult], *, by: str | None = None
                         ) -> Op[list[Any]]:
    """Write the funnel as the node's process-metric targets; the value is the inverse changes
    (``services.targets.cascade.set_many_values``, whose undo reverts the cells and their
    version rows).
    """
    # lazy: the funnel math imports no SQLAlchemy; database parts load on use
    from services.targets.cascade import set_many_values

    return set_many_values(store, process_changes(node_id, period, results), by=by,
                           reason="反推 reverse funnel")


def save_scenario(store: Any, node_id: str, metric: str, period: str, name: str,
                  a: Assumptions, *, by: str | None = None) -> Op[str]:
    """Save the assumptions as a FunnelScenario of the node; the value is its id (undo:
    :func:`delete_scenario`).
    """
    # lazy: the funnel math imports no SQLAlchemy; database parts load on use
    from models.plans import FunnelScenario
    from services.targets.cascade import node_in

    with store.write() as uow:
        node = node_in(uow.session, node_id)
        row = FunnelScenario(plan_id=node.plan_id, node_id=node_id, metric=metric, period=period,
                             name=name.strip() or "反推", created_by_id=by,
                             assumptions=json.dumps(a.check().to_json(), sort_keys=True))
        uow.session.add(row)
        uow.commit()
        return uow.op(row.id, undo=call(delete_scenario, row.id))


def delete_scenario(store: Any, scenario_id: str) -> Op[Any]:
    """Soft-delete a saved scenario; the value is a ``services.plans.actions.Removed`` (undo:
    :func:`restore_scenario`).
    """
    # lazy: the funnel math imports no SQLAlchemy; database parts load on use
    from models.base import utcnow
    from models.plans import FunnelScenario
    from services.plans.actions import PlanError, Removed

    now = utcnow()
    with store.write() as uow:
        row = uow.session.get(FunnelScenario, scenario_id)
        if row is None or row.deleted_at is not None:
            raise PlanError("this scenario no longer exists", field="scenario")
        row.deleted_at = now
        removed = Removed("scenario", (scenario_id,), now)
        uow.commit()
        return uow.op(removed, undo=call(restore_scenario, removed))


def restore_scenario(store: Any, removed: Any) -> Op[None]:
    """Undo :func:`delete_scenario` (undo: delete it again)."""
    # lazy: the funnel math imports no SQLAlchemy; database parts load on use
    from models.plans import FunnelScenario
    from services.plans.actions import PlanError

    with store.write() as uow:
        [sid] = removed.ids
        row = uow.session.get(FunnelScenario, sid)
        if row is None or row.deleted_at != removed.deleted_at:
            raise PlanError("this scenario was changed since", field="scenario")
        row.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(delete_scenario, sid))


@dataclass(frozen=True)
class ScenarioRow:
    """A saved reverse funnel."""

    id: str
    node_id: str
    node_name: str
    metric: str
    period: str
    name: str
    assumptions: Assumptions


def list_scenarios(store: Any, plan_id: str) -> list[ScenarioRow]:
    """The plan's saved reverse funnels, oldest first."""
    # lazy: the funnel math imports no SQLAlchemy; database parts load on use
    from sqlalchemy import select

    from models.plans import FunnelScenario
    from models.targets import TargetNode

    with store.read() as uow:
        rows = uow.session.execute(
            select(FunnelScenario, TargetNode.name)
            .join(TargetNode, TargetNode.id == FunnelScenario.node_id)
            .where(FunnelScenario.plan_id == plan_id, FunnelScenario.deleted_at.is_(None))
            .order_by(FunnelScenario.created_at)).all()
        return [ScenarioRow(f.id, f.node_id, name, f.metric, f.period, f.name,
                            Assumptions.from_json(json.loads(f.assumptions or "{}")))
                for f, name in rows]
