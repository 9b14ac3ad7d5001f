"""Contracts, payment plans exact to the fen, and payments applied oldest first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from services.core.errors import ValidationError
from services.orders import contracts as C
from services.orders import payments as PAY
from services.orders import plans as PL
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan, deal_id

D = Decimal


@pytest.fixture
def store(any_store):
    """These tests run on SQLite and on PostgreSQL."""
    return any_store


@pytest.mark.parametrize(("total", "percents", "amounts"), [
    ("100.00", [Fraction(100, 3)] * 3, ["33.33", "33.33", "33.34"]),
    ("100.00", ["30", "60", "10"], ["30.00", "60.00", "10.00"]),
    ("100.01", ["30", "60", "10"], ["30.00", "60.01", "0.00"]),  # replaced below
    ("99999.99", ["50", "50"], ["50000.00", "49999.99"]),   # 49999.995 rounds half up
    ("0.10", ["30", "30", "40"], ["0.03", "0.03", "0.04"]),
    ("1000.00", ["12.5", "12.5", "75"], ["125.00", "125.00", "750.00"]),
    ("0.01", ["100"], ["0.01"]),
    ("200.00", [Fraction(100, 7)] * 7,
     ["28.57", "28.57", "28.57", "28.57", "28.57", "28.57", "28.58"]),
])
def test_percent_splits_add_up_exactly_and_the_last_takes_the_rest(total, percents, amounts):
    if total == "100.01":  # 30.003 → 30.00, 60.006 → 60.01, the rest 10.00
        amounts = ["30.00", "60.01", "10.00"]
    got = PL.split_by_percent(D(total), percents)
    assert got == [D(a) for a in amounts]
    assert sum(got) == D(total)


@pytest.mark.parametrize(("total", "n", "amounts"), [
    ("100.00", 3, ["33.33", "33.33", "33.34"]),
    ("0.02", 3, None),  # 0.01 + 0.01 leaves nothing for the last: refused
    ("10.00", 4, ["2.50", "2.50", "2.50", "2.50"]),
    ("0.05", 2, ["0.03", "0.02"]),  # 2.5 fen rounds half up
])
def test_equal_splits(total, n, amounts):
    if amounts is None:
        with pytest.raises(ValidationError):
            PL.split_equally(D(total), n)
        return
    assert PL.split_equally(D(total), n) == [D(a) for a in amounts]


@pytest.mark.parametrize(("percents", "template"), [
    (["30", "60"], "The percentages add up to {sum} %, not 100 %."),
    (["30", "60", "10.5"], "The percentages add up to {sum} %, not 100 %."),
    (["100", "0"], "Every instalment's percentage must be more than zero."),
    (["abc"], "“{value}” is not a percentage."),
    ([], "A payment plan needs at least one instalment."),
])
def test_percent_plans_that_do_not_add_up_are_refused(percents, template):
    with pytest.raises(ValidationError) as exc:
        PL.split_by_percent(D("100"), percents)
    assert exc.value.template == template


def test_template_lines_fall_due_after_the_anchor():
    t = PL.template_by_key("30-60-10")
    lines = PL.plan_from_template(D("128000.00"), date(2026, 3, 1), t)
    assert [(x.label, x.due_date, x.amount) for x in lines] == [
        ("预付", date(2026, 3, 1), D("38400.00")),
        ("到货", date(2026, 3, 31), D("76800.00")),
        ("质保金", date(2027, 3, 1), D("12800.00"))]


def test_contract_from_a_won_deal_is_prefilled_and_numbered(store):
    firm = build_firm(store)
    op = C.create_contract_from_deal(store, deal_id(store, "商机0"))
    c = C.list_contracts(store)[0]
    assert (c.id, c.number, c.customer_id, c.owner_id, c.amount, c.sign_date) == (
        op.value, "HT-2026-0001", firm.customers[0], firm.people["张三"], D("1000.00"),
        date(2026, 1, 15))
    assert op.changes.of("contracts").created == {op.value}
    second = C.create_contract_from_deal(store, deal_id(store, "商机1")).value
    old_year = C.create_contract_from_deal(store, deal_id(store, "商机5")).value
    numbers = {r.id: r.number for r in C.list_contracts(store)}
    assert numbers[second] == "HT-2026-0002"
    assert numbers[old_year] == "HT-2025-0001"  # every year starts at 1
    with pytest.raises(ValidationError) as exc:
        C.create_contract_from_deal(store, deal_id(store, "商机0"))
    assert exc.value.template == "This deal already has the contract {number}."
    with pytest.raises(ValidationError) as exc:
        C.create_contract_from_deal(store, deal_id(store, "未成交"))
    assert exc.value.template == "Only a won deal gets a contract."
    with pytest.raises(ValidationError) as exc:
        C.create_contract(store, customer_id=firm.customers[1], amount=5,
                          sign_date=date(2026, 5, 1), number="HT-2026-0002")
    assert exc.value.template == "The contract number {number} is already used."
    # undone creation keeps its number reserved: the next one skips it
    C.discard_contract(store, second)
    third = C.create_contract(store, customer_id=firm.customers[1], amount=5,
                              sign_date=date(2026, 5, 1), pattern="HT{yy}{mm}-{seq:03}").value
    assert {r.id: r.number for r in C.list_contracts(store)}[third] == "HT2605-001"


def test_plan_by_amounts_must_match_the_contract_and_may_leave_the_rest_to_the_last(store):
    firm = build_firm(store)
    cid = C.create_contract(store, customer_id=firm.customers[0], amount=D("1000"),
                            sign_date=date(2026, 1, 1)).value
    with pytest.raises(ValidationError) as exc:
        PL.set_payment_plan(store, cid, [PL.PlanLine(date(2026, 2, 1), amount=D("300")),
                                         PL.PlanLine(date(2026, 3, 1), amount=D("600"))])
    assert exc.value.params == {"sum": "900.00", "amount": "1,000.00"}
    PL.set_payment_plan(store, cid, [PL.PlanLine(date(2026, 2, 1), amount=D("300"), label="预付"),
                                     PL.PlanLine(date(2026, 3, 1), label="尾款")])
    got = [(i.seq, i.label, i.amount) for i in PL.list_instalments(store, cid)]
    assert got == [(1, "预付", D("300.00")), (2, "尾款", D("700.00"))]
    PL.set_payment_plan(store, cid, [PL.PlanLine(date(2026, 2, 1), percent=Fraction(100, 3))
                                     for _ in range(3)])
    assert [i.amount for i in PL.list_instalments(store, cid)] == [
        D("333.33"), D("333.33"), D("333.34")]


# Payments: (amount, picked instalment index or None) → paid per instalment after, credit
@pytest.mark.parametrize(("payments", "paid", "credit"), [
    ([("300", None)], ["300.00", "0.00", "0.00"], "0.00"),           # oldest first
    ([("100", None)], ["100.00", "0.00", "0.00"], "0.00"),           # partial
    ([("450", None)], ["300.00", "150.00", "0.00"], "0.00"),         # spills to the next
    ([("1200", None)], ["300.00", "600.00", "100.00"], "200.00"),    # over-payment → credit
    ([("50", 2)], ["0.00", "0.00", "50.00"], "0.00"),                # picked one
    ([("150", 2), ("10", None)], ["60.00", "0.00", "100.00"], "0.00"),  # picked, then oldest
    ([("100", None), ("250", None)], ["300.00", "50.00", "0.00"], "0.00"),
])
def test_payments_apply_to_the_oldest_open_instalment_unless_one_is_picked(
        store, payments, paid, credit):
    firm = build_firm(store)
    cust = firm.customers[0]
    cid, ids = contract_with_plan(store, cust, firm.people["张三"], "1000", date(2026, 1, 1), [
        (date(2026, 2, 1), "300"), (date(2026, 3, 1), "600"), (date(2026, 4, 1), "100")])
    for amount, picked in payments:
        PAY.record_payment(store, customer_id=cust, received_on=date(2026, 2, 10),
                           amount=D(amount), method="银行转账", contract_id=cid,
                           instalment_id=ids[picked] if picked is not None else None)
    assert [i.paid for i in PL.list_instalments(store, cid)] == [D(x) for x in paid]
    assert PAY.customer_credit(store, cust) == D(credit)


def test_oldest_open_instalment_across_a_customers_contracts(store):
    firm = build_firm(store)
    cust = firm.customers[0]
    a, (a1,) = contract_with_plan(store, cust, None, "500", date(2026, 1, 1),
                                  [(date(2026, 6, 1), "500")])
    b, (b1,) = contract_with_plan(store, cust, None, "200", date(2026, 2, 1),
                                  [(date(2026, 3, 1), "200")])
    r = PAY.record_payment(store, customer_id=cust, received_on=date(2026, 3, 5),
                           amount=D("300"), method="bank").value
    assert r.allocations == ((b1, D("200.00")), (a1, D("100.00")))
    assert r.credit == D("0.00")


@pytest.mark.parametrize(("refund", "picked", "paid", "credit", "template"), [
    ("100", None, ["300.00", "600.00", "100.00"], "100.00", None),   # from the credit first
    ("250", None, ["300.00", "600.00", "50.00"], "0.00", None),      # then the latest due
    ("350", 0, ["0.00", "600.00", "100.00"], "150.00", None),        # picked, then credit
    ("1200", None, ["0.00", "0.00", "0.00"], "0.00", None),          # everything back
    ("1200.01", None, None, None, "The refund is more than the customer has paid ({paid})."),
])
def test_refunds_are_negative_entries_taking_back_credit_then_latest_paid(
        store, refund, picked, paid, credit, template):
    firm = build_firm(store)
    cust = firm.customers[0]
    cid, ids = contract_with_plan(store, cust, None, "1000", date(2026, 1, 1), [
        (date(2026, 2, 1), "300"), (date(2026, 3, 1), "600"), (date(2026, 4, 1), "100")])
    PAY.record_payment(store, customer_id=cust, received_on=date(2026, 2, 1),
                       amount=D("1200"), method="bank")
    before = PAY.list_payments(store, customer_id=cust)
    kw = dict(customer_id=cust, refunded_on=date(2026, 5, 1), amount=D(refund),
              method="现金", instalment_id=ids[picked] if picked is not None else None)
    if template:
        with pytest.raises(ValidationError) as exc:
            PAY.record_refund(store, **kw)
        assert exc.value.template == template
        assert PAY.list_payments(store, customer_id=cust) == before  # nothing written
        return
    op = PAY.record_refund(store, **kw)
    assert op.value.amount == -D(refund)
    assert [i.paid for i in PL.list_instalments(store, cid)] == [D(x) for x in paid]
    assert PAY.customer_credit(store, cust) == D(credit)
    listed = PAY.list_payments(store, customer_id=cust)
    assert [p.amount for p in listed] == [D("1200.00"), -D(refund)]  # the payment stays


@pytest.mark.parametrize(("kw", "template"), [
    (dict(amount=D("0")), "A payment's amount must be more than zero."),
    (dict(amount=D("-5")), "A payment's amount must be more than zero."),
    (dict(method="支票"), "“{value}” is not a payment method."),
    (dict(other_contract=True), "That contract is another customer's."),
])
def test_payment_refusals(store, kw, template):
    firm = build_firm(store)
    cust = firm.customers[0]
    other, _ = contract_with_plan(store, firm.customers[1], None, "10", date(2026, 1, 1),
                                  [(date(2026, 2, 1), "10")])
    args = dict(customer_id=cust, received_on=date(2026, 2, 1), amount=D("10"), method="bank")
    kw = dict(kw)  # the parameter is shared by the SQLite and PostgreSQL runs
    if kw.pop("other_contract", False):
        args["contract_id"] = other
    args.update(kw)
    with pytest.raises(ValidationError) as exc:
        PAY.record_payment(store, **args)
    assert exc.value.template == template


def test_the_firms_number_pattern_numbers_new_contracts_and_undoes(store):
    firm = build_firm(store)
    assert C.number_pattern(store) == C.DEFAULT_PATTERN
    op = C.set_number_pattern(store, " XS-{yy}{mm}-{seq:03} ")
    assert C.number_pattern(store) == "XS-{yy}{mm}-{seq:03}"
    first = C.create_contract(store, customer_id=firm.customers[1], amount=5,
                              sign_date=date(2026, 5, 1)).value
    second = C.create_contract_from_deal(store, deal_id(store, "商机0")).value  # 2026-01-15
    numbers = {r.id: r.number for r in C.list_contracts(store)}
    assert (numbers[first], numbers[second]) == ("XS-2605-001", "XS-2601-001")
    assert op.undo is not None
    op.undo.run(store)
    assert C.number_pattern(store) == C.DEFAULT_PATTERN
    third = C.create_contract(store, customer_id=firm.customers[1], amount=5,
                              sign_date=date(2026, 5, 1)).value
    assert {r.id: r.number for r in C.list_contracts(store)}[third] == "HT-2026-0001"


@pytest.mark.parametrize(("pattern", "template"), [
    ("HT-{yyyy}", "A contract number pattern needs exactly one sequence field (seq)."),
    ("{seq}-{seq}", "A contract number pattern needs exactly one sequence field (seq)."),
    ("合同" * 22 + "{yyyy}{seq:04}",
     "A contract number may be at most {limit} characters; this pattern gives {number}."),
])
def test_number_patterns_that_cannot_work_are_refused(store, pattern, template):
    with pytest.raises(ValidationError) as exc:
        C.set_number_pattern(store, pattern)
    assert exc.value.template == template
    assert C.number_pattern(store) == C.DEFAULT_PATTERN
