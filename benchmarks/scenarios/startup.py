"""startup: process start → main window shown and painted, on the demo firm (100,000 customers).

Sailplan: ``python main.py --db DEMO`` offscreen with ``SAILPLAN_BENCH_EXIT_ON_SHOWN=1`` on a demo
database of 100,000 customers and 300,000 opportunities (quick: 2,000 / 6,000); the app prints
``SAILPLAN_SHOWN`` once the main window has been shown and painted, then exits.
Baseline: a bare PySide6 process showing an empty ``QMainWindow``, printing the same marker
after its first paint. Both are timed from just before the spawn to reading the marker line.
Goal: ratio ≤ 1.5. Extra figures: each process's peak resident memory up to the marker (``VmHWM``);
``ready``: the median time until Sailplan has also opened the database and shown its first page
(it opens the store only after the window's first paint; ``SAILPLAN_BENCH_WAIT_READY=1`` makes it
print ``SAILPLAN_READY`` then), with ``ready_peak_rss`` its peak memory by then.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks.core import BenchContext, Measurement
from benchmarks.data import demo_db_copy

NAME = "startup"
GOAL = 1.5
MARKER = "SAILPLAN_SHOWN"
READY_MARKER = "SAILPLAN_READY"
TIMEOUT_S = 180.0
ROOT = Path(__file__).resolve().parents[2]

BASELINE = f'''
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Hook(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "fired", False):
            self.fired = True
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self):
        sys.stdout.write("{MARKER}\\n")
        sys.stdout.flush()
        QApplication.instance().quit()


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
hook = Hook(window)
window.installEventFilter(hook)
window.show()
sys.exit(app.exec())
'''


def _launch(cmd: list[str], env: dict[str, str],
            ready: list[tuple[float, float]] | None = None) -> tuple[float, float]:
    """Seconds from spawn to the marker line, and the process's peak RSS (MB) by then.

    With ``ready`` (a list), also wait for the ready marker and append its (seconds, MB).
    """
    ready_before = len(ready) if ready is not None else 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            cwd=ROOT, text=True)
    killer = threading.Timer(TIMEOUT_S, proc.kill)
    killer.start()
    elapsed = None
    peak = float("nan")
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == MARKER and elapsed is None:
                elapsed = time.perf_counter() - t0
                peak = _peak_rss_mb(proc.pid)  # while it is still alive, quitting
                if ready is None:
                    break
            elif line.strip() == READY_MARKER and ready is not None and elapsed is not None:
                ready.append((time.perf_counter() - t0, _peak_rss_mb(proc.pid)))
                break
        proc.stdout.read()
        err = proc.stderr.read() if proc.stderr is not None else ""
        proc.wait()
    finally:
        killer.cancel()
    if ready is not None and elapsed is not None and proc.returncode == 0 and (
            len(ready) == ready_before):
        raise RuntimeError(f"{cmd[1]} exited without printing {READY_MARKER}")
    if elapsed is None or proc.returncode != 0:
        tail = "\n".join(err.strip().splitlines()[-8:])
        raise RuntimeError(f"{cmd[1]} exited {proc.returncode} "
                           f"{'without' if elapsed is None else 'after'} printing {MARKER}: "
                           f"{tail}")
    return elapsed, peak


def _peak_rss_mb(pid: int) -> float:
    """The process's resident high-water mark (VmHWM) so far, in MB.

    Not ``wait4``'s ``ru_maxrss``: on Linux that keeps the forking parent's size across exec,
    so every child of a big benchmark process would report the parent's memory.
    """
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def run(ctx: BenchContext) -> Measurement:
    customers = ctx.size(100_000, 2_000)
    deals = ctx.size(300_000, 6_000)
    # The app may write (settings, backups beside the file): give it a private copy.
    db = demo_db_copy(ctx, customers, deals, name="startup.sqlite3")
    data_dir = ctx.work_dir / "startup-data"
    data_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAILPLAN_BENCH_EXIT_ON_SHOWN="1",
               SAILPLAN_DATA_DIR=str(data_dir), XDG_CONFIG_HOME=str(data_dir / "config"),
               PYTHONDONTWRITEBYTECODE="0")
    script = ctx.work_dir / "bare_window.py"
    script.write_text(BASELINE, encoding="utf-8")
    app_cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
    base_cmd = [sys.executable, str(script)]
    ready_env = dict(env, SAILPLAN_BENCH_WAIT_READY="1")
    _launch(app_cmd, env)  # warm-up: byte-code caches and the file in the page cache
    _launch(base_cmd, env)
    app_t, base_t, app_rss, base_rss = [], [], [], []
    ready: list[tuple[float, float]] = []
    for _ in range(max(1, ctx.repeat)):
        t, rss = _launch(app_cmd, env)
        app_t.append(t)
        app_rss.append(rss)
        t, rss = _launch(base_cmd, env)
        base_t.append(t)
        base_rss.append(rss)
        _launch(app_cmd, ready_env, ready)  # separately: the timed runs quit at the marker
    return Measurement(
        name=NAME, median_s=statistics.median(app_t), baseline_s=statistics.median(base_t),
        goal=GOAL,
        extra={"peak_rss": f"{max(app_rss):.0f} MB", "baseline_peak_rss": f"{max(base_rss):.0f} MB",
               "ready": f"{statistics.median(r[0] for r in ready) * 1000:.0f}ms",
               "ready_peak_rss": f"{max(r[1] for r in ready):.0f} MB",
               "customers": str(customers), "deals": str(deals)},
    )
