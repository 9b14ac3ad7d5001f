"""Every write of orders and cash is undone exactly, and its undo redone with the same ids."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from models.orders import Contract, Payment, PaymentAllocation, PaymentInstalment
from services.core.errors import ValidationError
from services.orders import contracts as C
from services.orders import payments as PAY
from services.orders import plans as PL
from services.orders import receivables as R
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan, deal_id

D = Decimal


@pytest.fixture
def store(any_store):
    """These tests run on SQLite and on PostgreSQL."""
    return any_store
TABLES = (Contract, PaymentInstalment, Payment, PaymentAllocation)


def live(store):
    """Every live row of the orders tables, every column but ``updated_at``."""
    out = {}
    with store.read() as uow:
        for model in TABLES:
            cols = [c.key for c in model.__table__.columns if c.key != "updated_at"]
            for row in uow.session.scalars(select(model).where(model.deleted_at.is_(None))):
                out[(model.__tablename__, row.id)] = tuple(getattr(row, c) for c in cols)
    return out


@pytest.fixture
def setup(store):
    firm = build_firm(store)
    cust = firm.customers[0]
    cid, ids = contract_with_plan(store, cust, firm.people["张三"], "1000", date(2026, 1, 1), [
        (date(2026, 2, 1), "300"), (date(2026, 3, 1), "700")])
    PAY.record_payment(store, customer_id=cust, received_on=date(2026, 2, 1), amount=D("400"))
    bare = C.create_contract(store, customer_id=cust, amount="100", sign_date=date(2026, 6, 1),
                             number="HT-BARE").value
    PL.set_payment_plan(store, bare, [PL.PlanLine(date(2026, 6, 30), percent=D(100))])
    return firm, cust, cid, ids, bare


WRITES = {
    "contract from deal": lambda s, f, cust, cid, ids: C.create_contract_from_deal(
        s, deal_id(s, "商机1")),
    "contract by hand": lambda s, f, cust, cid, ids: C.create_contract(
        s, customer_id=cust, amount="88.80", sign_date=date(2026, 6, 1), terms="货到付款"),
    "payment plan replaced": lambda s, f, cust, cid, ids: PL.set_payment_plan(
        s, C.list_contracts(s)[-1].id, [PL.PlanLine(date(2026, 7, 1), percent=D(50)),
         PL.PlanLine(date(2026, 8, 1), percent=D(50))]),
    "invoiced": lambda s, f, cust, cid, ids: PL.set_invoiced(s, ids, date(2026, 2, 3)),
    "payment": lambda s, f, cust, cid, ids: PAY.record_payment(
        s, customer_id=cust, received_on=date(2026, 3, 2), amount=D("900"),
        method="承兑汇票", reference="票号 001"),
    "refund": lambda s, f, cust, cid, ids: PAY.record_refund(
        s, customer_id=cust, refunded_on=date(2026, 3, 2), amount=D("150"), method="bank"),
}


@pytest.mark.parametrize("name", list(WRITES))
def test_undo_puts_every_live_row_back_and_redo_brings_the_same_ids(store, setup, name):
    firm, cust, cid, ids, _bare = setup
    before = live(store)
    open_before = R.receivables(store, date(2026, 12, 31)).rows
    op = WRITES[name](store, firm, cust, cid, ids)
    after = live(store)
    assert after != before
    assert op.changes  # what changed is recorded for the pages
    redo = op.undo.run(store)
    assert live(store) == before
    assert R.receivables(store, date(2026, 12, 31)).rows == open_before
    again = redo.undo.run(store)
    assert live(store) == after
    again.undo.run(store)
    assert live(store) == before


def test_undoing_a_payment_a_later_refund_depends_on_is_refused(store, setup):
    _firm, cust, cid, _ids, _bare = setup
    PAY.record_refund(store, customer_id=cust, refunded_on=date(2026, 3, 1), amount=D("400"))
    first = PAY.list_payments(store, customer_id=cust)[0]
    assert first.amount == D("400.00")
    with pytest.raises(ValidationError) as exc:
        PAY.discard_payment(store, first.id)
    assert exc.value.template.startswith("A later payment or refund depends on this one")


def test_a_plan_with_payments_is_not_replaced_and_a_paid_contract_not_removed(store, setup):
    _firm, _cust, cid, _ids, _bare = setup
    with pytest.raises(ValidationError):
        PL.set_payment_plan(store, cid, [PL.PlanLine(date(2026, 9, 1), percent=D(100))])
    with pytest.raises(ValidationError):
        C.discard_contract(store, cid)
