"""Publish → acknowledge → adjust: who may do what, and every version kept (SQLite, PostgreSQL)."""

from __future__ import annotations

import pytest

from services.targets import cascade as T
from services.targets import lifecycle as L
from services.targets import nodes as tn
from services.targets import ops
from services.targets.split import Values
from tests.unit.target_fixtures import build_firm

M, Y = "signed_amount", "2026"


@pytest.fixture
def published(any_store):
    firm = build_firm(any_store)
    plan_id = ops.create_plan_from_org(any_store, 2026).value
    ids = {n.name: n.id for n in T.load_tree(any_store, plan_id).nodes}
    T.set_values(any_store, ids["华东区"], M, Y, Values(0, 900_000, 0),
                 by=firm.people["周总监"], reason="年度目标")
    T.set_values(any_store, ids["张三"], M, Y, Values(0, 300_000, 0),
                 by=firm.people["周总监"], reason="年度目标")
    with pytest.raises(T.TargetError, match="only the firm's owner or a sales director"):
        L.publish_plan(any_store, plan_id, by=firm.people["张三"])
    L.publish_plan(any_store, plan_id, by=firm.people["周总监"])
    return firm, plan_id, ids


def test_published_values_change_only_through_adjustments(published, any_store):
    firm, plan_id, ids = published
    plan = T.get_plan(any_store, plan_id)
    assert (plan.status, plan.version, plan.published_by_id) == ("published", 1,
                                                                firm.people["周总监"])
    with pytest.raises(T.TargetError, match="published.*adjustment request"):
        T.set_values(any_store, ids["张三"], M, Y, Values(0, 1, 0))
    with pytest.raises(T.TargetError, match="published"):
        ops.split_node(any_store, ids["华东区"], M, Y)
    with pytest.raises(T.TargetError, match="published"):
        tn.move_node(any_store, ids["王五"], ids["华东区"])
    with pytest.raises(T.TargetError, match="already published"):
        L.publish_plan(any_store, plan_id)
    # renaming stays allowed
    assert tn.rename_node(any_store, ids["张三"], "张三丰").value == "张三"
    # the reverse funnel's process targets stay editable, and versioned
    T.set_values(any_store, ids["张三"], "quotes", Y, Values(40, 48, 60), reason="反推")
    assert L.value_history(any_store, ids["张三"], "quotes", Y)[0].reason == "反推"
    with pytest.raises(T.TargetError, match="published"):
        T.set_many_values(any_store, [T.ValueChange(ids["张三"], "quotes", Y, Values(1, 1, 1)),
                                      T.ValueChange(ids["张三"], M, Y, Values(1, 1, 1))])


def test_acknowledgement_by_owners_only(published, any_store):
    firm, plan_id, ids = published
    p = firm.people
    with pytest.raises(T.TargetError, match="only the owner of “张三”"):
        L.acknowledge(any_store, ids["张三"], p["李四"])
    L.acknowledge(any_store, ids["张三"], p["张三"], "认领")
    L.acknowledge(any_store, ids["张三"], p["张三"])  # twice at one version: one row
    L.acknowledge(any_store, ids["华东区"], p["东经理"])  # a region: its manager
    L.acknowledge(any_store, ids["帆程公司"], p["老板"])  # the company: owner/director
    with pytest.raises(T.TargetError, match="only the owner"):
        L.acknowledge(any_store, ids["华东区"], p["张三"])
    acks = L.acknowledgements(any_store, plan_id)
    assert [a[0] for a in acks[ids["张三"]]] == [p["张三"]]
    tree = T.load_tree(any_store, plan_id)
    assert tree.node(ids["张三"]).acknowledged_version == 1
    assert tree.node(ids["李四"]).acknowledged_version is None
    with pytest.raises(T.TargetError, match="owners have acknowledged"):
        L.unpublish_plan(any_store, plan_id)


