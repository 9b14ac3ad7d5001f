"""orders-aging: receivables aged as of a date over 100,000 instalments (quick 5,000).

Sailplan: ``services.orders.receivables.receivables(store, as_of)`` — every instalment open on
the date, recomputed from the allocations of payments received by then, with its customer,
owner, days overdue and bucket, and the totals per bucket, customer, owner and team.
Baseline: one raw SQL aggregate of the same on a raw sqlite3 connection with the same pragmas
(open amount per aging bucket from the same instalments, contracts and allocations).
Both must agree on every bucket's total. Goal: ratio ≤ 3.0.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from benchmarks.core import BenchContext, Measurement, median_time

NAME = "orders-aging"
GOAL = 3.0
FILE_VERSION = 1
AS_OF = date(2026, 6, 30)
OWNERS = ("王强", "李娜", "张伟", "刘洋", "陈静", "赵磊")
BUCKET_SQL = """
WITH paid AS (
    SELECT a.instalment_id AS iid, SUM(a.amount) AS paid
    FROM payment_allocations a JOIN payments p ON p.id = a.payment_id
    WHERE a.deleted_at IS NULL AND p.deleted_at IS NULL AND p.received_on <= :d
    GROUP BY a.instalment_id)
SELECT CASE WHEN i.due_date >= :d THEN 'current'
            WHEN julianday(:d) - julianday(i.due_date) <= 30 THEN '1-30'
            WHEN julianday(:d) - julianday(i.due_date) <= 60 THEN '31-60'
            WHEN julianday(:d) - julianday(i.due_date) <= 90 THEN '61-90'
            ELSE '90+' END AS bucket,
       SUM(i.amount - COALESCE(paid.paid, 0)), COUNT(*)
FROM payment_instalments i
JOIN contracts c ON c.id = i.contract_id
LEFT JOIN paid ON paid.iid = i.id
WHERE c.deleted_at IS NULL AND c.status != 'cancelled' AND i.deleted_at IS NULL
  AND c.sign_date <= :d AND i.amount > COALESCE(paid.paid, 0)
GROUP BY bucket"""


def build(path: Path, instalments: int, seed: int = 11) -> Path:
    """A firm with ``instalments`` instalments (1–4 per contract over two years), about
    two-thirds paid — on time, late, in part, some refunded in part.
    """
    from sqlalchemy import insert

    from models import Customer
    from models.base import new_id, utcnow
    from models.orders import Contract, Payment, PaymentAllocation, PaymentInstalment
    from services.org.people import create_person, create_unit
    from services.setup import open_store

    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rnd = random.Random(seed)
    store = open_store(path)
    unit = create_unit(store, "公司", "company").value
    people = [create_person(store, n, unit).value for n in OWNERS]
    now = utcnow()
    base = {"created_at": now, "updated_at": now, "deleted_at": None}
    customers = [{**base, "id": new_id(), "name": f"客户{i:05d}", "name_norm": f"客户{i:05d}",
                  "owner_id": rnd.choice(people), "tags": "", "tier_manual": False,
                  "in_pool": False} for i in range(max(50, instalments // 20))]
    contracts: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    pays: list[dict[str, Any]] = []
    allocs: list[dict[str, Any]] = []
    start = date(2024, 7, 1)
    n = 0
    while n < instalments:
        cust = rnd.choice(customers)
        sign = start + timedelta(days=rnd.randrange(730))
        parts = min(rnd.randint(1, 4), instalments - n)
        cid = new_id()
        amounts = [Decimal(rnd.randrange(1_000, 500_000)) / 100 for _ in range(parts)]
        contracts.append({**base, "id": cid, "number": f"HT-B-{len(contracts):06d}",
                          "customer_id": cust["id"], "deal_id": None,
                          "owner_id": cust["owner_id"], "sign_date": sign,
                          "amount": sum(amounts), "status": "signed", "terms": None})
        for k, amount in enumerate(amounts, start=1):
            due = sign + timedelta(days=30 * k)
            iid = new_id()
            rows.append({**base, "id": iid, "contract_id": cid, "seq": k, "due_date": due,
                         "amount": amount, "label": None, "invoiced_on": None,
                         "disputed": rnd.random() < 0.02})
            n += 1
            if rnd.random() < 0.35:
                continue
            share = amount if rnd.random() < 0.8 else (amount / 2).quantize(Decimal("0.01"))
            day = due + timedelta(days=rnd.randint(-20, 120))
            pid = new_id()
            pays.append({**base, "id": pid, "customer_id": cust["id"], "contract_id": cid,
                         "received_on": day, "amount": share, "method": "bank",
                         "reference": None})
            allocs.append({**base, "id": new_id(), "payment_id": pid, "instalment_id": iid,
                           "amount": share})
            if rnd.random() < 0.02:  # a refund reopening part of it
                back = (share / 4).quantize(Decimal("0.01"))
                rid = new_id()
                pays.append({**base, "id": rid, "customer_id": cust["id"], "contract_id": cid,
                             "received_on": day + timedelta(days=10), "amount": -back,
                             "method": "bank", "reference": None})
                allocs.append({**base, "id": new_id(), "payment_id": rid,
                               "instalment_id": iid, "amount": -back})
    with store.write(bulk=True) as uow:
        s = uow.session
        for model, data in ((Customer, customers), (Contract, contracts),
                            (PaymentInstalment, rows), (Payment, pays),
                            (PaymentAllocation, allocs)):
            for at in range(0, len(data), 5_000):
                s.execute(insert(model), data[at:at + 5_000])
        uow.commit()
    store.close()
    return path


def run(ctx: BenchContext) -> Measurement:
    from services.orders import receivables as R
    from services.setup import open_store

    count = ctx.size(100_000, 5_000)
    ctx.cache_dir.mkdir(parents=True, exist_ok=True)
    path = ctx.cache_dir / f"orders-aging-{count}-v{FILE_VERSION}.sqlite3"
    if not path.exists():
        t0 = time.perf_counter()
        print(f"[data] generating {count} instalments …", file=sys.stderr, flush=True)
        build(path, count)
        print(f"[data] generated {path.name} in {time.perf_counter() - t0:.1f}s",
              file=sys.stderr, flush=True)
    store = open_store(path, lock=False, migrate=False)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            conn.execute(f"PRAGMA {pragma}")

        def sailplan() -> dict[str, Decimal]:
            return dict(R.receivables(store, AS_OF).by_bucket)

        def baseline() -> dict[str, Decimal]:
            got = dict.fromkeys(R.BUCKETS, Decimal("0.00"))
            for bucket, fen, _n in conn.execute(BUCKET_SQL, {"d": AS_OF.isoformat()}):
                got[bucket] = Decimal(fen) / 100
            return got

        if sailplan() != baseline():
            raise AssertionError(f"orders-aging: service and raw SQL disagree: {sailplan()} "
                                 f"vs {baseline()}")
        t_s = median_time(sailplan, ctx.repeat)
        t_b = median_time(baseline, ctx.repeat)
        open_rows = len(R.receivables(store, AS_OF).rows)
    finally:
        conn.close()
        store.close()
    return Measurement(NAME, t_s, t_b, GOAL,
                       extra={"instalments": str(count), "open": str(open_rows)})
