"""The demo firm's target plan: consistent sums, a real lifecycle, deterministic rows."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from models.targets import TargetNode
from services.core import periods as P
from services.demo import ensure_demo_db
from services.setup import open_store
from services.targets import cascade as T
from services.targets import lifecycle as L
from services.targets.consistency import plan_period_gaps
from services.targets.split import Values

TODAY = date(2026, 11, 22)
TABLES = ("target_plans", "target_nodes", "target_values", "target_value_versions",
          "target_acknowledgements", "target_adjustments")
M, Y = "signed_amount", "2026"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_demo_db(tmp_path_factory.mktemp("dt") / "demo.sqlite3", size="small",
                          today=TODAY)


def _dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def test_demo_plan_is_published_consistent_and_mostly_acknowledged(demo: Path):
    with open_store(demo) as store:
        (plan,) = T.list_plans(store)
        assert (plan.year, plan.status, plan.version) == (2026, "published", 3)
        tree = T.load_tree(store, plan.id)
        r = tree.rollup
        kinds = [n.kind for n in tree.nodes]
        assert kinds[0] == "company" and "unit" in kinds and kinds.count("person") >= 8
        # an approval that changed the year shows as the level above's gap (the year's change)
        year_changes = {tree.node(a.node_id).parent_id: (v.old or Values()) - v.new
                        for a in L.list_adjustments(store, plan.id, "approved")
                        for v in L.value_history(store, a.node_id, M, Y) if v.adjustment_id}
        assert len(year_changes) == 1
        for n in tree.nodes:
            cell = r.cell(n.id, M, Y)
            if n.kind == "unit":  # layers type their year value: exactly their children's sum
                assert cell.own is not None, n.name
                assert cell.gap == year_changes.get(n.id, Values()), n.name
        root = r.cell(tree.nodes[0].id, M, Y)
        assert 0 < root.gap.target < 100_000_000  # company rounded up to 100万: small 未分配
        assert 0.3 < (root.attainment or 0) < 1.5
        people = [n for n in tree.nodes if n.kind == "person"]
        for n in [tree.nodes[0], *people]:  # every period adds up, in every column, to the fen
            vals = T.node_values(store, n.id)
            for metric in (M, "collected_amount"):
                months = [vals[(metric, k)] for k in P.months(2026)]
                quarters = [vals[(metric, k)] for k in P.quarters(2026)]
                assert sum(quarters, Values()) == vals[(metric, Y)], n.name
                assert sum(months, Values()) == vals[(metric, Y)], n.name
                for q in range(4):
                    assert sum(months[3 * q:3 * q + 3], Values()) == quarters[q], n.name
            assert vals[(M, Y)].floor < vals[(M, Y)].target < vals[(M, Y)].challenge
        assert plan_period_gaps(store, plan.id) == []
        unacknowledged = [n.name for n in people if n.acknowledged_version is None]
        assert len(unacknowledged) == 2
        adjustments = L.list_adjustments(store, plan.id)
        assert sorted(a.status for a in adjustments) == ["approved", "approved", "pending"]
        for a in adjustments:
            history = L.value_history(store, a.node_id, a.metric, a.period)
            if a.status == "approved":
                with store.read() as uow:  # decided by someone the app's rule lets decide
                    node = uow.session.get_one(TargetNode, a.node_id)
                    assert a.decided_by_id and L.may_decide(uow.session, a.decided_by_id, node,
                                                            a.requested_by_id)
                assert [h.adjustment_id for h in history] == [None, a.id]
                followed = [p for p in P.quarters(2026) + P.months(2026) + [Y]
                            if len(L.value_history(store, a.node_id, M, p)) > 1]
                assert len(followed) > 1  # the other periods followed the month
                assert history[-1].new == a.new == T.node_values(store, a.node_id)[
                    (a.metric, a.period)]
            else:
                assert len(history) == 1 and history[0].new == a.old


def test_demo_plan_rows_are_deterministic(tmp_path: Path, demo: Path):
    again = ensure_demo_db(tmp_path / "again.sqlite3", size="small", today=TODAY)
    assert _dump(again) == _dump(demo)
    assert all(_dump(demo)[t] for t in TABLES)


def test_demo_plan_is_cut_by_product_line_and_channel_adding_up_exactly(demo: Path):
    from services.targets import cuts as C

    with open_store(demo) as store:
        (plan,) = T.list_plans(store)
        assert C.plan_cuts(store, plan.id) == ["product_line", "channel"]
        assert C.plan_cut_gaps(store, plan.id) == []  # every period, every column, to the fen
        assert plan_period_gaps(store, plan.id) == []  # the members' periods add up too
        lines = T.load_tree(store, plan.id, cut="product_line")
        root = lines.nodes[0].id
        assert sorted(n.cut_key for n in lines.nodes[1:]) == ["实施与服务", "智能硬件", "软件产品"]
        org = T.load_tree(store, plan.id)
        assert lines.rollup.cell(root, M, Y).own == org.rollup.cell(root, M, Y).own
        assert lines.rollup.cell(root, M, Y).gap == Values()  # no 未分配 in the cut
        # actuals: the won deals' product lines, what has no line stays on the company
        members = sum(lines.rollup.cell(n.id, M, Y).actual for n in lines.nodes[1:])
        assert 0 < members <= lines.rollup.cell(root, M, Y).actual
        assert lines.rollup.cell(root, M, Y).actual == org.rollup.cell(root, M, Y).actual
        channels = T.load_tree(store, plan.id, cut="channel")
        assert {n.cut_key for n in channels.nodes[1:]} >= {"官网", "转介绍", "展会"}
        assert all(channels.rollup.cell(n.id, M, Y).actual > 0 for n in channels.nodes[1:])
