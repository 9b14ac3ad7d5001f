"""The target cascade (目标体系): plans, the node tree, values with full version history.

Every editing function is one unit of work and returns an :class:`~services.core.changes.Op`: its
value, what changed and the inverse :class:`~services.core.changes.Call` that undoes it. Every value
change writes a ``target_value_versions`` row (who, when, why); undoing the change takes the
value back and soft-deletes that version row (the edit never happened), redoing restores the
same row. Values are free to edit while the plan is a draft;
once published (已公示) result targets change only through approved adjustments
(:mod:`services.targets.lifecycle`); structure changes that move sums (move/remove) are refused
too, while renaming and adding nodes stay allowed.

Reading: :func:`load_tree` returns a frozen :class:`TargetTree` whose ``rollup``
(:class:`services.targets.rollup.RollupTree`) the GUI keeps and edits incrementally. By default
it is the org tree; ``cut=`` gives one cut of the company total instead (the same company root
with that cut's members below it: :mod:`services.targets.cuts`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.base import new_id, utcnow
from models.enums import METRIC_UNITS, TargetCut, TargetNodeKind, TargetPlanStatus
from models.targets import (
    TargetAcknowledgement,
    TargetGrowth,
    TargetNode,
    TargetPlan,
    TargetTypedActual,
    TargetValue,
)
from models.targets import TargetValueVersion as Version
from services.core import periods as P
from services.core.changes import Changes, Op, call
from services.core.conflicts import ConflictError, FieldConflict
from services.core.errors import ValidationError
from services.core.store import Store
from services.targets.actuals import NodeRef, compute_actuals
from services.targets.cut_actuals import cut_actuals
from services.targets.rate_actuals import typed_actuals
from services.targets.rollup import CellState, RollupTree
from services.targets.split import Values

#: The reverse funnel's process metrics (反推): working numbers the plan derives from the result
#: targets, so they stay editable (still versioned) after the plan is published.
PROCESS_METRICS = frozenset({"leads", "first_contacts", "quotes", "negotiations", "wins"})
DEFAULT_METRICS = ("signed_amount", "collected_amount", "deal_count", "new_customers",
                   "followups")


class TargetError(ValidationError):
    """A target operation was refused; the message says why and what to do instead."""


@dataclass(frozen=True)
class TargetPlanRow:
    """A plan year as lists show it."""

    id: str
    year: int
    name: str
    status: str
    version: int
    metrics: tuple[str, ...]
    published_at: datetime | None
    published_by_id: str | None


@dataclass(frozen=True)
class TargetNodeRow:
    """One node of the tree with its cells ``(metric, period) → CellState``."""

    id: str
    parent_id: str | None
    name: str
    kind: str
    unit_id: str | None
    person_id: str | None
    sort_order: int
    split_rule: str
    weight: int | None
    depth: int
    acknowledged_version: int | None  # highest plan version its owner acknowledged
    cells: Mapping[tuple[str, str], CellState] = field(default_factory=dict)
    cut: str | None = None  # None: the org tree (models.enums.TargetCut)
    cut_key: str | None = None  # what a cut member stands for


@dataclass(frozen=True)
class TargetTree:
    """A plan's cascade: nodes depth-first (siblings by sort order, name) and the live roll-up."""

    plan: TargetPlanRow
    nodes: tuple[TargetNodeRow, ...]
    periods: tuple[str, ...]
    rollup: RollupTree = field(compare=False, repr=False)
    cut: str | None = None  # the cut shown (None: the org tree)

    def node(self, node_id: str) -> TargetNodeRow:
        """A node by id (KeyError if absent)."""
        return next(n for n in self.nodes if n.id == node_id)

    def children(self, node_id: str | None) -> list[TargetNodeRow]:
        """The children of a node (of the root level for None), in display order."""
        return [n for n in self.nodes if n.parent_id == node_id]


@dataclass(frozen=True)
class ValueChange:
    """One cell's values (None = no own value); what set_many_values takes and returns."""

    node_id: str
    metric: str
    period: str
    values: Values | None


@dataclass(frozen=True)
class RemovedNodes:
    """What :func:`remove_node` soft-deleted, for :func:`restore_node`."""

    node_ids: tuple[str, ...]
    deleted_at: datetime


