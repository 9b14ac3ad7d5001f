"""Click-through: the records behind a chart element, and rows to list and open them.

A chart element is named by a :class:`Ref` — the chart, the element's key and (some charts)
a detail: ``Ref("targets", node_id, "signed_amount")``, ``Ref("trend", "2026-03", "collected")``,
``Ref("funnel", stage_id)``, ``Ref("forecast", "won" | "open")``, ``Ref("reasons", "lost",
reason)``, ``Ref("aging", bucket)``, ``Ref("sources", source, "converted" | "")``,
``Ref("board", person_id, metric)``, ``Ref("scorecards", person_id, metric)`` (the
leaderboard's records of the person). :func:`records_of` returns the kind of record and the ids (the
chart's own service query, so the list holds exactly what the element counts);
:func:`describe` reads what a list shows of each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import aliased

from models import Customer, Deal, Person, Stage
from models.orders import Contract, Payment, PaymentInstalment
from services.core.store import Store
from services.dashboard import board, cash, customers, funnel, targets
from services.dashboard.scope import Scope

KINDS = {"targets": "deal", "trend": "deal", "funnel": "deal", "forecast": "deal",
         "reasons": "deal", "aging": "instalment", "sources": "customer", "board": "contract",
         "scorecards": "contract"}
"""The kind of record behind each chart's elements (payments for the collected series)."""


@dataclass(frozen=True)
class Ref:
    """One chart element (see the module docstring)."""

    chart: str
    key: str
    detail: str = ""


@dataclass(frozen=True)
class Records:
    """The records behind an element: their kind ("deal", "contract", "payment",
    "instalment", "customer") and ids.
    """

    kind: str
    ids: tuple[str, ...]


def records_of(store: Store, scope: Scope, ref: Ref) -> Records:
    """The records behind ``ref`` in ``scope``."""
    c, key, detail = ref.chart, ref.key, ref.detail
    kind = KINDS[c]
    if c == "targets":
        ids = targets.target_records(store, scope, detail or "signed_amount", key)
        kind = "payment" if detail == "collected_amount" else "deal"
    elif c == "trend":
        ids = targets.trend_records(store, scope, detail, key)
        kind = "payment" if detail == "collected" else "deal"
    elif c == "funnel":
        ids = funnel.stage_records(store, scope, key)
    elif c == "forecast":
        ids = funnel.forecast_records(store, scope, key)
    elif c == "reasons":
        ids = funnel.reason_records(store, scope, key, detail)
    elif c == "aging":
        ids = cash.aging_records(store, scope, key)
    elif c == "sources":
        ids = customers.source_records(store, scope, key, detail == "converted")
    else:
        kind, ids = board.board_records(store, scope, key, detail or "signed_amount")
    return Records(kind, tuple(ids))


@dataclass(frozen=True)
class RecordRow:
    """One record as the list shows it, and what opening it asks the window for
    (``open_kind``, ``open_id``: an instalment opens its contract).
    """

    kind: str
    id: str
    open_kind: str
    open_id: str
    title: str
    customer: str
    owner: str
    amount: Decimal
    day: date | None


_CHUNK = 500


def _chunks(ids: Sequence[str]) -> list[list[str]]:
    return [list(ids[i:i + _CHUNK]) for i in range(0, len(ids), _CHUNK)]


def describe(store: Store, records: Records) -> list[RecordRow]:
    """The rows of ``records`` (largest amount first, then by title)."""
    owner = aliased(Person)
    out: list[RecordRow] = []
    with store.read() as uow:
        s = uow.session
        for ids in _chunks(records.ids):
            if records.kind == "deal":
                q = (select(Deal.id, Deal.name, Customer.name, owner.name, Deal.won_amount,
                            Deal.amount, Deal.closed_on, Deal.expected_close, Stage.name)
                     .join(Customer, Customer.id == Deal.customer_id)
                     .join(Stage, Stage.id == Deal.stage_id)
                     .outerjoin(owner, owner.id == Deal.owner_id).where(Deal.id.in_(ids)))
                for i, name, cust, who, won, amount, closed, expected, _stage in s.execute(q):
                    out.append(RecordRow("deal", i, "deal", i, name, cust, who or "",
                                         won if won is not None else amount,
                                         closed or expected))
            elif records.kind == "payment":
                q2 = (select(Payment.id, Payment.reference, Contract.number, Customer.name,
                             owner.name, Payment.amount, Payment.received_on)
                      .join(Customer, Customer.id == Payment.customer_id)
                      .outerjoin(Contract, Contract.id == Payment.contract_id)
                      .outerjoin(owner, owner.id == Customer.owner_id)
                      .where(Payment.id.in_(ids)))
                for i, ref, number, cust, who, amount, day in s.execute(q2):
                    out.append(RecordRow("payment", i, "payment", i, number or ref or "",
                                         cust, who or "", amount, day))
            elif records.kind == "instalment":
                q3 = (select(PaymentInstalment.id, Contract.id, Contract.number,
                             PaymentInstalment.seq, PaymentInstalment.label, Customer.name,
                             owner.name, PaymentInstalment.amount, PaymentInstalment.due_date)
                      .join(Contract, Contract.id == PaymentInstalment.contract_id)
                      .join(Customer, Customer.id == Contract.customer_id)
                      .outerjoin(owner, owner.id == Contract.owner_id)
                      .where(PaymentInstalment.id.in_(ids)))
                for i, cid, number, seq, label, cust, who, amount, due in s.execute(q3):
                    title = f"{number} #{seq}" + (f" {label}" if label else "")
                    out.append(RecordRow("instalment", i, "contract", cid, title, cust,
                                         who or "", amount, due))
            elif records.kind == "contract":
                q5 = (select(Contract.id, Contract.number, Customer.name, owner.name,
                             Contract.amount, Contract.sign_date)
                      .join(Customer, Customer.id == Contract.customer_id)
                      .outerjoin(owner, owner.id == Contract.owner_id)
                      .where(Contract.id.in_(ids)))
                for i, number, cust, who, amount, day in s.execute(q5):
                    out.append(RecordRow("contract", i, "contract", i, number, cust, who or "",
                                         amount, day))
            else:
                q4 = (select(Customer.id, Customer.name, Customer.source, owner.name,
                             Customer.created_at)
                      .outerjoin(owner, owner.id == Customer.owner_id)
                      .where(Customer.id.in_(ids)))
                for i, name, source, who, created in s.execute(q4):
                    out.append(RecordRow("customer", i, "customer", i, name, source or "",
                                         who or "", Decimal("0.00"),
                                         created.astimezone().date() if created else None))
    out.sort(key=lambda r: (-r.amount, r.title, r.id))
    return out
