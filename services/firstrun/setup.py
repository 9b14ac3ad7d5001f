"""The first-run setup: is this database brand-new, and completing the setup in one step.

A database is *brand-new* when its setup was never completed and it holds no business data
(no org unit, person, customer, deal or target plan — the default pipeline a new file is
seeded with does not count). Only such a database is offered the setup: the demo firm and
any database already in use never see it.

:func:`complete_setup` writes, in one transaction: the company root (an existing root is
renamed to the firm's name), the person "me", the units and people typed in the setup, the
fiscal year's first month (AppSetting :data:`FISCAL_START_KEY`) and the mark that the setup is
done (AppSetting :data:`SETUP_KEY`, which also names "me" so a window opened later can make
them the current person). Its undo takes all of it back (soft deletes of the same ids, the
old root name and settings), and the undo's undo brings the same ids back.

The fiscal year's first month is stored for the firm; periods and target years stay calendar
years for now (see README, "First run").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from models.base import new_id, utcnow
from models.customers import Customer
from models.enums import CapacityTier, Role, UnitKind
from models.org import OrgUnit, Person
from models.pipeline import Deal
from models.settings import AppSetting
from models.targets import TargetPlan
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.rule_store import read_json

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from services.core.store import Store

SETUP_KEY = "setup.done"
"""AppSetting: ``{"on": "YYYY-MM-DD", "me": person id}`` once the setup was completed."""
FISCAL_START_KEY = "firm.fiscal_year_start_month"
"""AppSetting: the month (1–12) the firm's fiscal year starts in; absent means January."""

ROLE_WORDS: dict[str, str] = {
    "owner": Role.OWNER, "admin": Role.OWNER, "老板": Role.OWNER, "管理员": Role.OWNER,
    "老板/管理员": Role.OWNER,
    "director": Role.DIRECTOR, "销售总监": Role.DIRECTOR, "总监": Role.DIRECTOR,
    "manager": Role.MANAGER, "销售经理": Role.MANAGER, "经理": Role.MANAGER,
    "rep": Role.REP, "sales": Role.REP, "一线销售": Role.REP, "销售": Role.REP,
    "analyst": Role.ANALYST, "数据分析岗": Role.ANALYST, "数据分析": Role.ANALYST,
}
"""Words a role may be typed as (English keys, the Chinese role names); see :func:`parse_role`."""

_DATA_TABLES = (OrgUnit, Person, Customer, Deal, TargetPlan)


@dataclass(frozen=True)
class TeamRow:
    """One row typed in the setup's team table: a person (``name``) in a unit, with a role.

    A row with a unit and no name adds the unit only; an empty unit means the company itself.
    """

    name: str = ""
    unit: str = ""
    role: str = Role.REP


@dataclass(frozen=True)
class SetupResult:
    """What :func:`complete_setup` made: the company root, "me", and the new units and people."""

    root_id: str
    me_id: str
    unit_ids: tuple[str, ...]
    person_ids: tuple[str, ...]


@dataclass(frozen=True)
class _Undo:
    """Everything needed to take a setup back and to bring it back again (ids and texts)."""

    root_id: str
    root_created: bool
    root_before: str
    root_after: str
    unit_ids: tuple[str, ...]
    person_ids: tuple[str, ...]
    settings_before: tuple[tuple[str, str | None], ...]
    settings_after: tuple[tuple[str, str], ...]


def parse_role(text: str) -> str:
    """The role key (``owner``, ``director``, ``manager``, ``rep``, ``analyst``) of a role typed
    in English or Chinese; raises :class:`ValidationError` for anything else.
    """
    role = ROLE_WORDS.get(text.strip().lower()) or ROLE_WORDS.get(text.strip())
    if role is None:
        raise ValidationError("unknown role “{role}”", field="role", role=text)
    return str(role)


def setup_done(store: Store) -> bool:
    """Whether the first-run setup was completed on this database."""
    with store.read() as uow:
        return read_json(uow.session, SETUP_KEY) is not None


def setup_person(store: Store) -> str | None:
    """The person the setup was done for ("me"), if the setup was done and they still exist."""
    with store.read() as uow:
        s = uow.session
        info = read_json(s, SETUP_KEY)
        me = info.get("me") if isinstance(info, dict) else None
        if not isinstance(me, str):
            return None
        alive = s.scalar(select(Person.id).where(Person.id == me, Person.deleted_at.is_(None)))
        return me if alive else None