class CellsView(Mapping[tuple[str, str], CellState]):
    """A node's cells ``(metric, period) → CellState``, read from the live roll-up on access.

    Nothing is computed up front, so loading a 2,000-node plan stays cheap, and after
    ``tree.rollup.apply_edit`` the view already shows the new figures.
    """

    __slots__ = ("_keys", "_keyset", "_node", "_rollup")

    def __init__(self, rollup: RollupTree, node_id: str, keys: tuple[tuple[str, str], ...],
                 keyset: frozenset[tuple[str, str]]):
        self._rollup, self._node, self._keys, self._keyset = rollup, node_id, keys, keyset

    def __getitem__(self, key: tuple[str, str]) -> CellState:
        if key not in self._keyset:
            raise KeyError(key)
        return self._rollup.cell(self._node, *key)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


@dataclass(frozen=True, slots=True)
class _NodeData:
    id: str
    parent_id: str | None
    name: str
    kind: str
    unit_id: str | None
    person_id: str | None
    sort_order: int
    split_rule: str
    weight: int | None
    cut: str | None = None
    cut_key: str | None = None


def _plan_row(p: TargetPlan) -> TargetPlanRow:
    metrics = tuple(m for m in (p.metrics or "").split(",") if m)
    return TargetPlanRow(p.id, p.year, p.name, p.status, p.version, metrics, p.published_at,
                         p.published_by_id)


def _check_metric(metric: str) -> None:
    if metric not in METRIC_UNITS:
        raise TargetError("unknown metric “{metric}”", field="metric", metric=metric)


def _check_period(period: str) -> None:
    try:
        P.parse(period)
    except ValueError as exc:
        raise TargetError(str(exc), field="period") from exc


def node_in(s: Session, node_id: str) -> TargetNode:
    """A live node in an open session, or :class:`TargetError`."""
    node = s.get(TargetNode, node_id)
    if node is None or node.deleted_at is not None:
        raise TargetError("this target node no longer exists", field="node")
    return node


def plan_in(s: Session, plan_id: str) -> TargetPlan:
    """A live plan in an open session, or :class:`TargetError`."""
    plan = s.get(TargetPlan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise TargetError("this target plan no longer exists", field="plan")
    return plan


PUBLISHED_REFUSALS = {
    "values": "the {year} plan is published (已公示): values change only through an adjustment "
              "request approved by the level above",
    "move": "the {year} plan is published (已公示): nodes are moved only through an adjustment "
            "request approved by the level above",
    "remove": "the {year} plan is published (已公示): nodes are removed only through an "
              "adjustment request approved by the level above",
    "delete_plan": "the {year} plan is published (已公示): the plan is removed only through an "
                   "adjustment request approved by the level above",
}
"""What a published plan refuses, by what was attempted."""


def require_draft(plan: TargetPlan, what: str) -> None:
    """Refuse a change to a published plan; ``what`` is a key of :data:`PUBLISHED_REFUSALS`."""
    if plan.status != TargetPlanStatus.DRAFT:
        raise TargetError(PUBLISHED_REFUSALS[what], year=plan.year)


# --- plans ------------------------------------------------------------------------------


def list_plans(store: Store) -> list[TargetPlanRow]:
    """Every plan, newest year first."""
    with store.read() as uow:
        plans = uow.session.scalars(select(TargetPlan).where(TargetPlan.deleted_at.is_(None))
                                    .order_by(TargetPlan.year.desc(), TargetPlan.name)).all()
        return [_plan_row(p) for p in plans]


def new_plan_in(s: Session, year: int, name: str, metrics: Sequence[str],
                root_name: str | None = None) -> tuple[TargetPlan, TargetNode]:
    """Add a draft plan and its company root node in an open session (flushed)."""
    if not 1900 <= year <= 2999:
        raise TargetError("year {year} is out of range", field="year", year=year)
    for m in metrics:
        _check_metric(m)
    plan = TargetPlan(year=year, name=name.strip() or f"{year}年度目标", status="draft",
                      version=0, metrics=",".join(metrics))
    s.add(plan)
    s.flush()
    root = TargetNode(plan_id=plan.id, parent_id=None, kind=TargetNodeKind.COMPANY,
                      name=root_name or "公司总目标", sort_order=0)
    s.add(root)
    s.flush()
    return plan, root


def create_plan(store: Store, year: int, name: str, metrics: Sequence[str] = DEFAULT_METRICS,
                *, root_name: str | None = None) -> Op[str]:
    """A draft plan with a company root node; the value is the plan id.

    Undo is :func:`delete_plan` of the same id.
    """
    with store.write() as uow:
        plan, _root = new_plan_in(uow.session, year, name, metrics, root_name)
        uow.commit()
        return uow.op(plan.id, undo=call(delete_plan, plan.id))


def _plan_rows(plan_id: str) -> tuple[tuple[Any, Any], ...]:
    """The plan's nodes, values and version rows: (model, condition) pairs."""
    nodes = select(TargetNode.id).where(TargetNode.plan_id == plan_id)
    return ((TargetNode, TargetNode.plan_id == plan_id),
            (TargetValue, TargetValue.node_id.in_(nodes)), (Version, Version.plan_id == plan_id),
            (TargetGrowth, TargetGrowth.node_id.in_(nodes)),
            (TargetTypedActual, TargetTypedActual.node_id.in_(nodes)))


def delete_plan(store: Store, plan_id: str) -> Op[None]:
    """Soft-delete a plan with its nodes, values and version rows (the undo of creating it).

    Undo is :func:`restore_plan`, which brings back exactly these rows.
    """
    with store.write() as uow:
        s = uow.session
        plan = plan_in(s, plan_id)
        require_draft(plan, "delete_plan")
        now = utcnow()
        plan.deleted_at = now
        for model, where in _plan_rows(plan_id):
            for row in s.scalars(select(model).where(where, model.deleted_at.is_(None))):
                row.deleted_at = now
        uow.commit()
        return uow.op(None, undo=call(restore_plan, plan_id, now))


def restore_plan(store: Store, plan_id: str, deleted_at: datetime) -> Op[None]:
    """Bring back what :func:`delete_plan` soft-deleted at ``deleted_at``."""
    with store.write() as uow:
        s = uow.session
        plan = s.get(TargetPlan, plan_id)
        if plan is None or plan.deleted_at != deleted_at:
            raise TargetError("this target plan can no longer be restored", field="plan")
        plan.deleted_at = None
        for model, where in _plan_rows(plan_id):
            for row in s.scalars(select(model).where(where, model.deleted_at == deleted_at)):
                row.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(delete_plan, plan_id))


