"""Clawback (追回): what a locked run paid on a contract since cancelled is deducted by the next
run of its kind, computed from the locked line (never from today's rules), named with the
locked run, the contract and the amount, and deducted once. Commission on collected amounts
needs none: the refund already gives a negative commission line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.incentives import run_queries as ST
from services.incentives import runs as R
from services.incentives import schemes as S
from services.incentives.run_lines import _part, contract_weights
from services.incentives.runs import RunError
from services.orders import contract_edits as CE
from services.orders import contracts as C
from services.orders import payments as PAY
from services.orders import plans as PL
from tests.unit.incentives.run_fixtures import (
    build_firm,
    commission_doc,
    lines_of,
    publish_scheme,
    sign,
    texts,
    to_locked,
)

D = Decimal


@pytest.fixture
def firm(store):
    return build_firm(store)


@pytest.fixture
def june_locked(store, firm):
    """张三 signs HT-1 (100,000) and HT-2 (50,000) in June with two new customers: 5 % of
    150,000 = 7,500 commission and 2 × 200 = 400 new-customer award; June is locked.
    """
    version = publish_scheme(store, commission_doc("signed", "5", award="200"))
    ht1 = sign(store, firm, "张三", 0, "100000", date(2026, 6, 3), "HT-1")
    ht2 = sign(store, firm, "张三", 1, "50000", date(2026, 6, 9), "HT-2")
    to_locked(store, "2026-06")
    return {"version": version, "HT-1": ht1, "HT-2": ht2}


def zhang_lines(store, firm, period: str) -> list[tuple[str, Decimal]]:
    return [(kind, amount) for _i, pid, kind, amount, *_rest in lines_of(store, period)
            if pid == firm.people["张三"]]


def test_a_contract_cancelled_after_the_lock_is_clawed_back_in_the_next_run(
        store, firm, june_locked):
    june = lines_of(store, "2026-06")
    assert zhang_lines(store, firm, "2026-06") == [("commission", D("7500.00")),
                                                   ("new_customer", D("400.00"))]
    CE.cancel_contract(store, june_locked["HT-1"], "客户撤单", on=date(2026, 7, 10))
    R.compute_run(store, "2026-07")
    # commission: 7,500 × 100,000 / 150,000 = 5,000; the award: 400 shared by its 2
    # contracts = 200 each
    assert zhang_lines(store, firm, "2026-07") == [("clawback", D("-5000.00")),
                                                   ("clawback", D("-200.00"))]
    assert texts(store, "2026-07") == [
        "Clawback ¥5,000.00: contract HT-1 was cancelled on 2026-07-10 after the 2026-06 run "
        "paid 提成 on it",
        "Clawback ¥200.00: contract HT-1 was cancelled on 2026-07-10 after the 2026-06 run "
        "paid 客户拓展奖 on it"]
    assert texts(store, "2026-07", lang="zh")[0] == (
        "追回 ¥5,000.00：合同 HT-1 于 2026-07-10 取消，2026-06 核算已按该合同发放提成")
    [statement] = ST.statements(store, "2026-07")
    assert (statement.totals.gross, statement.totals.clawbacks, statement.totals.net) == (
        D("0.00"), D("-5200.00"), D("-5200.00"))
    # the clawback traces the locked line it takes back and the contract
    commission_line = june[0][0]
    assert lines_of(store, "2026-07")[0][6] == [["line", commission_line, 500000],
                                                ["contract", june_locked["HT-1"], 10000000]]
    # the locked run stands as it was
    assert lines_of(store, "2026-06") == june


def test_a_clawback_is_made_once(store, firm, june_locked):
    CE.cancel_contract(store, june_locked["HT-1"], "客户撤单", on=date(2026, 7, 10))
    R.compute_run(store, "2026-07")
    first = lines_of(store, "2026-07")
    R.compute_run(store, "2026-07")
    assert lines_of(store, "2026-07") == first  # the same data: the same rows
    R.compute_run(store, "2026-08")  # not locked yet: August would take it back too …
    assert len(zhang_lines(store, firm, "2026-08")) == 2
    to_locked(store, "2026-07")  # … until July, locked, has
    R.review(store, "2026-08")
    R.approve(store, "2026-08")
    with pytest.raises(RunError, match="what the 2026-08 payout run pays changed"):
        R.lock(store, "2026-08")
    R.compute_run(store, "2026-08")
    assert zhang_lines(store, firm, "2026-08") == []
    R.compute_run(store, "2026-09")
    assert zhang_lines(store, firm, "2026-09") == []


def test_a_cancellation_after_the_period_waits_for_the_run_of_its_period(
        store, firm, june_locked):
    CE.cancel_contract(store, june_locked["HT-2"], "项目终止", on=date(2026, 8, 3))
    R.compute_run(store, "2026-07")
    assert zhang_lines(store, firm, "2026-07") == []
    R.compute_run(store, "2026-08")
    # 7,500 × 50,000 / 150,000 = 2,500; the award 200
    assert zhang_lines(store, firm, "2026-08") == [("clawback", D("-2500.00")),
                                                   ("clawback", D("-200.00"))]


def test_monthly_payouts_are_clawed_back_by_monthly_runs_only(store, firm, june_locked):
    CE.cancel_contract(store, june_locked["HT-1"], "客户撤单", on=date(2026, 7, 10))
    R.compute_run(store, "2026-Q3")
    assert texts(store, "2026-Q3") == []


def test_the_clawback_comes_from_the_locked_line_not_from_todays_rules(
        store, firm, june_locked):
    # the scheme changes to 10 % from January: June stays locked at 5 %
    scheme = S.list_schemes(store)[0]
    v2 = S.new_version(store, scheme.id, effective_from=date(2026, 1, 1)).value
    S.edit_draft(store, v2, document=commission_doc("signed", "10", award="999"))
    S.publish(store, v2)
    CE.cancel_contract(store, june_locked["HT-1"], "客户撤单", on=date(2026, 7, 10))
    R.compute_run(store, "2026-07")
    assert zhang_lines(store, firm, "2026-07") == [("clawback", D("-5000.00")),
                                                   ("clawback", D("-200.00"))]


def test_a_removed_contract_is_clawed_back_too(store, firm, june_locked):
    C.discard_contract(store, june_locked["HT-2"])
    R.compute_run(store, "2026-07")
    assert texts(store, "2026-07")[0] == (
        "Clawback ¥2,500.00: contract HT-2 was removed after the 2026-06 run paid 提成 on it")


def test_commission_on_collected_money_is_taken_back_by_the_refund_not_by_a_clawback(
        store, firm):
    publish_scheme(store, commission_doc("collected", "5"))
    cust = firm.customers[0]
    cid = sign(store, firm, "张三", 0, "100000", date(2026, 6, 1), "HT-1")
    PL.set_payment_plan(store, cid, [PL.PlanLine(date(2026, 6, 30), amount=None)])
    PAY.record_payment(store, customer_id=cust, received_on=date(2026, 6, 15),
                       amount="10000", contract_id=cid)
    to_locked(store, "2026-06")
    assert zhang_lines(store, firm, "2026-06") == [("commission", D("500.00"))]
    PAY.record_refund(store, customer_id=cust, refunded_on=date(2026, 7, 5), amount="10000",
                      contract_id=cid)
    CE.cancel_contract(store, cid, "客户撤单", on=date(2026, 7, 6))
    R.compute_run(store, "2026-07")
    # the July commission is 5 % of −10,000 = −500; nothing else is taken back
    assert zhang_lines(store, firm, "2026-07") == [("commission", D("-500.00"))]


# The parts of a locked line's amount (fen) by its contracts' weights: cumulative rounding
# half up, so the parts always add up to the line.
@pytest.mark.parametrize("amount, weights, parts", [
    (750_000, [10_000_000, 5_000_000], [500_000, 250_000]),  # 7,500 × 2/3 and × 1/3
    (100, [1, 1, 1], [33, 34, 33]),          # 33.3 → 33; 66.7 → 67 (+34); 100 (+33)
    (1, [1, 1], [1, 0]),                     # 0.5 rounds half up to the first
    (-100, [1, 2], [-33, -67]),              # a negative line: −33.3 → −33, −100
    (99, [3], [99]),                         # one contract: all of it
    (500, [0, 0], [0, 0]),                   # no weight: nothing to share
])
def test_a_lines_amount_shared_by_its_contracts(amount, weights, parts):
    got = [_part(amount, weights, i) for i in range(len(weights))]
    assert got == parts
    if sum(weights):
        assert sum(got) == amount


@pytest.mark.parametrize("by_amount, expected", [
    (True, [("a", 500), ("b", 100)]),  # a contract of two product lines is one contract
    (False, [("a", 1), ("b", 1)]),     # an award: one part per contract
])
def test_the_contracts_a_trace_names(by_amount, expected):
    refs = (("customer", "k", None), ("contract", "a", 300), ("contract", "b", 100),
            ("contract", "a", 200), ("payment", "p", 5), ("target", "t", 9))
    assert contract_weights(refs, by_amount) == expected
