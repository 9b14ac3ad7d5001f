"""customers-import: end-to-end import of a customer ledger .xlsx (100,000 rows; quick 2,000).

Sailplan: ``open_source`` (zip-bomb/entity/extent pre-check, python-calamine read, header
detection, synonym mapping) → ``plan_import`` (per-cell parsing, duplicate keys, owner lookup) →
``commit_plan`` (one transaction: customers, primary contacts, creation events, tier recompute)
into an empty migrated database with the firm's five reps.
Baseline: openpyxl read-only read of the same file, then one bulk insert of the same customer
and contact rows (plain values, no parsing) through the same engine (same sync settings).
Goal: ratio ≤ 2.0.
"""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from pathlib import Path

from benchmarks.core import BenchContext, Measurement, median_time

NAME = "customers-import"
GOAL = 2.0
FILE_VERSION = 1
OWNERS = ("王强", "李娜", "张伟", "刘洋", "陈静")
HEADER = ["序号", "客户名称", "联系人", "手机", "行业", "所在地区", "客户来源", "负责人",
          "客户等级", "最近跟进时间", "信用额度", "标签", "备注"]


def make_ledger(path: Path, rows: int, seed: int = 7) -> Path:
    """A realistic ledger: title rows, mixed date/amount spellings, some duplicate names."""
    from openpyxl import Workbook

    rnd = random.Random(seed)
    cities = ["上海", "杭州", "南京", "苏州", "宁波", "合肥", "无锡", "温州"]
    trades = ["科技", "机械", "物流", "医疗器械", "教育咨询", "建材", "食品", "电子"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户台账")
    ws.append(["客户台账（销售部）"])
    ws.append([])
    ws.append(HEADER)
    start = date(2024, 1, 1)
    for i in range(rows):
        city = rnd.choice(cities)
        day = start + timedelta(days=rnd.randrange(700))
        date_text = rnd.choice([day, day.strftime("%Y/%m/%d"), f"{day.year}年{day.month}月"
                                f"{day.day}日"])
        amount = rnd.choice([rnd.randrange(1, 500) * 1000, f"¥{rnd.randrange(1, 900)},000.00",
                             f"{rnd.randrange(1, 90) / 10}万", None])
        ws.append([i + 1, f"{city}{rnd.choice(trades)}{i:06d}有限公司",
                   rnd.choice("张王李赵刘陈杨黄") + rnd.choice(["伟", "芳", "娜", "强", "磊"]),
                   f"1{rnd.randrange(3, 10)}{rnd.randrange(10**8, 10**9)}",
                   rnd.choice(["制造业", "零售", "医疗", "教育", "物流"]), city,
                   rnd.choice(["展会", "转介绍", "官网", "电话开发"]), rnd.choice(OWNERS),
                   rnd.choice(["A", "B", "C", "大客户", "普通", None]), date_text, amount,
                   rnd.choice(["重点", "华东,老客户", None]),
                   rnd.choice(["年底有采购计划", "", "老板直接对接"])])
    wb.save(path)
    return path


def empty_store_template(work: Path, name: str = "import-template.sqlite3",
                         owners: tuple[str, ...] = OWNERS) -> Path:
    """A new database with a company and ``owners`` in it, copied afresh for every import."""
    from services.org.people import create_person, create_unit
    from services.setup import open_store

    path = work / name
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = open_store(path)
    unit = create_unit(store, "公司", "company").value
    for owner in owners:
        create_person(store, owner, unit)
    store.close()
    return path


def fresh_store(template: Path, dest: Path):  # noqa: ANN201 - a Store
    """A writable copy of ``template`` at ``dest``, opened."""
    from services.setup import open_store

    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, dest)
    return open_store(dest, lock=False)


def run(ctx: BenchContext) -> Measurement:
    from openpyxl import load_workbook
    from sqlalchemy import insert

    from models.base import new_id, utcnow
    from models.customers import Contact, Customer
    from services.importing import commit_plan, open_source, plan_import

    rows = ctx.size(100_000, 2_000)
    ctx.cache_dir.mkdir(parents=True, exist_ok=True)
    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    ledger = ctx.cache_dir / f"customers-ledger-{rows}-v{FILE_VERSION}.xlsx"
    if not ledger.exists():
        make_ledger(ledger, rows)
    template = empty_store_template(ctx.work_dir)
    db = ctx.work_dir / "import-run.sqlite3"
    holder: dict[str, object] = {}

    def setup() -> None:
        old = holder.pop("store", None)
        if old is not None:
            old.close()  # type: ignore[attr-defined]
        holder["store"] = fresh_store(template, db)

    def ours() -> None:
        store = holder["store"]
        src = open_source(ledger, "customers", store=store)  # type: ignore[arg-type]
        plan = plan_import(store, src)  # type: ignore[arg-type]
        batch = commit_plan(store, plan).value  # type: ignore[arg-type]
        holder["created"] = batch.counts["create"]

    def baseline() -> None:
        store = holder["store"]
        wb = load_workbook(ledger, read_only=True)
        now = utcnow()
        customers, contacts = [], []
        for r in wb.active.iter_rows(min_row=4, values_only=True):
            cid = new_id()
            customers.append({"id": cid, "created_at": now, "updated_at": now,
                              "name": r[1], "name_norm": r[1], "phone": r[3], "industry": r[4],
                              "region": r[5], "source": r[6], "tier": None, "tags": r[11] or "",
                              "notes": r[12], "tier_manual": False, "in_pool": False})
            contacts.append({"id": new_id(), "created_at": now, "updated_at": now,
                             "customer_id": cid, "name": r[2], "phone": r[3],
                             "is_primary": True})
        wb.close()
        with store.write() as uow:  # type: ignore[attr-defined]
            uow.session.execute(insert(Customer), customers)
            uow.session.execute(insert(Contact), contacts)
            uow.commit()

    repeat = max(1, min(ctx.repeat, 3 if not ctx.quick else ctx.repeat))
    try:
        base_s = median_time(baseline, repeat, setup)
        ours_s = median_time(ours, repeat, setup)
    finally:
        store = holder.pop("store", None)
        if store is not None:
            store.close()  # type: ignore[attr-defined]
    return Measurement(NAME, ours_s, base_s, GOAL,
                       extra={"rows": str(rows), "created": str(holder.get("created"))})
