"""Credit limits: open receivables plus a new contract against the limit, warned or blocked by
the firm's setting; the risk list (over the limit, overdue > 60 days, disputed). Values worked
out by hand in the comments.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models import Customer
from services.core.errors import ValidationError
from services.orders import compliance as CO
from services.orders import contracts as C
from services.orders import credit as CR
from services.orders import payments as PAY
from services.orders import risk as RK
from services.orders import status as ST
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan

D = Decimal


def set_limit(store, customer_id: str, limit: str | None) -> None:
    with store.write() as uow:
        uow.session.get(Customer, customer_id).credit_limit = None if limit is None else D(limit)
        uow.commit()


@pytest.fixture
def firm(store):
    """客户0 (limit 1,000): a 600 contract with 250 paid → 350 open; a 500 draft owes nothing."""
    f = build_firm(store)
    cust = f.customers[0]
    set_limit(store, cust, "1000")
    contract_with_plan(store, cust, f.people["张三"], "600", date(2026, 1, 1),
                       [(date(2026, 2, 1), "300"), (date(2026, 3, 1), "300")])
    PAY.record_payment(store, customer_id=cust, received_on=date(2026, 2, 1), amount="250")
    C.create_contract(store, customer_id=cust, amount="500", sign_date=date(2026, 4, 1),
                      draft=True, number="HT-DRAFT")
    return f


# open 350 + new amount → exposure; over when > 1,000
CHECKS = [
    ("warn", "650.00", "1000.00", False, False, False),  # exactly the limit: not over
    ("warn", "650.01", "1000.01", True, False, True),
    ("block", "650.01", "1000.01", True, True, False),
    ("block", "100", "450.00", False, False, False),
    ("off", "5000", "5350.00", True, False, False),
]


@pytest.mark.parametrize("policy, amount, exposure, over, blocked, warned", CHECKS)
def test_credit_check_by_policy(store, firm, policy, amount, exposure, over, blocked, warned):
    CR.set_credit_policy(store, policy)
    checked = CR.check_credit(store, firm.customers[0], amount)
    assert (checked.open, checked.exposure) == (D("350.00"), D(exposure))
    assert (checked.over, checked.blocked, checked.warned) == (over, blocked, warned)


@pytest.mark.parametrize("policy, amount, refused", [
    ("warn", "5000", False), ("off", "5000", False), ("block", "650", False),
    ("block", "650.01", True)])
def test_a_new_contract_is_refused_only_when_blocked_and_over(store, firm, policy, amount,
                                                              refused):
    CR.set_credit_policy(store, policy)
    cust = firm.customers[0]
    if refused:
        with pytest.raises(CR.CreditLimitExceeded) as caught:
            C.create_contract(store, customer_id=cust, amount=amount, sign_date=date(2026, 5, 1))
        assert str(caught.value) == ("客户0's credit limit is 1,000.00: open receivables 350.00 "
                                     "plus this 650.01 make 1,000.01.")
        assert len(C.list_contracts(store, customer_id=cust)) == 2
    else:
        C.create_contract(store, customer_id=cust, amount=amount, sign_date=date(2026, 5, 1))
        assert len(C.list_contracts(store, customer_id=cust)) == 3


def test_a_customer_without_a_limit_is_never_blocked(store, firm):
    CR.set_credit_policy(store, "block")
    C.create_contract(store, customer_id=firm.customers[1], amount="99999999",
                      sign_date=date(2026, 5, 1))


def test_signing_a_draft_is_checked_too_and_a_ledger_is_not(store, firm):
    CR.set_credit_policy(store, "block")
    cust = firm.customers[0]
    draft = next(c.id for c in C.list_contracts(store) if c.number == "HT-DRAFT")
    CO.set_terms_checked(store, draft, [t.id for t in CO.required_terms(store)], True)
    set_limit(store, cust, "849.99")  # 350 open + 500 draft = 850
    with pytest.raises(CR.CreditLimitExceeded):
        CO.sign_contract(store, draft)
    set_limit(store, cust, "850")
    CO.sign_contract(store, draft)
    assert CR.check_credit(store, cust, 0).open == D("850.00")
    C.create_contract(store, customer_id=cust, amount="1", sign_date=date(2026, 5, 1),
                      check_credit=False)


def test_a_cancelled_order_no_longer_counts(store, firm):
    cust = firm.customers[0]
    first = C.list_contracts(store, customer_id=cust)[0].id
    ST.cancel_order(store, first, "客户取消采购", on=date(2026, 3, 5))
    assert CR.check_credit(store, cust, 0).open == D("0.00")


def test_the_policy_setting_is_undone(store, firm):
    assert CR.credit_policy(store) == "warn"
    op = CR.set_credit_policy(store, "block")
    assert CR.credit_policy(store) == "block"
    op.undo.run(store)
    assert CR.credit_policy(store) == "warn"
    with pytest.raises(ValidationError):
        CR.set_credit_policy(store, "maybe")


def test_risk_list_names_over_limit_overdue_and_disputed(store, firm):
    """客户0: 350 open against 1,000 → not over; on 2026-05-05 the 300 due 2026-03-01 less
    nothing paid on it is 65 days overdue → overdue; 客户1 (limit 200): 300 open → over by 100;
    客户2: its 80 instalment disputed, 10 days overdue."""
    c1, c2 = firm.customers[1], firm.customers[2]
    set_limit(store, c1, "200")
    contract_with_plan(store, c1, firm.people["李四"], "300", date(2026, 4, 1),
                       [(date(2026, 6, 1), "300")])
    _cid, ids = contract_with_plan(store, c2, firm.people["王五"], "80", date(2026, 4, 1),
                                   [(date(2026, 4, 25), "80")])
    op = RK.set_disputed(store, ids, True)
    rows = {r.name: r for r in RK.risk_list(store, date(2026, 5, 5))}
    assert set(rows) == {"客户0", "客户1", "客户2"}
    # 客户0: 250 paid went to the first 300 → 50 left due 02-01 (93 days), 300 due 03-01 (65)
    assert rows["客户0"].reasons == ("overdue",)
    assert (rows["客户0"].overdue_60, rows["客户0"].oldest_days) == (D("350.00"), 93)
    assert rows["客户1"].reasons == ("over_limit",)
    assert (rows["客户1"].open, rows["客户1"].over_by) == (D("300.00"), D("100.00"))
    assert rows["客户2"].reasons == ("disputed",)
    assert (rows["客户2"].disputed, rows["客户2"].disputed_count) == (D("80.00"), 1)
    assert RK.open_instalments(store, c2, date(2026, 5, 5))[0].disputed
    op.undo.run(store)
    assert "客户2" not in {r.name for r in RK.risk_list(store, date(2026, 5, 5))}
    assert not RK.open_instalments(store, c2, date(2026, 5, 5))[0].disputed
