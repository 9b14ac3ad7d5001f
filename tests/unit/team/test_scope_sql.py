"""The data scope on PostgreSQL, through raw SQL: each account connects as its own login role
with its password (as a rep with psql would) and sees and changes exactly the rows the rules
give it — role (rep, manager, director, owner, analyst) × operation (read, create, update,
delete, reassign) × ownership (own, same team, other region, pool, unassigned)."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from services.setup import open_store
from services.team.pg_scope import login_role
from tests.pg_server import drop_sailplan_roles
from tests.unit.team.scope_fixtures import (
    ACTORS,
    KINDS,
    PASSWORD,
    TARGETS,
    VISIBLE,
    Firm,
    make_firm,
    may_give,
    may_write,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def firm(pg_url, tmp_path):
    store = open_store(pg_url, backup_dir=tmp_path / "backups")
    try:
        yield make_firm(store)
    finally:
        store.close()
        url = make_url(pg_url)
        with psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                             user=url.username, password=url.password,
                             autocommit=True) as admin:
            drop_sailplan_roles(admin)


def _connect(pg_url: str, user: str, password: str = PASSWORD) -> psycopg.Connection:
    url = make_url(pg_url)
    return psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                           user=login_role(str(url.database), user), password=password)


def _names(conn: psycopg.Connection, table: str) -> set[str]:
    rows = conn.execute(f"SELECT name FROM {table} WHERE deleted_at IS NULL").fetchall()
    return {r[0].split("-", 1)[1] for r in rows}


def _outcome(conn: psycopg.Connection, sql: str, params: dict[str, Any]) -> str:
    """'changed', 'unseen' (no row matched: invisible) or 'refused' (the server said no);
    always rolled back."""
    try:
        cur = conn.execute(sql, params)
        return "changed" if cur.rowcount == 1 else "unseen"
    except psycopg.errors.InsufficientPrivilege:
        return "refused"
    finally:
        conn.rollback()


def _expected_change(actor: str, kind: str) -> str:
    if not may_write(actor):
        return "refused"
    return "changed" if kind in VISIBLE[actor] else "unseen"


@pytest.mark.parametrize("actor", ACTORS)
def test_each_role_reads_and_changes_exactly_its_scope(pg_url, firm, actor):
    with _connect(pg_url, actor) as conn:
        _reads(conn, actor)
        _updates_and_deletes(conn, firm, actor)
        _creates(conn, firm, actor)
        _reassigns(conn, firm, actor)


def _reads(conn: psycopg.Connection, actor: str) -> None:
    assert _names(conn, "customers") == VISIBLE[actor]
    assert _names(conn, "deals") == VISIBLE[actor]
    assert _names(conn, "contacts") == VISIBLE[actor]
    conn.rollback()


def _updates_and_deletes(conn: psycopg.Connection, firm: Firm, actor: str) -> None:
    for kind in KINDS:
        expected = _expected_change(actor, kind)
        assert _outcome(conn, "UPDATE customers SET notes = 'x' WHERE id = %(id)s",
                        {"id": firm.customers[kind]}) == expected, (actor, kind)
        assert _outcome(conn, "UPDATE deals SET notes = 'x' WHERE id = %(id)s",
                        {"id": firm.deals[kind]}) == expected, (actor, kind)
        assert _outcome(conn, "DELETE FROM contacts WHERE id = %(id)s",
                        {"id": firm.contacts[kind]}) == expected, (actor, kind)


def _creates(conn: psycopg.Connection, firm: Firm, actor: str) -> None:
    insert = ("INSERT INTO customers (id, name, name_norm, tags, tier_manual, in_pool, owner_id,"
              " created_at, updated_at) VALUES (%(id)s, 'n', 'n', '', false, %(pool)s, "
              "%(owner)s, now(), now())")
    for target in (*TARGETS, "pool", None):
        owner = firm.people[target] if target in firm.people else None
        got = _outcome(conn, insert, {"id": str(uuid.uuid4()), "owner": owner,
                                      "pool": target == "pool"})
        person = target if target in firm.people else None
        assert got == ("changed" if may_give(actor, person) else "refused"), (actor, target)


def _reassigns(conn: psycopg.Connection, firm: Firm, actor: str) -> None:
    for kind in KINDS:
        for target in TARGETS:
            params = {"id": firm.customers[kind], "owner": firm.people[target]}
            got = _outcome(conn, "UPDATE customers SET owner_id = %(owner)s, "
                           "in_pool = false WHERE id = %(id)s", params)
            seen = _expected_change(actor, kind)
            want = seen if seen != "changed" else (
                "changed" if may_give(actor, target) else "refused")
            assert got == want, (actor, kind, target)
            params = {"id": firm.deals[kind], "owner": firm.people[target]}
            got = _outcome(conn, "UPDATE deals SET owner_id = %(owner)s WHERE id = %(id)s",
                           params)
            # a deal stays in scope while its customer is, whoever owns it
            assert got == seen, ("deal", actor, kind, target)


def test_a_wrong_password_a_disabled_account_and_a_stranger_are_kept_out(pg_url, firm,
                                                                         tmp_path):
    from services.team.accounts import disable_account, find_account

    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _connect(pg_url, "zhangsan", "not the password")
    store = open_store(pg_url, backup_dir=tmp_path / "b2")
    try:
        disable_account(store, find_account(store, "lisi").id)
    finally:
        store.close()
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        _connect(pg_url, "lisi")
    url = make_url(pg_url)
    stranger: dict[str, Any] = {"host": url.host, "port": url.port, "dbname": url.database,
                "user": "sp_stranger", "password": "x-stranger"}
    with psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                         user=url.username, autocommit=True) as admin:
        admin.execute("CREATE ROLE sp_stranger LOGIN PASSWORD 'x-stranger' IN ROLE "
                      "sailplan_write")
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(**stranger)  # CONNECT is granted to the accounts only
        admin.execute(f'GRANT CONNECT ON DATABASE "{url.database}" TO sp_stranger')
        with psycopg.connect(**stranger) as conn:  # a role that is no account sees nothing
            assert _names(conn, "customers") == set()
            assert conn.execute("SELECT count(*) FROM people").fetchone() == (0,)


def test_install_scope_again_changes_nothing_and_reports_every_login(pg_url, firm, tmp_path):
    from sqlalchemy import select

    from models.team import Account
    from services.team.pg_scope import install_scope

    store = open_store(pg_url, backup_dir=tmp_path / "b3")
    try:
        with store.write() as uow:
            roles = install_scope(uow.session.connection())
            keys = uow.session.scalars(select(Account.user_key)).all()
            uow.commit()
    finally:
        store.close()
    database = str(make_url(pg_url).database)
    assert sorted(roles) == sorted(login_role(database, k) for k in keys)
    with _connect(pg_url, "zhangsan") as conn:
        assert _names(conn, "customers") == VISIBLE["zhangsan"]


def test_a_new_role_takes_effect_in_the_grants_at_once(pg_url, firm, tmp_path):
    from services.org.people_edit import edit_person

    def granted(user: str) -> tuple[bool, bool]:
        with _connect(pg_url, user) as conn:
            row = conn.execute("SELECT pg_has_role(current_user, 'sailplan_write', 'MEMBER'), "
                               "pg_has_role(current_user, 'sailplan_read', 'MEMBER')").fetchone()
            assert row is not None
            return bool(row[0]), bool(row[1])

    assert granted("qian") == (False, True) and granted("lisi") == (True, False)
    store = open_store(pg_url, backup_dir=tmp_path / "b4")
    try:
        edit_person(store, firm.people["qian"], {"role": "rep"})
        edit_person(store, firm.people["lisi"], {"role": "analyst"})
    finally:
        store.close()
    assert granted("qian") == (True, False) and granted("lisi") == (False, True)
    with _connect(pg_url, "lisi") as conn:  # now an analyst: reads all, writes nothing
        assert _names(conn, "customers") == set(KINDS)
        assert _outcome(conn, "UPDATE customers SET notes = 'x' WHERE id = %(id)s",
                        {"id": firm.customers["team"]}) == "refused"


def test_only_the_owner_manages_logins(pg_url, firm, tmp_path):
    from services.org.people import create_person
    from services.org.people_edit import get_person
    from services.team.accounts import create_account, reset_password
    from services.team.signin import open_as_account, sign_in

    with _connect(pg_url, "zhangsan") as rep:  # a rep cannot take over the owner's login
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            rep.execute("SELECT sailplan_sync_login('wang', NULL)")
        rep.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            rep.execute("SELECT password_hash FROM accounts")
        rep.rollback()
        assert _outcome(rep, "UPDATE people SET role = 'owner' WHERE id = %(id)s",
                        {"id": firm.people["zhangsan"]}) == "unseen"
    admin = open_store(pg_url, backup_dir=tmp_path / "b5")
    try:
        owner = sign_in(admin, "wang", PASSWORD).value
        own = open_as_account(admin, owner, PASSWORD)  # the owner, signed in to the app
        try:
            unit = get_person(own, firm.people["wangwu"]).unit_id
            zhao6 = create_person(own, "赵六", unit, role="rep").value  # in 王五's region
            new = create_account(own, zhao6, "zhaoliu", PASSWORD, by=owner.id).value
            reset_password(own, find(own, "zhangsan"), "a-new-pass-1", by=owner.id)
        finally:
            own.close()
    finally:
        admin.close()
    with _connect(pg_url, "zhaoliu") as conn:  # a new rep: the pool and unassigned ones
        assert _names(conn, "customers") == {"pool", "unassigned"}
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _connect(pg_url, "zhangsan")
    _connect(pg_url, "zhangsan", "a-new-pass-1").close()
    assert new.user_name == "zhaoliu"


def find(store: Any, user: str) -> str:
    from services.team.accounts import find_account

    return find_account(store, user).id
