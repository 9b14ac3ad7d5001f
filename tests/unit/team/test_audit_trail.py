"""The audit trail (操作日志): every writer logged in its own transaction, nothing logged in a
personal file, the log refused to every change, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import exc, select, text, update

from models.audit import AuditEntry
from models.pipeline import Deal
from services.core.actor import set_actor
from services.core.db import write_engine
from services.core.store import Store
from services.setup import open_store
from services.team.audit_schema import REFUSAL, TRACKED, audit_installed, grant_audit
from tests.unit.store_helpers import populate
from tests.unit.team.audit_fixtures import switch_to_team

WORKER = Path(__file__).resolve().with_name("audit_worker.py")


def _deal_ids(store: Store) -> list[str]:
    with store.read() as uow:
        return list(uow.session.scalars(select(Deal.id).order_by(Deal.name)))


def _log(store: Store, record_id: str | None = None) -> list[AuditEntry]:
    with store.read() as uow:
        q = select(AuditEntry).order_by(AuditEntry.id)
        if record_id is not None:
            q = q.where(AuditEntry.record_id == record_id)
        return list(uow.session.scalars(q))


def _triggers(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").scalar_one()


def test_a_personal_file_has_no_triggers_and_keeps_no_log(store: Store):
    populate(store, customers=3)
    first = _deal_ids(store)[0]
    with store.write() as uow:
        uow.session.execute(update(Deal).values(amount=Decimal("9.99")))
        uow.session.execute(text("UPDATE deals SET owner_id = NULL WHERE id = :i"), {"i": first})
        uow.commit()
    assert _triggers(store) == 0
    assert _log(store) == []
    with store.read() as uow:
        assert uow.session.get(Deal, first).amount == Decimal("9.99")  # type: ignore[union-attr]


def test_every_writer_is_logged_with_who_when_and_both_values(any_store: Store):
    store = any_store
    populate(store, customers=3)
    switch_to_team(store)
    deal_id = _deal_ids(store)[1]
    set_actor(store.engine, "p-lead")
    with store.write() as uow:
        deal = uow.session.get(Deal, deal_id)
        assert deal is not None
        deal.amount = Decimal("1200.00")  # ORM flush
        deal.notes = "not a tracked field"
        uow.commit()
    set_actor(store.engine, "p-rep")
    with store.write() as uow:
        uow.session.execute(update(Deal).where(Deal.id == deal_id)  # Core
                            .values(expected_close=date(2026, 6, 30)))
        uow.session.execute(text("UPDATE deals SET owner_id = NULL WHERE id = :i"),  # raw SQL
                            {"i": deal_id})
        uow.commit()
    rows = [(e.actor_id, e.field, e.action, e.old_value, e.new_value)
            for e in _log(store, deal_id) if e.action == "update"]
    assert rows[0] == ("p-lead", "amount", "update", "105", "120000")
    assert rows[1][:3] == ("p-rep", "expected_close", "update")
    assert rows[1][3] is None and rows[1][4] is not None and rows[1][4].startswith("2026-06-30")
    assert rows[2][:3] == ("p-rep", "owner_id", "update") and rows[2][4] is None
    assert len(rows) == 3  # notes is not tracked
    entry = _log(store, deal_id)[-1]
    assert entry.table_name == "deals" and entry.at.tzinfo is not None
    if store.engine.dialect.name == "postgresql":
        assert entry.db_user  # the login role beside what the app says


def test_creations_and_soft_deletes_are_logged(any_store: Store):
    store = any_store
    switch_to_team(store)
    set_actor(store.engine, "p-owner")
    populate(store, customers=1)
    deal_id = _deal_ids(store)[0]
    created = {(e.field, e.action) for e in _log(store, deal_id)}
    assert {("owner_id", "insert"), ("stage_id", "insert"), ("amount", "insert")} <= created
    with store.write() as uow:
        uow.session.execute(text("UPDATE deals SET deleted_at = created_at WHERE id = :i"),
                            {"i": deal_id})
        uow.commit()
    last = _log(store, deal_id)[-1]
    assert (last.field, last.old_value) == ("deleted_at", None) and last.new_value


def _refused(store: Store, sql: str) -> str:
    with pytest.raises(exc.DBAPIError) as raised:
        with write_engine(store.engine).begin() as conn:
            conn.execute(text(sql))
    return str(raised.value)


def test_the_log_refuses_updates_and_deletes(any_store: Store):
    store = any_store
    populate(store, customers=2)
    switch_to_team(store)
    with store.write() as uow:
        uow.session.execute(update(Deal).values(amount=Decimal("1.00")))
        uow.commit()
    before = [(e.id, e.new_value) for e in _log(store)]
    assert before
    assert REFUSAL in _refused(store, "UPDATE audit_log SET new_value = '0'")
    assert REFUSAL in _refused(store, "DELETE FROM audit_log")
    assert [(e.id, e.new_value) for e in _log(store)] == before


@pytest.mark.postgres
def test_an_app_role_reads_the_log_and_cannot_write_it_through_sql(pg_url: str,
                                                                    tmp_path: Path):
    role = f"sailplan_rep_{uuid.uuid4().hex[:8]}"
    with open_store(pg_url, backup_dir=tmp_path / "b") as store:
        populate(store, customers=2)
        assert audit_installed(store.engine.connect())  # PostgreSQL: always team mode
        deal_id = _deal_ids(store)[0]
        with write_engine(store.engine).begin() as conn:
            conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'pw'")
            conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {role}")
            conn.exec_driver_sql(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
            grant_audit(conn, [role])
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    as_role = psycopg.conninfo.make_conninfo(plain, user=role, password="pw")
    try:
        with psycopg.connect(as_role, autocommit=True) as conn:
            conn.execute("SELECT set_config('sailplan.actor', 'p-rep', false)")
            conn.execute("UPDATE deals SET amount = 777 WHERE id = %s", (deal_id,))
            row = conn.execute("SELECT actor_id, db_user, new_value FROM audit_log "
                               "WHERE record_id = %s ORDER BY id DESC LIMIT 1",
                               (deal_id,)).fetchone()
            assert row == ("p-rep", role, "777")
            for sql in ("UPDATE audit_log SET new_value = '1'", "DELETE FROM audit_log",
                        "TRUNCATE audit_log",
                        "INSERT INTO audit_log (at, table_name, record_id, field, action) "
                        "VALUES (now(), 'deals', 'x', 'amount', 'update')"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(sql)
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")


def test_a_missing_trigger_is_put_back_when_the_file_is_opened(tmp_path: Path):
    path = tmp_path / "team.sqlite3"
    with open_store(path) as store:
        switch_to_team(store)
        complete = _triggers(store)
        assert complete == 3 * len(TRACKED) + 2
        with write_engine(store.engine).begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER audit_deals_update")  # as a table rebuild does
        assert _triggers(store) == complete - 1
    with open_store(path) as store:
        assert _triggers(store) == complete


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def team_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "team.sqlite3")
    return str(request.getfixturevalue("pg_url"))


def test_sigkill_in_a_loop_of_updates_leaves_every_change_with_its_audit_row(
        team_target: str, tmp_path: Path):
    with open_store(team_target, backup_dir=tmp_path / "b") as store:
        populate(store, customers=2)
        switch_to_team(store)
        deal_id = _deal_ids(store)[0]
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, str(WORKER), team_target, deal_id],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(random.uniform(0.2, 0.8))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with open_store(team_target, backup_dir=tmp_path / "b") as store:
            with store.read() as uow:
                deal = uow.session.get(Deal, deal_id)
                assert deal is not None
                fen, close = int(deal.amount * 100), deal.expected_close
            log = [e for e in _log(store, deal_id) if e.actor_id == "worker"]
        amounts = [int(e.new_value or 0) for e in log if e.field == "amount"]
        closes = [e.new_value for e in log if e.field == "expected_close"]
        # each round starts again from 1: the log is the rounds' runs one after the other
        runs: list[list[int]] = [[]]
        for value in amounts:
            if value == 1 and runs[-1]:
                runs.append([])
            runs[-1].append(value)
        assert len(runs) == round_ + 1
        assert all(run == list(range(1, len(run) + 1)) for run in runs), "a change lost its row"
        assert amounts[-1] == fen > 1, "the last logged value is not the record's"
        assert len(closes) == len(amounts)
        assert closes[-1] is not None and close == date(2026, 1, 1) + timedelta(days=fen)
        assert closes[-1].startswith(close.isoformat())
        chain = [e for e in log if e.field == "amount"]
        assert all(a.new_value == b.old_value for a, b in zip(chain, chain[1:], strict=False)
                   if b.new_value != "1")


def test_every_tracked_field_is_a_column_of_its_table():
    import models

    tables = models.Base.metadata.tables
    for table, fields in TRACKED.items():
        assert set(fields) <= set(tables[table].columns.keys()), table
        assert "id" in tables[table].columns
