"""Cuts of a target (目标多维分解): one company total, decomposed along several dimensions at once.

Besides the org tree (company → regions/teams → people) a plan may cut its company total by
product line 产品线, channel 渠道 and customer tier 客户分层. Each cut is a tree of its own under
the same company root — its members (硬件, 线上, A类客户…) are children of the root with
``cut`` set, and may be split further below — so 华东 5000万, 线上 8000万 and A产品 6000万
are three cuts of one 2亿, not siblings. :func:`services.targets.cascade.load_tree` with
``cut=`` reads one cut: the root's gap there (未分配/超分配) is the company total less the
cut's members.

Each cut must add up to the company total: :func:`plan_cut_gaps` lists every metric and period where
a cut's members (their effective values) do not sum to the company's (the org tree's effective
value of the root: its typed value, else its roll-up). Only periods where the cut has a typed
value count — a cut that says nothing of a metric has nothing to disagree with. ``targets check``
reports them (exit 1) and the plan workbook flags them.

Actuals per member: :mod:`services.targets.cut_actuals`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from models.customers import Customer
from models.enums import ADDITIVE_METRICS, CustomerTier, TargetCut, TargetNodeKind
from models.pipeline import Deal, Product
from models.targets import TargetNode
from services.core import periods as P
from services.core.changes import Op
from services.core.store import Store
from services.targets.cascade import TargetError, TargetTree, load_tree, plan_in
from services.targets.nodes import add_node
from services.targets.split import Values

CUTS: tuple[str, ...] = tuple(TargetCut)
"""The cuts besides the org tree, in the order the app offers them."""


@dataclass(frozen=True)
class CutGap:
    """One metric and period where a cut's members do not add up to the company total."""

    cut: str
    metric: str
    period: str
    total: Values  # the company total (org tree)
    parts: Values  # Σ the cut's members

    @property
    def gap(self) -> Values:
        """Company total − Σ members (positive: 未分配, negative: 超分配)."""
        return self.total - self.parts


def plan_cuts(store: Store, plan_id: str) -> list[str]:
    """The cuts of a plan that have members, in :data:`CUTS` order."""
    with store.read() as uow:
        used = set(uow.session.scalars(select(TargetNode.cut).distinct().where(
            TargetNode.plan_id == plan_id, TargetNode.deleted_at.is_(None),
            TargetNode.cut.is_not(None))))
    return [c for c in CUTS if c in used]


def cut_keys(store: Store, cut: str) -> list[str]:
    """What a cut's members can stand for, as the firm's records have them: product lines of
    the catalogue, sources of deals and customers, or the tiers A/B/C.
    """
    cut = TargetCut(cut)
    if cut is TargetCut.CUSTOMER_TIER:
        return [str(t) for t in CustomerTier]
    with store.read() as uow:
        s = uow.session
        if cut is TargetCut.PRODUCT_LINE:
            found = s.scalars(select(Product.line).distinct().where(
                Product.deleted_at.is_(None), Product.line.is_not(None))).all()
        else:
            found = [*s.scalars(select(Deal.source).distinct().where(
                Deal.deleted_at.is_(None), Deal.source.is_not(None))),
                     *s.scalars(select(Customer.source).distinct().where(
                         Customer.deleted_at.is_(None), Customer.source.is_not(None)))]
    return sorted({k.strip() for k in found if k and k.strip()})


def add_cut_member(store: Store, plan_id: str, cut: str, key: str,
                   name: str | None = None) -> Op[str]:
    """Add a member of ``cut`` under the company root (name: the key unless given); the value
    is its id. A cut has each key once. Undo removes it again.
    """
    cut = TargetCut(cut)
    key = (key or "").strip()
    if not key:
        raise TargetError("a cut's member needs what it stands for (a product line, a channel "
                          "or a tier)", field="cut_key")
    with store.read() as uow:
        s = uow.session
        plan_in(s, plan_id)
        root = s.scalar(select(TargetNode.id).where(
            TargetNode.plan_id == plan_id, TargetNode.parent_id.is_(None),
            TargetNode.deleted_at.is_(None)))
        taken = s.scalar(select(func.count()).select_from(TargetNode).where(
            TargetNode.plan_id == plan_id, TargetNode.cut == cut, TargetNode.cut_key == key,
            TargetNode.deleted_at.is_(None)))
    if root is None:
        raise TargetError("this target plan no longer exists", field="plan")
    if taken:
        raise TargetError("“{key}” is already a member of this cut", field="cut_key", key=key)
    return add_node(store, plan_id, root, (name or "").strip() or key, TargetNodeKind.CUT,
                    cut=cut, cut_key=key)


def year_periods(year: int) -> list[str]:
    """Every period of a plan year: the year, quarters, months and ISO weeks."""
    return [P.year_key(year), *P.quarters(year), *P.months(year), *P.weeks(year)]


def tree_cut_gaps(org: TargetTree, tree: TargetTree, periods: Iterable[str],
                  metrics: Iterable[str] | None = None) -> list[CutGap]:
    """Where the cut ``tree`` does not add up to the company total of the ``org`` tree (both
    loaded with every period's values), metric by metric and period by period.
    """
    root = next((n for n in tree.nodes if n.parent_id is None), None)
    if root is None or tree.cut is None:
        return []
    members = tree.children(root.id)
    below = [n.id for n in tree.nodes if n.parent_id is not None]
    out: list[CutGap] = []
    for metric in (metrics if metrics is not None else tree.plan.metrics):
        if metric not in ADDITIVE_METRICS:
            continue
        for period in periods:
            if not any(tree.rollup.cell(n, metric, period).own is not None for n in below):
                continue
            parts = Values()
            for m in members:
                parts = parts + tree.rollup.cell(m.id, metric, period).effective
            total = org.rollup.cell(root.id, metric, period).effective
            if parts != total:
                out.append(CutGap(tree.cut, metric, period, total, parts))
    return out


def plan_cut_gaps(store: Store, plan_id: str) -> list[CutGap]:
    """Every place a cut of the plan does not add up to the company total (see the module
    docstring): cut by cut, then metric, then period.
    """
    cuts = plan_cuts(store, plan_id)
    if not cuts:
        return []
    org = load_tree(store, plan_id, [], with_actuals=False, all_values=True)
    periods = year_periods(org.plan.year)
    out: list[CutGap] = []
    for cut in cuts:
        tree = load_tree(store, plan_id, [], with_actuals=False, all_values=True, cut=cut)
        out.extend(tree_cut_gaps(org, tree, periods))
    return out
