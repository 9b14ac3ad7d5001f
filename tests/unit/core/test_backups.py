"""Backups a user relies on: rotation over a year, restore and its refusals, portable copies."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

import models
from models.customers import Customer
from services.core.backup import (
    BackupInfo,
    backup_store,
    create_backup,
    list_backups,
    restore_backup,
    rotate_backups,
)
from services.core.backup_files import compress_into
from services.core.check import check_store
from services.core.errors import BackupError
from services.core.store import Store
from services.setup import open_store
from tests.unit.store_helpers import file_digest, populate, sqlite_scalar, table_counts

WORKER = Path(__file__).resolve().parent.with_name("store_worker.py")


def _customer_names(store: Store) -> set[str]:
    with store.read() as uow:
        return set(uow.session.scalars(select(Customer.name)))


def _add_customer(store: Store, name: str) -> None:
    with store.write() as uow:
        uow.session.add(Customer(name=name, name_norm=name))
        uow.commit()


# --- rotation --------------------------------------------------------------------------------


def _expected_after_daily_backups(days: list[date]) -> set[date]:
    """What should survive a daily backup on each of ``days``, worked out period by period.

    12 newest days; then, of the older days, each ISO week's last backup (the others went as
    they aged out of the daily window) for the 10 newest weeks before the oldest daily's week;
    then, among the remaining week-end backups, each month's last one for the 9 newest months
    before the oldest weekly's month.
    """
    daily = days[-12:]
    week = lambda d: d.isocalendar()[:2]  # noqa: E731
    week_ends: dict[tuple[int, int], date] = {}
    for d in days:
        if week(d) < week(daily[0]):
            week_ends[week(d)] = max(d, week_ends.get(week(d), d))
    weekly = sorted(week_ends.values())[-10:]
    month_ends: dict[tuple[int, int], date] = defaultdict(lambda: date.min)
    for d in week_ends.values():
        if (d.year, d.month) < (weekly[0].year, weekly[0].month):
            month_ends[(d.year, d.month)] = max(d, month_ends[(d.year, d.month)])
    monthly = sorted(month_ends.values())[-9:]
    return set(daily) | set(weekly) | set(monthly)


def test_rotation_over_a_year_keeps_12_daily_10_weekly_9_monthly(db_path: Path, tmp_path: Path):
    con = sqlite3.connect(db_path)  # pruning is about files: a one-table database keeps it quick
    con.execute("CREATE TABLE notes (body TEXT)")
    con.execute("INSERT INTO notes VALUES ('年度计划')")
    con.commit()
    con.close()
    folder = tmp_path / "backups"
    start = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
    manual = create_backup(db_path, folder, "manual", now=start)
    days: list[date] = []
    for i in range(365):
        now = start + timedelta(days=i, seconds=i * 7)  # a little later each morning
        new = rotate_backups(db_path, folder, now=now)
        assert new is not None and new.exists(), f"no backup on day {i}"
        days.append(now.date())
        # opening again the same day does not take another one
        assert rotate_backups(db_path, folder, now=now + timedelta(hours=6)) is None
    autos = [b for b in list_backups(folder) if b.kind == "daily"]
    kept = {b.created.date() for b in autos}
    assert len(autos) == len(kept) == 12 + 10 + 9
    assert kept == _expected_after_daily_backups(days)
    assert manual.exists()  # only automatic backups are pruned
    newest = autos[0]
    assert newest.created == start + timedelta(days=364, seconds=364 * 7)
    assert sqlite_scalar(newest.path, "SELECT body FROM notes") == "年度计划"


def test_rotation_takes_a_backup_after_24_hours_and_when_the_clock_jumped_back(
    store: Store, tmp_path: Path
):
    folder = tmp_path / "backups"
    t0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
    assert rotate_backups(store.path, folder, now=t0) is not None
    assert rotate_backups(store.path, folder, now=t0 + timedelta(hours=23, minutes=59)) is None
    assert rotate_backups(store.path, folder, now=t0 + timedelta(hours=24)) is not None
    # the clock was years ahead once: a backup "from the future" must not stop new ones
    assert rotate_backups(store.path, folder, now=t0 - timedelta(days=30)) is not None


def test_list_backups_reports_kind_time_size_newest_first(store: Store, tmp_path: Path):
    folder = tmp_path / "backups"
    t = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    create_backup(store.path, folder, "before-upgrade", now=t)
    create_backup(store.path, folder, "manual", now=t + timedelta(hours=1))
    create_backup(store.path, folder, "manual", now=t + timedelta(hours=1))  # same second
    (folder / "notes.txt").write_text("not a backup")
    (folder / "sailplan-daily-20260101-000000.sqlite3.partial").write_bytes(b"half")
    found = list_backups(folder)
    assert [b.kind for b in found] == ["manual", "manual", "before-upgrade"]
    assert found[0].path != found[1].path
    assert found[-1].created == t and found[-1].created.tzinfo is not None
    assert all(b.size_bytes == b.path.stat().st_size > 0 for b in found)
    assert isinstance(found[0], BackupInfo)
    assert list_backups(folder, db_path=tmp_path / "other.sqlite3") == []
    assert list_backups(tmp_path / "missing") == []


# --- restore ---------------------------------------------------------------------------------


def test_restore_round_trip_and_the_replaced_state_is_kept(store: Store, tmp_path: Path):
    folder = tmp_path / "backups"
    populate(store, customers=3)
    backup = create_backup(store.path, folder, "manual")
    _add_customer(store, "备份之后的新客户")
    after = _customer_names(store)
    db = Path(store.path)
    store.close()

    saved = restore_backup(backup, db, folder)

    assert saved.parent == folder and "before-restore" in saved.name
    assert [b.kind for b in list_backups(folder) if b.path == saved] == ["before-restore"]
    assert sqlite_scalar(saved, "SELECT count(*) FROM customers") == len(after)
    with open_store(db) as reopened:
        names = _customer_names(reopened)
        assert "备份之后的新客户" not in names and len(names) == 3
        assert check_store(reopened).ok


def test_restore_does_not_replay_a_stale_wal_into_the_restored_file(db_path: Path, tmp_path: Path):
    folder = tmp_path / "backups"
    with open_store(db_path) as store:
        populate(store, customers=2)
    backup = create_backup(db_path, folder, "manual")
    writer = subprocess.Popen([sys.executable, str(WORKER), "sequence", str(db_path)],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    for _ in range(30):
        writer.stdout.readline()
    writer.kill()  # crashed: its committed rows live only in the -wal
    writer.wait()
    assert Path(f"{db_path}-wal").stat().st_size > 0

    saved = restore_backup(backup, db_path, folder)

    assert not Path(f"{db_path}-wal").exists()
    assert sqlite_scalar(db_path, "SELECT count(*) FROM app_settings WHERE key LIKE 'seq-%'") == 0
    assert sqlite_scalar(saved, "SELECT count(*) FROM app_settings WHERE key LIKE 'seq-%'") >= 30
    with open_store(db_path) as reopened:
        assert check_store(reopened).ok and len(_customer_names(reopened)) == 2


def _corrupt_copy(backup: Path, dest: Path) -> Path:
    data = bytearray(backup.read_bytes())
    page = 4096
    for p in range(2, len(data) // page, 3):  # scribble over every third page after the schema
        data[p * page + 8: p * page + 400] = b"\xde\xad\xbe\xef" * 98
    dest.write_bytes(bytes(data))
    return dest


@pytest.mark.parametrize("compressed", [True, False], ids=["gz", "plain"])
@pytest.mark.parametrize("damage", ["scribbled", "truncated", "not-sqlite", "newer", "missing"])
def test_restore_refuses_a_bad_backup_and_leaves_the_database_untouched(
    store: Store, tmp_path: Path, damage: str, compressed: bool
):
    folder = tmp_path / "backups"
    populate(store, customers=30)
    good = create_backup(store.path, folder, "manual", compress=compressed)
    assert good.name.endswith(".sqlite3.gz" if compressed else ".sqlite3")
    bad = tmp_path / f"{damage}.sqlite3"
    if damage == "scribbled":
        _corrupt_copy(good, bad)
    elif damage == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif damage == "not-sqlite":
        bad.write_text("名称,电话\n客户甲,13800000000\n", encoding="utf-8")
    elif damage == "newer":
        plain = create_backup(store.path, tmp_path / "plain", "manual", compress=False)
        con = sqlite3.connect(plain)
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        con.commit()
        con.close()
        if compressed:
            compress_into(plain, bad, bad.name)
        else:
            bad.write_bytes(plain.read_bytes())
    db = Path(store.path)
    store.close()
    digest = file_digest(db)
    before = sorted(p.name for p in folder.iterdir())
    expected = {"scribbled": "damaged|integrity", "truncated": "damaged|integrity",
                "not-sqlite": "damaged or not a database", "newer": "newer version of Sailplan",
                "missing": "no backup file"}[damage]
    with pytest.raises(BackupError, match=expected):
        restore_backup(bad, db, folder)
    assert file_digest(db) == digest
    assert sorted(p.name for p in folder.iterdir()) == before  # no before-restore copy either
    assert not list(db.parent.glob(".*restoring"))


def test_restore_refuses_while_the_database_is_open(store: Store, tmp_path: Path):
    folder = tmp_path / "backups"
    backup = create_backup(store.path, folder, "manual")
    _add_customer(store, "打开期间的客户")
    with pytest.raises(BackupError, match="cannot restore while the database is open"):
        restore_backup(backup, store.path, folder)
    assert "打开期间的客户" in _customer_names(store)


# --- portable copies -------------------------------------------------------------------------


def _all_rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    rows = {}
    with store.read() as uow:
        for table in models.Base.metadata.sorted_tables:
            key = list(table.primary_key.columns)
            rows[table.name] = [tuple(r) for r in uow.session.execute(
                select(table).order_by(*key))]
    return rows


def test_backup_store_writes_a_sqlite_copy_with_every_row(any_store: Store, tmp_path: Path):
    populate(any_store, customers=7)
    out = backup_store(any_store, tmp_path / "exported" / "copy.sqlite3")
    assert out == tmp_path / "exported" / "copy.sqlite3"
    assert sqlite_scalar(out, "PRAGMA integrity_check") == "ok"
    assert sqlite_scalar(out, "PRAGMA journal_mode") == "delete"  # one self-contained file
    assert not list(out.parent.glob("*.partial*"))
    original = _all_rows(any_store)
    with open_store(out) as copy:
        assert copy.applied_revisions == []  # same schema revision, nothing to migrate
        assert check_store(copy).ok
        assert _all_rows(copy) == original
        assert table_counts(copy)["deal_lines"] == 7


def test_backup_store_without_a_path_writes_a_manual_backup(store: Store):
    out = backup_store(store)
    assert out.parent == store.backup_dir
    assert [b.kind for b in list_backups(out.parent)] == ["manual"]
