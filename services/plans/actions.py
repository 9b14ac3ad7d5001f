"""The sales plan (销售计划): action items (行动计划) and their checkpoints (检查点/里程碑).

An action item belongs to a target node of a plan year and to one variant: plan A 理想线 (the ideal
line) or plan B 保底线 (the floor line), both on the same targets. It says who 负责人, what 做什么,
how 怎么做, by when 截止日期, its status, budget 预算 and resources 资源.

Every editing function is one unit of work and returns an :class:`~services.core.changes.Op`:
the value, what changed, and the inverse call. ``update_*`` give the old field values (the undo
calls the same function with them); ``create_*``/``add_*``/:func:`copy_variant` are undone by a
soft delete of the same ids (:func:`delete_rows`), whose own undo restores them
(:func:`restore`); ``delete_*`` give a :class:`Removed`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.enums import ActionStatus, PlanVariant
from models.org import Person
from models.plans import ActionCheckpoint, ActionItem
from models.targets import TargetNode
from services.core.amounts import AmountError, read_amount
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.targets.cascade import node_in, plan_in

ACTION_FIELDS = ("node_id", "variant", "owner_id", "title", "method", "due_on", "status",
                 "budget", "resources", "sort_order")
CHECKPOINT_FIELDS = ("title", "due_on", "done_on", "sort_order")
MAX_TITLE = 300


class PlanError(ValidationError):
    """A plan edit was refused; the message names the field and what is wrong."""


@dataclass(frozen=True)
class CheckpointRow:
    """A checkpoint / milestone of an action item."""

    id: str
    action_id: str
    title: str
    due_on: date | None
    done_on: date | None
    sort_order: int

    def overdue(self, today: date) -> bool:
        """Not done and its due date has passed."""
        return self.done_on is None and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class ActionRow:
    """An action item as the plan's table shows it."""

    id: str
    plan_id: str
    node_id: str
    node_name: str
    variant: str
    owner_id: str | None
    owner_name: str | None
    title: str
    method: str | None
    due_on: date | None
    status: str
    budget: Decimal
    resources: str | None
    sort_order: int
    checkpoints: tuple[CheckpointRow, ...] = ()

    def overdue(self, today: date) -> bool:
        """Not done and past its due date."""
        return self.status != ActionStatus.DONE and self.due_on is not None \
            and self.due_on < today


@dataclass(frozen=True)
class Removed:
    """What a delete soft-deleted (``kind`` "action" or "checkpoint"; action items and their
    checkpoints both), for :func:`restore`.
    """

    kind: str
    ids: tuple[str, ...]
    deleted_at: datetime


# --- validation ---------------------------------------------------------------------------


