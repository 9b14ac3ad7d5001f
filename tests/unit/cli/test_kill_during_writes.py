"""kill -9 at random moments during import, export, backup and restore (the real commands).

After every kill: the database checks OK and holds all or none of each import; a file is either
absent or whole (exports, backups, the restored database); and once the next run has started
(``open_store`` for the database's folders, Sailplan's start for its private temporary folder,
the next export for the export's folder) no temporary file of ours is left.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert

from models.customers import Customer
from services.core.backup import create_backup, list_backups, verify_backup
from services.core.tempfiles import sweep_private_temps, sweep_stale_siblings, temp_root
from services.setup import open_store
from tests.unit.importing_fixtures import write_csv
from tests.unit.store_helpers import sqlite_scalar

WORKER = Path(__file__).resolve().parents[1] / "kill_worker.py"
TRIALS = 20
MID_WRITE = 3

pytestmark = pytest.mark.slow


class Runner:
    """The fork-and-kill helper process (tests/unit/kill_worker.py)."""

    def __init__(self, log: Path):
        self.log = log.open("w", encoding="utf-8")
        self.proc = subprocess.Popen([sys.executable, str(WORKER)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.log, text=True,
                                     bufsize=1)
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def run(self, args: list[str], kill_after: float | None = None) -> tuple[bool, float]:
        """Run a command; returns (killed, seconds it ran)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps([kill_after, *args]) + "\n")
        _, state, status, seconds = self._line().split()
        if kill_after is None:
            assert state == "finished" and int(status) == 0, (args, status)
        return state == "killed", float(seconds)

    def close(self) -> None:
        self.proc.communicate("")
        self.log.close()


@pytest.fixture
def runner(tmp_path: Path) -> Iterator[Runner]:
    r = Runner(tmp_path / "worker.log")
    yield r
    r.close()


@pytest.fixture
def rng() -> random.Random:
    seed = int.from_bytes(os.urandom(4), "big")
    print(f"random seed {seed}")  # shown with a failure
    return random.Random(seed)


def _kills(runner: Runner, rng: random.Random, args_for, writing, check) -> None:  # noqa: ANN001
    """Kill the command at random moments until it was killed TRIALS times, at least
    MID_WRITE of them while it was writing.

    The first run is timed (not killed); then each run is killed at a random moment within the
    typical (median) run time — every other one in its second half, where the writing
    happens. After each run, ``writing(attempt)`` says whether the kill left the signs of an
    unfinished write (a temporary file, uncommitted pages), then ``check(attempt)`` runs.
    """
    _, first = runner.run(args_for(0))
    check(0)
    durations = [first]
    killed = attempts = mid_write = 0
    while killed < TRIALS or mid_write < MID_WRITE:
        attempts += 1
        assert attempts <= 4 * TRIALS, f"{killed} kills, {mid_write} of them mid-write"
        typical = statistics.median(durations)
        start = 0.0 if attempts % 2 else typical / 2
        was_killed, seconds = runner.run(args_for(attempts),
                                         kill_after=rng.uniform(start, typical))
        if was_killed:
            killed += 1
            mid_write += bool(writing(attempts))
        else:
            durations.append(seconds)
        check(attempts)
    print(f"{killed} kills, {mid_write} mid-write, {attempts} runs")


def _no_private_temps() -> None:
    assert not temp_root().is_dir() or not list(temp_root().iterdir())


def _next_start_is_clean(runner: Runner, db: Path) -> None:
    """The next run (``check``, a new process) finds the database OK, and once it has started
    no temporary file is left beside the database, in its backups or in the private folders.
    """
    runner.run(["--db", str(db), "check"])  # exit 0: healthy (asserted by run)
    left = [p.name for p in db.parent.iterdir() if p.name.startswith(f".{db.name}.")
            or p.name.endswith(".partial")]
    backups = db.parent / "backups"
    if backups.is_dir():
        left += [p.name for p in backups.iterdir() if not p.name.endswith((".sqlite3", ".gz"))]
    assert not left
    _no_private_temps()


def _customers(db: Path, customers: int, notes: str = "备注" * 100) -> None:
    with open_store(db) as store, store.write() as uow:
        uow.session.execute(insert(Customer), [
            {"name": f"老客户{i:05d}", "name_norm": f"老客户{i:05d}", "notes": notes}
            for i in range(customers)])
        uow.commit()


def test_kill_during_import(runner: Runner, rng: random.Random, tmp_path: Path):
    db = tmp_path / "firm.sqlite3"
    open_store(db).close()
    rows = 3_000  # more than SQLite's page cache holds: rows reach the WAL before the commit

    def ledger(trial: int) -> Path:
        return write_csv(tmp_path / f"ledger{trial}.csv", [["客户名称", "手机", "备注"], *(
            [f"批{trial:02d}客户{j:04d}", f"139{trial:02d}{j:06d}", "备注" * 60]
            for j in range(rows))])

    def writing(_trial: int) -> bool:  # the import's pages are in the WAL, uncommitted
        wal = Path(f"{db}-wal")
        return wal.exists() and wal.stat().st_size > 64 * 1024

    def check(trial: int) -> None:
        _next_start_is_clean(runner, db)
        batch = sqlite_scalar(db, f"SELECT count(*) FROM customers WHERE name LIKE "
                                  f"'批{trial:02d}客户%'")
        assert batch in (0, rows), f"trial {trial}: {batch} of {rows} customers"

    _kills(runner, rng, lambda t: ["--db", str(db), "import", "customers", str(ledger(t))],
           writing, check)