def get_plan(store: Store, plan_id: str) -> TargetPlanRow:
    """One plan."""
    with store.read() as uow:
        return _plan_row(plan_in(uow.session, plan_id))


# --- reading the tree --------------------------------------------------------------------


def tree_nodes_where(plan_id: str, cut: str | None) -> tuple[Any, ...]:
    """The conditions selecting the live nodes of one tree of a plan: the org tree (``cut``
    None) or one cut — the company root and that cut's nodes.
    """
    which = (TargetNode.cut.is_(None) if cut is None
             else or_(TargetNode.cut == cut, TargetNode.parent_id.is_(None)))
    return (TargetNode.plan_id == plan_id, TargetNode.deleted_at.is_(None), which)


def _check_cut(cut: str | None) -> None:
    if cut is not None and cut not in set(TargetCut):
        raise TargetError("unknown cut “{cut}”", field="cut", cut=cut)


def _tree_actuals(s: Session, nodes: Sequence[_NodeData], cut: str | None,
                  metrics: Iterable[str], keys: Iterable[str]
                  ) -> dict[tuple[str, str, str], int]:
    refs = [NodeRef(n.id, n.parent_id, n.kind, n.unit_id, n.person_id) for n in nodes]
    metrics, keys = list(metrics), list(keys)
    if cut is None:
        out = compute_actuals(s, refs, metrics, keys)
    else:
        members = {n.cut_key: n.id for n in nodes if n.cut_key}
        out = cut_actuals(s, refs, members, cut, metrics, keys)
    out.update(typed_actuals(s, [n.id for n in nodes], metrics, keys))
    return out


def _read_nodes(s: Session, plan_id: str, cut: str | None) -> list[_NodeData]:
    return [_NodeData(n.id, n.parent_id, n.name, n.kind, n.unit_id, n.person_id, n.sort_order,
                      n.split_rule, n.weight, n.cut, n.cut_key)
            for n in s.scalars(select(TargetNode).where(*tree_nodes_where(plan_id, cut)))]


