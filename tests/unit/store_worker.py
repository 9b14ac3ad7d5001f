"""Helper processes for the store tests: real processes writing a real file.

``python tests/unit/store_worker.py MODE DB [ARGS]``:

- ``hold DB`` — open the store (taking its lock), print ``ready PID``, keep it open until stdin
  closes.
- ``crash DB`` — import everything once, then for each ``go START`` line on stdin fork a writer
  child that commits settings ``ack-<n>`` (n = START, START+1, …) one transaction each and prints
  ``ack n`` only after ``commit()`` returned. Prints ``child PID`` and, once the child is dead
  (the test kills it with SIGKILL), ``dead PID``. Forking keeps 50+ kills fast.
- ``counter DB N NAME`` — wait for ``go`` on stdin, then N read-then-write units (increment the
  ``counter`` setting, add ``op-NAME-i``); print ``locked K`` (times "database is locked" was
  seen) and ``done``.
- ``sequence DB`` — commit ``seq-000001``, ``seq-000002``, … one per transaction until killed;
  prints ``ack n`` after each commit.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy.exc import OperationalError  # noqa: E402

from models.settings import AppSetting  # noqa: E402
from services.setup import open_store  # noqa: E402


def hold(db: str) -> None:
    store = open_store(db)
    print(f"ready {os.getpid()}", flush=True)
    sys.stdin.read()
    store.close()


def crash(db: str) -> None:
    from services.core.db import make_engine
    from services.core.uow import SessionFactories, UnitOfWork

    factories = SessionFactories(make_engine(db))
    with UnitOfWork(factories.write) as uow:  # warm-up: connect, compile the INSERT; rolled back
        uow.session.add(AppSetting(key="warm-up", value="0"))
        uow.session.flush()
    factories.engine.dispose()  # no SQLite connection may cross a fork
    print("ready", flush=True)
    for line in sys.stdin:
        start = int(line.split()[1])
        pid = os.fork()
        if pid == 0:  # the writer child: only os.write (no buffered stdout shared with parent)
            try:
                n = start
                while True:
                    with UnitOfWork(factories.write) as uow:
                        uow.session.add(AppSetting(key=f"ack-{n:07d}", value=str(n)))
                        uow.commit()
                    os.write(1, f"ack {n}\n".encode())
                    n += 1
            finally:
                os._exit(3)
        print(f"child {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"dead {pid} {status}", flush=True)


def counter(db: str, n: int, name: str) -> None:
    store = open_store(db, lock=False, migrate=False)
    print("ready", flush=True)
    sys.stdin.readline()
    locked = 0
    for i in range(n):
        try:
            with store.write() as uow:
                row = uow.session.get(AppSetting, "counter")
                assert row is not None
                row.value = str(int(row.value) + 1)
                uow.session.add(AppSetting(key=f"op-{name}-{i:04d}", value=row.value))
                uow.commit()
        except OperationalError as exc:
            if "locked" not in str(exc):
                raise
            locked += 1
    store.close()
    print(f"locked {locked}", flush=True)
    print("done", flush=True)


def sequence(db: str) -> None:
    store = open_store(db, lock=False, migrate=False)
    n = 1
    while True:
        with store.write() as uow:
            uow.session.add(AppSetting(key=f"seq-{n:06d}", value=str(n)))
            uow.commit()
        print(f"ack {n}", flush=True)
        n += 1


if __name__ == "__main__":
    mode, db, *rest = sys.argv[1:]
    if mode == "hold":
        hold(db)
    elif mode == "crash":
        crash(db)
    elif mode == "counter":
        counter(db, int(rest[0]), rest[1])
    elif mode == "sequence":
        sequence(db)
    else:
        raise SystemExit(f"unknown mode {mode}")
