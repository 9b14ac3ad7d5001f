"""A firm with payout runs for the Incentives tabs: the target-test firm, a published scheme for
its reps (5 % of the signed amount, ¥800 per new customer), contracts in May and June 2026, May
locked, then a May contract cancelled (June claws it back), an adjustment and a recognition.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from services.incentives import adjustments as A
from services.orders.contract_edits import cancel_contract
from tests.unit.incentives.run_fixtures import (
    Firm,
    build_firm,
    commission_doc,
    publish_scheme,
    sign,
    to_locked,
)

PERIOD = "2026-06"


@dataclass
class RunsData:
    """The firm and the contracts by number."""

    firm: Firm
    contracts: dict[str, str]


def seed_runs(store) -> RunsData:  # noqa: ANN001
    firm = build_firm(store)
    publish_scheme(store, commission_doc("signed", "5", award="800"))
    contracts = {
        "HT-2026-0501": sign(store, firm, "张三", 0, "40000", date(2026, 5, 8), "HT-2026-0501"),
        "HT-2026-0502": sign(store, firm, "李四", 1, "60000", date(2026, 5, 20),
                             "HT-2026-0502"),
    }
    to_locked(store, "2026-05")
    cancel_contract(store, contracts["HT-2026-0501"], "客户撤单", date(2026, 6, 3))
    for number, who, customer, amount, day in (
            ("HT-2026-0601", "张三", 2, "120000", date(2026, 6, 12)),
            ("HT-2026-0602", "李四", 1, "85000", date(2026, 6, 18)),
            ("HT-2026-0603", "王五", 3, "36000", date(2026, 6, 25))):
        contracts[number] = sign(store, firm, who, customer, amount, day, number)
    A.add_adjustment(store, firm.people["王五"], PERIOD, Decimal("300"), "五月漏报的出差补贴")
    A.add_recognition(store, firm.people["张三"], PERIOD, "honour", "月度之星")
    return RunsData(firm, contracts)


def make_ctx(store, person_id: str | None = None) -> AppContext:  # noqa: ANN001
    return AppContext(store, AppEvents(), QUndoStack(), TaskRunner(), current_person_id=person_id)
