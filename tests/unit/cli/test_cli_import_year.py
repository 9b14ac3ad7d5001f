"""Headless import of a ledger with dates written without a year: ``--year`` and its default."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from models.customers import Customer
from services.setup import open_store
from tests.unit.importing.ledger_fixture import BAD_REQUIRED_ROWS, YEARLESS, write_ledger

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def _followups(db: Path) -> dict[str, date]:
    store = open_store(db)
    try:
        with store.read() as uow:
            rows = uow.session.execute(select(Customer.name, Customer.last_followup_at)).all()
    finally:
        store.close()
    return {n: at.astimezone().date() for n, at in rows if at is not None}


def test_year_less_dates_take_the_year_of_the_file_name(tmp_path: Path):
    db = tmp_path / "s.sqlite3"
    ledger = write_ledger(tmp_path)
    res = run("--db", str(db), "import", "customers", str(ledger))
    assert res.returncode == 1, res.stderr  # only the rows with a bad customer name
    assert f"rejected {len(BAD_REQUIRED_ROWS)}" in res.stdout
    assert "has no year" not in res.stdout
    assert "6 date(s) without a year were read as dates in 2025, the year in the file name." \
        in res.stdout
    assert "7 cell(s) left empty, their rows imported: " in res.stdout
    assert "3 row(s) rejected: 客户名称: required but empty (1)" in res.stdout


def test_year_option_chooses_the_year(tmp_path: Path):
    db = tmp_path / "s.sqlite3"
    open_store(db).close()
    ledger = write_ledger(tmp_path, "台账.xlsx")
    default = run("--db", str(db), "import", "customers", str(ledger), "--dry-run")
    assert "6 date(s) without a year were read as dates in 2025, the year most of the file's " \
        "dates carry." in default.stdout, default.stdout
    res = run("--db", str(db), "import", "customers", str(ledger), "--year", "2023",
              "--dry-run")
    assert "6 date(s) without a year were read as dates in 2023." in res.stdout, res.stdout
    bad = run("--db", str(db), "import", "customers", str(ledger), "--year", "23")
    assert bad.returncode == 2 and "not a year between 1900 and 2199" in bad.stderr


def test_year_option_is_applied_to_what_is_stored(tmp_path: Path):
    import openpyxl

    db = tmp_path / "s.sqlite3"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["客户名称", "最近跟进时间"])
    for name, (typed, _m, _d) in YEARLESS.items():
        ws.append([name, typed])
    ws.append(["甲公司", "2025-05-01"])
    path = tmp_path / "客户台账_2025.xlsx"
    wb.save(path)
    res = run("--db", str(db), "import", "customers", str(path), "--year", "2023")
    assert res.returncode == 0, res.stdout + res.stderr
    stored = _followups(db)
    for name, (_typed, month, day) in YEARLESS.items():
        assert stored[name] == date(2023, month, day)
    assert stored["甲公司"] == date(2025, 5, 1)
    again = tmp_path / "s2.sqlite3"
    assert run("--db", str(again), "import", "customers", str(path)).returncode == 0
    assert _followups(again)["杭州新世纪机械有限公司"] == date(2025, 3, 15)
