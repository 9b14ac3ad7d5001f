"""Consistent SQLite backups through the backup API, verified before they count.

A backup is written to a temporary name, checked with ``PRAGMA integrity_check`` and only then
renamed into place, so a crash never leaves a half-written backup under a real name.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from services.errors import BackupError


def backup_sqlite_file(src_path: str | os.PathLike[str], dest: str | os.PathLike[str]) -> Path:
    """Copy a live SQLite database (WAL included) to ``dest`` and verify it."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(os.fspath(src_path), timeout=30)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out, pages=4096)
            out.execute("PRAGMA journal_mode=DELETE")
            result = out.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise BackupError(f"backup {dest} failed its integrity check: {result}")
            out.commit()
        finally:
            out.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"could not back up {src_path} to {dest}: {exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    _fsync(tmp)
    os.replace(tmp, dest)
    return dest


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
