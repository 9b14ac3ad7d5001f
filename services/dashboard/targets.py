"""Target against actual (目标达成) per node of the year's target plan, and the monthly trend.

**Bullets.** The plan of the period's year (the published one, else the newest draft) is read
with :func:`services.targets.cascade.load_tree` for the period: the scope's node (the person's
node, else the unit's deepest node, else the company) and its children, each with its floor
保底, target 目标 and challenge 挑战 (the effective values, a layer's own or its children's sum)
and its actual and 达成率 — exactly the Targets page's figures. The records behind a node's
actual are the won deals (签约额) or the payments (回款额) of the period whose person's facts land
in the node's subtree (:func:`services.targets.actuals.fact_placer`).

**Cuts.** With a cut in the scope (产品线, 渠道, 客户分层) the bullets are the company total and the
cut's members instead (``load_tree(cut=…)``: the Targets page's cut, its values and actuals as
:mod:`services.targets.cut_actuals` counts them); the unit and person filters do not apply. The
records behind a member are the period's won deals carrying one of its subtree's keys (a
product line among the deal's lines, the deal's source else its customer's, the customer's
tier); the company total's are all the won deals. Collected amounts are not cut: they stay on
the company total.

**Trend.** Signed amount (won deals by ``closed_on``) and collected amount (payments by
``received_on``, credited as :mod:`services.orders.collected` does) per month of the year, for the
scope's people, with last year's same month (同比), the previous month (环比), the quarters'
growth on the quarter before (季度增长率), and the scope node's monthly targets as the line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from models import Customer, Deal, Stage
from models.base import from_fen
from models.enums import StageKind, TargetCut, TargetPlanStatus
from models.pipeline import DealLine, Product
from services.core import periods as P
from services.core.store import Store
from services.dashboard.scope import Scope, people_in
from services.orders.collected import payment_credits
from services.targets.actuals import NodeRef, fact_placer
from services.targets.cascade import (
    TargetNodeRow,
    TargetPlanRow,
    TargetTree,
    list_plans,
    load_tree,
    tree_actuals,
)

METRICS = ("signed_amount", "collected_amount")
"""The money metrics the dashboard charts against their targets."""


@dataclass(frozen=True)
class TargetBar:
    """One node's bullet: values and actual in yuan, 达成率 as a fraction (None: no target)."""

    node_id: str
    name: str
    floor: Decimal
    target: Decimal
    challenge: Decimal
    actual: Decimal

    @property
    def attainment(self) -> Decimal | None:
        """Actual ÷ target to 4 places (0.8333 = 83.33 %), None without a target."""
        if not self.target:
            return None
        return (self.actual / self.target).quantize(Decimal("0.0001"), ROUND_HALF_UP)

    @property
    def band(self) -> str:
        """Where the actual stands: "below_floor", "floor", "target" or "challenge" reached."""
        if self.challenge and self.actual >= self.challenge:
            return "challenge"
        if self.target and self.actual >= self.target:
            return "target"
        if self.floor and self.actual >= self.floor:
            return "floor"
        return "below_floor"


@dataclass(frozen=True)
class TargetFigure:
    """The bullets of one metric and period; ``plan`` None when the year has no plan."""

    period: str
    metric: str
    plan: TargetPlanRow | None
    bars: tuple[TargetBar, ...]
    cut: str | None = None  # the cut shown (None: the org tree)


def choose_plan(store: Store, year: int) -> TargetPlanRow | None:
    """The year's plan: the published one, else the newest draft; None if there is none."""
    plans = [p for p in list_plans(store) if p.year == year]
    plans.sort(key=lambda p: (p.status == TargetPlanStatus.PUBLISHED, p.version, p.id))
    return plans[-1] if plans else None


def scope_node(tree: TargetTree, scope: Scope) -> TargetNodeRow | None:
    """The scope's node of the tree: the person's, else the unit's deepest, else the root."""
    if scope.person_id is not None:
        found = [n for n in tree.nodes if n.person_id == scope.person_id]
        if found:
            return found[0]
    if scope.unit_id is not None:
        found = [n for n in tree.nodes if n.unit_id == scope.unit_id and n.person_id is None]
        if found:
            return max(found, key=lambda n: n.depth)
    roots = [n for n in tree.nodes if n.parent_id is None]
    return roots[0] if roots else None


def _yuan(fen: int) -> Decimal:
    return from_fen(int(fen))


def _bar(tree: TargetTree, node: TargetNodeRow, metric: str, period: str) -> TargetBar:
    cell = tree.rollup.cell(node.id, metric, period)
    v = cell.effective
    return TargetBar(node.id, node.name, _yuan(v.floor), _yuan(v.target), _yuan(v.challenge),
                     _yuan(cell.actual))


