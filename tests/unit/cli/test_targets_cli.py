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


def test_targets_check_lists_a_planted_gap_to_the_fen(db_path: Path):
    from services.targets import ops

    with open_store(db_path) as store:
        build_firm(store)
        plan_id = ops.create_plan_from_org(store, 2026).value
        zhang = next(n.id for n in T.load_tree(store, plan_id).nodes if n.name == "张三")
        T.set_values(store, zhang, "signed_amount", "2026", Values(96_000, 120_000, 144_000))
        ops.split_period(store, zhang, "signed_amount", "2026")
        ops.split_period(store, zhang, "signed_amount", "2026-Q2")
    clean = sailplan(db_path, "targets", "check", "--year", "2026")
    assert clean.returncode == 0, clean.stderr
    assert "every node's periods add up" in clean.stdout
    with open_store(db_path) as store:  # May one fen up: Q2 ≠ its months
        T.set_values(store, zhang, "signed_amount", "2026-05", Values(8_000, 10_001, 12_000))
    found = sailplan(db_path, "targets", "check", "--year", "2026")
    assert found.returncode == 1, found.stderr
    lines = found.stdout.splitlines()
    assert lines[0] == "2026年度销售目标: 1 period(s) do not add up"
    assert lines[2:] == ["张三\tsigned_amount\t2026-Q2\ttarget\t300.00\t300.01 (months)\t-0.01"]


def test_targets_check_is_clean_on_the_demo_firm(tmp_path: Path):
    from datetime import date

    from services.demo import ensure_demo_db

    demo = ensure_demo_db(tmp_path / "demo.sqlite3", size="small", today=date(2026, 11, 22))
    done = sailplan(demo, "targets", "check", "--year", "2026")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "every node's periods add up" in done.stdout


def test_targets_show_a_cut_and_check_finds_a_cut_that_does_not_add_up(db_path: Path):
    from services.targets import cuts as C
    from services.targets import ops

    with open_store(db_path) as store:
        build_firm(store)
        plan_id = ops.create_plan_from_org(store, 2026).value
        root = T.load_tree(store, plan_id, [], with_actuals=False).nodes[0].id
        T.set_values(store, root, "signed_amount", "2026", Values(0, 1_000_000, 0))
        online = C.add_cut_member(store, plan_id, "channel", "官网", name="线上").value
        offline = C.add_cut_member(store, plan_id, "channel", "展会", name="线下").value
        T.set_values(store, online, "signed_amount", "2026", Values(0, 800_000, 0))
        T.set_values(store, offline, "signed_amount", "2026", Values(0, 150_000, 0))
    shown = sailplan(db_path, "targets", "show", "--year", "2026", "--cut", "channel")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].endswith("signed_amount 2026 cut channel")
    assert lines[2].startswith("帆程公司\t10,000.00\t9,500.00\t500.00\t")  # 未分配 500
    assert [line.split("\t")[0] for line in lines[3:]] == ["  线上", "  线下"]
    org = sailplan(db_path, "targets", "show", "--year", "2026")
    assert "线上" not in org.stdout and "华东区" in org.stdout
    check = sailplan(db_path, "targets", "check", "--year", "2026")
    assert check.returncode == 1
    assert ("cut channel does not add up: signed_amount 2026 target: 9,500.00 vs company total "
            "10,000.00 (difference 500.00)") in check.stdout
    with open_store(db_path) as store:
        T.set_values(store, offline, "signed_amount", "2026", Values(0, 200_000, 0))
    fixed = sailplan(db_path, "targets", "check", "--year", "2026")
    assert fixed.returncode == 0, fixed.stdout
    assert "every cut adds up to the company total (channel)" in fixed.stdout
