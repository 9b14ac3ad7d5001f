"""A firm with payout runs for the Incentives tabs: the target-test firm with a published 2026
plan (each rep ¥150,000 signed a month), a published scheme for its reps (commission on the
signed amount by attainment: 0–80 % 3 %, 80–100 % 5 %, ≥ 100 % 8 %; ¥800 per new customer),
contracts in May and June 2026, May locked, then a May contract cancelled (June claws it back),
an adjustment, a recognition and open deals of 张三 (¥50,000 and ¥12,000).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from models import Pipeline
from services.incentives import adjustments as A
from services.orders.contract_edits import cancel_contract
from services.pipeline.deals import create_deal
from services.targets import cascade as T
from services.targets import lifecycle as L
from services.targets import ops
from services.targets.split import Values
from tests.unit.incentives.run_fixtures import (
    Firm,
    build_firm,
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


SCHEME = {"assign": {"roles": ["rep"]}, "rules": [
    {"kind": "commission", "id": "c1", "title": "签约提成", "base": "signed",
     "target_metric": "signed_amount",
     "tiers": [{"from_pct": "0", "rate_pct": "3"}, {"from_pct": "80", "rate_pct": "5"},
               {"from_pct": "100", "rate_pct": "8"}]},
    {"kind": "new_customer", "id": "n1", "amount": "800"}]}


def _targets(store, firm: Firm) -> None:  # noqa: ANN001
    plan_id = ops.create_plan_from_org(store, 2026).value
    ids = {n.name: n.id for n in T.load_tree(store, plan_id).nodes}
    for who in ("张三", "李四", "王五"):
        for month in ("2026-05", "2026-06"):
            T.set_values(store, ids[who], "signed_amount", month, Values(0, 15_000_000, 0),
                         by=firm.people["周总监"], reason="月度目标")
    L.publish_plan(store, plan_id, by=firm.people["周总监"])


def _open_deals(store, firm: Firm) -> None:  # noqa: ANN001
    with store.read() as uow:
        pipeline = uow.session.scalars(select(Pipeline.id)).first()
    for name, amount in (("智能仓储二期", "50000"), ("传感器年度备件", "12000")):
        create_deal(store, name=name, pipeline_id=pipeline, customer_id=firm.customers[2],
                    owner_id=firm.people["张三"], amount=Decimal(amount),
                    expected_close=date(2026, 6, 28))


def seed_runs(store) -> RunsData:  # noqa: ANN001
    firm = build_firm(store)
    _targets(store, firm)
    publish_scheme(store, SCHEME)
    _open_deals(store, firm)
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
