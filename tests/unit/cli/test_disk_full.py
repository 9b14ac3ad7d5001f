"""A full disk: import, demo, backup and restore stop with one clear line and exit 2, the
database still checks OK, and no temporary file is left behind.

The disk is a 4 MB tmpfs mounted for the test (root only; skipped where it cannot be made):
an empty, migrated database with its write-ahead log takes 2 MB of it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert

from models.customers import Customer
from services.setup import open_store
from tests.unit.importing_fixtures import write_csv
from tests.unit.store_helpers import file_digest, sqlite_scalar

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def sailplan(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=180, cwd=ROOT)


def _disk_full(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    line = done.stderr.strip()
    assert "\n" not in line and "full" in line and "Free some space" in line, line
    return line


def _only(folder: Path, *names: str) -> None:
    """Nothing but ``names`` (and the lock files) is in ``folder``."""
    left = sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))
    assert left == sorted(names), left


def _fill(folder: Path, leave: int) -> None:
    """Fill the disk until only about ``leave`` bytes are free."""
    free = shutil.disk_usage(folder).free
    (folder / "filler").write_bytes(b"\0" * max(0, free - leave))


def _big_database(path: Path, customers: int = 6_000) -> Path:
    with open_store(path) as store, store.write() as uow:
        uow.session.execute(insert(Customer), [
            {"name": f"大客户{i:05d}", "name_norm": f"大客户{i:05d}", "notes": "备注" * 120}
            for i in range(customers)])
        uow.commit()
    return path


def test_import_onto_a_full_disk(small_disk: Path, tmp_path: Path):
    db = small_disk / "firm.sqlite3"
    assert sailplan(db, "migrate").returncode == 0
    ledger = write_csv(tmp_path / "ledger.csv", [["客户名称", "手机", "备注"], *(
        [f"磁盘客户{i:05d}", f"139{i:08d}", "很长的备注" * 40] for i in range(8_000))])
    line = _disk_full(sailplan(db, "import", "customers", str(ledger)))
    assert "nothing was saved" in line
    assert sailplan(db, "check").returncode == 0
    assert sqlite_scalar(db, "SELECT count(*) FROM customers") == 0
    _only(small_disk, "firm.sqlite3")


def test_demo_onto_a_full_disk(small_disk: Path):
    db = small_disk / "demo.sqlite3"
    line = _disk_full(sailplan(db, "demo", "--size", "small"))
    assert "the demo firm was not written" in line
    _only(small_disk)


def test_backup_onto_a_nearly_full_disk_is_refused_before_writing(small_disk: Path,
                                                                  tmp_path: Path):
    db = _big_database(tmp_path / "big.sqlite3")
    line = _disk_full(sailplan(db, "backup", f"{small_disk / 'copies'}{os.sep}"))
    assert "too full for a backup" in line and "no backup was written" in line
    assert "keeps free for your system" in line and "another disk" in line
    _only(small_disk / "copies")
    assert sailplan(db, "check").returncode == 0


def test_a_backup_that_fills_the_disk_leaves_nothing_behind(small_disk: Path, tmp_path: Path):
    from services.core.backup import create_backup
    from services.core.errors import DiskFullError

    db = _big_database(tmp_path / "big.sqlite3")
    # keep_free=None (the copies a restore or an upgrade make): only a full disk stops it
    with pytest.raises(DiskFullError, match="no backup was written"):
        create_backup(db, small_disk / "backups", "before-upgrade")
    _only(small_disk / "backups")


def test_restore_onto_a_full_disk_leaves_the_database_as_it_was(small_disk: Path,
                                                                tmp_path: Path):
    backup = _big_database(tmp_path / "big.sqlite3")
    db = small_disk / "firm.sqlite3"
    assert sailplan(db, "migrate").returncode == 0
    digest = file_digest(db)
    line = _disk_full(sailplan(db, "restore", str(backup), "--yes"))
    assert "firm.sqlite3 was not changed" in line
    assert file_digest(db) == digest
    assert sailplan(db, "check").returncode == 0
    # No partial file, and no safety copy of an unchanged file (the backup is unpacked and
    # checked before the safety copy is made: here that already failed).
    backups = small_disk / "backups"
    _only(small_disk, "firm.sqlite3", *(["backups"] if backups.exists() else []))
    assert not backups.exists() or not list(backups.iterdir())


def test_restore_when_not_even_the_safety_copy_fits(small_disk: Path, tmp_path: Path):
    backup = _big_database(tmp_path / "big.sqlite3", customers=200)
    db = small_disk / "firm.sqlite3"
    assert sailplan(db, "migrate").returncode == 0
    _fill(small_disk, 64 * 1024)
    digest = file_digest(db)
    line = _disk_full(sailplan(db, "restore", str(backup), "--yes"))
    assert "was not changed" in line
    assert file_digest(db) == digest
    (small_disk / "filler").unlink()
    assert sailplan(db, "check").returncode == 0
    backups = small_disk / "backups"
    assert not backups.exists() or not list(backups.iterdir())
