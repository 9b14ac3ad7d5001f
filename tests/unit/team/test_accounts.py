"""Accounts and sign-in on a real SQLite file and on PostgreSQL: Argon2id parameters, re-hashing
on sign-in, the stored and growing wait after failed attempts, an owner's reset, disabling."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import select, update

from models.base import utcnow
from models.team import Account
from services.core.errors import ValidationError
from services.setup import open_store
from services.team.accounts import (
    create_account,
    disable_account,
    enable_account,
    find_account,
    list_accounts,
    reset_password,
)
from services.team.mode import init_team, team_mode
from services.team.passwords import MEMORY_KIB, TIME_COST
from services.team.signin import SignInError, sign_in, wait_after
from tests.unit.team.team_fixtures import make_team

PASSWORD = "correct horse 1"


def _stored_hash(store, account_id: str) -> str:
    with store.read() as uow:
        return str(uow.session.scalar(select(Account.password_hash)
                                      .where(Account.id == account_id)))


def test_a_new_account_is_hashed_with_argon2id_at_19_mib_and_two_passes(any_store):
    team = make_team(any_store)
    account = create_account(any_store, team.owner, "wang", PASSWORD).value
    stored = _stored_hash(any_store, account.id)
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    params = extract_parameters(stored)
    assert params.memory_cost >= 19456 and params.time_cost >= 2
    assert (params.memory_cost, params.time_cost) == (MEMORY_KIB, TIME_COST)
    signed = sign_in(any_store, "WANG", PASSWORD).value  # user names ignore case
    assert (signed.id, signed.person_name, signed.role) == (account.id, "王总", "owner")


def test_a_hash_made_with_weaker_parameters_is_replaced_at_the_next_sign_in(any_store):
    team = make_team(any_store)
    account = create_account(any_store, team.rep, "zhangsan", PASSWORD).value
    old = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with any_store.write() as uow:
        uow.session.execute(update(Account).where(Account.id == account.id)
                            .values(password_hash=old))
        uow.commit()
    with pytest.raises(SignInError):
        sign_in(any_store, "zhangsan", "wrong password")
    assert _stored_hash(any_store, account.id) == old  # a failure never re-hashes
    _clear_wait(any_store, account.id)
    sign_in(any_store, "zhangsan", PASSWORD)
    new = _stored_hash(any_store, account.id)
    assert new != old
    assert extract_parameters(new).memory_cost == MEMORY_KIB
    assert extract_parameters(new).time_cost == TIME_COST
    sign_in(any_store, "zhangsan", PASSWORD)  # the new hash verifies
    assert _stored_hash(any_store, account.id) == new  # and is not re-hashed again


def _clear_wait(store, account_id: str) -> None:
    with store.write() as uow:
        uow.session.execute(update(Account).where(Account.id == account_id)
                            .values(locked_until=None))
        uow.commit()


def test_failed_attempts_make_the_next_one_wait_longer_and_say_how_long(any_store):
    team = make_team(any_store)
    create_account(any_store, team.rep, "zhangsan", PASSWORD)
    now = utcnow()
    waits = []
    for _ in range(4):
        with pytest.raises(SignInError) as refused:
            sign_in(any_store, "zhangsan", "guess", now=now)
        waits.append(refused.value.wait_seconds)
        assert f"try again in {refused.value.wait_seconds} second(s)" in str(refused.value)
        now += timedelta(seconds=refused.value.wait_seconds)
    assert waits == [1, 2, 4, 8] and waits == [wait_after(n) for n in (1, 2, 3, 4)]
    # during the wait even the right password is refused, without a new failure counted
    with pytest.raises(SignInError) as locked:
        sign_in(any_store, "zhangsan", PASSWORD, now=now - timedelta(seconds=3))
    assert "too many failed attempts; try again in 3 second(s)" == str(locked.value)
    account = find_account(any_store, "zhangsan")
    assert account.failed_attempts == 4
    # once it is over the right password signs in and the count starts again
    sign_in(any_store, "zhangsan", PASSWORD, now=now)
    assert find_account(any_store, "zhangsan").failed_attempts == 0
    with pytest.raises(SignInError) as again:
        sign_in(any_store, "zhangsan", "guess", now=now)
    assert again.value.wait_seconds == 1
    assert wait_after(20) == 900
    assert "try again in 15 minute(s)" in str(SignInError_for(900))


def SignInError_for(seconds: int) -> SignInError:  # noqa: N802 - the refusal of a long wait
    from services.team.signin import _wrong

    return _wrong(seconds)


def test_the_wait_is_stored_so_reopening_the_database_does_not_reset_it(tmp_path):
    target = str(tmp_path / "firm.sqlite3")
    with open_store(target, backup_dir=tmp_path / "b") as store:
        team = make_team(store)
        create_account(store, team.rep, "zhangsan", PASSWORD)
        earlier = utcnow() - timedelta(seconds=60)
        for seconds in (1, 2, 4):  # three failures, each after the last one's wait
            with pytest.raises(SignInError):
                sign_in(store, "zhangsan", "guess", now=earlier)
            earlier += timedelta(seconds=seconds)
        with pytest.raises(SignInError) as fourth:
            sign_in(store, "zhangsan", "guess")
        assert fourth.value.wait_seconds == 8
    with open_store(target, backup_dir=tmp_path / "b") as reopened:
        with pytest.raises(SignInError) as locked:
            sign_in(reopened, "zhangsan", PASSWORD)
        assert str(locked.value).startswith("too many failed attempts; try again in")
        assert 1 <= locked.value.wait_seconds <= 8


def test_an_unknown_user_name_is_refused_like_a_wrong_password(any_store):
    make_team(any_store)
    with pytest.raises(SignInError) as refused:
        sign_in(any_store, "nobody", PASSWORD)
    assert str(refused.value) == "wrong user name or password; try again in 1 second(s)"


def test_the_owner_resets_a_forgotten_password_and_clears_the_wait(any_store):
    team = make_team(any_store)
    owner = create_account(any_store, team.owner, "wang", PASSWORD).value
    rep = create_account(any_store, team.rep, "zhangsan", PASSWORD).value
    manager = create_account(any_store, team.manager, "li", PASSWORD).value
    for _ in range(2):
        with pytest.raises(SignInError):
            sign_in(any_store, "zhangsan", "forgotten", now=utcnow() - timedelta(minutes=5))
        _clear_wait(any_store, rep.id)
    with pytest.raises(ValidationError, match="only the owner manages accounts"):
        reset_password(any_store, rep.id, "a new secret", by=manager.id)
    op = reset_password(any_store, rep.id, "a new secret", by=owner.id)
    assert op.undo is None and op.changes.touches("accounts")
    assert op.value.failed_attempts == 0 and op.value.locked_until is None
    with pytest.raises(SignInError):
        sign_in(any_store, "zhangsan", PASSWORD)
    _clear_wait(any_store, rep.id)
    assert sign_in(any_store, "zhangsan", "a new secret").value.id == rep.id


def test_a_disabled_account_cannot_sign_in_and_the_last_owner_stays(any_store):
    team = make_team(any_store)
    owner = create_account(any_store, team.owner, "wang", PASSWORD).value
    rep = create_account(any_store, team.rep, "zhangsan", PASSWORD).value
    disable_account(any_store, rep.id, by=owner.id)
    with pytest.raises(SignInError, match="this account is disabled"):
        sign_in(any_store, "zhangsan", PASSWORD)
    enable_account(any_store, rep.id, by=owner.id)
    assert sign_in(any_store, "zhangsan", PASSWORD).value.id == rep.id
    with pytest.raises(ValidationError, match="your own account"):
        disable_account(any_store, owner.id, by=owner.id)
    with pytest.raises(ValidationError, match="last owner account"):
        disable_account(any_store, owner.id)
    assert [a.user_name for a in list_accounts(any_store)] == ["wang", "zhangsan"]


def test_user_names_are_unique_whatever_their_case_and_passwords_are_checked(any_store):
    team = make_team(any_store)
    create_account(any_store, team.owner, "Wang", PASSWORD)
    with pytest.raises(ValidationError, match="the user name “wANG” is taken"):
        create_account(any_store, team.rep, "wANG", PASSWORD)
    with pytest.raises(ValidationError, match="already has an account"):
        create_account(any_store, team.owner, "boss", PASSWORD)
    with pytest.raises(ValidationError, match="at least 8 characters"):
        create_account(any_store, team.rep, "zhangsan", "short")
    with pytest.raises(ValidationError, match="no spaces"):
        create_account(any_store, team.rep, "zhang san", PASSWORD)
    assert create_account(any_store, team.rep, "张三", PASSWORD).value.user_name == "张三"


def test_team_init_switches_a_file_once_and_postgresql_is_always_a_team(any_store):
    team = make_team(any_store)
    on_postgres = any_store.engine.dialect.name == "postgresql"
    assert team_mode(any_store) is on_postgres
    with pytest.raises(ValidationError, match="the first account must be the owner's"):
        init_team(any_store, team.manager, "li", PASSWORD)
    first = init_team(any_store, team.owner, "wang", PASSWORD).value
    assert first.created and first.switched is (not on_postgres)
    assert team_mode(any_store)
    again = init_team(any_store, team.owner, "WANG", None).value
    assert (again.created, again.switched, again.account.id) == (False, False,
                                                                 first.account.id)
    with pytest.raises(ValidationError, match="already has an account"):
        init_team(any_store, team.owner, "boss", PASSWORD)
