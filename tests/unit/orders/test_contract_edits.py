"""Cancelling a contract (kept, with its reason), rescheduling an instalment, applying the
customer's credit, and the contract list's collected / open / overdue figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.core.errors import ValidationError
from services.orders import contract_edits as E
from services.orders import overview as O
from services.orders import payments as PAY
from services.orders import plans as PL
from services.orders import receivables as R
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan, deal_id

D = Decimal
PLAN = [(date(2026, 2, 1), "300"), (date(2026, 3, 1), "600"), (date(2026, 4, 1), "100")]


@pytest.fixture
def store(any_store):
    """These tests run on SQLite and on PostgreSQL."""
    return any_store


def _row(store, cid: str, today: date = date(2026, 3, 15)) -> O.ContractRow:
    return next(r for r in O.contract_rows(store, today) if r.id == cid)


def test_a_cancelled_contract_stays_listed_with_its_reason_and_leaves_the_receivables(store):
    firm = build_firm(store)
    cid, _ids = contract_with_plan(store, firm.customers[0], None, "1000", date(2026, 1, 1), PLAN)
    assert R.receivables(store, date(2026, 3, 15)).total == D("1000.00")
    op = E.cancel_contract(store, cid, "  客户  取消采购 ", on=date(2026, 3, 10))
    row = _row(store, cid)
    assert (row.status, row.cancelled_on, row.cancel_reason) == (
        "cancelled", date(2026, 3, 10), "客户 取消采购")
    assert (row.open_amount, row.overdue) == (D("0.00"), D("0.00"))
    assert R.receivables(store, date(2026, 3, 15)).total == D("0.00")
    with pytest.raises(ValidationError) as exc:
        E.cancel_contract(store, cid, "again")
    assert exc.value.template == "The contract {number} is already cancelled."
    op.undo.run(store)  # undo: signed again, no reason
    row = _row(store, cid)
    assert (row.status, row.cancelled_on, row.cancel_reason) == ("signed", None, None)
    assert R.receivables(store, date(2026, 3, 15)).total == D("1000.00")


@pytest.mark.parametrize(("reason", "template"), [
    ("  ", "Give a reason for cancelling the contract."),
    ("x" * 501, "A reason can be at most {limit} characters long."),
])
def test_a_cancellation_needs_a_reason(store, reason, template):
    firm = build_firm(store)
    cid, _ids = contract_with_plan(store, firm.customers[0], None, "1000", date(2026, 1, 1), PLAN)
    with pytest.raises(ValidationError) as exc:
        E.cancel_contract(store, cid, reason)
    assert exc.value.template == template


def test_a_contract_with_payments_is_refunded_before_it_is_cancelled(store):
    firm = build_firm(store)
    cust = firm.customers[0]
    cid, ids = contract_with_plan(store, cust, None, "1000", date(2026, 1, 1), PLAN)
    PAY.record_payment(store, customer_id=cust, received_on=date(2026, 2, 1), amount="300")
    with pytest.raises(ValidationError) as exc:
        E.cancel_contract(store, cid, "客户违约")
    assert exc.value.template == ("Payments are applied to the contract {number}; refund them "
                                  "before cancelling it.")
    PAY.record_refund(store, customer_id=cust, refunded_on=date(2026, 3, 1), amount="300",
                      contract_id=cid)
    E.cancel_contract(store, cid, "客户违约")
    assert _row(store, cid).cancelled


def test_rescheduling_moves_an_open_instalment_and_undo_moves_it_back(store):
    firm = build_firm(store)
    cust = firm.customers[0]
    cid, ids = contract_with_plan(store, cust, None, "1000", date(2026, 1, 1), PLAN)
    PAY.record_payment(store, customer_id=cust, received_on=date(2026, 2, 1), amount="400")
    # 300 paid in full, 100 of 600 paid: the first is refused, the second moves
    with pytest.raises(ValidationError) as exc:
        E.reschedule_instalment(store, ids[0], date(2026, 6, 1))
    assert exc.value.template == ("This instalment is paid in full; there is nothing to "
                                  "reschedule.")
    op = E.reschedule_instalment(store, ids[1], date(2026, 5, 1))
    assert op.value == date(2026, 3, 1)
    assert [i.due_date for i in PL.list_instalments(store, cid)][1] == date(2026, 5, 1)
    # as of 3-15 the 500 left is no longer overdue
    report = R.receivables(store, date(2026, 3, 15))
    assert report.by_bucket["current"] == D("600.00") and report.overdue == D("0.00")
    op.undo.run(store)
    assert [i.due_date for i in PL.list_instalments(store, cid)][1] == date(2026, 3, 1)


def test_credit_is_applied_to_the_oldest_open_instalments_and_undo_gives_it_back(store):
    firm = build_firm(store)
    cust = firm.customers[0]
    a, a_ids = contract_with_plan(store, cust, None, "1000", date(2026, 1, 1), PLAN)
    # paid 1,200 on a 1,000 contract: 200 credit
    PAY.record_payment(store, customer_id=cust, received_on=date(2026, 2, 1), amount="1200")
    assert PAY.customer_credit(store, cust) == D("200.00")
    with pytest.raises(ValidationError) as exc:
        E.apply_credit(store, cust)
    assert exc.value.template == "Nothing is open to apply the credit to."
    b, b_ids = contract_with_plan(store, cust, None, "150", date(2026, 3, 1),
                                  [(date(2026, 4, 1), "50"), (date(2026, 5, 1), "100")])
    op = E.apply_credit(store, cust, contract_id=b, instalment_id=b_ids[1])
    assert op.value.allocations == ((b_ids[1], D("100.00")), (b_ids[0], D("50.00")))
    assert PAY.customer_credit(store, cust) == D("50.00")
    assert _row(store, b).collected == D("150.00") and _row(store, b).open_amount == D("0.00")
    op.undo.run(store)
    assert PAY.customer_credit(store, cust) == D("200.00")
    assert _row(store, b).collected == D("0.00")
    with pytest.raises(ValidationError) as exc:
        E.apply_credit(store, firm.customers[1])
    assert exc.value.template == "The customer has no credit to apply."


def test_credit_taken_back_by_a_refund_is_not_applied_twice(store):
    firm = build_firm(store)
    cust = firm.customers[0]
    contract_with_plan(store, cust, None, "100", date(2026, 1, 1), [(date(2026, 2, 1), "100")])
    PAY.record_payment(store, customer_id=cust, received_on=date(2026, 2, 1), amount="300")
    PAY.record_refund(store, customer_id=cust, refunded_on=date(2026, 2, 2), amount="150")
    b, _ids = contract_with_plan(store, cust, None, "500", date(2026, 3, 1),
                                 [(date(2026, 4, 1), "500")])
    op = E.apply_credit(store, cust)  # 50 left of the 200 over-paid
    assert op.value.amount == D("50.00")
    assert PAY.customer_credit(store, cust) == D("0.00")
    assert _row(store, b).open_amount == D("450.00")


def test_contract_rows_and_detail_show_collected_open_overdue_and_credit(store):
    firm = build_firm(store)
    cust = firm.customers[0]
    cid, ids = contract_with_plan(store, cust, firm.people["张三"], "1000", date(2026, 1, 1),
                                  PLAN)
    PAY.record_payment(store, customer_id=cust, received_on=date(2026, 2, 1), amount="400",
                       reference="B-1")
    row = _row(store, cid, today=date(2026, 3, 15))
    # due before 3-15: 300 (paid) and 600 (100 paid) → 500 overdue
    assert (row.collected, row.open_amount, row.overdue, row.planned) == (
        D("400.00"), D("600.00"), D("500.00"), D("1000.00"))
    detail = O.contract_detail(store, cid, date(2026, 3, 15))
    assert detail is not None
    assert [i.paid for i in detail.instalments] == [D("300.00"), D("100.00"), D("0.00")]
    assert [(p.amount, p.on_contract, p.reference) for p in detail.payments] == [
        (D("400.00"), D("400.00"), "B-1")]
    assert detail.credit == D("0.00")


def test_won_deals_without_a_contract_are_offered(store):
    from services.orders import contracts as C

    build_firm(store)
    offered = {d.name for d in O.won_deals_without_contract(store)}
    assert "商机0" in offered and "未成交" not in offered
    C.create_contract_from_deal(store, deal_id(store, "商机0"))
    assert "商机0" not in {d.name for d in O.won_deals_without_contract(store)}
