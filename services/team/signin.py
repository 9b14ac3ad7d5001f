"""Signing in: a user name and password checked against the stored Argon2id hash.

Each failed attempt on an account makes the next one wait longer (:data:`WAITS`: 1 s, 2 s,
4 s … up to 15 minutes), and the time is stored with the account (``locked_until``), so
closing and reopening Sailplan does not reset it; an attempt during the wait is refused
without looking at the password. A successful sign-in clears the count and, when the stored
hash was made with other parameters, stores a new hash of the password it has just checked.

A user name nobody has gets the same refusal as a wrong password (after the same hashing
time), so the sign-in does not tell which user names exist.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from models.base import utcnow
from models.org import Person
from models.team import Account
from services.core.changes import Op
from services.core.errors import SailplanError
from services.team.accounts import AccountInfo, account_in
from services.team.passwords import hash_password, needs_rehash, spend_time, user_key
from services.team.passwords import verify_password as _verify

if TYPE_CHECKING:
    from services.core.store import Store

WAITS = (1, 2, 4, 8, 15, 30, 60, 120, 300, 600, 900)
"""Seconds the next attempt waits after 1, 2, 3 … failed ones (the last one from then on)."""


def wait_after(failures: int) -> int:
    """Seconds to wait after ``failures`` failed attempts in a row (0 after none)."""
    if failures <= 0:
        return 0
    return WAITS[min(failures, len(WAITS)) - 1]


class SignInError(SailplanError):
    """The sign-in was refused; ``wait_seconds`` is how long the next attempt must wait."""

    def __init__(self, template: str, wait_seconds: int = 0, **params: object):
        self.wait_seconds = wait_seconds
        super().__init__(template, **params)


def _wait_params(seconds: int) -> tuple[str, dict[str, object]]:
    if seconds >= 120:
        return "minutes", {"minutes": math.ceil(seconds / 60)}
    return "seconds", {"seconds": seconds}


def _wrong(seconds: int) -> SignInError:
    unit, params = _wait_params(seconds)
    if unit == "minutes":
        return SignInError("wrong user name or password; try again in {minutes} minute(s)",
                           seconds, **params)
    return SignInError("wrong user name or password; try again in {seconds} second(s)",
                       seconds, **params)


def _locked(seconds: int) -> SignInError:
    unit, params = _wait_params(seconds)
    if unit == "minutes":
        return SignInError("too many failed attempts; try again in {minutes} minute(s)",
                           seconds, **params)
    return SignInError("too many failed attempts; try again in {seconds} second(s)",
                       seconds, **params)


def _seconds_left(until: datetime | None, now: datetime) -> int:
    if until is None or until <= now:
        return 0
    return max(1, math.ceil((until - now).total_seconds()))


@dataclass(frozen=True)
class _Found:
    id: str
    password_hash: str
    locked_until: datetime | None


def sign_in(store: Store, user_name: str, password: str, *,
            now: datetime | None = None) -> Op[AccountInfo]:
    """The account of ``user_name`` when ``password`` is right; otherwise a
    :class:`SignInError` saying how long to wait (the failure is stored first).

    Refused as well for a disabled account or one whose person no longer exists (only once
    the password was right, so those refusals tell nothing to someone guessing).
    """
    key = user_key(user_name)
    with store.read() as uow:
        row = uow.session.execute(
            select(Account.id, Account.password_hash, Account.locked_until)
            .where(Account.user_key == key, Account.deleted_at.is_(None))).first()
    if row is None:
        spend_time(password)
        raise _wrong(wait_after(1))
    found = _Found(*row)
    start = now or utcnow()
    left = _seconds_left(found.locked_until, start)
    if left:
        raise _locked(left)
    right = _verify(found.password_hash, password)
    fresh = hash_password(password) if right and needs_rehash(found.password_hash) else None
    when = now or utcnow()
    with store.write() as uow:
        s = uow.session
        account = s.get(Account, found.id, with_for_update=True)
        if account is None:
            raise _wrong(wait_after(1))
        if not right:
            left = _seconds_left(account.locked_until, when)
            if left:  # another attempt failed meanwhile: its wait holds
                raise _locked(left)
            account.failed_attempts = int(account.failed_attempts or 0) + 1
            wait = wait_after(account.failed_attempts)
            account.locked_until = when + timedelta(seconds=wait)
            uow.commit()
            raise _wrong(wait)
        person = s.get(Person, account.person_id)
        if account.disabled or person is None or person.deleted_at is not None:
            raise SignInError("this account is disabled; ask the owner of the database")
        account.failed_attempts = 0
        account.locked_until = None
        account.last_sign_in_at = when
        if fresh is not None and account.password_hash == found.password_hash:
            account.password_hash = fresh
        s.flush()
        info = account_in(s, account.id)
        uow.commit()
        return uow.op(info)


def seconds_to_wait(store: Store, user_name: str, *, now: datetime | None = None) -> int:
    """How long ``user_name``'s next attempt must still wait (0: now; also for no account)."""
    with store.read() as uow:
        until = uow.session.scalar(select(Account.locked_until)
                                   .where(Account.user_key == user_key(user_name)))
    return _seconds_left(until, now or utcnow())


def open_as_account(store: Store, account: AccountInfo, password: str) -> Store:
    """The store ``account`` works in once signed in, keeping to its data scope
    (:mod:`services.team.scope`).

    A SQLite file: ``store`` itself, its sessions now filtering reads and refusing writes
    outside the scope. PostgreSQL: a new store connected as the account's login role with
    ``password`` (the server checks it again and applies the row-level security), which the
    caller uses instead of ``store`` (and closes ``store``); refused when the server does not
    accept the password (its login was not set up, e.g. a database copied in without them).
    """
    from services.core.store import open_store
    from services.team.pg_scope import login_url
    from services.team.scope import sign_in_scope

    if store.engine.dialect.name != "postgresql":
        sign_in_scope(store, account.person_id)
        return store
    try:
        own = open_store(login_url(store.url, account.user_name, password), seed=store.seed)
    except Exception as exc:  # noqa: BLE001 - any refusal of the connection means the same
        raise SignInError("the database server refused this account's login; ask the owner "
                          "to reset your password") from exc
    own.rules.extend(store.rules)
    sign_in_scope(own, account.person_id)
    return own
