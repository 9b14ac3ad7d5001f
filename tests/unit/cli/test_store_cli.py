"""``python main.py --db F check|backup|backups|restore|migrate``: real processes, exit codes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from services.core.backup import list_backups
from services.core.migrate import head_revision, pending_revisions
from services.setup import open_store
from tests.unit.store_helpers import file_digest, populate, sqlite_scalar

ROOT = Path(__file__).resolve().parents[3]
WORKER = Path(__file__).resolve().parent.with_name("store_worker.py")


def sailplan(db: Path | str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          input=stdin, capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture
def firm(db_path: Path) -> Path:
    with open_store(db_path) as store:
        populate(store, customers=4)
    return db_path


def _customers(db: Path) -> int:
    return int(sqlite_scalar(db, "SELECT count(*) FROM customers"))  # type: ignore[arg-type]


def test_check_healthy_file_prints_ok(firm: Path):
    done = sailplan(firm, "check")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"OK: {firm} (schema {head_revision()})")


def test_check_broken_references_exits_1_listing_them(firm: Path):
    con = sqlite3.connect(firm)
    con.execute("DELETE FROM customers WHERE id IN (SELECT customer_id FROM deals LIMIT 1)")
    con.commit()
    con.close()
    done = sailplan(firm, "check")
    assert done.returncode == 1
    assert "Problems found" in done.stdout and "broken reference: deals row" in done.stdout
    chinese = sailplan(firm, "check", "--lang", "zh")  # the findings in the run's language
    assert chinese.returncode == 1
    assert "中发现问题" in chinese.stdout and "引用断裂：deals 第" in chinese.stdout
    assert "broken reference" not in chinese.stdout


def test_check_damaged_file_exits_1(tmp_path: Path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00garbage" * 1000)
    done = sailplan(bad, "check")
    assert done.returncode == 1
    assert "failed its integrity check: the file is not a Sailplan database" in done.stderr
    assert "No good backup of it was found" in done.stderr


def test_missing_file_is_a_user_error_and_is_not_created(tmp_path: Path):
    missing = tmp_path / "typo.sqlite3"
    for command in (["check"], ["backup", str(tmp_path / "out.sqlite3")],
                    ["restore", str(tmp_path / "x.sqlite3"), "--yes"]):
        done = sailplan(missing, *command)
        assert done.returncode == 2, (command, done.stderr)
        assert done.stderr.startswith("sailplan: ")
    assert not missing.exists()


def test_newer_file_is_refused_by_every_command_and_left_untouched(firm: Path, tmp_path: Path):
    good = tmp_path / "good-backup.sqlite3"
    assert sailplan(firm, "backup", str(good)).returncode == 0
    con = sqlite3.connect(firm)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    digest = file_digest(firm)
    for command in (["check"], ["migrate"], ["backup", str(tmp_path / "o.sqlite3")],
                    ["restore", str(good), "--yes"]):
        done = sailplan(firm, *command)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert "written by a newer version of Sailplan (schema 9999_future)" in done.stderr
        assert file_digest(firm) == digest
    assert not Path(f"{firm}-wal").exists()


def test_commands_refuse_a_file_open_in_another_process(firm: Path, tmp_path: Path):
    backup = tmp_path / "b.sqlite3"
    assert sailplan(firm, "backup", str(backup)).returncode == 0
    holder = subprocess.Popen([sys.executable, str(WORKER), "hold", str(firm)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().startswith("ready")
        for command in (["check"], ["migrate"], ["restore", str(backup), "--yes"]):
            done = sailplan(firm, *command)
            assert done.returncode == 2, (command, done.stderr)
            assert "already open in another Sailplan window" in done.stderr
    finally:
        holder.communicate("")


def test_backup_writes_a_verified_copy_and_prints_its_path(firm: Path, tmp_path: Path):
    out = tmp_path / "copies" / "friday.sqlite3"
    done = sailplan(firm, "backup", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert sqlite_scalar(out, "PRAGMA integrity_check") == "ok"
    assert _customers(out) == 4
    again = sailplan(firm, "backup", str(out))
    assert again.returncode == 2 and "already exists" in again.stderr
    into_folder = sailplan(firm, "backup", str(out.parent))
    assert into_folder.returncode == 0
    written = Path(into_folder.stdout.strip())
    assert written.parent == out.parent and "-manual-" in written.name


def test_backups_lists_the_backups_newest_first(firm: Path):
    assert sailplan(firm, "backups").stdout.startswith("No backups")
    from datetime import UTC, datetime, timedelta

    from services.core.backup import create_backup

    folder = firm.parent / "backups"
    t = datetime(2026, 3, 8, 10, 0, tzinfo=UTC)
    first = create_backup(firm, folder, "before-upgrade", now=t)
    second = create_backup(firm, folder, "manual", now=t + timedelta(minutes=5))
    done = sailplan(firm, "backups")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0] == f"Backups of {firm} (newest first):"
    assert "manual" in lines[1] and str(second) in lines[1]
    assert "before-upgrade" in lines[2] and str(first) in lines[2]


def test_restore_needs_yes_without_a_terminal_then_restores(firm: Path, tmp_path: Path):
    backup = tmp_path / "b.sqlite3"
    assert sailplan(firm, "backup", str(backup)).returncode == 0
    with open_store(firm) as store:
        populate(store, customers=2)
    digest = file_digest(firm)

    refused = sailplan(firm, "restore", str(backup))  # stdin is a pipe, not a terminal
    assert refused.returncode == 2
    assert "add --yes to confirm" in refused.stderr
    assert file_digest(firm) == digest

    done = sailplan(firm, "restore", str(backup), "--yes")
    assert done.returncode == 0, done.stderr
    assert f"Restored {firm} from {backup}." in done.stdout
    assert _customers(firm) == 4
    saved = [b for b in list_backups(firm.parent / "backups") if b.kind == "before-restore"]
    assert len(saved) == 1 and str(saved[0].path) in done.stdout
    assert _customers(saved[0].path) == 6


def test_restore_by_name_from_the_backup_folder(firm: Path):
    from services.core.backup import create_backup

    backup = create_backup(firm, firm.parent / "backups", "manual")
    done = sailplan(firm, "restore", backup.name, "--yes")
    assert done.returncode == 0, done.stderr


def test_restore_refuses_a_damaged_backup(firm: Path, tmp_path: Path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    digest = file_digest(firm)
    done = sailplan(firm, "restore", str(bad), "--yes")
    assert done.returncode == 2
    assert "not a usable backup" in done.stderr and "Nothing was changed" in done.stderr
    assert file_digest(firm) == digest


def test_restore_repairs_a_damaged_database(firm: Path, tmp_path: Path):
    backup = tmp_path / "b.sqlite3"
    assert sailplan(firm, "backup", str(backup)).returncode == 0
    firm.write_bytes(b"\x00" * 8192)  # the disk ate the file
    done = sailplan(firm, "restore", str(backup), "--yes")
    assert done.returncode == 0, done.stderr
    assert sailplan(firm, "check").returncode == 0


def test_migrate_reports_what_ran(tmp_path: Path):
    db = tmp_path / "new.sqlite3"
    first = sailplan(db, "migrate")
    assert first.returncode == 0, first.stderr
    assert "Applied 0001: initial schema" in first.stdout
    applied = [line.split(":")[0] for line in first.stdout.splitlines()
               if line.startswith("Applied ")]
    assert applied == [f"Applied {rev}" for rev in pending_revisions(None)]
    assert f"{db} is now at schema {head_revision()}." in first.stdout
    second = sailplan(db, "migrate")
    assert second.returncode == 0
    assert f"is up to date (schema {head_revision()}); nothing to do." in second.stdout


@pytest.mark.postgres
def test_check_and_backup_work_on_postgresql(pg_url: str, tmp_path: Path):
    with open_store(pg_url) as store:
        populate(store, customers=3)
    done = sailplan(pg_url, "check")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("OK: postgresql+psycopg://")
    out = tmp_path / "from-server.sqlite3"
    done = sailplan(pg_url, "backup", str(out))
    assert done.returncode == 0, done.stderr
    assert _customers(out) == 3
    listing = sailplan(pg_url, "backups")
    assert listing.returncode == 2 and "SQLite files only" in listing.stderr