def load_tree(store: Store, plan_id: str, periods: Iterable[str] | None = None,
              *, with_actuals: bool = True, all_values: bool = False,
              cut: str | None = None) -> TargetTree:
    """The plan's tree with values, sums, gaps and actuals for ``periods``.

    ``periods`` defaults to the year, its quarters and its months. ``all_values`` puts the typed
    values of every period of the plan year (weeks too) into the roll-up, though only
    ``periods`` are the tree's columns — what checking that periods add up needs
    (:mod:`services.targets.consistency`). ``cut`` (a ``TargetCut``) reads that cut of the
    company total instead of the org tree: the company root with the cut's members below it,
    their actuals counted by the cut's dimension (:mod:`services.targets.cut_actuals`).
    """
    _check_cut(cut)
    with store.read() as uow:
        s = uow.session
        plan = plan_in(s, plan_id)
        prow = _plan_row(plan)
        keys = tuple(periods) if periods is not None else (
            P.year_key(plan.year), *P.quarters(plan.year), *P.months(plan.year))
        wanted = set(keys)
        nodes = _read_nodes(s, plan_id, cut)
        ids = {n.id for n in nodes}
        vals = s.execute(
            select(TargetValue.node_id, TargetValue.metric, TargetValue.period, TargetValue.floor,
                   TargetValue.target, TargetValue.challenge)
            .join(TargetNode, TargetNode.id == TargetValue.node_id)
            .where(TargetNode.plan_id == plan_id, TargetValue.deleted_at.is_(None))).all()
        in_year = P.year_key(plan.year)
        own = {(n, m, p): Values(f, t, c) for n, m, p, f, t, c in vals
               if (p in wanted or (all_values and p[:4] == in_year)) and n in ids}
        actuals = _tree_actuals(s, nodes, cut, prow.metrics, keys) if with_actuals else {}
        acks: dict[str, int] = {}
        for node_id, version in s.execute(
                select(TargetAcknowledgement.node_id, TargetAcknowledgement.plan_version)
                .join(TargetNode, TargetNode.id == TargetAcknowledgement.node_id)
                .where(TargetAcknowledgement.deleted_at.is_(None),
                       TargetNode.plan_id == plan_id)):
            acks[node_id] = max(acks.get(node_id, 0), version)
    rollup = RollupTree({n.id: n.parent_id for n in nodes}, own, actuals)
    by_parent: dict[str | None, list[_NodeData]] = {}
    for n in nodes:
        by_parent.setdefault(n.parent_id, []).append(n)
    rows: list[TargetNodeRow] = []
    cell_keys = tuple((m, p) for m in prow.metrics for p in keys)
    cell_keyset = frozenset(cell_keys)

    def walk(parent: str | None, depth: int) -> None:
        for n in sorted(by_parent.get(parent, []), key=lambda x: (x.sort_order, x.name)):
            cells = CellsView(rollup, n.id, cell_keys, cell_keyset)
            rows.append(TargetNodeRow(n.id, n.parent_id, n.name, n.kind, n.unit_id, n.person_id,
                                      n.sort_order, n.split_rule, n.weight, depth,
                                      acks.get(n.id), cells, n.cut, n.cut_key))
            walk(n.id, depth + 1)

    walk(None, 0)
    return TargetTree(prow, tuple(rows), keys, rollup, cut)


def load_actuals(store: Store, plan_id: str, periods: Iterable[str], *, cut: str | None = None
                 ) -> dict[tuple[str, str, str], int]:
    """The base actuals of the plan's nodes (of the org tree, or of ``cut``) for ``periods``
    (not rolled up), for a tree loaded ``with_actuals=False``: ``tree.rollup.set_actuals(...)``
    adds them in.
    """
    _check_cut(cut)
    with store.read() as uow:
        s = uow.session
        prow = _plan_row(plan_in(s, plan_id))
        return _tree_actuals(s, _read_nodes(s, plan_id, cut), cut, prow.metrics, tuple(periods))


def tree_actuals(store: Store, tree: TargetTree, metrics: Iterable[str], periods: Iterable[str]
                 ) -> dict[tuple[str, str, str], int]:
    """The base actuals of a loaded tree's nodes (org tree or cut) for any ``periods`` — e.g.
    last year's, for a split by last year's actuals.
    """
    nodes = [_NodeData(n.id, n.parent_id, n.name, n.kind, n.unit_id, n.person_id, n.sort_order,
                       n.split_rule, n.weight, n.cut, n.cut_key) for n in tree.nodes]
    with store.read() as uow:
        return _tree_actuals(uow.session, nodes, tree.cut, metrics, tuple(periods))


