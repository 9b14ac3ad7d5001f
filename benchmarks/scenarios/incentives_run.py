"""incentives-run: a year of monthly payout runs for 200 people over the large demo firm
(quick: 1,500:4,000).

Setup (untimed, on a private copy of the cached demo database: :mod:`._incentives_firm`): the
demo firm spread over 200 people — reps added to its teams, every customer's deals, contracts,
follow-ups and tickets owned by one of them (by a hash of the customer's id), a year target
per rep in the published plan — and its payout runs cleared, so every month of the year can be
computed (the demo's are locked). Before each timed run the runs are cleared again.

Sailplan: ``services.incentives.runs.compute_runs`` of the 12 months of the demo year — the
facts of the 12 runs gathered in one pass (signed and collected credits with product lines and
credit splits, new customers, visits, deals won and lost, satisfaction, collection rates,
targets of the published plan: what the schemes read), the scheme versions in effect, every
rule of the demo's schemes evaluated into explained lines, the adjustments, clawbacks and
recognition added, and each run's lines **stored** (one write transaction per run) — a real
year of payout runs.
Baseline: one raw SQL aggregate on a raw sqlite3 connection of the same signed and collected
amounts per owner and month of the year. Both must agree on every month's signed and collected
total (credit splits move credit between people, never the total).
Extra figures: people, lines stored, the gathering's and the rules' share of a run (measured
apart, once).
Goal: ratio ≤ 5.
"""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import date

from benchmarks.core import BenchContext, Measurement, median_time
from benchmarks.data import demo_db_copy
from benchmarks.scenarios._incentives_firm import clear_runs, spread_firm

NAME = "incentives-run"
GOAL = 5.0
PEOPLE = 200
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
    from services.incentives.runs import compute_runs, fact_periods
    from services.setup import open_store

    customers, deals = ctx.size(100_000, 1_500), ctx.size(300_000, 4_000)
    path = demo_db_copy(ctx, customers=customers, deals=deals, name="incentives-run.sqlite3")
    spread_firm(path, PEOPLE)
    store = open_store(path, lock=False)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            conn.execute(f"PRAGMA {pragma}")
        (setting,) = conn.execute("SELECT value FROM app_settings "
                                  "WHERE key = 'demo.generated'").fetchone()
        year = date.fromisoformat(json.loads(setting)["today"]).year
        months = P.months(year)

        def clear() -> None:
            conn.execute("BEGIN")
            clear_runs(conn)
            conn.execute("COMMIT")

        def sailplan() -> None:
            compute_runs(store, months)

        def baseline() -> dict[str, tuple[int, int]]:
            totals = {m: (0, 0) for m in months}
            for _owner, month, signed, collected in conn.execute(
                    AGGREGATE_SQL, {"lo": f"{year}-01-01", "hi": f"{year}-12-31"}):
                s, c = totals[month]
                totals[month] = (s + int(signed or 0), c + int(collected or 0))
            return totals

        # the runs read the same amounts as the raw aggregate: every month's totals agree
        with store.read() as uow:
            keys = list(dict.fromkeys(k for m in months for k in fact_periods(m)))
            schemes = [x for m in months for x in versions.in_effect(uow.session, m)]
            t0 = time.perf_counter()
            facts = gather_facts(uow.session, keys, metrics=engine.used_metrics(schemes))
            gathered = time.perf_counter() - t0
            t0 = time.perf_counter()
            made = sum(len(engine.evaluate(m, facts, versions.in_effect(uow.session, m)))
                       for m in months)
            evaluated = time.perf_counter() - t0
        got = {m: (sum(p.signed_fen for p in facts.periods.get(m, {}).values()),
                   sum(p.collected_fen for p in facts.periods.get(m, {}).values()))
               for m in months}
        want = baseline()
        if got != want:
            raise AssertionError(f"incentives-run: runs and raw SQL disagree: {got} vs {want}")
        t_s = median_time(sailplan, ctx.repeat, setup=clear)
        t_b = median_time(baseline, ctx.repeat)
        stored = conn.execute("SELECT COUNT(*) FROM payout_lines l JOIN payout_runs r "
                              "ON r.id = l.run_id WHERE l.deleted_at IS NULL").fetchone()[0]
        runs = conn.execute("SELECT COUNT(*) FROM payout_runs").fetchone()[0]
        if runs != len(months) or stored < made:
            raise AssertionError(f"incentives-run: {runs} runs, {stored} lines stored")
        people = conn.execute("SELECT COUNT(*) FROM people WHERE deleted_at IS NULL").fetchone()
    finally:
        conn.close()
        store.close()
    return Measurement(NAME, t_s, t_b, GOAL, extra={
        "deals": str(deals), "people": str(people[0]), "lines": str(stored),
        "gather_ms": f"{gathered * 1000:.0f}", "rules_ms": f"{evaluated * 1000:.0f}"})
