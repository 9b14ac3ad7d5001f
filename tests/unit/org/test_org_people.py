"""services.org.people: the people list behind "I am …" and owner pickers."""

from __future__ import annotations

from datetime import date

from services.org.people import create_person, create_unit, list_people


def test_people_are_listed_active_first_with_their_unit(store):
    company = create_unit(store, "云帆科技", "company").value
    east = create_unit(store, "华东区", "region", company).value
    start = date(2025, 1, 1)
    a = create_person(store, "王芳", east, role="manager", active_from=start).value
    b = create_person(store, "李强", east, active_from=start).value
    gone = create_person(store, "赵敏", east, active_from=date(2020, 1, 1),
                         active_to=date(2021, 6, 30)).value
    future = create_person(store, "新同事", east, active_from=date(2030, 1, 1)).value

    current = list_people(store, today=date(2026, 3, 9))
    assert {p.id for p in current} == {a, b}
    assert all(p.unit_name == "华东区" and p.active for p in current)

    everyone = list_people(store, include_inactive=True, today=date(2026, 3, 9))
    assert {p.id for p in everyone[:2]} == {a, b}
    assert {p.id for p in everyone[2:]} == {gone, future}
    assert not any(p.active for p in everyone[2:])
    role = {p.id: p.role for p in everyone}
    assert role[a] == "manager" and role[b] == "rep"


def test_soft_deleted_people_are_not_listed(store):
    from models.base import utcnow
    from models.org import Person

    unit = create_unit(store, "云帆科技", "company").value
    pid = create_person(store, "离职者", unit).value
    with store.write() as uow:
        uow.session.get(Person, pid).deleted_at = utcnow()
        uow.commit()
    assert list_people(store, include_inactive=True) == []


def test_creating_people_and_units_is_undone_by_a_soft_delete_of_the_same_ids(store):
    import pytest

    from services.core.errors import ValidationError

    unit = create_unit(store, "云帆科技", "company")
    person = create_person(store, "王芳", unit.value, active_from=date(2025, 1, 1))
    assert person.changes.ids("people") == {person.value}
    assert unit.changes.ids("org_units") == {unit.value}
    with pytest.raises(ValidationError, match="still has people"):
        unit.undo.run(store)  # the unit is not empty yet
    gone = person.undo.run(store)
    assert gone.changes.of("people").deleted == {person.value}
    assert list_people(store, today=date(2026, 1, 1)) == []
    back = gone.undo.run(store)
    assert back.changes.of("people").created == {person.value}
    assert [p.id for p in list_people(store, today=date(2026, 1, 1))] == [person.value]
    back.undo.run(store)
    assert unit.undo.run(store).undo.fn.__name__ == "restore_unit"
