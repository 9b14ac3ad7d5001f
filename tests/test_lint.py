"""ruff and mypy are part of the test suite: style or typing regressions fail CI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / command[0]), *command[1:]], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)


def test_ruff_reports_nothing():
    done = _run("ruff", "check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_reports_nothing():
    done = _run("mypy", "models", "services", "gui", "main.py", "benchmarks")
    assert done.returncode == 0, done.stdout + done.stderr
