"""Repurchase (复购) from repeat contracts, hand-computed: per owner, per period, on the card.

Contracts (张三 Z, 李四 L):
- 客户0: 2025-05-01 Z, 2026-02-10 Z — bought again in 2026 (Z);
- 客户1: two on 2026-01-15 Z — the same day's purchase, not a repeat;
- 客户2: 2026-01-20 L (first), 2026-03-05 Z (again) — a buyer for both, a repeat buyer for Z;
- 客户3: 2024-06-01 L, 2026-04-01 L cancelled — the cancelled one does not count;
- 客户4: 2026-02-01 L — a first purchase;
- 客户5: 2025-12-31 L, 2026-01-01 L deleted — the deleted one does not count.

2026: buyers 客户0, 1, 2, 4 = 4, repeat 客户0, 2 = 2 → 50 %; Z 3 buyers, 2 repeat → 66.67 %;
L 2 buyers, none repeat → 0 %. Quarters: Q1 4 / 2, Q2 none. Months: 01 2 / 0 (客户1, 客户2),
02 2 / 1 (客户4, 客户0), 03 1 / 1 (客户2). 2025: 客户0 and 客户5 bought for the first time: 2 / 0.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.orders import Contract, ContractStatus
from services.aftersales import customer_contracts, repurchase_by_owner, repurchase_by_period
from services.aftersales.repurchase import TOTAL
from services.orders import contracts as C
from tests.unit.target_fixtures import build_firm

D = date
CONTRACTS = (  # customer, sign date, owner, what happens to it
    (0, D(2025, 5, 1), "张三", None), (0, D(2026, 2, 10), "张三", None),
    (1, D(2026, 1, 15), "张三", None), (1, D(2026, 1, 15), "张三", None),
    (2, D(2026, 1, 20), "李四", None), (2, D(2026, 3, 5), "张三", None),
    (3, D(2024, 6, 1), "李四", None), (3, D(2026, 4, 1), "李四", "cancel"),
    (4, D(2026, 2, 1), "李四", None),
    (5, D(2025, 12, 31), "李四", None), (5, D(2026, 1, 1), "李四", "delete"),
)


@pytest.fixture
def firm(store):
    f = build_firm(store)
    for cust, day, owner, fate in CONTRACTS:
        cid = C.create_contract(store, customer_id=f.customers[cust], amount="1000",
                                sign_date=day, owner_id=f.people[owner]).value
        if fate == "delete":
            C.discard_contract(store, cid)
        elif fate == "cancel":
            with store.write() as uow:
                uow.session.get(Contract, cid).status = ContractStatus.CANCELLED
                uow.commit()
    return f


def test_per_owner_and_in_total(store, firm):
    rows = repurchase_by_owner(store, "2026")
    assert [(r.owner_name, r.buyers, r.repeat_buyers, r.rate) for r in rows] == [
        ("张三", 3, 2, Decimal("0.6667")), ("李四", 2, 0, Decimal("0")),
        (None, 4, 2, Decimal("0.5"))]
    assert rows[-1].owner_id == TOTAL
    assert [(r.owner_name, r.buyers, r.repeat_buyers)
            for r in repurchase_by_owner(store, "2025")] == [
        ("张三", 1, 0), ("李四", 1, 0), (None, 2, 0)]  # 客户0 and 客户5 bought for the first time


@pytest.mark.parametrize(("grain", "expected"), [
    ("quarter", [(4, 2, Decimal("0.5")), (0, 0, None), (0, 0, None), (0, 0, None)]),
    ("month", [(2, 0, Decimal(0)), (2, 1, Decimal("0.5")), (1, 1, Decimal(1))]
     + [(0, 0, None)] * 9),
    ("year", [(4, 2, Decimal("0.5"))]),
])
def test_per_period(store, firm, grain, expected):
    rows = repurchase_by_period(store, 2026, grain)
    assert [(r.buyers, r.repeat_buyers, r.rate) for r in rows] == expected


def test_per_period_for_one_owner(store, firm):
    rows = repurchase_by_period(store, 2026, "quarter", owner_id=firm.people["张三"])
    assert (rows[0].buyers, rows[0].repeat_buyers) == (3, 2)


@pytest.mark.parametrize(("cust", "count", "repeat"), [
    (0, 2, True), (1, 2, False), (2, 2, True), (3, 1, False), (5, 1, False), (6, 0, False),
])
def test_the_card_counts_contracts_and_says_whether_the_customer_bought_again(
        store, firm, cust, count, repeat):
    summary = customer_contracts(store, firm.customers[cust])
    assert (summary.count, summary.repeat) == (count, repeat)
