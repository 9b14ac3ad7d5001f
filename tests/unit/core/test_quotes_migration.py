"""Migration 0010 (quotes) on a populated 0009 database: the three tables arrive empty, a quote
can be written, the check passes, and a downgrade removes the tables again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from models import Customer
from services.core.check import check_store
from services.core.migrate import head_revision
from services.orders import quotes as Q
from services.setup import open_store
from tests.unit.core.migration_steps import downgrade_to, engine_of, table_names, upgrade_to
from tests.unit.store_helpers import populate

TABLES = {"quotes", "quote_lines", "quote_approvals"}


def test_0010_adds_the_quote_tables_to_a_populated_0009_database(tmp_path: Path):
    target = str(tmp_path / "firm.sqlite3")
    upgrade_to(target, "0009")
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=3)
        assert not TABLES & table_names(old.engine)
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0010" in store.applied_revisions
        with store.read() as uow:
            customer = uow.session.scalar(select(Customer.id).limit(1))
        Q.create_quote(store, customer_id=customer, issued_on=date(2026, 1, 5),
                       lines=[Q.QuoteLineInput("服务", 1, "100", 2000, 600)])
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
    with engine_of(target) as engine:
        downgrade_to(engine, "0009")
        assert not TABLES & table_names(engine)
