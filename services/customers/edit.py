"""Editing one customer: create, update fields, soft delete/restore, contacts and follow-ups.

Every write is one unit of work and returns an :class:`~services.core.changes.Op`: its value,
what changed and the inverse call. ``update_*`` return the old values and are undone by
``update_*`` with them; deletes are undone by the matching restore; a new customer is undone by
:func:`discard_customer`, which soft-deletes the customer with the contact and history event
its creation added (and is undone by restoring those same rows). Every follow-up change moves
the customer's ``last_followup_at`` and ``next_followup_on`` as :mod:`services.customers.booking`
says (a follow-up without a next date keeps a booking still ahead), and its undo puts back the
exact dates it found. Contact writes name their customer in the fact :data:`CONTACTS_FACT`
(a contact row does not say which customer's list line shows it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.base import new_id, utcnow
from models.customers import Contact, Customer, CustomerEvent, FollowUp
from models.enums import CustomerAction, CustomerTier, FollowUpMethod
from services.core.amounts import AmountError, read_amount
from services.core.changes import Op, call
from services.core.conflicts import check_base, locked
from services.core.errors import ValidationError
from services.core.store import Store
from services.core.text import trim
from services.customers import booking
from services.customers.dedupe import normalise_name
from services.customers.queries import join_tags, split_tags
from services.customers.stale import rules_in_session
from services.customers.tiers import recompute_in_session

CONTACTS_FACT = "customers.contacts"
"""The derived fact naming the customers whose contacts a write changed."""

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
    text = "" if value is None else trim(str(value))
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
        try:  # the app's one amount parser: 50万, ¥500,000, full-width digits
            return read_amount(value)
        except AmountError as exc:
            if exc.kind == "negative":
                raise ValidationError("The credit limit cannot be negative.",
                                      field=field) from None
            raise ValidationError(exc.template, field=field, **exc.params) from None
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
              by_person: str | None = None, note: str | None = None) -> str:
    """Record an ownership move of a customer; returns the event's id."""
    eid = new_id()
    session.add(CustomerEvent(id=eid, customer_id=customer_id, action=action.value,
                              at=utcnow(), from_person_id=from_person, to_person_id=to_person,
                              by_person_id=by_person, note=note))
    return eid


