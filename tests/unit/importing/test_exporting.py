"""Export: styled real .xlsx, BOM CSV, text never a formula, text problems reported, atomic file,
and export → import → identical data."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from models.base import new_id
from models.customers import Contact, Customer
from models.pipeline import Deal
from services.customers.dedupe import normalise_name
from services.importing import commit_plan, open_source, plan_import
from services.importing.exporting import (
    ExportCancelled,
    ExportError,
    export_customers,
    export_deals,
)
from services.setup import open_store
from tests.unit.importing_fixtures import seed_people, seed_pipeline

HOSTILE = ["=HYPERLINK(\"http://evil\",\"点我\")", "+1", "-2", "@SUM(A1)", "=1+1"]


def _add_customers(store, people: dict[str, str], names: list[str], **extra) -> None:
    with store.write() as uow:
        contacts = []
        for i, name in enumerate(names):
            cid = new_id()
            uow.session.add(Customer(
                id=cid, name=name, name_norm=normalise_name(name), industry="制造业", region="杭州",
                source="展会", phone=f"1380013{i:04d}", email=f"c{i}@example.cn",
                owner_id=people["王强"], tier="A", tier_manual=True, tags="重点,华东",
                credit_limit=Decimal("1200.50"), cooperation_since=date(2023, 5, 1),
                last_followup_at=datetime(2025, 3, 5, 6, 30, 15, tzinfo=UTC),
                next_followup_on=date(2025, 4, 1), notes="多行\n备注", **extra))
            contacts.append(Contact(customer_id=cid, name=f"联系人{i}", title="经理",
                                    phone=f"1390013{i:04d}", is_primary=True))
        uow.session.flush()
        uow.session.add_all(contacts)
        uow.commit()


def test_xlsx_is_styled_typed_and_text_stays_text(tmp_path: Path, store):
    people = seed_people(store)
    _add_customers(store, people, ["甲公司", *HOSTILE])
    out = tmp_path / "客户.xlsx"
    result = export_customers(store, out)
    assert result.rows == 6 and not result.issues
    ws = openpyxl.load_workbook(out).active
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:U7"  # the last column is the id
    assert ws["A1"].value == "客户名称" and ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith(
        "DDEBF7")
    names = {ws.cell(r, 1).value: ws.cell(r, 1) for r in range(2, 8)}
    for text in HOSTILE:
        assert names[text].data_type == "s", text
    headers = [c.value for c in ws[1]]
    money = ws.cell(2, headers.index("信用额度") + 1)
    assert money.value == 1200.5 and "¥" in money.number_format and "#,##0.00" in \
        money.number_format
    since = ws.cell(2, headers.index("合作开始日期") + 1)
    assert since.is_date and since.number_format == "yyyy-mm-dd"
    assert ws.column_dimensions["A"].width == 30


def test_csv_has_bom_and_quotes_formula_like_text(tmp_path: Path, store):
    people = seed_people(store)
    _add_customers(store, people, HOSTILE)
    out = tmp_path / "c.csv"
    export_customers(store, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][0] == "客户名称"
    assert sorted(r[0] for r in rows[1:]) == sorted("'" + t for t in HOSTILE)


def test_control_chars_and_long_text_are_reported_not_fatal(tmp_path: Path, store):
    people = seed_people(store)
    _add_customers(store, people, ["坏\x07名\x1b字"])
    with store.write() as uow:
        uow.session.execute(Customer.__table__.update().values(notes="长" * 40_000))
        uow.commit()
    for name in ("x.xlsx", "x.csv"):
        result = export_customers(store, tmp_path / name)
        messages = sorted(i.message for i in result.issues)
        assert messages[0].startswith("Characters a spreadsheet cannot hold")
        assert "cut to 32,767" in messages[1]
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert ws["A2"].value == "坏名字"
    notes_col = [c.value for c in ws[1]].index("备注") + 1
    assert len(ws.cell(2, notes_col).value) == 32_767


def test_cancelled_or_failed_export_leaves_no_file(tmp_path: Path, store):
    people = seed_people(store)
    _add_customers(store, people, [f"客户{i}" for i in range(5)])
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "keep.xlsx"
    out.write_bytes(b"previous export")
    with pytest.raises(ExportCancelled):
        export_customers(store, out, is_cancelled=lambda: True)
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["keep.xlsx"]
    with pytest.raises(ExportError, match="missing does not exist; no file was written"):
        export_customers(store, tmp_path / "missing" / "x.csv")  # a folder that is gone
    assert not (tmp_path / "missing").exists()


def _table(store, model, fields: list[str]) -> list[tuple]:
    with store.read() as uow:
        rows = uow.session.execute(select(*(getattr(model, f) for f in fields))).all()
    return sorted((tuple(r) for r in rows), key=repr)


CUSTOMER_FIELDS = ["name", "name_norm", "industry", "region", "source", "phone", "email", "tags",
                   "tier", "tier_manual", "credit_limit", "cooperation_since",
                   "last_followup_at", "next_followup_on", "notes"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_export_import_gives_identical_data(tmp_path: Path, store, suffix):
    people = seed_people(store)
    _add_customers(store, people, ["深圳华强电子有限公司", "上海浦东软件", *HOSTILE])
    seed_pipeline(store)
    out = tmp_path / f"customers{suffix}"
    export_customers(store, out)
    target = open_store(tmp_path / "copy.sqlite3")
    try:
        seed_people(target)
        plan = plan_import(target, open_source(out, "customers", store=target))
        assert plan.counts()["reject"] == 0, [p.text() for p in plan.problems()]
        commit_plan(target, plan)
        assert _table(target, Customer, CUSTOMER_FIELDS) == _table(store, Customer,
                                                                   CUSTOMER_FIELDS)
        contact_fields = ["name", "title", "phone", "is_primary"]
        assert _table(target, Contact, contact_fields) == _table(store, Contact, contact_fields)
    finally:
        target.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_deals_round_trip(tmp_path: Path, store, suffix):
    seed_people(store)
    seed_pipeline(store)
    src = tmp_path / "deals_in.csv"
    src.write_text("商机名称,客户名称,负责人,阶段,金额,预计成交日期,成交日期,输单原因,赢率\n"
                   "甲-扩容,甲公司,王强,赢单,12000,2025-10-30,2025-10-28,,\n"
                   "乙-新项目,乙公司,李娜,商务谈判,5000.5,2025-11-01,,,60\n"
                   "丙-试点,丙公司,李娜,输单,800,2025-09-01,2025-09-03,预算取消,\n",
                   encoding="utf-8")
    commit_plan(store, plan_import(store, open_source(src, "deals", store=store),
                                   create_missing=True))
    out = tmp_path / f"deals{suffix}"
    assert export_deals(store, out).rows == 3
    target = open_store(tmp_path / "copy.sqlite3")
    try:
        seed_people(target)
        seed_pipeline(target)
        plan = plan_import(target, open_source(out, "deals", store=target), create_missing=True)
        assert plan.counts()["reject"] == 0, [p.text() for p in plan.problems()]
        commit_plan(target, plan)
        fields = ["name", "amount", "probability", "expected_close", "closed_on", "won_amount",
                  "lost_reason"]
        assert _table(target, Deal, fields) == _table(store, Deal, fields)
    finally:
        target.close()
