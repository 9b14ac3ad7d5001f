"""The facts a payout run reads, gathered from a real SQLite store: credits by product line and
by credit split (exact to the fen), what does not count, process metrics, and targets as the
Targets tree shows them (novices' derived months by the ramp).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models import DealLine, FollowUp, Product
from models.aftersales import ServiceTicket
from models.targets import TargetNode
from services.core import periods as P
from services.demo.generate import ensure_demo_db
from services.incentives.gather import gather_facts, share_by_lines, share_by_split
from services.incentives.splits import set_credit_split
from services.orders import payments as PAY
from services.orders.collected import collected_by_person_day
from services.orders.contract_edits import cancel_contract
from services.setup import open_store
from services.targets import cascade as T
from services.targets import lifecycle, ops
from services.targets.split import Values
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan, deal_id

D = Decimal


# --- the pure shares ----------------------------------------------------------------------


@pytest.mark.parametrize(("amount", "split", "expected"), [
    # 100001 × 3334 / 10000 = 33340.33 → 33340; × 3333 → 33330 (twice); 1 fen left → the first
    (100_001, (("a", 3334), ("b", 3333), ("c", 3333)), [33_341, 33_330, 33_330]),
    # a refund shares its magnitude the same way, negated
    (-100_001, (("a", 3334), ("b", 3333), ("c", 3333)), [-33_341, -33_330, -33_330]),
    (1, (("a", 5000), ("b", 5000)), [1, 0]),  # 0.5 + 0.5: both round down, the first gets 1
    (99, (("a", 10_000),), [99]),
    (0, (("a", 6000), ("b", 4000)), [0, 0]),
])
def test_share_by_split_adds_up_exactly(amount, split, expected):
    assert share_by_split(amount, split) == expected
    assert sum(expected) == amount


@pytest.mark.parametrize(("amount", "weights", "expected"), [
    # 100003 by 1 : 1 : 2 → 25000.75, 25000.75, 50001.5 rounded down (100001); the 2 fen left go
    # to the largest line (not by largest remainder, which would give A and B one each)
    (100_003, [100, 100, 200], [25_000, 25_000, 50_003]),
    (100_000, [100, 200], [33_333, 66_667]),  # 33333.33 / 66666.67, 1 fen to the largest
    (100, [50, 50], [50, 50]),
    (7, [0, 0], [7, 0]),  # no weight: everything on the first
    (-100_003, [100, 100, 200], [-25_000, -25_000, -50_003]),
    (10, [300, 300], [5, 5]),
])
def test_share_by_lines_remainder_to_the_largest(amount, weights, expected):
    assert share_by_lines(amount, weights) == expected
    assert sum(expected) == amount


# --- a small firm -------------------------------------------------------------------------


def _lines(store, deal: str, lines: list[tuple[str, str]]) -> None:
    """Give a deal product lines: (product line name, amount)."""
    with store.write() as uow:
        s = uow.session
        for i, (line, amount) in enumerate(lines):
            product = Product(name=f"产品{line}{i}", line=line, unit_price=D(amount))
            s.add(product)
            s.flush()
            s.add(DealLine(deal_id=deal, product_id=product.id, quantity=1,
                           unit_price=D(amount), amount=D(amount)))
        uow.commit()


def _build(store):
    """The firm of these tests: contracts K0–K6, payments, follow-ups and tickets."""
    f = build_firm(store)
    ppl, cust = f.people, f.customers
    d0, d2 = deal_id(store, "商机0"), deal_id(store, "商机2")
    _lines(store, d0, [("硬件", "1.00"), ("服务", "1.00"), ("软件", "2.00")])
    k1, _ = contract_with_plan(store, cust[0], ppl["张三"], "1000.03", date(2026, 1, 10),
                               [(date(2026, 1, 31), "400.03"), (date(2026, 3, 31), "600.00")],
                               number="K1")
    with store.write() as uow:  # the contract sells the deal 商机0
        from models.orders import Contract
        uow.session.get_one(Contract, k1).deal_id = d0
        uow.commit()
    k2, _ = contract_with_plan(store, cust[2], ppl["李四"], "1000.01", date(2026, 1, 31),
                               [(date(2026, 2, 28), "1000.01")], number="K2")
    with store.write() as uow:
        from models.orders import Contract
        uow.session.get_one(Contract, k2).deal_id = d2
        uow.commit()
    set_credit_split(store, d2, {ppl["张三"]: 3334, ppl["李四"]: 3333, ppl["王五"]: 3333})
    from services.orders import contracts as C
    C.create_contract(store, customer_id=cust[3], owner_id=ppl["王五"], amount=D("500"),
                      sign_date=date(2026, 2, 1), number="K3", draft=True)
    k4 = C.create_contract(store, customer_id=cust[3], owner_id=ppl["王五"], amount=D("700"),
                           sign_date=date(2026, 2, 2), number="K4").value
    cancel_contract(store, k4, "客户取消", on=date(2026, 2, 5))
    C.create_contract(store, customer_id=cust[3], owner_id=ppl["王五"], amount=D("200"),
                      sign_date=date(2026, 2, 20), number="K5")
    C.create_contract(store, customer_id=cust[1], owner_id=ppl["张三"], amount=D("100"),
                      sign_date=date(2025, 12, 15), number="K0")
    C.create_contract(store, customer_id=cust[1], owner_id=ppl["张三"], amount=D("300"),
                      sign_date=date(2026, 3, 5), number="K6")
    PAY.record_payment(store, customer_id=cust[0], received_on=date(2026, 1, 20),
                       amount=D("500.03"))
    PAY.record_payment(store, customer_id=cust[2], received_on=date(2026, 2, 10),
                       amount=D("1000.01"), contract_id=k2)
    PAY.record_refund(store, customer_id=cust[2], refunded_on=date(2026, 3, 10),
                      amount=D("100"), contract_id=k2)
    PAY.record_payment(store, customer_id=cust[4], received_on=date(2026, 3, 15),
                       amount=D("50"))
    with store.write() as uow:
        s = uow.session
        at = datetime(2026, 2, 3, 4, tzinfo=UTC)
        for method in ("visit", "call", "call"):
            s.add(FollowUp(customer_id=cust[0], person_id=ppl["李四"], method=method, at=at))
        for score, closed in ((5, date(2026, 2, 1)), (4, date(2026, 2, 20)),
                              (2, date(2026, 3, 1)), (None, date(2026, 2, 21))):
            s.add(ServiceTicket(number=f"T{score}{closed}", title="维修", type="repair",
                                priority="normal", status="closed", customer_id=cust[0],
                                owner_id=ppl["王五"], opened_on=date(2026, 1, 1),
                                closed_on=closed, satisfaction=score))
        uow.commit()
    f.ids = {"K1": k1, "K2": k2, "d0": d0, "d2": d2}  # type: ignore[attr-defined]
    return f


@pytest.fixture
def firm(store):
    """A firm of its own, for a test that changes it."""
    return _build(store)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):
    """One firm the reading tests share (they change nothing)."""
    store = open_store(tmp_path_factory.mktemp("inc-gather") / "firm.sqlite3")
    yield _build(store)
    store.close()


def _gather(store, periods, **kw):
    with store.read() as uow:
        return gather_facts(uow.session, periods, **kw)


def test_signed_credits_by_product_line_and_split(shared):
    ppl = shared.people
    facts = _gather(shared.store, ["2026-01", "2026-02", "2026-Q1"])
    zhang = facts.of("2026-01", ppl["张三"])
    # K1 1000.03 by 硬件 1 : 服务 1 : 软件 2 (sorted by line name) → 25000 / 25000 / 50003
    k1 = [c for c in zhang.signed if c.contract_number == "K1"]
    assert sorted((c.product_line_id, c.fen, c.share_bp) for c in k1) == [
        ("服务", 25_000, 10_000), ("硬件", 25_000, 10_000), ("软件", 50_003, 10_000)]
    # K2 1000.01 split 张三 33.34 % (first: the remainder) / 李四 / 王五 33.33 %
    k2 = {p: [c.fen for c in facts.of("2026-01", ppl[p]).signed if c.contract_number == "K2"]
          for p in ("张三", "李四", "王五")}
    assert k2 == {"张三": [33_341], "李四": [33_330], "王五": [33_330]}
    assert zhang.signed_fen == 100_003 + 33_341
    assert zhang.deal_count == 2 and facts.of("2026-01", ppl["王五"]).deal_count == 1
    # drafts (K3) and cancelled contracts (K4) do not count; K5 does
    wang_feb = facts.of("2026-02", ppl["王五"])
    assert [c.contract_number for c in wang_feb.signed] == ["K5"]
    assert wang_feb.signed[0].product_line_id is None
    # the quarter holds both months
    assert facts.of("2026-Q1", ppl["王五"]).signed_fen == 33_330 + 20_000


@pytest.mark.parametrize(("person", "period", "fen"), [
    # 01-20 500.03 settles K1's 400.03 and 100.00 of its second instalment: all 张三 (no split)
    ("张三", "2026-01", 50_003),
    # 02-10 1000.01 on K2, split: 33341 / 33330 / 33330
    ("张三", "2026-02", 33_341), ("李四", "2026-02", 33_330), ("王五", "2026-02", 33_330),
    # 03-10 a refund of 100.00 on K2: −3334 / −3333 / −3333
    ("张三", "2026-03", -3_334), ("李四", "2026-03", -3_333), ("王五", "2026-03", -3_333),
    # 03-15 50.00 with no contract: the customer's owner 赵分析
    ("赵分析", "2026-03", 5_000),
    ("张三", "2026-Q1", 50_003 + 33_341 - 3_334),
])
def test_collected_credits(shared, person, period, fen):
    facts = _gather(shared.store, ["2026-01", "2026-02", "2026-03", "2026-Q1"])
    assert facts.of(period, shared.people[person]).collected_fen == fen


def test_collected_by_product_line_and_refund_negative(shared):
    facts = _gather(shared.store, ["2026-01", "2026-03"])
    jan = facts.of("2026-01", shared.people["张三"]).collected
    # 50003 by 1 : 1 : 2 → 12500.75, 12500.75, 25001.5 → 12500 / 12500 / 25001 + 2 left
    assert sorted((c.product_line_id, c.fen) for c in jan) == [
        ("服务", 12_500), ("硬件", 12_500), ("软件", 25_003)]
    assert {c.record[0] for c in jan} == {"payment"}
    refund = facts.of("2026-03", shared.people["李四"]).collected
    assert [(c.contract_number, c.fen, c.share_bp) for c in refund] == [("K2", -3_333, 3_333)]


def test_collected_equals_the_targets_actuals_without_splits(firm):
    set_credit_split(firm.store, firm.ids["d2"], {})  # back to the owner getting everything
    facts = _gather(firm.store, P.months(2026))
    expected: dict[tuple[str, str], int] = defaultdict(int)
    with firm.store.read() as uow:
        for person, day, fen in collected_by_person_day(uow.session, date(2026, 1, 1),
                                                        date(2026, 12, 31)):
            if person is not None:
                expected[(P.period_of(day, P.Grain.MONTH), person)] += fen
    got = {(k, p): pp.collected_fen for k, people in facts.periods.items()
           for p, pp in people.items() if pp.collected}
    assert got == {k: v for k, v in expected.items() if v or k in got}
    assert got[("2026-02", firm.people["李四"])] == 100_001


def test_process_metrics(shared):
    ppl = shared.people
    facts = _gather(shared.store, ["2026-01", "2026-02", "2026-03", "2026-Q1"])
    # new customers: customer 0 (K1) in January for 张三; customer 2 (K2, split) in January for
    # each sharer with their part; customer 3 in February (K5: K3 draft, K4 cancelled); not
    # customer 1 (first signed 2025-12-15)
    assert facts.of("2026-01", ppl["张三"]).new_customers == (
        (shared.customers[0], shared.ids["K1"], 100_003),
        (shared.customers[2], shared.ids["K2"], 33_341))
    assert [c for c, _k, _f in facts.of("2026-02", ppl["王五"]).new_customers] == [
        shared.customers[3]]
    assert facts.of("2026-03", ppl["张三"]).new_customers == ()
    li = facts.of("2026-02", ppl["李四"])
    assert (li.followups, li.visits) == (3, 1)
    # won deals by close date (target_fixtures.WON): 张三 01-15, 李四 01-31
    assert facts.of("2026-01", ppl["张三"]).won == 1 and facts.of("2026-01", ppl["李四"]).won == 1
    # satisfaction of tickets closed: February 5 and 4 (the unscored one does not count) → 4.5
    assert facts.of("2026-02", ppl["王五"]).satisfaction == 450
    assert facts.of("2026-03", ppl["王五"]).satisfaction == 200
    assert facts.of("2026-Q1", ppl["王五"]).satisfaction == 370  # (5 + 4 + 2) / 3 = 3.67 → 3.7
    # repurchase: customer 1 bought again in March (first 2025-12-15) → 1 of 1
    assert facts.of("2026-03", ppl["张三"]).repurchase_rate_bp == 10_000
    assert facts.of("2026-01", ppl["张三"]).repurchase_rate_bp == 0
    # collection rate: K1's 400.03 due 01-31 was collected by then
    assert facts.of("2026-01", ppl["张三"]).collection_rate_bp == 10_000


def test_metrics_limit_what_is_read(shared):
    facts = _gather(shared.store, ["2026-02"], metrics=["collected_amount"])
    li = facts.of("2026-02", shared.people["李四"])
    assert (li.followups, li.satisfaction, li.collection_rate_bp) == (0, None, None)
    assert li.collected_fen == 33_330


def test_people_units_and_person_filter(shared):
    ppl, units = shared.people, shared.units
    facts = _gather(shared.store, ["2026-02"], person_ids=[ppl["李四"]])
    assert list(facts.people) == [ppl["李四"]]
    info = facts.people[ppl["李四"]]
    assert info.unit_path == (units["east"], units["company"])
    assert (info.role, info.capacity_tier) == ("rep", "senior")
    assert set(facts.periods["2026-02"]) == {ppl["李四"]}
    assert facts.units[units["east"]].parent_id == units["company"]


def test_same_data_same_facts(shared):
    assert _gather(shared.store, P.months(2026)) == _gather(shared.store, P.months(2026))


def test_a_week_is_refused(shared):
    from services.incentives.doc import SchemeError
    with pytest.raises(SchemeError):
        _gather(shared.store, ["2026-W05"])


# --- targets ------------------------------------------------------------------------------


def _plan(firm):
    """A 2026 plan from the org tree with values typed (not published): (plan id, nodes)."""
    store, ppl = firm.store, firm.people
    plan = ops.create_plan_from_org(store, 2026).value
    tree = T.load_tree(store, plan)
    node = {n.name: n.id for n in tree.nodes}
    M = "signed_amount"
    # 李四: the year and Q1 typed, the months of Q2 typed (Q2 itself not)
    T.set_values(store, node["李四"], M, "2026", Values(800, 1200, 1500))
    T.set_values(store, node["李四"], M, "2026-Q1", Values(200, 300, 400))
    for month, value in (("2026-04", 100), ("2026-05", 110), ("2026-06", 120)):
        T.set_values(store, node["李四"], M, month, Values(value, value, value))
    # 张三 (a novice) starts 2026-07-15: only the year typed
    with store.write() as uow:
        from models.org import Person
        uow.session.get_one(Person, ppl["张三"]).active_from = date(2026, 7, 15)
        uow.commit()
    T.set_values(store, node["张三"], M, "2026", Values(0, 1200, 0))
    # the 华东区 layer typed its year; its Q1 rolls up from 李四's
    T.set_values(store, node["华东区"], M, "2026", Values(0, 5000, 0))
    return plan, node


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory):
    """A firm with its 2026 plan published: (firm, plan id, nodes)."""
    store = open_store(tmp_path_factory.mktemp("inc-targets") / "firm.sqlite3")
    f = _build(store)
    plan, node = _plan(f)
    lifecycle.publish_plan(store, plan)
    yield f, plan, node
    store.close()


def test_targets_only_from_a_published_plan(firm):
    _plan(firm)
    assert _gather(firm.store, ["2026"]).of("2026", firm.people["李四"]).targets == {}


@pytest.mark.parametrize(("person", "period", "target"), [
    ("李四", "2026", 1200),  # typed
    ("李四", "2026-Q1", 300),  # typed
    ("李四", "2026-Q2", 330),  # nobody typed Q2: its typed months summed (100 + 110 + 120)
    ("李四", "2026-05", 110),  # typed
    # January: nothing typed: Q1's 300 split evenly into its months (exact)
    ("李四", "2026-01", 100),
    # Q3: nothing typed and no months: the year split evenly into quarters (1200 / 4)
    ("李四", "2026-Q3", 300),
    # 张三, a novice from 2026-07-15 (ramp 30 / 60 / 100 %): the year split into months by
    # the ramp: weights 0 × 6, .3, .6, 1, 1, 1, 1 → 4.9; July 1200 × .3 / 4.9 = 73.47 → 73
    ("张三", "2026-06", 0),
    ("张三", "2026-07", 73),
    ("张三", "2026-08", 147),  # 146.94 → 147 (largest remainders)
    ("张三", "2026-09", 245),  # 244.90 → 245
    ("张三", "2026-Q3", 465),  # quarters by their ramp factor: Q3 (30+60+100)/3, Q4 1 → 1200
    # × .6333 / 1.6333 = 465.3 → 465
])
def test_person_targets(published, person, period, target):
    firm, _plan_id, _node = published
    facts = _gather(firm.store, [period])
    assert facts.of(period, firm.people[person]).targets["signed_amount"].target == target


def test_unit_targets_as_the_tree_shows_them(published):
    firm, plan, node = published
    facts = _gather(firm.store, ["2026", "2026-Q1"])
    east = firm.units["east"]
    assert facts.unit_targets["2026"][east]["signed_amount"].target == 5000
    # Q1 nobody typed for 华东区: the tree rolls up its children's Q1 (李四 300, 张三 by ramp 0)
    tree = T.load_tree(firm.store, plan, ["2026-Q1"], with_actuals=False)
    shown = tree.rollup.cell(node["华东区"], "signed_amount", "2026-Q1").effective.target
    assert facts.unit_targets["2026-Q1"][east]["signed_amount"].target == shown == 300


# --- a populated store --------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("inc-demo") / "demo.sqlite3"
    ensure_demo_db(path, size="small", today=date(2026, 11, 22))
    return path


def test_collected_per_person_and_month_equals_the_targets_tree_on_the_demo(demo):
    from models.incentives import CreditSplit
    from services.incentives.splits import set_credit_split

    store = open_store(demo)
    try:
        # the tree credits a contract's owner with everything: the demo's splits cleared
        with store.read() as uow:
            split = sorted(set(uow.session.scalars(select(CreditSplit.deal_id).where(
                CreditSplit.deleted_at.is_(None)))))
        assert split
        for deal in split:
            set_credit_split(store, deal, {})
        with store.read() as uow:
            facts = gather_facts(uow.session, P.months(2026))
            expected: dict[tuple[str, str], int] = defaultdict(int)
            for person, day, fen in collected_by_person_day(uow.session, date(2026, 1, 1),
                                                            date(2026, 12, 31)):
                if person is not None:
                    expected[(P.period_of(day, P.Grain.MONTH), person)] += fen
            nodes = uow.session.scalars(select(TargetNode.person_id)).all()
        got = {(k, p): pp.collected_fen for k, people in facts.periods.items()
               for p, pp in people.items()}
        assert sum(expected.values()) > 0 and any(nodes)
        for cell, fen in expected.items():
            assert got.get(cell, 0) == fen, cell
        assert {c for c, f in got.items() if f} <= set(expected)
        # and the signed credits add up to the contracts signed, product lines and all
        signed = sum(pp.signed_fen for people in facts.periods.values()
                     for pp in people.values())
        with store.read() as uow:
            from sqlalchemy import func

            from models.orders import Contract
            total = uow.session.scalar(select(func.sum(Contract.amount)).where(
                Contract.status == "signed", Contract.deleted_at.is_(None),
                Contract.sign_date >= date(2026, 1, 1), Contract.sign_date <= date(2026, 12, 31),
                Contract.owner_id.is_not(None)))
        assert total is not None and signed == int(total * 100)
        assert any(c.product_line_id for people in facts.periods.values()
                   for pp in people.values() for c in pp.signed)
    finally:
        store.close()
