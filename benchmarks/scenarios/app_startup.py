"""app-startup: from process start to the main window painted, on 100,000 customers.

Sailplan: ``python main.py --db <copy of the demo file> --lang zh_CN`` with
``SAILPLAN_BENCH_EXIT_ON_SHOWN=1``, timed until it prints ``SAILPLAN_SHOWN`` (after the first
paint of the window). The remembered page is Customers, the heaviest, so the run also shows
that no page's data is loaded before the window is on screen.
Baseline: a bare PySide6 process that opens the same file with sqlite3, reads the schema
revision, and shows a QMainWindow with a QListView sidebar and a QStackedWidget, timed to its
own first paint the same way.
Goal: ≤ 3× the baseline (the difference is the price of SQLAlchemy, Alembic's version check,
translators, fonts and the real menus).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.core import BenchContext, Measurement
from benchmarks.data import demo_db_copy

NAME = "app-startup"
GOAL = 3.0
ROOT = Path(__file__).resolve().parents[2]
MARKER = "SAILPLAN_SHOWN"

BASELINE = r"""
import sqlite3, sys
from PySide6.QtCore import QEvent, QObject, QStringListModel, QTimer
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListView, QMainWindow,
                               QStackedWidget, QWidget)
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT version_num FROM alembic_version").fetchone()
app = QApplication(sys.argv[:1])
win = QMainWindow()
central = QWidget()
lay = QHBoxLayout(central)
side = QListView()
side.setModel(QStringListModel(["今日", "客户", "销售漏斗", "目标", "销售计划", "订单与回款",
                                "激励", "仪表盘与复盘", "设置"]))
lay.addWidget(side)
lay.addWidget(QStackedWidget(), 1)
win.setCentralWidget(central)
win.menuBar().addMenu("文件")
win.statusBar().showMessage(sys.argv[1])

class Hook(QObject):
    fired = False
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, lambda: (print("SAILPLAN_SHOWN", flush=True), app.quit()))
        return False

hook = Hook()
win.installEventFilter(hook)
win.resize(1280, 800)
win.show()
app.exec()
"""


def _time_to_marker(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``cmd`` until it prints the marker (then let it finish)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.strip() == MARKER:
            elapsed = time.perf_counter() - t0
            break
    proc.wait(timeout=600)
    if elapsed is None:
        raise RuntimeError(f"{cmd[1]} exited with {proc.returncode} before showing its window")
    return elapsed


def _median(values: list[float]) -> float:
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def run(ctx: BenchContext) -> Measurement:
    customers = ctx.size(100_000, 2_000)
    deals = ctx.size(300_000, 6_000)
    db = demo_db_copy(ctx, customers, deals, name="startup.sqlite3")
    state = ctx.work_dir / "startup-ui-state"
    state.mkdir(parents=True, exist_ok=True)
    (state / "ui-settings.ini").write_text("[mainwindow]\nlast_page=customers\n",
                                           encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAILPLAN_DATA_DIR=str(state),
               SAILPLAN_BENCH_EXIT_ON_SHOWN="1", PYTHONPATH=str(ROOT))
    ours_cmd = [sys.executable, "main.py", "--db", str(db), "--lang", "zh_CN"]
    base_script = ctx.work_dir / "startup_baseline.py"
    base_script.write_text(BASELINE, encoding="utf-8")
    base_cmd = [sys.executable, str(base_script), str(db)]
    _time_to_marker(ours_cmd, env)  # warm the OS file cache and take the daily backup
    _time_to_marker(base_cmd, env)
    ours, base = [], []
    for _ in range(max(1, ctx.repeat)):
        ours.append(_time_to_marker(ours_cmd, env))
        base.append(_time_to_marker(base_cmd, env))
    return Measurement(NAME, _median(ours), _median(base), GOAL,
                       extra={"customers": str(customers), "deals": str(deals),
                              "last_page": "customers"})
