"""``restore BACKUP`` at a terminal (no ``--yes``): the backup is checked once, before the
question — a bad one is refused without asking — and the answer decides, with nothing changed
on "no". The run counts every copy of the backup SQLite opened to check (an audit hook in the
real process), so a second decompress-and-check would show.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from services.core.backup import create_backup
from services.setup import open_store
from tests.unit.store_helpers import file_digest, populate, sqlite_scalar

ROOT = Path(__file__).resolve().parents[3]

_RUN = """
import runpy, sys
checked = []
def hook(event, args):
    if event == "sqlite3.connect":
        name = str(args[0])
        if "backup-check-" in name or ".restoring" in name:
            checked.append(name)
sys.addaudithook(hook)
import atexit
atexit.register(lambda: print(f"CHECKED {len(checked)}", file=sys.stderr))
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


def restore_at_terminal(db: Path, backup: Path, answer: str) -> tuple[int, str, str]:
    """Run ``restore`` with a terminal as standard input, typing ``answer``."""
    master, slave = pty.openpty()
    try:
        os.write(master, answer.encode() + b"\n")  # waits in the terminal until it is read
        done = subprocess.run([sys.executable, "-c", _RUN, "--db", str(db), "restore",
                               str(backup)], stdin=slave, capture_output=True, text=True,
                              timeout=120, cwd=ROOT)
    finally:
        os.close(slave)
        os.close(master)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def firm(db_path: Path) -> Path:
    with open_store(db_path) as store:
        populate(store, customers=4)
    return db_path


def _customers(db: Path) -> int:
    return int(str(sqlite_scalar(db, "SELECT count(*) FROM customers")))


def test_a_compressed_backup_is_checked_once_then_the_answer_decides(firm: Path):
    backup = create_backup(firm, firm.parent / "backups", "manual")
    assert backup.name.endswith(".gz")
    with open_store(firm) as store:
        populate(store, customers=2)
    digest = file_digest(firm)

    code, out, err = restore_at_terminal(firm, backup, "n")
    assert code == 2 and "Replace" in out and "Cancelled; nothing was changed." in out
    assert "CHECKED 1" in err
    assert file_digest(firm) == digest
    assert not firm.with_name(f".{firm.name}.restoring").exists()

    code, out, err = restore_at_terminal(firm, backup, "y")
    assert code == 0, err
    assert f"Restored {firm} from {backup}." in out
    assert "CHECKED 1" in err
    assert _customers(firm) == 4


def test_a_bad_backup_is_refused_before_asking(firm: Path, tmp_path: Path):
    bad = tmp_path / "bad.sqlite3.gz"
    bad.write_bytes(b"\x1f\x8b" + b"broken" * 100)
    digest = file_digest(firm)
    code, out, err = restore_at_terminal(firm, bad, "y")
    assert code == 2
    assert "Replace" not in out
    assert "not a usable backup" in err and "Nothing was changed" in err
    assert file_digest(firm) == digest
