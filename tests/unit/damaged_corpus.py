"""A damaged-page corpus made from a real store: 4 KB overwrites of the header page, b-tree
interior pages, random pages and the write-ahead log, each copy beside a good backup.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

from services.core.backup import create_backup
from services.setup import open_store
from tests.unit.store_helpers import populate

PAGE = 4096


def make_firm(folder: Path, customers: int = 300) -> Path:
    """A store written by the app with some data, closed (no -wal), and a good backup of it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "firm.sqlite3"
    with open_store(path) as store:
        populate(store, customers=customers)
    create_backup(path, folder / "backups", "daily")
    return path


def interior_pages(path: Path) -> list[int]:
    """Page numbers (1-based) of the b-tree interior pages (table 0x05, index 0x02)."""
    data = path.read_bytes()
    found = []
    for number in range(2, len(data) // PAGE + 1):
        if data[(number - 1) * PAGE] in (0x02, 0x05):
            found.append(number)
    return found


def overwrite(path: Path, offset: int, rnd: random.Random) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(rnd.randbytes(PAGE))


def with_wal(base: Path, dest: Path, commits: int = 12) -> Path:
    """A copy of ``base`` whose -wal holds ``commits`` committed, not checkpointed transactions."""
    work = dest.with_name(dest.stem + "-work.sqlite3")
    shutil.copyfile(base, work)
    con = sqlite3.connect(work, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    for i in range(commits):
        con.execute("BEGIN")
        con.execute("UPDATE customers SET tags = ? WHERE rowid % 7 = ?", (f"标签{i}" * 40, i % 7))
        con.execute("COMMIT")
    shutil.copyfile(work, dest)  # while open: the -wal is still there, and holds the commits
    shutil.copyfile(Path(f"{work}-wal"), Path(f"{dest}-wal"))
    con.close()
    return dest


def damaged_corpus(folder: Path, seed: int = 12) -> dict[str, Path]:
    """Damaged copies of a real store (its backups in ``folder/backups``), by name."""
    base = make_firm(folder)
    rnd = random.Random(seed)
    pages = base.stat().st_size // PAGE
    cases: dict[str, Path] = {}

    def copy(name: str) -> Path:
        dest = base.with_name(f"{name}.sqlite3")
        shutil.copyfile(base, dest)
        # each copy is its own database: give it the same backups under its own name
        for backup in (folder / "backups").glob("firm-*.sqlite3*"):
            shutil.copyfile(backup, backup.with_name(backup.name.replace("firm-", f"{name}-")))
        cases[name] = dest
        return dest

    overwrite(copy("header"), 0, rnd)
    for n, number in enumerate(interior_pages(base)[:4]):
        overwrite(copy(f"interior{n}"), (number - 1) * PAGE, rnd)
    for n, number in enumerate(rnd.sample(range(2, pages + 1), 6)):
        overwrite(copy(f"random{n}-p{number}"), (number - 1) * PAGE, rnd)
    wal_header = with_wal(base, copy("walheader"))
    overwrite(Path(f"{wal_header}-wal"), 0, rnd)
    wal_middle = with_wal(base, copy("walmiddle"))
    overwrite(Path(f"{wal_middle}-wal"), 3 * PAGE, rnd)
    return cases
