"""People's accounts: list, create, disable and enable them; an owner resets a password.

Each person has at most one account. The acting account (``by``) must be an enabled owner's:
the GUI passes the signed-in account; the CLI passes None, acting with the rights of its
database connection (whoever can write the file or log in to the server). The last enabled
owner account cannot be disabled, so a team database keeps someone who manages accounts.

On PostgreSQL each change is also made to the account's login role in the same transaction
(:func:`services.team.pg_scope.sync_login`): its password, LOGIN or NOLOGIN, its group.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.enums import Role
from models.org import OrgUnit, Person
from models.team import Account
from services.core.changes import Op
from services.core.errors import ValidationError
from services.core.text import name_key
from services.team.passwords import check_password, checked_user_name, hash_password, user_key
from services.team.pg_scope import sync_login

if TYPE_CHECKING:
    from services.core.store import Store


@dataclass(frozen=True)
class AccountInfo:
    """An account as Settings and ``team account list`` show it."""

    id: str
    user_name: str
    person_id: str
    person_name: str
    role: str
    unit_name: str
    disabled: bool
    failed_attempts: int
    locked_until: datetime | None
    last_sign_in_at: datetime | None
    created_at: datetime

    @property
    def is_owner(self) -> bool:
        """Whether the account's person is the owner (老板/管理员)."""
        return self.role == Role.OWNER


def _info(a: Account, p: Person, unit_name: str) -> AccountInfo:
    return AccountInfo(a.id, a.user_name, p.id, p.name, p.role, unit_name, bool(a.disabled),
                       int(a.failed_attempts or 0), a.locked_until, a.last_sign_in_at,
                       a.created_at)


def _query():  # noqa: ANN202 - a select of (Account, Person, unit name)
    return (select(Account, Person, OrgUnit.name)
            .join(Person, Person.id == Account.person_id)
            .join(OrgUnit, OrgUnit.id == Person.unit_id)
            .where(Account.deleted_at.is_(None)))


def list_accounts(store: Store) -> list[AccountInfo]:
    """Every account, by person name (pinyin order)."""
    with store.read() as uow:
        rows = [_info(a, p, u) for a, p, u in uow.session.execute(_query())]
    rows.sort(key=lambda a: (a.disabled, name_key(a.person_name)))
    return rows


def account_in(session: Session, account_id: str) -> AccountInfo:
    """One account inside an open session (refused when it no longer exists)."""
    row = session.execute(_query().where(Account.id == account_id)).first()
    if row is None:
        raise ValidationError("this account no longer exists", field="account")
    return _info(*row)


def get_account(store: Store, account_id: str) -> AccountInfo:
    """One account (refused when it no longer exists)."""
    with store.read() as uow:
        return account_in(uow.session, account_id)