def target_figure(store: Store, scope: Scope, metric: str = "signed_amount") -> TargetFigure:
    """The scope node and its children against their targets (see the module docstring)."""
    plan = choose_plan(store, scope.year)
    cut = scope.cut
    if plan is None or metric not in plan.metrics:
        return TargetFigure(scope.period, metric, plan, (), cut)
    # the values first, then the actuals of the one metric charted (not every metric of the
    # plan: follow-ups and new customers are the slow part on a large firm)
    tree = load_tree(store, plan.id, [scope.period], with_actuals=False, cut=cut)
    node = (next((n for n in tree.nodes if n.parent_id is None), None) if cut is not None
            else scope_node(tree, scope))
    if node is None or (cut is not None and not tree.children(node.id)):
        return TargetFigure(scope.period, metric, plan, (), cut)
    tree.rollup.set_actuals(tree_actuals(store, tree, [metric], [scope.period]))
    nodes = [node, *tree.children(node.id)]
    return TargetFigure(scope.period, metric, plan,
                        tuple(_bar(tree, n, metric, scope.period) for n in nodes), cut)


def _subtree(tree: TargetTree, node_id: str) -> set[str]:
    out, todo = set(), [node_id]
    while todo:
        nid = todo.pop()
        out.add(nid)
        todo += [n.id for n in tree.children(nid)]
    return out


def won_deals(session: Session, lo: date, hi: date, owners: Iterable[str] | None
              ) -> list[tuple[str, str | None, date, int]]:
    """(deal id, owner id, closed on, won fen) of the deals won from ``lo`` to ``hi``."""
    won = func.coalesce(type_coerce(Deal.won_amount, BigInteger),
                        type_coerce(Deal.amount, BigInteger), 0)
    q = (select(Deal.id, Deal.owner_id, Deal.closed_on, won)
         .join(Stage, Stage.id == Deal.stage_id)
         .where(Stage.kind == StageKind.WON, Deal.deleted_at.is_(None),
                Deal.closed_on >= lo, Deal.closed_on <= hi))
    if owners is not None:
        q = q.where(Deal.owner_id.in_(list(owners)))
    return [(i, o, d if isinstance(d, date) else date.fromisoformat(str(d)), int(a or 0))
            for i, o, d, a in session.execute(q)]


def target_records(store: Store, scope: Scope, metric: str, node_id: str) -> list[str]:
    """The won deals (签约额) or payments (回款额) behind the actual of ``node_id``'s bullet."""
    plan = choose_plan(store, scope.year)
    if plan is None:
        return []
    if scope.cut is not None:
        return _cut_records(store, scope, metric, plan.id, node_id)
    tree = load_tree(store, plan.id, [scope.period], with_actuals=False)
    inside = _subtree(tree, node_id)
    refs = [NodeRef(n.id, n.parent_id, n.kind, n.unit_id, n.person_id) for n in tree.nodes]
    with store.read() as uow:
        s = uow.session
        place = fact_placer(s, refs)
        if metric == "collected_amount":
            found = {pid for pid, person, _d, _a in payment_credits(s, scope.start, scope.end)
                     if place(person) in inside}
        else:
            found = {did for did, owner, _d, _a in won_deals(s, scope.start, scope.end, None)
                     if place(owner) in inside}
    return sorted(found)


def _cut_records(store: Store, scope: Scope, metric: str, plan_id: str, node_id: str
                 ) -> list[str]:
    cut = TargetCut(str(scope.cut))
    tree = load_tree(store, plan_id, [scope.period], with_actuals=False, cut=cut)
    root = next((n for n in tree.nodes if n.parent_id is None), None)
    is_root = root is not None and root.id == node_id
    with store.read() as uow:
        s = uow.session
        if metric == "collected_amount":  # not cut: all on the company total
            return sorted({pid for pid, _p, _d, _a in payment_credits(s, scope.start, scope.end)}
                          ) if is_root else []
        won = [did for did, _o, _d, _a in won_deals(s, scope.start, scope.end, None)]
        if is_root:
            return sorted(won)
        keys = {n.cut_key.strip() for n in tree.nodes
                if n.id in _subtree(tree, node_id) and n.cut_key and n.cut_key.strip()}
        found: set[str] = set()
        for part in (won[i:i + 500] for i in range(0, len(won), 500)):
            found |= {did for did, key in s.execute(_deal_keys(cut, part))
                      if key is not None and str(key).strip() in keys}
    return sorted(found)


def _deal_keys(cut: TargetCut, deal_ids: list[str]) -> Any:
    """(deal id, key) of the deals: their product lines (with an amount), their channel (the
    deal's source, else its customer's) or their customer's tier — as the cut's actuals count.
    """
    if cut is TargetCut.PRODUCT_LINE:
        return (select(DealLine.deal_id, Product.line)
                .join(Product, Product.id == DealLine.product_id)
                .where(DealLine.deal_id.in_(deal_ids), DealLine.deleted_at.is_(None),
                       DealLine.amount > 0))
    key = (func.coalesce(func.nullif(Deal.source, ""), Customer.source)
           if cut is TargetCut.CHANNEL else Customer.tier)
    return (select(Deal.id, key).join(Customer, Customer.id == Deal.customer_id)
            .where(Deal.id.in_(deal_ids)))


