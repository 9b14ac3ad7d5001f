"""Preview → commit: statuses, modes, all-or-nothing, cancel, exact undo/redo, owners, stages."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from models.customers import Contact, Customer, CustomerEvent, FollowUp
from models.org import Person
from models.pipeline import Deal, Stage, StageHistory
from services.importing import (
    CREATE,
    ImportCancelled,
    ImportRejected,
    commit_plan,
    open_source,
    plan_import,
    redo_import,
    save_mapping,
    undo_import,
)
from services.importing.mapping import initial_mapping
from tests.unit.importing_fixtures import (
    seed_people,
    seed_pipeline,
    snapshot,
    write_csv,
    write_xlsx,
)

CUSTOMER_HEADER = ["客户名称", "联系人", "手机", "行业", "负责人", "客户等级", "最近跟进时间",
                   "备注"]


def _customers_file(tmp_path: Path, rows: list[list], name: str = "c.xlsx") -> Path:
    return write_xlsx(tmp_path / name, [CUSTOMER_HEADER, *rows])


def _plan(store, path: Path, kind: str = "customers", **kw):
    return plan_import(store, open_source(path, kind, store=store), **kw)


def _count(store, model) -> int:
    with store.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _customers(store) -> dict[str, Customer]:
    with store.read() as uow:
        out = {c.name: c for c in uow.session.scalars(select(Customer))}
        uow.session.expunge_all()  # keep the loaded values after the read ends
    return out


def test_customer_import_creates_customers_contacts_and_events(tmp_path: Path, store):
    people = seed_people(store)
    path = _customers_file(tmp_path, [
        ["甲公司", "张三", "138 0013 8000 / 13900139000", "制造业", "王强", "大客户",
         "2025/3/5", "老客户"],
        ["乙公司", "李四", "+86 13700137000", "软件", "待分配", "", "2025年3月6日", ""],
    ])
    plan = _plan(store, path)
    assert plan.counts() == {"create": 2, "update": 0, "skip": 0, "reject": 0}
    batch = commit_plan(store, plan).value
    assert batch.counts["create"] == 2
    got = _customers(store)
    jia = got["甲公司"]
    assert jia.phone == "138 0013 8000" and jia.owner_id == people["王强"]
    assert jia.tier == "A" and jia.tier_manual is True
    assert jia.notes == "老客户\n其他电话：13900139000"
    assert jia.last_followup_at.astimezone().date() == date(2025, 3, 5)
    assert got["乙公司"].owner_id is None
    with store.read() as uow:
        contacts = uow.session.execute(select(Contact.name, Contact.phone, Contact.is_primary)
                                       .order_by(Contact.name)).all()
    assert [tuple(c) for c in contacts] == [("张三", "138 0013 8000", True),
                                            ("李四", "+86 13700137000", True)]
    assert _count(store, CustomerEvent) == 2


def test_problems_name_row_column_and_value_and_reject_the_file(tmp_path: Path, store):
    seed_people(store)
    path = _customers_file(tmp_path, [
        ["甲公司", "张三", "13800138000", "制造业", "王强", "A", "2025/3/5", ""],
        ["乙公司", "李四", "12345", "软件", "李娜", "D", "明天", ""],
        ["", "王五", "13700137000", "软件", "李娜", "B", "2025/3/6", ""],
    ])
    plan = _plan(store, path)
    optional_bad, required_bad = plan.rows[1], plan.rows[2]
    # bad optional cells are left empty with a note each; the row imports
    assert optional_bad.status == "create"
    cells = {(p.row, p.column, p.value) for p in optional_bad.problems if p.left_empty}
    assert cells == {(3, "手机", "12345"), (3, "客户等级", "D"), (3, "最近跟进时间", "明天")}
    assert all(p.severity == "warning" for p in optional_bad.problems)
    assert required_bad.status == "reject"
    assert [(p.row, p.column, p.severity) for p in required_bad.problems] == [
        (4, "客户名称", "error")]
    before = snapshot(store)
    with pytest.raises(ImportRejected):
        commit_plan(store, plan)
    assert snapshot(store) == before


def test_cancel_midway_writes_nothing(tmp_path: Path, store):
    path = write_csv(tmp_path / "many.csv",
                     [["客户名称", "电话"], *[[f"测试客户{i:05d}", ""] for i in range(4500)]])
    plan = _plan(store, path)
    before = snapshot(store)
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    with pytest.raises(ImportCancelled):
        commit_plan(store, plan, progress=progress, is_cancelled=lambda: len(seen) > 2)
    assert max(seen) > 0  # rows had been inserted inside the transaction
    assert snapshot(store) == before


def test_modes_skip_update_create(tmp_path: Path, store):
    seed_people(store)
    commit_plan(store, _plan(store, _customers_file(tmp_path, [
        ["甲公司", "张三", "13800138000", "制造业", "王强", "", "", ""]])))
    second = _customers_file(tmp_path, [
        ["甲有限公司", "", "", "零售", "李娜", "", "", ""],  # same normalised name
        ["丙公司", "", "13800138000", "物流", "", "", "", ""],  # same phone as 甲
        ["丁公司", "", "", "教育", "", "", "", ""],
    ], "second.xlsx")
    skip = _plan(store, second, mode="skip")
    assert [r.status for r in skip.rows] == ["skip", "skip", "create"]
    update = _plan(store, second, mode="update")
    assert [r.status for r in update.rows] == ["update", "update", "create"]
    create = _plan(store, second, mode="create")
    assert [r.status for r in create.rows] == ["create", "create", "create"]
    assert any("existing" in p.message for p in create.rows[0].problems)

    commit_plan(store, update)
    got = _customers(store)
    assert got["甲公司"].industry == "物流"  # row 3 matched 甲 by phone, updated last
    assert "丁公司" in got and "甲有限公司" not in got


def test_phones_are_kept_as_typed_and_matched_on_their_digits(tmp_path: Path, store):
    from services.customers.dedupe import find_likely_duplicates

    commit_plan(store, _plan(store, _customers_file(tmp_path, [
        ["甲公司", "张三", "177-7752-5429", "", "", "", "", ""],
        ["乙公司", "", "(0571) 8888 1234", "", "", "", "", ""]])))
    got = _customers(store)
    assert (got["甲公司"].phone, got["乙公司"].phone) == ("177-7752-5429", "(0571) 8888 1234")
    # the same numbers spelled otherwise: the same customers, in the import and in the app
    again = _plan(store, _customers_file(tmp_path, [
        ["戊商行", "", "+86 17777525429", "", "", "", "", ""],
        ["丙", "", "0571-88881234", "", "", "", "", ""]], "again.xlsx"))
    assert [r.status for r in again.rows] == ["skip", "skip"]
    assert [c.name for c in find_likely_duplicates(store, phone="17777525429")] == ["甲公司"]
    assert [c.name for c in find_likely_duplicates(store, phone="057188881234")] == ["乙公司"]


def test_duplicates_inside_the_file_are_skipped(tmp_path: Path, store):
    path = _customers_file(tmp_path, [["甲公司", "", "", "", "", "", "", ""],
                                      ["甲 有限公司", "", "", "", "", "", "", ""]])
    plan = _plan(store, path)
    assert [r.status for r in plan.rows] == ["create", "skip"]
    assert "Same as row 2" in plan.rows[1].problems[0].message


def test_undo_restores_exactly_and_redo_reapplies(tmp_path: Path, store):
    seed_people(store)
    commit_plan(store, _plan(store, _customers_file(tmp_path, [
        ["甲公司", "张三", "13800138000", "制造业", "王强", "B", "2025/1/1", "原备注"]])))
    before = snapshot(store)
    second = _customers_file(tmp_path, [
        ["甲公司", "王五", "13600136000", "零售", "赵六", "A", "2025/6/1", "新备注"],
        ["新公司", "钱七", "", "教育", "赵六", "", "", ""],
    ], "second.xlsx")
    plan = _plan(store, second, mode="update", create_missing=True)
    assert plan.unknown_owners == {"赵六": 2}
    batch = commit_plan(store, plan).value
    after = snapshot(store)
    assert after != before
    assert len(batch.created_ids("people")) == 1
    undo_import(store, batch)
    assert snapshot(store) == before
    redo_import(store, batch)
    assert snapshot(store) == after
    undo_import(store, batch)
    assert snapshot(store) == before


def test_unknown_owner_mapped_to_existing_person(tmp_path: Path, store):
    people = seed_people(store)
    path = _customers_file(tmp_path, [["甲公司", "", "", "", "老王", "", "", ""]])
    plan = _plan(store, path, owner_choice={"老王": people["王强"]})
    commit_plan(store, plan)
    assert _customers(store)["甲公司"].owner_id == people["王强"]
    assert _count(store, Person) == 2


def _deals_file(tmp_path: Path, rows: list[list]) -> Path:
    return write_csv(tmp_path / "deals.csv", [
        ["商机名称", "客户名称", "负责人", "阶段", "预计金额(元)", "预计成交日期", "输单原因"],
        *rows], encoding="gbk")


def test_deals_stage_synonyms_unknown_stages_and_undo(tmp_path: Path, store):
    people = seed_people(store)
    stages = seed_pipeline(store)
    commit_plan(store, _plan(store, _customers_file(tmp_path, [
        ["甲公司", "", "", "", "", "", "", ""]])))
    path = _deals_file(tmp_path, [
        ["甲-扩容", "甲公司", "王强", "已成交", "1.2万", "2025/10/30", ""],
        ["甲-新项目", "甲公司", "李娜", "谈判中", "￥5,000.00", "2025年11月1日", ""],
        ["甲-试点", "甲公司", "李娜", "待评估", "", "", ""],
    ])
    plan = _plan(store, path, "deals")
    assert plan.unknown_stages == {"待评估": 1}
    assert [r.status for r in plan.rows] == ["create", "create", "reject"]
    before = snapshot(store)
    plan = _plan(store, path, "deals", stage_choice={"待评估": CREATE})
    batch = commit_plan(store, plan).value
    with store.read() as uow:
        deals = {d.name: d for d in uow.session.scalars(select(Deal))}
        new_stage = uow.session.scalar(select(Stage).where(Stage.name == "待评估"))
        uow.session.expunge_all()
    won = deals["甲-扩容"]
    assert won.stage_id == stages["赢单"] and won.amount == Decimal("12000.00")
    assert won.closed_on == date(2025, 10, 30) and won.won_amount == Decimal("12000.00")
    assert deals["甲-新项目"].stage_id == stages["商务谈判"]
    assert deals["甲-新项目"].owner_id == people["李娜"]
    assert deals["甲-试点"].stage_id == new_stage.id
    assert _count(store, StageHistory) == 3
    undo_import(store, batch)
    assert snapshot(store) == before


def test_contacts_and_followups_need_known_customers(tmp_path: Path, store):
    seed_people(store)
    commit_plan(store, _plan(store, _customers_file(tmp_path, [
        ["甲公司", "", "", "", "", "", "", ""]])))
    contacts = write_xlsx(tmp_path / "contacts.xlsx", [
        ["客户名称", "姓名", "职务", "手机", "微信"],
        ["甲公司", "赵一", "采购经理", "13800138000", "zhao1"],
        ["无名公司", "钱二", "", "", ""]])
    plan = _plan(store, contacts, "contacts")
    assert [r.status for r in plan.rows] == ["create", "reject"]
    plan = _plan(store, contacts, "contacts", create_missing=True)
    assert [r.status for r in plan.rows] == ["create", "create"]
    commit_plan(store, plan)
    assert set(_customers(store)) == {"甲公司", "无名公司"}

    before = snapshot(store)
    followups = write_xlsx(tmp_path / "f.xlsx", [
        ["客户", "跟进日期", "跟进方式", "跟进内容", "下一步", "下次跟进日期", "销售"],
        ["甲公司", "2025/3/5", "拜访", "现场演示", "报价", "2025/3/20", "王强"],
        ["甲公司", "2025-04-01", "微信", "确认需求", "", "2025-04-15", "王强"]])
    batch = commit_plan(store, _plan(store, followups, "followups")).value
    jia = _customers(store)["甲公司"]
    assert jia.last_followup_at.astimezone().date() == date(2025, 4, 1)
    assert jia.next_followup_on == date(2025, 4, 15)
    assert _count(store, FollowUp) == 2
    undo_import(store, batch)
    assert snapshot(store) == before


def test_followups_find_their_deal_by_id_and_keep_the_customers_stated_dates(tmp_path: Path,
                                                                              store):
    seed_people(store)
    seed_pipeline(store)
    commit_plan(store, _plan(store, write_xlsx(tmp_path / "c.xlsx", [
        ["客户名称", "最近跟进时间", "下次跟进日期"], ["甲公司", "2025-04-01 10:00", ""]])))
    commit_plan(store, _plan(store, write_xlsx(tmp_path / "d.xlsx", [
        ["商机名称", "客户名称", "阶段", "商机编号"], ["年度服务", "甲公司", "线索", "D-1"]]),
        "deals"))
    plan = _plan(store, write_xlsx(tmp_path / "f.xlsx", [
        ["客户名称", "跟进时间", "跟进方式", "跟进内容", "下次跟进日期", "商机编号"],
        ["甲公司", "2025-03-05 09:00", "电话", "报价", "2025-03-20", "D-1"],
        ["甲公司", "2025-04-01 10:00", "微信", "确认需求", "2025-04-15", "D-404"]]),
        "followups")
    assert [r.status for r in plan.rows] == ["create", "create"]
    assert [p.text() for p in plan.rows[1].parsed.problems] == [
        "Row 3, 商机编号: No deal with the id “D-404”; the follow-up is imported without a deal."]
    commit_plan(store, plan)
    with store.read() as uow:
        deals = dict(uow.session.execute(select(FollowUp.content, Deal.external_id)
                                         .outerjoin(Deal, Deal.id == FollowUp.deal_id)).all())
    assert deals == {"报价": "D-1", "确认需求": None}
    # the customers file said: last follow-up 04-01 10:00, nothing booked; both follow-ups are
    # no newer, so that stands (a follow-up after it would book its next date)
    jia = _customers(store)["甲公司"]
    assert jia.next_followup_on is None
    assert jia.last_followup_at.astimezone().replace(tzinfo=None) == datetime(2025, 4, 1, 10)


def test_saved_mapping_is_used_next_time(tmp_path: Path, store):
    headers = ["公司", "电话号码", "随便一列"]
    assert initial_mapping(store, headers, "customers") == ["name", "phone", None]
    save_mapping(store, "customers", headers, ["name", None, "notes"])
    assert initial_mapping(store, headers, "customers") == ["name", None, "notes"]
    # a different sheet sharing a header gets the remembered per-header choice
    assert initial_mapping(store, ["随便一列", "客户名称"], "customers") == ["notes", "name"]


def test_owner_notes_in_brackets_and_deal_names_with_brackets(tmp_path: Path, store):
    people = seed_people(store)
    seed_pipeline(store)
    commit_plan(store, _plan(store, _customers_file(tmp_path, [
        ["甲公司", "", "", "", "李娜(离职)", "", "", ""]])))
    assert _customers(store)["甲公司"].owner_id == people["李娜"]
    path = _deals_file(tmp_path, [
        ["甲-扩容", "甲公司", "王强", "线索", "", "", ""],
        ["甲-扩容（二期）", "甲公司", "王强", "线索", "", "", ""],
        ["甲 - 扩容", "甲公司", "王强", "线索", "", "", ""]])
    plan = _plan(store, path, "deals")
    assert [r.status for r in plan.rows] == ["create", "create", "skip"]


def test_undo_is_refused_when_later_work_uses_imported_records(tmp_path: Path, store):
    from services.customers.edit import add_followup
    from services.importing import ImportUndoError

    batch = commit_plan(store, _plan(store, _customers_file(tmp_path, [
        ["甲公司", "", "", "", "", "", "", ""], ["乙公司", "", "", "", "", "", "", ""]]))).value
    cid = _customers(store)["甲公司"].id
    add_followup(store, cid, {"at": datetime(2025, 5, 1, tzinfo=UTC), "method": "call",
                              "content": "回访"})
    before = snapshot(store)
    with pytest.raises(ImportUndoError, match="cannot be undone"):
        undo_import(store, batch)
    assert snapshot(store) == before
    with store.read() as uow:  # foreign keys are enforced again on the pooled connection
        fk = uow.session.execute(text("PRAGMA foreign_keys")).scalar()
    assert fk == 1
