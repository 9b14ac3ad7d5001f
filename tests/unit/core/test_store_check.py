"""check_store: what a user learns about the health of their database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from services.core.check import check_store
from services.core.migrate import head_revision
from services.core.store import Store
from services.setup import open_store
from tests.unit.store_helpers import (
    HEAD,
    NEXT_REVISION,
    REBUILD_CUSTOMERS,
    migrations_with,
    populate,
)


def test_healthy_store_is_ok_at_head(any_store: Store):
    populate(any_store, customers=3)
    report = check_store(any_store)
    assert report.ok and report.problems == []
    assert report.revision == head_revision()


def test_broken_references_are_reported_with_table_and_row(db_path: Path):
    with open_store(db_path) as store:
        populate(store, customers=2)
    con = sqlite3.connect(db_path)  # another tool wrote here with foreign keys off
    con.execute("DELETE FROM customers WHERE id = (SELECT customer_id FROM contacts LIMIT 1)")
    con.commit()
    con.close()
    with open_store(db_path) as store:
        report = check_store(store)
    assert not report.ok
    assert any(p.startswith("broken reference: contacts row") and "customers" in p
               for p in report.problems), report.problems
    assert any("deals row" in p for p in report.problems)


def test_older_schema_is_reported_with_the_fix(db_path: Path, tmp_path: Path):
    open_store(db_path).close()
    newer = migrations_with(tmp_path, REBUILD_CUSTOMERS)  # a Sailplan that knows one more
    with open_store(db_path, migrate=False, migrations_dir=newer) as store:
        report = check_store(store)
    assert not report.ok and report.revision == HEAD
    assert report.problems == [f"schema revision {HEAD} is older than this Sailplan's "
                               f"{NEXT_REVISION} (run `migrate`: it backs the file up first)"]


def test_database_without_schema_is_reported(db_path: Path):
    with open_store(db_path, migrate=False) as store:
        report = check_store(store)
    assert not report.ok and report.revision == ""
    assert "no Sailplan schema yet" in report.problems[0]


def test_someone_elses_database_is_not_told_to_migrate(db_path: Path):
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    with open_store(db_path, migrate=False) as store:
        report = check_store(store)
    assert not report.ok
    assert report.problems == ["the database holds tables but no Sailplan schema version: it "
                               "is not a Sailplan database, or not the one you meant. Check the "
                               "path (--db)."]


@pytest.mark.postgres
def test_postgresql_without_sailplan_tables_is_told_to_check_the_url(pg_url: str):
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer primary key)"))
    engine.dispose()
    with open_store(pg_url, migrate=False) as store:
        report = check_store(store)
    assert not report.ok
    assert all("migrate" not in p for p in report.problems), report.problems
    assert "Check the URL (--db)" in report.problems[0]


@pytest.mark.postgres
def test_older_postgresql_schema_says_to_update_every_sailplan_first(pg_url: str,
                                                                    tmp_path: Path):
    open_store(pg_url).close()
    newer = migrations_with(tmp_path, REBUILD_CUSTOMERS)
    with open_store(pg_url, migrate=False, migrations_dir=newer) as store:
        report = check_store(store)
    assert report.problems == [f"schema revision {HEAD} is older than this Sailplan's "
                               f"{NEXT_REVISION}: update every Sailplan that uses this server, "
                               "back it up (`backup OUT`), then run `migrate` once"]


@pytest.mark.postgres
def test_postgres_check_finds_orphans_unvalidated_constraints_and_counts(pg_url, tmp_path):
    from sqlalchemy import MetaData, insert, select

    store = open_store(pg_url, backup_dir=tmp_path / "backups")
    try:
        populate(store, customers=3)
        healthy = check_store(store)
        assert healthy.ok, healthy.problems
        assert healthy.counts["customers"] == 3 and healthy.counts["contacts"] == 3
        with store.engine.begin() as conn:
            name = conn.exec_driver_sql(
                "SELECT conname FROM pg_constraint WHERE conrelid = 'contacts'::regclass "
                "AND contype = 'f'").scalar_one()
            conn.exec_driver_sql(f'ALTER TABLE contacts DROP CONSTRAINT "{name}"')
            contacts = MetaData()
            contacts.reflect(conn, only=["contacts"])
            table = contacts.tables["contacts"]
            row = dict(conn.execute(select(table).limit(1)).mappings().one())
            row.update(id="orphan-contact", customer_id="no-such-customer")
            conn.execute(insert(table), [row])
            conn.exec_driver_sql(
                "ALTER TABLE contacts ADD CONSTRAINT contacts_customer_nv FOREIGN KEY "
                "(customer_id) REFERENCES customers(id) NOT VALID")
        report = check_store(store)
    finally:
        store.close()
    assert not report.ok and not report.damaged
    assert any(p.startswith("broken reference: 1 contacts row(s) point to a missing customers")
               for p in report.problems), report.problems
    assert any(p.startswith("constraint contacts_customer_nv on contacts is broken by existing")
               for p in report.problems), report.problems
    assert report.counts["contacts"] == 4
