"""One customer's orders for the card: contracts with collected / open / overdue and order
status, the latest revision of each quote, and the credit position — hand-computed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.customers.edit import update_customer
from services.orders import contracts as C
from services.orders import payments as PAY
from services.orders import quotes as Q
from services.orders.customer_orders import CustomerCredit, customer_orders
from services.orders.status import cancel_order
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan

TODAY = date(2026, 3, 10)
D = Decimal


def _quote(store, customer: str, issued: date) -> str:
    return Q.create_quote(store, customer_id=customer, issued_on=issued, lines=[
        Q.QuoteLineInput(description="服务器", quantity=2, unit_price="100",
                         tax_rate_bp=0)]).value


def test_contracts_quotes_and_credit_of_one_customer(any_store):
    """c0: HT-A 1,000 (300 due 01-31, 700 due 03-15; 200 paid → 100 of it overdue), HT-P 100
    paid with 150 (50 kept as credit), HT-X 400 cancelled, HT-D a 250 draft; limit 1,000.
    Open receivables 800 (A), exposure 800 + 250 = 1,050: over by 50. c1's contract and quote
    are not shown; a quote revised shows its latest revision only.
    """
    store = any_store
    f = build_firm(store)
    c0, c1 = f.customers[0], f.customers[1]
    a, _ = contract_with_plan(store, c0, None, "1000", date(2026, 1, 5),
                              [(date(2026, 1, 31), "300"), (date(2026, 3, 15), "700")],
                              number="HT-A")
    p, _ = contract_with_plan(store, c0, None, "100", date(2026, 2, 1),
                              [(date(2026, 2, 20), "100")], number="HT-P")
    x, _ = contract_with_plan(store, c0, None, "400", date(2026, 2, 5),
                              [(date(2026, 4, 1), "400")], number="HT-X")
    C.create_contract(store, customer_id=c0, amount="250", sign_date=date(2026, 3, 1),
                      number="HT-D", draft=True)
    contract_with_plan(store, c1, None, "999", date(2026, 1, 1), [(date(2026, 1, 2), "999")],
                       number="HT-O")
    PAY.record_payment(store, customer_id=c0, received_on=date(2026, 2, 10), amount="200",
                       contract_id=a)
    PAY.record_payment(store, customer_id=c0, received_on=date(2026, 2, 20), amount="150",
                       contract_id=p)
    cancel_order(store, x, "客户取消", on=date(2026, 2, 6))
    update_customer(store, c0, {"credit_limit": "1000"})
    revised = _quote(store, c0, date(2026, 2, 1))
    Q.send_quote(store, revised, date(2026, 2, 2))
    latest = Q.revise_quote(store, revised, issued_on=date(2026, 2, 15)).value
    draft = _quote(store, c0, date(2026, 3, 1))
    _quote(store, c1, date(2026, 3, 2))

    got = customer_orders(store, c0, TODAY)

    assert got.customer_id == c0
    assert [(r.number, r.sign_date, r.amount, r.collected, r.open_amount, r.overdue, r.status,
             r.order_status) for r in got.contracts] == [
        ("HT-D", date(2026, 3, 1), D("250.00"), D("0.00"), D("250.00"), D("0.00"), "draft",
         "pending"),
        ("HT-X", date(2026, 2, 5), D("400.00"), D("0.00"), D("0.00"), D("0.00"), "cancelled",
         "cancelled"),
        ("HT-P", date(2026, 2, 1), D("100.00"), D("100.00"), D("0.00"), D("0.00"), "signed",
         "pending"),
        ("HT-A", date(2026, 1, 5), D("1000.00"), D("200.00"), D("800.00"), D("100.00"),
         "signed", "pending")]
    assert [(q.id, q.revision, q.total, q.shown_status) for q in got.quotes] == [
        (draft, 1, D("200.00"), "draft"), (latest, 2, D("200.00"), "draft")]
    assert got.credit == CustomerCredit(D("1000.00"), D("800.00"), D("250.00"), D("50.00"))
    assert (got.credit.exposure, got.credit.over_by) == (D("1050.00"), D("50.00"))

    other = customer_orders(store, c1, TODAY)
    assert [r.number for r in other.contracts] == ["HT-O"] and len(other.quotes) == 1
    assert other.credit == CustomerCredit(None, D("999.00"), D("0.00"), D("0.00"))
    assert other.credit.over_by is None


def test_a_customer_without_orders(any_store):
    f = build_firm(any_store)
    got = customer_orders(any_store, f.customers[5], TODAY)
    assert (got.contracts, got.quotes) == ((), ())
    assert got.credit == CustomerCredit(None, D("0.00"), D("0.00"), D("0.00"))
    assert got.credit.exposure == 0 and got.credit.over_by is None
