"""Backups that do not crowd the disk: compressed, within a budget, skipped when space is short.

Real SQLite files throughout; the free-space margin is given as a number where a test needs the
disk to look full (the CLI test in tests/unit/cli/test_disk_full.py uses a real small disk).
"""

from __future__ import annotations

import gzip
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from services.core.backup import (
    LowDiskSpaceError,
    backup_sqlite_file,
    backup_usage,
    create_backup,
    list_backups,
    restore_backup,
    rotate_backups,
    verify_backup,
)
from services.core.backup_space import GIB, MIB, default_budget, safety_margin
from services.core.errors import BackupError
from services.setup import open_store
from tests.unit.store_helpers import sqlite_scalar


def _firm(path: Path, rows: int = 3_000, seed: int = 1) -> Path:
    """A one-table database of ``rows`` notes, part random (so it compresses like real data)."""
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.executemany("INSERT INTO notes VALUES (?)", [
        (f"客户{i:05d} 跟进记录 " + "".join(rng.choice("甲乙丙丁戊己庚辛0123456789")
                                         for _ in range(40)),) for i in range(rows)])
    con.commit()
    con.close()
    return path


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


# --- compression -------------------------------------------------------------------------------


def test_backups_are_compressed_and_any_gzip_tool_opens_them(store, tmp_path: Path):
    from tests.unit.store_helpers import populate

    populate(store, customers=40)
    backup = create_backup(store.path, tmp_path / "backups", "manual")
    assert backup.name.endswith(".sqlite3.gz")
    db_size = os.path.getsize(store.path) + os.path.getsize(f"{store.path}-wal")
    assert backup.stat().st_size < db_size / 2
    unpacked = tmp_path / "unpacked.sqlite3"
    with gzip.open(backup, "rb") as gz, open(unpacked, "wb") as out:
        shutil.copyfileobj(gz, out)  # what gunzip or 7-Zip does
    assert sqlite_scalar(unpacked, "PRAGMA integrity_check") == "ok"
    assert sqlite_scalar(unpacked, "SELECT count(*) FROM customers") == 40
    [info] = list_backups(tmp_path / "backups")
    assert info.compressed and info.kind == "manual" and info.size_bytes == backup.stat().st_size
    assert not [p for p in backup.parent.iterdir() if p != backup]  # no temporary file left


@pytest.mark.parametrize("compressed", [True, False], ids=["new-gz", "old-plain"])
def test_restore_and_verify_read_old_plain_and_new_compressed_backups(
        store, tmp_path: Path, compressed: bool):
    from tests.unit.store_helpers import populate

    populate(store, customers=5)
    folder = tmp_path / "backups"
    backup = create_backup(store.path, folder, "manual", compress=compressed)
    assert backup.name.endswith(".sqlite3.gz" if compressed else ".sqlite3")
    populate(store, customers=3)
    db = Path(store.path)
    store.close()
    assert verify_backup(backup)  # the schema revision
    saved = restore_backup(backup, db, folder)
    assert saved.name.endswith(".sqlite3.gz")  # the state it replaced, compressed
    assert sqlite_scalar(db, "SELECT count(*) FROM customers") == 5
    assert sqlite_scalar(saved, "SELECT count(*) FROM customers") == 8
    assert sorted(b.kind for b in list_backups(folder)) == ["before-restore", "manual"]
    assert not list(db.parent.glob(".*"))  # no .restoring or unpacked copy left
    with open_store(db) as reopened:
        assert reopened.applied_revisions == []


def test_a_damaged_compressed_backup_is_refused_naming_it(store, tmp_path: Path):
    backup = create_backup(store.path, tmp_path / "backups", "manual")
    data = bytearray(backup.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)
    backup.write_bytes(bytes(data))
    with pytest.raises(BackupError, match=f"{backup.name} is not a usable backup"):
        verify_backup(backup)


# --- the budget --------------------------------------------------------------------------------


