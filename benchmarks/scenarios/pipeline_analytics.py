"""pipeline-analytics: funnel conversion from stage history over the demo firm's deals.

Sailplan: ``services.pipeline.analytics.stage_report`` (conversion k → k+1 and predicted vs. actual
per stage, grouped by owner in SQL and summed in Python) for the busiest pipeline, whole history.
Baseline: one hand-written SQL aggregate over ``stage_history`` on a raw sqlite3 connection with
the same pragmas, computing the same per-stage counts (reached, advanced, closed, won).
Extra figures: the full report with median days in stage, and the win/cycle summary.
"""

from __future__ import annotations

import sqlite3
import time

from benchmarks.core import BenchContext, Measurement, median_time
from benchmarks.data import demo_db

NAME = "pipeline-analytics"
GOAL = 3.0


def _raw_counts(conn: sqlite3.Connection, pipeline_id: str, ranks: dict[str, int], n: int
                ) -> list[int]:
    case = " ".join(f"WHEN '{sid}' THEN {rk}" for sid, rk in ranks.items())
    ids = ",".join(f"'{sid}'" for sid in ranks)
    per_deal = ", ".join(f"MIN(CASE WHEN rk >= {k} THEN at END) AS e{k}" for k in range(n))
    sums = []
    for k in range(n):
        sums += [f"SUM(e{k} IS NOT NULL)", f"SUM(e{k} IS NOT NULL AND maxrk >= {k + 1})",
                 f"SUM(e{k} IS NOT NULL AND s.kind IN ('won','lost'))",
                 f"SUM(e{k} IS NOT NULL AND s.kind = 'won')"]
    sql = f"""
        WITH pd AS (
            SELECT deal_id, MAX(rk) AS maxrk, {per_deal}
            FROM (SELECT deal_id, at, CASE to_stage_id {case} END AS rk
                  FROM stage_history WHERE deleted_at IS NULL AND to_stage_id IN ({ids}))
            GROUP BY deal_id)
        SELECT {", ".join(sums)}
        FROM pd JOIN deals d ON d.id = pd.deal_id JOIN stages s ON s.id = d.stage_id
        WHERE d.deleted_at IS NULL AND d.pipeline_id = ?"""
    return list(conn.execute(sql, (pipeline_id,)).fetchone())


def run(ctx: BenchContext) -> Measurement:
    from services.pipeline import analytics as pa
    from services.pipeline.deals import list_pipelines
    from services.setup import open_store

    customers, deals = ctx.size(100_000, 2_000), ctx.size(300_000, 6_000)
    path = demo_db(ctx, customers=customers, deals=deals)
    store = open_store(path, lock=False, migrate=False)  # the cached file stays read-only
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            conn.execute(f"PRAGMA {pragma}")
        busiest = conn.execute("SELECT pipeline_id FROM deals GROUP BY pipeline_id "
                               "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
        pipe = next(p for p in list_pipelines(store) if p.id == busiest)
        opens, ranks = pa.funnel_ranks(pipe.stages)
        n = len(opens)
        history_rows = conn.execute("SELECT COUNT(*) FROM stage_history").fetchone()[0]

        def sailplan() -> list[int]:
            rep = pa.stage_report(store, busiest, with_durations=False)[None]
            out: list[int] = []
            for c, w in zip(rep.conversions, rep.win_rates, strict=True):
                out += [c.reached, c.advanced, w.closed, w.won]
            return out

        def baseline() -> list[int]:
            return _raw_counts(conn, busiest, ranks, n)

        if sailplan() != baseline():
            raise AssertionError("pipeline-analytics: service and raw SQL disagree")
        t_s = median_time(sailplan, ctx.repeat)
        t_b = median_time(baseline, ctx.repeat)
        t0 = time.perf_counter()
        pa.stage_report(store, busiest)
        full = time.perf_counter() - t0
        t0 = time.perf_counter()
        pa.win_summary(store, group_by="owner")
        wins = time.perf_counter() - t0
        conn.close()
    finally:
        store.close()
    return Measurement(NAME, t_s, t_b, GOAL, extra={
        "deals": str(deals), "history_rows": str(history_rows),
        "full_report_ms": f"{full * 1000:.0f}", "win_summary_ms": f"{wins * 1000:.0f}"})