def check_customer_fields(changes: dict[str, Any]) -> None:
    """Raise :class:`ValidationError` when :func:`update_customer` would refuse ``changes``
    (without touching the database), so an editor can say so before anything is pushed.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"Field(s) not editable here: {', '.join(sorted(unknown))}.")
    for k, v in changes.items():
        _clean_customer_value(k, v)


def create_customer(store: Store, data: NewCustomer, by_person: str | None = None) -> Op[str]:
    """Create a customer (and its first contact when given); the value is the new id.

    Without a tier the customer rules compute one; without an owner it starts in the shared
    pool (公海) when the firm uses one, else it simply has no owner yet. Undone by
    :func:`discard_customer`.
    """
    name = _clean_customer_value("name", data.name)
    assert name is not None
    if data.tier is not None and data.tier not in {t.value for t in CustomerTier}:
        raise ValidationError(f"Unknown tier '{data.tier}'.", field="tier")
    cid = new_id()
    with store.write() as uow:
        s = uow.session
        to_pool = data.owner_id is None and rules_in_session(s).pool_enabled
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
            in_pool=to_pool, pool_since=utcnow() if to_pool else None,
        ))
        s.flush()
        if data.contact_name.strip():
            s.add(Contact(id=new_id(), customer_id=cid,
                          name=_clean_text(data.contact_name, "contact name", 100, True),
                          phone=_clean_text(data.contact_phone, "contact phone", 100),
                          is_primary=True))
            uow.recorder.fact(CONTACTS_FACT, [cid])
        log_event(s, cid, CustomerAction.CREATE, to_person=data.owner_id, by_person=by_person)
        if data.tier is None:
            s.flush()
            recompute_in_session(s, [cid])
        uow.commit()
        return uow.op(cid, undo=call(discard_customer, cid))


def discard_customer(store: Store, customer_id: str) -> Op[tuple[str, ...]]:
    """Undo a creation: soft-delete the customer and its live contacts and history events.

    The value is the ids of the contacts and events soft-deleted with it; undone by
    :func:`restore_discarded` with those same ids.
    """
    now = utcnow()
    with store.write() as uow:
        s = uow.session
        cust = _get_customer(s, customer_id)
        cust.deleted_at = now
        rows: list[str] = []
        for model in (Contact, CustomerEvent):
            ids = list(s.scalars(select(model.id).where(model.customer_id == customer_id,
                                                        model.deleted_at.is_(None))))
            if ids:
                s.execute(update(model).where(model.id.in_(ids)).values(deleted_at=now))
            rows += ids
        if rows:
            uow.recorder.fact(CONTACTS_FACT, [customer_id])
        uow.commit()
        return uow.op(tuple(rows), undo=call(restore_discarded, customer_id, tuple(rows)))


def restore_discarded(store: Store, customer_id: str, row_ids: tuple[str, ...]) -> Op[str]:
    """Bring back a customer :func:`discard_customer` removed, with the same contacts and
    events; undone by discarding it again.
    """
    with store.write() as uow:
        s = uow.session
        _get_customer(s, customer_id).deleted_at = None
        for model in (Contact, CustomerEvent):
            for start in range(0, len(row_ids), _CHUNK):
                s.execute(update(model).where(model.id.in_(row_ids[start:start + _CHUNK]),
                                              model.customer_id == customer_id)
                          .values(deleted_at=None))
        if row_ids:
            uow.recorder.fact(CONTACTS_FACT, [customer_id])
        uow.commit()
        return uow.op(customer_id, undo=call(discard_customer, customer_id))


def _stored(cust: Customer, field: str) -> Any:
    value = getattr(cust, field)
    return (value or "") if field == "tags" else value


def update_customer(store: Store, customer_id: str, changes: dict[str, Any],
                    base: dict[str, Any] | None = None) -> Op[dict[str, Any]]:
    """Change some card fields; the value is the previous values of the fields that changed.

    ``base``: the values the card showed for those fields; a field someone else saved since
    refuses the whole change (:class:`~services.core.conflicts.ConflictError`, nothing
    written). The inverse passes the previous values back (with the saved ones as its base),
    which restores the customer exactly.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"Field(s) not editable here: {', '.join(sorted(unknown))}.")
    cleaned = {k: _clean_customer_value(k, v) for k, v in changes.items()}
    old: dict[str, Any] = {}
    with store.write() as uow:
        cust = locked(uow.session, Customer, customer_id)
        if cust is None:
            raise ValidationError("The customer no longer exists.", field="customer")
        check_base("customer", cust, customer_id, base, cleaned,
                   clean=_clean_customer_value, current=_stored)
        for field, value in cleaned.items():
            current = _stored(cust, field)
            if current == value:
                continue
            old[field] = current
            setattr(cust, field, value)
            if field == "name":
                cust.name_norm = normalise_name(value)
        if old:
            uow.commit()
        saved = {k: cleaned[k] for k in old}
        return uow.op(old, undo=call(update_customer, customer_id, old, saved) if old else None)


def customers_by_ids(session: Session, ids: list[str]) -> list[Customer]:
    """Load customers by id in IN-list sized chunks (SQLite caps bound parameters)."""
    unique = list(dict.fromkeys(ids))
    out: list[Customer] = []
    for start in range(0, len(unique), _CHUNK):
        out += session.scalars(select(Customer).where(
            Customer.id.in_(unique[start:start + _CHUNK])))
    return out


def delete_customers(store: Store, ids: list[str]) -> Op[list[str]]:
    """Soft-delete customers; the value is the ids actually deleted (undone by restoring them)."""
    done: list[str] = []
    now = utcnow()
    with store.write() as uow:
        for cust in customers_by_ids(uow.session, ids):
            if cust.deleted_at is None:
                cust.deleted_at = now
                done.append(cust.id)
        uow.commit()
        return uow.op(done, undo=call(restore_customers, done) if done else None)


