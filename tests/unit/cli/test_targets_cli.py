"""The headless ``targets`` command on a real file: new, show, publish, history, errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from services.setup import open_store
from services.targets import cascade as T
from services.targets.split import Values
from tests.unit.target_fixtures import build_firm

ROOT = Path(__file__).resolve().parents[3]


def sailplan(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_targets_new_show_publish_history(db_path: Path):
    with open_store(db_path) as store:
        build_firm(store)
    missing = sailplan(db_path, "targets", "show", "--year", "2026")
    assert missing.returncode == 2 and "no target plan for 2026" in missing.stderr
    done = sailplan(db_path, "targets", "new", "--year", "2026")
    assert done.returncode == 0, done.stderr
    assert "with 7 nodes" in done.stdout
    with open_store(db_path) as store:
        (plan,) = T.list_plans(store)
        east = next(n for n in T.load_tree(store, plan.id).nodes if n.name == "华东区")
        T.set_values(store, east.id, "signed_amount", "2026", Values(0, 1_000_000, 0),
                     reason="年度会议")
    shown = sailplan(db_path, "targets", "show", "--year", "2026")
    lines = shown.stdout.splitlines()
    assert "  华东区\t10,000.00\t0.00\t10,000.00\t4,250.50\t43%" in lines
    bad = sailplan(db_path, "targets", "publish", "--year", "2026", "--by", "张三")
    assert bad.returncode == 2 and "only the firm's owner or a sales director" in bad.stderr
    ok = sailplan(db_path, "targets", "publish", "--year", "2026", "--by", "周总监")
    assert ok.returncode == 0, ok.stderr
    listed = sailplan(db_path, "targets", "list")
    assert listed.stdout.startswith("2026\t2026年度销售目标\tpublished\tv1")
    history = sailplan(db_path, "targets", "history", "--year", "2026", "华东区")
    assert history.stdout.count("\n") == 1 and "— → 10,000.00\tv0\t年度会议" in history.stdout