def node_values(store: Store, node_id: str) -> dict[tuple[str, str], Values]:
    """A node's own typed values, every metric and period."""
    with store.read() as uow:
        rows = uow.session.scalars(select(TargetValue).where(
            TargetValue.node_id == node_id, TargetValue.deleted_at.is_(None))).all()
        return {(v.metric, v.period): Values(v.floor, v.target, v.challenge) for v in rows}


# --- editing values ----------------------------------------------------------------------


def put_value(s: Session, change: ValueChange) -> Values | None:
    """Write one cell in an open session, no version row; returns its old values (None: none).

    A cleared cell keeps its row, soft-deleted with zero values.
    """
    row = s.scalars(select(TargetValue).where(
        TargetValue.node_id == change.node_id, TargetValue.metric == change.metric,
        TargetValue.period == change.period)).first()
    old = (Values(row.floor, row.target, row.challenge)
           if row is not None and row.deleted_at is None else None)
    if old == change.values:
        return old
    if row is None:
        row = TargetValue(node_id=change.node_id, metric=change.metric, period=change.period)
        s.add(row)
    row.floor, row.target, row.challenge = (change.values or Values()).as_tuple()
    row.deleted_at = None if change.values is not None else utcnow()
    return old


def write_value(s: Session, plan: TargetPlan, change: ValueChange, *, by: str | None,
                reason: str | None, adjustment_id: str | None = None,
                version_id: str | None = None) -> ValueChange:
    """Write one cell and its version row (id ``version_id`` when given) in an open session.

    Returns the inverse change; an unchanged cell writes no version row.
    """
    _check_metric(change.metric)
    _check_period(change.period)
    new = change.values
    if new is not None and not (0 <= new.floor and 0 <= new.target and 0 <= new.challenge):
        raise TargetError("target values cannot be negative", field="value")
    old = put_value(s, change)
    if old == new:
        return ValueChange(change.node_id, change.metric, change.period, old)
    written = new or Values()
    s.add(Version(id=version_id or new_id(), plan_id=plan.id, node_id=change.node_id,
                  metric=change.metric, period=change.period,
                  old_floor=old.floor if old else None,
                  old_target=old.target if old else None,
                  old_challenge=old.challenge if old else None, new_floor=written.floor,
                  new_target=written.target, new_challenge=written.challenge,
                  changed_at=utcnow(), changed_by_id=by, reason=reason,
                  adjustment_id=adjustment_id, plan_version=plan.version))
    return ValueChange(change.node_id, change.metric, change.period, old)


def _plan_for(s: Session, changes: Sequence[ValueChange]) -> TargetPlan:
    """The one plan the cells belong to, refusing published values (but process metrics)."""
    plan = plan_in(s, node_in(s, changes[0].node_id).plan_id)
    if any(ch.metric not in PROCESS_METRICS for ch in changes):
        require_draft(plan, "values")
    for ch in changes:
        if node_in(s, ch.node_id).plan_id != plan.id:
            raise TargetError("all changes must belong to one plan", field="node")
    return plan


def _own_values(s: Session, node_id: str, metric: str, period: str) -> Values | None:
    row = s.scalars(select(TargetValue).where(
        TargetValue.node_id == node_id, TargetValue.metric == metric,
        TargetValue.period == period).with_for_update()).first()
    return (Values(row.floor, row.target, row.challenge)
            if row is not None and row.deleted_at is None else None)


def _check_expected(s: Session, changes: Sequence[ValueChange],
                    expect: Sequence[Values | None] | None) -> None:
    """Refuse (:class:`~services.core.conflicts.ConflictError`) a cell someone else saved
    since its editor showed ``expect`` (one per change; None: the cell had no own value).
    """
    if expect is None:
        return
    for ch, shown in zip(changes, expect, strict=True):
        now = _own_values(s, ch.node_id, ch.metric, ch.period)
        if now != shown and now != ch.values:
            raise ConflictError("target", f"{ch.node_id}/{ch.metric}/{ch.period}",
                                (FieldConflict(ch.metric, ch.values, now),))


