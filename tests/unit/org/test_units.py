"""services.org.units: the org tree, add, rename, move, merge and close, each undone exactly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from models.customers import Customer
from models.org import OrgUnit, Person
from models.pipeline import Product
from models.targets import TargetNode, TargetPlan
from services.core.errors import ValidationError
from services.org import units as U
from services.org.people_edit import add_person, edit_person

TODAY = date(2026, 3, 9)


@dataclass
class Firm:
    company: str
    east: str
    west: str
    shanghai: str
    hangzhou: str
    wang: str
    li: str


@pytest.fixture
def firm(store) -> Firm:
    company = U.add_unit(store, "云帆科技", "company", None).value
    east = U.add_unit(store, "华东区", "region", company).value
    west = U.add_unit(store, "华西区", "region", company).value
    shanghai = U.add_unit(store, "上海团队", "team", east).value
    hangzhou = U.add_unit(store, "杭州团队", "team", east).value
    start = date(2025, 1, 1)
    wang = add_person(store, "王芳", east, role="manager", active_from=start).value
    li = add_person(store, "李强", shanghai, manager_id=wang, active_from=start).value
    return Firm(company, east, west, shanghai, hangzhou, wang, li)


def _tree(store) -> list[tuple[int, str, int, int]]:
    return [(u.depth, u.name, u.people, u.people_total) for u in U.unit_tree(store, TODAY)]


def test_the_tree_is_depth_first_with_people_counted_in_the_unit_and_below(store, firm):
    assert _tree(store) == [
        (0, "云帆科技", 0, 2), (1, "华东区", 1, 2), (2, "上海团队", 1, 1), (2, "杭州团队", 0, 0),
        (1, "华西区", 0, 0)]


def test_adding_units_is_validated(store, firm):
    with pytest.raises(ValidationError, match="already has its company"):
        U.add_unit(store, "另一家", "company", None)
    with pytest.raises(ValidationError, match="needs a parent"):
        U.add_unit(store, "游离团队", "team", None)
    with pytest.raises(ValidationError, match="only the top"):
        U.add_unit(store, "子公司", "company", firm.east)
    with pytest.raises(ValidationError, match="unknown unit kind"):
        U.add_unit(store, "X", "galaxy", firm.east)
    with pytest.raises(ValidationError, match="needs a name"):
        U.add_unit(store, "  \u3000", "team", firm.east)
    with pytest.raises(ValidationError, match="already is a unit called “上海团队”"):
        U.add_unit(store, "上海团队", "team", firm.east)
    deep = U.add_unit(store, "浦东小组", "team", firm.shanghai)  # any depth
    assert deep.changes.of("org_units").created == {deep.value}
    assert (3, "浦东小组", 0, 0) in _tree(store)
    deep.undo.run(store)
    assert (3, "浦东小组", 0, 0) not in _tree(store)


def test_rename_and_its_undo(store, firm):
    op = U.rename_unit(store, firm.east, " 华东大区 ")
    assert op.value == "华东区" and op.changes.fields("org_units") >= {"name"}
    assert _tree(store)[1][1] == "华东大区"
    with pytest.raises(ValidationError, match="already is a unit called “华西区”"):
        U.rename_unit(store, firm.east, "华西区")
    op.undo.run(store)
    assert _tree(store)[1][1] == "华东区"


def test_move_re_parents_a_subtree_and_refuses_cycles_and_the_root(store, firm):
    op = U.move_unit(store, firm.shanghai, firm.west)
    assert op.value == firm.east
    assert _tree(store) == [
        (0, "云帆科技", 0, 2), (1, "华东区", 1, 1), (2, "杭州团队", 0, 0), (1, "华西区", 0, 1),
        (2, "上海团队", 1, 1)]
    op.undo.run(store)
    assert [n for _d, n, *_ in _tree(store)] == ["云帆科技", "华东区", "上海团队", "杭州团队",
                                                 "华西区"]
    with pytest.raises(ValidationError, match="cannot move under itself"):
        U.move_unit(store, firm.east, firm.shanghai)
    with pytest.raises(ValidationError, match="cannot move under itself"):
        U.move_unit(store, firm.east, firm.east)
    with pytest.raises(ValidationError, match="company unit is the top"):
        U.move_unit(store, firm.company, firm.west)


def test_merge_moves_people_sub_units_customers_targets_and_products_and_undoes(store, firm):
    with store.write() as uow:
        s = uow.session
        s.add(Customer(id="c1", name="甲公司", name_norm="甲公司", unit_id=firm.east))
        s.add(Product(id="p1", name="A产品", unit_id=firm.east))
        s.add(TargetPlan(id="tp", year=2026, name="2026", status="draft"))
        s.flush()
        s.add(TargetNode(id="n1", plan_id="tp", name="华东区", kind="unit", unit_id=firm.east))
        uow.commit()
    op = U.merge_unit(store, firm.east, firm.west)
    assert op.value.count("people") == 1 and op.value.count("org_units") == 2
    assert op.value.count("customers") == 1 and op.value.count("target_nodes") == 1
    assert op.value.count("products") == 1
    assert _tree(store) == [(0, "云帆科技", 0, 2), (1, "华西区", 1, 2), (2, "上海团队", 1, 1),
                            (2, "杭州团队", 0, 0)]
    with store.read() as uow:
        s = uow.session
        assert s.get(Person, firm.wang).unit_id == firm.west
        assert s.get(Customer, "c1").unit_id == firm.west
        assert s.get(TargetNode, "n1").unit_id == firm.west
        assert s.get(Product, "p1").unit_id == firm.west
        assert s.get(OrgUnit, firm.east).deleted_at is not None
    back = op.undo.run(store)
    assert [n for _d, n, *_ in _tree(store)] == ["云帆科技", "华东区", "上海团队", "杭州团队",
                                                 "华西区"]
    with store.read() as uow:
        s = uow.session
        assert s.get(Person, firm.wang).unit_id == firm.east
        assert s.get(Customer, "c1").unit_id == firm.east
        assert s.get(TargetNode, "n1").unit_id == firm.east
        assert s.get(Product, "p1").unit_id == firm.east
        assert s.scalars(select(OrgUnit.parent_id).where(
            OrgUnit.id == firm.shanghai)).one() == firm.east
    back.undo.run(store)  # redo: merged again
    assert [n for _d, n, *_ in _tree(store)][1] == "华西区"


def test_merge_is_refused_into_itself_its_sub_units_or_for_the_root(store, firm):
    with pytest.raises(ValidationError, match="cannot be merged into itself"):
        U.merge_unit(store, firm.east, firm.shanghai)
    with pytest.raises(ValidationError, match="company unit cannot be merged"):
        U.merge_unit(store, firm.company, firm.east)


def test_close_is_refused_while_people_are_active_then_done_and_undone(store, firm):
    with pytest.raises(ValidationError, match="still has active people \\(李强\\)"):
        U.close_unit(store, firm.shanghai, TODAY)
    edit_person(store, firm.li, {"unit_id": firm.hangzhou})
    closed = U.close_unit(store, firm.shanghai, TODAY)
    assert [u.closed_on for u in U.unit_tree(store, TODAY) if u.id == firm.shanghai] == [TODAY]
    with pytest.raises(ValidationError, match="closed and takes no new people"):
        edit_person(store, firm.li, {"unit_id": firm.shanghai})
    with pytest.raises(ValidationError, match="closed and takes no new units"):
        U.add_unit(store, "新组", "team", firm.shanghai)
    with pytest.raises(ValidationError, match="open sub-units"):
        U.close_unit(store, firm.west if U.move_unit(store, firm.hangzhou, firm.west) else "",
                     TODAY)
    closed.undo.run(store)
    assert all(u.closed_on is None for u in U.unit_tree(store, TODAY))
    with pytest.raises(ValidationError, match="cannot be closed"):
        U.close_unit(store, firm.company, TODAY)


def test_a_unit_closes_once_its_people_have_left(store, firm):
    edit_person(store, firm.li, {"active_to": date(2026, 2, 28)})
    U.close_unit(store, firm.shanghai, TODAY)
    assert U.unit_tree(store, TODAY)[2].closed


def test_a_unit_changes_kind_but_only_the_root_is_the_company(store, firm):
    op = U.set_unit_kind(store, firm.east, "channel")
    assert op.value == "region" and U.unit_tree(store, TODAY)[1].kind == "channel"
    with pytest.raises(ValidationError, match="only the top"):
        U.set_unit_kind(store, firm.east, "company")
    with pytest.raises(ValidationError, match="only the top"):
        U.set_unit_kind(store, firm.company, "team")
    op.undo.run(store)
    assert U.unit_tree(store, TODAY)[1].kind == "region"
