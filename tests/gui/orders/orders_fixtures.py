"""A small firm with contracts, plans and payments, built through the real services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from tests.gui.pipeline_fixtures import PipelineData, seed_pipeline


@dataclass
class OrdersData:
    """Ids of what :func:`seed_orders` made."""

    pipeline: PipelineData
    contracts: dict[str, str] = field(default_factory=dict)  # number → id
    instalments: dict[str, tuple[str, ...]] = field(default_factory=dict)
    won_deal: str = ""


def seed_orders(store, today: date | None = None) -> OrdersData:
    """Three contracts (HT-T-0001 paid in part and overdue, HT-T-0002 not yet due, HT-T-0003
    without a plan), a payment and one won deal still without a contract.
    """
    from services.orders import contracts as C
    from services.orders import payments as PAY
    from services.orders import plans as PL
    from services.pipeline.deals import move_deals

    today = today or date.today()
    data = OrdersData(seed_pipeline(store, today))
    p, people = data.pipeline, list(data.pipeline.people.values())
    plans = {
        "HT-T-0001": (p.customers[0], people[0], "100000", today - timedelta(days=100),
                      [(-70, "30000"), (-40, "60000"), (200, "10000")]),
        "HT-T-0002": (p.customers[1], people[1], "50000", today - timedelta(days=10),
                      [(20, "25000"), (50, "25000")]),
        "HT-T-0003": (p.customers[2], people[2], "8000", today - timedelta(days=5), []),
    }
    for number, (cust, owner, amount, sign, lines) in plans.items():
        cid = C.create_contract(store, customer_id=cust, owner_id=owner, amount=Decimal(amount),
                                sign_date=sign, number=number).value
        data.contracts[number] = cid
        if lines:
            data.instalments[number] = PL.set_payment_plan(store, cid, [
                PL.PlanLine(today + timedelta(days=d), amount=Decimal(a)) for d, a in lines]).value
    PAY.record_payment(store, customer_id=p.customers[0], received_on=today - timedelta(days=60),
                       amount=Decimal("40000"), method="bank", reference="B-001",
                       contract_id=data.contracts["HT-T-0001"])
    won = p.stage_ids[5]
    data.won_deal = p.deals[3]
    move_deals(store, [data.won_deal], won, None, closed_on=today - timedelta(days=2))
    return data
