"""Payment reminders for Today: overdue instalments and instalments due within N days.

**Which.** Every instalment open today (:mod:`services.orders.receivables`: live, of a live,
uncancelled contract signed by today, its payments less refunds short of its amount) that is
past its due date (kind ``payment_overdue``, dated its due date: Today files it under overdue)
or due within the next N days, today included (``payment_due``: due today or coming up). N is a
setting of the firm (:data:`SETTING_KEY`, default :data:`DEFAULT_DUE_DAYS`), set in Settings ▸
Payment reminders; :func:`set_due_days` is one undo step.

**Whose.** ``person_id`` None means everyone's (Today's "only mine" off). Otherwise the person
sees the instalments of the contracts they own and of the contracts their direct reports own
(people whose manager, ``people.manager_id``, they are): the owner chases the money, the
manager sees what their team has to chase.

**Opening.** A reminder opens its contract on the Orders page (its plan and payments, where
the payment is recorded); a follow-up — the collection call — can be logged from Today, and is
recorded on the contract's customer (:func:`log_contract_followup`). The title names the
customer, the contract number and the instalment, the detail the open amount, the due date
and, when it is not the viewer's own, the owner (Today's due column says how many days
overdue).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select

from models import Customer, Person
from models.base import from_fen
from models.orders import Contract, PaymentInstalment
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.rule_store import read_json, write_json
from services.core.store import Store
from services.customers.edit import clean_new_followup, insert_followup, set_followup_deleted
from services.orders.contracts import fen, get_contract_row
from services.orders.receivables import _live_contract, _paid_by
from services.today.reminders import (
    ACTION_LOG,
    SEVERITY_INFO,
    SEVERITY_OVERDUE,
    SEVERITY_WARNING,
    Reminder,
    reminder_lang,
)

KIND_OVERDUE = "payment_overdue"
KIND_DUE = "payment_due"
SETTING_KEY = "orders.payment_reminders"
DEFAULT_DUE_DAYS = 7
MAX_DUE_DAYS = 365
ACTIONS = (ACTION_LOG,)


def due_days(store: Store) -> int:
    """How many days ahead Today reminds of instalments coming due (the setting, else 7)."""
    with store.read() as uow:
        value = read_json(uow.session, SETTING_KEY)
    days = value.get("due_days") if isinstance(value, dict) else None
    return days if isinstance(days, int) and 0 <= days <= MAX_DUE_DAYS else DEFAULT_DUE_DAYS


def set_due_days(store: Store, days: int | str) -> Op[int]:
    """Remind of instalments due within ``days`` days (0: only those due today). The value is
    the previous setting; the undo sets it back.
    """
    try:
        value = int(str(days).strip())
    except ValueError:
        raise ValidationError("“{value}” is not a number of days.", field="due_days",
                              value=days) from None
    if not 0 <= value <= MAX_DUE_DAYS:
        raise ValidationError("Remind between 0 and {max} days ahead.", field="due_days",
                              max=MAX_DUE_DAYS)
    before = due_days(store)
    with store.write() as uow:
        write_json(uow.session, SETTING_KEY, {"due_days": value})
        uow.commit()
        return uow.op(before, undo=call(set_due_days, before))


@dataclass(frozen=True)
class _Open:
    instalment_id: str
    contract_id: str
    customer_id: str
    customer_name: str
    number: str
    label: str | None
    seq: int
    owner_id: str | None
    owner_name: str | None
    due: date
    open_fen: int


def _watched(person_id: str) -> object:
    """The condition "owned by ``person_id`` or by one of their direct reports"."""
    reports = select(Person.id).where(Person.manager_id == person_id,
                                      Person.deleted_at.is_(None))
    return or_(Contract.owner_id == person_id, Contract.owner_id.in_(reports))


def open_instalments(store: Store, today: date, person_id: str | None, days: int
                     ) -> list[_Open]:
    """The instalments open today and due by ``today + days``, by due date."""
    paid = _paid_by(today)
    paid_fen = func.coalesce(paid.c.paid, 0)
    q = (select(PaymentInstalment.id, Contract.id, Customer.id, Customer.name, Contract.number,
                PaymentInstalment.label, PaymentInstalment.seq, Contract.owner_id, Person.name,
                PaymentInstalment.due_date, fen(PaymentInstalment.amount) - paid_fen)
         .join(Contract, Contract.id == PaymentInstalment.contract_id)
         .join(Customer, Customer.id == Contract.customer_id)
         .outerjoin(Person, Person.id == Contract.owner_id)
         .outerjoin(paid, paid.c.iid == PaymentInstalment.id)
         .where(*_live_contract(today), fen(PaymentInstalment.amount) > paid_fen,
                PaymentInstalment.due_date <= today + timedelta(days=days))
         .order_by(PaymentInstalment.due_date, Customer.name, Contract.number,
                   PaymentInstalment.seq))
    if person_id is not None:
        q = q.where(_watched(person_id))  # type: ignore[arg-type]
    with store.read() as uow:
        rows = uow.session.execute(q).all()
    out = []
    for iid, kid, cid, cname, number, label, seq, oid, oname, due, open_fen in rows:
        day = due if isinstance(due, date) else date.fromisoformat(str(due))
        out.append(_Open(iid, kid, cid, cname, number, label, seq, oid, oname, day,
                         int(open_fen)))
    return out


def _money(fen_amount: int) -> str:
    amount = from_fen(fen_amount)
    return f"¥{amount:,.2f}" if amount % 1 else f"¥{amount:,.0f}"


def _reminder(row: _Open, today: date, me: str | None, zh: bool) -> Reminder:
    part = row.label or (f"第{row.seq}期" if zh else f"instalment {row.seq}")
    title = f"{row.customer_name} · {row.number} {part}"
    late = (today - row.due).days
    # the days overdue are in Today's due column
    parts = ([f"未回款 {_money(row.open_fen)}", f"应收日 {row.due.isoformat()}"] if zh
             else [f"{_money(row.open_fen)} open", f"due {row.due.isoformat()}"])
    if row.owner_id != me and row.owner_name:  # a report's or everyone's: whose it is
        parts.append(row.owner_name)
    if late > 0:
        kind, severity = KIND_OVERDUE, SEVERITY_OVERDUE
    else:
        kind, severity = KIND_DUE, SEVERITY_WARNING if late == 0 else SEVERITY_INFO
    return Reminder(kind, title, " · ".join(parts), row.due, "contract", row.contract_id,
                    severity, actions=ACTIONS)


def payment_reminders(store: Store, today: date, person_id: str | None,
                      lang: str | None = None) -> list[Reminder]:
    """Today's payment reminders for ``person_id`` and their direct reports (everyone's when
    None); see the module docstring.
    """
    zh = reminder_lang(lang) == "zh_CN"
    rows = open_instalments(store, today, person_id, due_days(store))
    return [_reminder(r, today, person_id, zh) for r in rows]


def log_contract_followup(store: Store, contract_id: str, values: dict[str, Any],
                          clear_next: bool = False) -> Op[str]:
    """Record a follow-up (the collection call) on the contract's customer, as the customer
    card records one; the value is the new record's id. Undone by
    :func:`~services.customers.edit.set_followup_deleted`.
    """
    cleaned = clean_new_followup(values)
    with store.write() as uow:
        customer_id = get_contract_row(uow.session, contract_id).customer_id
        fid, before = insert_followup(uow.session, customer_id, cleaned, clear_next)
        uow.commit()
        return uow.op(fid, undo=call(set_followup_deleted, fid, True, before))