def find_account(store: Store, ref: str) -> AccountInfo:
    """The account of a user name (any case), an account id, or a person's name or id."""
    key = user_key(ref)
    accounts = list_accounts(store)
    for match in (lambda a: a.user_name.casefold() == key or a.id == ref,
                  lambda a: a.person_id == ref or a.person_name == ref.strip()):
        found = [a for a in accounts if match(a)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ValidationError("more than one account matches “{name}”; give the user "
                                  "name", field="account", name=ref)
    raise ValidationError("there is no account “{name}”", field="account", name=ref)


def account_candidates(store: Store, today: date | None = None) -> list[tuple[str, str, str]]:
    """(person id, name, role) of the people still without an account who have not left,
    by name.
    """
    day = today or date.today()
    with store.read() as uow:
        rows = uow.session.execute(
            select(Person.id, Person.name, Person.role)
            .where(Person.deleted_at.is_(None),
                   or_(Person.active_to.is_(None), Person.active_to >= day),
                   Person.id.not_in(select(Account.person_id)
                                    .where(Account.deleted_at.is_(None))))).all()
    return sorted(((i, n, r) for i, n, r in rows), key=lambda r: name_key(r[1]))


def check_actor(session: Session, by: str | None) -> None:
    """Refuse unless ``by`` is None (the CLI) or an enabled owner's account."""
    if by is None:
        return
    row = session.execute(select(Account.disabled, Person.role)
                          .join(Person, Person.id == Account.person_id)
                          .where(Account.id == by, Account.deleted_at.is_(None))).first()
    if row is None or row[0] or row[1] != Role.OWNER:
        raise ValidationError("only the owner manages accounts", field="account")


def _taken(session: Session, key: str) -> Account | None:
    return session.scalar(select(Account).where(Account.user_key == key))


def create_in(session: Session, person_id: str, user_name: str, password: str) -> Account:
    """Add an account for ``person_id`` inside an open unit (checks as :func:`create_account`)."""
    name = checked_user_name(user_name)
    check_password(password, name)
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise ValidationError("this person no longer exists", field="person")
    existing = session.scalar(select(Account).where(Account.person_id == person_id))
    if existing is not None:
        raise ValidationError("{person} already has an account (“{user}”)", field="person",
                              person=person.name, user=existing.user_name)
    if _taken(session, user_key(name)) is not None:
        raise ValidationError("the user name “{name}” is taken", field="user_name", name=name)
    now = utcnow()
    account = Account(person_id=person_id, user_name=name, user_key=user_key(name),
                      password_hash=hash_password(password), failed_attempts=0,
                      disabled=False, password_changed_at=now)
    session.add(account)
    session.flush()
    sync_login(session, account.user_key, password)
    return account


def create_account(store: Store, person_id: str, user_name: str, password: str, *,
                   by: str | None = None) -> Op[AccountInfo]:
    """Give a person an account. Refused for a user name taken (in any case), an invalid user
    name or password, a person who already has one or no longer exists.
    """
    with store.write() as uow:
        s = uow.session
        check_actor(s, by)
        account = create_in(s, person_id, user_name, password)
        info = account_in(s, account.id)
        uow.commit()
        return uow.op(info)


def reset_password(store: Store, account_id: str, password: str, *,
                   by: str | None = None) -> Op[AccountInfo]:
    """Set a new password (an owner resetting a forgotten one): the failed attempts and the
    wait they cost are cleared too.
    """
    with store.write() as uow:
        s = uow.session
        check_actor(s, by)
        account = _live(s, account_id)
        check_password(password, account.user_name)
        account.password_hash = hash_password(password)
        account.failed_attempts = 0
        account.locked_until = None
        account.password_changed_at = utcnow()
        s.flush()
        sync_login(s, account.user_key, password)
        info = account_in(s, account_id)
        uow.commit()
        return uow.op(info)


def set_disabled(store: Store, account_id: str, disabled: bool, *,
                 by: str | None = None) -> Op[AccountInfo]:
    """Disable an account (it can no longer sign in) or enable it again.

    Refused for one's own account and for the last enabled owner account.
    """
    with store.write() as uow:
        s = uow.session
        check_actor(s, by)
        account = _live(s, account_id)
        if disabled and not account.disabled:
            if by is not None and by == account_id:
                raise ValidationError("you cannot disable your own account", field="account")
            if _is_last_owner(s, account):
                raise ValidationError("“{user}” is the last owner account: enable or create "
                                      "another owner's account first", field="account",
                                      user=account.user_name)
        account.disabled = disabled
        if not disabled:
            account.failed_attempts = 0
            account.locked_until = None
        s.flush()
        sync_login(s, account.user_key, None)
        info = account_in(s, account_id)
        uow.commit()
        return uow.op(info)


def disable_account(store: Store, account_id: str, *, by: str | None = None
                    ) -> Op[AccountInfo]:
    """:func:`set_disabled` with ``disabled=True``."""
    return set_disabled(store, account_id, True, by=by)


def enable_account(store: Store, account_id: str, *, by: str | None = None
                   ) -> Op[AccountInfo]:
    """:func:`set_disabled` with ``disabled=False``."""
    return set_disabled(store, account_id, False, by=by)


def enabled_owner_count(session: Session) -> int:
    """How many enabled accounts belong to an owner who still exists."""
    return int(session.scalar(
        select(func.count()).select_from(Account)
        .join(Person, Person.id == Account.person_id)
        .where(Account.deleted_at.is_(None), Account.disabled.is_(False),
               Person.deleted_at.is_(None), Person.role == Role.OWNER)) or 0)


def _is_last_owner(session: Session, account: Account) -> bool:
    person = session.get(Person, account.person_id)
    return (person is not None and person.role == Role.OWNER
            and enabled_owner_count(session) <= 1)


def _live(session: Session, account_id: str) -> Account:
    account = session.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise ValidationError("this account no longer exists", field="account")
    return account
