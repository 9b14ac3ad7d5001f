"""customers-tiers: recomputing every customer's tier (A 大客户 / B 普通 / C 潜在).

Sailplan: ``services.customers.tiers.recompute_tiers`` over all customers of the demo firm (one
aggregate query over won deals, the pure rules per customer with a structured reason, one bulk
update of every customer, since the tiers are cleared before each run: the worst case). Baseline:
raw sqlite3 — the same won-deal aggregate, a threshold choice in Python and ``executemany`` of tier,
a short reason and updated_at per customer — on the same file, in one transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

from benchmarks.core import BenchContext, Measurement, median_time
from benchmarks.data import demo_db_copy

NAME = "customers-tiers"
GOAL = 3.0


def run(ctx: BenchContext) -> Measurement:
    from services.customers.tier_rules import window_start
    from services.customers.tiers import recompute_tiers
    from services.setup import open_store

    customers = ctx.size(100_000, 2_000)
    path = demo_db_copy(ctx, customers=customers, deals=ctx.size(300_000, 6_000),
                        name="customers-tiers.sqlite3")
    today = date.today()
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")

    def clear() -> None:
        conn.execute("UPDATE customers SET tier = NULL, tier_reason = NULL "
                     "WHERE tier_manual = 0")

    def baseline() -> None:
        start = window_start(today).isoformat()
        totals = dict(conn.execute(
            "SELECT d.customer_id, SUM(CASE WHEN d.closed_on BETWEEN ? AND ? "
            "THEN COALESCE(d.won_amount, d.amount) ELSE 0 END) FROM deals d "
            "JOIN stages s ON s.id = d.stage_id WHERE s.kind = 'won' AND d.deleted_at IS NULL "
            "GROUP BY d.customer_id", (start, today.isoformat())))
        rows = []
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        for (cid,) in conn.execute("SELECT id FROM customers WHERE deleted_at IS NULL "
                                   "AND tier_manual = 0"):
            fen = totals.get(cid) or 0
            tier = "A" if fen >= 50_000_000 else "B" if fen >= 5_000_000 else "C"
            rows.append((tier, f'{{"amount":{fen},"tier":"{tier}","threshold":0}}', stamp, cid))
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("UPDATE customers SET tier = ?, tier_reason = ?, updated_at = ? "
                         "WHERE id = ?", rows)
        conn.execute("COMMIT")

    store = open_store(path, lock=False)
    try:
        changed: list[int] = []
        t_s = median_time(lambda: changed.append(recompute_tiers(store, today=today).value),
                          max(1, ctx.repeat // 2), setup=clear)
        t_b = median_time(baseline, max(1, ctx.repeat // 2), setup=clear)
    finally:
        store.close()
        conn.close()
    return Measurement(NAME, t_s, t_b, GOAL, extra={
        "customers": str(customers), "changed": str(changed[-1] if changed else 0),
        "seconds": f"{t_s:.2f}"})
