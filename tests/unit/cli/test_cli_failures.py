"""Every CLI failure is one line naming the cause and what to do, with exit 2 (docs/EXIT_CODES.md).

Real processes on real files: a write lock another program keeps, data another tool wrote
wrong, an output pipe closed by its reader, a backup into a new folder.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert

from models.org import Person
from services.setup import open_store
from tests.unit.importing_fixtures import seed_people, write_csv
from tests.unit.store_helpers import populate, sqlite_scalar

ROOT = Path(__file__).resolve().parents[3]


def sailplan(db: Path | str, *args: str, env: dict[str, str] | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, **(env or {})})


def _one_line_failure(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("sailplan: "), done.stderr
    return lines[0]


@pytest.fixture
def firm(db_path: Path) -> Path:
    with open_store(db_path) as store:
        populate(store, customers=4)
    return db_path


def test_a_write_lock_held_by_another_program_is_a_busy_message_and_exit_2(firm: Path,
                                                                          tmp_path: Path):
    ledger = write_csv(tmp_path / "in.csv", [["客户名称"], ["新客户甲"], ["新客户乙"]])
    other = sqlite3.connect(firm, isolation_level=None)  # e.g. the sqlite3 shell mid-write
    try:
        other.execute("BEGIN IMMEDIATE")
        done = sailplan(firm, "import", "customers", str(ledger),
                        env={"SAILPLAN_BUSY_TIMEOUT": "1"})
    finally:
        other.execute("ROLLBACK")
        other.close()
    line = _one_line_failure(done)
    assert f"{firm} is busy" in line and "more than 1 s" in line
    assert "Nothing was changed" in line and "run the command again" in line
    assert sqlite_scalar(firm, "SELECT count(*) FROM customers") == 4


def test_data_another_tool_wrote_wrong_is_a_message_and_debug_shows_the_traceback(
        firm: Path, tmp_path: Path):
    con = sqlite3.connect(firm)
    con.execute("UPDATE customers SET cooperation_since = 'someday'")
    con.commit()
    con.close()
    out = tmp_path / "customers.csv"
    line = _one_line_failure(sailplan(firm, "export", "customers", str(out)))
    assert "unexpected error (ValueError:" in line and "someday" in line
    assert "--debug" in line
    assert not out.exists()
    debug = sailplan(firm, "export", "customers", str(out), "--debug")
    assert debug.returncode == 2
    assert "Traceback (most recent call last)" in debug.stderr
    assert debug.stderr.rstrip().splitlines()[-1].startswith("sailplan: unexpected error")
    env_debug = sailplan(firm, "export", "customers", str(out), env={"SAILPLAN_DEBUG": "1"})
    assert "Traceback" in env_debug.stderr


def test_a_backup_that_cannot_be_written_is_exit_2_with_the_cause(firm: Path, tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    line = _one_line_failure(sailplan(firm, "backup", str(blocker / "copy.sqlite3")))
    assert "a-file" in line


def test_backup_into_a_new_folder_given_with_a_trailing_slash(firm: Path, tmp_path: Path):
    folder = tmp_path / "new" / "folder"
    done = sailplan(firm, "backup", f"{folder}{os.sep}")
    assert done.returncode == 0, done.stderr
    written = Path(done.stdout.strip())
    assert written.parent == folder and written.name.startswith(f"{firm.stem}-manual-")
    assert sqlite_scalar(written, "SELECT count(*) FROM customers") == 4
    again = sailplan(firm, "backup", str(folder))  # an existing folder, no slash
    assert again.returncode == 0 and Path(again.stdout.strip()).parent == folder
    plain = tmp_path / "plain-name"
    assert sailplan(firm, "backup", str(plain)).returncode == 0
    assert plain.is_file()


def test_restore_without_yes_and_without_a_terminal_is_refused_with_exit_2(firm: Path,
                                                                         tmp_path: Path):
    backup = tmp_path / "b.sqlite3"
    assert sailplan(firm, "backup", str(backup)).returncode == 0
    done = sailplan(firm, "restore", str(backup))  # no terminal and no --yes
    assert _one_line_failure(done).endswith("(standard input is not a terminal, so it cannot "
                                            "ask)")


def _big_org(db: Path, people: int) -> None:
    with open_store(db) as store:
        unit_id = next(iter(seed_people(store, names=("王强",)).values()))
        with store.read() as uow:
            unit = uow.session.get(Person, unit_id).unit_id  # type: ignore[union-attr]
        with store.write() as uow:
            uow.session.execute(insert(Person), [
                {"name": f"销售{i:04d}", "unit_id": unit, "role": "rep",
                 "capacity_tier": "intermediate", "active_from": date(2020, 1, 1)}
                for i in range(people)])
            uow.commit()


@pytest.mark.parametrize("command", [("targets", "show", "--year", "2026"), ("check",),
                                     ("backups",), ("targets", "list")])
def test_output_to_a_closed_pipe_stops_quietly(db_path: Path, command: tuple[str, ...]):
    _big_org(db_path, 10)
    assert sailplan(db_path, "targets", "new", "--year", "2026").returncode == 0
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db_path),
                             *command], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before anything was written
    err = proc.stderr.read()
    assert proc.wait(60) == 141
    assert err == "", err


def test_targets_show_piped_into_head_ends_without_a_traceback(db_path: Path):
    _big_org(db_path, 2_000)  # more output than a pipe holds: the write itself fails
    assert sailplan(db_path, "targets", "new", "--year", "2026").returncode == 0
    main = f"{sys.executable} {ROOT / 'main.py'} --db {db_path}"
    done = subprocess.run(["bash", "-c", f"set -o pipefail; {main} targets show --year 2026 "
                           "| head -n 2"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.stdout.count("\n") == 2
    assert done.stderr == ""
    assert done.returncode == 141


def test_a_rejected_huge_value_is_shown_by_its_start_only(firm: Path, tmp_path: Path):
    huge = "1" * 30_000  # under the one-cell limit (32,767): rejected, and listed
    ledger = write_csv(tmp_path / "in.csv", [["客户名称", "手机"], ["新客户", huge],
                                             [huge, "13800138000"]])
    done = sailplan(firm, "import", "customers", str(ledger))
    assert done.returncode == 1, done.stderr
    # the huge name rejects its row; the huge phone (optional) is left empty with a note
    assert "Rejected rows (1)" in done.stdout and "1" * 200 not in done.stdout
    assert len(done.stdout) + len(done.stderr) < 2_000
    assert sqlite_scalar(firm, "SELECT count(*) FROM customers") == 4
