"""Migration 0009 (a disputed flag per instalment) on a populated 0008 database: existing
instalments are not disputed, the flag can be set, and a downgrade keeps every row.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, select, text

from models import Customer
from models.orders import PaymentInstalment
from services.core.check import check_store
from services.core.db import make_engine
from services.core.migrate import alembic_config, head_revision, upgrade
from services.orders import contracts as C
from services.orders import plans as PL
from services.setup import open_store
from tests.unit.store_helpers import populate


def _columns(engine) -> set[str]:  # noqa: ANN001
    with engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("payment_instalments")}


def test_0009_adds_disputed_to_a_populated_0008_database(tmp_path: Path):
    target = str(tmp_path / "firm.sqlite3")
    engine = make_engine(target)
    try:
        upgrade(engine, target="0008")
    finally:
        engine.dispose()
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=2)
        with old.read() as uow:
            customer = uow.session.scalar(select(Customer.id).limit(1))
        with old.engine.begin() as conn:  # a plan written before 0009 (no disputed column)
            conn.execute(text(
                "INSERT INTO contracts (id, number, customer_id, sign_date, amount, status, "
                "created_at, updated_at) VALUES ('c1', 'HT-1', :c, '2026-01-01', 10000, "
                "'signed', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"), {"c": customer})
            conn.execute(text(
                "INSERT INTO payment_instalments (id, contract_id, seq, due_date, amount, "
                "created_at, updated_at) VALUES ('i1', 'c1', 1, '2026-02-01', 10000, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
        assert "disputed" not in _columns(old.engine)
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0009" in store.applied_revisions
        with store.read() as uow:
            assert uow.session.get(PaymentInstalment, "i1").disputed is False
        cid = C.create_contract(store, customer_id=customer, amount="100",
                                sign_date=date(2026, 1, 1)).value
        PL.set_payment_plan(store, cid, [PL.PlanLine(date(2026, 2, 1), percent=Decimal(100))])
        with store.write() as uow:
            uow.session.get(PaymentInstalment, "i1").disputed = True
            uow.commit()
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
    engine = make_engine(target)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0008")
        assert "disputed" not in _columns(engine)
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT COUNT(*) FROM payment_instalments")) == 2
    finally:
        engine.dispose()
