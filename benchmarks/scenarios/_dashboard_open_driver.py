"""The process the ``dashboard-open`` scenario spawns: open the firm, click Dashboard & Reviews,
time the first chart, then change the filters one by one and time each redraw.

``python -m benchmarks.scenarios._dashboard_open_driver app DB`` starts Sailplan through
``main.py``'s own ``main(["--db", DB])`` (offscreen) on the Orders page with the dashboard's
filters remembered as the whole firm, this quarter, signed amount, the Targets chart; waits until
the database is open and the worker idle, then clicks the page in the sidebar. Measured: from the
click until the Targets chart has been painted (matplotlib's ``draw_event`` on its canvas, the
figure computed on the worker and matplotlib imported in the background included); then, for each
filter change (a region, a person, a month, the year, the collected amount), from the change until
the chart is painted again; and the longest gap of a precise 10 ms QTimer on the GUI thread over
the whole visit. ``… raw DB``: the same series (the company's children: their signed-amount
floor/target/challenge of the quarter and their won amount, by the units below them) from one
raw SQL query with plain ``sqlite3``, and a bare matplotlib bar chart of it drawn on an Agg
canvas (matplotlib's import and the CJK font registration included, as the app pays them too).
One JSON line on stdout.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from datetime import date
from typing import Any

START_PAGE = "orders"
QUIET_TICKS = 3
TIMEOUT_S = 900.0
MARKER = "DASHBOARD_OPEN "


def this_quarter(today: date) -> str:
    """``2026-Q4``."""
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


def _remember_filters() -> None:
    from gui.common.ui_settings import ui_settings

    s = ui_settings()
    s.setValue("mainwindow/last_page", START_PAGE)
    today = date.today()
    for key, value in (("grain", "quarter"), ("year", today.year),
                       ("part", (today.month - 1) // 3 + 1), ("unit", ""), ("person", ""),
                       ("metric", "signed_amount"), ("chart", "targets")):
        s.setValue(f"dashboard/{key}", value)


def _changes(tab: Any) -> list[tuple[str, dict[str, str]]]:
    """The filter changes to time, from what the filters offer."""
    today = date.today()
    units = [tab.unit.itemData(i) for i in range(1, tab.unit.count())]
    people = [tab.person.itemData(i) for i in range(1, tab.person.count())]
    out: list[tuple[str, dict[str, str]]] = []
    if len(units) > 1:
        out.append(("unit", {"unit_id": units[1]}))
    if people:
        out.append(("person", {"unit_id": "", "person_id": people[0]}))
    out += [("month", {"person_id": "", "period": f"{today.year}-{today.month:02d}"}),
            ("year", {"period": str(today.year)}),
            ("collected", {"metric": "collected_amount"})]
    return out


def run_app(db: str) -> dict[str, Any]:
    """Sailplan's real start-up and window; the dashboard opened and its filters changed."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    import main as sailplan
    from gui.app import application

    app = application()
    _remember_filters()
    state: dict[str, Any] = {"phase": "open", "quiet": 0, "gap": 0.0, "redraws": [],
                             "painted_at": None}

    def window() -> Any:
        from gui.main_window import MainWindow

        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def idle() -> bool:
        import threading

        preloading = any(t.name == "sailplan-page-preload" and t.is_alive()
                         for t in threading.enumerate())
        return window().ctx.tasks.pool.activeThreadCount() == 0 and not preloading

    def painted() -> None:
        state["painted_at"] = time.perf_counter()

    def settled(tab: Any, since: float) -> bool:
        at = state["painted_at"]
        return (at is not None and at >= since and not tab.is_loading()
                and tab.views["targets"].is_drawn())

    def tick() -> None:
        now = time.perf_counter()
        gap, state["last"] = now - state["last"], now
        if now - state["started"] > TIMEOUT_S:
            raise SystemExit(f"dashboard-open: stuck in phase {state['phase']}")
        if state["phase"] == "open":
            if not (window().ready and idle()):
                state["quiet"] = 0
                return
            state["quiet"] += 1
            if state["quiet"] < QUIET_TICKS:
                return
            w = window()
            state["phase"] = "visit"
            state["clicked"] = time.perf_counter()
            w.sidebar.setCurrentIndex(w.nav_model.index(w.nav_model.row_of("dashboard")))
            tab = state["tab"] = w.host.page("dashboard").tab(0)
            tab.views["targets"].painted.connect(painted)
            return
        state["gap"] = max(state["gap"], gap)
        tab = state["tab"]
        if state["phase"] == "visit":
            if not settled(tab, state["clicked"]):
                return
            state["first_s"] = state["painted_at"] - state["clicked"]
            state["phase"] = "wait_choices"
            return
        if state["phase"] == "wait_choices":
            if tab.person.count() <= 1 or not idle():
                return
            state["todo"] = _changes(tab)
            state["phase"] = "filters"
            state["changed"] = None
        if state["changed"] is not None:
            name, since = state["changed"]
            if not settled(tab, since):
                return
            ms = (state["painted_at"] - since) * 1000
            state["redraws"].append((name, ms))
            print(f"[dashboard-open] filter {name}: redrawn in {ms:.0f} ms", file=sys.stderr,
                  flush=True)
            state["changed"] = None
        if state["todo"]:
            name, change = state["todo"].pop(0)
            since = time.perf_counter()
            state["changed"] = (name, since)
            tab.set_filters(**change)
            return
        timer.stop()
        window().close()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(tick)

    def start() -> None:
        state["started"] = state["last"] = time.perf_counter()
        timer.start()

    QTimer.singleShot(0, start)
    code = sailplan.main(["--db", db, "--lang", os.environ.get("DASHBOARD_OPEN_LANG", "zh_CN")])
    if code or "first_s" not in state:
        raise SystemExit(f"Sailplan exited {code} before the dashboard was drawn")
    app.processEvents()
    return {"first_ms": state["first_s"] * 1000, "gap_ms": state["gap"] * 1000,
            "redraws": state["redraws"]}


