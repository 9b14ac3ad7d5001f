"""pages-visit: open the demo firm and visit every page; the GUI thread's longest block.

Sailplan: ``main.py --db DEMO`` offscreen on a demo database of 100,000 customers and 300,000
opportunities (quick: 2,000 / 6,000), in its own process (see ``_pages_visit_driver``): the
window opens the database on the Today page, then every sidebar page is clicked in turn
(Today, Customers, Pipeline, Targets, Plans, Orders, Incentives, Dashboard, Settings) and left
only when it has finished loading. A precise 10 ms QTimer ticks on the GUI thread throughout;
its longest gap is how long the GUI thread was blocked (nothing repaints, no click is taken)
while the database was opened (phase ``open``) or a page was visited.
Baseline: the same visit and timer in a bare PySide6 process — a QMainWindow with the same
sidebar whose pages are plain labels — i.e. the gap a Qt process shows doing nothing heavy.
Reported: the median over the runs of the longest gap of the whole run, opening included (goal
≤ 200 ms), the ratio to the baseline's, the longest gap of opening and of each page (worst run),
the peak resident memory of the process (``VmHWM``, goal ≤ 400 MB, ``MISSED`` when over) and
the slowest page load.
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path
from typing import Any

from benchmarks.core import BenchContext, Measurement, run_driver
from benchmarks.data import demo_db_copy

NAME = "pages-visit"
GOAL_MS = 200.0
RSS_GOAL_MB = 400.0
MARKER = "PAGES_VISIT "
TIMEOUT_S = 1800.0
ROOT = Path(__file__).resolve().parents[2]
PAGES = ("today", "customers", "pipeline", "targets", "plans", "orders", "incentives",
         "dashboard", "settings")


def _spawn(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run the driver with ``args``; its JSON report."""
    return run_driver("benchmarks.scenarios._pages_visit_driver", args, env,
                      marker=MARKER, timeout_s=TIMEOUT_S)


def _longest_gap_ms(report: dict[str, Any]) -> float:
    """The longest gap of the whole run: opening the database and every page visit."""
    return max(report["gaps_ms"].values())


def run(ctx: BenchContext) -> Measurement:
    customers = ctx.size(100_000, 2_000)
    deals = ctx.size(300_000, 6_000)
    # The app writes beside its file (daily backup, lock): give it a private copy.
    db = demo_db_copy(ctx, customers, deals, name="pages-visit.sqlite3")
    data_dir = ctx.work_dir / "pages-visit-data"
    data_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAILPLAN_DATA_DIR=str(data_dir),
               XDG_CONFIG_HOME=str(data_dir / "config"))
    # Warm-up: byte-code and page caches, and the day's rotating backup of the copy (taken on
    # the worker at start-up; on a normal day it is already there).
    _spawn(["app", str(db)], env)
    runs = max(1, ctx.repeat if ctx.quick else min(ctx.repeat, 3))
    apps = [_spawn(["app", str(db)], env) for _ in range(runs)]
    bases = [_spawn(["baseline"], env) for _ in range(runs)]
    peak = max(r["peak_rss_mb"] for r in apps)
    extra = {f"{p}": f"{max(r['gaps_ms'].get(p, 0.0) for r in apps):.0f}ms" for p in PAGES}
    slowest = max(PAGES, key=lambda p: statistics.median(r["load_ms"].get(p, 0.0) for r in apps))
    extra.update({
        "open": f"{max(r['gaps_ms'].get('open', 0.0) for r in apps):.0f}ms",
        "peak_rss": f"{peak:.0f}MB",
        "rss_goal": f"{RSS_GOAL_MB:.0f}MB {'ok' if peak <= RSS_GOAL_MB else 'MISSED'}",
        "baseline_peak_rss": f"{max(r['peak_rss_mb'] for r in bases):.0f}MB",
        "slowest_load": f"{slowest}="
                        f"{statistics.median(r['load_ms'][slowest] for r in apps):.0f}ms",
        "size": f"{customers}c/{deals}d",
    })
    for r in apps:
        print(f"[pages-visit] load_ms={_rounded(r['load_ms'])} rss_mb={_rounded(r['rss_mb'])} "
              f"peak_rss_mb={_rounded(r['hwm_mb'])}", file=sys.stderr, flush=True)
    return Measurement(
        name=NAME,
        median_s=statistics.median(_longest_gap_ms(r) for r in apps) / 1000,
        baseline_s=statistics.median(_longest_gap_ms(r) for r in bases) / 1000,
        goal=GOAL_MS, goal_kind="ms", extra=extra)


def _rounded(values: dict[str, float]) -> dict[str, int]:
    return {k: round(v) for k, v in values.items()}
