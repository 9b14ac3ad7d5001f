"""incentives-run: a year of payout facts on the large demo firm (quick: the 2,000-customer one).

Sailplan: ``services.incentives.gather.gather_facts(session, the 12 months of 2026)`` — every
person's signed credits (per product line and credit split), collected credits (per payment
part), process facts (new customers, follow-ups and visits, won and lost deals, satisfaction,
collection and repurchase rates) and targets from the published plan. (The whole payout run
will replace it once it exists.)
Baseline: one raw SQL aggregate of the same amounts on a raw sqlite3 connection: signed and
collected fen per owner and month of the year (the collected parts moved to the owner of the
instalment's contract as :mod:`services.orders.collected` does). Both must agree on every owner
and month. Goal: ratio ≤ 5.0.

The demo database is the cached one of this size; a cache file of an older schema is copied and
migrated in the work folder (the cache itself is never opened).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.core import BenchContext, Measurement, median_time
from benchmarks.data import DEMO_SEED, demo_cache_key, demo_db

NAME = "incentives-run"
GOAL = 5.0
YEAR = 2026


def _demo_copy(ctx: BenchContext, customers: int, deals: int) -> Path:
    """A private copy of the cached demo database of this size (any schema version)."""
    ctx.cache_dir.mkdir(parents=True, exist_ok=True)
    current = ctx.cache_dir / demo_cache_key(customers, deals)
    if current.exists():
        source = current
    else:
        stale = sorted((p for p in ctx.cache_dir.glob(
            f"demo-c{customers}-d{deals}-s{DEMO_SEED}-g*-v*-*.sqlite3")),
            key=lambda p: p.stat().st_mtime)
        source = stale[-1] if stale else demo_db(ctx, customers, deals)
    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    dest = ctx.work_dir / "incentives-run.sqlite3"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    if Path(str(source) + "-wal").exists():
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as s, \
                sqlite3.connect(dest) as d:
            s.backup(d)
    else:
        shutil.copyfile(source, dest)
    return dest


def run(ctx: BenchContext) -> Measurement:
    from services.core import periods as P
    from services.incentives.gather import gather_facts
    from services.setup import open_store

    customers, deals = ctx.size(100_000, 2_000), ctx.size(300_000, 6_000)
    t0 = time.perf_counter()
    path = _demo_copy(ctx, customers, deals)
    store = open_store(path, lock=False, backup_dir=ctx.work_dir / "backups")
    shutil.rmtree(ctx.work_dir / "backups", ignore_errors=True)
    print(f"[data] {path.name} ready in {time.perf_counter() - t0:.1f}s", file=sys.stderr,
          flush=True)
    conn = sqlite3.connect(path, isolation_level=None)
    months = P.months(YEAR)
    bounds = {"lo": f"{YEAR}-01-01", "hi": f"{YEAR}-12-31"}
    try:
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            conn.execute(f"PRAGMA {pragma}")

        def sailplan(**kw: object) -> dict[tuple[str, str, str], int]:
            with store.read() as uow:
                facts = gather_facts(uow.session, months, **kw)  # type: ignore[arg-type]
            out: dict[tuple[str, str, str], int] = {}
            for key, people in facts.periods.items():
                for person, pp in people.items():
                    for what, fen in (("s", pp.signed_fen), ("c", pp.collected_fen)):
                        if fen:
                            out[(person, key, what)] = fen
            return out

        def baseline() -> dict[tuple[str, str, str], int]:
            got: dict[tuple[str, str, str], int] = defaultdict(int)
            for who, month, what, fen in _amounts(conn, bounds):
                if who is not None:
                    got[(who, month, what)] += fen
            return {k: v for k, v in got.items() if v}

        mine, raw = sailplan(), baseline()
        if mine != raw:
            wrong = sorted(k for k in mine.keys() | raw.keys() if mine.get(k) != raw.get(k))
            raise AssertionError(f"incentives-run: facts and raw SQL disagree on {wrong[:5]}")
        t_s = median_time(sailplan, ctx.repeat)
        t_b = median_time(baseline, ctx.repeat)
        t_credits = median_time(lambda: sailplan(metrics=()), ctx.repeat)
    finally:
        conn.close()
        store.close()
    return Measurement(NAME, t_s, t_b, GOAL, extra={
        "customers": str(customers), "deals": str(deals), "months": str(len(months)),
        "credits_and_targets_only": f"{t_credits * 1000:.0f} ms"})


def _amounts(conn: sqlite3.Connection, bounds: dict[str, str]
             ) -> list[tuple[str | None, str, str, int]]:
    """(owner, month, 's' signed / 'c' collected, fen) rows of the year, in one statement."""
    sql = """
    SELECT who, month, what, SUM(fen) FROM (
        SELECT COALESCE(c.owner_id, d.owner_id) AS who, substr(c.sign_date, 1, 7) AS month,
               's' AS what, c.amount AS fen
        FROM contracts c LEFT JOIN deals d ON d.id = c.deal_id
        WHERE c.deleted_at IS NULL AND c.status = 'signed'
          AND c.sign_date BETWEEN :lo AND :hi
        UNION ALL
        SELECT COALESCE(k.owner_id, cu.owner_id), substr(p.received_on, 1, 7), 'c', p.amount
        FROM payments p JOIN customers cu ON cu.id = p.customer_id
        LEFT JOIN contracts k ON k.id = p.contract_id
        WHERE p.deleted_at IS NULL AND p.received_on BETWEEN :lo AND :hi
        UNION ALL
        SELECT CASE WHEN s.side = 1 THEN c.owner_id ELSE COALESCE(k.owner_id, cu.owner_id) END,
               substr(p.received_on, 1, 7), 'c', s.side * a.amount
        FROM payment_allocations a JOIN payments p ON p.id = a.payment_id
        JOIN customers cu ON cu.id = p.customer_id
        LEFT JOIN contracts k ON k.id = p.contract_id
        JOIN payment_instalments i ON i.id = a.instalment_id
        JOIN contracts c ON c.id = i.contract_id
        JOIN (SELECT 1 AS side UNION ALL SELECT -1) s
        WHERE a.deleted_at IS NULL AND p.deleted_at IS NULL
          AND p.received_on BETWEEN :lo AND :hi
    ) GROUP BY who, month, what"""
    return [(who, month, what, int(fen or 0))
            for who, month, what, fen in conn.execute(sql, bounds)]
