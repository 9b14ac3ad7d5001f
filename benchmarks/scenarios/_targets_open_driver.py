"""The process the ``targets-open`` scenario spawns: open the firm, click Targets once, time it.

``python -m benchmarks.scenarios._targets_open_driver app DB`` starts Sailplan through
``main.py``'s own ``main(["--db", DB])`` (offscreen) on the placeholder "Orders" page, waits until
the database is open and the task worker idle (start-up's own work is not the visit's), then
clicks Targets in the sidebar. It records when the tree first has rows on screen
(``TargetsPage.tree_shown``), when the page has finished loading (actuals in, worker idle), and
the longest gap of a precise 10 ms QTimer on the GUI thread from the click to the end: how long
the GUI thread was blocked (no repaint, no key press handled) during the visit.
``… raw DB`` reads what the tree needs with plain ``sqlite3`` (the plan, its nodes, their values)
and what the actuals need (won deals, new customers and follow-ups of the year, summed per person
and day): the baseline. One JSON line on stdout.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from typing import Any

START_PAGE = "orders"
QUIET_TICKS = 3
TIMEOUT_S = 600.0


def run_app(db: str) -> dict[str, Any]:
    """Sailplan's real start-up and window; one click on Targets."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    import main as sailplan
    from gui.app import application
    from gui.common.ui_settings import ui_settings

    app = application()
    ui_settings().setValue("mainwindow/last_page", START_PAGE)
    state: dict[str, Any] = {"phase": "open", "quiet": 0, "gap": 0.0}

    def window() -> Any:
        from gui.main_window import MainWindow

        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def idle() -> bool:
        """The worker has nothing to do and the page modules are imported (start-up's work)."""
        import threading

        preloading = any(t.name == "sailplan-page-preload" and t.is_alive()
                         for t in threading.enumerate())
        return window().ctx.tasks.pool.activeThreadCount() == 0 and not preloading

    def shown() -> None:
        page = state["page"]
        if "tree_s" not in state and page.model.rowCount() > 0:
            state["tree_s"] = time.perf_counter() - state["clicked"]

    def tick() -> None:
        now = time.perf_counter()
        gap, state["last"] = now - state["last"], now
        if now - state["started"] > TIMEOUT_S:
            raise SystemExit(f"targets-open: stuck in phase {state['phase']}")
        if state["phase"] == "open":
            if not (window().ready and idle()):
                state["quiet"] = 0
                return
            state["quiet"] += 1
            if state["quiet"] < QUIET_TICKS:
                return
            w = window()
            state["phase"] = "visit"
            state["quiet"] = 0
            state["clicked"] = time.perf_counter()
            w.sidebar.setCurrentIndex(w.nav_model.index(w.nav_model.row_of("targets")))
            page = state["page"] = w.host.page("targets")
            page.tree_shown.connect(shown)
            return
        state["gap"] = max(state["gap"], gap)  # the click's own cost shows in this first gap
        page = state["page"]
        if page.is_loading() or not idle() or "tree_s" not in state:
            state["quiet"] = 0
            return
        state["quiet"] += 1
        if state["quiet"] < QUIET_TICKS:
            return
        state["loaded_s"] = now - state["clicked"]
        state["nodes"] = len(page.model.tree.nodes) if page.model.tree is not None else 0
        timer.stop()
        window().close()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(tick)

    def start() -> None:
        state["started"] = state["last"] = time.perf_counter()
        timer.start()
        if os.environ.get("TARGETS_OPEN_SAMPLE") == "1":
            _sample(state)

    QTimer.singleShot(0, start)
    code = sailplan.main(["--db", db, "--lang", os.environ.get("TARGETS_OPEN_LANG", "zh_CN")])
    if code or "loaded_s" not in state:
        raise SystemExit(f"Sailplan exited {code} before Targets finished loading")
    app.processEvents()
    return {"tree_ms": state["tree_s"] * 1000, "loaded_ms": state["loaded_s"] * 1000,
            "gap_ms": state["gap"] * 1000, "nodes": state["nodes"]}


def _sample(state: dict[str, Any]) -> None:
    """Diagnostics: print the GUI thread's stack whenever a tick is 50 ms overdue."""
    import threading
    import traceback

    main_id = threading.main_thread().ident

    def watch() -> None:
        while True:
            time.sleep(0.005)
            if state.get("phase") != "visit" or time.perf_counter() - state["last"] < 0.05:
                continue
            frame = sys._current_frames().get(main_id or 0)
            if frame is not None:
                stack = "".join(traceback.format_stack(frame)[-8:])
                print(f"--- {time.perf_counter() - state['clicked']:.3f}s\n{stack}",
                      file=sys.stderr, flush=True)

    threading.Thread(target=watch, daemon=True).start()


def run_raw(db: str) -> dict[str, Any]:
    """The same data with plain sqlite3: the tree's rows, then the actuals' sums."""
    t0 = time.perf_counter()
    con = sqlite3.connect(db)
    plan_id, year = con.execute(
        "SELECT id, year FROM target_plans WHERE deleted_at IS NULL "
        "ORDER BY year DESC LIMIT 1").fetchone()
    nodes = con.execute("SELECT id, parent_id, name, kind, unit_id, person_id FROM target_nodes "
                        "WHERE plan_id = ? AND deleted_at IS NULL", (plan_id,)).fetchall()
    values: dict[tuple[str, str, str], tuple[int, int, int]] = {}
    for n, m, p, f, t, c in con.execute(
            "SELECT v.node_id, v.metric, v.period, v.floor, v.target, v.challenge "
            "FROM target_values v JOIN target_nodes n ON n.id = v.node_id "
            "WHERE n.plan_id = ? AND v.deleted_at IS NULL", (plan_id,)):
        values[(n, m, p)] = (f, t, c)
    tree_s = time.perf_counter() - t0
    lo, hi = f"{year}-01-01", f"{year + 1}-01-01"
    sums: dict[tuple[Any, ...], int] = {}
    for row in con.execute(
            "SELECT d.owner_id, d.closed_on, SUM(COALESCE(d.won_amount, d.amount, 0)), COUNT(*) "
            "FROM deals d JOIN stages s ON s.id = d.stage_id WHERE s.kind = 'won' "
            "AND d.deleted_at IS NULL AND d.closed_on >= ? AND d.closed_on < ? "
            "GROUP BY d.owner_id, d.closed_on", (lo, hi)):
        sums[("deal", row[0], row[1])] = row[2]
    for table, who, at, extra in (("customers", "owner_id", "created_at",
                                   " AND merged_into_id IS NULL"),
                                  ("followups", "person_id", "at", "")):
        for row in con.execute(
                f"SELECT {who}, date({at}), COUNT(*) FROM {table} WHERE deleted_at IS NULL"
                f"{extra} AND {at} >= ? AND {at} < ? GROUP BY 1, 2", (lo, hi)):
            sums[(table, row[0], row[1])] = row[2]
    con.close()
    return {"tree_ms": tree_s * 1000, "loaded_ms": (time.perf_counter() - t0) * 1000,
            "nodes": len(nodes), "cells": len(values), "sums": len(sums)}


def main(argv: list[str]) -> int:
    """``app DB`` or ``raw DB``; prints one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = run_app(argv[1]) if argv[0] == "app" else run_raw(argv[1])
    sys.stdout.write("TARGETS_OPEN " + json.dumps(report) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
