"""Migration 0008 (orders and cash) on a populated 0006 database: the four tables arrive
empty, a contract with its plan and a payment can be written, the check passes, and a
downgrade removes the tables again."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import inspect, select

from models import Customer
from services.core.check import check_store
from services.core.migrate import head_revision
from services.orders import contracts as C
from services.orders import payments as PAY
from services.orders import plans as PL
from services.orders import receivables as R
from services.setup import open_store
from tests.unit.core.migration_steps import downgrade_to, engine_of, table_names, upgrade_to
from tests.unit.store_helpers import populate

TABLES = {"contracts", "payment_instalments", "payments", "payment_allocations"}


def test_0008_adds_the_orders_tables_to_a_populated_0006_database(tmp_path: Path):
    target = str(tmp_path / "firm.sqlite3")
    upgrade_to(target, "0006")
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=4)
        assert not TABLES & table_names(old.engine)
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0008" in store.applied_revisions
        with store.engine.connect() as conn:
            assert TABLES <= set(inspect(conn).get_table_names())
        with store.read() as uow:
            customer = uow.session.scalar(select(Customer.id).limit(1))
        cid = C.create_contract(store, customer_id=customer, amount="100",
                                sign_date=date(2026, 1, 1)).value
        PL.set_payment_plan(store, cid, [PL.PlanLine(date(2026, 2, 1), percent=Decimal(100))])
        PAY.record_payment(store, customer_id=customer, received_on=date(2026, 2, 2),
                           amount="40")
        assert R.receivables(store, date(2026, 3, 1)).total == Decimal("60.00")
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
    with engine_of(target) as engine:
        downgrade_to(engine, "0006")
        assert not TABLES & table_names(engine)
