"""orders-import: a receivables ledger .xlsx of 50,000 rows imported end to end (quick 2,000).

Sailplan: ``open_source`` (pre-check, python-calamine read in a capped child process, header
detection, synonym mapping) → ``plan_import`` (per-cell parsing, a contract's rows filled in
from its first row, contract checks, customer and owner lookup) → ``commit_plan`` (one
transaction: contracts, instalments, payments and their allocations, new customers with their
tiers) into an empty migrated database with the firm's six reps.
Baseline: openpyxl read-only read of the same file, then one bulk insert of the same
customers, contracts, instalments, payments and allocations (plain values, amounts and dates
read with no checks) through the same engine (same sync settings).
Goal: ratio ≤ 2.0.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from benchmarks.core import BenchContext, Measurement, median_time
from benchmarks.scenarios.customers_import import empty_store_template, fresh_store

NAME = "orders-import"
GOAL = 2.0
FILE_VERSION = 1
OWNERS = ("王强", "李娜", "张伟", "刘洋", "陈静", "赵磊")
HEADER = ["序号", "合同编号", "客户名称", "负责人", "签订日期", "合同金额", "期次", "应收日期",
          "应收金额", "实收金额", "到账日期", "回款方式", "开票", "争议"]


def make_ledger(path: Path, rows: int, seed: int = 5) -> Path:
    """A finance department's ledger: a title, one row per instalment, the contract's
    customer, owner, date and amount on its first row only, dates and amounts typed several
    ways, partial and undated payments, disputes.
    """
    from openpyxl import Workbook

    rnd = random.Random(seed)
    cities = ["上海", "杭州", "南京", "苏州", "宁波", "合肥", "无锡", "温州"]
    trades = ["科技", "机械", "物流", "医疗器械", "教育咨询", "建材", "食品", "电子"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("应收台账")
    ws.append(["应收账款台账（财务部）"])
    ws.append(["截止日期：2026-06-30"])
    ws.append(HEADER)
    start = date(2024, 7, 1)
    n = contract = 0
    while n < rows:
        contract += 1
        parts = min(rnd.randint(1, 3), rows - n)
        sign = start + timedelta(days=rnd.randrange(700))
        amounts = [rnd.randrange(10, 5_000) * 100 for _ in range(parts)]
        customer = f"{rnd.choice(cities)}{rnd.choice(trades)}{rnd.randrange(rows // 4):06d}" \
                   f"有限公司"
        owner = rnd.choice(OWNERS)
        for k, amount in enumerate(amounts, start=1):
            n += 1
            due = sign + timedelta(days=30 * k)
            paid_on = due + timedelta(days=rnd.randint(-15, 90))
            status = rnd.random()
            paid: object = amount if status < 0.5 else (amount // 2 if status < 0.65 else None)
            when: object = paid_on.strftime(rnd.choice(["%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日"]))
            if paid is None or rnd.random() < 0.05:
                when = None
            first = k == 1
            ws.append([n, f"HT-{sign.year}-{contract:06d}", customer if first else None,
                       owner if first else None,
                       rnd.choice([sign, sign.isoformat()]) if first else None,
                       sum(amounts) if first else None, f"第{k}期", due,
                       rnd.choice([amount, f"¥{amount:,.2f}"]), paid, when,
                       rnd.choice(["银行转账", "承兑汇票", "微信"]) if paid else None,
                       rnd.choice(["已开票", "未开票"]), "是" if rnd.random() < 0.02 else None])
    wb.save(path)
    return path


def _day(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    text = str(value).replace("年", "-").replace("月", "-").replace("日", "").replace("/", "-")
    return date.fromisoformat(text)


def _money(value: object) -> Decimal:
    return Decimal(str(value).replace("¥", "").replace(",", ""))


def baseline_rows(path: Path) -> dict[str, list[dict[str, object]]]:
    """The rows a plain read makes of the ledger (no checks), per table."""
    from openpyxl import load_workbook

    from models.base import new_id, utcnow

    now = utcnow()
    base = {"created_at": now, "updated_at": now, "deleted_at": None}
    out: dict[str, list[dict[str, object]]] = {
        "customers": [], "contracts": [], "payment_instalments": [], "payments": [],
        "payment_allocations": []}
    customers: dict[str, str] = {}
    contract: dict[str, object] = {}
    wb = load_workbook(path, read_only=True)
    for cells in wb.active.iter_rows(min_row=4, values_only=True):
        r = (*cells, *(None,) * (len(HEADER) - len(cells)))
        if r[2] is not None:
            cust = customers.get(str(r[2]))
            if cust is None:
                cust = customers[str(r[2])] = new_id()
                out["customers"].append({**base, "id": cust, "name": r[2], "name_norm": r[2],
                                         "tags": "", "tier_manual": False, "in_pool": False})
            contract = {**base, "id": new_id(), "number": r[1], "customer_id": cust,
                        "owner_id": None, "sign_date": _day(r[4]), "amount": _money(r[5]),
                        "status": "signed"}
            out["contracts"].append(contract)
        iid = new_id()
        amount = _money(r[8])
        out["payment_instalments"].append({
            **base, "id": iid, "contract_id": contract["id"], "seq": int(str(r[6])[1:-1]),
            "due_date": _day(r[7]), "amount": amount, "disputed": r[13] == "是"})
        if r[9] is not None:
            pid = new_id()
            out["payments"].append({**base, "id": pid, "customer_id": contract["customer_id"],
                                    "contract_id": contract["id"],
                                    "received_on": _day(r[10]) if r[10] else _day(r[7]),
                                    "amount": _money(r[9]), "method": "bank"})
            out["payment_allocations"].append({**base, "id": new_id(), "payment_id": pid,
                                               "instalment_id": iid, "amount": _money(r[9])})
    wb.close()
    return out


def run(ctx: BenchContext) -> Measurement:
    from sqlalchemy import insert

    from models import Customer
    from models.orders import Contract, Payment, PaymentAllocation, PaymentInstalment
    from services.importing import commit_plan, open_source, plan_import

    rows = ctx.size(50_000, 2_000)
    ctx.cache_dir.mkdir(parents=True, exist_ok=True)
    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    ledger = ctx.cache_dir / f"orders-ledger-{rows}-v{FILE_VERSION}.xlsx"
    if not ledger.exists():
        make_ledger(ledger, rows)
    template = empty_store_template(ctx.work_dir, "orders-import-template.sqlite3", OWNERS)
    db = ctx.work_dir / "orders-import-run.sqlite3"
    holder: dict[str, object] = {}
    models = {"customers": Customer, "contracts": Contract,
              "payment_instalments": PaymentInstalment, "payments": Payment,
              "payment_allocations": PaymentAllocation}

    def setup() -> None:
        old = holder.pop("store", None)
        if old is not None:
            old.close()  # type: ignore[attr-defined]
        holder["store"] = fresh_store(template, db)

    def ours() -> None:
        store = holder["store"]
        src = open_source(ledger, "receivables", store=store)  # type: ignore[arg-type]
        plan = plan_import(store, src, as_of=date(2026, 6, 30))  # type: ignore[arg-type]
        batch = commit_plan(store, plan).value  # type: ignore[arg-type]
        holder["created"] = batch.counts["create"]
        holder["rejected"] = batch.counts["reject"]

    def baseline() -> None:
        store = holder["store"]
        data = baseline_rows(ledger)
        with store.write() as uow:  # type: ignore[attr-defined]
            for table, model in models.items():
                uow.session.execute(insert(model), data[table])
            uow.commit()

    repeat = max(1, min(ctx.repeat, 3 if not ctx.quick else ctx.repeat))
    try:
        base_s = median_time(baseline, repeat, setup)
        ours_s = median_time(ours, repeat, setup)
    finally:
        store = holder.pop("store", None)
        if store is not None:
            store.close()  # type: ignore[attr-defined]
    if holder.get("created") != rows:
        raise AssertionError(f"orders-import: {holder.get('created')} of {rows} rows imported "
                             f"({holder.get('rejected')} rejected)")
    return Measurement(NAME, ours_s, base_s, GOAL,
                       extra={"rows": str(rows), "created": str(holder.get("created"))})
