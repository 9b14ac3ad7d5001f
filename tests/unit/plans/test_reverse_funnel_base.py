"""The reverse funnel works back from the node's own value for the period, and says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from services.core import periods as P
from services.demo import ensure_demo_db
from services.plans import reverse_funnel as rf
from services.setup import open_store
from services.targets.cascade import ValueChange, list_plans, load_tree, set_many_values
from services.targets.ops import create_plan_from_org
from services.targets.split import Values
from tests.unit.target_fixtures import build_firm

WAN = 1_000_000  # 1万 yuan in fen
A = rf.Assumptions(avg_won_fen=20 * WAN)  # 20万 a won deal
M = "signed_amount"


def test_the_base_is_the_nodes_own_year_not_the_sum_of_its_months(store) -> None:  # noqa: ANN001
    build_firm(store)
    plan = create_plan_from_org(store, 2026).value
    root = load_tree(store, plan).nodes[0].id
    # the company's year: 5,200万 (floor 4,160万, challenge 6,240万); its months add to only
    # 12 × 400万 = 4,800万 — the shape of the year, not its total
    set_many_values(store, [ValueChange(root, M, "2026", Values(4160 * WAN, 5200 * WAN,
                                                                  6240 * WAN)),
                            *(ValueChange(root, M, m, Values(320 * WAN, 400 * WAN, 480 * WAN))
                              for m in P.months(2026))])
    tree = load_tree(store, plan)
    base = rf.funnel_base(tree, root, M, "2026")
    assert (base.kind, base.floor, base.target, base.challenge) == (
        "own", 4160 * WAN, 5200 * WAN, 6240 * WAN)
    results = rf.plan_for_node(tree, root, M, "2026", A)
    # 5,200万 ÷ 20万 = 260 wins (not 4,800万 ÷ 20万 = 240); floor 208, challenge 312
    assert [results[lv].total["wins"] for lv in ("floor", "target", "challenge")] == [208, 260,
                                                                                      312]
    months, per = rf.months_and_targets(tree, root, M, "2026")
    assert sum(per) == 5200 * WAN and len(set(per)) == 2  # 433.33万 a month, to the fen
    assert per == [433_333_334] * 4 + [433_333_333] * 8


def test_without_an_own_value_the_base_is_the_sum_of_the_months(store) -> None:  # noqa: ANN001
    build_firm(store)
    plan = create_plan_from_org(store, 2026).value
    root = load_tree(store, plan).nodes[0].id
    set_many_values(store, [ValueChange(root, M, m, Values(0, 100 * WAN * i, 0))
                            for i, m in enumerate(P.months_of_quarter(2026, 2), 1)])
    tree = load_tree(store, plan)
    base = rf.funnel_base(tree, root, M, "2026-Q2")
    assert (base.kind, base.target) == ("months", 600 * WAN)
    results = rf.plan_for_node(tree, root, M, "2026-Q2", A)
    assert results["target"].total["wins"] == 30  # 600万 ÷ 20万
    assert results["target"].by_month["wins"] == (5, 10, 15)


def test_the_demo_company_plans_its_own_year(tmp_path: Path) -> None:
    demo = ensure_demo_db(tmp_path / "demo.sqlite3", size="small", today=date(2026, 11, 22))
    with open_store(demo) as store:
        (plan,) = list_plans(store)
        tree = load_tree(store, plan.id)
        root = tree.nodes[0].id
        own = tree.rollup.cell(root, M, "2026").own
        assert own is not None
        base = rf.funnel_base(tree, root, M, "2026")
        assert base.kind == "own" and base.target == own.target
        results = rf.plan_for_node(tree, root, M, "2026", A)
        for level in ("floor", "target", "challenge"):
            assert results[level].total["wins"] == -(-getattr(own, level) // (20 * WAN))