RAW_QUERY = """
WITH RECURSIVE sub(root, unit) AS (
    SELECT n.id, n.unit_id FROM target_nodes n
    WHERE n.plan_id = :plan AND n.parent_id = :root AND n.deleted_at IS NULL
  UNION ALL
    SELECT sub.root, u.id FROM org_units u JOIN sub ON u.parent_id = sub.unit
)
SELECT n.name, v.floor, v.target, v.challenge, COALESCE(a.won, 0)
FROM target_nodes n
LEFT JOIN target_values v ON v.node_id = n.id AND v.metric = 'signed_amount'
     AND v.period = :period AND v.deleted_at IS NULL
LEFT JOIN (SELECT sub.root AS root, SUM(COALESCE(d.won_amount, d.amount)) AS won
           FROM deals d JOIN stages s ON s.id = d.stage_id
           JOIN people p ON p.id = d.owner_id JOIN sub ON sub.unit = p.unit_id
           WHERE s.kind = 'won' AND d.deleted_at IS NULL
             AND d.closed_on >= :lo AND d.closed_on <= :hi
           GROUP BY sub.root) a ON a.root = n.id
WHERE n.plan_id = :plan AND n.parent_id = :root AND n.deleted_at IS NULL
"""


def run_raw(db: str) -> dict[str, Any]:
    """One raw SQL query of the chart's series and a bare matplotlib draw of it."""
    t0 = time.perf_counter()
    from services.core import periods as P

    period = P.parse(this_quarter(date.today()))
    con = sqlite3.connect(db)
    plan, root = con.execute(
        "SELECT p.id, n.id FROM target_plans p JOIN target_nodes n ON n.plan_id = p.id "
        "WHERE p.deleted_at IS NULL AND p.year = ? AND n.parent_id IS NULL "
        "ORDER BY p.status = 'published' DESC LIMIT 1", (period.start.year,)).fetchone()
    rows = con.execute(RAW_QUERY, {"plan": plan, "root": root, "period": period.key,
                                   "lo": period.start.isoformat(),
                                   "hi": period.end.isoformat()}).fetchall()
    con.close()
    query_s = time.perf_counter() - t0
    from gui.common.fonts import configure_matplotlib_cjk

    configure_matplotlib_cjk()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9, 6), layout="constrained")
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_subplot(111)
    ys = list(range(len(rows)))
    ax.barh(ys, [(r[3] or 0) / 100 for r in rows], color="#eeeeee")
    ax.barh(ys, [(r[2] or 0) / 100 for r in rows], color="#cccccc")
    ax.barh(ys, [(r[1] or 0) / 100 for r in rows], color="#aaaaaa")
    ax.barh(ys, [r[4] / 100 for r in rows], height=0.3, color="#2f72cc")
    ax.set_yticks(ys, [r[0] for r in rows])
    canvas.draw()
    return {"first_ms": (time.perf_counter() - t0) * 1000, "query_ms": query_s * 1000,
            "rows": len(rows)}


def main(argv: list[str]) -> int:
    """``app DB`` or ``raw DB``; prints one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = run_app(argv[1]) if argv[0] == "app" else run_raw(argv[1])
    sys.stdout.write(MARKER + json.dumps(report) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
