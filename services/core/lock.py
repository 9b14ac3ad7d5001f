"""An exclusive, crash-safe lock per database file (one Sailplan per file).

A database can be reached by more than one name: a symbolic link, a hard link, a path through a
linked folder. The lock belongs to the file, not to the name used to open it:

* ``<real path>.lock`` beside the file the name resolves to (``os.path.realpath``), so every
  symbolic link to it takes the same lock — also from another user or, on a shared folder,
  another machine;
* ``locks/<device>-<inode>.lock`` in the user's data folder, so a hard link (a second real name
  of the same file) takes the same lock too.

The OS releases both when the process dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import IO

from services.core.errors import StoreLockedError


def real_path(path: str | os.PathLike[str]) -> str:
    """The absolute path with every symbolic link resolved (the file a name really is)."""
    return os.path.realpath(os.path.abspath(os.fspath(path)))


class FileLock:
    """Hold a database file's locks exclusively for the lifetime of the open store."""

    def __init__(self, db_path: str | os.PathLike[str]):
        self.db_path = real_path(db_path)
        self.path = self.db_path + ".lock"
        self._fh: IO[str] | None = None
        self._inode_fh: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`StoreLockedError` naming the holder."""
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        self._fh = _take(self.path, self.db_path)
        try:
            self.hold_inode()
        except BaseException:
            self.release()
            raise

    def hold_inode(self) -> None:
        """Also lock the file by its identity (device and inode), once it exists.

        ``acquire`` does it for an existing file; the opener calls it again after creating a
        new database, so a hard link made afterwards finds the file locked as well.
        """
        if self._inode_fh is not None or self._fh is None:
            return
        try:
            st = os.stat(self.db_path)
        except OSError:
            return  # not created yet: nothing else can name it
        from services.core.paths import data_dir  # lazy: only for an existing file

        try:
            folder = data_dir() / "locks"
            folder.mkdir(parents=True, exist_ok=True)
            name = os.fspath(folder / f"{st.st_dev}-{st.st_ino}.lock")
            open(name, "a", encoding="utf-8").close()
        except OSError:
            return  # no writable data folder: the lock beside the file still holds
        self._inode_fh = _take(name, self.db_path)

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fh is not None

    def release(self) -> None:
        """Release the lock (also released by the OS if the process dies)."""
        for name in ("_inode_fh", "_fh"):
            fh: IO[str] | None = getattr(self, name)
            if fh is None:
                continue
            setattr(self, name, None)
            try:
                _unlock(fh)
            finally:
                fh.close()


def lock_file_of(db_path: str | os.PathLike[str]) -> Path:
    """The lock file beside a database (after resolving links)."""
    return Path(real_path(db_path) + ".lock")


def _take(lock_path: str, db_path: str) -> IO[str]:
    fh = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
    try:
        _lock(fh)
    except OSError:
        fh.seek(0)
        holder = fh.read().strip()
        fh.close()
        raise StoreLockedError(db_path, holder) from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"pid {os.getpid()} on {socket.gethostname()}")
    fh.flush()
    return fh


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
