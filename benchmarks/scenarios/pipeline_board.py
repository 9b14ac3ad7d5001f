"""pipeline-board: build and paint the Kanban board of ~5,000 open deals (300,000 in the file).

Sailplan: the real Pipeline page, offscreen — ``page.reload_now()`` (its worker load, here timed
on the GUI thread: ``services.pipeline.board.load_board_snapshot`` with the page's filters → one
snapshot → seven column models → header totals) and then every column laid out and painted
(``grab()`` of the page).
Baseline: raw sqlite3 SELECT of the same open deals (same joins and owner filter) and a plain
QListView painting the same number of one-line text rows, grabbed at the same size.
Goal: ≤ 3× the baseline. A team filter picks the board of about 5,000 open deals when the demo
pipeline holds more (quick size: the whole pipeline).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from pathlib import Path

from benchmarks.core import BenchContext, Measurement
from benchmarks.data import demo_db

NAME = "pipeline-board"
GOAL = 3.0
SIZE = (1600, 900)


def _pick_board(path: Path, target: int) -> tuple[str, list[str], str | None, list[str], int]:
    """(pipeline id, open stage ids, unit id or None, owner ids, open deals) for the scenario:
    the pipeline with most open deals, narrowed to the team whose board is nearest ``target``.
    """
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT d.pipeline_id, count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
            "WHERE s.kind = 'open' AND d.deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC").fetchall()
        pipeline_id, total = rows[0]
        stages = [r[0] for r in con.execute(
            "SELECT id FROM stages WHERE pipeline_id = ? AND kind = 'open' AND deleted_at IS NULL",
            (pipeline_id,))]
        if total <= target * 1.5:
            return pipeline_id, stages, None, [], total
        units = con.execute(
            "SELECT id, parent_id FROM org_units WHERE deleted_at IS NULL").fetchall()
        per_owner = dict(con.execute(
            f"SELECT owner_id, count(*) FROM deals WHERE pipeline_id = ? AND deleted_at IS NULL "
            f"AND stage_id IN ({','.join('?' * len(stages))}) GROUP BY 1",
            (pipeline_id, *stages)).fetchall())
        people = con.execute("SELECT id, unit_id FROM people").fetchall()
    finally:
        con.close()
    children: dict[str | None, list[str]] = {}
    for uid, parent in units:
        children.setdefault(parent, []).append(uid)

    def subtree(uid: str) -> set[str]:
        out, todo = set(), [uid]
        while todo:
            u = todo.pop()
            out.add(u)
            todo += children.get(u, [])
        return out

    best: tuple[int, str, list[str], int] | None = None
    for uid, _parent in units:
        tree = subtree(uid)
        owners = [p for p, u in people if u in tree]
        n = sum(per_owner.get(p, 0) for p in owners)
        if n and (best is None or abs(n - target) < best[0]):
            best = (abs(n - target), uid, owners, n)
    assert best is not None
    return pipeline_id, stages, best[1], best[2], best[3]


def _baseline_select(path: Path, pipeline_id: str, stages: list[str], owners: list[str]) -> list:
    con = sqlite3.connect(path)
    try:
        sql = ("SELECT d.id, d.name, d.stage_id, c.name, p.name, d.amount, d.probability, "
               "d.expected_close, d.stage_entered_at FROM deals d "
               "JOIN customers c ON c.id = d.customer_id LEFT JOIN people p ON p.id = d.owner_id "
               f"WHERE d.pipeline_id = ? AND d.deleted_at IS NULL "
               f"AND d.stage_id IN ({','.join('?' * len(stages))})")
        args: list[str] = [pipeline_id, *stages]
        if owners:
            sql += f" AND d.owner_id IN ({','.join('?' * len(owners))})"
            args += owners
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def run(ctx: BenchContext) -> Measurement:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QListView

    from gui.common.fonts import register_cjk_font
    from gui.pipeline.pipeline_page import PipelinePage
    from services.setup import open_store
    from tests.gui.pipeline_fixtures import make_context

    customers, deals = ctx.size(100_000, 2_000), ctx.size(300_000, 6_000)
    path = demo_db(ctx, customers=customers, deals=deals)
    pipeline_id, stages, unit_id, owners, expected = _pick_board(path, ctx.size(5_000, 2_000))
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    register_cjk_font(app)
    store = open_store(path, lock=False)
    try:
        page = PipelinePage(make_context(store))
        page.resize(*SIZE)
        page.show()
        page.pipeline_combo.setCurrentIndex(page.pipeline_combo.findData(pipeline_id))
        bar = page.filter_bar
        bar.blockSignals(True)
        bar.unit.setCurrentIndex(bar.unit.findData(unit_id) if unit_id else 0)
        bar.blockSignals(False)
        for _ in range(3):
            app.processEvents()

        def ours() -> None:
            page.reload_now()
            app.processEvents()
            page.grab()

        def painted() -> None:
            page.board.set_cards([])  # the next reload must rebuild every column
            app.processEvents()

        ours()
        open_ids = {s for s in stages}
        shown = sum(1 for c in page.cards if c.stage_id in open_ids)
        assert shown == expected, (shown, expected)
        ours_s = _timed(ours, ctx.repeat, painted)

        view = QListView()
        view.setUniformItemSizes(True)
        view.resize(*SIZE)
        view.show()
        model = QStringListModel()
        view.setModel(model)

        def base() -> None:
            rows = _baseline_select(path, pipeline_id, stages, owners)
            model.setStringList([f"{r[1]}  {r[3]}  ¥{r[5] / 100:,.0f}" for r in rows])
            app.processEvents()
            view.grab()

        def cleared() -> None:
            model.setStringList([])
            app.processEvents()

        base()
        base_s = _timed(base, ctx.repeat, cleared)
        page.close()
    finally:
        store.close()
    return Measurement(NAME, ours_s, base_s, GOAL, extra={
        "open_deals": str(shown), "deals_in_db": str(deals),
        "filter": "team" if unit_id else "none"})


def _timed(fn, repeat: int, setup) -> float:
    times = []
    for _ in range(max(3, repeat)):
        setup()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)
