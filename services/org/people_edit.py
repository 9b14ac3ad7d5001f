"""People as the org editor and ``people`` command see and edit them.

:func:`list_unit_people` gives every field of the people of a unit (and its sub-units);
:func:`add_person` and :func:`edit_person` validate and write them. Each write is one unit of
work returning an :class:`~services.core.changes.Op`: a new person is undone by
:func:`services.org.people.delete_person` of the same id, an edit by :func:`edit_person` with
the old values.

Roles (:class:`models.enums.Role`): owner 老板/管理员, director 销售总监,
manager 销售经理, rep 一线销售, analyst 数据分析岗; capacity tiers: novice 新手,
intermediate 中级, senior 资深. A person is active from ``active_from`` (start date) to
``active_to`` (the day they left, None while they stay).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from models.enums import CapacityTier, Role
from models.org import OrgUnit, Person
from services.core.changes import Op, call
from services.core.conflicts import check_base, locked
from services.core.errors import ValidationError
from services.core.text import name_key, trim
from services.org.people import delete_person
from services.org.units import live_unit, subtree_ids

if TYPE_CHECKING:
    from services.core.store import Store

ROLES = tuple(r.value for r in Role)
TIERS = tuple(t.value for t in CapacityTier)
FIELDS = ("name", "phone", "email", "unit_id", "role", "capacity_tier", "manager_id",
          "active_from", "active_to")
"""The fields :func:`edit_person` changes."""

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LIMITS = {"name": 100, "phone": 50, "email": 200}
_TOO_LONG = {"name": "a name is at most {limit} characters",
             "phone": "a phone number is at most {limit} characters",
             "email": "an e-mail address is at most {limit} characters"}


@dataclass(frozen=True)
class PersonInfo:
    """Everything the org editor shows of a person."""

    id: str
    name: str
    phone: str | None
    email: str | None
    unit_id: str
    unit_name: str
    role: str
    capacity_tier: str
    manager_id: str | None
    manager_name: str | None
    active_from: date
    active_to: date | None
    active: bool

    def values(self) -> dict[str, Any]:
        """The editable fields, as :func:`edit_person` takes them."""
        return {f: getattr(self, f) for f in FIELDS}


def _is_active(start: date, end: date | None, today: date) -> bool:
    return start <= today and (end is None or end >= today)


def list_unit_people(store: Store, unit_id: str | None = None, *, subunits: bool = True,
                     include_left: bool = False, today: date | None = None
                     ) -> list[PersonInfo]:
    """The people of ``unit_id`` (every unit when None; with its sub-units when ``subunits``),
    active people first, then by name. People who left (or not started yet) only with
    ``include_left``.
    """
    today = today or date.today()
    boss = aliased(Person)
    stmt = (select(Person, OrgUnit.name, boss.name)
            .join(OrgUnit, OrgUnit.id == Person.unit_id)
            .outerjoin(boss, boss.id == Person.manager_id)
            .where(Person.deleted_at.is_(None)))
    with store.read() as uow:
        s = uow.session
        if unit_id is not None:
            units = subtree_ids(s, unit_id) if subunits else [unit_id]
            stmt = stmt.where(Person.unit_id.in_(units))
        rows = [PersonInfo(p.id, p.name, p.phone, p.email, p.unit_id, unit_name, p.role,
                           p.capacity_tier, p.manager_id, manager, p.active_from, p.active_to,
                           _is_active(p.active_from, p.active_to, today))
                for p, unit_name, manager in s.execute(stmt)]
    if not include_left:
        rows = [p for p in rows if p.active]
    rows.sort(key=lambda p: (not p.active, name_key(p.name)))
    return rows


def get_person(store: Store, person_id: str, today: date | None = None) -> PersonInfo:
    """One person's fields (refused when they no longer exist)."""
    for p in list_unit_people(store, include_left=True, today=today):
        if p.id == person_id:
            return p
    raise ValidationError("this person no longer exists", field="person")


def _text(field: str, value: Any, required: bool = False) -> str | None:
    text = trim(str(value)) if value is not None else ""
    if required and not text:
        raise ValidationError("a person needs a name", field=field)
    if len(text) > _LIMITS[field]:
        raise ValidationError(_TOO_LONG[field], field=field, limit=_LIMITS[field])
    if field == "email" and text and not _EMAIL.match(text):
        raise ValidationError("“{value}” is not an e-mail address", field=field, value=text)
    return text or None


