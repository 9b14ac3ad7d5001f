"""Building and splitting a plan: a plan from the org tree, top-down splits, gaps, roll-ups.

Top-down: :func:`split_node` splits a node's own value among its children by a rule and
:func:`split_period` splits a period's value among its sub-periods (year → quarters/months, month →
weeks). Bottom-up: :func:`accept_rollup` sets a node's own value to the sum of its children. A
gap is never fixed silently: :func:`distribute_gap` adds each child's rule share of the gap when
the user asks. Each returns the :class:`~services.core.changes.Op` of
``services.targets.cascade.set_many_values`` (value: the inverse changes; undo: the inverse call);
all are draft-only, like every value edit.

Child weights per rule: ``last_year`` — each child's actual for the same period one year earlier
(its whole subtree); ``weights`` — the children's typed weights; ``capacity`` — the person's tier
load, or for a layer the sum of the loads of the people below it (AppSetting
``targets.capacity_loads``, defaults 新手 0.6 / 中级 1.0 / 资深 1.3), each person's load times
their ramp factor for the period (:mod:`services.targets.ramp`: a novice's first months count
30 / 60 % by default). A rate (转化率 …) is not divided: a split gives every child, or every
sub-period, the same rate.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from fractions import Fraction

from sqlalchemy import select

from models.enums import ADDITIVE_METRICS, RATE_METRICS, Role, SplitRule, TargetNodeKind
from models.org import OrgUnit, Person
from models.settings import AppSetting
from models.targets import TargetNode, TargetPlan
from services.core import periods as P
from services.core.changes import Op, call
from services.core.rule_store import read_json, write_json
from services.core.store import Store
from services.targets.cascade import (
    DEFAULT_METRICS,
    TargetError,
    TargetTree,
    ValueChange,
    delete_plan,
    load_tree,
    new_plan_in,
    set_many_values,
    tree_actuals,
)
from services.targets.ramp import (
    RAMP_SETTING,
    RampError,
    parse_ramp,
    period_factor,
    person_starts,
    ramps,
)
from services.targets.rollup import RollupTree
from services.targets.split import (
    CAPACITY_SETTING,
    SplitError,
    Values,
    parse_capacity_loads,
    rule_weights,
    split_by_rule,
)

#: Roles that carry a personal target when a plan is built from the org tree.
QUOTA_ROLES = (Role.REP, Role.MANAGER)


def last_year_key(period: str) -> str:
    """The same period one year earlier (week 53 maps to week 52 when the year has none)."""
    p = P.parse(period)
    y = p.year - 1
    if p.grain is P.Grain.YEAR:
        return P.year_key(y)
    if p.grain is P.Grain.QUARTER:
        return P.quarter_key(y, p.index)
    if p.grain is P.Grain.MONTH:
        return P.month_key(y, p.index)
    return P.week_key(y, min(p.index, P.weeks_in_year(y)))


def create_plan_from_org(store: Store, year: int, metrics: Sequence[str] = DEFAULT_METRICS,
                         *, name: str | None = None) -> Op[str]:
    """A draft plan mirroring the org tree: company → units → people (reps and managers).

    People count when active at some point in ``year``. The value is the plan id; undo is
    :func:`services.targets.cascade.delete_plan` of it.
    """
    with store.read() as uow:
        s = uow.session
        units = s.scalars(select(OrgUnit).where(OrgUnit.deleted_at.is_(None))
                          .order_by(OrgUnit.sort_order, OrgUnit.name)).all()
        people = s.scalars(select(Person).where(Person.deleted_at.is_(None))
                           .order_by(Person.name)).all()
        unit_rows = [(u.id, u.parent_id, u.name, u.sort_order) for u in units]
        person_rows = [(p.id, p.name, p.unit_id) for p in people
                       if p.role in QUOTA_ROLES and p.active_from <= date(year, 12, 31)
                       and (p.active_to is None or p.active_to >= date(year, 1, 1))]
    roots = [u for u in unit_rows if u[1] is None]
    with store.write() as uow:
        s = uow.session
        plan, root = new_plan_in(s, year, name or f"{year}年度销售目标", metrics,
                                 roots[0][2] if roots else None)
        plan_id = plan.id
        if roots:
            root.unit_id = roots[0][0]
        node_of_unit = {roots[0][0]: root.id} if roots else {}
        pending = [u for u in unit_rows if u[1] is not None]
        while pending:
            rest = []
            for uid, parent, uname, order in pending:
                if parent in node_of_unit:
                    node = TargetNode(plan_id=plan_id, parent_id=node_of_unit[parent],
                                      name=uname, kind=TargetNodeKind.UNIT, unit_id=uid,
                                      sort_order=order, split_rule=SplitRule.EVEN)
                    s.add(node)
                    s.flush()
                    node_of_unit[uid] = node.id
                else:
                    rest.append((uid, parent, uname, order))
            if len(rest) == len(pending):  # orphans (a parent unit deleted): hang them on root
                for uid, _parent, uname, order in rest:
                    node = TargetNode(plan_id=plan_id, parent_id=root.id, name=uname,
                                      kind=TargetNodeKind.UNIT, unit_id=uid, sort_order=order,
                                      split_rule=SplitRule.EVEN)
                    s.add(node)
                    s.flush()
                    node_of_unit[uid] = node.id
                rest = []
            pending = rest
        for i, (pid, pname, unit_id) in enumerate(person_rows):
            s.add(TargetNode(plan_id=plan_id, parent_id=node_of_unit.get(unit_id, root.id),
                             name=pname, kind=TargetNodeKind.PERSON, person_id=pid,
                             unit_id=unit_id, sort_order=1000 + i, split_rule=SplitRule.EVEN))
        uow.commit()
        return uow.op(plan_id, undo=call(delete_plan, plan_id))


def child_weights(store: Store, tree: TargetTree, node_id: str, metric: str, period: str,
                  rule: str) -> dict[str, object]:
    """The keyword arguments :func:`services.targets.split.split_by_rule` needs for ``rule``."""
    kids = tree.children(node_id)
    rule = SplitRule(rule)
    if rule is SplitRule.WEIGHTS:
        return {"weights": [k.weight for k in kids]}
    if rule is SplitRule.LAST_YEAR:
        ly = last_year_key(period)
        actual = tree_actuals(store, tree, [metric], [ly])
        past = RollupTree({n.id: n.parent_id for n in tree.nodes}, {}, actual)
        return {"last_year": [past.cell(k.id, metric, ly).actual for k in kids]}
    if rule is SplitRule.CAPACITY:
        with store.read() as uow:
            loads = parse_capacity_loads(read_json(uow.session, CAPACITY_SETTING))
        by_tier, people = ramps(store), person_starts(store)
        load_of = {}
        for n in tree.nodes:
            if n.person_id:
                tier, start = people.get(n.person_id, ("", None))
                load_of[n.id] = loads.get(tier, Fraction(0)) * period_factor(
                    by_tier.get(tier, ()), start, period)
        caps = []
        for k in kids:
            stack, total = [k.id], Fraction(0)
            while stack:
                nid = stack.pop()
                total += load_of.get(nid, Fraction(0))
                stack.extend(c.id for c in tree.children(nid))
            caps.append(total)
        return {"capacity": caps}
    return {}


def _split(total: Values, rule: str, n: int, kwargs: dict[str, object]) -> list[Values]:
    try:
        return split_by_rule(total, rule, n, **kwargs)  # type: ignore[arg-type]
    except SplitError as exc:
        raise TargetError(exc.template, field="split_rule", **exc.params) from exc


def split_node(store: Store, node_id: str, metric: str, period: str, *,
               rule: str | None = None, by: str | None = None,
               reason: str | None = None, cut: str | None = None) -> Op[list[ValueChange]]:
    """Split a node's own value among its children (overwriting theirs) by ``rule``.

    ``rule`` defaults to the node's split rule. ``cut``: for the company root, which tree's
    children (None: the org tree; a cut's node is always split within its cut). Returns the
    inverse changes.
    """
    tree = _tree_of(store, node_id, [period], cut)
    node = tree.node(node_id)
    own = tree.rollup.cell(node_id, metric, period).own
    if own is None:
        raise TargetError("“{node}” has no value for this period to split: type it first",
                          field="value", node=node.name)
    kids = tree.children(node_id)
    rule = rule or node.split_rule
    if metric in RATE_METRICS:  # a rate is not divided: every child gets the same rate
        parts = [own] * len(kids)
    else:
        parts = _split(own, rule, len(kids),
                       child_weights(store, tree, node_id, metric, period, rule))
    changes = [ValueChange(k.id, metric, period, v) for k, v in zip(kids, parts, strict=True)]
    return set_many_values(store, changes, by=by, reason=reason or f"split ({rule})")


def distribute_gap(store: Store, node_id: str, metric: str, period: str, *,
                   rule: str | None = None, by: str | None = None,
                   reason: str | None = None, cut: str | None = None) -> Op[list[ValueChange]]:
    """Close a node's gap (未分配/超分配): add each child's rule share to its effective value
    (``cut`` as for :func:`split_node`).
    """
    tree = _tree_of(store, node_id, [period], cut)
    node = tree.node(node_id)
    cell = tree.rollup.cell(node_id, metric, period)
    if cell.gap.is_zero():
        return set_many_values(store, [])
    kids = tree.children(node_id)
    rule = rule or node.split_rule
    shares = _split(cell.gap, rule, len(kids),
                    child_weights(store, tree, node_id, metric, period, rule))
    changes = [ValueChange(k.id, metric, period,
                           tree.rollup.cell(k.id, metric, period).effective + s)
               for k, s in zip(kids, shares, strict=True)]
    bad = [c for c in changes if c.values is not None and min(c.values.as_tuple()) < 0]
    if bad:
        raise TargetError("taking back the over-allocation would make a child negative: "
                          "lower the children by hand", field="value")
    return set_many_values(store, changes, by=by, reason=reason or f"distribute gap ({rule})")


def accept_rollup(store: Store, node_id: str, metric: str, period: str, *,
                  by: str | None = None, reason: str | None = None,
                  cut: str | None = None) -> Op[list[ValueChange]]:
    """Bottom-up: set a node's own value to the sum of its children (clears its gap; ``cut``
    as for :func:`split_node`).
    """
    tree = _tree_of(store, node_id, [period], cut)
    cell = tree.rollup.cell(node_id, metric, period)
    return set_many_values(store, [ValueChange(node_id, metric, period, cell.allocated)],
                           by=by, reason=reason or "roll-up")


def split_period(store: Store, node_id: str, metric: str, period: str, *,
                 grain: P.Grain | str | None = None, rule: str = SplitRule.EVEN,
                 by: str | None = None, reason: str | None = None) -> Op[list[ValueChange]]:
    """Split a node's value for ``period`` among its sub-periods of ``grain`` (next finer).

    ``rule`` is ``even`` or ``last_year`` (seasonality from the node's own actuals, whole
    subtree, for the same sub-periods a year earlier; all zero → even). A person under the
    novice ramp carries each sub-period's ramp share of that weight.
    """
    grain = P.Grain(grain) if grain else P.parse(P.children(period)[0]).grain \
        if P.children(period) else None
    if grain is None:
        raise TargetError("a week cannot be split further", field="period")
    subs = P.sub_periods(period, P.Grain(grain))
    if SplitRule(rule) not in (SplitRule.EVEN, SplitRule.LAST_YEAR):
        raise TargetError("periods split evenly or by last year's actuals", field="split_rule")
    tree = _tree_of(store, node_id, [period], None)
    own = tree.rollup.cell(node_id, metric, period).own
    if own is None:
        raise TargetError("type this period's value before splitting it", field="value")
    if metric in RATE_METRICS:  # 50 % conversion a year is 50 % every month, not 4.17 %
        return set_many_values(store, [ValueChange(node_id, metric, k, own) for k in subs],
                               by=by, reason=reason or "period split (same rate)")
    kwargs: dict[str, object] = {}
    if SplitRule(rule) is SplitRule.LAST_YEAR:
        lys = [last_year_key(k) for k in subs]
        actual = tree_actuals(store, tree, [metric], lys)
        past = RollupTree({n.id: n.parent_id for n in tree.nodes}, {}, actual)
        kwargs = {"last_year": [past.cell(node_id, metric, k).actual for k in lys]}
    ramped = _ramp_weights(store, tree.node(node_id).person_id, rule, subs, kwargs)
    parts = (_split(own, SplitRule.WEIGHTS, len(subs), {"weights": ramped}) if ramped
             else _split(own, rule, len(subs), kwargs))
    changes = [ValueChange(node_id, metric, k, v) for k, v in zip(subs, parts, strict=True)]
    return set_many_values(store, changes, by=by, reason=reason or f"period split ({rule})")


def _ramp_weights(store: Store, person_id: str | None, rule: str, subs: Sequence[str],
                  kwargs: dict[str, object]) -> list[Fraction] | None:
    """A person under the novice ramp carries each sub-period's ramp share of the rule's
    weight (a novice starting in July: nothing before July, 30 % in July, 60 % in August…);
    None when no ramp applies (or it would leave nothing to weigh).
    """
    if person_id is None:
        return None
    tier, start = person_starts(store).get(person_id, ("", None))
    percents = ramps(store).get(tier, ())
    if start is None or not percents:
        return None
    base = rule_weights(rule, len(subs), **kwargs)  # type: ignore[arg-type]
    weights = [w * period_factor(percents, start, k) for w, k in zip(base, subs, strict=True)]
    if all(w == 1 for w in weights) or not any(weights):
        return None
    return weights


def _tree_of(store: Store, node_id: str, periods: list[str], cut: str | None) -> TargetTree:
    """The tree a node is edited in: its own cut's, else ``cut``'s for the company root (else
    the org tree), without actuals.
    """
    with store.read() as uow:
        node = uow.session.get(TargetNode, node_id)
        if node is None or node.deleted_at is not None:
            raise TargetError("this target node no longer exists", field="node")
        plan = uow.session.get_one(TargetPlan, node.plan_id)
        plan_id, own_cut, is_root = plan.id, node.cut, node.parent_id is None
    return load_tree(store, plan_id, periods, with_actuals=False,
                     cut=own_cut or (cut if is_root else None))


def capacity_loads(store: Store) -> dict[str, Fraction]:
    """The capacity loads per tier (AppSetting ``targets.capacity_loads`` over the defaults)."""
    with store.read() as uow:
        try:
            return parse_capacity_loads(read_json(uow.session, CAPACITY_SETTING))
        except SplitError:
            return parse_capacity_loads(None)


def set_capacity_loads(store: Store, loads: dict[str, str | int | float] | None,
                       ) -> Op[dict[str, str]]:
    """Save capacity loads (tier → number, e.g. ``{"novice": "0.5"}``; None: back to the
    defaults); the value is the old setting, undo puts it back.

    Refuses unknown tiers and negative or unreadable numbers with :class:`TargetError`.
    """
    if loads is not None:
        try:
            parse_capacity_loads(loads)
        except SplitError as exc:
            raise TargetError(exc.template, field="capacity_loads", **exc.params) from exc
    with store.write() as uow:
        s = uow.session
        old = read_json(s, CAPACITY_SETTING)
        if loads is not None:
            write_json(s, CAPACITY_SETTING, {k: str(v) for k, v in loads.items()})
        elif (row := s.get(AppSetting, CAPACITY_SETTING)) is not None:
            s.delete(row)
        uow.commit()
        old_map = {k: str(v) for k, v in old.items()} if isinstance(old, dict) else None
        return uow.op(old_map or {}, undo=call(set_capacity_loads, old_map))


def period_parts(tree: TargetTree, node_id: str, metric: str, period: str
                 ) -> tuple[list[str], Values] | None:
    """The sub-periods a period's own value is compared with and their sum (see
    :func:`period_gap`); None when there is nothing to compare.
    """
    if metric not in ADDITIVE_METRICS:
        return None
    rollup = tree.rollup
    if rollup.cell(node_id, metric, period).own is None:
        return None
    subs = P.typed_below(period, lambda k: rollup.cell(node_id, metric, k).own is not None)
    if not subs:
        return None
    total = Values()
    for k in subs:
        total = total + rollup.cell(node_id, metric, k).effective
    return subs, total


def period_gap(tree: TargetTree, node_id: str, metric: str, period: str) -> Values | None:
    """A node's own value for ``period`` minus the sum of its sub-periods' values.

    Year → quarters, quarter → months, month → its ISO weeks (Thursday rule); a sub-period
    nobody typed is replaced by its own typed sub-periods (a year typed with months but no
    quarters is compared with its months). None when the period has no own value or nothing
    below it has one (nothing to compare), and for a rate metric (rates are never summed).
    """
    parts = period_parts(tree, node_id, metric, period)
    own = tree.rollup.cell(node_id, metric, period).own
    if parts is None or own is None:
        return None
    return own - parts[1]


def set_tier_settings(store: Store, loads: dict[str, str] | None,
                      ramps_by_tier: dict[str, str | list[int]] | None
                      ) -> Op[tuple[dict[str, str] | None, dict[str, object] | None]]:
    """Save the capacity loads and the novice ramps together (Settings ▸ Targets), one undo
    step; None puts a setting back to its defaults. The value is the old pair.
    """
    try:
        if loads is not None:
            parse_capacity_loads(loads)
        if ramps_by_tier is not None:
            parse_ramp(ramps_by_tier)
    except (SplitError, RampError) as exc:
        raise TargetError(exc.template, field="tiers", **exc.params) from exc
    with store.write() as uow:
        s = uow.session
        old_loads, old_ramps = read_json(s, CAPACITY_SETTING), read_json(s, RAMP_SETTING)
        for key, new in ((CAPACITY_SETTING, loads), (RAMP_SETTING, ramps_by_tier)):
            if new is not None:
                write_json(s, key, new)
            elif (row := s.get(AppSetting, key)) is not None:
                s.delete(row)
        uow.commit()
        old = (old_loads if isinstance(old_loads, dict) else None,
               old_ramps if isinstance(old_ramps, dict) else None)
        return uow.op(old, undo=call(set_tier_settings, *old))
