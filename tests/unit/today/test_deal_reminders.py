"""Today's deal reminders and adjustment requests: each kind for the right person or team and
nobody else, rotting as the board sees it, worded in the interface language (real SQLite file,
then PostgreSQL).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from services.pipeline import deals as pl
from services.pipeline.board import load_board_snapshot
from services.pipeline.reminders import deal_reminders, outcome_stages, week_end
from services.targets import cascade as T
from services.targets import lifecycle as L
from services.targets import ops
from services.targets.requests import adjustment_reminders, request_place
from services.targets.split import Values
from services.today.reminders import (
    ACTION_LOG,
    ACTION_LOST,
    ACTION_SNOOZE,
    ACTION_WON,
    SECTION_BACKLOG,
    SECTION_OVERDUE,
    collect_reminders,
    section_of,
)
from tests.unit.deal_reminder_fixtures import build_deal_firm

TODAY = date.today()


@pytest.fixture
def firm(any_store):
    return build_deal_firm(any_store, TODAY)


def kinds(firm, person: str | None) -> dict[str, str]:
    """Deal name → reminder kind, as ``person`` (None: everyone) sees them."""
    pid = firm.people[person] if person else None
    return {r.title: r.kind for r in deal_reminders(firm.store, TODAY, pid, lang="zh_CN")}


ROTTING = {"停滞的单子": "deal_rotting"}
OVERDUE = {"过期未成交": "deal_overdue"}
TEAM = {"本周成交": "deal_closing"}
SOUTH = {"华南本周成交": "deal_closing"}


def test_a_rep_sees_only_their_own_deals(firm):
    assert kinds(firm, "张三") == ROTTING
    assert kinds(firm, "李四") == OVERDUE
    assert kinds(firm, "钱七") == TEAM
    assert kinds(firm, "王五") == SOUTH
    assert kinds(firm, "赵分析") == {}


def test_a_manager_sees_the_units_below_and_not_other_regions(firm):
    # 东经理 manages 华东区, and 华东一组 sits below it.
    assert kinds(firm, "东经理") == {**ROTTING, **OVERDUE, **TEAM}
    assert kinds(firm, "南经理") == SOUTH


def test_the_owner_and_director_of_the_company_and_everyone_see_the_whole_firm(firm):
    everything = {**ROTTING, **OVERDUE, **TEAM, **SOUTH}
    assert kinds(firm, "老板") == everything
    assert kinds(firm, "周总监") == everything
    assert kinds(firm, None) == everything


def test_dates_sections_actions_and_chinese_details(firm):
    found = {r.title: r for r in deal_reminders(firm.store, TODAY, None, lang="zh_CN")}
    rotting, late, closing = found["停滞的单子"], found["过期未成交"], found["本周成交"]
    assert section_of(rotting, TODAY) == SECTION_BACKLOG
    assert rotting.due == TODAY - timedelta(days=19)  # day 11 of 30 in a 10-day stage
    assert rotting.detail == "停滞 30 天（上限 10 天） · 停滞的单子客户 · 洽谈 · ¥120,000 · 张三"
    assert rotting.actions == (ACTION_LOG, ACTION_WON, ACTION_LOST)
    assert section_of(late, TODAY) == SECTION_OVERDUE and late.due == TODAY - timedelta(days=3)
    assert late.detail == (f"过期未成交客户 · 方案 · ¥120,000 · 李四 · "
                           f"预计 {(TODAY - timedelta(days=3)).isoformat()} 成交")
    assert closing.due == week_end(TODAY)
    assert closing.actions == (ACTION_SNOOZE, ACTION_LOG, ACTION_WON, ACTION_LOST)
    assert all(r.item_kind == "deal" for r in found.values())
    # The person's own deals do not name their owner; English when the interface is English.
    mine = deal_reminders(firm.store, TODAY, firm.people["张三"], lang="en")
    assert [r.detail for r in mine] == [
        "rotting: 30 days in stage (limit 10) · 停滞的单子客户 · 洽谈 · ¥120,000"]


def test_rotting_is_what_the_board_marks_rotting(firm):
    board = load_board_snapshot(firm.store, firm.pipeline_id, TODAY)
    on_board = {c.name for c in board.cards if c.rotting}
    from_today = {r.title for r in deal_reminders(firm.store, TODAY, None)
                  if r.kind == "deal_rotting"}
    assert on_board == from_today == {"停滞的单子"}


def test_a_dated_deal_that_also_rots_is_one_reminder_saying_both(firm):
    rot = firm.deals["停滞的单子"]
    pl.set_expected_close(firm.store, [rot], TODAY - timedelta(days=1))
    found = [r for r in deal_reminders(firm.store, TODAY, None, lang="zh_CN")
             if r.item_id == rot]
    assert [r.kind for r in found] == ["deal_overdue"]
    assert found[0].detail.endswith("停滞 30 天（上限 10 天）")


def test_won_lost_and_moved_deals_leave(firm):
    late, closing = firm.deals["过期未成交"], firm.deals["本周成交"]
    outcome = {o.deal_id: o for o in outcome_stages(firm.store, [late, closing])}
    assert outcome[late].won_stage_name == "赢单" and outcome[late].lost_stage_name == "输单"
    pl.move_deals(firm.store, [late], outcome[late].lost_stage_id, None, lost_reason="预算")
    pl.set_expected_close(firm.store, [closing], TODAY + timedelta(days=30))
    assert kinds(firm, "东经理") == ROTTING


def test_deal_reminders_are_registered_with_today(firm):
    result = collect_reminders(firm.store, TODAY, firm.people["东经理"])
    assert not result.failed
    assert {r.title for r in result.reminders if r.item_kind == "deal"} == {
        "停滞的单子", "过期未成交", "本周成交"}


# --- adjustment requests ------------------------------------------------------------------

@pytest.fixture
def request_(firm):
    """张三 asks to lower his published 2026 target; 东经理 (level above), the owner and the
    director may decide it, nobody else.
    """
    store, p = firm.store, firm.people
    plan_id = ops.create_plan_from_org(store, 2026).value
    ids = {n.name: n.id for n in T.load_tree(store, plan_id).nodes}
    T.set_values(store, ids["张三"], "signed_amount", "2026", Values(0, 30_000_000, 0),
                 by=p["周总监"])
    L.publish_plan(store, plan_id, by=p["周总监"])
    adj = L.request_adjustment(store, ids["张三"], "signed_amount", "2026",
                               Values(0, 25_000_000, 0), "客户预算推迟", by=p["张三"]).value
    return adj, plan_id, ids["张三"]


def deciders(firm) -> set[str]:
    return {name for name, pid in firm.people.items()
            if adjustment_reminders(firm.store, TODAY, pid, lang="zh_CN")}


def test_a_pending_request_shows_to_those_who_decide_it(firm, request_):
    adj, plan_id, node_id = request_
    assert deciders(firm) == {"东经理", "老板", "周总监"}
    (reminder,) = adjustment_reminders(firm.store, TODAY, firm.people["东经理"], lang="zh_CN")
    assert (reminder.kind, reminder.item_kind, reminder.item_id) == (
        "target_adjustment", "adjustment", adj)
    assert reminder.title == "张三 · 签约额 2026"
    assert reminder.detail == "张三 申请调整 · 目标 ¥300,000 → ¥250,000 · 原因：客户预算推迟"
    assert reminder.due == TODAY
    assert request_place(firm.store, adj) == (plan_id, node_id, "pending")
    everyone = adjustment_reminders(firm.store, TODAY, None, lang="en")
    assert [r.detail for r in everyone] == [
        "requested by 张三 · target ¥300,000 → ¥250,000 · reason: 客户预算推迟"]


def test_a_decided_request_leaves_today(firm, request_):
    adj, _plan, _node = request_
    L.reject_adjustment(firm.store, adj, by=firm.people["东经理"], note="维持")
    assert deciders(firm) == set()
    assert adjustment_reminders(firm.store, TODAY, None) == []
