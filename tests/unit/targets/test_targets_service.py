"""Target cascade services on a real store (SQLite, PostgreSQL): tree, values, splits, actuals."""

from __future__ import annotations

import pytest

from services.targets import cascade as T
from services.targets import nodes as tn
from services.targets import ops
from services.targets.lifecycle import value_history
from services.targets.split import Values
from tests.unit.target_fixtures import build_firm

M, Y = "signed_amount", "2026"


def _ids(tree: T.TargetTree) -> dict[str, str]:
    return {n.name: n.id for n in tree.nodes}


@pytest.fixture
def firm_plan(any_store):
    firm = build_firm(any_store)
    plan_id = ops.create_plan_from_org(any_store, 2026).value
    return firm, plan_id


def test_plan_from_org_mirrors_units_and_quota_people(firm_plan, any_store):
    firm, plan_id = firm_plan
    tree = T.load_tree(any_store, plan_id)
    shape = [("  " * n.depth + n.name, n.kind) for n in tree.nodes]
    assert shape == [
        ("帆程公司", "company"),
        ("  华东区", "unit"), ("    东经理", "person"), ("    张三", "person"),
        ("    李四", "person"),
        ("  华南区", "unit"), ("    王五", "person"),
    ]  # owner, director and analyst carry no personal quota
    assert tree.plan.status == "draft" and tree.plan.metrics == T.DEFAULT_METRICS
    assert tree.periods[:2] == ("2026", "2026-Q1") and len(tree.periods) == 17


def test_actuals_roll_up_from_won_deals_customers_and_followups(firm_plan, any_store):
    _firm, plan_id = firm_plan
    tree = T.load_tree(any_store, plan_id)
    ids = _ids(tree)
    cell = tree.rollup.cell
    assert cell(ids["张三"], M, "2026-01").actual == 100_000
    assert cell(ids["张三"], M, Y).actual == 125_050  # 1000 + 250.50 yuan in fen
    assert cell(ids["华东区"], M, "2026-01").actual == 400_000
    assert cell(ids["华东区"], M, "2026-Q1").actual == 425_050
    # 赵分析 has no node: the company holds every fact
    assert cell(ids["帆程公司"], M, Y).actual == 100_000 + 25_050 + 300_000 + 50_000 + 7_000
    assert cell(ids["帆程公司"], "deal_count", Y).actual == 5
    assert cell(ids["华东区"], "new_customers", "2026-01").actual == 2
    assert cell(ids["王五"], "followups", "2026-03").actual == 1
    assert cell(ids["帆程公司"], "collected_amount", Y).actual == 0  # no payments here


def test_values_gap_attainment_and_every_version_kept(firm_plan, any_store):
    firm, plan_id = firm_plan
    ids = _ids(T.load_tree(any_store, plan_id))
    me = firm.people["周总监"]
    assert T.set_values(any_store, ids["华东区"], M, Y, Values(800_000, 1_000_000, 1_200_000),
                        by=me, reason="年度会议").value is None
    old = T.set_values(any_store, ids["华东区"], M, Y, Values(900_000, 1_000_000, 1_300_000),
                       by=me, reason="上调保底").value
    assert old == Values(800_000, 1_000_000, 1_200_000)
    T.set_values(any_store, ids["张三"], M, Y, Values(100_000, 250_100, 300_000), by=me)
    tree = T.load_tree(any_store, plan_id)
    east = tree.node(ids["华东区"]).cells[(M, Y)]
    assert east.allocated == Values(100_000, 250_100, 300_000)
    assert east.gap == Values(800_000, 749_900, 1_000_000)
    zhang = tree.node(ids["张三"]).cells[(M, Y)]
    assert zhang.attainment == pytest.approx(125_050 / 250_100)
    history = value_history(any_store, ids["华东区"], M, Y)
    assert [(h.old, h.new, h.reason, h.changed_by_name) for h in history] == [
        (None, Values(800_000, 1_000_000, 1_200_000), "年度会议", "周总监"),
        (Values(800_000, 1_000_000, 1_200_000), Values(900_000, 1_000_000, 1_300_000),
         "上调保底", "周总监"),
    ]
    T.set_values(any_store, ids["华东区"], M, Y, old, by=me, reason="undo")  # undo = set old
    assert T.node_values(any_store, ids["华东区"])[(M, Y)] == old
    assert len(value_history(any_store, ids["华东区"], M, Y)) == 3


