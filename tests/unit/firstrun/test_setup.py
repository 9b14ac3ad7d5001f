"""The first-run setup: who sees it, what it creates, and its undo (real SQLite files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from models.org import OrgUnit, Person
from services.core.errors import ValidationError
from services.customers.edit import NewCustomer, create_customer
from services.firstrun.setup import (
    TeamRow,
    complete_setup,
    fiscal_start_month,
    needs_setup,
    parse_role,
    setup_done,
    setup_person,
)
from services.org.people import create_person, create_unit, firm_name, list_people
from services.setup import open_store

DAY = date(2026, 3, 9)


def _org(store):
    with store.read() as uow:
        s = uow.session
        units = {u.name: (u.kind, u.parent_id) for u in s.scalars(
            select(OrgUnit).where(OrgUnit.deleted_at.is_(None)))}
        ids = {u.id: u.name for u in s.scalars(select(OrgUnit))}
        people = {p.name: (p.role, ids[p.unit_id]) for p in s.scalars(
            select(Person).where(Person.deleted_at.is_(None)))}
    return units, people


def test_a_new_database_needs_the_setup_and_one_in_use_does_not(tmp_path: Path) -> None:
    fresh = open_store(tmp_path / "new.sqlite3")
    assert needs_setup(fresh) and not setup_done(fresh)
    fresh.close()
    used = open_store(tmp_path / "used.sqlite3")
    create_customer(used, NewCustomer(name="上海某某科技有限公司"))
    assert not needs_setup(used)  # customers but no setup: a database already in use
    used.close()


def test_setup_creates_the_firm_me_the_typed_team_and_its_settings(store) -> None:
    team = [TeamRow("李强", "华东区", "一线销售"), TeamRow("王芳", "华东区", "manager"),
            TeamRow("", "渠道部"), TeamRow("赵敏", "", "analyst"), TeamRow("  ", "  ")]
    op = complete_setup(store, " 云帆科技 ", 4, "张总", "老板", team, today=DAY)

    units, people = _org(store)
    root = op.value.root_id
    assert units == {"云帆科技": ("company", None), "华东区": ("team", root),
                     "渠道部": ("team", root)}
    assert people == {"张总": ("owner", "云帆科技"), "李强": ("rep", "华东区"),
                      "王芳": ("manager", "华东区"), "赵敏": ("analyst", "云帆科技")}
    assert firm_name(store) == "云帆科技"
    assert fiscal_start_month(store) == 4
    assert setup_done(store) and not needs_setup(store)
    me = {p.name: p.id for p in list_people(store)}["张总"]
    assert op.value.me_id == me and setup_person(store) == me
    assert len(op.value.unit_ids) == 2 and len(op.value.person_ids) == 4
    assert op.changes.touches("org_units", "people", "app_settings")


def test_setup_renames_an_existing_company_and_reuses_people_by_name(store) -> None:
    root = create_unit(store, "公司", "company").value  # as an import of owners leaves it
    boss = create_person(store, "张总", root, role="owner").value
    op = complete_setup(store, "云帆科技", 1, "张总", "owner", [TeamRow("李强")], today=DAY)
    assert op.value.root_id == root and op.value.me_id == boss
    assert firm_name(store) == "云帆科技"
    assert [p.name for p in list_people(store)] == ["李强", "张总"]  # pinyin: li, zhang


def test_undo_takes_the_whole_setup_back_and_redo_brings_the_same_ids(store) -> None:
    op = complete_setup(store, "云帆科技", 7, "张总", "director",
                        [TeamRow("李强", "华东区")], today=DAY)
    undone = op.undo.run(store)
    assert needs_setup(store) and firm_name(store) is None
    assert fiscal_start_month(store) == 1 and list_people(store) == []
    undone.undo.run(store)
    units, people = _org(store)
    assert set(people) == {"张总", "李强"} and set(units) == {"云帆科技", "华东区"}
    assert setup_person(store) == op.value.me_id and fiscal_start_month(store) == 7


@pytest.mark.parametrize(("firm", "month", "me", "role", "team", "template"), [
    ("", 1, "张总", "owner", [], "the firm's name cannot be empty"),
    ("云帆", 1, " ", "owner", [], "your name cannot be empty"),
    ("云帆", 13, "张总", "owner", [], "the fiscal year must start in a month from 1 to 12"),
    ("云帆", 1, "张总", "boss", [], "unknown role “{role}”"),
    ("云帆", 1, "张总", "owner", [TeamRow("张总")], "{name} is listed twice"),
    ("云帆", 1, "张总", "owner", [TeamRow("李强", role="chef")], "unknown role “{role}”"),
])
def test_setup_refuses_what_it_cannot_use_and_writes_nothing(
        store, firm, month, me, role, team, template) -> None:
    with pytest.raises(ValidationError) as err:
        complete_setup(store, firm, month, me, role, team)
    assert err.value.template == template
    assert needs_setup(store) and list_people(store) == []


def test_setup_is_done_once(store) -> None:
    complete_setup(store, "云帆科技", 1, "张总", "owner")
    with pytest.raises(ValidationError, match="already been set up"):
        complete_setup(store, "别的公司", 1, "李强", "owner")
    assert firm_name(store) == "云帆科技"


def test_roles_are_read_in_english_and_chinese() -> None:
    assert [parse_role(t) for t in ("Owner", "老板/管理员", "销售总监", "销售经理", "一线销售",
                                    "数据分析岗", "rep")] == [
        "owner", "owner", "director", "manager", "rep", "analyst", "rep"]
