"""The headless ``contracts status``, ``contracts sign`` and ``risk list`` commands on a real
file: the same services and refusals as the window, in English and Chinese."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from models import Customer
from services.orders import contracts as C
from services.orders import plans as PL
from services.orders import status as ST
from services.setup import open_store
from tests.unit.target_fixtures import build_firm

ROOT = Path(__file__).resolve().parents[3]


def sailplan(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SAILPLAN_LANG"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)


def test_order_steps_signing_and_the_risk_list(db_path: Path):
    with open_store(db_path) as store:
        firm = build_firm(store)
        cust = firm.customers[0]
        with store.write() as uow:
            uow.session.get(Customer, cust).credit_limit = 500
            uow.commit()
        signed = C.create_contract(store, customer_id=cust, amount="800", number="HT-1",
                                   sign_date=date(2026, 1, 1)).value
        PL.set_payment_plan(store, signed, [PL.PlanLine(date(2026, 2, 1), amount=None)])
        C.create_contract(store, customer_id=cust, amount="100", number="HT-2",
                          owner_id=firm.people["张三"], sign_date=date(2026, 1, 1), draft=True)
    done = sailplan(db_path, "contracts", "status", "HT-1", "delivered", "--on", "2026-01-10")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Order HT-1 is now delivered on 2026-01-10"
    back = sailplan(db_path, "contracts", "status", "HT-1", "delivered", "--lang", "zh")
    assert back.returncode == 2 and "已过了这一步" in back.stderr
    nope = sailplan(db_path, "contracts", "status", "HT-9", "done")
    assert nope.returncode == 2 and "There is no contract HT-9." in nope.stderr
    refused = sailplan(db_path, "contracts", "sign", "HT-2")
    assert refused.returncode == 2
    assert "付款条款、交付条款、验收条款、发票类型、违约责任 not ticked" in refused.stderr
    rep = sailplan(db_path, "contracts", "sign", "HT-2", "--by", "张三", "--reason", "急")
    assert rep.returncode == 2 and "张三 may not sign over missing terms" in rep.stderr
    ok = sailplan(db_path, "contracts", "sign", "HT-2", "--by", "东经理", "--reason", "老客户")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.splitlines()[0] == "Contract HT-2 signed"
    assert "by 东经理: 老客户" in ok.stdout
    risk = sailplan(db_path, "risk", "list", "--as-of", "2026-04-15")
    assert risk.returncode == 0, risk.stderr
    assert risk.stdout.splitlines() == [
        "customer\towner\tcredit_limit\topen\tover_by\toverdue_60\tdisputed\treasons",
        "客户0\t张三\t500.00\t900.00\t400.00\t800.00\t\tover_limit, overdue",
        "1 customer(s) at risk on 2026-04-15"]
    zh = sailplan(db_path, "risk", "list", "--as-of", "2026-04-15", "--lang", "zh")
    assert "超出额度、逾期超过60天" in zh.stdout
    cancel = sailplan(db_path, "contracts", "status", "HT-1", "cancel")
    assert cancel.returncode == 2 and "Say why the order is cancelled." in cancel.stderr
    cancel = sailplan(db_path, "contracts", "status", "HT-1", "cancel", "--reason", "项目终止",
                      "--on", "2026-04-20")
    assert cancel.returncode == 0, cancel.stderr
    with open_store(db_path) as store:
        state = ST.order_state(store, ST.find_contract(store, "HT-1"))
        assert (state.order_status, state.cancel_reason) == ("cancelled", "项目终止")
