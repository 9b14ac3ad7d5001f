"""services.org.people_edit and lookup: every field of a person, validated, undone exactly."""

from __future__ import annotations

from datetime import date

import pytest

from services.core.errors import ValidationError
from services.org import units as U
from services.org.lookup import find_person, find_unit
from services.org.people_edit import add_person, edit_person, get_person, list_unit_people

TODAY = date(2026, 3, 9)


@pytest.fixture
def org(store):
    company = U.add_unit(store, "云帆科技", "company", None).value
    east = U.add_unit(store, "华东区", "region", company).value
    team = U.add_unit(store, "上海团队", "team", east).value
    boss = add_person(store, "周总监", company, role="director", capacity_tier="senior",
                      active_from=date(2024, 1, 1)).value
    return {"company": company, "east": east, "team": team, "boss": boss}


def test_a_person_is_added_with_every_field_and_undone(store, org):
    op = add_person(store, " 王芳 ", org["team"], role="manager", capacity_tier="novice",
                    manager_id=org["boss"], phone="138 0000 0000", email="wang@example.cn",
                    active_from=date(2026, 1, 5))
    p = get_person(store, op.value, TODAY)
    assert (p.name, p.unit_name, p.role, p.capacity_tier, p.manager_name, p.phone, p.email,
            p.active_from, p.active_to, p.active) == (
        "王芳", "上海团队", "manager", "novice", "周总监", "138 0000 0000", "wang@example.cn",
        date(2026, 1, 5), None, True)
    assert op.changes.of("people").created == {op.value}
    op.undo.run(store)
    assert [x.name for x in list_unit_people(store, include_left=True, today=TODAY)] == ["周总监"]


@pytest.mark.parametrize(("values", "message"), [
    ({"name": ""}, "needs a name"),
    ({"role": "ceo"}, "unknown role"),
    ({"capacity_tier": "guru"}, "unknown capacity tier"),
    ({"email": "not-mail"}, "not an e-mail address"),
    ({"active_to": date(2020, 1, 1)}, "before their start date"),
    ({"unit_id": "nope"}, "unit no longer exists"),
    ({"manager_id": "nope"}, "manager no longer exists"),
    ({"phone": "1" * 51}, "at most 50 characters"),
])
def test_bad_values_are_refused(store, org, values, message):
    pid = add_person(store, "王芳", org["team"], active_from=date(2025, 1, 1)).value
    with pytest.raises(ValidationError, match=message):
        edit_person(store, pid, values)


def test_manager_circles_are_refused(store, org):
    wang = add_person(store, "王芳", org["team"], manager_id=org["boss"]).value
    li = add_person(store, "李强", org["team"], manager_id=wang).value
    with pytest.raises(ValidationError, match="own manager"):
        edit_person(store, li, {"manager_id": li})
    with pytest.raises(ValidationError, match="circle of managers"):
        edit_person(store, org["boss"], {"manager_id": li})


def test_an_edit_returns_the_old_values_and_its_undo_puts_them_back(store, org):
    pid = add_person(store, "王芳", org["team"], active_from=date(2025, 1, 1)).value
    before = get_person(store, pid, TODAY)
    op = edit_person(store, pid, {"role": "manager", "capacity_tier": "senior",
                                  "unit_id": org["east"], "active_to": date(2026, 3, 1),
                                  "phone": "021-1234", "name": "王芳"})
    assert op.value == {"role": "rep", "capacity_tier": "intermediate",
                        "unit_id": org["team"], "active_to": None, "phone": None}
    after = get_person(store, pid, TODAY)
    assert not after.active and after.unit_name == "华东区"
    assert [p.name for p in list_unit_people(store, org["east"], today=TODAY)] == []
    left = list_unit_people(store, org["east"], include_left=True, today=TODAY)
    assert [p.name for p in left] == ["王芳"]
    op.undo.run(store)
    assert get_person(store, pid, TODAY) == before


def test_people_of_a_unit_with_or_without_its_sub_units(store, org):
    add_person(store, "王芳", org["team"], active_from=date(2025, 1, 1))
    add_person(store, "赵敏", org["east"], active_from=date(2025, 1, 1))
    names = [p.name for p in list_unit_people(store, org["east"], today=TODAY)]
    assert names == ["王芳", "赵敏"]
    names = [p.name for p in list_unit_people(store, org["east"], subunits=False, today=TODAY)]
    assert names == ["赵敏"]


def test_lookup_by_name_or_id_refuses_ambiguous_names_with_candidates(store, org):
    assert find_unit(store, "华东区").id == org["east"]
    assert find_unit(store, org["team"]).name == "上海团队"
    U.add_unit(store, "上海团队", "team", org["company"])
    with pytest.raises(ValidationError) as err:
        find_unit(store, "上海团队")
    text = str(err.value)
    assert "more than one unit" in text and "云帆科技 / 华东区 / 上海团队" in text
    assert "云帆科技 / 上海团队" in text
    with pytest.raises(ValidationError, match="no unit called"):
        find_unit(store, "火星区")
    add_person(store, "王芳", org["team"])
    add_person(store, "王芳", org["east"])
    with pytest.raises(ValidationError, match="more than one person"):
        find_person(store, "王芳")
    assert find_person(store, "周总监").id == org["boss"]


def test_people_are_listed_in_pinyin_order_latin_names_first(store, org):
    for name in ("张伟", "王芳", "Bob", "李强", "阿明", "alice", "赵敏", "陈静"):
        add_person(store, name, org["team"], active_from=date(2025, 1, 1))
    names = [p.name for p in list_unit_people(store, org["team"], today=TODAY)]
    assert names == ["alice", "Bob", "阿明", "陈静", "李强", "王芳", "张伟", "赵敏"]
    from services.org.people import list_people

    everyone = [p.name for p in list_people(store, today=TODAY)]
    assert everyone == ["alice", "Bob", "阿明", "陈静", "李强", "王芳", "张伟", "赵敏", "周总监"]
