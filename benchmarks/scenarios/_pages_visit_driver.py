"""The process the ``pages-visit`` scenario spawns: visit every sidebar page, watch a 10 ms timer.

``python -m benchmarks.scenarios._pages_visit_driver app DB`` starts Sailplan through ``main.py``'s
own ``main(["--db", DB])`` (offscreen), lets it open the database on its remembered page
(Today, where a new user starts, so no other page is created before the visit), then clicks
every sidebar entry in turn and waits until that page says it has finished loading
(``is_loading()`` False, the task worker idle, and three quiet timer ticks in a row).
``… baseline`` does the same visit in a bare QMainWindow whose pages are plain labels.

A precise 10 ms QTimer runs on the GUI thread the whole time; each tick records the time since
the previous one. The longest gap while a page is being visited is how long that visit blocked
the GUI thread. One JSON line on stdout reports the gaps per phase, the load time of each page,
the resident memory after each page and the peak (``VmHWM``).

With ``PAGES_VISIT_SAMPLE=1`` a watcher thread samples the GUI thread's stack every 5 ms while a
tick is overdue and prints each phase's most frequent blocking lines to stderr (to find what
blocks).
"""

from __future__ import annotations

import collections
import json
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ORDER = ("today", "customers", "pipeline", "targets", "plans", "orders", "incentives",
         "dashboard", "settings")
START_PAGE = "today"  # where a new user starts: opening the database creates only this page
QUIET_TICKS = 3
PAGE_TIMEOUT_S = 600.0


def proc_status_mb(field: str) -> float:
    """``VmHWM`` or ``VmRSS`` of this process, in MB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Visit:
    """Ticks a 10 ms timer, records gaps per phase, and steps through the pages."""

    def __init__(self, switch: Callable[[str], None], busy: Callable[[str], bool],
                 ready: Callable[[], bool], done: Callable[[], None]):
        from PySide6.QtCore import Qt, QTimer

        self.switch, self.busy, self.ready, self.done = switch, busy, ready, done
        self.gaps: dict[str, float] = {}
        self.load_s: dict[str, float] = {}
        self.rss_mb: dict[str, float] = {}
        self.hwm_mb: dict[str, float] = {}
        self.phase = "open"
        self.todo = list(ORDER)
        self.quiet = 0
        self.started = self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        gap, self.last = now - self.last, now
        self.gaps[self.phase] = max(self.gaps.get(self.phase, 0.0), gap)
        if now - self.started > PAGE_TIMEOUT_S:
            raise SystemExit(f"page {self.phase} did not finish loading")
        if not self.ready() or self.busy(self.phase):
            self.quiet = 0
            return
        self.quiet += 1
        if self.quiet < QUIET_TICKS:
            return
        self.load_s[self.phase] = now - self.started
        self.rss_mb[self.phase] = proc_status_mb("VmRSS")
        self.hwm_mb[self.phase] = proc_status_mb("VmHWM")
        if not self.todo:
            self.timer.stop()
            self.done()
            return
        self.phase = self.todo.pop(0)
        self.quiet = 0
        self.started = time.perf_counter()
        self.switch(self.phase)  # a sidebar click; its own cost shows in the next tick's gap

    def report(self) -> dict[str, Any]:
        return {"gaps_ms": {k: v * 1000 for k, v in self.gaps.items()},
                "load_ms": {k: v * 1000 for k, v in self.load_s.items()},
                "rss_mb": self.rss_mb, "hwm_mb": self.hwm_mb,
                "peak_rss_mb": proc_status_mb("VmHWM")}


class Sampler(threading.Thread):
    """Samples the GUI thread's stack while the visit's timer is overdue (diagnostics only)."""

    def __init__(self, visit: Visit):
        super().__init__(daemon=True)
        self.visit = visit
        self.main_id = threading.main_thread().ident
        self.counts: dict[str, collections.Counter[str]] = {}

    def run(self) -> None:
        while True:
            time.sleep(0.005)
            if time.perf_counter() - self.visit.last < 0.05:
                continue
            frame = sys._current_frames().get(self.main_id or 0)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)
            ours = [f for f in stack if "/site-packages/" not in f.filename
                    and "/lib/python" not in f.filename][-6:]
            key = " < ".join(f"{Path(f.filename).name}:{f.lineno}({f.name})"
                             for f in reversed(ours or stack[-3:]))
            self.counts.setdefault(self.visit.phase, collections.Counter())[key] += 1

    def print(self) -> None:
        for phase, counter in self.counts.items():
            print(f"--- {phase}: {sum(counter.values()) * 5} ms sampled", file=sys.stderr)
            for key, n in counter.most_common(8):
                print(f"  {n * 5:6d} ms  {key}", file=sys.stderr)


def run_app(db: str) -> dict[str, Any]:
    """Sailplan's real start-up path and window; the sidebar clicked page by page."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import main as sailplan
    from gui.app import application
    from gui.common.ui_settings import ui_settings

    app = application()
    ui_settings().setValue("mainwindow/last_page", START_PAGE)
    state: dict[str, Any] = {}

    def window() -> Any:
        from gui.main_window import MainWindow

        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def switch(key: str) -> None:
        w = window()
        w.sidebar.setCurrentIndex(w.nav_model.index(w.nav_model.row_of(key)))

    def busy(key: str) -> bool:
        w = window()
        if w.ctx.tasks.pool.activeThreadCount():
            return True
        page = w.host.page(START_PAGE if key == "open" else key)
        is_loading = getattr(page, "is_loading", None)
        return page is None or w.host.current_key != (START_PAGE if key == "open" else key) or (
            callable(is_loading) and bool(is_loading()))

    def finish() -> None:
        state["report"] = state["visit"].report()
        window().close()

    def start() -> None:
        state["visit"] = Visit(switch, busy, lambda: window().ready, finish)
        if os.environ.get("PAGES_VISIT_SAMPLE") == "1":
            state["sampler"] = Sampler(state["visit"])
            state["sampler"].start()

    QTimer.singleShot(0, start)
    code = sailplan.main(["--db", db])
    if code or "report" not in state:
        raise SystemExit(f"Sailplan exited {code} before visiting every page")
    if "sampler" in state:
        state["sampler"].print()
    app.processEvents()
    return dict(state["report"])


