"""How much disk backups may take: the budget of automatic backups and the free-space margin.

Two limits keep backups from crowding a laptop's disk:

* **The budget** — the total size the automatic ("daily") backups of one database may take.
  By default the smaller of 2 GiB and a tenth of the disk space they could use (what is free
  plus what they already take); the user may set another in Settings → Backups. Rotation
  enforces it by removing the oldest automatic backups first, never the newest one.
* **The safety margin** — the free space a backup must leave on its disk *while it is
  written* (the uncompressed copy and the compressed file both exist for a moment): 5 % of the
  disk, at least 256 MiB and at most 2 GiB. A backup that would go below it is not started
  (:class:`LowDiskSpaceError`); the automatic one is skipped and the user is told.

Nothing here imports SQLAlchemy or opens a database: it reads file sizes and ``disk_usage``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from services.core.errors import SailplanError

GIB = 1024 ** 3
MIB = 1024 ** 2
BUDGET_CAP = 2 * GIB
BUDGET_SHARE = 10  # a tenth of the space the automatic backups could use
MARGIN_SHARE = 20  # 5 % of the disk
MARGIN_MIN = 256 * MIB
MARGIN_MAX = 2 * GIB
GUESSED_RATIO = 0.5
"""Compressed size / database size assumed before a compressed backup of the file exists (the
demo firms compress to 24–28 %)."""


class Sized(Protocol):
    """Anything with a size in bytes (a ``BackupInfo``)."""

    @property
    def size_bytes(self) -> int: ...


class LowDiskSpaceError(SailplanError):
    """A backup was not started: writing it would leave less free space than the margin.

    ``needed``, ``free`` and ``margin`` are bytes; ``where`` is the folder it was meant for.
    """

    def __init__(self, where: str | os.PathLike[str], needed: int, free: int, margin: int):
        self.where = os.fspath(where)
        self.needed = needed
        self.free = free
        self.margin = margin
        super().__init__(
            "The disk holding {where} is too full for a backup: writing it needs about "
            "{needed} and {free} is free, which would leave less than the {margin} Sailplan "
            "keeps free for your system; no backup was written. Free some space, or write "
            "the backup to another disk.",
            where=self.where, needed=size_text(needed), free=size_text(free),
            margin=size_text(margin))


@dataclass(frozen=True)
class DiskRoom:
    """Free and total bytes of the disk holding a folder."""

    free: int
    total: int


def size_text(n: int) -> str:
    """``n`` bytes for an English sentence: "640 MB", "1.2 GB" (binary units)."""
    if n >= GIB:
        return f"{n / GIB:.1f} GB"
    if n >= MIB:
        return f"{n / MIB:.0f} MB"
    return f"{max(n, 0) / 1024:.0f} KB"


def disk_room(folder: str | os.PathLike[str]) -> DiskRoom:
    """The disk space of the folder (or of its nearest existing parent: it may not exist yet)."""
    path = Path(folder).absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    usage = shutil.disk_usage(path)
    return DiskRoom(free=usage.free, total=usage.total)


def safety_margin(total: int) -> int:
    """The free space a backup must leave on a disk of ``total`` bytes."""
    return min(max(total // MARGIN_SHARE, MARGIN_MIN), MARGIN_MAX)


def default_budget(free: int, auto_used: int) -> int:
    """The automatic budget: the smaller of 2 GiB and a tenth of free plus already used."""
    return min(BUDGET_CAP, (free + auto_used) // BUDGET_SHARE)


def database_bytes(db_path: str | os.PathLike[str]) -> int:
    """What a copy of the database takes at most: the file plus its write-ahead log."""
    size = 0
    for suffix in ("", "-wal"):
        try:
            size += os.path.getsize(os.fspath(db_path) + suffix)
        except OSError:
            pass
    return size


def bytes_needed(db_bytes: int, compressed: bool, ratio: float | None = None) -> int:
    """Peak disk use of writing a backup of ``db_bytes``: the copy, plus the compressed file
    while both exist (``ratio`` of a previous compressed backup, else a cautious guess).
    """
    if not compressed:
        return db_bytes
    return db_bytes + int(db_bytes * (ratio if ratio is not None else GUESSED_RATIO))


def check_room(folder: str | os.PathLike[str], needed: int, keep_free: int | None) -> None:
    """Raise :class:`LowDiskSpaceError` if writing ``needed`` bytes into ``folder`` would
    leave less than ``keep_free`` bytes free (None: the disk's :func:`safety_margin`).
    """
    room = disk_room(folder)
    margin = safety_margin(room.total) if keep_free is None else keep_free
    if room.free - needed < margin:
        raise LowDiskSpaceError(folder, needed, room.free, margin)


def over_budget(newest_first: Sequence[Sized], budget: int) -> list[int]:
    """Indexes of the backups to remove so the rest fit in ``budget``: the oldest go first;
    the newest always stays, even when it alone is larger.
    """
    total = sum(int(b.size_bytes) for b in newest_first)
    drop: list[int] = []
    for i in range(len(newest_first) - 1, 0, -1):
        if total <= budget:
            break
        total -= int(newest_first[i].size_bytes)
        drop.append(i)
    return drop