def test_kill_during_export(runner: Runner, rng: random.Random, tmp_path: Path):
    db = tmp_path / "firm.sqlite3"
    _customers(db, 3_000)
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    out = out_dir / "customers.xlsx"

    def writing(_trial: int) -> bool:  # the sheet is buffered, or the file half-written
        buffers = list(temp_root().rglob("openpyxl.*")) if temp_root().is_dir() else []
        return bool(buffers or [p for p in out_dir.iterdir() if p.name.endswith(".tmp")])

    def check(_trial: int) -> None:
        sweep_stale_siblings(out)  # what the next export to the same place does first
        assert [p.name for p in out_dir.iterdir()] in ([], ["customers.xlsx"])
        if out.exists():
            wb = openpyxl.load_workbook(out, read_only=True)
            rows = sum(1 for _ in wb.active.iter_rows(values_only=True))
            assert rows == 3_001  # header + every customer: a whole file
            wb.close()
        sweep_private_temps(temp_root())  # what the next start of Sailplan does
        _no_private_temps()

    _kills(runner, rng, lambda _t: ["--db", str(db), "export", "customers", str(out)],
           writing, check)
    _next_start_is_clean(runner, db)


def test_kill_during_backup(runner: Runner, rng: random.Random, tmp_path: Path):
    db = tmp_path / "firm.sqlite3"
    _customers(db, 4_000)
    folder = db.parent / "backups"

    def writing(_trial: int) -> bool:
        return folder.is_dir() and any(p.name.endswith(".tmp") for p in folder.iterdir())

    def check(_trial: int) -> None:
        _next_start_is_clean(runner, db)
        for backup in list_backups(folder, db):
            verify_backup(backup.path)  # every backup under a real name is whole

    _kills(runner, rng, lambda _t: ["--db", str(db), "backup", f"{folder}{os.sep}"],
           writing, check)
    assert list_backups(folder, db)


def test_kill_during_restore(runner: Runner, rng: random.Random, tmp_path: Path):
    db = tmp_path / "firm.sqlite3"
    _customers(db, 6_000)  # big enough that copying and checking it is most of the run
    spare = tmp_path / "spare"
    small = create_backup(db, spare, "manual")  # 6,000 customers
    _customers(db, 1_000, notes="更多")
    big = create_backup(db, spare, "manual")  # 7,000
    backups = db.parent / "backups"

    def writing(_trial: int) -> bool:
        return Path(db.parent / f".{db.name}.restoring").exists() or (backups.is_dir() and any(
            p.name.endswith(".tmp") for p in backups.iterdir()))

    def check(_trial: int) -> None:
        _next_start_is_clean(runner, db)
        assert sqlite_scalar(db, "SELECT count(*) FROM customers") in (6_000, 7_000)
        for backup in list_backups(backups, db):
            verify_backup(backup.path)  # every before-restore copy is whole

    _kills(runner, rng, lambda t: ["--db", str(db), "restore", str(small if t % 2 else big),
                                   "--yes"], writing, check)


@pytest.mark.postgres
def test_kill_during_postgresql_backup(runner: Runner, rng: random.Random, tmp_path: Path,
                                       pg_url: str):
    """A PostgreSQL store's ``backup OUT`` killed at random: no half-written OUT, and its
    temporary file (``.OUT.<pid>.tmp`` with its SQLite journals, in the user's folder) is gone
    once the next backup into that folder has run.
    """
    with open_store(pg_url) as store, store.write() as uow:
        uow.session.execute(insert(Customer), [
            {"name": f"服务器客户{i:05d}", "name_norm": f"服务器客户{i:05d}", "notes": "备注" * 100}
            for i in range(3_000)])
        uow.commit()
    folder = tmp_path / "copies"
    folder.mkdir()

    def temps() -> list[str]:
        return [p.name for p in folder.iterdir() if p.name.startswith(".")]

    def writing(_trial: int) -> bool:
        return bool(temps())

    def check(trial: int) -> None:
        whole = [p for p in folder.iterdir() if not p.name.startswith(".")]
        for path in whole:  # a file under a real name is a whole backup
            assert sqlite_scalar(path, "SELECT count(*) FROM customers") == 3_000, path
        if temps():  # the next backup into the folder removes what the killed one left
            runner.run(["--db", pg_url, "backup", str(folder / f"next-{trial}.sqlite3.gz")])
            assert not temps(), temps()

    _kills(runner, rng, lambda t: ["--db", pg_url, "backup", str(folder / f"server-{t}.sqlite3")],
           writing, check)
    assert not temps()
