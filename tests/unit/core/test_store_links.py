"""One lock per real file: a database reached through a symbolic or hard link is the same
database — the same lock, the same backups folder, the same file replaced by a restore."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.core.backup import create_backup, list_backups, restore_backup, rotate_backups
from services.core.errors import StoreLockedError
from services.setup import open_store
from tests.unit.store_helpers import populate, sqlite_scalar

WORKER = Path(__file__).resolve().parents[1] / "store_worker.py"


@pytest.fixture
def real(tmp_path: Path) -> Path:
    folder = tmp_path / "real"
    folder.mkdir()
    path = folder / "firm.sqlite3"
    with open_store(path) as store:
        populate(store, customers=3)
    return path


def _symlink(real: Path, tmp_path: Path) -> Path:
    other = tmp_path / "elsewhere"
    other.mkdir(exist_ok=True)
    link = other / "shortcut.sqlite3"
    link.symlink_to(real)
    return link


def test_a_symlink_opens_the_real_file_and_takes_its_lock(real: Path, tmp_path: Path):
    link = _symlink(real, tmp_path)
    with open_store(real):
        with pytest.raises(StoreLockedError) as info:
            open_store(link)
        assert str(real) in str(info.value)  # names the file, not the link
    with open_store(link) as store:
        assert store.path == str(real)
        assert store.backup_dir == real.parent / "backups"
        with pytest.raises(StoreLockedError):
            open_store(real)
    assert not (link.parent / "shortcut.sqlite3.lock").exists()


def test_a_symlinked_folder_is_the_same_file_too(real: Path, tmp_path: Path):
    folder_link = tmp_path / "folder-link"
    folder_link.symlink_to(real.parent, target_is_directory=True)
    with open_store(real), pytest.raises(StoreLockedError):
        open_store(folder_link / real.name)


def test_a_hard_link_takes_the_same_lock(real: Path, tmp_path: Path):
    twin = tmp_path / "twin.sqlite3"
    os.link(real, twin)
    with open_store(real), pytest.raises(StoreLockedError):
        open_store(twin)
    with open_store(twin), pytest.raises(StoreLockedError):
        open_store(real)
    with open_store(real):
        pass  # both released


def test_a_hard_link_made_after_a_new_database_was_created_is_locked(tmp_path: Path):
    new = tmp_path / "new.sqlite3"
    with open_store(new):  # created by this open
        twin = tmp_path / "twin.sqlite3"
        os.link(new, twin)
        with pytest.raises(StoreLockedError):
            open_store(twin)


def test_the_lock_through_a_link_holds_against_another_process(real: Path, tmp_path: Path):
    link = _symlink(real, tmp_path)
    holder = subprocess.Popen([sys.executable, str(WORKER), "hold", str(link)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().startswith("ready")
        with pytest.raises(StoreLockedError):
            open_store(real)
        twin = tmp_path / "twin.sqlite3"
        os.link(real, twin)
        with pytest.raises(StoreLockedError):
            open_store(twin)
    finally:
        holder.communicate("")


def test_backups_through_a_link_go_beside_the_real_file(real: Path, tmp_path: Path):
    link = _symlink(real, tmp_path)
    with open_store(link) as store:
        assert store.path is not None and store.backup_dir is not None
        made = rotate_backups(store.path, store.backup_dir)
    assert made is not None and made.parent == real.parent / "backups"
    assert not (link.parent / "backups").exists()
    assert [b.path for b in list_backups(real.parent / "backups", real)] == [made]


def test_restore_through_a_link_replaces_the_real_file_and_keeps_the_link(real: Path,
                                                                          tmp_path: Path):
    link = _symlink(real, tmp_path)
    backup = create_backup(real, real.parent / "backups", "manual")
    with open_store(real) as store:
        populate(store, customers=2)
    assert sqlite_scalar(real, "SELECT count(*) FROM customers") == 5
    restore_backup(backup, link, real.parent / "backups")
    assert link.is_symlink() and link.resolve() == real
    assert sqlite_scalar(real, "SELECT count(*) FROM customers") == 3
