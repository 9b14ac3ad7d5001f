"""Migration 0009 (contract compliance, order status, disputed) on a populated 0008 database:
existing contracts stay signed and pending, instalments are not disputed, drafts and the new
fields can be written, the check passes, and a downgrade drops the columns in place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import inspect, select, text

from models import Customer
from services.core.check import check_store
from services.core.migrate import head_revision
from services.orders import compliance as CO
from services.orders import contracts as C
from services.orders import risk as RK
from services.orders import status as ST
from services.setup import open_store
from tests.unit.core.migration_steps import downgrade_to, engine_of, upgrade_to
from tests.unit.store_helpers import populate

NEW = {"order_status", "delivered_on", "accepted_on", "completed_on", "cancelled_on",
       "cancel_reason", "terms_checked", "override_by_id", "override_reason", "override_at",
       "override_missing"}


def _columns(engine, table: str) -> set[str]:  # noqa: ANN001
    with engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns(table)}


def test_0009_keeps_existing_contracts_signed(tmp_path: Path):
    target = str(tmp_path / "firm.sqlite3")
    upgrade_to(target, "0008")
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=3)
        with old.engine.begin() as conn:
            customer = conn.scalar(text("SELECT id FROM customers LIMIT 1"))
            conn.execute(text(
                "INSERT INTO contracts (id, number, customer_id, sign_date, amount, status, "
                "created_at, updated_at) VALUES ('c1', 'HT-OLD', :c, '2026-01-01', 100000, "
                "'signed', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"), {"c": customer})
            conn.execute(text(
                "INSERT INTO payment_instalments (id, contract_id, seq, due_date, amount, "
                "created_at, updated_at) VALUES ('i1', 'c1', 1, '2026-02-01', 100000, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0009" in store.applied_revisions
        state = ST.order_state(store, "c1")
        assert (state.contract_status, state.order_status) == ("signed", "pending")
        assert not RK.open_instalments(store, customer, date(2026, 3, 1))[0].disputed
        with store.read() as uow:
            other = uow.session.scalar(select(Customer.id).where(Customer.id != customer))
        cid = C.create_contract(store, customer_id=other, amount="10",
                                sign_date=date(2026, 1, 1), draft=True).value
        CO.set_terms_checked(store, cid, [t.id for t in CO.required_terms(store)], True)
        CO.sign_contract(store, cid)
        ST.advance_order(store, "c1", "delivered", on=date(2026, 1, 5))
        RK.set_disputed(store, ["i1"], True)
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
    with engine_of(target) as engine:
        downgrade_to(engine, "0008")
        assert not NEW & _columns(engine, "contracts")
        assert "disputed" not in _columns(engine, "payment_instalments")
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM payment_instalments")) == 1
