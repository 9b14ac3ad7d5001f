"""回款额 actuals in the Targets tree: payments by date received, for the contract's owner."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.orders import payments as PAY
from services.targets import cascade as T
from services.targets import ops
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan

D = Decimal
M = "collected_amount"


@pytest.fixture
def collected(any_store):
    firm = build_firm(any_store)
    zhang_customer, wang_customer = firm.customers[0], firm.customers[3]  # owners 张三, 王五
    # 张三's customer, but 李四 owns the contract
    contract_with_plan(any_store, zhang_customer, firm.people["李四"], "1000", date(2026, 1, 2),
                       [(date(2026, 1, 31), "300"), (date(2026, 3, 31), "700")])
    pay = dict(customer_id=zhang_customer, method="bank")
    PAY.record_payment(any_store, received_on=date(2025, 12, 30), amount=D("1"),
                       customer_id=wang_customer)  # last year: not counted in 2026
    PAY.record_payment(any_store, received_on=date(2026, 1, 20), amount=D("400"), **pay)
    PAY.record_payment(any_store, received_on=date(2026, 2, 5), amount=D("800"), **pay)
    PAY.record_refund(any_store, refunded_on=date(2026, 3, 10), amount=D("250"), **pay)
    PAY.record_payment(any_store, received_on=date(2026, 3, 15), amount=D("500"),
                       customer_id=wang_customer)
    plan_id = ops.create_plan_from_org(any_store, 2026).value
    tree = T.load_tree(any_store, plan_id)
    return {n.name: n.id for n in tree.nodes}, tree.rollup.cell


# 400 on 01-20 settles the contract (李四); 800 on 02-05: 600 on the contract (李四), 200 credit
# (the customer's owner 张三); the refund of 250 on 03-10 takes the 200 credit (张三) and 50
# from the contract (李四); 王五's customer pays 500 with no contract (credit: 王五).
@pytest.mark.parametrize(("node", "period", "fen"), [
    ("李四", "2026-01", 40_000), ("李四", "2026-02", 60_000), ("李四", "2026-03", -5_000),
    ("李四", "2026-Q1", 95_000),
    ("张三", "2026-01", 0), ("张三", "2026-02", 20_000), ("张三", "2026-03", -20_000),
    ("张三", "2026", 0),
    ("王五", "2026-03", 50_000),
    ("华东区", "2026", 95_000), ("华南区", "2026", 50_000),
    ("帆程公司", "2026", 145_000),  # every payment of the year, refunds subtracted
    ("帆程公司", "2026-04", 0),
])
def test_collected_amount_actuals(collected, node, period, fen):
    ids, cell = collected
    assert cell(ids[node], M, period).actual == fen
