"""Contract compliance (合同合规): the required terms a contract must have before it is signed.

The firm keeps a list of required terms (Settings ▸ Contracts and credit, :data:`TERMS_KEY`;
by default 付款条款, 交付条款, 验收条款, 发票类型, 违约责任). Each term has a stable id, so
renaming one keeps the ticks already made. Every contract has the checklist: the required
terms, each ticked or not (``contracts.terms_checked``).

A contract created as a draft (草稿) becomes signed (已签订) with :func:`sign_contract`, which is
refused while a required term is unticked — unless an approver overrides with a reason: a
manager, director or the firm's owner, or the contract owner's own manager. The override is
kept on the contract (who, why, when, and the names of the terms that were missing) and shown
with its checklist. Signing checks the credit limit again (:mod:`services.orders.credit`).
Contracts that existed before drafts did stay signed.

Every write returns an ``Op``: the term list's undo writes the old list back; ticking and
signing are undone by writing the contract's previous compliance fields back
(:func:`put_signing`), whose own undo is the redo.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from models.base import new_id, utcnow
from models.enums import Role
from models.orders import Contract, ContractStatus, OrderStatus
from models.org import Person
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.rule_store import read_json, write_json
from services.core.store import Store
from services.orders.contracts import get_contract_row
from services.orders.credit import enforce_credit

TERMS_KEY = "orders.required_terms"
NAME_LIMIT = 50
REASON_LIMIT = 500
APPROVER_ROLES = (Role.OWNER, Role.DIRECTOR, Role.MANAGER)
DEFAULT_TERMS: tuple[tuple[str, str], ...] = (
    ("payment", "付款条款"), ("delivery", "交付条款"), ("acceptance", "验收条款"),
    ("invoice", "发票类型"), ("liability", "违约责任"))
"""(id, name) of the required terms of a new firm (user data: Chinese, like the stages)."""


@dataclass(frozen=True)
class RequiredTerm:
    """One required term; ``id`` stays when it is renamed (empty: a new term)."""

    id: str
    name: str


@dataclass(frozen=True)
class ChecklistItem:
    """A required term on one contract's checklist."""

    term_id: str
    name: str
    checked: bool


@dataclass(frozen=True)
class Override:
    """A signature over unticked required terms: who approved it, why, when, what was missing."""

    by_id: str | None
    by_name: str | None
    reason: str
    at: datetime | None
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Compliance:
    """A contract's checklist and whether it is signed."""

    contract_id: str
    number: str
    status: str
    owner_id: str | None
    items: tuple[ChecklistItem, ...]
    override: Override | None

    @property
    def missing(self) -> tuple[str, ...]:
        """The names of the required terms not ticked."""
        return tuple(i.name for i in self.items if not i.checked)

    @property
    def draft(self) -> bool:
        """Whether the contract is still a draft (草稿)."""
        return self.status == ContractStatus.DRAFT


@dataclass(frozen=True)
class Signing:
    """The contract fields signing and ticking write (what an undo puts back)."""

    status: str
    sign_date: date
    terms_checked: str | None
    override_by_id: str | None
    override_reason: str | None
    override_at: datetime | None
    override_missing: str | None


# --------------------------------------------------------------------------- the term list


def terms_in(s: Session) -> tuple[RequiredTerm, ...]:
    """The firm's required terms (the defaults until the list was edited)."""
    raw = read_json(s, TERMS_KEY)
    if not isinstance(raw, list):
        return tuple(RequiredTerm(i, n) for i, n in DEFAULT_TERMS)
    return tuple(RequiredTerm(str(t["id"]), str(t["name"])) for t in raw
                 if isinstance(t, dict) and t.get("id") and t.get("name"))


def required_terms(store: Store) -> tuple[RequiredTerm, ...]:
    """The firm's required terms, in order."""
    with store.read() as uow:
        return terms_in(uow.session)


def set_required_terms(store: Store, terms: Sequence[RequiredTerm | str]
                       ) -> Op[tuple[RequiredTerm, ...]]:
    """Replace the list (a plain name, or a term with an empty id, is a new term; an empty list
    requires nothing). The value is the old list; the undo writes it back.
    """
    clean: list[RequiredTerm] = []
    seen: set[str] = set()
    for term in terms:
        t = term if isinstance(term, RequiredTerm) else RequiredTerm("", term)
        name = " ".join(str(t.name).split())
        if not name:
            raise ValidationError("A required term needs a name.", field="name")
        if len(name) > NAME_LIMIT:
            raise ValidationError("A required term can be at most {limit} characters long.",
                                  field="name", limit=NAME_LIMIT)
        if name.casefold() in seen:
            raise ValidationError("The required term {name} is listed twice.", field="name",
                                  name=name)
        seen.add(name.casefold())
        clean.append(RequiredTerm(t.id or new_id()[:8], name))
    with store.write() as uow:
        old = terms_in(uow.session)
        write_json(uow.session, TERMS_KEY, [{"id": t.id, "name": t.name} for t in clean])
        uow.commit()
        return uow.op(old, undo=call(set_required_terms, list(old)))


# --------------------------------------------------------------------------- a contract


