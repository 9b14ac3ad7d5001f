"""Unit of work on a real store (SQLite file and PostgreSQL): commit, rollback, write locking."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, func, select

from models.settings import AppSetting
from services.core.db import make_engine
from services.core.store import Store


def _keys_seen_by_another_connection(store: Store) -> set[str]:
    """What a separate engine (another connection, like another process) sees."""
    other = make_engine(store.url)
    try:
        with other.connect() as conn:
            return set(conn.scalars(select(AppSetting.key)))
    finally:
        other.dispose()


def test_commit_persists_for_other_connections(any_store: Store):
    with any_store.write() as uow:
        uow.session.add(AppSetting(key="fiscal_year_start", value='"01-01"'))
        uow.commit()
    assert _keys_seen_by_another_connection(any_store) == {"fiscal_year_start"}
    with any_store.read() as uow:
        assert uow.session.get(AppSetting, "fiscal_year_start").value == '"01-01"'


def test_leaving_without_commit_rolls_back(any_store: Store):
    with any_store.write() as uow:
        uow.session.add(AppSetting(key="draft", value="1"))
        uow.session.flush()  # the row reached the database inside the transaction
        assert uow.session.scalar(select(func.count()).select_from(AppSetting)) == 1
    assert _keys_seen_by_another_connection(any_store) == set()
    with any_store.read() as uow:
        assert uow.session.get(AppSetting, "draft") is None


def test_exception_inside_unit_rolls_back_and_propagates(any_store: Store):
    with pytest.raises(ZeroDivisionError), any_store.write() as uow:
        uow.session.add(AppSetting(key="half_done", value="1"))
        uow.session.flush()
        _ = 1 / 0
    assert _keys_seen_by_another_connection(any_store) == set()


def test_rollback_discards_work_but_unit_can_continue(any_store: Store):
    with any_store.write() as uow:
        uow.session.add(AppSetting(key="discarded", value="1"))
        uow.session.flush()
        uow.rollback()
        uow.session.add(AppSetting(key="kept", value="2"))
        uow.commit()
    assert _keys_seen_by_another_connection(any_store) == {"kept"}


def test_unit_cannot_be_used_after_its_block(any_store: Store):
    unit = any_store.read()
    with unit:
        pass
    with pytest.raises(RuntimeError, match="outside its 'with' block"):
        _ = unit.session


def test_writers_begin_immediate_and_readers_plain_begin(store: Store):
    statements: list[str] = []
    store.engine.dispose()  # new connections get the trace callback
    event.listen(store.engine, "connect",
                 lambda dbapi, _rec: dbapi.set_trace_callback(statements.append))
    with store.write() as uow:
        uow.session.add(AppSetting(key="k", value="v"))
        uow.commit()
    writes = list(statements)
    statements.clear()
    with store.read() as uow:
        uow.session.get(AppSetting, "k")
    reads = list(statements)
    assert "BEGIN IMMEDIATE" in writes
    assert writes.index("BEGIN IMMEDIATE") < next(
        i for i, s in enumerate(writes) if s.startswith("INSERT")
    )
    assert "BEGIN" in reads and "BEGIN IMMEDIATE" not in reads


def test_writer_holds_write_lock_from_its_first_read(store: Store):
    """A read-then-write unit owns the write lock before it writes: no late 'database is locked'."""
    other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    try:
        with store.write() as uow:
            uow.session.get(AppSetting, "anything")  # only a read so far
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the unit ended
        other.execute("ROLLBACK")
        with store.read() as uow:
            uow.session.get(AppSetting, "anything")
            other.execute("BEGIN IMMEDIATE")  # a reader does not block writers (WAL)
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_sqlite_connections_use_durable_settings(store: Store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_commit_releases_the_write_lock_and_the_unit_stays_usable(store: Store):
    other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    try:
        with store.write() as uow:
            uow.session.add(AppSetting(key="first", value="1"))
            uow.commit()
            other.execute("BEGIN IMMEDIATE")  # nothing held between commit and the next write
            other.execute("ROLLBACK")
            uow.session.add(AppSetting(key="second", value="2"))
            uow.commit()
    finally:
        other.close()
    assert _keys_seen_by_another_connection(store) == {"first", "second"}
