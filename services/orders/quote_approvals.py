"""Quote approval (报价审批): discount thresholds, requests, decisions, and Today's list.

* Thresholds are business settings (``orders.quote_discount_limits``: the firm's limit and
  one per product, in basis points), read by :func:`read_thresholds` and saved by
  :func:`set_thresholds` (undone by saving the old ones back).
* :func:`file_request` is called by the quote writes (:mod:`services.orders.quotes`) in their
  unit of work: lines beyond their thresholds file a pending request to the approver.
* The approver (:func:`approver_for`) is the quote owner's manager (``people.manager_id``),
  else a sales manager of the owner's unit, else the firm's owner or director.
* :func:`decide_approval` approves or rejects with a comment; the approver or the firm's owner
  or director may decide, nobody decides their own request.
* :func:`approval_reminders` is the Today provider: each pending request, for its approver.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Customer, Person, Product
from models.base import new_id, utcnow
from models.enums import Role
from models.quotes import ApprovalState, Quote, QuoteApproval
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.rule_store import read_json, write_json
from services.core.store import Store
from services.orders import quote_rules as QR
from services.orders.quote_state import QuoteState, get_quote_row, restore_quote_state, snapshot
from services.today.reminders import SEVERITY_WARNING, Reminder, reminder_lang

THRESHOLDS_KEY = "orders.quote_discount_limits"
KIND_APPROVAL = "quote_approval"
ADMIN_ROLES = (Role.OWNER, Role.DIRECTOR)
COMMENT_LIMIT = 500


# --- thresholds ----------------------------------------------------------------------------

def read_thresholds_in(s: Session) -> QR.Thresholds:
    """The discount thresholds stored in the database (the default when none are)."""
    raw = read_json(s, THRESHOLDS_KEY)
    if not isinstance(raw, dict):
        return QR.Thresholds()
    products = raw.get("products") or {}
    return QR.Thresholds(int(raw.get("global_bp", QR.DEFAULT_DISCOUNT_LIMIT_BP)),
                         {str(k): int(v) for k, v in products.items()})


def read_thresholds(store: Store) -> QR.Thresholds:
    """The discount thresholds (see the module docstring)."""
    with store.read() as uow:
        return read_thresholds_in(uow.session)


def set_thresholds(store: Store, global_bp: int, products: Mapping[str, int]) -> Op[None]:
    """Save the firm's discount threshold and the per-product ones (basis points, 0–100 %);
    undone by saving the old ones back.
    """
    for bp in (global_bp, *products.values()):
        if not 0 <= int(bp) <= 10000:
            raise ValidationError("A discount threshold must be between 0 and 100 %.",
                                  field="threshold")
    with store.write() as uow:
        s = uow.session
        old = read_thresholds_in(s)
        for pid in products:
            if s.get(Product, pid) is None:
                raise ValidationError("That product does not exist.", field="product")
        write_json(s, THRESHOLDS_KEY, {"global_bp": int(global_bp),
                                       "products": {k: int(v) for k, v in products.items()}})
        uow.commit()
        return uow.op(None, undo=call(set_thresholds, old.global_bp, dict(old.products)))


# --- who approves --------------------------------------------------------------------------

def _live(p: Person | None) -> bool:
    return p is not None and p.deleted_at is None and p.active_to is None


def approver_for(s: Session, person_id: str | None) -> str | None:
    """Who approves a quote of ``person_id`` (see the module docstring); None: nobody found."""
    person = s.get(Person, person_id) if person_id else None
    if person is not None and person.manager_id is not None:
        manager = s.get(Person, person.manager_id)
        if _live(manager) and manager is not None:
            return manager.id
    if person is not None:
        same_unit = s.scalar(select(Person.id).where(
            Person.unit_id == person.unit_id, Person.role == Role.MANAGER,
            Person.id != person.id, Person.deleted_at.is_(None), Person.active_to.is_(None))
            .order_by(Person.name).limit(1))
        if same_unit is not None:
            return same_unit
    for role in ADMIN_ROLES:
        admin = s.scalar(select(Person.id).where(
            Person.role == role, Person.deleted_at.is_(None), Person.active_to.is_(None),
            Person.id != (person_id or "")).order_by(Person.name).limit(1))
        if admin is not None:
            return admin
    return None


# --- requests ------------------------------------------------------------------------------

def _pending(s: Session, quote_id: str) -> list[QuoteApproval]:
    return list(s.scalars(select(QuoteApproval).where(
        QuoteApproval.quote_id == quote_id, QuoteApproval.deleted_at.is_(None),
        QuoteApproval.state == ApprovalState.PENDING)))


def file_request(s: Session, q: Quote, lines: Sequence[Mapping[str, Any]],
                 thresholds: QR.Thresholds, requested_by: str | None, *,
                 changed: bool) -> None:
    """After a quote's lines were written: ask for approval when a line is beyond its
    threshold (a pending request stays as it is), withdraw a pending request when none is.
    """
    beyond = QR.beyond_threshold([(v["product_id"], v["discount_bp"]) for v in lines],
                                 thresholds)
    pending = _pending(s, q.id)
    if not beyond:
        for r in pending:
            r.state = ApprovalState.WITHDRAWN
        if q.approval is not None:
            q.approval = None
        return
    if pending or not changed:
        if pending:
            pending[0].max_discount_bp = max(bp for _i, bp, _lim in beyond)
        return
    s.add(QuoteApproval(id=new_id(), quote_id=q.id,
                        approver_id=approver_for(s, q.owner_id or requested_by),
                        requested_by_id=requested_by or q.owner_id, requested_at=utcnow(),
                        max_discount_bp=max(bp for _i, bp, _lim in beyond),
                        state=ApprovalState.PENDING))
    q.approval = ApprovalState.PENDING


def may_decide(s: Session, person_id: str, request: QuoteApproval) -> bool:
    """Whether ``person_id`` may decide ``request``: its approver, or the firm's owner or
    director; never the person who asked.
    """
    if person_id == request.requested_by_id:
        return False
    if person_id == request.approver_id:
        return True
    role = s.scalar(select(Person.role).where(Person.id == person_id))
    return role in ADMIN_ROLES


def decide_approval(store: Store, quote_id: str, approve: bool, *, decided_by: str | None,
                    comment: str | None = None, at: datetime | None = None) -> Op[None]:
    """Approve or reject a quote's pending request with a comment (kept in the history)."""
    text = " ".join(str(comment or "").split()) or None
    if text is not None and len(text) > COMMENT_LIMIT:
        raise ValidationError("A comment can be at most {limit} characters long.",
                              field="comment", limit=COMMENT_LIMIT)
    if decided_by is None:
        raise ValidationError("Choose who you are (Settings ▸ General ▸ I am) to decide "
                              "approvals.", field="person")
    with store.write() as uow:
        s = uow.session
        q = get_quote_row(s, quote_id)
        pending = _pending(s, quote_id)
        if not pending:
            raise ValidationError("This quote has no approval waiting.", field="approval")
        request = pending[0]
        if not may_decide(s, decided_by, request):
            raise ValidationError("Only the approver, the owner or the director may decide "
                                  "this request, and never the person who asked.",
                                  field="person")
        if not approve and text is None:
            raise ValidationError("Say why the discount is rejected.", field="comment")
        before: QuoteState = snapshot(s, quote_id)
        request.state = ApprovalState.APPROVED if approve else ApprovalState.REJECTED
        request.decided_by_id = decided_by
        request.decided_at = at or utcnow()
        request.comment = text
        q.approval = request.state
        uow.commit()
        return uow.op(None, undo=call(restore_quote_state, quote_id, before))


