"""Temporary files a killed Sailplan left: removed at the next start — only ours, only stale."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from services.core import tempfiles
from services.core.errors import StoreLockedError
from services.core.tempfiles import (
    sweep_private_temps,
    sweep_stale_siblings,
    temp_root,
    use_private_tempdir,
)
from services.setup import open_store


def _old(path: Path, content: bytes = b"x" * 4096) -> Path:
    path.write_bytes(content)
    past = tempfiles.PROCESS_STARTED - 60
    os.utime(path, (past, past))
    return path


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_opening_a_database_removes_what_a_killed_run_left_beside_it(db_path: Path):
    open_store(db_path).close()
    backups = db_path.parent / "backups"
    backups.mkdir()
    stale = [
        _old(backups / "sailplan-daily-20260301-101500.sqlite3.partial"),
        _old(backups / "sailplan-manual-20260301-101500-2.sqlite3.partial-journal"),
        _old(db_path.parent / ".sailplan.sqlite3.restoring"),
        _old(db_path.parent / ".sailplan.sqlite3.building-4242"),
        _old(db_path.parent / ".sailplan.sqlite3.building-4242-wal"),
    ]
    kept = [
        _old(backups / "other-daily-20260301-101500.sqlite3.partial"),  # another database's
        _old(backups / "sailplan-daily-20260301-101500.sqlite3"),  # a real backup
        _old(db_path.parent / "notes.partial"),  # not one of our names
        _old(db_path.parent / ".other.sqlite3.restoring"),
    ]
    fresh = backups / "sailplan-manual-20260302-090000.sqlite3.partial"
    fresh.write_bytes(b"being written by this very process")
    with open_store(db_path):
        pass
    assert [p for p in stale if p.exists()] == []
    assert all(p.exists() for p in kept)
    assert fresh.exists()  # newer than this process: not provably stale


def test_a_database_open_elsewhere_is_not_swept(db_path: Path):
    open_store(db_path).close()
    worker = Path(__file__).resolve().parents[1] / "store_worker.py"
    holder = subprocess.Popen([sys.executable, str(worker), "hold", str(db_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().startswith("ready")
        restoring = _old(db_path.parent / ".sailplan.sqlite3.restoring")  # the holder's
        with pytest.raises(StoreLockedError):
            open_store(db_path)
        assert restoring.exists()
    finally:
        holder.communicate("")


def test_an_export_removes_the_temporary_files_of_dead_exports_to_the_same_place(
        tmp_path: Path):
    target = tmp_path / "客户.xlsx"
    dead = _old(tmp_path / f".客户.xlsx.{_dead_pid()}.tmp")
    mine_earlier = _old(tmp_path / f".客户.xlsx.{os.getpid()}.tmp")  # pid reused: stale
    live = tmp_path / f".客户.xlsx.{os.getppid()}.tmp"  # a running process's export
    live.write_bytes(b"x")
    other = _old(tmp_path / f".other.xlsx.{_dead_pid()}.tmp")
    removed = sweep_stale_siblings(target)
    assert sorted(removed) == sorted([dead, mine_earlier])
    assert live.exists() and other.exists()


def test_private_temporary_folders_of_dead_processes_are_removed(tmp_path: Path):
    root = temp_root()
    script = ("import sys, tempfile, time; sys.path.insert(0, sys.argv[1]);"
              "from services.core.tempfiles import use_private_tempdir;"
              "d = use_private_tempdir(); open(tempfile.mktemp(prefix='openpyxl.'), 'w')"
              ".write('x' * 100000); print(d, flush=True); time.sleep(600)")
    root_dir = str(Path(__file__).resolve().parents[3])
    alive = subprocess.Popen([sys.executable, "-c", script, root_dir], stdout=subprocess.PIPE,
                             text=True)
    killed = subprocess.Popen([sys.executable, "-c", script, root_dir], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert alive.stdout is not None and killed.stdout is not None
        alive_dir, killed_dir = Path(alive.stdout.readline().strip()), Path(
            killed.stdout.readline().strip())
        killed.kill()
        killed.wait()
        assert killed_dir.parent == root and any(killed_dir.iterdir())
        removed = sweep_private_temps(root)
        # (other test processes killed earlier may have left folders too: they go as well)
        assert killed_dir in removed and alive_dir not in removed and not killed_dir.exists()
        assert alive_dir.is_dir()  # its process still runs
    finally:
        alive.kill()
        alive.wait()


def test_the_private_folder_takes_library_temporary_files_and_goes_at_exit(tmp_path: Path):
    script = ("import sys, tempfile; sys.path.insert(0, sys.argv[1]);"
              "from services.core.tempfiles import use_private_tempdir;"
              "d = use_private_tempdir(); f = tempfile.NamedTemporaryFile(delete=False);"
              "print(d, f.name, flush=True)")
    done = subprocess.run([sys.executable, "-c", script, str(Path(__file__).parents[3])],
                          capture_output=True, text=True, timeout=60)
    folder, name = done.stdout.split()
    assert Path(name).parent == Path(folder) and Path(folder).parent == temp_root()
    assert not Path(folder).exists()  # a normal exit removes it with what is inside


def test_use_private_tempdir_in_this_process_is_stable(monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)  # restored after the test
    monkeypatch.setattr(tempfiles, "_private", {})
    first = use_private_tempdir()
    assert use_private_tempdir() == first and tempfile.gettempdir() == str(first)
    assert time.time() >= tempfiles.PROCESS_STARTED


def test_a_folder_of_a_process_starting_now_is_not_swept_before_it_is_locked(tmp_path: Path):
    """Two Sailplans starting together: one has made its folder and owner file but not yet
    locked it when the other sweeps — the young folder stays; once old and unlocked, it goes.
    """
    root = tmp_path / "tmp"
    starter = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    starting = root / f"p{starter.pid}-0123abcd"
    starting.mkdir(parents=True)
    (starting / ".owner").write_text("")
    (starting / "openpyxl.buffer").write_bytes(b"x" * 1000)
    try:
        assert sweep_private_temps(root) == [] and starting.is_dir()
        assert sweep_private_temps(root, grace=0) == [starting] and not starting.exists()
    finally:
        starter.kill()
        starter.wait()


def test_a_young_folder_of_a_process_that_is_gone_is_swept_at_once(tmp_path: Path):
    root = tmp_path / "tmp"
    killed = root / f"p{_dead_pid()}-89abcdef"
    killed.mkdir(parents=True)
    (killed / ".owner").write_text("")
    assert sweep_private_temps(root) == [killed]
