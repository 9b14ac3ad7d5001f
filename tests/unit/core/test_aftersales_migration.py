"""Migration 0011 (after-sales) on a populated 0010 database: the two tables arrive empty, a
ticket with feedback can be written, the check passes, and a downgrade removes them again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from models import Customer
from services.aftersales import add_feedback, close_ticket, create_ticket, customer_service
from services.core.check import check_store
from services.core.migrate import head_revision
from services.setup import open_store
from tests.unit.core.migration_steps import downgrade_to, engine_of, table_names, upgrade_to
from tests.unit.store_helpers import populate

TABLES = {"service_tickets", "customer_feedback"}


def test_0011_adds_the_aftersales_tables_to_a_populated_0010_database(tmp_path: Path):
    target = str(tmp_path / "firm.sqlite3")
    upgrade_to(target, "0010")
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=4)
        assert not TABLES & table_names(old.engine)
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0011" in store.applied_revisions
        with store.read() as uow:
            customer = uow.session.scalar(select(Customer.id).limit(1))
        tid = create_ticket(store, customer_id=customer, title="安装",
                            opened_on=date(2026, 1, 2)).value
        close_ticket(store, tid, satisfaction=4, resolution="完成", on=date(2026, 1, 3))
        add_feedback(store, customer_id=customer, content="满意", ticket_id=tid)
        assert customer_service(store, customer).scored == 1
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
    with engine_of(target) as engine:
        downgrade_to(engine, "0010")
        assert not TABLES & table_names(engine)
