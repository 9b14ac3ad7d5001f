"""customers-search: search-as-you-type over the demo firm's customers (100,000 at full size).

Sailplan: the real Customers page, offscreen — per keystroke, set the search box text and run
the page's search slot (the debounce timer's target): Python filter over the precomputed
haystacks and one model reset, i.e. the time to an updated model. ``with_repaint_ms`` adds the
event loop processing the view's update and repaint; ``bare_repaint_ms`` is what Qt alone needs
to repaint a plain QTableView of the same size here (the floor under any list).
Baseline: a plain Python substring scan of the customer names,
``[i for i, r in enumerate(names) if q in r]``, for the same typed queries.
Goal: ≤ 50 ms per keystroke (absolute); the ratio to the baseline is reported alongside.
Extra figures: the page's first load (rows + index + model), per-keystroke p90 and max.
"""

from __future__ import annotations

import os
import statistics
import time

from benchmarks.core import BenchContext, Measurement
from benchmarks.data import demo_db

NAME = "customers-search"
GOAL_MS = 50.0


def _typed(prefixes: list[str]) -> list[str]:
    """Every intermediate text while typing each query, then clearing the box."""
    out: list[str] = []
    for query in prefixes:
        out += [query[:n] for n in range(1, len(query) + 1)]
        out.append("")
    return out


def _queries(names: list[str], phones: list[str]) -> list[str]:
    """Realistic searches: part of a company name, a phone, two words, a Latin fragment."""
    mid = names[len(names) // 2]
    late = names[(len(names) * 7) // 8]
    phone = next((p for p in phones[len(phones) // 3:] if sum(c.isdigit() for c in p) >= 8),
                 "13800138000")
    digits = "".join(c for c in phone if c.isdigit())[:7]
    return _typed([mid[2:6], late[:4], digits, "科技 上海", "ltd", "有限公司"])


def _bare_repaint_s(app: object, size: object, repeat: int) -> float:
    """Median repaint of a plain QTableView showing short text in every cell, same size."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    Index = QModelIndex | QPersistentModelIndex

    class Plain(QAbstractTableModel):
        def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 1000

        def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 12

        def data(self, index: Index, role: int = 0) -> object:
            return "上海星海科技" if role == Qt.ItemDataRole.DisplayRole else None

    model = Plain()
    view = QTableView()
    view.setModel(model)
    view.resize(size)  # type: ignore[call-overload]
    view.show()
    app.processEvents()  # type: ignore[attr-defined]
    times = []
    for _ in range(max(5, repeat * 5)):
        t0 = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - t0)
    view.close()
    return statistics.median(times)


def run(ctx: BenchContext) -> Measurement:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from gui.common.context import AppContext
    from gui.common.events import AppEvents
    from gui.common.tasks import TaskRunner
    from gui.customers.customers_page import CustomersPage
    from services.setup import open_store

    customers, deals = ctx.size(100_000, 2_000), ctx.size(300_000, 6_000)
    path = demo_db(ctx, customers=customers, deals=deals)
    app = QApplication.instance()
    if app is None:
        from gui.common.fonts import register_cjk_font

        app = QApplication([])
        register_cjk_font(app)  # as the real app: CJK text shapes through the fallback list
    store = open_store(path, lock=False, migrate=False)  # the cached file is only read
    runner = TaskRunner()
    try:
        context = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(),
                             tasks=runner)
        t0 = time.perf_counter()
        page = CustomersPage(context)
        page.resize(1400, 800)
        page.show()
        while page.loading:  # big lists load on the worker thread
            runner.wait(20)
            app.processEvents()
        app.processEvents()
        load_s = time.perf_counter() - t0
        rows = page.model.rows
        names = [r.name for r in rows]
        queries = _queries(names, [r.phone or r.contact_phone for r in rows])

        ours: list[float] = []
        painted: list[float] = []
        base: list[float] = []
        for _ in range(max(1, ctx.repeat)):
            for q in queries:
                t0 = time.perf_counter()
                page.search.setText(q)
                page.apply_search()
                t1 = time.perf_counter()
                app.processEvents()  # the view repaints with the new rows
                painted.append(time.perf_counter() - t0)
                ours.append(t1 - t0)
            page.search.setText("")
            page.apply_search()
            for q in queries:
                t0 = time.perf_counter()
                hits = [i for i, r in enumerate(names) if q in r]
                base.append(time.perf_counter() - t0)
                del hits
        bare = _bare_repaint_s(app, page.view.viewport().size(), ctx.repeat)
        page.close()
        page.deleteLater()
        app.processEvents()
    finally:
        runner.wait()
        store.close()
    median = statistics.median(ours)
    ordered = sorted(ours)
    p90 = ordered[int(len(ordered) * 0.9) - 1]
    return Measurement(
        name=NAME, median_s=median, baseline_s=statistics.median(base), goal=GOAL_MS,
        goal_kind="ms",
        extra={"per_keystroke_ms": f"{median * 1000:.1f}", "p90_ms": f"{p90 * 1000:.1f}",
               "with_repaint_ms": f"{statistics.median(painted) * 1000:.1f}",
               "bare_repaint_ms": f"{bare * 1000:.1f}",
               "max_ms": f"{ordered[-1] * 1000:.1f}", "keystrokes": str(len(queries)),
               "rows": str(len(rows)), "page_load_s": f"{load_s:.2f}"},
    )