def run_baseline() -> dict[str, Any]:
    """A bare QMainWindow with the same sidebar, each page a label created on its first visit."""
    from PySide6.QtCore import QStringListModel, QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QHBoxLayout,
        QLabel,
        QListView,
        QMainWindow,
        QStackedWidget,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget(window)
    sidebar = QListView(central)
    sidebar.setModel(QStringListModel([k.title() for k in ORDER], sidebar))
    sidebar.setFixedWidth(228)
    stack = QStackedWidget(central)
    pages: dict[str, QWidget] = {}
    layout = QHBoxLayout(central)
    layout.addWidget(sidebar)
    layout.addWidget(stack, 1)
    window.setCentralWidget(central)
    window.resize(1280, 800)
    state: dict[str, Any] = {}

    def switch(key: str) -> None:
        sidebar.setCurrentIndex(sidebar.model().index(ORDER.index(key), 0))
        if key not in pages:
            pages[key] = QLabel(key.title(), stack)
            stack.addWidget(pages[key])
        stack.setCurrentWidget(pages[key])

    def finish() -> None:
        state["report"] = state["visit"].report()
        window.close()

    def start() -> None:
        state["visit"] = Visit(switch, lambda _k: False, lambda: True, finish)

    window.show()
    QTimer.singleShot(0, start)
    app.exec()
    return dict(state["report"])


def main(argv: list[str]) -> int:
    """``app DB`` or ``baseline``; prints one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = run_app(argv[1]) if argv[0] == "app" else run_baseline()
    sys.stdout.write("PAGES_VISIT " + json.dumps(report) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
