"""The headless ``export payouts`` and ``incentives signals`` commands on a real file, in
Chinese and English.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from services.setup import open_store
from tests.unit.incentives.payout_fixtures import build_payout_firm
from tests.unit.incentives.test_fraud_signals import _build

ROOT = Path(__file__).resolve().parents[3]


def sailplan(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SAILPLAN_LANG"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=180, cwd=ROOT, env=env)


def test_export_payouts_writes_the_workbook_in_the_language_asked(db_path: Path, tmp_path):
    with open_store(db_path) as store:
        build_payout_firm(store)
    zh = tmp_path / "提成.xlsx"
    done = sailplan(db_path, "export", "payouts", "--period", "2026-06", str(zh), "--lang", "zh")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("已将 2026-06 提成核算（4 人，实发合计 7,122.95）导出到 ")
    assert "=HYPERLINK" in done.stdout and "第 5 行" in done.stdout  # the bell removed, said
    assert openpyxl.load_workbook(zh).sheetnames[0] == "汇总"
    en = tmp_path / "payouts.xlsx"
    done = sailplan(db_path, "export", "payouts", "--period", "2026-06", str(en), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Exported the 2026-06 payout run (4 people, 7,122.95 net")
    assert openpyxl.load_workbook(en).sheetnames[0] == "Summary"


def test_export_payouts_refuses_a_period_without_a_run_or_a_bad_period(db_path: Path,
                                                                       tmp_path):
    with open_store(db_path) as store:
        build_payout_firm(store)
    out = tmp_path / "x.xlsx"
    none = sailplan(db_path, "export", "payouts", "--period", "2026-07", str(out), "--lang", "zh")
    assert none.returncode == 2 and "2026-07 尚无提成核算，请先计算。" in none.stderr
    bad = sailplan(db_path, "export", "payouts", "--period", "2026-W05", str(out))
    assert bad.returncode == 2 and "2026-W05 is not a payout period" in bad.stderr
    missing = sailplan(db_path, "export", "payouts", str(out))
    assert missing.returncode == 2 and "needs --period" in missing.stderr
    assert not out.exists()


def test_incentives_signals_lists_them_for_the_approver(db_path: Path):
    with open_store(db_path) as store:
        _build(store)
    listed = sailplan(db_path, "incentives", "signals", "--period", "2026-06", "--lang", "zh")
    assert listed.returncode == 1, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0] == "2026-06：锁定核算前需核查 10 条业绩造假提示"
    assert lines[2] == "1. 【当天创建当天赢单】张三 — 涉及金额 ¥100,000.00"
    assert lines[3].strip().startswith("商机 A 当天大单（客户0）于 2026-06-03 当天创建当天赢单")
    assert lines[4].strip() == "相关记录：A 当天大单、客户0"
    english = sailplan(db_path, "incentives", "signals", "--period", "2026-06", "--lang", "en")
    assert english.returncode == 1
    assert "1. [Won the day it was created] 张三 — at stake ¥100,000.00" in english.stdout
    quiet = sailplan(db_path, "incentives", "signals", "--period", "2024-03", "--lang", "en")
    assert quiet.returncode == 0 and quiet.stdout.strip() == \
        "No performance-fraud signals for 2024-03."
    bad = sailplan(db_path, "incentives", "signals", "--period", "soon", "--lang", "zh")
    assert bad.returncode == 2 and "soon 不是核算期间" in bad.stderr
