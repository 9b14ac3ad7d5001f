"""The org tree (组织架构) as the org editor and ``org`` command work on it.

A query, :func:`unit_tree`, gives every live unit in tree order with its people counts; the
writes add, rename, move (re-parent), merge and close units. Every write is one unit of work and
returns an :class:`~services.core.changes.Op` whose inverse is another call of this module:

- :func:`add_unit` is undone by :func:`services.org.people.delete_unit` of the same id;
- :func:`rename_unit` / :func:`move_unit` by themselves with the old name / parent;
- :func:`merge_unit` (A into B: A's people, sub-units, customers, target nodes and products
  go to B and A is removed) by :func:`unmerge_unit`, which brings A back and moves exactly the
  rows the merge moved back to it;
- :func:`close_unit` / :func:`reopen_unit` by each other.

Refusals are :class:`~services.core.errors.ValidationError` with constant English templates
(translated by ``gui/org/error_texts.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from models.base import utcnow
from models.customers import Customer
from models.enums import UnitKind
from models.org import OrgUnit, Person
from models.pipeline import Product
from models.targets import TargetNode
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.text import trim
from services.org.people import delete_unit

if TYPE_CHECKING:
    from services.core.store import Store

NAME_LIMIT = 200
UNIT_KINDS = tuple(k.value for k in UnitKind)

#: What points at an org unit besides its sub-units, moved by a merge: (model, column name).
UNIT_REFERENCES: tuple[tuple[Any, str], ...] = (
    (Person, "unit_id"),
    (OrgUnit, "parent_id"),
    (Customer, "unit_id"),
    (TargetNode, "unit_id"),
    (Product, "unit_id"),
)


@dataclass(frozen=True)
class UnitInfo:
    """One unit of the tree, in depth-first order.

    ``people`` counts the active people in the unit itself, ``people_total`` those in it and
    every unit below it; ``closed_on`` is set for a closed unit.
    """

    id: str
    name: str
    kind: str
    parent_id: str | None
    depth: int
    sort_order: int
    closed_on: date | None
    people: int
    people_total: int

    @property
    def closed(self) -> bool:
        """Whether the unit is closed (it keeps its history but takes nobody new)."""
        return self.closed_on is not None


def _active(today: date) -> Any:
    return (Person.deleted_at.is_(None), Person.active_from <= today,
            or_(Person.active_to.is_(None), Person.active_to >= today))


def unit_tree(store: Store, today: date | None = None) -> list[UnitInfo]:
    """Every live unit, depth first (siblings by sort order, then name), with people counts."""
    today = today or date.today()
    with store.read() as uow:
        s = uow.session
        rows = s.execute(select(OrgUnit.id, OrgUnit.name, OrgUnit.kind, OrgUnit.parent_id,
                                OrgUnit.sort_order, OrgUnit.closed_on)
                         .where(OrgUnit.deleted_at.is_(None))).all()
        counts = dict(s.execute(select(Person.unit_id, func.count(Person.id))
                                .where(*_active(today)).group_by(Person.unit_id)).all())
    live = {r.id for r in rows}
    children: dict[str | None, list[Any]] = {}
    for r in rows:
        parent = r.parent_id if r.parent_id in live else None
        children.setdefault(parent, []).append(r)
    for kids in children.values():
        kids.sort(key=lambda r: (r.sort_order, r.name))
    out: list[UnitInfo] = []

    def walk(parent: str | None, depth: int) -> int:
        total = 0
        for r in children.get(parent, []):
            at = len(out)
            out.append(UnitInfo(r.id, r.name, r.kind, r.parent_id if r.parent_id in live else
                                None, depth, r.sort_order, r.closed_on, counts.get(r.id, 0), 0))
            below = walk(r.id, depth + 1) + counts.get(r.id, 0)
            info = out[at]
            out[at] = UnitInfo(info.id, info.name, info.kind, info.parent_id, info.depth,
                               info.sort_order, info.closed_on, info.people, below)
            total += below
        return total

    walk(None, 0)
    return out


def subtree_ids(session: Session, unit_id: str) -> list[str]:
    """``unit_id`` and every live unit below it."""
    rows = session.execute(select(OrgUnit.id, OrgUnit.parent_id)
                           .where(OrgUnit.deleted_at.is_(None))).all()
    children: dict[str, list[str]] = {}
    for uid, parent in rows:
        if parent is not None:
            children.setdefault(parent, []).append(uid)
    out, todo = [], [unit_id]
    while todo:
        uid = todo.pop()
        out.append(uid)
        todo += children.get(uid, [])
    return out


def live_unit(session: Session, unit_id: str | None) -> OrgUnit:
    """The live unit ``unit_id`` (refused when missing or deleted)."""
    unit = session.get(OrgUnit, unit_id) if unit_id else None
    if unit is None or unit.deleted_at is not None:
        raise ValidationError("this org unit no longer exists", field="unit")
    return unit


def clean_unit_name(name: Any) -> str:
    """A unit name without invisible edges; refused when empty or too long."""
    text = trim(str(name or ""))
    if not text:
        raise ValidationError("a unit needs a name", field="name")
    if len(text) > NAME_LIMIT:
        raise ValidationError("a unit name is at most {limit} characters", field="name",
                              limit=NAME_LIMIT)
    return text


def _check_sibling_name(session: Session, parent_id: str | None, name: str,
                        except_id: str | None = None) -> None:
    taken = session.scalar(select(OrgUnit.id).where(
        OrgUnit.deleted_at.is_(None), OrgUnit.name == name,
        OrgUnit.parent_id.is_(None) if parent_id is None else OrgUnit.parent_id == parent_id,
        OrgUnit.id != (except_id or "")).limit(1))
    if taken is not None:
        raise ValidationError("there already is a unit called “{name}” here", field="name",
                              name=name)


def _open_parent(session: Session, parent_id: str) -> OrgUnit:
    parent = live_unit(session, parent_id)
    if parent.closed_on is not None:
        raise ValidationError("“{name}” is closed and takes no new units", field="parent",
                              name=parent.name)
    return parent


def add_unit(store: Store, name: str, kind: str, parent_id: str | None) -> Op[str]:
    """Add a unit under ``parent_id`` (any depth); the value is its id.

    Only the company root has no parent, and there is one root. Undone by
    :func:`services.org.people.delete_unit` of the same id.
    """
    text = clean_unit_name(name)
    if kind not in UNIT_KINDS:
        raise ValidationError("unknown unit kind “{kind}”", field="kind", kind=kind)
    with store.write() as uow:
        s = uow.session
        if parent_id is None:
            if kind != UnitKind.COMPANY:
                raise ValidationError("a unit other than the company needs a parent unit",
                                      field="parent")
            root = s.scalar(select(OrgUnit.id).where(OrgUnit.parent_id.is_(None),
                                                     OrgUnit.deleted_at.is_(None)).limit(1))
            if root is not None:
                raise ValidationError("the firm already has its company unit", field="kind")
        else:
            if kind == UnitKind.COMPANY:
                raise ValidationError("only the top of the tree is the company", field="kind")
            _open_parent(s, parent_id)
        _check_sibling_name(s, parent_id, text)
        last = s.scalar(select(func.max(OrgUnit.sort_order)).where(
            OrgUnit.parent_id == parent_id, OrgUnit.deleted_at.is_(None)))
        unit = OrgUnit(name=text, kind=kind, parent_id=parent_id,
                       sort_order=(last + 1) if last is not None else 0)
        s.add(unit)
        s.flush()
        unit_id = unit.id
        uow.commit()
        return uow.op(unit_id, undo=call(delete_unit, unit_id))


def rename_unit(store: Store, unit_id: str, name: str) -> Op[str]:
    """Give a unit a new name; the value is the old name (the inverse renames back)."""
    text = clean_unit_name(name)
    with store.write() as uow:
        s = uow.session
        unit = live_unit(s, unit_id)
        old = unit.name
        if old == text:
            return uow.op(old)
        _check_sibling_name(s, unit.parent_id, text, except_id=unit_id)
        unit.name = text
        uow.commit()
        return uow.op(old, undo=call(rename_unit, unit_id, old))


def set_unit_kind(store: Store, unit_id: str, kind: str) -> Op[str]:
    """Change what a unit is (区域, 渠道, 团队…); the company root stays the company.

    The value is the old kind (the inverse sets it back).
    """
    if kind not in UNIT_KINDS:
        raise ValidationError("unknown unit kind “{kind}”", field="kind", kind=kind)
    with store.write() as uow:
        unit = live_unit(uow.session, unit_id)
        if (unit.parent_id is None) != (kind == UnitKind.COMPANY):
            raise ValidationError("only the top of the tree is the company", field="kind")
        old = unit.kind
        if old == kind:
            return uow.op(old)
        unit.kind = kind
        uow.commit()
        return uow.op(old, undo=call(set_unit_kind, unit_id, old))


def move_unit(store: Store, unit_id: str, parent_id: str,
              sort_order: int | None = None) -> Op[str | None]:
    """Re-parent a unit (with everything below it) under ``parent_id``.

    Refused for the company root, for a move under the unit itself or one of its sub-units, and
    under a closed unit. The new place is last among the new siblings unless ``sort_order`` is
    given. The value is the old parent; the inverse moves it back to its old place.
    """
    with store.write() as uow:
        s = uow.session
        unit = live_unit(s, unit_id)
        if unit.parent_id is None:
            raise ValidationError("the company unit is the top of the tree and cannot move",
                                  field="unit")
        if parent_id in subtree_ids(s, unit_id):
            raise ValidationError("“{name}” cannot move under itself or one of its sub-units",
                                  field="parent", name=unit.name)
        parent = _open_parent(s, parent_id)
        old_parent, old_order = unit.parent_id, unit.sort_order
        if old_parent == parent_id and (sort_order is None or sort_order == old_order):
            return uow.op(old_parent)
        if old_parent != parent_id:
            _check_sibling_name(s, parent_id, unit.name, except_id=unit_id)
        if sort_order is None:
            last = s.scalar(select(func.max(OrgUnit.sort_order)).where(
                OrgUnit.parent_id == parent.id, OrgUnit.deleted_at.is_(None),
                OrgUnit.id != unit_id))
            sort_order = (last + 1) if last is not None else 0
        unit.parent_id = parent.id
        unit.sort_order = sort_order
        uow.commit()
        return uow.op(old_parent, undo=call(move_unit, unit_id, old_parent, old_order))


@dataclass(frozen=True)
class MergeResult:
    """What :func:`merge_unit` moved from the merged unit, by table: ``(table, column)`` → ids."""

    moved: tuple[tuple[str, str, tuple[str, ...]], ...]

    def count(self, table: str) -> int:
        """How many rows of ``table`` were moved."""
        return sum(len(ids) for t, _c, ids in self.moved if t == table)


def merge_unit(store: Store, unit_id: str, into_id: str) -> Op[MergeResult]:
    """Merge unit A (``unit_id``) into unit B (``into_id``) and remove A.

    A's people, sub-units, customers, target nodes and products then belong to B. Refused for
    the company root, a merge of a unit into itself or into one of its own sub-units, and into
    a closed unit. Undone by :func:`unmerge_unit`.
    """
    with store.write() as uow:
        s = uow.session
        unit = live_unit(s, unit_id)
        into = live_unit(s, into_id)
        if unit.parent_id is None:
            raise ValidationError("the company unit cannot be merged into another unit",
                                  field="unit")
        if into_id in subtree_ids(s, unit_id):
            raise ValidationError("“{name}” cannot be merged into itself or one of its "
                                  "sub-units", field="into", name=unit.name)
        if into.closed_on is not None:
            raise ValidationError("“{name}” is closed and takes no new units", field="into",
                                  name=into.name)
        kept = set(s.scalars(select(OrgUnit.name).where(OrgUnit.parent_id == into_id,
                                                        OrgUnit.deleted_at.is_(None))))
        clash = sorted(kept & set(s.scalars(select(OrgUnit.name).where(
            OrgUnit.parent_id == unit_id, OrgUnit.deleted_at.is_(None)))))
        if clash:
            raise ValidationError("“{into}” already has a unit called “{name}”; rename one of "
                                  "them first", field="into", into=into.name, name=clash[0])
        moved = []
        now = utcnow()
        for model, column in UNIT_REFERENCES:
            col = getattr(model, column)
            ids = tuple(s.scalars(select(model.id).where(col == unit_id,
                                                         model.deleted_at.is_(None))))
            if ids:
                _repoint(s, model, column, ids, into_id)
                moved.append((model.__tablename__, column, ids))
        s.execute(update(OrgUnit).where(OrgUnit.id == unit_id)
                  .values(deleted_at=now, updated_at=now))
        uow.commit()
        result = MergeResult(tuple(moved))
        return uow.op(result, undo=call(unmerge_unit, unit_id, into_id, result))


def unmerge_unit(store: Store, unit_id: str, into_id: str, merged: MergeResult) -> Op[None]:
    """Undo :func:`merge_unit`: bring unit A back and move the rows the merge moved back to it
    (those still pointing at B). Undone by merging again.
    """
    with store.write() as uow:
        s = uow.session
        unit = s.get(OrgUnit, unit_id)
        if unit is None or unit.deleted_at is None:
            raise ValidationError("this org unit no longer exists", field="unit")
        s.execute(update(OrgUnit).where(OrgUnit.id == unit_id)
                  .values(deleted_at=None, updated_at=utcnow()))
        tables = {model.__tablename__: model for model, _c in UNIT_REFERENCES}
        for table, column, ids in merged.moved:
            model = tables[table]
            still = tuple(s.scalars(select(model.id).where(model.id.in_(ids),
                                                           getattr(model, column) == into_id)))
            if still:
                _repoint(s, model, column, still, unit_id)
        uow.commit()
        return uow.op(None, undo=call(merge_unit, unit_id, into_id))


def _repoint(session: Session, model: Any, column: str, ids: tuple[str, ...],
             target: str) -> None:
    for start in range(0, len(ids), 500):
        session.execute(update(model).where(model.id.in_(ids[start:start + 500]))
                        .values({column: target, "updated_at": utcnow()}))


def close_unit(store: Store, unit_id: str, on: date | None = None) -> Op[date | None]:
    """Close a unit on ``on`` (default today): it keeps its history and takes nothing new.

    Refused for the company root, while anyone in it is still active on that day (move them or
    set their left date first), and while a sub-unit is still open. The value is the previous
    closing date; undone by :func:`reopen_unit`.
    """
    on = on or date.today()
    with store.write() as uow:
        s = uow.session
        unit = live_unit(s, unit_id)
        if unit.parent_id is None:
            raise ValidationError("the company unit cannot be closed", field="unit")
        if unit.closed_on is not None:
            raise ValidationError("“{name}” is already closed", field="unit", name=unit.name)
        staying = s.scalars(select(Person.name).where(
            Person.unit_id == unit_id, Person.deleted_at.is_(None),
            or_(Person.active_to.is_(None), Person.active_to >= on)).order_by(Person.name)).all()
        if staying:
            raise ValidationError("“{name}” still has active people ({people}); move them or "
                                  "set the day they left first", field="unit", name=unit.name,
                                  people="、".join(staying[:5]) + ("…" if len(staying) > 5
                                                                  else ""))
        open_kids = s.scalar(select(func.count(OrgUnit.id)).where(
            OrgUnit.parent_id == unit_id, OrgUnit.deleted_at.is_(None),
            OrgUnit.closed_on.is_(None)))
        if open_kids:
            raise ValidationError("“{name}” still has open sub-units; close or move them first",
                                  field="unit", name=unit.name)
        unit.closed_on = on
        uow.commit()
        return uow.op(None, undo=call(reopen_unit, unit_id))


def reopen_unit(store: Store, unit_id: str) -> Op[date | None]:
    """Open a closed unit again; the value is the day it had been closed (undone by closing it
    on that day again).
    """
    with store.write() as uow:
        s = uow.session
        unit = live_unit(s, unit_id)
        old = unit.closed_on
        if old is None:
            return uow.op(None)
        parent = s.get(OrgUnit, unit.parent_id) if unit.parent_id else None
        if parent is not None and parent.closed_on is not None:
            raise ValidationError("“{name}” is closed and takes no new units", field="parent",
                                  name=parent.name)
        unit.closed_on = None
        uow.commit()
        return uow.op(old, undo=call(close_unit, unit_id, old))
