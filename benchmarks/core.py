"""What a scenario returns and the timing helpers every scenario uses."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Measurement:
    """One scenario's result: Sailplan's median vs the raw baseline's median."""

    name: str
    median_s: float
    baseline_s: float
    goal: float  # the ratio to stay under
    extra: dict[str, str] = field(default_factory=dict)  # e.g. {"peak_rss": "310 MB"}
    goal_kind: str = "ratio"  # "ratio", or "ms" when the goal is an absolute median in ms

    @property
    def ratio(self) -> float:
        return self.median_s / self.baseline_s if self.baseline_s > 0 else float("inf")

    @property
    def met(self) -> bool:
        if self.goal_kind == "ms":
            return self.median_s * 1000 <= self.goal
        return self.ratio <= self.goal

    def line(self) -> str:
        """The one printed line (parsed by people and CI logs alike)."""
        extra = " ".join(f"{k}={v}" for k, v in self.extra.items())
        return (
            f"{self.name}: median={self.median_s * 1000:.1f}ms "
            f"baseline={self.baseline_s * 1000:.1f}ms ratio={self.ratio:.2f} "
            f"goal={self.goal:g}{'ms' if self.goal_kind == 'ms' else ''} "
            f"{'ok' if self.met else 'MISSED'}"
            + (f" {extra}" if extra else "")
        )


def median_time(fn: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None
                ) -> float:
    """Median wall time of ``fn`` over ``repeat`` runs (``setup`` runs untimed before each)."""
    times = []
    for _ in range(max(1, repeat)):
        if setup is not None:
            setup()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


@dataclass
class BenchContext:
    """Passed to every scenario's ``run(ctx)``.

    ``quick`` selects the small CI smoke size; ``cache_dir`` keeps generated inputs (demo
    databases, big workbooks) between runs; ``work_dir`` is scratch space for this run.
    """

    quick: bool
    cache_dir: Path
    work_dir: Path
    repeat: int = 5

    def size(self, full: int, quick: int) -> int:
        """Pick the full or the quick size."""
        return quick if self.quick else full


def run_driver(module: str, args: list[str], env: dict[str, str], *, marker: str,
               timeout_s: float = 1800.0) -> dict[str, Any]:
    """Run ``python -m module args`` (a scenario's driver, in a fresh process) and return the
    JSON report it printed after ``marker``; a failed run raises with the end of its stderr.
    """
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen([sys.executable, "-m", module, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=root, text=True)
    killer = threading.Timer(timeout_s, proc.kill)
    killer.start()
    try:
        out, err = proc.communicate()
    finally:
        killer.cancel()
    for line in out.splitlines():
        if line.startswith(marker) and proc.returncode == 0:
            return dict(json.loads(line[len(marker):]))
    tail = "\n".join(err.strip().splitlines()[-12:])
    raise RuntimeError(f"the {args[0]} run of {module} exited {proc.returncode}: {tail}")
