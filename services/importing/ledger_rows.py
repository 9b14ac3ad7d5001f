"""Importing a receivables ledger: the rows to insert (commit side).

Called by :class:`services.importing.records.ChangeBuilder` for a receivables import (see
:mod:`services.importing.ledger_plan` for what a row means). Per contract: the customer (an
existing one, or one created once per name, owned by the contract's owner), the contract, one
instalment per row, and per row with something paid a payment of that amount with its
allocation to the row's instalment (up to the instalment's amount; the rest is the customer's
credit). A contract without a number gets the next free ``HT-{yyyy}-{seq:04}`` of its sign
date, past the numbers in Sailplan and in the file.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from models.base import new_id
from models.orders import ContractStatus, PaymentMethod
from services.importing.ledger_plan import contract_number

if TYPE_CHECKING:
    from services.importing.plan import PlanRow
    from services.importing.records import ChangeBuilder

_SEQ_TAIL = re.compile(r"(\d+)$")


def format_number(sign: date, seq: int) -> str:
    """``HT-{yyyy}-{seq:04}``, the default contract number pattern of
    :mod:`services.orders.contracts` (importing does not import that package: it imports
    this one).
    """
    return f"HT-{sign.year:04d}-{seq:04d}"


class _Numbers:
    """Free contract numbers of the default pattern, per sign date's prefix."""

    def __init__(self, taken: set[str]):
        self.taken = taken
        self.highest: dict[str, int] = {}

    def next(self, sign: date) -> str:
        prefix = format_number(sign, 0)[:-4]
        if prefix not in self.highest:
            found = [int(m.group(1)) for n in self.taken if n.startswith(prefix)
                     and (m := _SEQ_TAIL.search(n[len(prefix):])) is not None]
            self.highest[prefix] = max(found, default=0)
        while True:
            self.highest[prefix] += 1
            number = format_number(sign, self.highest[prefix])
            if number not in self.taken:
                self.taken.add(number)
                return number


def build_ledger(b: ChangeBuilder) -> None:
    """Every contract, instalment, payment and allocation (and new customer) of the plan."""
    contracts: dict[Any, list[PlanRow]] = {}
    for r in b.plan.rows:
        if r.status == "create":
            contracts.setdefault(r.refs["contract"], []).append(r)
    numbers = _Numbers({*b.plan.lookups.contracts,
                        *(k[1] for k in contracts if k[0] == "number")})
    customers: dict[str, str] = {}
    base = {"created_at": b.now, "updated_at": b.now, "deleted_at": None}
    add = b.out.add
    for key, rows in contracts.items():
        first = rows[0]
        owner = b.owner(first)
        cust = first.refs.get("customer_id") or _new_customer(b, first, owner, customers)
        b.out.customer_ids.add(cust)
        sign = first.refs["sign_date"]
        number = contract_number(key[1]) if key[0] == "number" else numbers.next(sign)
        cid = new_id()
        add("contracts", {**base, "id": cid, "number": number, "customer_id": cust,
                          "deal_id": None, "owner_id": owner, "sign_date": sign,
                          "amount": sum((r.parsed.values["amount"] for r in rows), Decimal(0)),
                          "status": ContractStatus.SIGNED.value, "terms": None})
        for r in rows:
            v, refs = r.parsed.values, r.refs
            iid = new_id()
            add("payment_instalments", {
                **base, "id": iid, "contract_id": cid, "seq": refs["seq"],
                "due_date": refs["due"], "amount": v["amount"], "label": refs["label"],
                "invoiced_on": refs.get("invoiced_on"), "disputed": bool(v.get("disputed"))})
            paid = refs["paid"]
            if paid <= 0:
                continue
            pid = new_id()
            add("payments", {**base, "id": pid, "customer_id": cust, "contract_id": cid,
                             "received_on": refs["paid_on"], "amount": paid,
                             "method": v.get("method") or PaymentMethod.BANK.value,
                             "reference": v.get("reference")})
            add("payment_allocations", {**base, "id": new_id(), "payment_id": pid,
                                        "instalment_id": iid,
                                        "amount": min(paid, v["amount"])})


def _new_customer(b: ChangeBuilder, r: PlanRow, owner: str | None,
                  made: dict[str, str]) -> str:
    key = r.refs["new_customer"]
    if key not in made:
        from services.customers.dedupe import normalise_name

        name = r.parsed.values["customer"]
        made[key] = b.insert_customer({"name": name, "name_norm": normalise_name(name)}, owner)
    return made[key]
