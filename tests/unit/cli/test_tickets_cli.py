"""``tickets list|add|close`` on a real file, in English and in Chinese, with refusals."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from services.aftersales import get_ticket
from services.aftersales.lookup import ticket_by_number
from services.orders import contracts as C
from services.setup import open_store
from tests.unit.target_fixtures import build_firm

ROOT = Path(__file__).resolve().parents[3]


def sailplan(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_add_list_close(db_path: Path):
    with open_store(db_path) as store:
        firm = build_firm(store)
        C.create_contract(store, customer_id=firm.customers[0], amount="100",
                          sign_date=date(2026, 1, 1), number="HT-2026-0001")
    due = (date.today() - timedelta(days=2)).isoformat()
    added = sailplan(db_path, "tickets", "add", "--customer", "客户0", "--title", "网关掉线",
                     "--owner", "张三", "--due", due, "--contract", "HT-2026-0001",
                     "--priority", "high", "--opened", "2026-01-05")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Opened service ticket GD-2026-0001 for 客户0"
    listed = sailplan(db_path, "tickets", "list", "--overdue")
    assert listed.stdout.splitlines() == [
        "number\tstatus\ttype\tpriority\tcustomer\towner\tdue\tdays_overdue\tsatisfaction\tissue",
        f"GD-2026-0001\topen\trepair\thigh\t客户0\t张三\t{due}\t2\t\t网关掉线",
        "1 ticket(s)"]
    refused = sailplan(db_path, "tickets", "close", "GD-2026-0001", "--satisfaction", "5")
    assert refused.returncode == 2 and "Say how the ticket was resolved first." in refused.stderr
    closed = sailplan(db_path, "tickets", "close", "GD-2026-0001", "--satisfaction", "5",
                      "--resolution", "重启网关", "--on", "2026-01-09", "--lang", "zh")
    assert closed.returncode == 0, closed.stderr
    assert closed.stdout.strip() == "已关闭服务工单 GD-2026-0001，满意度 5 / 5"
    with open_store(db_path) as store:
        t = get_ticket(store, ticket_by_number(store, "GD-2026-0001"))
        assert (t.status, t.satisfaction, t.closed_on, t.contract_number) == (
            "closed", 5, date(2026, 1, 9), "HT-2026-0001")
    zh = sailplan(db_path, "tickets", "list", "--lang", "zh")
    assert zh.stdout.splitlines()[1] == (
        f"GD-2026-0001\t已关闭\t维修\t高\t客户0\t张三\t{due}\t\t5\t网关掉线")
    assert zh.stdout.splitlines()[-1] == "共 1 个工单"
    nobody = sailplan(db_path, "tickets", "add", "--customer", "无此客户", "--title", "x",
                      "--lang", "zh")
    assert nobody.returncode == 2 and "没有名为“无此客户”的客户。" in nobody.stderr