def needs_setup(store: Store) -> bool:
    """Whether this is a brand-new database: setup never done and no business data at all."""
    with store.read() as uow:
        return is_brand_new(uow.session)


def is_brand_new(session: Session) -> bool:
    """:func:`needs_setup` inside an open session."""
    if read_json(session, SETUP_KEY) is not None:
        return False
    for model in _DATA_TABLES:
        if session.scalar(select(model.id).where(model.deleted_at.is_(None)).limit(1)):
            return False
    return True


def fiscal_start_month(store: Store) -> int:
    """The month the firm's fiscal year starts in (1 = January, the default)."""
    with store.read() as uow:
        value = read_json(uow.session, FISCAL_START_KEY)
    return value if isinstance(value, int) and 1 <= value <= 12 else 1


def complete_setup(store: Store, firm_name: str, fiscal_start: int, me_name: str,
                   me_role: str, team: Sequence[TeamRow] = (), *,
                   today: date | None = None) -> Op[SetupResult]:
    """Set up the firm in one step (see the module docstring); the value says what was made.

    Refused when the setup was already done, a name is empty, the month is not 1–12, a role
    is unknown or a person is typed twice. People already in the database (by name) are not
    added again; "me" is then that person.
    """
    firm, me = firm_name.strip(), me_name.strip()
    role = parse_role(me_role)
    rows = _checked_rows(team, me)
    if not firm:
        raise ValidationError("the firm's name cannot be empty", field="firm_name")
    if not me:
        raise ValidationError("your name cannot be empty", field="me_name")
    if not 1 <= int(fiscal_start) <= 12:
        raise ValidationError("the fiscal year must start in a month from 1 to 12",
                              field="fiscal_start")
    day = today or date.today()
    with store.write() as uow:
        s = uow.session
        if read_json(s, SETUP_KEY) is not None:
            raise ValidationError("this database has already been set up")
        made = _Maker(s, day)
        root_id, root_before, root_created = made.root(firm)
        me_id = made.person(me, root_id, role)
        for row in rows:
            unit_id = made.unit(row.unit, root_id) if row.unit else root_id
            if row.name:
                made.person(row.name, unit_id, row.role)
        after = ((FISCAL_START_KEY, json.dumps(int(fiscal_start))),
                 (SETUP_KEY, json.dumps({"on": day.isoformat(), "me": me_id}, sort_keys=True)))
        before = tuple((key, _raw(s, key)) for key, _text in after)
        _write_settings(s, after)
        undo = _Undo(root_id, root_created, root_before, firm, tuple(made.units),
                     tuple(made.people), before, after)
        uow.commit()
        result = SetupResult(root_id, me_id, tuple(made.units), tuple(made.people))
        return uow.op(result, undo=call(undo_setup, undo))


def undo_setup(store: Store, record: _Undo) -> Op[None]:
    """Take a setup back: its new people and units soft-deleted, the root's old name and the
    old settings back. Undone by :func:`redo_setup` (the same ids come back).
    """
    with store.write() as uow:
        s = uow.session
        now = utcnow()
        _set_deleted(s, Person, record.person_ids, now)
        _set_deleted(s, OrgUnit, record.unit_ids, now)
        if record.root_created:
            _set_deleted(s, OrgUnit, (record.root_id,), now)
        else:
            s.execute(update(OrgUnit).where(OrgUnit.id == record.root_id)
                      .values(name=record.root_before, updated_at=now))
        _write_settings(s, record.settings_before)
        uow.commit()
        return uow.op(None, undo=call(redo_setup, record))


def redo_setup(store: Store, record: _Undo) -> Op[None]:
    """Bring a setup taken back by :func:`undo_setup` back (same ids); undone by it again."""
    with store.write() as uow:
        s = uow.session
        if read_json(s, SETUP_KEY) is not None:
            raise ValidationError("this database has already been set up")
        now = utcnow()
        if record.root_created:
            _set_deleted(s, OrgUnit, (record.root_id,), None)
        else:
            s.execute(update(OrgUnit).where(OrgUnit.id == record.root_id)
                      .values(name=record.root_after, updated_at=now))
        _set_deleted(s, OrgUnit, record.unit_ids, None)
        _set_deleted(s, Person, record.person_ids, None)
        _write_settings(s, record.settings_after)
        uow.commit()
        return uow.op(None, undo=call(undo_setup, record))


