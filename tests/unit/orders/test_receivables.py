"""Receivables as of any date, recomputed from the payment history; aging; collection rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.orders import payments as PAY
from services.orders import receivables as R
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan

D = Decimal


@pytest.fixture
def store(any_store):
    """These tests run on SQLite and on PostgreSQL."""
    return any_store


@pytest.mark.parametrize(("days", "bucket"), [
    (-5, "current"), (0, "current"), (1, "1-30"), (30, "1-30"), (31, "31-60"), (60, "31-60"),
    (61, "61-90"), (90, "61-90"), (91, "90+"), (400, "90+"),
])
def test_buckets(days, bucket):
    assert R.bucket_of(days) == bucket


@pytest.fixture
def ledger(store):
    """Two customers, two owners. Contract A (张三, signed 2026-01-05): 300 due 01-31, 700 due
    03-31. Contract B (王五, signed 2026-02-01): 500 due 02-15. A pays 200 on 02-10 and 900
    on 04-20 (100 of it is credit); B pays 500 on 03-01 and gets 120 back on 03-20.
    """
    firm = build_firm(store)
    a_cust, b_cust = firm.customers[0], firm.customers[3]
    a, a_ids = contract_with_plan(store, a_cust, firm.people["张三"], "1000", date(2026, 1, 5),
                                  [(date(2026, 1, 31), "300"), (date(2026, 3, 31), "700")],
                                  number="HT-A")
    b, b_ids = contract_with_plan(store, b_cust, firm.people["王五"], "500", date(2026, 2, 1),
                                  [(date(2026, 2, 15), "500")], number="HT-B")
    PAY.record_payment(store, customer_id=a_cust, received_on=date(2026, 2, 10),
                       amount=D("200"), method="bank")
    PAY.record_payment(store, customer_id=a_cust, received_on=date(2026, 4, 20),
                       amount=D("900"), method="bank")
    PAY.record_payment(store, customer_id=b_cust, received_on=date(2026, 3, 1),
                       amount=D("500"), method="wechat")
    PAY.record_refund(store, customer_id=b_cust, refunded_on=date(2026, 3, 20),
                      amount=D("120"), method="wechat")
    return firm, a_ids, b_ids


# as of, then per instalment (contract, due) → (open amount, days overdue, bucket)
CASES = [
    (date(2026, 1, 4), {}),  # nothing signed yet
    (date(2026, 1, 20), {("HT-A", "01-31"): ("300.00", 0, "current"),
                         ("HT-A", "03-31"): ("700.00", 0, "current")}),
    (date(2026, 2, 10), {("HT-A", "01-31"): ("100.00", 10, "1-30"),
                         ("HT-A", "03-31"): ("700.00", 0, "current"),
                         ("HT-B", "02-15"): ("500.00", 0, "current")}),
    (date(2026, 3, 17), {("HT-A", "01-31"): ("100.00", 45, "31-60"),
                         ("HT-A", "03-31"): ("700.00", 0, "current")}),
    # the refund of 03-20 reopened B's instalment by 120
    (date(2026, 3, 20), {("HT-A", "01-31"): ("100.00", 48, "31-60"),
                         ("HT-A", "03-31"): ("700.00", 0, "current"),
                         ("HT-B", "02-15"): ("120.00", 33, "31-60")}),
    (date(2026, 4, 19), {("HT-A", "01-31"): ("100.00", 78, "61-90"),
                         ("HT-A", "03-31"): ("700.00", 19, "1-30"),
                         ("HT-B", "02-15"): ("120.00", 63, "61-90")}),
    (date(2026, 4, 20), {("HT-B", "02-15"): ("120.00", 64, "61-90")}),
    (date(2026, 6, 1), {("HT-B", "02-15"): ("120.00", 106, "90+")}),
]


@pytest.mark.parametrize(("as_of", "expected"), CASES)
def test_receivables_as_of_a_date_are_reconstructed_from_the_history(store, ledger, as_of,
                                                                     expected):
    rep = R.receivables(store, as_of)
    got = {(r.contract_number, r.due_date.strftime("%m-%d")):
           (f"{r.open_amount:.2f}", r.days_overdue, r.bucket) for r in rep.rows}
    assert got == expected
    assert rep.total == sum((D(v[0]) for v in expected.values()), D(0))
    for bucket in R.BUCKETS:
        assert rep.by_bucket[bucket] == sum((D(v[0]) for v in expected.values()
                                             if v[2] == bucket), D(0))


def test_totals_per_customer_and_owner(store, ledger):
    firm, _a, _b = ledger
    rep = R.receivables(store, date(2026, 4, 19))
    assert rep.by_customer == {firm.customers[0]: D("800.00"), firm.customers[3]: D("120.00")}
    assert rep.by_owner == {firm.people["张三"]: D("800.00"), firm.people["王五"]: D("120.00")}
    assert rep.by_unit == {firm.units["east"]: D("800.00"), firm.units["south"]: D("120.00")}
    assert rep.overdue == D("920.00")
    only = R.receivables(store, date(2026, 4, 19), owner_id=firm.people["王五"])
    assert [r.contract_number for r in only.rows] == ["HT-B"]
    # credit as of dates: A paid 1100 against 1000 on 04-20
    assert PAY.customer_credit(store, firm.customers[0], date(2026, 4, 19)) == D("0.00")
    assert PAY.customer_credit(store, firm.customers[0]) == D("100.00")


@pytest.mark.parametrize(("start", "end", "due", "collected", "rate"), [
    # January: A's 300 due 01-31; by 01-31 nothing received
    (date(2026, 1, 1), date(2026, 1, 31), "300.00", "0.00", "0.0000"),
    # Q1: 300 + 700 (A) + 500 (B) due; by 03-31 A has 200 on the first, B 500 − 120
    (date(2026, 1, 1), date(2026, 3, 31), "1500.00", "580.00", "0.3867"),
    # the year so far: A fully paid by 04-20
    (date(2026, 1, 1), date(2026, 4, 30), "1500.00", "1380.00", "0.9200"),
    (date(2026, 5, 1), date(2026, 5, 31), "0.00", "0.00", None),
])
def test_collection_rate_is_collected_over_due(store, ledger, start, end, due, collected, rate):
    firm, _a, _b = ledger
    total, per_owner = R.collection_rate(store, start, end)
    assert (total.due, total.collected) == (D(due), D(collected))
    assert total.rate == (D(rate) if rate is not None else None)
    if start == date(2026, 1, 1) and end == date(2026, 3, 31):
        assert per_owner[firm.people["王五"]].rate == D("0.7600")
        assert per_owner[firm.people["张三"]].collected == D("200.00")
