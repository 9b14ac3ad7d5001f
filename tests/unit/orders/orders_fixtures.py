"""A firm with won deals (tests/unit/target_fixtures.py) and helpers for contracts and plans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from models import Deal
from services.orders import contracts as C
from services.orders import plans as PL
from tests.unit.target_fixtures import Firm, build_firm

__all__ = ["Firm", "build_firm", "contract_with_plan", "deal_id"]


def deal_id(store, name: str) -> str:
    """The id of the deal called ``name`` (商机0 … 商机7, 未成交)."""
    with store.read() as uow:
        return uow.session.scalar(select(Deal.id).where(Deal.name == name))


def contract_with_plan(store, customer_id: str, owner_id: str | None, amount: str,
                       sign: date, plan: list[tuple[date, str]], number: str | None = None
                       ) -> tuple[str, tuple[str, ...]]:
    """A contract of ``amount`` and its plan of (due date, amount) lines: (id, instalment ids)."""
    cid = C.create_contract(store, customer_id=customer_id, owner_id=owner_id,
                            amount=Decimal(amount), sign_date=sign, number=number).value
    ids = PL.set_payment_plan(store, cid, [PL.PlanLine(d, amount=Decimal(a))
                                           for d, a in plan]).value
    return cid, ids
