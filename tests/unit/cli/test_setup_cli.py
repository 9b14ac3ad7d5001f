"""``main.py setup``: the first-run setup headless, run as a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from services.firstrun.setup import fiscal_start_month, setup_done
from services.org.people import firm_name, list_people
from services.setup import open_store

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_setup_creates_a_new_database_with_firm_me_and_team(tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite3"
    res = run("--db", str(db), "setup", "--firm", "云帆科技", "--me", "张总", "--role", "销售总监",
              "--fiscal-start", "4", "--person", "李强,华东区,rep", "--person", "王芳,华东区,经理")
    assert res.returncode == 0, res.stderr
    assert "1 unit(s) and 3 person(s) added" in res.stdout

    store = open_store(db)
    try:
        assert firm_name(store) == "云帆科技" and fiscal_start_month(store) == 4
        assert setup_done(store)
        people = {p.name: (p.role, p.unit_name) for p in list_people(store)}
        assert people == {"张总": ("director", "云帆科技"), "李强": ("rep", "华东区"),
                          "王芳": ("manager", "华东区")}
    finally:
        store.close()

    res = run("--db", str(db), "setup", "--status")
    assert res.returncode == 1  # steps still open
    assert "[x] Set up the team (org and people)" in res.stdout
    assert "[ ] Import customers" in res.stdout

    res = run("--db", str(db), "setup", "--firm", "别的", "--me", "李强")
    assert res.returncode == 2 and "already been set up" in res.stderr


def test_setup_refuses_a_bad_role_and_missing_names(tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite3"
    res = run("--db", str(db), "setup", "--firm", "云帆科技", "--me", "张总", "--role", "chef")
    assert res.returncode == 2 and "unknown role" in res.stderr
    assert not db.exists()  # nothing created for a typo
    res = run("--db", str(db), "setup", "--firm", "云帆科技")
    assert res.returncode == 2 and "--me" in res.stderr
