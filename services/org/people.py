"""Org queries the shell needs (the people list for "I am …" and owner pickers) and adding,
removing and restoring units and people; every write returns an ``Op``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.base import utcnow
from models.org import OrgUnit, Person
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.text import name_key

if TYPE_CHECKING:
    from services.core.store import Store


@dataclass(frozen=True)
class PersonRow:
    """A person as lists show them."""

    id: str
    name: str
    role: str
    unit_id: str
    unit_name: str
    active: bool


def list_people(store: Store, *, include_inactive: bool = False,
                today: date | None = None) -> list[PersonRow]:
    """Everyone on the team (not deleted), active people first, then by name (pinyin order).

    A person is active when ``today`` lies within ``active_from``…``active_to``.
    """
    today = today or date.today()
    stmt = (
        select(Person.id, Person.name, Person.role, Person.unit_id, OrgUnit.name,
               Person.active_from, Person.active_to)
        .join(OrgUnit, OrgUnit.id == Person.unit_id)
        .where(Person.deleted_at.is_(None))
    )
    with store.read() as uow:
        rows = uow.session.execute(stmt).all()
    people = [
        PersonRow(id=pid, name=name, role=role, unit_id=unit_id, unit_name=unit_name,
                  active=(start <= today and (end is None or end >= today)))
        for pid, name, role, unit_id, unit_name, start, end in rows
    ]
    if not include_inactive:
        people = [p for p in people if p.active]
    people.sort(key=lambda p: (not p.active, name_key(p.name)))
    return people


def person_names(store: Store) -> dict[str, str]:
    """Every person's name by id (deleted and inactive people too: old records name them)."""
    with store.read() as uow:
        return {pid: name for pid, name in uow.session.execute(select(Person.id, Person.name))}


def firm_name(store: Store) -> str | None:
    """The firm's name: its company org unit (the root of the org tree), None without one."""
    with store.read() as uow:
        return uow.session.scalars(
            select(OrgUnit.name).where(OrgUnit.parent_id.is_(None), OrgUnit.deleted_at.is_(None))
            .order_by(OrgUnit.sort_order, OrgUnit.name).limit(1)).first()


def create_unit(store: Store, name: str, kind: str, parent_id: str | None = None,
                sort_order: int = 0) -> Op[str]:
    """Add an org unit (the company root has no parent); the value is its id.

    Undone by :func:`delete_unit` of the same id.
    """
    unit = OrgUnit(name=name, kind=kind, parent_id=parent_id, sort_order=sort_order)
    with store.write() as uow:
        uow.session.add(unit)
        uow.session.flush()
        unit_id = unit.id
        uow.commit()
        return uow.op(unit_id, undo=call(delete_unit, unit_id))


def delete_unit(store: Store, unit_id: str) -> Op[str]:
    """Soft-delete an org unit that no longer has people or sub-units; undone by
    :func:`restore_unit` of the same id.
    """
    with store.write() as uow:
        s = uow.session
        busy = s.scalar(select(Person.id).where(Person.unit_id == unit_id,
                                                Person.deleted_at.is_(None)).limit(1)) or \
            s.scalar(select(OrgUnit.id).where(OrgUnit.parent_id == unit_id,
                                              OrgUnit.deleted_at.is_(None)).limit(1))
        if busy is not None:
            raise ValidationError("The unit still has people or sub-units.", field="unit_id")
        _set_deleted(s, OrgUnit, unit_id, utcnow())
        uow.commit()
        return uow.op(unit_id, undo=call(restore_unit, unit_id))


def restore_unit(store: Store, unit_id: str) -> Op[str]:
    """Bring back a deleted org unit (same id); undone by :func:`delete_unit`."""
    with store.write() as uow:
        _set_deleted(uow.session, OrgUnit, unit_id, None)
        uow.commit()
        return uow.op(unit_id, undo=call(delete_unit, unit_id))


def create_person(store: Store, name: str, unit_id: str, *, role: str = "rep",
                  capacity_tier: str = "intermediate", active_from: date | None = None,
                  active_to: date | None = None, email: str | None = None) -> Op[str]:
    """Add a person to a unit; the value is their id. Undone by :func:`delete_person`."""
    person = Person(name=name, unit_id=unit_id, role=role, capacity_tier=capacity_tier,
                    active_from=active_from or date.today(), active_to=active_to, email=email)
    with store.write() as uow:
        uow.session.add(person)
        uow.session.flush()
        person_id = person.id
        uow.commit()
        return uow.op(person_id, undo=call(delete_person, person_id))


def delete_person(store: Store, person_id: str) -> Op[str]:
    """Soft-delete a person (records they own keep pointing at them); undone by
    :func:`restore_person` of the same id.
    """
    with store.write() as uow:
        _set_deleted(uow.session, Person, person_id, utcnow())
        uow.commit()
        return uow.op(person_id, undo=call(restore_person, person_id))


def restore_person(store: Store, person_id: str) -> Op[str]:
    """Bring back a deleted person (same id); undone by :func:`delete_person`."""
    with store.write() as uow:
        _set_deleted(uow.session, Person, person_id, None)
        uow.commit()
        return uow.op(person_id, undo=call(delete_person, person_id))


def _set_deleted(session: Session, model: Any, row_id: str, when: datetime | None) -> None:
    found = session.execute(select(model.id, model.deleted_at).where(model.id == row_id)).first()
    if found is None or (found[1] is None) == (when is None):
        state = "missing" if found is None else "already deleted" if when else "not deleted"
        raise ValidationError(f"{model.__name__} {row_id} is {state}.")
    session.execute(update(model).where(model.id == row_id)
                    .values(deleted_at=when, updated_at=utcnow()))
