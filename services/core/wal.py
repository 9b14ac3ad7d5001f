"""Reading a SQLite write-ahead log (``<db>-wal``) without SQLite, to notice damage in it.

SQLite quietly stops reading a WAL at the first frame whose checksum or salt does not match:
a damaged frame, and every committed transaction after it, simply vanish, and the first
writer to open the file then overwrites the evidence. So a damaged WAL never shows up in
``PRAGMA integrity_check``; it has to be read before anything opens the database for writing.

What counts as damage (format: https://www.sqlite.org/fileformat2.html#walformat):

* a WAL of at least one frame whose 32-byte header is not a valid WAL header (SQLite writes
  the header before its first frame and never leaves it invalid), or
* a frame that fails its check, followed by a frame with the header's salts that ends a
  transaction (a commit frame): committed changes after the damaged frame would be lost.

Frames after the last commit that fail their check are normal (a transaction that was being
written when the program stopped), as are frames with old salts (a log restarted after a
checkpoint reuses the file from the start).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

_MAGIC_LE = 0x377F0682
_MAGIC_BE = 0x377F0683
_HEADER = 32
_FRAME_HEADER = 24
_MASK = 0xFFFFFFFF


#: A log larger than this is not read when a store opens (the check walks every frame in
#: Python: ~0.3 s for SQLite's usual 4 MB log, much longer for a log a huge import left).
#: ``sailplan check`` reads a log of any size.
OPEN_CHECK_LIMIT = 64 * 1024 * 1024


@dataclass(frozen=True)
class WalDamage:
    """What is wrong with a write-ahead log: ``kind`` is ``"unreadable"``, ``"header"`` or
    ``"frame"`` (then ``frame`` is the first damaged frame's number, from 1).
    """

    kind: str
    wal_name: str
    frame: int = 0
    reason: str = ""  # the operating system's words, for "unreadable"

    def sentence(self) -> str:
        """The damage as one plain English sentence (the CLI's words; the GUI translates)."""
        if self.kind == "unreadable":
            return f"its write-ahead log {self.wal_name} cannot be read ({self.reason})"
        if self.kind == "header":
            return (f"the header of its write-ahead log {self.wal_name} is damaged: changes "
                    "saved since the last checkpoint cannot be read")
        return (f"its write-ahead log {self.wal_name} is damaged at frame {self.frame}: "
                "changes saved after that point cannot be read")


def wal_damage(db_path: str | os.PathLike[str], *, limit: int | None = None
               ) -> WalDamage | None:
    """The damage in ``db_path``'s ``-wal`` file, or None if none is seen (or, with ``limit``,
    if the log is larger than ``limit`` bytes and was not read).
    """
    wal = Path(os.fspath(db_path) + "-wal")
    try:
        if limit is not None and wal.stat().st_size > limit:
            return None
        data = wal.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return WalDamage("unreadable", wal.name, reason=str(exc.strerror or exc))
    if len(data) < _HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, ck1, ck2 = struct.unpack(">8I",
                                                                              data[:_HEADER])
    frame = _FRAME_HEADER + page_size
    valid_size = page_size >= 512 and page_size & (page_size - 1) == 0 and page_size <= 65536
    bad_header = WalDamage("header", wal.name)
    if magic not in (_MAGIC_LE, _MAGIC_BE) or not valid_size:
        return bad_header if len(data) >= _HEADER + _FRAME_HEADER + 512 else None
    big_endian = magic == _MAGIC_BE
    s0, s1 = _checksum(data[:24], big_endian, 0, 0)
    if (s0, s1) != (ck1, ck2):
        return bad_header if len(data) >= _HEADER + frame else None
    offset, index, broken_at = _HEADER, 1, 0
    while offset + frame <= len(data):
        head = struct.unpack(">6I", data[offset:offset + _FRAME_HEADER])
        same_salts = head[2] == salt1 and head[3] == salt2
        if broken_at == 0:
            s0, s1 = _checksum(data[offset:offset + 8], big_endian, s0, s1)
            s0, s1 = _checksum(data[offset + _FRAME_HEADER:offset + frame], big_endian, s0, s1)
            if not same_salts or (s0, s1) != (head[4], head[5]):
                broken_at = index
        elif same_salts and head[1] != 0:
            return WalDamage("frame", wal.name, frame=broken_at)
        offset += frame
        index += 1
    return None


def _checksum(chunk: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's WAL checksum over ``chunk`` (a multiple of 8 bytes), continuing from s0, s1."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(chunk) // 4}I", chunk)
    it = iter(words)
    for x0, x1 in zip(it, it, strict=True):
        s0 = (s0 + x0 + s1) & _MASK
        s1 = (s1 + x1 + s0) & _MASK
    return s0, s1
