"""A year (2025) of contracts, payments and deal lines on the target-test firm, and scheme
versions written as they are stored, for the modelling tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.incentives import IncentiveScheme, SchemeStatus, SchemeVersion
from services.orders import contracts as C
from services.orders import payments as PAY
from services.pipeline.deal_lines import LineInput, set_deal_lines
from services.products.catalogue import add_product
from tests.unit.orders.orders_fixtures import Firm, build_firm, deal_id

__all__ = ["Firm", "Year", "build_firm", "commission", "scheme", "version", "year_2025"]


def commission(rate: str, award: str | None = None, assign: dict | None = None) -> dict:
    """Reps (or ``assign``) get ``rate`` % of what they collect each month (no target: the
    first tier), plus ``award`` yuan per new customer when given.
    """
    rules: list[dict] = [{"kind": "commission", "id": "c1", "base": "collected",
                          "target_metric": "collected_amount",
                          "tiers": [{"from_pct": "0", "rate_pct": rate}]}]
    if award is not None:
        rules.append({"kind": "new_customer", "id": "n1", "amount": award})
    return {"assign": assign or {"roles": ["rep"]}, "rules": rules}


def scheme(store, name: str) -> str:
    """A scheme with no version yet; its id."""
    with store.write() as uow:
        row = IncentiveScheme(name=name)
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


def version(store, scheme_id: str, number: int, doc: dict, *, published: bool,
            effective_from: date = date(2025, 1, 1)) -> str:
    """A version of ``doc`` (published or a draft); its id."""
    with store.write() as uow:
        row = SchemeVersion(scheme_id=scheme_id, number=number, effective_from=effective_from,
                            status=SchemeStatus.PUBLISHED if published else SchemeStatus.DRAFT,
                            document=json.dumps(doc))
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


@dataclass
class Year:
    firm: Firm
    contracts: dict[str, str]


def year_2025(store) -> Year:
    """张三 K1 ¥10,000 (2025-03-10, deal 商机5 with lines costing ¥5,200), collected ¥6,000 on
    2025-04-01 and ¥4,000 on 2025-11-20; 李四 K2 ¥20,000 (2025-05-05, deal 商机6 whose lines
    are ¥10,000 costing ¥6,000), collected 2025-06-01; 王五 K3 ¥5,000 (2025-08-08, no lines:
    no cost), ¥2,000 collected 2025-09-09. Outside the year: 张三's K0 ¥1,000 signed and paid
    in December 2024, and ¥3,000 more for K3 paid in January 2026.
    """
    firm = build_firm(store)
    p = firm.people
    hardware = add_product(store, name="服务器", unit_price=Decimal("1000"),
                           unit_cost=Decimal("600"), line="硬件").value
    software = add_product(store, name="软件", unit_price=Decimal("500"),
                           unit_cost=Decimal("100"), line="软件").value
    set_deal_lines(store, deal_id(store, "商机5"), [LineInput(hardware, 8),
                                                    LineInput(software, 4)])
    set_deal_lines(store, deal_id(store, "商机6"), [LineInput(hardware, 10)])

    def sign(person: str, customer: int, amount: str, day: date, number: str,
             deal: str | None = None) -> str:
        return C.create_contract(store, customer_id=firm.customers[customer],
                                 owner_id=p[person], amount=Decimal(amount), sign_date=day,
                                 number=number, check_credit=False,
                                 deal_id=deal_id(store, deal) if deal else None).value

    def pay(customer: int, contract: str, day: date, amount: str) -> None:
        PAY.record_payment(store, customer_id=firm.customers[customer], received_on=day,
                           amount=Decimal(amount), contract_id=contract)

    k0 = sign("张三", 0, "1000", date(2024, 12, 1), "K0")
    pay(0, k0, date(2024, 12, 15), "1000")
    k1 = sign("张三", 5, "10000", date(2025, 3, 10), "K1", "商机5")
    pay(5, k1, date(2025, 4, 1), "6000")
    pay(5, k1, date(2025, 11, 20), "4000")
    k2 = sign("李四", 6, "20000", date(2025, 5, 5), "K2", "商机6")
    pay(6, k2, date(2025, 6, 1), "20000")
    k3 = sign("王五", 7, "5000", date(2025, 8, 8), "K3", "商机7")
    pay(7, k3, date(2025, 9, 9), "2000")
    pay(7, k3, date(2026, 1, 9), "3000")
    return Year(firm, {"K0": k0, "K1": k1, "K2": k2, "K3": k3})
