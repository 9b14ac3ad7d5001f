"""Cuts of a target (产品线/渠道/客户分层): separate trees under one company total, each adding up
to it, with actuals counted from real deals, deal lines, customers and follow-ups.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Customer, Deal
from models.pipeline import DealLine, Product
from services.targets import cascade as T
from services.targets import cuts as C
from services.targets import nodes as tn
from services.targets import ops
from services.targets.consistency import plan_period_gaps
from services.targets.split import Values
from tests.unit.target_fixtures import build_firm

M, Y = "signed_amount", "2026"


def _prepare_facts(store) -> None:
    """Products with lines, deal lines, sources and tiers on the fixture's 2026 deals.

    商机0 1000.00: lines 硬件 600 + 软件 200 (shared 750/250); source 官网, customer tier A.
    商机1 250.50: no lines; no source of its own, its customer's is 展会; tier B.
    商机2 3000.00: lines 软件 100 + a product without a line 50 (2000 to 软件, 1000 stays on the
    company); source "" so its customer's 官网 counts; tier A.
    商机3 500.00: customer source 渠道 (no member: on the company), tier C; 商机4 70.00: tier C.
    Tiers are typed by hand (the tier rules leave them).
    """
    with store.write() as uow:
        s = uow.session
        hw = Product(name="网关", line="硬件", unit_price=Decimal(600))
        sw = Product(name="云平台", line="软件", unit_price=Decimal(100))
        loose = Product(name="杂项", line=None, unit_price=Decimal(50))
        s.add_all([hw, sw, loose])
        s.flush()
        deals = {d.name: d for d in s.scalars(select(Deal))}
        customers = {c.id: c for c in s.scalars(select(Customer))}

        def line(deal: str, product: Product, amount: int) -> None:
            s.add(DealLine(deal_id=deals[deal].id, product_id=product.id, quantity=1,
                           unit_price=Decimal(amount), amount=Decimal(amount)))

        line("商机0", hw, 600)
        line("商机0", sw, 200)
        line("商机2", sw, 100)
        line("商机2", loose, 50)
        deals["商机0"].source = "官网"
        deals["商机2"].source = ""
        for deal, source, tier in (("商机0", None, "A"), ("商机1", "展会", "B"),
                                   ("商机2", "官网", "A"), ("商机3", "渠道", "C"),
                                   ("商机4", None, "C")):
            cust = customers[deals[deal].customer_id]
            cust.source, cust.tier, cust.tier_manual = source, tier, True
        uow.commit()


@pytest.fixture
def plan(any_store):
    build_firm(any_store)
    _prepare_facts(any_store)
    return ops.create_plan_from_org(any_store, 2026).value


def _root(store, plan_id: str) -> str:
    return T.load_tree(store, plan_id, [], with_actuals=False).nodes[0].id


def _members(store, plan_id: str, cut: str, *keys: str) -> dict[str, str]:
    return {k: C.add_cut_member(store, plan_id, cut, k).value for k in keys}


def test_a_cut_is_its_own_tree_under_the_same_company_total(plan, any_store):
    root = _root(any_store, plan)
    T.set_values(any_store, root, M, Y, Values(900_00, 1_000_00, 1_100_00))
    lines = _members(any_store, plan, "product_line", "硬件", "软件")
    T.set_values(any_store, lines["硬件"], M, Y, Values(500_00, 600_00, 700_00))
    org = T.load_tree(any_store, plan, [Y], with_actuals=False)
    assert [n.name for n in org.nodes] == ["帆程公司", "华东区", "东经理", "张三", "李四",
                                           "华南区", "王五"]  # no cut member among the org's
    assert org.rollup.cell(root, M, Y).allocated == Values()  # the cut does not fill the org
    cut = T.load_tree(any_store, plan, [Y], with_actuals=False, cut="product_line")
    assert [(n.name, n.kind, n.cut, n.cut_key, n.depth) for n in cut.nodes] == [
        ("帆程公司", "company", None, None, 0), ("硬件", "cut", "product_line", "硬件", 1),
        ("软件", "cut", "product_line", "软件", 1)]
    cell = cut.rollup.cell(root, M, Y)
    assert cell.own == Values(900_00, 1_000_00, 1_100_00)
    assert cell.gap == Values(400_00, 400_00, 400_00)  # 未分配 against the company total
    # a node added under a cut's member joins the cut
    sub = tn.add_node(any_store, plan, lines["硬件"], "网关类").value
    tree = T.load_tree(any_store, plan, [Y], with_actuals=False, cut="product_line")
    assert tree.node(sub).cut == "product_line" and tree.node(sub).kind == "cut"
    assert sub not in {n.id for n in T.load_tree(any_store, plan, [Y], with_actuals=False).nodes}


def test_a_planted_gap_in_a_cut_is_found_and_an_exact_cut_passes(plan, any_store):
    root = _root(any_store, plan)
    T.set_values(any_store, root, M, Y, Values(1_000_00, 1_000_00, 1_000_00))
    T.set_values(any_store, root, M, "2026-Q1", Values(300_00, 300_00, 300_00))
    chan = _members(any_store, plan, "channel", "官网", "展会")
    T.set_values(any_store, chan["官网"], M, Y, Values(700_00, 700_00, 700_00))
    T.set_values(any_store, chan["展会"], M, Y, Values(300_00, 300_00, 300_00))
    assert C.plan_cut_gaps(any_store, plan) == []  # Q1 has no value in the cut: not compared
    T.set_values(any_store, chan["展会"], M, "2026-Q1", Values(100_00, 100_00, 100_00))
    T.set_values(any_store, chan["展会"], M, Y, Values(200_00, 290_00, 300_00))  # the gap
    gaps = C.plan_cut_gaps(any_store, plan)
    assert [(g.cut, g.metric, g.period, g.total.target, g.parts.target, g.gap.target)
            for g in gaps] == [("channel", M, "2026", 1_000_00, 990_00, 10_00),
                               ("channel", M, "2026-Q1", 300_00, 100_00, 200_00)]
    assert gaps[0].gap == Values(100_00, 10_00, 0)
    T.set_values(any_store, chan["展会"], M, Y, Values(300_00, 300_00, 300_00))
    T.set_values(any_store, chan["官网"], M, "2026-Q1", Values(200_00, 200_00, 200_00))
    assert C.plan_cut_gaps(any_store, plan) == []
    # a cut member's own periods are checked like any node's (year 700 vs Q1 200)
    assert ("官网", "2026") in [(g.node_name, g.period) for g in plan_period_gaps(any_store, plan)]


def test_the_company_total_of_a_cut_is_the_org_roll_up_when_untyped(plan, any_store):
    org = T.load_tree(any_store, plan, [Y], with_actuals=False)
    ids = {n.name: n.id for n in org.nodes}
    T.set_values(any_store, ids["张三"], M, Y, Values(100_00, 100_00, 100_00))
    tier = _members(any_store, plan, "customer_tier", "A")
    T.set_values(any_store, tier["A"], M, Y, Values(100_00, 90_00, 100_00))
    [gap] = C.plan_cut_gaps(any_store, plan)
    assert (gap.cut, gap.total, gap.parts) == ("customer_tier", Values(100_00, 100_00, 100_00),
                                               Values(100_00, 90_00, 100_00))


def test_product_line_actuals_share_won_deals_by_their_lines(plan, any_store):
    lines = _members(any_store, plan, "product_line", "硬件", "软件")
    root = _root(any_store, plan)
    tree = T.load_tree(any_store, plan, cut="product_line")
    cell = tree.rollup.cell
    assert cell(lines["硬件"], M, Y).actual == 750_00
    assert cell(lines["软件"], M, Y).actual == 250_00 + 2000_00
    assert cell(lines["软件"], M, "2026-01").actual == 2250_00
    assert cell(root, M, Y).actual == 4820_50  # every won deal of 2026, as in the org tree
    assert cell(root, M, Y).actual == T.load_tree(any_store, plan).rollup.cell(root, M, Y).actual
    assert cell(lines["硬件"], "deal_count", Y).actual == 1
    assert cell(lines["软件"], "deal_count", Y).actual == 1
    assert cell(root, "deal_count", Y).actual == 5
    assert cell(lines["硬件"], "new_customers", Y).actual == 0  # customers have no product
    assert cell(root, "new_customers", Y).actual == 5
    # the second step of the page: actuals read apart give the same figures
    quick = T.load_tree(any_store, plan, with_actuals=False, cut="product_line")
    quick.rollup.set_actuals(T.load_actuals(any_store, plan, quick.periods, cut="product_line"))
    assert quick.rollup.cell(lines["软件"], M, Y).actual == 2250_00


def test_channel_actuals_use_the_deal_source_else_the_customer_source(plan, any_store):
    chan = _members(any_store, plan, "channel", "官网", "展会")
    root = _root(any_store, plan)
    cell = T.load_tree(any_store, plan, cut="channel").rollup.cell
    assert cell(chan["官网"], M, Y).actual == 1000_00 + 3000_00
    assert cell(chan["展会"], M, Y).actual == 250_50
    assert cell(root, M, Y).actual == 4820_50
    assert cell(chan["官网"], "new_customers", Y).actual == 1  # by the customer's source
    assert cell(chan["展会"], "followups", Y).actual == 1
    assert cell(root, "followups", Y).actual == 5


def test_tier_actuals_use_the_customer_tier(plan, any_store):
    tier = _members(any_store, plan, "customer_tier", "A", "B", "C")
    cell = T.load_tree(any_store, plan, cut="customer_tier").rollup.cell
    assert cell(tier["A"], M, Y).actual == 4000_00
    assert cell(tier["B"], M, Y).actual == 250_50
    assert cell(tier["C"], M, Y).actual == 570_00
    assert cell(tier["A"], "deal_count", "2026-Q1").actual == 2
    assert cell(tier["A"], "new_customers", Y).actual == 2


def test_splitting_the_company_total_within_a_cut_and_undo(plan, any_store):
    root = _root(any_store, plan)
    T.set_values(any_store, root, M, Y, Values(300_00, 600_00, 900_00))
    chan = _members(any_store, plan, "channel", "官网", "展会", "渠道")
    op = ops.split_node(any_store, root, M, Y, rule="even", cut="channel")
    cut = T.load_tree(any_store, plan, [Y], with_actuals=False, cut="channel")
    assert [cut.rollup.cell(chan[k], M, Y).own for k in ("官网", "展会", "渠道")] == [
        Values(100_00, 200_00, 300_00)] * 3
    assert C.plan_cut_gaps(any_store, plan) == []
    org = T.load_tree(any_store, plan, [Y], with_actuals=False)
    assert all(org.rollup.cell(n.id, M, Y).own is None for n in org.nodes[1:])
    op.undo.run(any_store)
    cut = T.load_tree(any_store, plan, [Y], with_actuals=False, cut="channel")
    assert cut.rollup.cell(chan["官网"], M, Y).own is None


def test_cut_members_are_unique_undoable_and_stay_in_their_tree(plan, any_store):
    root = _root(any_store, plan)
    op = C.add_cut_member(any_store, plan, "product_line", "硬件", name="硬件产品线")
    with pytest.raises(T.TargetError, match="already a member"):
        C.add_cut_member(any_store, plan, "product_line", " 硬件 ")
    assert C.plan_cuts(any_store, plan) == ["product_line"]
    org = T.load_tree(any_store, plan, [Y], with_actuals=False)
    east = next(n.id for n in org.nodes if n.name == "华东区")
    with pytest.raises(T.TargetError, match="own tree"):
        tn.move_node(any_store, op.value, east)
    with pytest.raises(T.TargetError, match="own tree"):
        tn.move_node(any_store, east, op.value)
    with pytest.raises(T.TargetError, match="under the company total"):
        tn.add_node(any_store, plan, east, "线上", cut="channel")
    other = C.add_cut_member(any_store, plan, "product_line", "软件").value
    sub = tn.add_node(any_store, plan, other, "云").value
    tn.move_node(any_store, sub, op.value)  # within the cut
    tn.move_node(any_store, sub, root)  # up to the company total: still in the cut
    assert T.load_tree(any_store, plan, [Y], with_actuals=False,
                       cut="product_line").node(sub).parent_id == root
    op.undo.run(any_store)
    names = [n.name for n in T.load_tree(any_store, plan, [Y], with_actuals=False,
                                         cut="product_line").nodes]
    assert sorted(names) == sorted(["帆程公司", "软件", "云"])
    assert C.cut_keys(any_store, "product_line") == ["硬件", "软件"]
    assert C.cut_keys(any_store, "channel") == ["官网", "展会", "渠道"]
    assert C.cut_keys(any_store, "customer_tier") == ["A", "B", "C"]
    with pytest.raises(T.TargetError, match="unknown cut"):
        T.load_tree(any_store, plan, [Y], cut="region")
