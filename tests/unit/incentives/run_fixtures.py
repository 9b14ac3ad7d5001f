"""A firm for the payout-run tests: the target-test firm (tests/unit/target_fixtures.py), a
published scheme for its reps, and helpers to sign contracts and read runs back."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from models.incentives import PayoutLine, PayoutRun
from services.incentives import run_queries as ST
from services.incentives import runs as R
from services.incentives import schemes as S
from services.orders import contracts as C
from tests.unit.target_fixtures import Firm, build_firm

__all__ = ["Firm", "build_firm", "commission_doc", "lines_of", "publish_scheme", "sign",
           "to_locked"]


def commission_doc(base: str = "signed", rate: str = "5", award: str | None = None) -> dict:
    """Reps get ``rate`` % of their signed (or collected) amount (no target: the first tier),
    and ``award`` yuan per new customer when given.
    """
    rules: list[dict] = [{"kind": "commission", "id": "c1", "base": base,
                          "target_metric": f"{base}_amount",
                          "tiers": [{"from_pct": "0", "rate_pct": rate}]}]
    if award is not None:
        rules.append({"kind": "new_customer", "id": "n1", "amount": award})
    return {"assign": {"roles": ["rep"]}, "rules": rules}


def publish_scheme(store, doc: dict, effective_from: date = date(2026, 1, 1),
                   name: str = "销售提成") -> str:
    """A published scheme of ``doc``; its version's id."""
    ref = S.create_scheme(store, name, effective_from=effective_from, document=doc).value
    S.publish(store, ref.version_id)
    return ref.version_id


def sign(store, firm: Firm, person: str, customer: int, amount: str, day: date,
         number: str) -> str:
    """A contract of ``person`` with the firm's ``customer``-th customer; its id."""
    return C.create_contract(store, customer_id=firm.customers[customer],
                             owner_id=firm.people[person], amount=Decimal(amount),
                             sign_date=day, number=number, check_credit=False).value


def to_locked(store, period: str) -> str:
    """Compute, review, approve and lock a period's run; its id."""
    run_id = R.compute_run(store, period).value
    R.review(store, period)
    R.approve(store, period)
    R.lock(store, period)
    return run_id


def lines_of(store, period: str) -> list[tuple]:
    """The live lines of a period's run as stored: (id, person, kind, amount, template,
    params, trace), by position.
    """
    with store.read() as uow:
        s = uow.session
        run_id = s.scalar(select(PayoutRun.id).where(PayoutRun.period == period,
                                                     PayoutRun.deleted_at.is_(None)))
        return [(x.id, x.person_id, x.kind, x.amount, x.template, json.loads(x.params),
                 json.loads(x.trace))
                for x in s.scalars(select(PayoutLine).where(
                    PayoutLine.run_id == run_id, PayoutLine.deleted_at.is_(None))
                    .order_by(PayoutLine.position))]


def texts(store, period: str, person_id: str | None = None, lang: str = "en") -> list[str]:
    """Every line's explanation, person by person."""
    return [line.text for p in ST.statements(store, period, person_id=person_id, lang=lang)
            for line in p.lines]
