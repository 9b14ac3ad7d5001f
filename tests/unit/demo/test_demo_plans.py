"""The demo firm's sales plan: A and B action items, checkpoints, timeline, deterministic."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from services.demo import ensure_demo_db
from services.plans import actions as plans
from services.plans import reverse_funnel as rf
from services.plans import timeline as plan_timeline
from services.plans.export import export_plan
from services.setup import open_store
from services.targets import cascade as T

TODAY = date(2026, 11, 22)
TABLES = ("action_items", "action_checkpoints", "plan_checkpoints", "funnel_scenarios")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_demo_db(tmp_path_factory.mktemp("dp") / "demo.sqlite3", size="small",
                          today=TODAY)


def _dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def test_demo_plan_has_both_variants_timeline_and_reminders(demo: Path, tmp_path: Path):
    with open_store(demo) as store:
        (plan,) = T.list_plans(store)
        items = plans.list_actions(store, plan.id)
        assert {a.variant for a in items} == {"A", "B"}
        assert all(a.title and a.method and a.checkpoints for a in items)
        assert any(a.status == "done" for a in items) and any(a.status != "done" for a in items)
        assert all(a.due_on and a.due_on.year == 2026 for a in items)
        timeline = plan_timeline.list_timeline(store, plan.id)
        assert len(timeline) == 21
        done = {r.title: r.done_on for r in timeline}
        assert done["目标设定与分解会议"] is not None and done["年终总结与奖惩兑现"] is None
        assert done["11月月度计划"] is None  # this month's plan still open: reminded
        reminders = plan_timeline.plan_checkpoint_reminders(store, TODAY, None)
        assert "11月月度计划" in {r.title for r in reminders}
        (scenario,) = rf.list_scenarios(store, plan.id)
        assert scenario.node_name == T.load_tree(store, plan.id).nodes[0].name
        result = export_plan(store, plan.id, tmp_path / "demo-plan.xlsx")
        assert result.actions == len(items)


def test_demo_plan_is_deterministic(demo: Path, tmp_path: Path):
    again = ensure_demo_db(tmp_path / "again.sqlite3", size="small", today=TODAY)
    assert _dump(again) == _dump(demo)