def set_many_values(store: Store, changes: Sequence[ValueChange], *, by: str | None = None,
                    reason: str | None = None,
                    expect: Sequence[Values | None] | None = None) -> Op[list[ValueChange]]:
    """Write several cells in one unit of work; the value is the inverse changes.

    Draft plans only, except the process metrics (:data:`PROCESS_METRICS`) a reverse funnel saves.
    All-or-nothing: a bad cell leaves every cell as it was. ``expect``: each cell's own values
    as its editor showed them; a cell someone else saved since refuses them all
    (:class:`~services.core.conflicts.ConflictError`). Undo is :func:`revert_values`, which
    expects the written values in turn.
    """
    if not changes:
        return Op([], Changes())
    with store.write() as uow:
        s = uow.session
        plan = _plan_for(s, changes)
        _check_expected(s, changes, expect)
        inverse, versions = [], []
        for ch in changes:
            version = new_id()
            inv = write_value(s, plan, ch, by=by, reason=reason, version_id=version)
            inverse.append(inv)
            if inv.values != ch.values:
                versions.append(version)
        uow.commit()
        inverse.reverse()
        written = [ch.values for ch in reversed(changes)]
        undo = (call(revert_values, inverse, tuple(versions), expect=written) if versions
                else None)
        return uow.op(inverse, undo=undo)


def _rewrite(store: Store, changes: Sequence[ValueChange], version_ids: Sequence[str],
             *, live: bool, expect: Sequence[Values | None] | None) -> Op[list[ValueChange]]:
    with store.write() as uow:
        s = uow.session
        _plan_for(s, changes)
        _check_expected(s, changes, expect)
        inverse = [ValueChange(ch.node_id, ch.metric, ch.period, put_value(s, ch))
                   for ch in changes]
        for vid in version_ids:
            version = s.get(Version, vid)
            if version is not None:
                version.deleted_at = None if live else utcnow()
        uow.commit()
        inverse.reverse()
        again = reapply_values if not live else revert_values
        written = [ch.values for ch in reversed(changes)]
        return uow.op(inverse, undo=call(again, inverse, tuple(version_ids), expect=written))


def revert_values(store: Store, changes: Sequence[ValueChange], version_ids: Sequence[str],
                  expect: Sequence[Values | None] | None = None) -> Op[list[ValueChange]]:
    """Undo a value edit: write ``changes`` back and soft-delete the edit's version rows
    (``expect``: the values the edit wrote; a cell changed since refuses the undo).

    Undo (the redo) is :func:`reapply_values`.
    """
    return _rewrite(store, changes, version_ids, live=False, expect=expect)


def reapply_values(store: Store, changes: Sequence[ValueChange], version_ids: Sequence[str],
                   expect: Sequence[Values | None] | None = None) -> Op[list[ValueChange]]:
    """Redo an undone value edit: write ``changes`` again and restore its version rows."""
    return _rewrite(store, changes, version_ids, live=True, expect=expect)


def set_values(store: Store, node_id: str, metric: str, period: str, values: Values | None,
               *, by: str | None = None, reason: str | None = None,
               shown: tuple[Values | None] | None = None) -> Op[Values | None]:
    """Set (None clears) one cell's floor/target/challenge; the value is the old values.
    ``shown``: ``(values,)`` as the editor showed the cell (someone else's save since is a
    :class:`~services.core.conflicts.ConflictError`).
    """
    op = set_many_values(store, [ValueChange(node_id, metric, period, values)], by=by,
                         reason=reason, expect=list(shown) if shown is not None else None)
    return Op(op.value[0].values, op.changes, op.undo)


def cells_of(store: Store, value_ids: Iterable[str]) -> list[ValueChange]:
    """The cells of these ``target_values`` rows as they are now (None: cleared).

    A view patches its in-memory roll-up from them after it is told which rows changed.
    """
    ids = list(value_ids)
    out: list[ValueChange] = []
    with store.read() as uow:
        for start in range(0, len(ids), 500):
            for v in uow.session.scalars(select(TargetValue).where(
                    TargetValue.id.in_(ids[start:start + 500]))):
                values = None if v.deleted_at is not None else Values(v.floor, v.target,
                                                                      v.challenge)
                out.append(ValueChange(v.node_id, v.metric, v.period, values))
    return out
