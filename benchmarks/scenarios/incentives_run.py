"""incentives-run: a year of monthly payout runs over the large demo firm (quick: 1,500:4,000).

Sailplan: for each of the 12 months of the demo year, what ``services.incentives.runs.
compute_run`` does before it stores the lines: gather the run's facts from the database
(``gather_facts`` of the month and the month before — signed and collected credits with product
lines and credit splits, new customers, follow-ups and visits, deals won and lost, satisfaction,
collection and repurchase rates, targets of the published plan), the scheme versions in effect
and every rule of the demo's schemes evaluated (``engine.evaluate``) into explained lines.
Storing the lines is left out: the demo's months are locked (a locked run is never computed
again), and the measured part is the computation a run's review waits for.
Baseline: one raw SQL aggregate on a raw sqlite3 connection of the same signed and collected
amounts per owner and month of the year. Both must agree on every month's signed and collected
total (credit splits move credit between people, never the total).
Extra figures: the lines written, the people paid, and the 12 months gathered in one pass
(``gather_facts`` of all 13 months at once, as the demo generator does) then evaluated.
Goal: ratio ≤ 5.
"""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import date

from benchmarks.core import BenchContext, Measurement, median_time
from benchmarks.data import demo_db

NAME = "incentives-run"
GOAL = 5.0
AGGREGATE_SQL = """
SELECT owner, month, SUM(signed), SUM(collected) FROM (
    SELECT COALESCE(c.owner_id, d.owner_id) AS owner, strftime('%Y-%m', c.sign_date) AS month,
           c.amount AS signed, 0 AS collected
    FROM contracts c LEFT JOIN deals d ON d.id = c.deal_id
    WHERE c.deleted_at IS NULL AND c.status = 'signed' AND c.sign_date BETWEEN :lo AND :hi
    UNION ALL
    SELECT COALESCE(c.owner_id, cu.owner_id), strftime('%Y-%m', p.received_on), 0, p.amount
    FROM payments p LEFT JOIN contracts c ON c.id = p.contract_id
    JOIN customers cu ON cu.id = p.customer_id
    WHERE p.deleted_at IS NULL AND p.received_on BETWEEN :lo AND :hi)
WHERE owner IS NOT NULL
GROUP BY owner, month"""


def run(ctx: BenchContext) -> Measurement:
    from services.core import periods as P
    from services.incentives import engine, versions
    from services.incentives.gather import gather_facts
    from services.incentives.runs import fact_periods
    from services.setup import open_store

    customers, deals = ctx.size(100_000, 1_500), ctx.size(300_000, 4_000)
    path = demo_db(ctx, customers=customers, deals=deals)
    store = open_store(path, lock=False, migrate=False)  # the cached file stays read-only
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            conn.execute(f"PRAGMA {pragma}")
        (setting,) = conn.execute("SELECT value FROM app_settings "
                                  "WHERE key = 'demo.generated'").fetchone()
        year = date.fromisoformat(json.loads(setting)["today"]).year
        months = P.months(year)
        lines_made: list[int] = []

        def sailplan() -> dict[str, tuple[int, int]]:
            totals: dict[str, tuple[int, int]] = {}
            made = 0
            with store.read() as uow:
                for month in months:
                    facts = gather_facts(uow.session, fact_periods(month))
                    schemes = versions.in_effect(uow.session, month)
                    made += len(engine.evaluate(month, facts, schemes))
                    people = facts.periods.get(month, {}).values()
                    totals[month] = (sum(p.signed_fen for p in people),
                                     sum(p.collected_fen for p in people))
            lines_made[:] = [made]
            return totals

        def baseline() -> dict[str, tuple[int, int]]:
            totals = {m: (0, 0) for m in months}
            for _owner, month, signed, collected in conn.execute(
                    AGGREGATE_SQL, {"lo": f"{year}-01-01", "hi": f"{year}-12-31"}):
                s, c = totals[month]
                totals[month] = (s + int(signed or 0), c + int(collected or 0))
            return totals

        got, want = sailplan(), baseline()
        if got != want:
            raise AssertionError(f"incentives-run: runs and raw SQL disagree: {got} vs {want}")
        t_s = median_time(sailplan, ctx.repeat)
        t_b = median_time(baseline, ctx.repeat)

        t0 = time.perf_counter()
        with store.read() as uow:
            keys = list(dict.fromkeys(k for m in months for k in fact_periods(m)))
            facts = gather_facts(uow.session, keys)
            for month in months:
                engine.evaluate(month, facts, versions.in_effect(uow.session, month))
        one_pass = time.perf_counter() - t0
        people = conn.execute("SELECT COUNT(*) FROM people WHERE deleted_at IS NULL").fetchone()
    finally:
        conn.close()
        store.close()
    return Measurement(NAME, t_s, t_b, GOAL, extra={
        "deals": str(deals), "people": str(people[0]), "lines": str(lines_made[0]),
        "one_pass_ms": f"{one_pass * 1000:.0f}"})