def test_approval_by_the_level_above_writes_a_version(published, any_store):
    firm, plan_id, ids = published
    p = firm.people
    with pytest.raises(T.TargetError, match="needs a reason"):
        L.request_adjustment(any_store, ids["张三"], M, Y, Values(0, 200_000, 0), "  ",
                             by=p["张三"])
    adj = L.request_adjustment(any_store, ids["张三"], M, Y, Values(0, 200_000, 0),
                               "大客户流失", by=p["张三"]).value
    assert L.can_decide(any_store, p["东经理"], adj) and not L.can_decide(any_store, None, adj)
    assert L.owners_of(any_store, ids["华东区"]) == {p["东经理"]}
    for who in ("张三", "李四", "王五"):  # the requester, a peer, another region
        assert not L.can_decide(any_store, p[who], adj)
        with pytest.raises(T.TargetError, match="only the level above “张三”"):
            L.approve_adjustment(any_store, adj, by=p[who])
    L.approve_adjustment(any_store, adj, by=p["东经理"], note="同意")
    assert T.node_values(any_store, ids["张三"])[(M, Y)] == Values(0, 200_000, 0)
    assert T.get_plan(any_store, plan_id).version == 2
    history = L.value_history(any_store, ids["张三"], M, Y)
    assert [(h.old, h.new, h.reason, h.adjustment_id, h.plan_version) for h in history] == [
        (None, Values(0, 300_000, 0), "年度目标", None, 0),
        (Values(0, 300_000, 0), Values(0, 200_000, 0), "大客户流失", adj, 2),
    ]
    assert history[1].changed_by_name == "东经理"
    rows = L.list_adjustments(any_store, plan_id)
    assert [(r.node_name, r.old, r.new, r.status, r.decided_by_id, r.decision_note)
            for r in rows] == [("张三", Values(0, 300_000, 0), Values(0, 200_000, 0),
                                "approved", p["东经理"], "同意")]
    with pytest.raises(T.TargetError, match="already approved"):
        L.reject_adjustment(any_store, adj, by=p["老板"])
    # the region's own request goes to the company level: the manager cannot decide it
    adj2 = L.request_adjustment(any_store, ids["华东区"], M, Y, Values(0, 800_000, 0),
                                "市场变化", by=p["东经理"]).value
    with pytest.raises(T.TargetError, match="level above"):
        L.approve_adjustment(any_store, adj2, by=p["东经理"])
    L.approve_adjustment(any_store, adj2, by=p["周总监"])
    # acknowledging again records the new version
    L.acknowledge(any_store, ids["张三"], p["张三"])
    assert T.load_tree(any_store, plan_id).node(ids["张三"]).acknowledged_version == 3


def test_rejected_adjustment_changes_nothing(published, any_store):
    firm, plan_id, ids = published
    p = firm.people
    adj = L.request_adjustment(any_store, ids["李四"], M, "2026-03", Values(1, 2, 3),
                               "想试试", by=p["李四"]).value
    assert [r.status for r in L.list_adjustments(any_store, plan_id, "pending")] == ["pending"]
    L.reject_adjustment(any_store, adj, by=p["东经理"], note="理由不足")
    assert T.node_values(any_store, ids["李四"]) == {}
    assert L.value_history(any_store, ids["李四"], M, "2026-03") == []
    assert T.get_plan(any_store, plan_id).version == 1
    row = L.list_adjustments(any_store, plan_id)[0]
    assert (row.status, row.decision_note) == ("rejected", "理由不足")


def test_draft_plan_refuses_lifecycle_steps_out_of_order(any_store):
    firm = build_firm(any_store)
    plan_id = ops.create_plan_from_org(any_store, 2026).value
    root = T.load_tree(any_store, plan_id).nodes[0].id
    with pytest.raises(T.TargetError, match="after they are published"):
        L.acknowledge(any_store, root, firm.people["老板"])
    with pytest.raises(T.TargetError, match="still a draft"):
        L.request_adjustment(any_store, root, M, Y, Values(0, 1, 0), "x", by=None)
    with pytest.raises(T.TargetError, match="not published"):
        L.unpublish_plan(any_store, plan_id)
    L.publish_plan(any_store, plan_id)
    L.unpublish_plan(any_store, plan_id)  # nobody acted yet: publication can be undone
    assert T.get_plan(any_store, plan_id).status == "draft"
