"""Helper process for the kill -9 tests: run headless commands and SIGKILL them at a given moment.

``python tests/unit/kill_worker.py`` imports Sailplan once, prints ``ready``, then for every
line ``DELAY ARG…`` (JSON: ``[delay_seconds_or_null, "--db", "x", "import", …]``) on stdin forks
a child that runs ``main.main(args)`` — the real command line, exactly as a user runs it — and
SIGKILLs it ``DELAY`` seconds later unless it finished first (``null``: never). The killing is
done here, by the parent, so a pid can never be reused before it is killed. Prints
``done killed|finished STATUS SECONDS`` per line. Forking keeps dozens of runs fast: the child
starts with every module already imported.
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402, F401 - imported once here, not in every child
import sqlalchemy  # noqa: E402, F401

import main  # noqa: E402
import services.cli.demo_command  # noqa: E402, F401
import services.cli.import_export  # noqa: E402, F401
import services.cli.store_commands  # noqa: E402, F401
import services.core.backup  # noqa: E402, F401
import services.importing  # noqa: E402, F401
import services.importing.exporting  # noqa: E402, F401
import services.setup  # noqa: E402, F401


def _child(args: list[str]) -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # the command's own output must not mix with this protocol
    code = 99
    try:
        code = main.main(args)
    finally:
        atexit._run_exitfuncs()  # what a normal exit does (openpyxl and Sailplan clean up)
        os._exit(code)


def _run(delay: float | None, args: list[str]) -> str:
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        _child(args)
    deadline = None if delay is None else start + delay
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return f"done finished {status} {time.monotonic() - start:.4f}"
        if deadline is not None and time.monotonic() >= deadline:
            os.kill(pid, signal.SIGKILL)  # not reaped yet: the pid is still this child's
            _, status = os.waitpid(pid, 0)
            killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            state = "killed" if killed else "finished"
            return f"done {state} {status} {time.monotonic() - start:.4f}"
        time.sleep(0.001)


def serve() -> None:
    print("ready", flush=True)
    for line in sys.stdin:
        delay, *args = json.loads(line)
        print(_run(delay, args), flush=True)


if __name__ == "__main__":
    serve()
