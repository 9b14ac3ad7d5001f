"""The headless ``incentives run|show|review|approve|lock|adjust`` commands on a real file: the
same services and refusals as the window, in English and Chinese; and every refusal of the
incentives services reads in Chinese on the command line."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from services.cli import _i18n
from services.cli.incentives_command import REFUSALS
from services.core.errors import SailplanError
from services.incentives import adjustments as A
from services.setup import open_store
from tests.unit.incentives.run_fixtures import build_firm, commission_doc, publish_scheme, sign

ROOT = Path(__file__).resolve().parents[3]
CJK = re.compile(r"[\u4e00-\u9fff]")
SERVICES = ("schemes", "runs", "adjustments", "run_queries", "run_lines")


def sailplan(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SAILPLAN_LANG"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)


def test_run_show_review_approve_lock_and_adjust(db_path: Path):
    with open_store(db_path) as store:
        firm = build_firm(store)
        publish_scheme(store, commission_doc("signed", "5"))
        sign(store, firm, "张三", 0, "100000", date(2026, 6, 3), "HT-1")
        sign(store, firm, "李四", 1, "40000", date(2026, 6, 20), "HT-2")
        A.add_adjustment(store, firm.people["王五"], "2026-06", "-120.50", "多发的差旅补贴")
    run = sailplan(db_path, "incentives", "run", "--period", "2026-06")
    assert run.returncode == 0, run.stderr
    # 张三 100,000 × 5 % = 5,000; 李四 40,000 × 5 % = 2,000; 王五 −120.50 adjusted
    assert run.stdout.splitlines() == [
        "person\tgross\tadjustments\tclawbacks\tnet",
        "张三\t5000.00\t0.00\t0.00\t5000.00",
        "李四\t2000.00\t0.00\t0.00\t2000.00",
        "王五\t0.00\t-120.50\t0.00\t-120.50",
        "The 2026-06 payout run is computed: 3 person(s), net 6879.50 (gross 7000.00, "
        "adjustments -120.50, clawbacks 0.00)"]
    zh = sailplan(db_path, "incentives", "run", "--period", "2026-06", "--lang", "zh")
    assert zh.stdout.splitlines()[0] == "人员\t应发\t调整\t追回\t实发"
    assert zh.stdout.splitlines()[-1].startswith("2026-06 提成核算已计算：3 人，实发 6879.50")
    show = sailplan(db_path, "incentives", "show", "--period", "2026-06", "--person", "王五",
                    "--lang", "zh")
    assert show.returncode == 0, show.stderr
    assert show.stdout.splitlines() == [
        "2026-06 提成核算（已计算）", "", "王五",
        "       -120.50  2026-06 调整 -¥120.50：多发的差旅补贴",
        "  应发 0.00，调整 -120.50，追回 0.00，实发 -120.50"]
    show = sailplan(db_path, "incentives", "show", "--period", "2026-06")
    assert "     5000.00  2026-06 signed ¥100,000.00 × 5 %" in show.stdout
    early = sailplan(db_path, "incentives", "approve", "--period", "2026-06", "--lang", "zh")
    assert early.returncode == 2 and "请先复核 2026-06 的提成核算，再审批" in early.stderr
    for step, by in (("review", "李四"), ("approve", "东经理"), ("lock", "东经理")):
        done = sailplan(db_path, "incentives", step, "--period", "2026-06", "--by", by)
        assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "The 2026-06 payout run is now locked"
    again = sailplan(db_path, "incentives", "run", "--period", "2026-06")
    assert again.returncode == 2 and "the 2026-06 payout run is locked" in again.stderr
    again = sailplan(db_path, "incentives", "run", "--period", "2026-06", "--lang", "zh")
    assert "2026-06 的提成核算已锁定" in again.stderr
    late = sailplan(db_path, "incentives", "adjust", "--person", "张三", "--period", "2026-06",
                    "--amount", "50", "--reason", "补")
    assert late.returncode == 2 and "the 2026-06 payout run is locked" in late.stderr
    fix = sailplan(db_path, "incentives", "adjust", "--person", "张三", "--period", "2026-07",
                   "--amount", "-50", "--reason", "六月多算", "--corrects", "2026-06")
    assert fix.returncode == 0, fix.stderr
    assert fix.stdout.strip() == ("Adjustment of -¥50.00 for 张三 recorded: the first 2026-07 "
                                  "or later run that locks pays it")
    sailplan(db_path, "incentives", "run", "--period", "2026-07")
    july = sailplan(db_path, "incentives", "show", "--period", "2026-07", "--person", "张三")
    assert ("Adjustment -¥50.00 for 2026-07, correcting the 2026-06 run: 六月多算"
            in july.stdout)
    week = sailplan(db_path, "incentives", "run", "--period", "2026-W05", "--lang", "zh")
    assert week.returncode == 2
    assert "核算期间须为月（2026-06）、季度（2026-Q2）或年（2026），而不是 2026-W05" in week.stderr
    nobody = sailplan(db_path, "incentives", "show", "--period", "2026-08")
    assert nobody.returncode == 2 and "there is no 2026-08 payout run" in nobody.stderr


def raised() -> set[str]:
    found: set[str] = set()
    for name in SERVICES:
        path = ROOT / "services" / "incentives" / f"{name}.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and node.args
                    and getattr(node.func, "id", "") in ("RunError", "SchemeError")):
                first = node.args[0]
                assert isinstance(first, ast.Constant), (path, node.lineno)
                found.add(first.value)
    return found


def test_every_refusal_of_the_runs_and_schemes_is_listed():
    assert raised() == set(REFUSALS)


@pytest.fixture
def chinese():
    before = os.environ.get("SAILPLAN_LANG")
    _i18n.use_language("zh")
    yield
    _i18n.use_language(before or "en")


def test_every_refusal_reads_in_chinese_with_its_values(chinese):
    values = {"name": "销售提成", "limit": "200", "number": "3", "period": "2026-06",
              "kind": "奖章"}
    for template in REFUSALS:
        fields = re.findall(r"\{(\w+)\}", template)
        text = _i18n.error_text(SailplanError(template, **{f: values[f] for f in fields}))
        assert CJK.search(text), template
        for field in fields:
            assert values[field] in text, template
