"""The store under real processes: the one-window lock, SIGKILL mid-commit, concurrent writers,
backups taken while another process writes."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from services.core.backup import create_backup
from services.core.errors import StoreLockedError
from services.setup import open_store

WORKER = Path(__file__).resolve().parent.with_name("store_worker.py")


def _spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
    )


def _expect(proc: subprocess.Popen[str], prefix: str) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith(prefix), f"worker said {line!r}, expected {prefix!r}"
    return line


def _settings(path: Path, prefix: str) -> list[int]:
    """Integrity-check the file (a database or a compressed backup), then return the numbers
    of settings named ``prefix-<n>``.
    """
    from services.core.backup_files import plain_copy

    with plain_copy(path) as plain:
        con = sqlite3.connect(plain)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            keys = con.execute("SELECT key FROM app_settings WHERE key LIKE ?",
                               (prefix + "-%",))
            return sorted(int(k.split("-", 1)[1]) for (k,) in keys)
        finally:
            con.close()


# --- the lock --------------------------------------------------------------------------------


def test_second_open_from_another_process_is_refused_with_clear_message(db_path: Path):
    open_store(db_path).close()
    holder = _spawn("hold", str(db_path))
    try:
        pid = _expect(holder, "ready").split()[1]
        with pytest.raises(StoreLockedError) as info:
            open_store(db_path)
        message = str(info.value)
        assert str(db_path) in message
        assert "already open in another Sailplan window" in message
        assert f"pid {pid}" in message  # says who holds it
    finally:
        holder.communicate("")  # EOF: the holder closes the store and exits
    with open_store(db_path):
        pass  # a clean close released it


def test_second_open_in_the_same_process_is_refused(db_path: Path):
    with open_store(db_path), pytest.raises(StoreLockedError):
        open_store(db_path)
    with open_store(db_path):
        pass


def test_killed_holder_leaves_no_stale_lock(db_path: Path):
    open_store(db_path).close()
    holder = _spawn("hold", str(db_path))
    _expect(holder, "ready")
    holder.kill()  # SIGKILL: no cleanup code runs
    holder.wait()
    assert Path(f"{db_path}.lock").exists()  # the file stays, but it is not a lock any more
    with open_store(db_path) as store:
        assert store.lock is not None


# --- crash durability ------------------------------------------------------------------------


@pytest.mark.slow
def test_sigkill_at_random_moments_never_corrupts_or_loses_acknowledged_commits(db_path: Path):
    open_store(db_path).close()
    rng = random.Random(20261122)
    zygote = _spawn("crash", str(db_path))
    assert zygote.stdout is not None and zygote.stdin is not None
    _expect(zygote, "ready")
    kills, mid_write = 0, 0
    started = time.monotonic()
    try:
        while kills < 60 and (kills < 50 or time.monotonic() - started < 30):
            start = kills * 1_000_000 + 1
            zygote.stdin.write(f"go {start}\n")
            zygote.stdin.flush()
            pid = int(_expect(zygote, "child").split()[1])
            acked = []
            if rng.random() < 0.8:  # mostly while commits stream; else maybe while connecting
                acked.append(int(_expect(zygote, "ack").split()[1]))
            time.sleep(rng.uniform(0.0, 0.05))
            os.kill(pid, signal.SIGKILL)
            kills += 1
            for line in zygote.stdout:
                if line.startswith("dead"):
                    assert int(line.split()[1]) == pid
                    break
                acked.append(int(line.split()[1]))
            present = [n for n in _settings(db_path, "ack") if n >= start]
            # every acknowledged commit survived, nothing half-written appeared, no gaps
            assert set(acked) <= set(present)
            assert present == list(range(start, start + len(present)))
            assert len(present) <= len(acked) + 1  # at most the one not yet acknowledged
            mid_write += bool(acked)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    assert kills >= 50
    assert mid_write >= kills // 2, "most kills must land while commits are streaming"
    with open_store(db_path) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


# --- concurrency -----------------------------------------------------------------------------


@pytest.mark.slow
def test_four_processes_read_then_write_without_lock_errors_or_lost_updates(db_path: Path):
    from models.settings import AppSetting

    with open_store(db_path) as store, store.write() as uow:
        uow.session.add(AppSetting(key="counter", value="0"))
        uow.commit()
    workers = [_spawn("counter", str(db_path), "500", f"w{i}") for i in range(4)]
    try:
        for w in workers:
            _expect(w, "ready")
        for w in workers:  # start together so they really contend
            assert w.stdin is not None
            w.stdin.write("go\n")
            w.stdin.flush()
        outputs = [w.communicate(timeout=120)[0] for w in workers]
    finally:
        for w in workers:
            if w.poll() is None:
                w.kill()
    assert [w.returncode for w in workers] == [0, 0, 0, 0], outputs
    assert all("locked 0\n" in out and "done" in out for out in outputs), outputs
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("SELECT value FROM app_settings WHERE key='counter'").fetchone() == (
            "2000",)
        ops = con.execute("SELECT count(*), count(DISTINCT value) FROM app_settings "
                          "WHERE key LIKE 'op-%'").fetchone()
        assert ops == (2000, 2000)  # each increment saw a different counter value
    finally:
        con.close()


# --- backups while writing -------------------------------------------------------------------


def test_backups_taken_during_writes_are_whole_and_hold_a_consistent_prefix(
    db_path: Path, tmp_path: Path
):
    open_store(db_path).close()
    writer = _spawn("sequence", str(db_path))
    assert writer.stdout is not None
    seen: list[int] = []
    try:
        for _ in range(50):  # let it get going
            _expect(writer, "ack")
        for i in range(8):
            backup = create_backup(db_path, tmp_path / "backups", "manual")
            rows = _settings(backup, "seq")  # integrity_check ok, too
            assert rows == list(range(1, len(rows) + 1)), f"backup {i} has a gap"
            assert len(rows) >= 50
            assert Path(f"{backup}-wal").exists() is False  # one self-contained file
            seen.append(len(rows))
            for _ in range(20):
                _expect(writer, "ack")
    finally:
        writer.kill()
        writer.wait()
    assert seen == sorted(seen) and seen[-1] > seen[0]  # taken while rows kept arriving