@pytest.mark.parametrize(("free", "used", "budget"), [
    (100 * GIB, 0, 2 * GIB),  # a roomy disk: 2 GiB
    (5 * GIB, 0, GIB // 2),  # a tenth of what is free
    (5 * GIB, 5 * GIB, GIB),  # what the backups already take counts as theirs
    (0, 0, 0),
])
def test_the_default_budget_is_the_smaller_of_2_gib_and_a_tenth(free, used, budget):
    assert default_budget(free, used) == budget


@pytest.mark.parametrize(("total", "margin"), [
    (256 * GIB, 2 * GIB), (20 * GIB, GIB), (64 * MIB, 256 * MIB)])
def test_the_safety_margin_is_5_percent_of_the_disk_within_256_mib_and_2_gib(total, margin):
    assert safety_margin(total) == margin


def test_rotation_keeps_automatic_backups_within_their_budget_oldest_going_first(
        tmp_path: Path):
    db = _firm(tmp_path / "firm.sqlite3")
    folder = tmp_path / "backups"
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    manual = create_backup(db, folder, "manual", now=start)
    one = manual.stat().st_size
    budget = int(one * 3.5)
    for day in range(10):
        rotate_backups(db, folder, now=start + timedelta(days=day), budget_bytes=budget)
        autos = [b for b in list_backups(folder) if b.kind == "daily"]
        assert sum(b.size_bytes for b in autos) <= budget
    assert [b.created for b in autos] == [start + timedelta(days=d) for d in (9, 8, 7)]
    assert manual.exists()  # never pruned, never counted
    usage = backup_usage(folder, db, budget)
    assert (usage.auto_count, usage.other_count) == (3, 1)
    assert usage.budget_bytes == budget and not usage.budget_is_default
    assert usage.auto_bytes == sum(b.size_bytes for b in autos)

    # A budget smaller than one backup: the newest still stays.
    rotate_backups(db, folder, now=start + timedelta(days=10), budget_bytes=1)
    autos = [b for b in list_backups(folder) if b.kind == "daily"]
    assert [b.created for b in autos] == [start + timedelta(days=10)]
    assert sqlite_scalar(autos[0].path, "SELECT count(*) FROM notes") == 3_000


def test_an_automatic_backup_that_would_crowd_the_disk_is_skipped_and_says_why(tmp_path: Path):
    db = _firm(tmp_path / "firm.sqlite3")
    folder = tmp_path / "backups"
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    for day in range(4):
        rotate_backups(db, folder, now=start + timedelta(days=day))
    before = sorted(p.name for p in folder.iterdir())
    everything = shutil.disk_usage(folder).free  # "keep all of it free": nothing fits
    with pytest.raises(LowDiskSpaceError) as info:
        rotate_backups(db, folder, now=start + timedelta(days=5), keep_free=everything)
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing written, no temp file
    error = info.value
    assert error.needed >= os.path.getsize(db) and error.margin == everything
    assert error.free <= everything + 16 * MIB
    assert "too full for a backup" in str(error) and "Free some space" in str(error)
    # Old automatic backups are still pruned to the budget while the new one is skipped.
    one = min(b.size_bytes for b in list_backups(folder))
    with pytest.raises(LowDiskSpaceError):
        rotate_backups(db, folder, now=start + timedelta(days=5), keep_free=everything,
                       budget_bytes=one)
    assert [b.created for b in list_backups(folder)] == [start + timedelta(days=3)]


def test_a_backup_that_fits_is_written_with_the_disk_s_own_margin(tmp_path: Path):
    db = _firm(tmp_path / "firm.sqlite3")
    if shutil.disk_usage(tmp_path).free < 3 * GIB:
        pytest.skip("this disk is too full for the default margin")
    new = rotate_backups(db, tmp_path / "backups")  # the default: the disk's safety margin
    assert new is not None and new.exists()


# --- temporary files ---------------------------------------------------------------------------


def test_a_killed_backup_s_temporary_files_go_with_the_next_backup_into_that_folder(
        tmp_path: Path):
    db = _firm(tmp_path / "firm.sqlite3", rows=200)
    folder = tmp_path / "copies"
    folder.mkdir()
    dead = _dead_pid()
    stale = [folder / f".firm-manual-20260301-101500.sqlite3.gz.{dead}.copy.tmp",
             folder / f".firm-manual-20260301-101500.sqlite3.gz.{dead}.tmp",
             folder / f".server.sqlite3.{dead}.tmp",  # a PostgreSQL export to OUT
             folder / f".server.sqlite3.{dead}.tmp-wal"]
    live = [folder / f".firm-manual-20260301-101600.sqlite3.gz.{os.getppid()}.tmp",
            folder / f".notes.txt.{dead}.tmp"]  # not a backup's name
    for path in stale + live:
        path.write_bytes(b"x" * 1024)
    out = backup_sqlite_file(db, folder / "friday.sqlite3.gz")
    assert [p for p in stale if p.exists()] == []
    assert all(p.exists() for p in live)
    assert sqlite_scalar(out, "SELECT count(*) FROM notes") == 200