def restore_customers(store: Store, ids: list[str]) -> Op[list[str]]:
    """Undo a soft delete; the value is the ids restored (undone by deleting them again)."""
    done: list[str] = []
    with store.write() as uow:
        for cust in customers_by_ids(uow.session, ids):
            if cust.deleted_at is not None:
                cust.deleted_at = None
                done.append(cust.id)
        uow.commit()
        return uow.op(done, undo=call(delete_customers, done) if done else None)


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


def _demote_other_primaries(session: Session, customer_id: str, keep_id: str) -> list[str]:
    """Make ``keep_id`` the customer's only primary contact; returns the ids demoted."""
    demoted = []
    for other in session.scalars(select(Contact).where(
            Contact.customer_id == customer_id, Contact.id != keep_id,
            Contact.is_primary.is_(True))):
        other.is_primary = False
        demoted.append(other.id)
    return demoted


def _promote(session: Session, contact_ids: tuple[str, ...]) -> None:
    """Make these contacts primary again (undoing a demotion)."""
    for cid in contact_ids:
        contact = session.get(Contact, cid)
        if contact is not None:
            contact.is_primary = True


def add_contact(store: Store, customer_id: str, values: dict[str, Any]) -> Op[str]:
    """Add a contact (联系人) to a customer; the value is its id.

    Undone by soft-deleting it (and making primary again the contacts it demoted).
    """
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
        demoted: list[str] = []
        if cleaned.get("is_primary"):
            demoted = _demote_other_primaries(s, customer_id, cid)
        uow.recorder.fact(CONTACTS_FACT, [customer_id])
        uow.commit()
        return uow.op(cid, undo=call(set_contact_deleted, cid, True, tuple(demoted)))


def update_contact(store: Store, contact_id: str, values: dict[str, Any],
                   promote: tuple[str, ...] = ()) -> Op[dict[str, Any]]:
    """Change a contact; the value is the previous values of the fields that changed.

    ``promote`` names contacts to make primary again (an undo putting back a demotion).
    """
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
        demoted: list[str] = []
        if cleaned.get("is_primary"):
            demoted = _demote_other_primaries(s, contact.customer_id, contact.id)
        _promote(s, promote)
        if old or demoted or promote:
            uow.recorder.fact(CONTACTS_FACT, [contact.customer_id])
            uow.commit()
        undo = call(update_contact, contact_id, old, tuple(demoted)) if old or demoted else None
        return uow.op(old, undo=undo)


def set_contact_deleted(store: Store, contact_id: str, deleted: bool,
                        promote: tuple[str, ...] = ()) -> Op[str]:
    """Soft-delete (True) or restore (False) a contact; the value is its customer's id.

    ``promote`` names contacts to make primary again when deleting (the ones this contact
    demoted when it was added); restoring a primary contact demotes the others again.
    """
    with store.write() as uow:
        s = uow.session
        contact = s.get(Contact, contact_id)
        if contact is None:
            raise ValidationError("The contact no longer exists.", field="contact")
        contact.deleted_at = utcnow() if deleted else None
        demoted: list[str] = []
        if deleted:
            _promote(s, promote)
        elif contact.is_primary:
            s.flush()
            demoted = _demote_other_primaries(s, contact.customer_id, contact.id)
        uow.recorder.fact(CONTACTS_FACT, [contact.customer_id])
        uow.commit()
        return uow.op(contact.customer_id,
                      undo=call(set_contact_deleted, contact_id, not deleted, tuple(demoted)))


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


def clean_new_followup(values: dict[str, Any]) -> dict[str, Any]:
    """The fields of a new follow-up, checked (``at`` and ``method`` required, ``content`` not
    blank); raises :class:`ValidationError` before anything is written.
    """
    cleaned = _clean_followup(values)
    for key in ("at", "method"):
        if key not in cleaned:
            raise ValidationError(f"A follow-up needs '{key}'.", field=key)
    if not cleaned.get("content"):
        raise ValidationError("Write what happened in the follow-up.", field="content")
    return cleaned


