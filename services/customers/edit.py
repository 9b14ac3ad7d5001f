"""Editing one customer: create, update fields, soft delete/restore, contacts and follow-ups.

Every function is one unit of work and returns what the GUI's undo command needs to reverse it:
``update_customer`` returns the old values (feed them back to undo), deletes are undone by the
matching restore, and every follow-up change recomputes the customer's ``last_followup_at`` and
``next_followup_on`` from the follow-ups that remain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import new_id, utcnow
from models.customers import Contact, Customer, CustomerEvent, FollowUp
from models.enums import CustomerAction, CustomerTier, FollowUpMethod
from services.core.errors import ValidationError
from services.core.store import Store
from services.customers.dedupe import normalise_name
from services.customers.queries import join_tags, split_tags
from services.customers.tiers import recompute_in_session

#: Customer fields the card edits through :func:`update_customer` (owner, tier, pool and tags
#: have their own logged services in :mod:`services.customers.bulk`).
EDITABLE_FIELDS = (
    "name", "industry", "region", "address", "source", "phone", "email", "website",
    "credit_limit", "cooperation_since", "notes", "tags",
)
CONTACT_FIELDS = ("name", "title", "phone", "wechat", "email", "is_primary", "notes")
FOLLOWUP_FIELDS = ("at", "method", "content", "next_step", "next_on", "deal_id", "person_id")

_CHUNK = 500
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class NewCustomer:
    """What the New customer dialog collects."""

    name: str
    industry: str = ""
    region: str = ""
    source: str = ""
    phone: str = ""
    email: str = ""
    owner_id: str | None = None
    tier: str | None = None
    tags: tuple[str, ...] = ()
    contact_name: str = ""
    contact_phone: str = ""
    notes: str = ""


def _clean_text(value: Any, field: str, max_len: int, required: bool = False) -> str | None:
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise ValidationError(f"{field} must not be empty.", field=field)
    if len(text) > max_len:
        raise ValidationError(f"{field} is longer than {max_len} characters.", field=field)
    return text or None


def _clean_customer_value(field: str, value: Any) -> Any:
    if field == "name":
        return _clean_text(value, "name", 300, required=True)
    if field == "email":
        text = _clean_text(value, field, 200)
        if text and not _EMAIL.match(text):
            raise ValidationError(f"'{text}' is not an email address.", field=field)
        return text
    if field == "credit_limit":
        if value is None or value == "":
            return None
        try:
            amount = Decimal(str(value).replace(",", "").replace("¥", "").strip())
        except InvalidOperation:
            raise ValidationError(f"'{value}' is not an amount.", field=field) from None
        if amount < 0 or not amount.is_finite():
            raise ValidationError("The credit limit cannot be negative.", field=field)
        return amount
    if field == "cooperation_since":
        if value is not None and not isinstance(value, date):
            raise ValidationError("cooperation_since must be a date.", field=field)
        return value
    if field == "tags":
        tags = split_tags(value) if isinstance(value, str) else tuple(value or ())
        return join_tags(tags)
    limits = {"address": 500, "website": 300, "phone": 100, "notes": 100_000}
    return _clean_text(value, field, limits.get(field, 100))


def _get_customer(session: Session, customer_id: str) -> Customer:
    cust = session.get(Customer, customer_id)
    if cust is None:
        raise ValidationError("The customer no longer exists.", field="customer")
    return cust


def log_event(session: Session, customer_id: str, action: CustomerAction, *,
              from_person: str | None = None, to_person: str | None = None,
              by_person: str | None = None, note: str | None = None) -> None:
    """Record an ownership move of a customer."""
    session.add(CustomerEvent(id=new_id(), customer_id=customer_id, action=action.value,
                              at=utcnow(), from_person_id=from_person, to_person_id=to_person,
                              by_person_id=by_person, note=note))


def create_customer(store: Store, data: NewCustomer, by_person: str | None = None) -> str:
    """Create a customer (and its first contact when given); returns the new id.

    Without a tier the customer rules compute one; without an owner it starts in the shared
    pool (公海).
    """
    name = _clean_customer_value("name", data.name)
    assert name is not None
    if data.tier is not None and data.tier not in {t.value for t in CustomerTier}:
        raise ValidationError(f"Unknown tier '{data.tier}'.", field="tier")
    cid = new_id()
    with store.write() as uow:
        s = uow.session
        s.add(Customer(
            id=cid, name=name, name_norm=normalise_name(name),
            industry=_clean_customer_value("industry", data.industry),
            region=_clean_customer_value("region", data.region),
            source=_clean_customer_value("source", data.source),
            phone=_clean_customer_value("phone", data.phone),
            email=_clean_customer_value("email", data.email),
            owner_id=data.owner_id, tier=data.tier, tier_manual=data.tier is not None,
            tier_reason=None, tags=join_tags(list(data.tags)),
            notes=_clean_customer_value("notes", data.notes),
            in_pool=data.owner_id is None, pool_since=utcnow() if data.owner_id is None else None,
        ))
        s.flush()
        if data.contact_name.strip():
            s.add(Contact(id=new_id(), customer_id=cid,
                          name=_clean_text(data.contact_name, "contact name", 100, True),
                          phone=_clean_text(data.contact_phone, "contact phone", 100),
                          is_primary=True))
        log_event(s, cid, CustomerAction.CREATE, to_person=data.owner_id, by_person=by_person)
        if data.tier is None:
            s.flush()
            recompute_in_session(s, [cid])
        uow.commit()
    return cid


def update_customer(store: Store, customer_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Change some card fields; returns the previous values of the fields that changed.

    Passing the returned dict back restores the customer exactly (that is how undo works).
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"Field(s) not editable here: {', '.join(sorted(unknown))}.")
    cleaned = {k: _clean_customer_value(k, v) for k, v in changes.items()}
    old: dict[str, Any] = {}
    with store.write() as uow:
        cust = _get_customer(uow.session, customer_id)
        for field, value in cleaned.items():
            current = getattr(cust, field)
            if field == "tags":
                current = current or ""
            if current == value:
                continue
            old[field] = current
            setattr(cust, field, value)
            if field == "name":
                cust.name_norm = normalise_name(value)
        if old:
            uow.commit()
    return old


def customers_by_ids(session: Session, ids: list[str]) -> list[Customer]:
    """Load customers by id in IN-list sized chunks (SQLite caps bound parameters)."""
    unique = list(dict.fromkeys(ids))
    out: list[Customer] = []
    for start in range(0, len(unique), _CHUNK):
        out += session.scalars(select(Customer).where(
            Customer.id.in_(unique[start:start + _CHUNK])))
    return out


def delete_customers(store: Store, ids: list[str]) -> list[str]:
    """Soft-delete customers; returns the ids actually deleted (give them to restore)."""
    done: list[str] = []
    now = utcnow()
    with store.write() as uow:
        for cust in customers_by_ids(uow.session, ids):
            if cust.deleted_at is None:
                cust.deleted_at = now
                done.append(cust.id)
        uow.commit()
    return done


def restore_customers(store: Store, ids: list[str]) -> list[str]:
    """Undo a soft delete; returns the ids restored."""
    done: list[str] = []
    with store.write() as uow:
        for cust in customers_by_ids(uow.session, ids):
            if cust.deleted_at is not None:
                cust.deleted_at = None
                done.append(cust.id)
        uow.commit()
    return done


# --- contacts -------------------------------------------------------------------------------

def _clean_contact(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(CONTACT_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown contact field(s): {', '.join(sorted(unknown))}.")
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "is_primary":
            out[key] = bool(value)
        elif key == "name":
            out[key] = _clean_text(value, "contact name", 100, required=True)
        elif key == "email":
            text = _clean_text(value, "email", 200)
            if text and not _EMAIL.match(text):
                raise ValidationError(f"'{text}' is not an email address.", field="email")
            out[key] = text
        else:
            out[key] = _clean_text(value, key, 100_000 if key == "notes" else 100)
    return out


def _demote_other_primaries(session: Session, customer_id: str, keep_id: str) -> None:
    for other in session.scalars(select(Contact).where(
            Contact.customer_id == customer_id, Contact.id != keep_id,
            Contact.is_primary.is_(True))):
        other.is_primary = False


def add_contact(store: Store, customer_id: str, values: dict[str, Any]) -> str:
    """Add a contact (联系人) to a customer; returns its id. Undo with ``delete_contact``."""
    cleaned = _clean_contact(values)
    if "name" not in cleaned:
        raise ValidationError("contact name must not be empty.", field="name")
    cid = new_id()
    with store.write() as uow:
        s = uow.session
        _get_customer(s, customer_id)
        has_any = s.scalar(select(Contact.id).where(
            Contact.customer_id == customer_id, Contact.deleted_at.is_(None)).limit(1))
        if has_any is None:
            cleaned["is_primary"] = True
        s.add(Contact(id=cid, customer_id=customer_id, **cleaned))
        s.flush()
        if cleaned.get("is_primary"):
            _demote_other_primaries(s, customer_id, cid)
        uow.commit()
    return cid


def update_contact(store: Store, contact_id: str, values: dict[str, Any]) -> dict[str, Any]:
    """Change a contact; returns the previous values of the fields that changed."""
    cleaned = _clean_contact(values)
    old: dict[str, Any] = {}
    with store.write() as uow:
        s = uow.session
        contact = s.get(Contact, contact_id)
        if contact is None:
            raise ValidationError("The contact no longer exists.", field="contact")
        for key, value in cleaned.items():
            if getattr(contact, key) != value:
                old[key] = getattr(contact, key)
                setattr(contact, key, value)
        if cleaned.get("is_primary"):
            _demote_other_primaries(s, contact.customer_id, contact.id)
        if old:
            uow.commit()
    return old


def set_contact_deleted(store: Store, contact_id: str, deleted: bool) -> None:
    """Soft-delete (True) or restore (False) a contact."""
    with store.write() as uow:
        contact = uow.session.get(Contact, contact_id)
        if contact is None:
            raise ValidationError("The contact no longer exists.", field="contact")
        contact.deleted_at = utcnow() if deleted else None
        uow.commit()


# --- follow-ups -----------------------------------------------------------------------------

def _clean_followup(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(FOLLOWUP_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown follow-up field(s): {', '.join(sorted(unknown))}.")
    out = dict(values)
    if "method" in out and out["method"] not in {m.value for m in FollowUpMethod}:
        raise ValidationError(f"Unknown follow-up method '{out['method']}'.", field="method")
    if "at" in out and (not isinstance(out["at"], datetime) or out["at"].tzinfo is None):
        raise ValidationError("The follow-up time must be an aware datetime.", field="at")
    if "content" in out:
        out["content"] = (out["content"] or "").strip()
    if "next_step" in out:
        out["next_step"] = (out["next_step"] or "").strip() or None
    if "next_on" in out and out["next_on"] is not None and not isinstance(out["next_on"], date):
        raise ValidationError("The next follow-up must be a date.", field="next_on")
    return out


def recompute_followup_dates(session: Session, customer_id: str) -> None:
    """Set ``last_followup_at`` (newest follow-up) and ``next_followup_on`` (its next date).

    The newest record states the current plan: when it names no next date, nothing is scheduled.
    """
    cust = _get_customer(session, customer_id)
    newest = session.execute(
        select(FollowUp.at, FollowUp.next_on)
        .where(FollowUp.customer_id == customer_id, FollowUp.deleted_at.is_(None))
        .order_by(FollowUp.at.desc(), FollowUp.created_at.desc()).limit(1)
    ).first()
    cust.last_followup_at = newest[0] if newest else None
    cust.next_followup_on = newest[1] if newest else None


def add_followup(store: Store, customer_id: str, values: dict[str, Any]) -> str:
    """Record a follow-up (跟进记录); returns its id. Undo with ``set_followup_deleted``."""
    cleaned = _clean_followup(values)
    for key in ("at", "method"):
        if key not in cleaned:
            raise ValidationError(f"A follow-up needs '{key}'.", field=key)
    if not cleaned.get("content"):
        raise ValidationError("Write what happened in the follow-up.", field="content")
    fid = new_id()
    with store.write() as uow:
        s = uow.session
        _get_customer(s, customer_id)
        s.add(FollowUp(id=fid, customer_id=customer_id, **cleaned))
        s.flush()
        recompute_followup_dates(s, customer_id)
        uow.commit()
    return fid


def update_followup(store: Store, followup_id: str, values: dict[str, Any]) -> dict[str, Any]:
    """Change a follow-up; returns the previous values of the fields that changed."""
    cleaned = _clean_followup(values)
    if "content" in cleaned and not cleaned["content"]:
        raise ValidationError("Write what happened in the follow-up.", field="content")
    old: dict[str, Any] = {}
    with store.write() as uow:
        s = uow.session
        f = s.get(FollowUp, followup_id)
        if f is None:
            raise ValidationError("The follow-up no longer exists.", field="followup")
        for key, value in cleaned.items():
            if getattr(f, key) != value:
                old[key] = getattr(f, key)
                setattr(f, key, value)
        s.flush()
        recompute_followup_dates(s, f.customer_id)
        if old:
            uow.commit()
    return old


def set_followup_deleted(store: Store, followup_id: str, deleted: bool) -> str:
    """Soft-delete (True) or restore (False) a follow-up; returns its customer id."""
    with store.write() as uow:
        s = uow.session
        f = s.get(FollowUp, followup_id)
        if f is None:
            raise ValidationError("The follow-up no longer exists.", field="followup")
        f.deleted_at = utcnow() if deleted else None
        s.flush()
        recompute_followup_dates(s, f.customer_id)
        uow.commit()
        return f.customer_id