# --- helpers -------------------------------------------------------------------------------------
class _Maker:
    """Finds or adds the root, units and people of a setup in one session, noting what it added."""

    def __init__(self, session: Session, day: date):
        self.s = session
        self.day = day
        self.units: list[str] = []
        self.people: list[str] = []
        self._unit_ids: dict[str, str] = {}

    def root(self, firm: str) -> tuple[str, str, bool]:
        """The company root renamed to ``firm`` (added if missing): id, old name, added."""
        found = self.s.execute(
            select(OrgUnit.id, OrgUnit.name).where(OrgUnit.parent_id.is_(None),
                                                   OrgUnit.deleted_at.is_(None))
            .order_by(OrgUnit.sort_order, OrgUnit.created_at).limit(1)).first()
        if found is not None:
            if found.name != firm:
                self.s.execute(update(OrgUnit).where(OrgUnit.id == found.id)
                               .values(name=firm, updated_at=utcnow()))
            return found.id, found.name, False
        root_id = new_id()
        self.s.add(OrgUnit(id=root_id, name=firm, kind=UnitKind.COMPANY, parent_id=None,
                           sort_order=0))
        self.s.flush()
        return root_id, firm, True

    def unit(self, name: str, root_id: str) -> str:
        """The unit called ``name`` (an existing one, or a new team under the company)."""
        if name in self._unit_ids:
            return self._unit_ids[name]
        unit_id = self.s.scalar(select(OrgUnit.id).where(
            OrgUnit.name == name, OrgUnit.deleted_at.is_(None)).limit(1))
        if unit_id is None:
            order = self.s.scalar(select(func.count()).select_from(OrgUnit).where(
                OrgUnit.parent_id == root_id)) or 0
            unit_id = new_id()
            self.s.add(OrgUnit(id=unit_id, name=name, kind=UnitKind.TEAM, parent_id=root_id,
                               sort_order=int(order) + 1))
            self.s.flush()
            self.units.append(unit_id)
        self._unit_ids[name] = unit_id
        return unit_id

    def person(self, name: str, unit_id: str, role: str) -> str:
        """The person called ``name`` (someone already there, or added to ``unit_id``)."""
        found = self.s.scalar(select(Person.id).where(
            Person.name == name, Person.deleted_at.is_(None)).limit(1))
        if found is not None:
            return str(found)
        person_id = new_id()
        self.s.add(Person(id=person_id, name=name, unit_id=unit_id, role=role,
                          capacity_tier=CapacityTier.INTERMEDIATE, active_from=self.day))
        self.s.flush()
        self.people.append(person_id)
        return person_id


def _checked_rows(team: Iterable[TeamRow], me: str) -> list[TeamRow]:
    """The typed rows trimmed, empty ones dropped, roles parsed; a name typed twice refused."""
    rows: list[TeamRow] = []
    seen = {me} if me else set()
    for row in team:
        name, unit = row.name.strip(), row.unit.strip()
        if not name and not unit:
            continue
        if name and name in seen:
            raise ValidationError("{name} is listed twice", field="team", name=name)
        seen.add(name)
        rows.append(TeamRow(name, unit, parse_role(row.role or Role.REP)))
    return rows


def _raw(session: Session, key: str) -> str | None:
    row = session.get(AppSetting, key)
    return row.value if row is not None else None


def _write_settings(session: Session, values: Iterable[tuple[str, str | None]]) -> None:
    for key, text in values:
        row = session.get(AppSetting, key)
        if text is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(AppSetting(key=key, value=text, updated_at=utcnow()))
        else:
            row.value = text
            row.updated_at = utcnow()
    session.flush()


def _set_deleted(session: Session, model: Any, ids: Sequence[str], when: Any) -> None:
    if ids:
        session.execute(update(model).where(model.id.in_(list(ids)))
                        .values(deleted_at=when, updated_at=utcnow()))
