"""Temporary files Sailplan leaves behind when it is killed, and their removal at the next start.

Everything Sailplan writes goes to a temporary name first and is renamed into place when
complete. A process killed half-way (power cut, ``kill -9``, a crash) leaves that temporary file
behind; these functions remove such leftovers the next time, and only ours: our own name
patterns, in our own folders, and only files no running Sailplan can still be writing.

* :func:`sweep_store_temps` — with a database's lock held (``open_store`` calls it): its
  ``backups`` folder's ``<stem>-<kind>-<stamp>.sqlite3.partial`` files (and their SQLite
  journals), and beside the file a
  restore's ``.<name>.restoring`` and a demo build's ``.<name>.building-<pid>`` (with its
  ``-wal``/``-shm``/``-journal``/``.lock``). The lock means no other Sailplan is writing them;
  a file this process started after it began is still spared.
* :func:`sweep_stale_siblings` — before an export or a backup writes ``<folder>/<name>``: the
  ``.<name>.<pid>[.<role>].tmp`` files (:func:`sibling_temp`, with their SQLite journals) of
  Sailplan processes that are gone. :func:`sweep_backup_temps` does the same for every backup
  name in a folder (a killed ``backup FOLDER/`` or automatic backup had a name of its own);
  :func:`sweep_store_temps` runs it over the database's ``backups`` folder.
* :func:`use_private_tempdir` — points Python's ``tempfile`` (and so openpyxl's worksheet
  buffers, tens of MB each) at a folder of this process under the data folder, and removes the
  folders of processes that are gone. Each folder holds a lock file for as long as its process
  lives, so a running Sailplan's folder is never touched.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import IO

PROCESS_STARTED = time.time()
"""When this process loaded Sailplan's core: older temporary files are not being written by it."""

_KINDS = "daily|manual|before-upgrade|before-restore"
_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")
_OWNER = ".owner"

_private: dict[str, object] = {}

#: A private temporary folder this young is left alone: its process may be between creating
#: the folder (or its owner file) and locking it.
_STARTING_S = 120.0


def _younger_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime < seconds
    except OSError:
        return False


def _older_than_process(path: Path) -> bool:
    try:
        return path.stat().st_mtime < PROCESS_STARTED
    except OSError:
        return False


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False  # in use (Windows) or not ours to delete: leave it
    return True


def sweep_store_temps(db_path: str | os.PathLike[str],
                      backup_dir: str | os.PathLike[str] | None) -> list[Path]:
    """Remove what a killed Sailplan left while working on this database; returns the paths.

    Call it with the database's lock held (see the module docstring).
    """
    db = Path(db_path)
    removed: list[Path] = []
    if backup_dir is not None and Path(backup_dir).is_dir():
        partial = re.compile(rf"^{re.escape(db.stem)}-(?:{_KINDS})-\d{{8}}-\d{{6}}(?:-\d+)?"
                             r"\.sqlite3\.partial(?:-journal|-wal|-shm)?$")
        for entry in Path(backup_dir).iterdir():
            if partial.match(entry.name) and _older_than_process(entry) and _remove(entry):
                removed.append(entry)
        removed += sweep_backup_temps(backup_dir, stem=db.stem)
    if db.parent.is_dir():
        restoring = f".{db.name}.restoring"
        building = re.compile(rf"^\.{re.escape(db.name)}\.building-\d+"
                              r"(?:-wal|-shm|-journal|\.lock)?$")
        for entry in db.parent.iterdir():
            if entry.name == restoring or building.match(entry.name):
                if _older_than_process(entry) and _remove(entry):
                    removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no cheap, harmless liveness probe: keep the file (it is not ours to judge)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def sibling_temp(target: str | os.PathLike[str], role: str = "") -> Path:
    """The temporary name under which this process writes ``target``: ``.<name>.<pid>.tmp``
    beside it (``.<name>.<pid>.<role>.tmp`` for a second file of the same write, e.g. the
    uncompressed copy of a backup). :func:`sweep_stale_siblings` removes it once this process
    is gone.
    """
    dest = Path(target)
    middle = f".{role}" if role else ""
    return dest.with_name(f".{dest.name}.{os.getpid()}{middle}.tmp")


_SIBLING_TAIL = r"\.(\d+)(?:\.[a-z]+)?\.tmp(?:-journal|-wal|-shm)?$"


def _sweep_dead(folder: Path, name_pattern: str) -> list[Path]:
    """Remove ``.<name>.<pid>[.<role>].tmp[-journal|-wal|-shm]`` in ``folder`` whose ``name``
    matches ``name_pattern`` and whose process is gone (or is an earlier process that had this
    one's pid).
    """
    if not folder.is_dir():
        return []
    pattern = re.compile(rf"^\.(?:{name_pattern}){_SIBLING_TAIL}")
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match is None:
            continue
        pid = int(match[1])
        stale = not _alive(pid) or (pid == os.getpid() and _older_than_process(entry))
        if stale and _remove(entry):
            removed.append(entry)
    return removed