# --------------------------------------------------------------------------- trend


@dataclass(frozen=True)
class TrendMonth:
    """One month of the trend (yuan); growth rates as fractions (None: nothing to compare)."""

    month: str  # "2026-03"
    signed: Decimal
    collected: Decimal
    signed_target: Decimal | None
    collected_target: Decimal | None
    signed_last_year: Decimal
    collected_last_year: Decimal
    signed_yoy: Decimal | None  # 同比
    signed_mom: Decimal | None  # 环比
    collected_yoy: Decimal | None
    collected_mom: Decimal | None
    future: bool = False  # the month starts after today: nothing to show yet


@dataclass(frozen=True)
class Trend:
    """The year's months and the quarters' signed-amount growth on the quarter before."""

    year: int
    months: tuple[TrendMonth, ...]
    quarter_growth: tuple[tuple[str, Decimal | None], ...]  # ("2026-Q2", 季度增长率)


def growth(now: Decimal, before: Decimal) -> Decimal | None:
    """(now − before) ÷ before to 4 places; None when there was nothing before."""
    if not before:
        return None
    return ((now - before) / before).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def month_sums(session: Session, scope: Scope, lo: date, hi: date
               ) -> tuple[dict[str, int], dict[str, int]]:
    """Signed and collected fen per month key from ``lo`` to ``hi`` for the scope's people."""
    people = people_in(session, scope)
    signed: dict[str, int] = {}
    for _i, _o, day, fen in won_deals(session, lo, hi, people):
        key = P.month_key(day.year, day.month)
        signed[key] = signed.get(key, 0) + fen
    collected: dict[str, int] = {}
    for _p, _person, day, fen in payment_credits(session, lo, hi, people):
        key = P.month_key(day.year, day.month)
        collected[key] = collected.get(key, 0) + fen
    return signed, collected


def _month_targets(store: Store, scope: Scope) -> dict[tuple[str, str], Decimal]:
    plan = choose_plan(store, scope.year)
    if plan is None:
        return {}
    months = P.months(scope.year)
    tree = load_tree(store, plan.id, months, with_actuals=False)
    node = scope_node(tree, scope)
    out: dict[tuple[str, str], Decimal] = {}
    if node is None:
        return out
    for metric in METRICS:
        if metric in plan.metrics:
            for m in months:
                target = tree.rollup.cell(node.id, metric, m).effective.target
                if target:
                    out[(metric, m)] = _yuan(target)
    return out


def trend(store: Store, scope: Scope) -> Trend:
    """The monthly trend of the period's year (see the module docstring)."""
    year = scope.year
    with store.read() as uow:
        signed, collected = month_sums(uow.session, scope, date(year - 1, 1, 1),
                                       date(year, 12, 31))
    targets = _month_targets(store, scope)
    today = scope.today or date.today()
    months = []
    prev_s = _yuan(signed.get(P.month_key(year - 1, 12), 0))
    prev_c = _yuan(collected.get(P.month_key(year - 1, 12), 0))
    for m in range(1, 13):
        key, last = P.month_key(year, m), P.month_key(year - 1, m)
        s, c = _yuan(signed.get(key, 0)), _yuan(collected.get(key, 0))
        ls, lc = _yuan(signed.get(last, 0)), _yuan(collected.get(last, 0))
        future = date(year, m, 1) > today
        rates = (None,) * 4 if future else (growth(s, ls), growth(s, prev_s), growth(c, lc),
                                            growth(c, prev_c))
        months.append(TrendMonth(key, s, c, targets.get(("signed_amount", key)),
                                 targets.get(("collected_amount", key)), ls, lc, *rates,
                                 future=future))
        prev_s, prev_c = s, c
    quarters: list[tuple[str, Decimal | None]] = []
    last_q = sum((_yuan(signed.get(P.month_key(year - 1, m), 0)) for m in (10, 11, 12)),
                 Decimal("0.00"))
    for q in range(1, 5):
        now_q = sum((months[m - 1].signed for m in range(3 * q - 2, 3 * q + 1)), Decimal("0.00"))
        started = date(year, 3 * q - 2, 1) <= today
        quarters.append((P.quarter_key(year, q), growth(now_q, last_q) if started else None))
        last_q = now_q
    return Trend(year, tuple(months), tuple(quarters))


def trend_records(store: Store, scope: Scope, series: str, month: str) -> list[str]:
    """The won deals (``series`` "signed") or payments ("collected") of one trend point."""
    period = P.parse(month)
    with store.read() as uow:
        s = uow.session
        people = people_in(s, scope)
        if series == "collected":
            return sorted({pid for pid, _p, _d, _a in
                           payment_credits(s, period.start, period.end, people)})
        return sorted(did for did, _o, _d, _a in won_deals(s, period.start, period.end, people))