# --- reading -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ApprovalRecord:
    """One request of a quote's approval history."""

    id: str
    requested_at: datetime
    requested_by: str | None
    approver: str | None
    max_discount_bp: int
    state: str
    decided_by: str | None
    decided_at: datetime | None
    comment: str | None


def approval_history(store: Store, quote_id: str) -> list[ApprovalRecord]:
    """A quote's requests and decisions, oldest first."""
    with store.read() as uow:
        s = uow.session
        names = {pid: name for pid, name in s.execute(select(Person.id, Person.name))}
        rows = s.scalars(select(QuoteApproval).where(
            QuoteApproval.quote_id == quote_id, QuoteApproval.deleted_at.is_(None))
            .order_by(QuoteApproval.requested_at, QuoteApproval.id))
        return [ApprovalRecord(r.id, r.requested_at, names.get(r.requested_by_id or ""),
                               names.get(r.approver_id or ""), r.max_discount_bp, r.state,
                               names.get(r.decided_by_id or ""), r.decided_at, r.comment)
                for r in rows]


def _pct(bp: int) -> str:
    return f"{bp / 100:g}%"


def approval_reminders(store: Store, today: date, person_id: str | None,
                       lang: str | None = None) -> list[Reminder]:
    """Pending quote approvals for ``person_id`` to decide (everyone's when None): the
    requests they approve, and — for the firm's owner or director — the ones nobody was
    found to approve. Dated the day asked, so one left waiting shows as overdue.
    """
    zh = reminder_lang(lang) == "zh_CN"
    stmt = (select(QuoteApproval, Quote, Customer.name, Person.name)
            .join(Quote, Quote.id == QuoteApproval.quote_id)
            .join(Customer, Customer.id == Quote.customer_id)
            .outerjoin(Person, Person.id == QuoteApproval.requested_by_id)
            .where(QuoteApproval.state == ApprovalState.PENDING,
                   QuoteApproval.deleted_at.is_(None), Quote.deleted_at.is_(None))
            .order_by(QuoteApproval.requested_at))
    out: list[Reminder] = []
    with store.read() as uow:
        s = uow.session
        admin = person_id is not None and s.scalar(
            select(Person.role).where(Person.id == person_id)) in ADMIN_ROLES
        for req, q, customer, requester in s.execute(stmt):
            if person_id is not None and req.approver_id != person_id and not (
                    admin and req.approver_id is None):
                continue
            number = (QR.display_number_zh if zh else QR.display_number)(q.number, q.revision)
            amount = f"¥{q.total:,.2f}"
            who = requester or "—"
            if zh:
                title = f"报价 {number} · {customer}"
                detail = f"{who} 申请折扣 {_pct(req.max_discount_bp)} · 合计 {amount}"
            else:
                title = f"Quote {number} · {customer}"
                detail = (f"{who} asks for a {_pct(req.max_discount_bp)} discount · "
                          f"total {amount}")
            asked = req.requested_at.astimezone().date()
            out.append(Reminder(KIND_APPROVAL, title, detail, min(asked, today), "quote",
                                q.id, SEVERITY_WARNING))
    return out