def insert_followup(session: Session, customer_id: str, cleaned: dict[str, Any],
                    clear_next: bool = False) -> tuple[str, booking.FollowUpDates]:
    """Add a follow-up of ``customer_id`` in the caller's unit of work and move the customer's
    follow-up dates (:func:`services.customers.booking.after_followup`; ``clear_next``: the
    user cancelled the booked next follow-up). ``cleaned`` comes from
    :func:`clean_new_followup`. Returns its id and the customer's dates before it: undone by
    :func:`set_followup_deleted` (``fid``, True, those dates).
    """
    cust = _get_customer(session, customer_id)
    before = booking.dates_of(cust)
    fid = new_id()
    session.add(FollowUp(id=fid, customer_id=customer_id, **cleaned))
    booking.set_dates(cust, booking.after_followup(before, cleaned["at"],
                                                   cleaned.get("next_on"), clear_next))
    return fid, before


def add_followup(store: Store, customer_id: str, values: dict[str, Any],
                 clear_next: bool = False) -> Op[str]:
    """Record a follow-up (跟进记录); the value is its id. Undone by soft-deleting it.

    Without a next date the customer's booked next follow-up stays while it is still ahead
    (:mod:`services.customers.booking`); ``clear_next`` removes it (the user unticked it).
    """
    cleaned = clean_new_followup(values)
    with store.write() as uow:
        fid, before = insert_followup(uow.session, customer_id, cleaned, clear_next)
        uow.commit()
        return uow.op(fid, undo=call(set_followup_deleted, fid, True, before))


def update_followup(store: Store, followup_id: str, values: dict[str, Any],
                    dates: booking.FollowUpDates | None = None) -> Op[dict[str, Any]]:
    """Change a follow-up; the value is the previous values of the fields that changed.

    The customer's dates move as :func:`services.customers.booking.after_edit` says, or are
    set to ``dates`` (an undo putting back exactly what was there).
    """
    cleaned = _clean_followup(values)
    if "content" in cleaned and not cleaned["content"]:
        raise ValidationError("Write what happened in the follow-up.", field="content")
    old: dict[str, Any] = {}
    with store.write() as uow:
        s = uow.session
        f = s.get(FollowUp, followup_id)
        if f is None:
            raise ValidationError("The follow-up no longer exists.", field="followup")
        cust = _get_customer(s, f.customer_id)
        before = booking.dates_of(cust)
        newest_before = booking.newest_id(s, f.customer_id)
        for key, value in cleaned.items():
            if getattr(f, key) != value:
                old[key] = getattr(f, key)
                setattr(f, key, value)
        s.flush()
        if dates is not None:
            booking.set_dates(cust, dates)
        elif old:
            booking.after_edit(s, cust, f, newest_before, "next_on" in old)
        if old or booking.dates_of(cust) != before:
            uow.commit()
        undo = call(update_followup, followup_id, old, before) if old else None
        return uow.op(old, undo=undo)


def set_followup_deleted(store: Store, followup_id: str, deleted: bool,
                         dates: booking.FollowUpDates | None = None) -> Op[str]:
    """Soft-delete (True) or restore (False) a follow-up; the value is its customer id.

    The customer's dates move as the follow-up's removal or return says, or are set to
    ``dates`` (what an undo puts back); the inverse carries the dates found here.
    """
    with store.write() as uow:
        s = uow.session
        f = s.get(FollowUp, followup_id)
        if f is None:
            raise ValidationError("The follow-up no longer exists.", field="followup")
        cust = _get_customer(s, f.customer_id)
        before = booking.dates_of(cust)
        f.deleted_at = utcnow() if deleted else None
        s.flush()
        if dates is not None:
            booking.set_dates(cust, dates)
        elif deleted:
            booking.after_removal(s, cust, f)
        else:
            booking.set_dates(cust, booking.after_followup(before, f.at, f.next_on))
        uow.commit()
        return uow.op(f.customer_id,
                      undo=call(set_followup_deleted, followup_id, not deleted, before))
