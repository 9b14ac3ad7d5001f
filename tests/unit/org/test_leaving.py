"""services.org.leaving: a person who leaves hands over everything they still own, in one step."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest
from sqlalchemy import select

from models import Customer, Deal, OrgUnit, Person, Stage
from models.customers import CustomerEvent
from models.plans import ActionItem
from models.targets import TargetNode, TargetPlan
from services.org.leaving import LeavingError, leave, preview_leaving
from services.pipeline.deals import create_deal, list_pipelines

ON = date(2026, 5, 31)


@dataclass
class Team:
    """Ids by readable name."""

    people: dict[str, str] = field(default_factory=dict)
    customers: dict[str, str] = field(default_factory=dict)
    deals: dict[str, str] = field(default_factory=dict)
    nodes: dict[str, str] = field(default_factory=dict)
    actions: dict[str, str] = field(default_factory=dict)


def _team(store) -> Team:
    """华东区: 王经理 manages 张三, 李四, 王五; 张三 owns 5 customers, 6 deals (one won), two
    personal targets (2025 ended, 2026 open), two action items (one done) and a report.
    """
    t = Team()
    with store.write() as uow:
        s = uow.session
        company = OrgUnit(name="帆程公司", kind="company")
        s.add(company)
        s.flush()
        east = OrgUnit(name="华东区", kind="region", parent_id=company.id)
        s.add(east)
        s.flush()
        boss = Person(name="王经理", role="manager", capacity_tier="senior", unit_id=east.id,
                      active_from=date(2020, 1, 1))
        s.add(boss)
        s.flush()
        t.people["王经理"] = boss.id
        for name in ("张三", "李四", "王五", "赵六"):
            p = Person(name=name, role="rep", capacity_tier="intermediate", unit_id=east.id,
                       active_from=date(2024, 1, 1), manager_id=boss.id)
            s.add(p)
            s.flush()
            t.people[name] = p.id
        s.get(Person, t.people["赵六"]).manager_id = t.people["张三"]
        for i in range(5):
            c = Customer(name=f"客户{i}", name_norm=f"客户{i}", owner_id=t.people["张三"])
            s.add(c)
            s.flush()
            t.customers[c.name] = c.id
        other = Customer(name="别人的客户", name_norm="别人的客户", owner_id=t.people["李四"])
        s.add(other)
        for year in (2025, 2026):
            plan = TargetPlan(year=year, name=f"{year}年度目标")
            s.add(plan)
            s.flush()
            root = TargetNode(plan_id=plan.id, name="帆程公司", kind="company")
            s.add(root)
            s.flush()
            node = TargetNode(plan_id=plan.id, parent_id=root.id, name="张三", kind="person",
                              person_id=t.people["张三"])
            s.add(node)
            s.flush()
            t.nodes[str(year)] = node.id
            for title, status in (("拜访重点客户", "doing"), ("季度复盘", "done")):
                if year == 2025:
                    continue
                a = ActionItem(plan_id=plan.id, node_id=node.id, owner_id=t.people["张三"],
                               title=title, status=status)
                s.add(a)
                s.flush()
                t.actions[title] = a.id
        uow.commit()
    pipe = list_pipelines(store)[0]
    with store.read() as uow:
        won = uow.session.scalar(select(Stage.id).where(Stage.pipeline_id == pipe.id,
                                                        Stage.kind == "won"))
    for i in range(6):
        cust = t.customers[f"客户{i % 5}"]
        stage = won if i == 5 else None
        t.deals[f"商机{i}"] = create_deal(store, name=f"商机{i}", pipeline_id=pipe.id,
                                        customer_id=cust, owner_id=t.people["张三"],
                                        stage_id=stage).value
    return t


def _owners(store, model, column="owner_id") -> dict[str, str | None]:
    with store.read() as uow:
        return dict(uow.session.execute(select(model.id, getattr(model, column))).all())


def _snapshot(store) -> tuple:
    with store.read() as uow:
        s = uow.session
        people = {p.id: (p.manager_id, p.active_to) for p in s.scalars(select(Person))}
        nodes = {n.id: (n.person_id, n.name) for n in s.scalars(select(TargetNode))}
        events = s.scalar(select(CustomerEvent.id).limit(1))
    return (_owners(store, Customer), _owners(store, Deal), _owners(store, ActionItem),
            people, nodes, events)


def test_preview_counts_what_the_person_still_owns(store):
    t = _team(store)
    p = preview_leaving(store, t.people["张三"], ON)
    assert p.counts == {"customers": 5, "deals": 5, "targets": 1, "actions": 1, "reports": 1}
    assert [name for _id, name in p.team] == ["李四", "王五", "王经理", "赵六"]
    assert t.people["张三"] not in {pid for pid, _n in p.receivers}


def test_leaving_hands_everything_to_one_person_in_one_undoable_step(store):
    t = _team(store)
    before = _snapshot(store)
    zhang, li = t.people["张三"], t.people["李四"]
    op = leave(store, zhang, on=ON, to=li)

    assert op.value.moved == {"customers": 5, "deals": 5, "targets": 1, "actions": 1,
                              "reports": 1}
    cust = _owners(store, Customer)
    assert all(cust[c] == li for c in t.customers.values())
    deals = _owners(store, Deal)
    assert [deals[t.deals[f"商机{i}"]] for i in range(6)] == [li] * 5 + [zhang]  # won stays
    actions = _owners(store, ActionItem)
    assert actions[t.actions["拜访重点客户"]] == li and actions[t.actions["季度复盘"]] == zhang
    with store.read() as uow:
        s = uow.session
        assert s.get(Person, zhang).active_to == ON
        assert s.get(Person, t.people["赵六"]).manager_id == li
        open_node = s.get(TargetNode, t.nodes["2026"])
        assert (open_node.person_id, open_node.name) == (li, "李四")
        assert s.get(TargetNode, t.nodes["2025"]).person_id == zhang  # that year has ended
        events = s.scalars(select(CustomerEvent).where(CustomerEvent.to_person_id == li)).all()
        assert len(events) == 5 and {e.from_person_id for e in events} == {zhang}
    assert op.changes.touches("customers", "deals", "people", "target_nodes", "action_items")

    back = op.undo.run(store)
    assert _snapshot(store) == before  # every owner, the date, the events: as before
    again = back.undo.run(store)
    assert again.value.moved == op.value.moved
    assert _owners(store, Customer)[t.customers["客户3"]] == li


def test_split_among_the_team_is_balanced_and_deals_follow_their_customer(store):
    t = _team(store)
    team = [t.people["李四"], t.people["王五"]]
    op = leave(store, t.people["张三"], on=ON, split_among=team)
    per = op.value.per_person
    assert sorted(per[p]["customers"] for p in team) == [2, 3]
    assert sorted(per[p]["deals"] for p in team) == [2, 3]
    assert per[team[0]]["customers"] == 3  # the first receivers take the extra one
    cust = _owners(store, Customer)
    deals = _owners(store, Deal)
    with store.read() as uow:
        deal_customer = dict(uow.session.execute(select(Deal.id, Deal.customer_id)).all())
    following = sum(deals[d] == cust[deal_customer[d]] for d in
                    (t.deals[f"商机{i}"] for i in range(5)))
    assert following >= 4
    # the same handover again gives the same result (deterministic)
    first = (cust, deals)
    op.undo.run(store)
    leave(store, t.people["张三"], on=ON, split_among=team)
    assert (_owners(store, Customer), _owners(store, Deal)) == first


def test_refusals_change_nothing(store):
    t = _team(store)
    zhang = t.people["张三"]
    before = _snapshot(store)
    with pytest.raises(LeavingError, match="themselves"):
        leave(store, zhang, on=ON, to=zhang)
    with pytest.raises(LeavingError, match="choose who"):
        leave(store, zhang, on=ON)
    leave(store, t.people["王五"], on=date(2026, 4, 30), to=t.people["李四"])
    after_wang = _snapshot(store)
    with pytest.raises(LeavingError, match="王五 has left"):
        leave(store, zhang, on=ON, to=t.people["王五"])
    with pytest.raises(LeavingError, match="王五 has left"):
        leave(store, zhang, on=ON, split_among=[t.people["李四"], t.people["王五"]])
    assert _snapshot(store) == after_wang
    assert before[0] == after_wang[0]


def test_a_manager_who_leaves_never_makes_a_report_their_own_manager(store):
    t = _team(store)
    boss, li = t.people["王经理"], t.people["李四"]
    op = leave(store, boss, on=ON, to=li)
    with store.read() as uow:
        s = uow.session
        managers = {n: s.get(Person, pid).manager_id for n, pid in t.people.items()}
    assert managers["张三"] == li and managers["王五"] == li
    assert managers["李四"] is None  # no one above the manager who left
    op.undo.run(store)
    with store.read() as uow:
        assert uow.session.get(Person, li).manager_id == boss


def test_a_receiver_with_a_target_of_their_own_keeps_it_and_the_leavers_node_stays(store):
    t = _team(store)
    li = t.people["李四"]
    with store.write() as uow:
        s = uow.session
        node = s.get(TargetNode, t.nodes["2026"])
        s.add(TargetNode(plan_id=node.plan_id, parent_id=node.parent_id, name="李四",
                         kind="person", person_id=li))
        uow.commit()
    op = leave(store, t.people["张三"], on=ON, to=li)
    assert op.value.moved["targets"] == 0 and op.value.targets_kept == 1
    with store.read() as uow:
        assert uow.session.get(TargetNode, t.nodes["2026"]).person_id == t.people["张三"]