def clean_person_values(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` checked and normalised (text trimmed, empty text None); refuses unknown
    fields, an unknown role or tier and a value that is not a date.
    """
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValidationError("unknown person field “{key}”", key=", ".join(sorted(unknown)))
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in _LIMITS:
            out[key] = _text(key, value, required=key == "name")
        elif key == "role":
            if value not in ROLES:
                raise ValidationError("unknown role “{value}”", field=key, value=value)
            out[key] = value
        elif key == "capacity_tier":
            if value not in TIERS:
                raise ValidationError("unknown capacity tier “{value}”", field=key,
                                      value=value)
            out[key] = value
        elif key in ("active_from", "active_to"):
            if value is not None and not isinstance(value, date):
                raise ValidationError("a start or left date must be a date", field=key)
            if key == "active_from" and value is None:
                raise ValidationError("a person needs a start date", field=key)
            out[key] = value
        else:  # unit_id, manager_id
            out[key] = value or None
    return out


def _check_manager(session: Session, person_id: str | None, manager_id: str | None) -> None:
    """Refuse a manager who does not exist, the person themself, or a chain that loops."""
    if manager_id is None:
        return
    if manager_id == person_id:
        raise ValidationError("a person cannot be their own manager", field="manager_id")
    seen: set[str] = set()
    current: str | None = manager_id
    while current is not None and current not in seen:
        seen.add(current)
        row = session.execute(select(Person.manager_id, Person.deleted_at, Person.name)
                              .where(Person.id == current)).first()
        if row is None or (current == manager_id and row.deleted_at is not None):
            raise ValidationError("the manager no longer exists", field="manager_id")
        current = row.manager_id
        if current is not None and current == person_id:
            raise ValidationError("that would make a circle of managers", field="manager_id")


def _check_unit(session: Session, unit_id: str | None, left: date | None) -> None:
    """A person goes to a live unit; a closed one only takes someone who left by its close."""
    if unit_id is None:
        raise ValidationError("a person needs a unit", field="unit_id")
    unit = live_unit(session, unit_id)
    if unit.closed_on is not None and (left is None or left > unit.closed_on):
        raise ValidationError("“{name}” is closed and takes no new people", field="unit_id",
                              name=unit.name)


def _check_dates(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise ValidationError("the day they left is before their start date",
                              field="active_to")


def add_person(store: Store, name: str, unit_id: str, *, role: str = Role.REP,
               capacity_tier: str = CapacityTier.INTERMEDIATE, manager_id: str | None = None,
               phone: str | None = None, email: str | None = None,
               active_from: date | None = None, active_to: date | None = None) -> Op[str]:
    """Add a person to an open unit; the value is their id.

    Undone by :func:`services.org.people.delete_person` of the same id.
    """
    v = clean_person_values({
        "name": name, "unit_id": unit_id, "role": str(role), "capacity_tier": str(capacity_tier),
        "manager_id": manager_id, "phone": phone, "email": email,
        "active_from": active_from or date.today(), "active_to": active_to})
    _check_dates(v["active_from"], v["active_to"])
    with store.write() as uow:
        s = uow.session
        _check_unit(s, v["unit_id"], v["active_to"])
        _check_manager(s, None, v["manager_id"])
        person = Person(**v)
        s.add(person)
        s.flush()
        person_id = person.id
        uow.commit()
        return uow.op(person_id, undo=call(delete_person, person_id))


def edit_person(store: Store, person_id: str, changes: dict[str, Any],
                base: dict[str, Any] | None = None) -> Op[dict[str, Any]]:
    """Change some of a person's fields (:data:`FIELDS`); the value is the old values of the
    fields that changed, and the inverse writes them back (with the saved values as its base).

    A new unit must be open; a manager must exist and not close a circle; the left date is
    not before the start date. ``base``: the values the editor showed for those fields; a field
    someone else saved since refuses the change
    (:class:`~services.core.conflicts.ConflictError`).
    """
    cleaned = clean_person_values(changes)
    old: dict[str, Any] = {}
    with store.write() as uow:
        s = uow.session
        person = locked(s, Person, person_id)
        if person is None or person.deleted_at is not None:
            raise ValidationError("this person no longer exists", field="person")
        check_base("person", person, person_id, base, cleaned,
                   clean=lambda f, v: clean_person_values({f: v})[f])
        diff = {k: v for k, v in cleaned.items() if getattr(person, k) != v}
        if not diff:
            return uow.op({})
        if "unit_id" in diff:
            _check_unit(s, diff["unit_id"], diff.get("active_to", person.active_to))
        if "manager_id" in diff:
            _check_manager(s, person_id, diff["manager_id"])
        _check_dates(diff.get("active_from", person.active_from),
                     diff.get("active_to", person.active_to))
        for key, value in diff.items():
            old[key] = getattr(person, key)
            setattr(person, key, value)
        uow.commit()
        return uow.op(old, undo=call(edit_person, person_id, old,
                                     {k: diff[k] for k in old}))