def _checked(c: Contract) -> list[str]:
    try:
        value = json.loads(c.terms_checked or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _signing(c: Contract) -> Signing:
    return Signing(c.status, c.sign_date, c.terms_checked, c.override_by_id, c.override_reason,
                   c.override_at, c.override_missing)


def compliance_in(s: Session, contract_id: str) -> Compliance:
    """:class:`Compliance` of a live contract inside a session."""
    c = get_contract_row(s, contract_id)
    ticked = set(_checked(c))
    items = tuple(ChecklistItem(t.id, t.name, t.id in ticked) for t in terms_in(s))
    override = None
    if c.override_reason:
        person = s.get(Person, c.override_by_id) if c.override_by_id else None
        try:
            missing = tuple(json.loads(c.override_missing or "[]"))
        except ValueError:
            missing = ()
        override = Override(c.override_by_id, person.name if person else None,
                            c.override_reason, c.override_at, missing)
    return Compliance(c.id, c.number, c.status, c.owner_id, items, override)


def compliance(store: Store, contract_id: str) -> Compliance:
    """A contract's checklist, status and override (if it was signed over missing terms)."""
    with store.read() as uow:
        return compliance_in(uow.session, contract_id)


def put_signing(store: Store, contract_id: str, values: Signing) -> Op[None]:
    """Write a contract's signing fields back (the undo of ticking and signing; its own undo
    writes what was there before, so it is the redo).
    """
    with store.write() as uow:
        c = get_contract_row(uow.session, contract_id)
        old = _signing(c)
        (c.status, c.sign_date, c.terms_checked, c.override_by_id, c.override_reason,
         c.override_at, c.override_missing) = (
            values.status, values.sign_date, values.terms_checked, values.override_by_id,
            values.override_reason, values.override_at, values.override_missing)
        uow.commit()
        return uow.op(None, undo=call(put_signing, contract_id, old))


def set_terms_checked(store: Store, contract_id: str, term_ids: Iterable[str],
                      checked: bool) -> Op[None]:
    """Tick (or untick) required terms on a contract's checklist; undone by
    :func:`put_signing` of what was there.
    """
    wanted = list(dict.fromkeys(term_ids))
    with store.write() as uow:
        s = uow.session
        c = get_contract_row(s, contract_id)
        known = {t.id for t in terms_in(s)}
        for term_id in wanted:
            if term_id not in known:
                raise ValidationError("That required term does not exist.", field="term")
        old = _signing(c)
        ticked = [t for t in _checked(c) if t not in wanted]
        if checked:
            ticked += wanted
        c.terms_checked = json.dumps(sorted(ticked))
        uow.commit()
        return uow.op(None, undo=call(put_signing, contract_id, old))


def may_override(s: Session, by: str, owner_id: str | None) -> bool:
    """Whether ``by`` may sign over unticked terms: a manager, director or owner of the firm, or
    the contract owner's own manager.
    """
    person = s.get(Person, by)
    if person is None or person.deleted_at is not None:
        return False
    if person.role in APPROVER_ROLES:
        return True
    owner = s.get(Person, owner_id) if owner_id else None
    return owner is not None and owner.manager_id == by


def sign_contract(store: Store, contract_id: str, *, sign_date: date | None = None,
                  by: str | None = None, override_reason: str | None = None) -> Op[None]:
    """Mark a draft signed (已签订), on ``sign_date`` when given (else the date it has).

    Refused while a required term is unticked, unless ``override_reason`` is given by an
    approver ``by`` (see :func:`may_override`); refused over the credit limit when the firm
    blocks that. Undone by :func:`put_signing` (back to a draft).
    """
    reason = " ".join((override_reason or "").split())
    if len(reason) > REASON_LIMIT:
        raise ValidationError("A reason can be at most {limit} characters long.",
                              field="reason", limit=REASON_LIMIT)
    with store.write() as uow:
        s = uow.session
        c = get_contract_row(s, contract_id)
        if c.status == ContractStatus.SIGNED:
            raise ValidationError("The contract {number} is already signed.", field="status",
                                  number=c.number)
        if c.status != ContractStatus.DRAFT or c.order_status == OrderStatus.CANCELLED:
            raise ValidationError("The contract {number} is cancelled; it cannot be signed.",
                                  field="status", number=c.number)
        missing = compliance_in(s, contract_id).missing
        if missing and not reason:
            raise ValidationError(
                "The contract {number} cannot be signed: {terms} not ticked. An approver may "
                "sign it anyway with a reason.", field="terms", number=c.number,
                terms="、".join(missing))
        if missing:
            if by is None:
                raise ValidationError("Say who approves signing over missing terms.",
                                      field="by")
            if not may_override(s, by, c.owner_id):
                person = s.get(Person, by)
                raise ValidationError(
                    "{person} may not sign over missing terms: a manager, director or owner "
                    "may, or the contract owner's manager.", field="by",
                    person=person.name if person else by)
        enforce_credit(s, c.customer_id, c.amount)
        old = _signing(c)
        c.status = ContractStatus.SIGNED
        if sign_date is not None:
            c.sign_date = sign_date
        if missing:
            c.override_by_id, c.override_reason, c.override_at = by, reason, utcnow()
            c.override_missing = json.dumps(list(missing), ensure_ascii=False)
        uow.commit()
        return uow.op(None, undo=call(put_signing, contract_id, old))
