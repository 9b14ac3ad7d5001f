"""The data scope through the services, on a SQLite file in team mode (the services filter and
refuse) and on PostgreSQL (signed in as the account's login role: the server filters, the
services refuse first with a clear message). Same matrix as tests/unit/team/test_scope_sql.py:
role × read, create, update, delete, reassign × own, team, other region, pool, unassigned."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from typing import Any

import pytest

from services.core.changes import Op
from services.core.errors import SailplanError
from services.customers.bulk import reassign_owner
from services.customers.edit import NewCustomer, create_customer, delete_customers, update_customer
from services.customers.queries import load_customer_rows
from services.pipeline.board import load_board
from services.pipeline.deals import list_pipelines, update_deal
from services.team.scope import OutOfScopeError
from services.team.signin import SignInError, open_as_account, sign_in
from tests.unit.team.scope_fixtures import (
    ACTORS,
    KINDS,
    OWNERS,
    PASSWORD,
    TARGETS,
    VISIBLE,
    Firm,
    make_firm,
    may_give,
    may_write,
)


@pytest.fixture
def signed_in(any_store, tmp_path) -> Iterator[Callable[[str], tuple[Any, Firm]]]:
    """``signed_in(user)``: the store as that account uses it (SQLite: the same file with the
    scope applied; PostgreSQL: connected as the account's login role), and the firm."""
    firm = make_firm(any_store)
    opened: list[Any] = []

    def signed(user: str) -> tuple[Any, Firm]:
        account = sign_in(any_store, user, PASSWORD).value
        store = open_as_account(any_store, account, PASSWORD)
        if store is not any_store:
            opened.append(store)
        return store, firm

    yield signed
    for store in opened:
        store.close()
    if any_store.engine.dialect.name == "postgresql":
        import psycopg

        from tests.pg_server import drop_sailplan_roles

        url = any_store.url
        with psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                             user=url.username, autocommit=True) as admin:
            drop_sailplan_roles(admin)


def _outcome(store: Any, action: Callable[..., Op[Any]]) -> str:
    """'changed' (undone again), 'unseen' (the record is not there for this person) or
    'refused' (the services said it is outside the scope)."""
    try:
        op = action()
    except OutOfScopeError:
        return "refused"
    except SailplanError:  # "no longer exists"
        return "unseen"
    if op.undo is None:
        return "unseen"
    op.undo.run(store)
    return "changed"


def _expected(actor: str, kind: str) -> str:
    if kind not in VISIBLE[actor]:
        return "unseen"
    return "changed" if may_write(actor) else "refused"


@pytest.mark.parametrize("actor", ACTORS)
def test_each_role_sees_and_changes_exactly_its_scope_through_the_services(signed_in, actor):
    store, firm = signed_in(actor)
    names = {r.name.split("-", 1)[1] for r in load_customer_rows(store)}
    assert names == VISIBLE[actor]
    pipeline = list_pipelines(store)[0].id
    cards = {c.name.split("-", 1)[1] for c in load_board(store, pipeline, date.today())}
    assert cards == VISIBLE[actor]
    for kind in KINDS:
        cid, did = firm.customers[kind], firm.deals[kind]
        want = _expected(actor, kind)
        assert _outcome(store, partial(update_customer, store, cid, {"notes": "x"})) == want, \
            ("update", actor, kind)
        assert _outcome(store, partial(update_deal, store, did, notes="x")) == want, \
            ("update deal", actor, kind)
        for target in TARGETS:
            if OWNERS[kind] == target:
                continue
            got = _outcome(store, partial(reassign_owner, store, [cid], firm.people[target]))
            expect = want if want != "changed" else (
                "changed" if may_give(actor, target) else "refused")
            assert got == expect, ("reassign", actor, kind, target)
        assert _outcome(store, partial(delete_customers, store, [cid])) == want, \
            ("delete", actor, kind)
    for new_owner in (*TARGETS, None):
        owner = firm.people[new_owner] if new_owner else None
        new = NewCustomer(name=f"新客户-{new_owner}", owner_id=owner)
        got = _outcome(store, partial(create_customer, store, new))
        assert got == ("changed" if may_give(actor, new_owner) else "refused"), \
            ("create", actor, new_owner)


def test_a_rep_is_told_why_a_customer_cannot_go_to_someone_else(signed_in):
    store, firm = signed_in("zhangsan")
    with pytest.raises(OutOfScopeError, match="people you manage"):
        reassign_owner(store, [firm.customers["own"]], firm.people["wangwu"])


def test_the_analyst_is_told_the_role_reads_only(signed_in):
    store, firm = signed_in("qian")
    with pytest.raises(OutOfScopeError, match="reads only"):
        update_customer(store, firm.customers["own"], {"notes": "x"})


@pytest.mark.postgres
def test_a_login_the_server_refuses_is_told(pg_url, tmp_path):
    import psycopg

    from services.setup import open_store
    from tests.pg_server import drop_sailplan_roles

    store = open_store(pg_url, backup_dir=tmp_path / "b")
    try:
        make_firm(store)
        account = sign_in(store, "zhangsan", PASSWORD).value
        own = open_as_account(store, account, PASSWORD)
        assert own is not store and own.url.username != store.url.username
        own.close()
        url = store.url
        with psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                             user=url.username, autocommit=True) as admin:
            admin.execute(f'ALTER ROLE "{own.url.username}" PASSWORD \'changed-elsewhere\'')
        with pytest.raises(SignInError, match="refused this account's login"):
            open_as_account(store, account, PASSWORD)
    finally:
        store.close()
        url = store.url
        with psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                             user=url.username, autocommit=True) as admin:
            drop_sailplan_roles(admin)