def test_bad_values_are_refused_whole(firm_plan, any_store):
    _firm, plan_id = firm_plan
    ids = _ids(T.load_tree(any_store, plan_id))
    changes = [T.ValueChange(ids["张三"], M, Y, Values(1, 2, 3)),
               T.ValueChange(ids["李四"], M, "2026-13", Values(1, 2, 3))]
    with pytest.raises(T.TargetError, match="2026-13"):
        T.set_many_values(any_store, changes)
    assert T.node_values(any_store, ids["张三"]) == {}
    with pytest.raises(T.TargetError, match="negative"):
        T.set_values(any_store, ids["张三"], M, Y, Values(-1, 0, 0))
    with pytest.raises(T.TargetError, match="unknown metric"):
        T.set_values(any_store, ids["张三"], "profit", Y, Values(1, 1, 1))


def test_move_refuses_cycles_and_structure_edits_undo(firm_plan, any_store):
    _firm, plan_id = firm_plan
    ids = _ids(T.load_tree(any_store, plan_id))
    with pytest.raises(T.TargetError, match="under itself or one of its own children"):
        tn.move_node(any_store, ids["华东区"], ids["张三"])
    with pytest.raises(T.TargetError, match="under itself"):
        tn.move_node(any_store, ids["华东区"], ids["华东区"])
    old_parent = tn.move_node(any_store, ids["王五"], ids["华东区"]).value
    assert old_parent == ids["华南区"]
    assert T.load_tree(any_store, plan_id).node(ids["王五"]).parent_id == ids["华东区"]
    team = tn.add_node(any_store, plan_id, ids["华东区"], "上海组").value
    assert tn.rename_node(any_store, team, "上海一组").value == "上海组"
    removed = tn.remove_node(any_store, ids["华东区"]).value
    assert len(removed.node_ids) == 6
    assert [n.name for n in T.load_tree(any_store, plan_id).nodes] == ["帆程公司", "华南区"]
    tn.restore_node(any_store, removed)
    assert len(T.load_tree(any_store, plan_id).nodes) == 8
    with pytest.raises(T.TargetError, match="root cannot be removed"):
        tn.remove_node(any_store, ids["帆程公司"])


def test_split_rules_on_the_store_sum_exactly(firm_plan, any_store):
    _firm, plan_id = firm_plan
    ids = _ids(T.load_tree(any_store, plan_id))
    east = ids["华东区"]
    T.set_values(any_store, east, M, Y, Values(100_001, 200_002, 300_003))
    kids = [ids["东经理"], ids["张三"], ids["李四"]]

    def targets() -> list[int]:
        cells = T.load_tree(any_store, plan_id, [Y]).rollup
        out = [cells.cell(k, M, Y).effective.target for k in kids]
        assert sum(out) == 200_002
        assert cells.cell(east, M, Y).gap == Values()
        return out

    ops.split_node(any_store, east, M, Y, rule="even")
    assert targets() == [66_668, 66_667, 66_667]
    # capacity: 东经理 senior 1.3, 张三 novice 0.6, 李四 senior 1.3 → .8125 remainders win
    ops.split_node(any_store, east, M, Y, rule="capacity")
    assert targets() == [81_251, 37_500, 81_251]
    # last year: 东经理 0, 张三 100, 李四 300 yuan in 2025; the .5 tie goes to the earlier child
    ops.split_node(any_store, east, M, Y, rule="last_year")
    assert targets() == [0, 50_001, 150_001]
    tn.set_split(any_store, ids["张三"], "weights", 1000)
    tn.set_split(any_store, ids["李四"], "weights", 1000)
    inverse = ops.split_node(any_store, east, M, Y, rule="weights").value
    assert targets() == [0, 100_001, 100_001]
    T.set_many_values(any_store, inverse)  # undo restores the last-year split
    assert targets() == [0, 50_001, 150_001]
    tn.set_split(any_store, east, "weights")
    tn.set_split(any_store, ids["张三"], "weights", None)
    tn.set_split(any_store, ids["李四"], "weights", None)
    with pytest.raises(T.TargetError, match="no weights typed"):
        ops.split_node(any_store, east, M, Y)  # the node's own rule, now weights


