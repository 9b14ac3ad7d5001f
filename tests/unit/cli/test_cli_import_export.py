"""The headless import/export commands, run as real subprocesses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl

from services.setup import open_store
from tests.unit.importing_fixtures import seed_people, snapshot, write_xlsx

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def _prepare(db: Path) -> None:
    store = open_store(db)
    seed_people(store)
    store.close()


def _snapshot(db: Path):
    store = open_store(db)
    try:
        return snapshot(store)
    finally:
        store.close()


def test_rejected_file_exits_1_writes_nothing_and_reports(tmp_path: Path):
    db = tmp_path / "s.sqlite3"
    _prepare(db)
    before = _snapshot(db)
    src = write_xlsx(tmp_path / "in.xlsx", [
        ["客户台账"], ["客户名称", "手机", "最近跟进时间"],
        ["甲公司", "13800138000", "2025/3/5"],
        ["", "12345", "2025/3/6"],  # rows with a bad required cell are rejected
        ["丙" * 301, "13900139000", "明天"]])
    report = tmp_path / "rejected.xlsx"
    res = run("--db", str(db), "import", "customers", str(src), "--report", str(report))
    assert res.returncode == 1, res.stderr
    assert "rejected 2" in res.stdout
    assert "Row 4, 客户名称" in res.stdout and "Row 5, 客户名称" in res.stdout
    assert "2 row(s) rejected: 客户名称: required but empty (1), 客户名称: text too long (1)" \
        in res.stdout
    assert "nothing was written" in res.stderr
    assert _snapshot(db) == before
    ws = openpyxl.load_workbook(report).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == ["客户名称", "手机", "最近跟进时间", "问题/Problem"]
    assert [r[0] for r in rows[1:]] == [None, "丙" * 301]
    assert "Row 4, 客户名称" in rows[1][3] and "Row 5, 客户名称" in rows[2][3]


def test_dry_run_then_import_then_export(tmp_path: Path):
    db = tmp_path / "s.sqlite3"
    _prepare(db)
    src = write_xlsx(tmp_path / "in.xlsx", [
        ["客户名称", "负责人", "信用额度"],
        ["甲公司", "王强", "1.2万"], ["乙公司", "新人", "3,000"]])
    before = _snapshot(db)
    res = run("--db", str(db), "import", "customers", str(src), "--dry-run")
    assert res.returncode == 0, res.stderr
    assert "Dry run: created 2, updated 0, skipped 0, rejected 0" in res.stdout
    assert "Unknown owners: 新人 (1)" in res.stdout
    assert _snapshot(db) == before

    res = run("--db", str(db), "import", "customers", str(src), "--create-missing")
    assert res.returncode == 0, res.stderr
    assert "created 2, updated 0, skipped 0, rejected 0" in res.stdout
    res = run("--db", str(db), "import", "customers", str(src), "--mode", "skip")
    assert "created 0, updated 0, skipped 2" in res.stdout

    out = tmp_path / "out.xlsx"
    res = run("--db", str(db), "export", "customers", str(out))
    assert res.returncode == 0, res.stderr
    ws = openpyxl.load_workbook(out).active
    headers = [c.value for c in ws[1]]
    by_name = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert by_name["乙公司"][headers.index("负责人")] == "新人"
    assert by_name["甲公司"][headers.index("信用额度")] == 12000


def test_hostile_file_exits_2_with_message(tmp_path: Path):
    db = tmp_path / "s.sqlite3"
    _prepare(db)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip at all")
    res = run("--db", str(db), "import", "deals", str(bad))
    assert res.returncode == 2
    assert "not a readable .xlsx" in res.stderr
