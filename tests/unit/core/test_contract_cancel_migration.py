"""Migration 0009 (contract cancellation) on a 0008 database with a contract and its plan: the
two columns arrive empty, a cancellation is stored, and a downgrade drops them again while the
contract, its instalments and their foreign keys stay."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, select, text

from models import Customer
from services.core.db import make_engine
from services.core.migrate import alembic_config, upgrade
from services.orders import contract_edits as E
from services.orders import contracts as C
from services.orders import overview as O
from services.orders import plans as PL
from services.setup import open_store
from tests.unit.store_helpers import populate


def _columns(engine) -> set[str]:
    with engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("contracts")}


def test_0009_adds_the_cancellation_columns_and_downgrades_cleanly(tmp_path: Path):
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
        with old.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO contracts (id, created_at, updated_at, number, customer_id, "
                "sign_date, amount, status) VALUES ('c1', '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00', 'HT-2026-0001', :cust, '2026-01-01', 10000, 'signed')"),
                {"cust": customer})
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert {"cancelled_on", "cancel_reason"} <= _columns(store.engine)
        PL.set_payment_plan(store, "c1", [PL.PlanLine(date(2026, 2, 1), percent=Decimal(100))])
        E.cancel_contract(store, "c1", "客户撤单", on=date(2026, 3, 1))
        row = O.contract_rows(store, date(2026, 3, 2))[0]
        assert (row.cancelled, row.cancel_reason) == (True, "客户撤单")
        C.create_contract(store, customer_id=customer, amount="5", sign_date=date(2026, 4, 1))
    engine = make_engine(target)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0008")
        assert not {"cancelled_on", "cancel_reason"} & _columns(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM contracts")).scalar() == 2
            assert conn.execute(text("SELECT count(*) FROM payment_instalments")).scalar() == 1
            assert not conn.execute(text("PRAGMA foreign_key_check")).all()
    finally:
        engine.dispose()
