"""Planning a receivables ledger (应收台账) import: contracts, instalments and what was paid.

A row is an invoice, a contract or one instalment of a contract. Rows with the same contract
number (合同编号/发票号) are one contract's instalments; a row without a number is a contract of
its own (numbered ``HT-{yyyy}-{seq:04}`` when it is written). What each row gives:

* **Contract.** The customer, owner, sign date (签订日期) and contract amount (合同金额) may be
  written on the contract's first row only (ledgers often leave them empty below); later rows
  take them from there. A contract names one customer: another customer on a later row
  rejects the contract. The contract amount, when given, must equal the sum of its
  instalments; without it the contract amount is that sum. The sign date is the 签订日期, else
  the first invoice date (开票日期), else the earliest due or paid date, but never after the
  ledger's date.
* **Instalment.** 期次 ``第2期`` / ``2 预付`` / ``质保金`` gives its sequence and label (rows
  without one are numbered after the others, in file order; the same number twice rejects
  the contract); the due date (到期日/应收日期; else the row's sign or invoice date) and the
  amount (> 0) are needed. 开票 (已开票 …) or an invoice date marks it invoiced (on the
  invoice date, else on its due date or the ledger's date, whichever is earlier); 争议 marks
  it disputed.
* **Paid.** 回款日期 with no paid amount: paid in full on that day. A paid amount (实收/已回款)
  with no date: received on the due date, or on the ledger's date if that is earlier (a
  note says so). A file with an open amount (未收/未回款) but no paid amount column: paid =
  amount − open (where the file has both, the paid amount decides: a ledger's own 未收
  formula goes wrong on amounts typed as text). A payment larger than the instalment keeps
  the rest as the customer's credit (a note).
* **Customers** are matched by name as in the customers import (``有限公司`` and width ignored)
  and created when unknown, owned by the contract's owner. Owners are resolved as in every
  import (unknown: left unassigned, mapped, or created).
* **All or nothing per contract:** a row with an error rejects every row of its contract
  (named in a note), so no contract is imported without some of its instalments. A contract
  number already in Sailplan skips the contract's rows: importing the same ledger twice
  adds nothing.

The ledger's date (``ImportPlan.as_of``, default today) is the day the ledger was drawn up:
what it says was paid, was paid by then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from services.importing import messages as M
from services.importing.lookups import customer_key
from services.importing.messages import msg
from services.importing.rows import WARNING

if TYPE_CHECKING:
    from services.importing.plan import ImportPlan, PlanRow

ProblemFn = Callable[..., None]
#: Values a contract's later rows take from its first row that has them.
CONTRACT_FIELDS = ("customer", "owner", "signed_on", "contract_amount")
ZERO = Decimal("0.00")


def contract_number(text: Any) -> str:
    """A contract number as stored: surrounding and repeated spaces removed."""
    return " ".join(str(text or "").split())


def contract_key(r: PlanRow) -> tuple[str, Any]:
    """The contract a row belongs to: its number, else the row itself."""
    number = contract_number(r.parsed.values.get("number"))
    return ("number", number) if number else ("row", r.parsed.index)


def groups(rows: list[PlanRow]) -> dict[tuple[str, Any], list[PlanRow]]:
    """The rows of each contract, contracts and rows in file order."""
    out: dict[tuple[str, Any], list[PlanRow]] = {}
    for r in rows:
        out.setdefault(contract_key(r), []).append(r)
    return out


def fill_down(plan: ImportPlan, problem: ProblemFn) -> None:
    """Give a contract's later rows the customer, owner, sign date and contract amount its
    first rows state (before owners are resolved); another customer rejects the row.
    """
    for (kind, number), rows in groups(plan.rows).items():
        if kind != "number":
            continue
        first: dict[str, tuple[Any, int]] = {}
        for r in rows:
            v = r.parsed.values
            for f in CONTRACT_FIELDS:
                if v.get(f) not in (None, "") and f not in first:
                    first[f] = (v[f], r.parsed.row_number)
        for r in rows:
            v = r.parsed.values
            given = first.get("customer")
            if v.get("customer") and given is not None:
                _same_customer(plan, r, number, given, problem)
            for f in ("customer", "owner", "signed_on"):
                if v.get(f) in (None, "") and f in first:
                    v[f] = first[f][0]
            if "contract_amount" in first:
                v["_contract_amount"] = first["contract_amount"]


def _same_customer(plan: ImportPlan, r: PlanRow, number: str, given: tuple[Any, int],
                   problem: ProblemFn) -> None:
    """A later row's customer against the contract's: the same name, a shorter or longer
    spelling of it (``…股份`` for ``…股份有限公司``: read as the contract's, with a note), or
    another customer (an error).
    """
    mine, theirs = customer_key(r.parsed.values["customer"]), customer_key(given[0])
    if mine == theirs:
        return
    if mine and theirs and (mine.startswith(theirs) or theirs.startswith(mine)):
        problem(plan, r, "customer", msg(M.LEDGER_CUSTOMER_VARIANT, value=r.parsed.values[
            "customer"], name=given[0], number=number, row=given[1]), WARNING)
        r.parsed.values["customer"] = given[0]
        return
    problem(plan, r, "customer", msg(M.LEDGER_OTHER_CUSTOMER, number=number, value=given[0],
                                     row=given[1]))


def resolve_ledger(plan: ImportPlan, problem: ProblemFn) -> None:
    """Decide every row (see the module docstring); owners are already resolved."""
    as_of = plan.as_of or date.today()
    for r in plan.rows:
        _row(plan, r, as_of, problem)
    for key, rows in groups(plan.rows).items():
        _contract(plan, key, rows, as_of, problem)


def _row(plan: ImportPlan, r: PlanRow, as_of: date, problem: ProblemFn) -> None:
    """One row's own checks and derived values (``refs``: due, paid, paid_on, seq, label)."""
    v = r.parsed.values
    if not v.get("customer"):
        problem(plan, r, "customer", msg(M.REQUIRED, field="Customer"))
    amount = v.get("amount")
    if amount is None and not r.parsed.has_error:  # 待确认: a placeholder is no amount here
        problem(plan, r, "amount", msg(M.REQUIRED, field="Amount"))
    elif amount is not None and amount <= 0:
        problem(plan, r, "amount", msg(M.LEDGER_NOT_POSITIVE))
    due = v.get("due_on") or v.get("invoiced_on") or v.get("signed_on")
    if due is None:
        problem(plan, r, "due_on", msg(M.LEDGER_NO_DUE))
    if r.parsed.has_error or amount is None or due is None:
        return
    seq, label = v.get("instalment") or (None, None)
    r.refs.update(due=due, seq=seq, label=label)
    paid, paid_on = v.get("paid_amount"), v.get("paid_on")
    if "paid_amount" not in plan.mapping and _left_empty(plan, r, "open_amount"):
        # the open amount is what says what was paid: a cell that cannot be read rejects
        problem(plan, r, "open_amount", msg(M.EXPECTED_AMOUNT))
        return
    if paid is None and v.get("open_amount") is not None and "paid_amount" not in plan.mapping:
        if v["open_amount"] > amount:
            problem(plan, r, "open_amount", msg(M.LEDGER_OPEN_TOO_LARGE,
                                                open=f"{v['open_amount']:,.2f}",
                                                amount=f"{amount:,.2f}"))
            return
        paid = amount - v["open_amount"]
    if paid is None and paid_on is not None:
        paid = amount
    paid = paid or ZERO
    if paid > 0 and paid_on is None:
        paid_on = min(due, as_of)
        problem(plan, r, "paid_amount", msg(M.LEDGER_PAID_UNDATED, date=paid_on.isoformat()),
                WARNING)
    if paid > amount:
        problem(plan, r, "paid_amount", msg(M.LEDGER_OVERPAID, paid=f"{paid:,.2f}",
                                            amount=f"{amount:,.2f}"), WARNING)
    r.refs.update(paid=paid, paid_on=paid_on if paid > 0 else None)
    if v.get("invoiced_on") is not None:
        r.refs["invoiced_on"] = v["invoiced_on"]
    elif v.get("invoiced"):
        r.refs["invoiced_on"] = min(due, as_of)


def _left_empty(plan: ImportPlan, r: PlanRow, key: str) -> bool:
    """True when the row's cell of field ``key`` could not be read (and was left empty)."""
    return any(p.left_empty and 0 <= p.col_index < len(plan.mapping)
               and plan.mapping[p.col_index] == key for p in r.problems)


def _contract(plan: ImportPlan, key: tuple[str, Any], rows: list[PlanRow], as_of: date,
              problem: ProblemFn) -> None:
    """A contract's checks across its rows, its sequence numbers, sign date and customer."""
    number = key[1] if key[0] == "number" else ""
    if number and number in plan.lookups.contracts:
        for r in rows:
            if not r.parsed.has_error:
                r.status = "skip"
                problem(plan, r, "number", msg(M.LEDGER_EXISTS, number=number), WARNING)
            else:
                r.status = "reject"
        return
    seen: dict[int, int] = {}
    for r in rows:
        seq = r.refs.get("seq")
        if seq is None or r.parsed.has_error:
            continue
        if seq in seen:
            problem(plan, r, "instalment", msg(M.LEDGER_SAME_INSTALMENT, number=number,
                                               seq=seq, row=seen[seq]))
        else:
            seen[seq] = r.parsed.row_number
    stated = _stated_amount(rows, number)
    if stated is not None and not any(r.parsed.has_error for r in rows):
        total = sum((r.parsed.values["amount"] for r in rows), ZERO)
        value, holder = stated
        if total != value:
            problem(plan, holder, "contract_amount", msg(
                M.LEDGER_SUM, number=number or "—", sum=f"{total:,.2f}",
                amount=f"{value:,.2f}"))
    bad = next((r for r in rows if r.parsed.has_error), None)
    if bad is not None:
        for r in rows:
            if r is not bad and not r.parsed.has_error:
                problem(plan, r, "number", msg(M.LEDGER_SIBLING, row=bad.parsed.row_number,
                                               number=number))
            r.status = "reject"
        return
    _number_instalments(rows, seen)
    first = rows[0].parsed.values
    dates = [d for r in rows for d in (r.refs["due"], r.refs.get("paid_on")) if d is not None]
    sign = first.get("signed_on") or next(
        (r.parsed.values["invoiced_on"] for r in rows if r.parsed.values.get("invoiced_on")),
        None) or min(min(dates), as_of)
    name = first["customer"]
    found = plan.lookups.customers_by_name.get(customer_key(name))
    for r in rows:
        r.status = "create"
        r.refs["contract"] = key
        r.refs["sign_date"] = sign
        if found is not None:
            r.refs["customer_id"] = found
        else:
            r.refs["new_customer"] = customer_key(name)


def _number_instalments(rows: list[PlanRow], taken: dict[int, int]) -> None:
    """Rows without a sequence number get the next free ones, in file order."""
    nxt = max(taken, default=0)
    for r in rows:
        if r.refs.get("seq") is None:
            nxt += 1
            while nxt in taken:
                nxt += 1
            r.refs["seq"] = nxt


def _stated_amount(rows: list[PlanRow], number: str) -> tuple[Decimal, PlanRow] | None:
    """The contract amount the file states and the row stating it (None: not stated)."""
    if not number:
        value = rows[0].parsed.values.get("contract_amount")
        return None if value is None else (value, rows[0])
    stated = rows[0].parsed.values.get("_contract_amount")
    if stated is None:
        return None
    value, row_number = stated
    return value, next((r for r in rows if r.parsed.row_number == row_number), rows[0])