def sweep_stale_siblings(target: str | os.PathLike[str]) -> list[Path]:
    """Remove ``.<name>.<pid>[.<role>].tmp`` beside ``target`` (and their SQLite journals)
    left by Sailplan processes that are gone (or by an earlier process that had this one's
    pid); returns the paths.
    """
    dest = Path(target)
    return _sweep_dead(dest.parent, re.escape(dest.name))


def sweep_backup_temps(folder: str | os.PathLike[str], stem: str | None = None) -> list[Path]:
    """Remove the temporary files of killed backups written into ``folder`` (any backup name
    ``<name>.sqlite3`` or ``<name>.sqlite3.gz``; only those of database ``stem`` if given);
    returns the paths. Safe without a lock: a running Sailplan's files are spared by their pid.
    """
    name = (rf"{re.escape(stem)}-(?:{_KINDS})-\d{{8}}-\d{{6}}(?:-\d+)?" if stem is not None
            else r".+")
    return _sweep_dead(Path(folder), rf"{name}\.sqlite3(?:\.gz)?")


def temp_root() -> Path:
    """The folder holding each running Sailplan's private temporary folder."""
    from services.core.paths import data_dir  # lazy: only when a private folder is wanted

    return data_dir() / "tmp"


def use_private_tempdir() -> Path:
    """Send this process's temporary files to its own folder; sweep dead processes' folders.

    Sets ``tempfile.tempdir`` (used by openpyxl and every other library) and returns the
    folder. Calling it again returns the same folder.
    """
    own = _private.get("dir")
    if isinstance(own, Path) and own.is_dir():
        tempfile.tempdir = os.fspath(own)
        return own
    root = temp_root()
    root.mkdir(parents=True, exist_ok=True)
    sweep_private_temps(root)
    own = root / f"p{os.getpid()}-{uuid.uuid4().hex[:8]}"
    own.mkdir()
    fh = open(own / _OWNER, "a+", encoding="utf-8")  # noqa: SIM115 - held for the process life
    _lock(fh)
    _private.update(dir=own, fh=fh, pid=os.getpid())
    tempfile.tempdir = os.fspath(own)
    return own


def _remove_own_at_exit() -> None:
    """A normal exit removes the process's folder (libraries remove their files before)."""
    own, fh = _private.get("dir"), _private.get("fh")
    if not isinstance(own, Path) or _private.get("pid") != os.getpid():
        return
    if fh is not None:
        fh.close()  # type: ignore[attr-defined]  # Windows cannot delete an open file
    shutil.rmtree(own, ignore_errors=True)
    _private.clear()


atexit.register(_remove_own_at_exit)


def sweep_private_temps(root: Path | None = None, *, grace: float = _STARTING_S
                        ) -> list[Path]:
    """Remove the private temporary folders of Sailplan processes that are gone.

    A folder whose process may still be alive and that (or whose owner file) changed less than
    ``grace`` seconds ago is kept: a Sailplan starting at the same moment may not have locked it
    yet.
    """
    root = root or temp_root()
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    mine = _private.get("dir")
    for entry in root.iterdir():
        if not entry.is_dir() or not entry.name.startswith("p") or entry == mine:
            continue
        owner = entry / _OWNER
        pid = re.match(r"p(\d+)-", entry.name)
        if (pid is None or _alive(int(pid[1]))) and (
                _younger_than(entry, grace) or _younger_than(owner, grace)):
            continue  # a process starting now may not have locked its folder yet
        if owner.exists():
            try:
                fh = open(owner, "a+", encoding="utf-8")  # noqa: SIM115 - probe only
            except OSError:
                continue
            try:
                try:
                    _lock(fh)
                except OSError:
                    continue  # its process is alive
                shutil.rmtree(entry, ignore_errors=True)
            finally:
                fh.close()
        elif _older_than_process(entry):
            shutil.rmtree(entry, ignore_errors=True)  # killed before it locked its folder
        if not entry.exists():
            removed.append(entry)
    return removed


def _after_fork_in_child() -> None:
    """A forked child is a new process: it starts now, with its own private folder (the
    parent's stays the parent's).
    """
    global PROCESS_STARTED
    PROCESS_STARTED = time.time()
    had = _private.pop("dir", None)
    _private.pop("fh", None)  # the parent still holds that lock; only drop our reference
    if isinstance(had, Path) and tempfile.tempdir == os.fspath(had):
        tempfile.tempdir = None
        try:
            use_private_tempdir()
        except OSError:
            pass  # the system temporary folder then: no worse than before


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def fsync_dir(folder: str | os.PathLike[str], *, strict: bool = True) -> None:
    """Make a rename in ``folder`` durable: fsync the directory (POSIX; a no-op elsewhere,
    where directories cannot be opened). ``strict=False`` ignores a failure (an export whose
    file is already in place).
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        if strict:
            raise
        return
    try:
        os.fsync(fd)
    except OSError:
        if strict:
            raise
    finally:
        os.close(fd)
