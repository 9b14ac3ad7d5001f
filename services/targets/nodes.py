"""Editing the cascade's structure: add, remove/restore, move (no cycles), rename, split rule.

Each function is one unit of work returning an :class:`~services.core.changes.Op` whose ``undo``
is the inverse call. Moving and removing nodes change sums, so published plans refuse them;
renaming and adding stay allowed. An added node is undone by a soft delete of the same id and
redone by restoring it (:func:`remove_node` / :func:`restore_node`).

Cuts (:mod:`services.targets.cuts`): a node added under a cut's node belongs to that cut; a
cut's member is added under the company root with ``cut=``. Nodes never move between the org
tree and a cut, or between cuts.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.enums import SplitRule, TargetCut, TargetNodeKind
from models.org import Person
from models.targets import TargetNode
from services.core.changes import Op, call
from services.core.store import Store
from services.targets.cascade import RemovedNodes, TargetError, node_in, plan_in, require_draft


def add_node(store: Store, plan_id: str, parent_id: str | None, name: str,
             kind: str = TargetNodeKind.UNIT, *, unit_id: str | None = None,
             person_id: str | None = None, sort_order: int | None = None,
             cut: str | None = None, cut_key: str | None = None) -> Op[str]:
    """Add a node under ``parent_id``; the value is its id.

    Under a cut's node the new node joins that cut (kind ``cut``); ``cut`` puts a node under the
    company root into that cut (a cut member; ``cut_key`` is what it stands for).
    Undo soft-deletes the same node (allowed on a published plan too, as adding is).
    """
    name = (name or "").strip()
    if not name:
        raise TargetError("a target node needs a name", field="name")
    kind = TargetNodeKind(kind)
    cut_key = (cut_key or "").strip() or None
    if kind is TargetNodeKind.PERSON and not person_id:
        raise TargetError("a personal target needs a person", field="person")
    with store.write() as uow:
        s = uow.session
        plan_in(s, plan_id)
        if parent_id is None:
            raise TargetError("a plan has one company root; add the node under a node",
                              field="parent")
        parent = node_in(s, parent_id)
        if parent.plan_id != plan_id:
            raise TargetError("the parent node belongs to another plan", field="parent")
        if person_id is not None and s.get(Person, person_id) is None:
            raise TargetError("unknown person", field="person")
        if parent.cut is not None:
            cut = parent.cut
        elif cut is not None and parent.parent_id is not None:
            raise TargetError("a cut's member is added under the company total", field="parent")
        if cut is not None:
            cut = TargetCut(cut)
            kind, unit_id, person_id = TargetNodeKind.CUT, None, None
        if sort_order is None:
            siblings = s.scalars(select(TargetNode.sort_order).where(
                TargetNode.parent_id == parent_id, TargetNode.deleted_at.is_(None))).all()
            sort_order = max(siblings, default=-1) + 1
        node = TargetNode(plan_id=plan_id, parent_id=parent_id, name=name, kind=kind,
                          unit_id=unit_id, person_id=person_id, sort_order=sort_order,
                          split_rule=SplitRule.EVEN, cut=cut, cut_key=cut_key)
        s.add(node)
        uow.commit()
        return uow.op(node.id, undo=call(remove_node, node.id, draft_only=False))


def _subtree(s: Session, node_id: str) -> list[str]:
    out, stack = [node_id], [node_id]
    while stack:
        kids = s.scalars(select(TargetNode.id).where(TargetNode.parent_id == stack.pop(),
                                                     TargetNode.deleted_at.is_(None))).all()
        out.extend(kids)
        stack.extend(kids)
    return out


def remove_node(store: Store, node_id: str, *, draft_only: bool = True) -> Op[RemovedNodes]:
    """Soft-delete a node and its subtree (draft plans only); undo is :func:`restore_node`.

    ``draft_only`` False is the undo of adding the node, which a published plan allows too.
    """
    with store.write() as uow:
        s = uow.session
        node = node_in(s, node_id)
        if node.parent_id is None:
            raise TargetError("the company root cannot be removed", field="node")
        if draft_only:
            require_draft(plan_in(s, node.plan_id), "remove")
        ids = _subtree(s, node_id)
        now = utcnow()
        for nid in ids:
            s.get_one(TargetNode, nid).deleted_at = now
        uow.commit()
        removed = RemovedNodes(tuple(ids), now)
        return uow.op(removed, undo=call(restore_node, removed, draft_only=draft_only))


def restore_node(store: Store, removed: RemovedNodes, *, draft_only: bool = True) -> Op[None]:
    """Bring back what :func:`remove_node` removed (the same rows); undo removes them again."""
    with store.write() as uow:
        for nid in removed.node_ids:
            node = uow.session.get(TargetNode, nid)
            if node is not None and node.deleted_at == removed.deleted_at:
                node.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(remove_node, removed.node_ids[0], draft_only=draft_only))


def move_node(store: Store, node_id: str, new_parent_id: str) -> Op[str | None]:
    """Re-parent a node (drag and drop); refuses cycles. The value is the old parent id; undo
    moves it back.
    """
    with store.write() as uow:
        s = uow.session
        node = node_in(s, node_id)
        if node.parent_id is None:
            raise TargetError("the company root cannot be moved", field="node")
        target = node_in(s, new_parent_id)
        if target.plan_id != node.plan_id:
            raise TargetError("a node can only move within its own plan", field="parent")
        if target.cut != node.cut and not (target.parent_id is None and node.cut is not None):
            raise TargetError("a node stays in its own tree: the org tree and each cut are "
                              "separate", field="parent")
        require_draft(plan_in(s, node.plan_id), "move")
        anc: TargetNode | None = target
        while anc is not None:
            if anc.id == node.id:
                raise TargetError(
                    "“{node}” cannot be moved under itself or one of its own children",
                    field="parent", node=node.name)
            anc = s.get(TargetNode, anc.parent_id) if anc.parent_id else None
        old = node.parent_id
        node.parent_id = new_parent_id
        uow.commit()
        return uow.op(old, undo=call(move_node, node_id, old) if old != new_parent_id else None)


def rename_node(store: Store, node_id: str, name: str) -> Op[str]:
    """Rename a node; the value is the old name, undo renames it back."""
    name = (name or "").strip()
    if not name:
        raise TargetError("a target node needs a name", field="name")
    with store.write() as uow:
        node = node_in(uow.session, node_id)
        old = node.name
        node.name = name
        uow.commit()
        return uow.op(old, undo=call(rename_node, node_id, old) if old != name else None)


def set_split(store: Store, node_id: str, rule: str, weight: int | None = None,
              ) -> Op[tuple[str, int | None]]:
    """Set how a node splits among its children and its own typed weight (hundredths).

    The value is the old (rule, weight); undo sets them back.
    """
    try:
        rule = SplitRule(rule)
    except ValueError as exc:
        raise TargetError("unknown split rule “{rule}”", field="split_rule",
                          rule=rule) from exc
    if weight is not None and weight < 0:
        raise TargetError("a split weight cannot be negative", field="weight")
    with store.write() as uow:
        node = node_in(uow.session, node_id)
        old = (node.split_rule, node.weight)
        node.split_rule, node.weight = rule, weight
        uow.commit()
        return uow.op(old, undo=call(set_split, node_id, *old) if old != (rule, weight)
                      else None)


