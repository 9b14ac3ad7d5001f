"""Which database a headless command works on: ``--demo`` (built on first use, as the app does),
``--db``, or the user's own file — and a command that only reads never creates an empty one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[3]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SAILPLAN_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)


def _databases(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.sqlite3*"))


def test_read_commands_refuse_a_missing_database_and_create_none(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    sheet = tmp_path / "客户.csv"
    sheet.write_text("客户名称,手机\n上海甲公司,13800138000\n", encoding="utf-8")
    out = tmp_path / "out"
    reads = (["export", "plan", "--year", "2026", str(out / "plan.xlsx")],
             ["export", "customers", str(out / "c.csv")],
             ["export", "deals", str(out / "d.xlsx")],
             ["import", "customers", str(sheet), "--dry-run"],
             ["targets", "list"], ["targets", "show", "--year", "2026"],
             ["targets", "new", "--year", "2026"],
             ["duplicates", "上海甲公司"], ["tiers"], ["release-idle", "--dry-run"],
             ["check"], ["backup", str(out / "b.sqlite3")])
    for args in reads:
        done = run(data, *args)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert "there is no database at" in done.stderr and "sailplan.sqlite3" in done.stderr
    missing = tmp_path / "elsewhere.sqlite3"
    done = run(data, "--db", str(missing), "export", "customers", str(out / "c.csv"))
    assert done.returncode == 2 and str(missing) in done.stderr
    assert _databases(tmp_path) == [] and not out.exists()
    # an import that writes may start a new database
    done = run(data, "--db", str(missing), "import", "customers", str(sheet))
    assert done.returncode == 0, done.stderr
    assert missing.exists() and "created 1" in done.stdout


def test_demo_flag_is_honoured_by_every_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    done = run(data, "--demo", "--demo-size", "small", "targets", "list")
    assert done.returncode == 0, done.stderr
    assert "Creating the demo firm" in done.stderr  # built on first use, as the app does
    year = done.stdout.split("\t", 1)[0]
    assert year.isdigit(), done.stdout
    out = tmp_path / "plan.xlsx"
    done = run(data, "--demo", "export", "plan", "--year", year, str(out))
    assert done.returncode == 0, done.stderr
    assert "Creating" not in done.stderr and f"the {year} plan" in done.stdout
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[0] == "签约额-按月"
    # the demo firm works with a shared pool (公海), as the README says
    done = run(data, "--demo", "release-idle", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "idle customers:" in done.stdout and "nothing released" in done.stdout
    done = run(data, "--demo", "check")
    assert done.returncode == 0 and "demo.sqlite3" in done.stdout, done.stderr
    assert "sailplan.sqlite3" not in _databases(data)  # the user's own file was never created
    done = run(data, "--demo", "--db", str(tmp_path / "x.sqlite3"), "tiers")
    assert done.returncode == 2 and "--demo and --db" in done.stderr
