"""Importing people and org units: headers in Chinese or English, unit paths, managers resolved
after all rows, bad rows named, re-import finds everyone again, exact undo.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from models.org import OrgUnit, Person
from services.importing import ImportRejected, commit_plan, open_source, plan_import, undo_import
from tests.unit.importing_fixtures import snapshot, write_csv, write_xlsx

ROOT = Path(__file__).resolve().parents[3]
ZH = ["姓名", "电话", "邮箱", "部门", "角色", "上级", "能力层级", "入职日期", "离职日期"]
EN = ["Name", "Phone", "E-mail", "Team", "Role", "Manager", "Tier", "Start date", "Left date"]
ROWS = [
    ["小李", "13800000004", "li@fan.cn", "华东区/上海一组", "一线销售", "王经理", "新手",
     "2025-07-01", ""],  # the manager comes later in the file
    ["周总", "13800000001", "zhou@fan.cn", "", "老板", "", "资深", "2020-01-01", ""],
    ["王经理", "13800000003", "", "帆程科技/华东区/上海一组", "销售经理", "周总", "中级",
     "2022-05-10", ""],
    ["小赵", "", "", "华东区 > 杭州组", "Sales Rep", "王经理", "junior", "2024-02-01",
     "2025-12-31"],
]


def _plan(store, path: Path, **kw):
    return plan_import(store, open_source(path, "people", store=store), **kw)


def _people(store) -> dict[str, tuple]:
    with store.read() as uow:
        s = uow.session
        names = dict(s.execute(select(Person.id, Person.name)).all())
        units = {u.id: u for u in s.scalars(select(OrgUnit))}
        out = {}
        for p in s.scalars(select(Person)):
            unit = units[p.unit_id]
            parent = units[unit.parent_id].name if unit.parent_id else None
            out[p.name] = (p.role, p.capacity_tier, parent, unit.name, names.get(p.manager_id),
                           p.phone, p.email, p.active_from, p.active_to)
        return out


def _company(store) -> None:
    from services.org.people import create_unit

    create_unit(store, "帆程科技", "company")


@pytest.mark.parametrize("header", [ZH, EN], ids=["zh", "en"])
def test_people_and_their_units_are_imported(tmp_path: Path, store, header):
    _company(store)
    path = write_xlsx(tmp_path / "people.xlsx", [header, *ROWS])
    plan = _plan(store, path)
    assert [s for s in plan.mapping] == ["name", "phone", "email", "unit", "role", "manager",
                                         "capacity_tier", "active_from", "active_to"]
    assert plan.counts() == {"create": 4, "update": 0, "skip": 0, "reject": 0}
    batch = commit_plan(store, plan).value
    people = _people(store)
    assert people["小李"] == ("rep", "novice", "华东区", "上海一组", "王经理", "13800000004",
                            "li@fan.cn", date(2025, 7, 1), None)
    assert people["周总"][:5] == ("owner", "senior", None, "帆程科技", None)
    assert people["王经理"][:5] == ("manager", "intermediate", "华东区", "上海一组", "周总")
    assert people["小赵"][:5] == ("rep", "novice", "华东区", "杭州组", "王经理")
    assert people["小赵"][8] == date(2025, 12, 31)
    with store.read() as uow:
        kinds = dict(uow.session.execute(select(OrgUnit.name, OrgUnit.kind)).all())
    assert kinds == {"帆程科技": "company", "华东区": "region", "上海一组": "team",
                     "杭州组": "team"}  # 上海一组 made once, under the existing company
    assert len(batch.created_ids("org_units")) == 3


def test_a_second_import_of_the_same_file_updates_instead_of_duplicating(tmp_path: Path, store):
    _company(store)
    path = write_csv(tmp_path / "people.csv", [ZH, *ROWS])
    commit_plan(store, _plan(store, path))
    first = _people(store)
    again = _plan(store, path)
    assert again.counts() == {"create": 0, "update": 0, "skip": 4, "reject": 0}
    changed = [list(r) for r in ROWS]
    changed[3][6] = "资深"  # 小赵 became senior
    changed[0][3] = "华东区/杭州组"  # 小李 moved
    path2 = write_csv(tmp_path / "people2.csv", [ZH, *changed])
    before = snapshot(store)
    update = _plan(store, path2, mode="update")
    assert update.counts() == {"create": 0, "update": 4, "skip": 0, "reject": 0}
    batch = commit_plan(store, update).value
    people = _people(store)
    assert len(people) == 4
    assert people["小赵"][1] == "senior" and people["小李"][3] == "杭州组"
    assert {n: p[4] for n, p in people.items()} == {n: p[4] for n, p in first.items()}
    undo_import(store, batch)
    assert snapshot(store) == before


def test_bad_rows_are_named_and_nothing_is_imported(tmp_path: Path, store):
    _company(store)
    path = write_xlsx(tmp_path / "bad.xlsx", [ZH, *ROWS,
        ["", "13800000009", "", "华东区", "一线销售", "", "", "", ""],
        ["小钱", "", "", "华东区", "一线销售", "无名氏", "", "", ""],
        ["甲", "", "", "", "", "乙", "", "", ""],
        ["乙", "", "", "", "", "甲", "", "", ""],
        ["小孙", "", "", "", "", "", "", "2025-03-01", "2024-03-01"],
    ])
    plan = _plan(store, path)
    problems = {(p.row, p.column) for r in plan.rejected() for p in r.problems
                if p.severity == "error"}
    assert problems == {(6, "姓名"), (7, "上级"), (8, "上级"), (9, "上级"), (10, "离职日期")}
    texts = {p.row: p.message for r in plan.rejected() for p in r.problems}
    assert texts[7] == "No person named “无名氏” in this file or in Sailplan."
    assert "cycle" in texts[8] and "cycle" in texts[9]
    before = snapshot(store)
    with pytest.raises(ImportRejected):
        commit_plan(store, plan)
    assert snapshot(store) == before


def test_import_people_on_the_command_line(tmp_path: Path, db_path: Path):
    path = write_csv(tmp_path / "people.csv", [EN, *ROWS])

    def sailplan(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path),
                               *args], capture_output=True, text=True, timeout=120, cwd=ROOT)

    done = sailplan("import", "people", str(path))
    assert done.returncode == 0, done.stderr
    assert "created 4, updated 0, skipped 0, rejected 0" in done.stdout
    again = sailplan("import", "people", str(path), "--mode", "update")
    assert again.returncode == 0 and "created 0, updated 4" in again.stdout
    bad = write_csv(tmp_path / "bad.csv", [EN, ["小钱", "", "", "", "", "无名氏", "", "", ""]])
    refused = sailplan("import", "people", str(bad))
    assert refused.returncode == 1
    assert "Row 2, Manager: No person named “无名氏”" in refused.stdout