def _text(value: Any, field: str, *, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise PlanError("{name} is required", field=field, name=field)
        return None
    text = str(value).strip()
    if required and not text:
        raise PlanError("{name} cannot be empty", field=field, name=field)
    if field == "title" and len(text) > MAX_TITLE:
        raise PlanError("title is longer than {limit} characters", field=field, limit=MAX_TITLE)
    return text or None


def _clean_action(s: Session, plan_id: str, values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in ACTION_FIELDS:
            raise PlanError("unknown action item field “{key}”", field=key, key=key)
        if key == "variant":
            if value not in tuple(PlanVariant):
                raise PlanError("variant must be A (理想线) or B (保底线)", field=key)
        elif key == "status":
            if value not in tuple(ActionStatus):
                raise PlanError("unknown status “{value}”", field=key, value=value)
        elif key == "title":
            value = _text(value, "title", required=True)
        elif key in ("method", "resources"):
            value = _text(value, key)
        elif key == "budget":
            try:  # the app's one amount parser: 1.2万, ¥12,000.50
                value = read_amount(value) or Decimal(0)
            except AmountError as exc:
                raise PlanError(exc.template, field=key, **exc.params) from None
            if value != value.quantize(Decimal("0.01")):
                raise PlanError("budget must be a non-negative amount in yuan (分 at most)",
                                field=key)
        elif key == "due_on":
            if value is not None and not isinstance(value, date):
                raise PlanError("due date must be a date", field=key)
        elif key == "node_id":
            if node_in(s, value).plan_id != plan_id:
                raise PlanError("the target node belongs to another plan", field=key)
        elif key == "owner_id":
            if value is not None:
                person = s.get(Person, value)
                if person is None or person.deleted_at is not None:
                    raise PlanError("the owner no longer exists", field=key)
        out[key] = value
    return out


def _action_in(s: Session, action_id: str) -> ActionItem:
    item = s.get(ActionItem, action_id)
    if item is None or item.deleted_at is not None:
        raise PlanError("this action item no longer exists", field="action")
    return item


def _checkpoint_in(s: Session, checkpoint_id: str) -> ActionCheckpoint:
    cp = s.get(ActionCheckpoint, checkpoint_id)
    if cp is None or cp.deleted_at is not None:
        raise PlanError("this checkpoint no longer exists", field="checkpoint")
    return cp


# --- action items -------------------------------------------------------------------------


def create_action(store: Store, plan_id: str, node_id: str, title: str, **fields: Any
                  ) -> Op[str]:
    """A new action item (variant A and status todo unless given); the value is its id.

    Undo: :func:`delete_action` of that id.
    """
    with store.write() as uow:
        item = add_action_in(uow.session, plan_id, node_id, title, **fields)
        uow.commit()
        return uow.op(item.id, undo=call(delete_action, item.id))


def add_action_in(s: Session, plan_id: str, node_id: str, title: str, **fields: Any
                  ) -> ActionItem:
    """Add a checked action item in an open unit of work (for a writer that makes it together
    with records of its own, like a review's decisions); flushed, so its id is set.
    """
    plan_in(s, plan_id)
    values = _clean_action(s, plan_id, {"node_id": node_id, "title": title, **fields})
    if "sort_order" not in values:
        last = s.scalars(select(ActionItem.sort_order).where(
            ActionItem.plan_id == plan_id, ActionItem.deleted_at.is_(None))
            .order_by(ActionItem.sort_order.desc()).limit(1)).first()
        values["sort_order"] = (last or 0) + 1
    values.setdefault("variant", PlanVariant.A.value)
    values.setdefault("status", ActionStatus.TODO.value)
    values.setdefault("budget", Decimal(0))
    item = ActionItem(plan_id=plan_id, **values)
    s.add(item)
    s.flush()
    return item


def update_action(store: Store, action_id: str, **fields: Any) -> Op[dict[str, Any]]:
    """Change some fields; the value is their old values (the undo writes them back)."""
    with store.write() as uow:
        s = uow.session
        item = _action_in(s, action_id)
        values = _clean_action(s, item.plan_id, fields)
        old = {k: getattr(item, k) for k in values}
        for k, v in values.items():
            setattr(item, k, v)
        uow.commit()
        return uow.op(old, undo=call(update_action, action_id, **old))


def _soft_delete(s: Session, ids: Iterable[str], now: datetime) -> list[str]:
    """Soft-delete the live action items and checkpoints among ``ids``; returns those deleted."""
    done = []
    for rid in ids:
        row = s.get(ActionItem, rid) or s.get(ActionCheckpoint, rid)
        if row is not None and row.deleted_at is None:
            row.deleted_at = now
            done.append(rid)
    return done


def delete_action(store: Store, action_id: str) -> Op[Removed]:
    """Soft-delete an action item and its checkpoints (undo: :func:`restore`)."""
    now = utcnow()
    with store.write() as uow:
        s = uow.session
        item = _action_in(s, action_id)
        ids = [item.id, *s.scalars(select(ActionCheckpoint.id).where(
            ActionCheckpoint.action_id == action_id, ActionCheckpoint.deleted_at.is_(None)))]
        removed = Removed("action", tuple(_soft_delete(s, ids, now)), now)
        uow.commit()
        return uow.op(removed, undo=call(restore, removed))


def delete_rows(store: Store, kind: str, ids: Iterable[str]) -> Op[Removed]:
    """Soft-delete exactly these action items and checkpoints (those still live): the undo of
    a creation or a restore, so the same ids come back on redo. Undo: :func:`restore`.
    """
    now = utcnow()
    with store.write() as uow:
        removed = Removed(kind, tuple(_soft_delete(uow.session, ids, now)), now)
        uow.commit()
        return uow.op(removed, undo=call(restore, removed))


def restore(store: Store, removed: Removed) -> Op[None]:
    """Undo a delete: bring back exactly the rows it removed (undo: delete them again)."""
    back = []
    with store.write() as uow:
        s = uow.session
        for rid in removed.ids:
            row = s.get(ActionItem, rid) or s.get(ActionCheckpoint, rid)
            if row is not None and row.deleted_at == removed.deleted_at:
                row.deleted_at = None
                back.append(rid)
        uow.commit()
        return uow.op(None, undo=call(delete_rows, removed.kind, tuple(back)))


def _checkpoint_row(cp: ActionCheckpoint) -> CheckpointRow:
    return CheckpointRow(cp.id, cp.action_id, cp.title, cp.due_on, cp.done_on, cp.sort_order)


def list_actions(store: Store, plan_id: str, *, node_id: str | None = None,
                 variant: str | None = None, owner_id: str | None = None,
                 status: str | Iterable[str] | None = None) -> list[ActionRow]:
    """The plan's action items (filters optional), by due date then order, with checkpoints."""
    with store.read() as uow:
        s = uow.session
        q = (select(ActionItem, TargetNode.name, Person.name)
             .join(TargetNode, TargetNode.id == ActionItem.node_id)
             .outerjoin(Person, Person.id == ActionItem.owner_id)
             .where(ActionItem.plan_id == plan_id, ActionItem.deleted_at.is_(None)))
        if node_id is not None:
            q = q.where(ActionItem.node_id == node_id)
        if variant is not None:
            q = q.where(ActionItem.variant == variant)
        if owner_id is not None:
            q = q.where(ActionItem.owner_id == owner_id)
        if status is not None:
            q = q.where(ActionItem.status.in_([status] if isinstance(status, str) else status))
        rows = s.execute(q.order_by(ActionItem.sort_order, ActionItem.created_at)).all()
        ids = [item.id for item, _n, _o in rows]
        cps: dict[str, list[CheckpointRow]] = {}
        for start in range(0, len(ids), 500):
            for cp in s.scalars(select(ActionCheckpoint).where(
                    ActionCheckpoint.action_id.in_(ids[start:start + 500]),
                    ActionCheckpoint.deleted_at.is_(None))
                    .order_by(ActionCheckpoint.sort_order, ActionCheckpoint.due_on)):
                cps.setdefault(cp.action_id, []).append(_checkpoint_row(cp))
        return [ActionRow(i.id, i.plan_id, i.node_id, node_name, i.variant, i.owner_id,
                          owner_name, i.title, i.method, i.due_on, i.status,
                          Decimal(i.budget or 0), i.resources, i.sort_order,
                          tuple(cps.get(i.id, ())))
                for i, node_name, owner_name in rows]


def get_action(store: Store, action_id: str) -> ActionRow:
    """One action item with its checkpoints."""
    with store.read() as uow:
        plan_id = _action_in(uow.session, action_id).plan_id
    return next(a for a in list_actions(store, plan_id) if a.id == action_id)


def copy_variant(store: Store, plan_id: str, source: str = "A", target: str = "B"
                 ) -> Op[list[str]]:
    """Copy every action item (and checkpoint) of one variant to the other; the value is the
    new items' ids.

    Undo: :func:`delete_rows` of the new items and checkpoints.
    """
    if {source, target} != {"A", "B"}:
        raise PlanError("copy from A to B or from B to A", field="variant")
    items = list_actions(store, plan_id, variant=source)
    new_ids: list[str] = []
    every: list[str] = []
    with store.write() as uow:
        s = uow.session
        for a in items:
            item = ActionItem(plan_id=plan_id, node_id=a.node_id, variant=target,
                              owner_id=a.owner_id, title=a.title, method=a.method,
                              due_on=a.due_on, status=ActionStatus.TODO.value, budget=a.budget,
                              resources=a.resources, sort_order=a.sort_order)
            s.add(item)
            s.flush()
            new_ids.append(item.id)
            for cp in a.checkpoints:
                copy = ActionCheckpoint(action_id=item.id, title=cp.title, due_on=cp.due_on,
                                        done_on=None, sort_order=cp.sort_order)
                s.add(copy)
                s.flush()
                every.append(copy.id)
        uow.commit()
        return uow.op(new_ids, undo=call(delete_rows, "action", (*new_ids, *every)))


# --- checkpoints --------------------------------------------------------------------------


def _clean_checkpoint(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in CHECKPOINT_FIELDS:
            raise PlanError("unknown checkpoint field “{key}”", field=key, key=key)
        if key == "title":
            value = _text(value, "title", required=True)
        elif key in ("due_on", "done_on") and value is not None and not isinstance(value, date):
            raise PlanError("{key} must be a date", field=key, key=key)
        out[key] = value
    return out


def add_checkpoint(store: Store, action_id: str, title: str, due_on: date | None = None,
                   **fields: Any) -> Op[str]:
    """A new checkpoint of an action item; the value is its id (undo:
    :func:`delete_checkpoint`).
    """
    values = _clean_checkpoint({"title": title, "due_on": due_on, **fields})
    with store.write() as uow:
        s = uow.session
        _action_in(s, action_id)
        if "sort_order" not in values:
            n = len(s.scalars(select(ActionCheckpoint.id).where(
                ActionCheckpoint.action_id == action_id)).all())
            values["sort_order"] = n + 1
        cp = ActionCheckpoint(action_id=action_id, **values)
        s.add(cp)
        uow.commit()
        return uow.op(cp.id, undo=call(delete_checkpoint, cp.id))


def update_checkpoint(store: Store, checkpoint_id: str, **fields: Any) -> Op[dict[str, Any]]:
    """Change some fields (``done_on`` marks it done); the value is the old values (the undo
    writes them back).
    """
    values = _clean_checkpoint(fields)
    with store.write() as uow:
        cp = _checkpoint_in(uow.session, checkpoint_id)
        old = {k: getattr(cp, k) for k in values}
        for k, v in values.items():
            setattr(cp, k, v)
        uow.commit()
        return uow.op(old, undo=call(update_checkpoint, checkpoint_id, **old))


def delete_checkpoint(store: Store, checkpoint_id: str) -> Op[Removed]:
    """Soft-delete one checkpoint (undo: :func:`restore`)."""
    now = utcnow()
    with store.write() as uow:
        _checkpoint_in(uow.session, checkpoint_id).deleted_at = now
        removed = Removed("checkpoint", (checkpoint_id,), now)
        uow.commit()
        return uow.op(removed, undo=call(restore, removed))


@dataclass(frozen=True)
class OverdueCheckpoint:
    """A checkpoint past its due date with its action item's title and owner."""

    checkpoint: CheckpointRow
    action_id: str
    action_title: str
    owner_id: str | None


def overdue_checkpoints(store: Store, today: date, *, plan_id: str | None = None,
                        owner_id: str | None = None) -> list[OverdueCheckpoint]:
    """Checkpoints not done whose due date is before ``today``, earliest first."""
    with store.read() as uow:
        q = (select(ActionCheckpoint, ActionItem.title, ActionItem.owner_id)
             .join(ActionItem, ActionItem.id == ActionCheckpoint.action_id)
             .where(ActionCheckpoint.deleted_at.is_(None), ActionItem.deleted_at.is_(None),
                    ActionCheckpoint.done_on.is_(None), ActionCheckpoint.due_on < today))
        if plan_id is not None:
            q = q.where(ActionItem.plan_id == plan_id)
        if owner_id is not None:
            q = q.where(ActionItem.owner_id == owner_id)
        rows = uow.session.execute(q.order_by(ActionCheckpoint.due_on)).all()
        return [OverdueCheckpoint(_checkpoint_row(cp), cp.action_id, title, owner)
                for cp, title, owner in rows]
