"""Personal or team mode, and switching a database to team mode (``team init``).

A personal SQLite file opens without sign-in, as always. A database in team mode asks everyone
to sign in: a SQLite file whose AppSetting :data:`MODE_KEY` says ``"team"``, and every
PostgreSQL database (a shared server is a team's by definition, whatever the setting says).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import Role
from models.org import Person
from models.team import Account
from services.core.changes import Op
from services.core.errors import ValidationError
from services.core.feed import TEAM_SETTING, is_shared
from services.core.feed import attach as attach_feed
from services.core.rule_store import read_json, write_json
from services.team.accounts import AccountInfo, account_in, create_in, enabled_owner_count
from services.team.audit_schema import install_audit
from services.team.passwords import user_key
from services.team.pg_scope import install_scope

if TYPE_CHECKING:
    from services.core.store import Store

MODE_KEY = TEAM_SETTING
"""AppSetting: ``"team"`` once ``team init`` switched the database (absent: personal)."""
TEAM = "team"
PERSONAL = "personal"


def team_mode_in(session: Session) -> bool:
    """:func:`team_mode` inside an open session."""
    return is_shared(session)


def team_mode(store: Store) -> bool:
    """Whether people sign in to this database (PostgreSQL: always)."""
    with store.read() as uow:
        return team_mode_in(uow.session)


def has_accounts(store: Store) -> bool:
    """Whether anyone can sign in: at least one enabled owner account exists."""
    with store.read() as uow:
        return enabled_owner_count(uow.session) > 0


@dataclass(frozen=True)
class TeamState:
    """What ``team init`` finds before it asks for a password."""

    team_mode: bool
    owner_accounts: int
    account: AccountInfo | None
    """The account already called by the user name given, if any."""


def team_state(store: Store, user_name: str = "") -> TeamState:
    """The mode, the enabled owner accounts and the account of ``user_name`` (if it exists)."""
    with store.read() as uow:
        s = uow.session
        found = s.scalar(select(Account.id).where(Account.user_key == user_key(user_name),
                                                  Account.deleted_at.is_(None))
                         ) if user_name else None
        return TeamState(team_mode_in(s), enabled_owner_count(s),
                         account_in(s, found) if found else None)


@dataclass(frozen=True)
class TeamInit:
    """What :func:`init_team` did."""

    account: AccountInfo
    created: bool
    """A new owner account was made (False: it was there already)."""
    switched: bool
    """The database was switched to team mode now (False: it already was)."""


def init_team(store: Store, person_id: str, user_name: str, password: str | None
              ) -> Op[TeamInit]:
    """Switch the database to team mode with ``person_id`` (an owner) as its first account.

    Idempotent: run again with the same person and user name it changes nothing (the password
    is not touched, and may be None then). On PostgreSQL it (re)installs the data scope: login
    roles, grants and row-level security (:func:`services.team.pg_scope.install_scope`).
    Refused when the person is not an owner, the user name belongs to someone else, or that
    person already has another user name.
    """
    with store.write() as uow:
        s = uow.session
        person = s.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise ValidationError("this person no longer exists", field="person")
        if person.role != Role.OWNER:
            raise ValidationError("the first account must be the owner's; {person} is not "
                                  "the owner (change their role first)", field="person",
                                  person=person.name)
        existing = s.scalar(select(Account).where(Account.person_id == person_id))
        if existing is not None:
            if existing.user_key != user_key(user_name):
                raise ValidationError("{person} already has an account (“{user}”)",
                                      field="person", person=person.name,
                                      user=existing.user_name)
            account_id, created = existing.id, False
        else:
            if password is None:
                raise ValidationError("a password is needed for the new account",
                                      field="password")
            account_id, created = create_in(s, person_id, user_name, password).id, True
        if s.get_bind().dialect.name == "postgresql":
            install_scope(s.connection())
        switched = not team_mode_in(s)  # PostgreSQL: a team's already
        if read_json(s, MODE_KEY) != TEAM:
            write_json(s, MODE_KEY, TEAM)
        install_audit(s.connection())  # the audit trail starts with the switch (idempotent)
        info = account_in(s, account_id)
        uow.commit()
        op = uow.op(TeamInit(info, created, switched))
    attach_feed(store)  # from now on this app tells the others what it changed
    return op
