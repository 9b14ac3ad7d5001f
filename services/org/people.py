"""Org queries the shell needs: the people list for "I am …" and owner pickers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from models.org import OrgUnit, Person

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
    """Everyone on the team (not deleted), active people first, then by name.

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
    people.sort(key=lambda p: (not p.active, p.name))
    return people


def person_names(store: Store) -> dict[str, str]:
    """Every person's name by id (deleted and inactive people too: old records name them)."""
    with store.read() as uow:
        return {pid: name for pid, name in uow.session.execute(select(Person.id, Person.name))}


def create_unit(store: Store, name: str, kind: str, parent_id: str | None = None,
                sort_order: int = 0) -> str:
    """Add an org unit (the company root has no parent); returns its id."""
    unit = OrgUnit(name=name, kind=kind, parent_id=parent_id, sort_order=sort_order)
    with store.write() as uow:
        uow.session.add(unit)
        uow.session.flush()
        unit_id = unit.id
        uow.commit()
    return unit_id


def create_person(store: Store, name: str, unit_id: str, *, role: str = "rep",
                  capacity_tier: str = "intermediate", active_from: date | None = None,
                  active_to: date | None = None, email: str | None = None) -> str:
    """Add a person to a unit; returns their id."""
    person = Person(name=name, unit_id=unit_id, role=role, capacity_tier=capacity_tier,
                    active_from=active_from or date.today(), active_to=active_to, email=email)
    with store.write() as uow:
        uow.session.add(person)
        uow.session.flush()
        person_id = person.id
        uow.commit()
    return person_id
