"""Action items, checkpoints, the annual timeline and their reminders on Today."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.core.errors import ValidationError
from services.plans import actions as plans
from services.plans import timeline as T
from services.targets.cascade import create_plan, load_tree
from services.targets.ops import create_plan_from_org
from services.today.reminders import collect_reminders
from tests.unit.target_fixtures import build_firm


@pytest.fixture
def plan(store):  # noqa: ANN001, ANN201
    firm = build_firm(store)
    plan_id = create_plan_from_org(store, 2026).value
    nodes = {n.name: n.id for n in load_tree(store, plan_id, with_actuals=False).nodes}
    return firm, plan_id, nodes


def test_action_crud_filters_and_undo(store, plan) -> None:  # noqa: ANN001
    firm, plan_id, nodes = plan
    zs = firm.people["张三"]
    a = plans.create_action(store, plan_id, nodes["张三"], "拜访10家重点客户", owner_id=zs,
                            method="每周两家，带方案", due_on=date(2026, 3, 31),
                            budget=Decimal("5000.50"), resources="样品、差旅").value
    b = plans.create_action(store, plan_id, nodes["华东区"], "保住老客户续约", variant="B",
                            status="doing").value
    assert [x.title for x in plans.list_actions(store, plan_id, variant="A")] == \
        ["拜访10家重点客户"]
    assert [x.id for x in plans.list_actions(store, plan_id, owner_id=zs)] == [a]
    assert [x.id for x in plans.list_actions(store, plan_id, node_id=nodes["华东区"])] == [b]
    assert [x.id for x in plans.list_actions(store, plan_id, status=["todo", "blocked"])] == [a]
    row = plans.get_action(store, a)
    assert (row.owner_name, row.budget, row.node_name) == ("张三", Decimal("5000.50"), "张三")

    old = plans.update_action(store, a, status="done", budget="12000", title="拜访12家").value
    assert plans.get_action(store, a).status == "done"
    plans.update_action(store, a, **old)  # undo
    again = plans.get_action(store, a)
    assert (again.status, again.budget, again.title) == ("todo", Decimal("5000.50"),
                                                         "拜访10家重点客户")

    cp1 = plans.add_checkpoint(store, a, "完成客户名单", date(2026, 1, 31)).value
    plans.add_checkpoint(store, a, "首轮拜访", date(2026, 2, 28))
    plans.update_checkpoint(store, cp1, done_on=date(2026, 1, 30))
    over = plans.overdue_checkpoints(store, date(2026, 3, 5), plan_id=plan_id)
    assert [o.checkpoint.title for o in over] == ["首轮拜访"]
    assert over[0].action_title == "拜访10家重点客户"

    removed = plans.delete_action(store, a).value
    assert [x.id for x in plans.list_actions(store, plan_id)] == [b]
    assert plans.overdue_checkpoints(store, date(2026, 3, 5)) == []
    plans.restore(store, removed)  # undo brings the item and both checkpoints back
    assert len(plans.get_action(store, a).checkpoints) == 2

    copies = plans.copy_variant(store, plan_id, "A", "B").value
    assert len(copies) == 1
    copied = plans.get_action(store, copies[0])
    assert (copied.variant, copied.status, len(copied.checkpoints)) == ("B", "todo", 2)


@pytest.mark.parametrize(("fields", "field"), [
    ({"title": "  "}, "title"),
    ({"variant": "C"}, "variant"),
    ({"status": "later"}, "status"),
    ({"budget": "-1"}, "budget"),
    ({"budget": "1.234"}, "budget"),
    ({"budget": "abc"}, "budget"),
    ({"due_on": "2026-13-01"}, "due_on"),
    ({"owner_id": "nobody"}, "owner_id"),
    ({"colour": "red"}, "colour"),
])
def test_bad_action_fields_are_named(store, plan, fields, field) -> None:  # noqa: ANN001
    _firm, plan_id, nodes = plan
    a = plans.create_action(store, plan_id, nodes["张三"], "跟进").value
    with pytest.raises(ValidationError) as err:
        plans.update_action(store, a, **fields)
    assert err.value.field == field
    assert plans.get_action(store, a).title == "跟进"  # nothing half-written


def test_node_of_another_plan_is_refused(store, plan) -> None:  # noqa: ANN001
    _firm, plan_id, _nodes = plan
    other = create_plan(store, 2027, "2027年度目标").value
    other_root = load_tree(store, other, with_actuals=False).nodes[0].id
    with pytest.raises(ValidationError, match="another plan"):
        plans.create_action(store, plan_id, other_root, "跨计划")


def test_timeline_generation_is_dated_and_idempotent(store, plan) -> None:  # noqa: ANN001
    _firm, plan_id, _nodes = plan
    ids = T.generate_timeline(store, plan_id).value
    rows = T.list_timeline(store, plan_id)
    assert len(ids) == len(rows) == 8 + 12 + 1  # meetings, monthly plans, one weekly rule
    by_title = {r.title: r for r in rows}
    assert by_title["目标设定与分解会议"].due_on == date(2026, 1, 8)
    assert by_title["方案评审"].due_on == date(2026, 1, 26)  # Sun 25 Jan → Monday
    assert by_title["宣贯与认领"].due_on == date(2026, 2, 3)
    assert by_title["第二季度复盘"].due_on == date(2026, 7, 6)  # Sun 5 Jul → Monday
    assert by_title["年终总结与奖惩兑现"].due_on == date(2026, 12, 21)  # Sun → Monday
    # the month's first working day: Sun 1 Mar → Monday; 1 Jan is 元旦, Sun 4 Jan a 调休
    # working day; October's plan after 国庆 (1–7 Oct)
    assert by_title["3月月度计划"].due_on == date(2026, 3, 2)
    assert by_title["1月月度计划"].due_on == date(2026, 1, 4)
    assert by_title["10月月度计划"].due_on == date(2026, 10, 8)
    assert by_title["KPI与激励规则确定"].due_on == date(2026, 2, 24)  # 20 Feb is in 春节
    assert by_title["第三季度复盘"].due_on == date(2026, 10, 8)  # 5 Oct is in 国庆
    assert by_title["周任务（每周一）"].due_on == date(2026, 1, 5)
    assert [r.kind for r in rows].count("quarterly_review") == 3
    assert T.generate_timeline(store, plan_id).value == []

    cid = by_title["方案评审"].id
    old = T.update_checkpoint(store, cid, due_on=date(2026, 1, 28), notes="延后两天").value
    assert {r.id: r.due_on for r in T.list_timeline(store, plan_id)}[cid] == date(2026, 1, 28)
    T.update_checkpoint(store, cid, **old)
    assert {r.id: r.notes for r in T.list_timeline(store, plan_id)}[cid] is None
    with pytest.raises(ValidationError):
        T.update_checkpoint(store, cid, remind_days_before=-1)
    removed = T.delete_checkpoints(store, ids[:2]).value
    assert len(T.list_timeline(store, plan_id)) == 19
    T.restore_checkpoints(store, removed)
    assert len(T.list_timeline(store, plan_id)) == 21


def _titles(store, day: date, person: str | None = None) -> set[str]:  # noqa: ANN001
    result = collect_reminders(store, day, person)
    assert not result.failed
    return {r.title for r in result.reminders if r.kind in ("plan_checkpoint", "action_overdue")}


def test_reminders_on_today(store, plan) -> None:  # noqa: ANN001
    firm, plan_id, nodes = plan
    T.generate_timeline(store, plan_id)
    rows = {r.title: r for r in T.list_timeline(store, plan_id)}
    for r in rows.values():  # January's monthly plan and the weekly rule out of the way
        if r.title == "1月月度计划":
            T.mark_done(store, r.id, date(2026, 1, 1))
    # Tue 6 Jan: the meeting on the 8th is within its 3 days; the plan review is not
    titles = _titles(store, date(2026, 1, 6))
    assert "目标设定与分解会议" in titles and "方案评审" not in titles
    assert "周任务（每周一）" in titles  # this week's tasks not yet done
    T.mark_done(store, rows["周任务（每周一）"].id, date(2026, 1, 5))
    assert "周任务（每周一）" not in _titles(store, date(2026, 1, 7))
    assert "周任务（每周一）" in _titles(store, date(2026, 1, 12))  # next Monday again
    # overdue until marked done
    assert "目标设定与分解会议" in _titles(store, date(2026, 1, 20))
    T.mark_done(store, rows["目标设定与分解会议"].id, date(2026, 1, 8))
    assert "目标设定与分解会议" not in _titles(store, date(2026, 1, 20))

    zs, ls = firm.people["张三"], firm.people["李四"]
    a = plans.create_action(store, plan_id, nodes["张三"], "签下A客户", owner_id=zs,
                            due_on=date(2026, 1, 10)).value
    plans.add_checkpoint(store, a, "提交报价", date(2026, 1, 9))
    assert {"签下A客户", "提交报价"} <= _titles(store, date(2026, 1, 20), zs)
    assert not {"签下A客户", "提交报价"} & _titles(store, date(2026, 1, 20), ls)
    assert "签下A客户" not in _titles(store, date(2026, 1, 10), zs)  # due today: not overdue
    plans.update_action(store, a, status="done")
    assert "签下A客户" not in _titles(store, date(2026, 1, 20), zs)


def test_every_write_says_what_changed_and_undoes_to_the_same_ids(store, plan) -> None:  # noqa: ANN001
    _firm, plan_id, nodes = plan
    op = plans.create_action(store, plan_id, nodes["张三"], "跟进")
    a = op.value
    assert op.changes.of("action_items").created == {a}
    cp = plans.add_checkpoint(store, a, "名单", date(2026, 2, 1)).value

    gone = op.undo.run(store)  # undo the creation: a soft delete of the same id
    assert gone.changes.of("action_items").deleted == {a}
    assert plans.list_actions(store, plan_id) == []
    back = gone.undo.run(store)  # redo: the same id again
    assert back.changes.of("action_items").created == {a}
    assert [x.id for x in plans.list_actions(store, plan_id)] == [a]

    edit = plans.update_action(store, a, title="跟进两家")
    assert edit.changes.only_fields("action_items", {"title"})
    assert edit.undo.run(store).undo.run(store).value == {"title": "跟进"}
    assert plans.get_action(store, a).title == "跟进两家"

    removed = plans.delete_action(store, a)
    assert removed.changes.of("action_checkpoints").deleted == {cp}
    restored = removed.undo.run(store)
    assert plans.get_action(store, a).checkpoints[0].id == cp
    redone = restored.undo.run(store)  # redo the delete
    assert plans.list_actions(store, plan_id) == []
    redone.undo.run(store)
    assert plans.get_action(store, a).checkpoints[0].id == cp

    copy = plans.copy_variant(store, plan_id, "A", "B")
    [b] = copy.value
    assert copy.changes.of("action_items").created == {b}
    again = copy.undo.run(store)
    assert plans.list_actions(store, plan_id, variant="B") == []
    again.undo.run(store)
    assert [x.id for x in plans.list_actions(store, plan_id, variant="B")] == [b]
    assert len(plans.get_action(store, b).checkpoints) == 1

    timeline = T.generate_timeline(store, plan_id)
    assert timeline.changes.of("plan_checkpoints").created == set(timeline.value)
    undone = timeline.undo.run(store)
    assert T.list_timeline(store, plan_id) == []
    undone.undo.run(store)
    assert {r.id for r in T.list_timeline(store, plan_id)} == set(timeline.value)