def test_gap_distribution_and_bottom_up_rollup(firm_plan, any_store):
    _firm, plan_id = firm_plan
    ids = _ids(T.load_tree(any_store, plan_id))
    co = ids["帆程公司"]
    T.set_values(any_store, co, M, Y, Values(0, 1_000_000, 0))
    T.set_values(any_store, ids["华东区"], M, Y, Values(0, 300_000, 0))
    T.set_values(any_store, ids["华南区"], M, Y, Values(0, 200_001, 0))
    cell = T.load_tree(any_store, plan_id, [Y]).rollup.cell(co, M, Y)
    assert cell.gap == Values(0, 499_999, 0)  # shown, not fixed
    ops.distribute_gap(any_store, co, M, Y, rule="even")
    r = T.load_tree(any_store, plan_id, [Y]).rollup
    assert r.cell(co, M, Y).gap == Values()
    assert r.cell(ids["华东区"], M, Y).own == Values(0, 550_000, 0)
    assert r.cell(ids["华南区"], M, Y).own == Values(0, 450_000, 0)
    # bottom-up: the south region takes the sum of its (one) person
    T.set_values(any_store, ids["王五"], M, Y, Values(0, 123_456, 0))
    ops.accept_rollup(any_store, ids["华南区"], M, Y)
    r = T.load_tree(any_store, plan_id, [Y]).rollup
    assert r.cell(ids["华南区"], M, Y).own == Values(0, 123_456, 0)
    assert r.cell(co, M, Y).gap == Values(0, 1_000_000 - 550_000 - 123_456, 0)


def test_period_split_by_last_year_seasonality(firm_plan, any_store):
    _firm, plan_id = firm_plan
    ids = _ids(T.load_tree(any_store, plan_id))
    co = ids["帆程公司"]
    T.set_values(any_store, co, M, Y, Values(1_000_000, 2_000_001, 3_000_000))
    ops.split_period(any_store, co, M, Y, grain="month", rule="last_year")
    vals = T.node_values(any_store, co)
    months = [vals[(M, f"2026-{m:02d}")] for m in range(1, 13)]
    assert sum(v.target for v in months) == 2_000_001
    # 2025: January 400 yuan, February 600 yuan, nothing else
    assert [v.target for v in months[:3]] == [800_000, 1_200_001, 0]
    ops.split_period(any_store, co, M, "2026-01", rule="even")
    weeks = [k for (m, k) in T.node_values(any_store, co) if k.startswith("2026-W")]
    assert weeks == ["2026-W01", "2026-W02", "2026-W03", "2026-W04", "2026-W05"]
    with pytest.raises(T.TargetError, match="evenly or by last year"):
        ops.split_period(any_store, co, M, Y, rule="capacity")


def test_capacity_loads_setting_changes_the_capacity_split(firm_plan, any_store):
    _firm, plan_id = firm_plan
    ids = _ids(T.load_tree(any_store, plan_id))
    with pytest.raises(T.TargetError, match="unknown tier"):
        ops.set_capacity_loads(any_store, {"guru": 3})
    assert ops.set_capacity_loads(any_store, {"novice": "1", "senior": "1"}).value == {}
    assert ops.capacity_loads(any_store)["intermediate"] == 1
    east = ids["华东区"]
    T.set_values(any_store, east, M, Y, Values(0, 300, 0))
    ops.split_node(any_store, east, M, Y, rule="capacity")
    r = T.load_tree(any_store, plan_id, [Y]).rollup
    assert [r.cell(ids[n], M, Y).own for n in ("东经理", "张三", "李四")] == [Values(0, 100, 0)] * 3


def test_period_gap_compares_a_period_with_its_sub_periods(firm_plan, any_store):
    _firm, plan_id = firm_plan
    zhang = _ids(T.load_tree(any_store, plan_id))["张三"]
    T.set_values(any_store, zhang, M, Y, Values(0, 1000, 0))
    tree = T.load_tree(any_store, plan_id)
    assert ops.period_gap(tree, zhang, M, Y) is None  # no quarter typed yet
    T.set_values(any_store, zhang, M, "2026-Q1", Values(0, 200, 0))
    T.set_values(any_store, zhang, M, "2026-Q2", Values(0, 300, 0))
    tree = T.load_tree(any_store, plan_id)
    assert ops.period_gap(tree, zhang, M, Y) == Values(0, 500, 0)
    assert tree.node(zhang).cells[(M, "2026-Q2")].own == Values(0, 300, 0)
    assert len(tree.node(zhang).cells) == len(T.DEFAULT_METRICS) * 17
