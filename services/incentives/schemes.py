"""Pay schemes (激励方案) and their versions: created, edited as drafts, published, listed.

A scheme is a name; what it pays is in its versions (:mod:`models.incentives`). A version is a
draft (草稿) until published; a published version (已发布) is never edited again — a change makes
a new version (:func:`new_version` copies the newest version's rules into a new draft numbered
next), so a locked run always names the rules it used. Runs use, for each scheme, its newest
published version effective on the period's first day (:func:`services.incentives.versions.
in_effect`).

Every write returns an :class:`~services.core.changes.Op` with its exact undo:

* :func:`create_scheme` → :class:`SchemeRef` (the scheme and its first draft); undone by
  :func:`discard_scheme` (a soft delete), whose undo :func:`restore_scheme` brings back the same
  ids;
* :func:`new_version` → the draft's id; undone by :func:`delete_draft`, whose undo
  :func:`restore_version` brings it back;
* :func:`edit_draft` → None; undone by itself with the previous values (:func:`put_draft`);
* :func:`publish` → None; undone by :func:`unpublish` (refused once a locked run used it);
* :func:`delete_draft` → None; undone by :func:`restore_version`;
* :func:`rename_scheme` → the previous name and description; undone by itself.

A draft's document is checked with :func:`services.incentives.doc.parse` and kept as its
canonical text (:func:`services.incentives.doc.dump`), so the same rules always read the same.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import new_id, utcnow
from models.incentives import (
    IncentiveScheme,
    PayoutLine,
    PayoutRun,
    RunStatus,
    SchemeStatus,
    SchemeVersion,
)
from services.core.changes import Op, call
from services.core.store import Store
from services.incentives.doc import SchemeDoc, SchemeError, dump, parse

NAME_LIMIT = 200
NOTE_LIMIT = 2000
_UNSET: Any = object()


@dataclass(frozen=True)
class SchemeRef:
    """A new scheme and its first version."""

    scheme_id: str
    version_id: str


@dataclass(frozen=True)
class VersionRecord:
    """A scheme version as lists show it (``document``: its canonical JSON text)."""

    id: str
    scheme_id: str
    number: int
    status: str
    effective_from: date
    note: str | None
    published_at: datetime | None
    published_by_id: str | None
    document: str

    @property
    def is_draft(self) -> bool:
        return self.status == SchemeStatus.DRAFT


@dataclass(frozen=True)
class SchemeRecord:
    """A scheme with its live versions, oldest (lowest number) first."""

    id: str
    name: str
    description: str | None
    versions: tuple[VersionRecord, ...]

    @property
    def newest(self) -> VersionRecord | None:
        return self.versions[-1] if self.versions else None

    @property
    def published(self) -> tuple[VersionRecord, ...]:
        return tuple(v for v in self.versions if v.status == SchemeStatus.PUBLISHED)


# -- checks ----------------------------------------------------------------------------------

def _clean_name(name: str) -> str:
    text = " ".join(str(name or "").split())
    if not text:
        raise SchemeError("a scheme needs a name")
    if len(text) > NAME_LIMIT:
        raise SchemeError("a scheme's name can be at most {limit} characters long",
                          limit=NAME_LIMIT)
    return text


def _clean_note(note: str | None) -> str | None:
    text = (note or "").strip()
    if len(text) > NOTE_LIMIT:
        raise SchemeError("a note can be at most {limit} characters long", limit=NOTE_LIMIT)
    return text or None


def canonical(document: str | Mapping[str, Any] | SchemeDoc) -> str:
    """The canonical text of a document (checked: :class:`SchemeError` when it cannot be used)."""
    doc = document if isinstance(document, SchemeDoc) else parse(document)
    return dump(doc)


def _unique_name(s: Session, name: str, scheme_id: str | None) -> None:
    clash = s.scalar(select(IncentiveScheme.id).where(
        IncentiveScheme.deleted_at.is_(None), IncentiveScheme.name == name,
        IncentiveScheme.id != (scheme_id or "")))
    if clash is not None:
        raise SchemeError("a scheme called {name} already exists", name=name)


def _scheme(s: Session, scheme_id: str, *, deleted: bool = False) -> IncentiveScheme:
    row = s.get(IncentiveScheme, scheme_id)
    if row is None or (row.deleted_at is not None and not deleted):
        raise SchemeError("this scheme no longer exists")
    return row


def _version(s: Session, version_id: str, *, deleted: bool = False) -> SchemeVersion:
    row = s.get(SchemeVersion, version_id)
    if row is None or (row.deleted_at is not None and not deleted):
        raise SchemeError("this scheme version no longer exists")
    _scheme(s, row.scheme_id)
    return row


def _draft(s: Session, version_id: str) -> SchemeVersion:
    row = _version(s, version_id)
    if row.status != SchemeStatus.DRAFT:
        raise SchemeError("version {number} is published and never changes; make a new "
                          "version", number=row.number)
    return row


def _first_of_month(day: date) -> date:
    return day.replace(day=1)


# -- schemes ---------------------------------------------------------------------------------

def create_scheme(store: Store, name: str, description: str | None = None, *,
                  effective_from: date | None = None,
                  document: str | Mapping[str, Any] | SchemeDoc | None = None,
                  scheme_id: str | None = None, version_id: str | None = None
                  ) -> Op[SchemeRef]:
    """A new scheme with a first draft version (effective from ``effective_from``, else the
    first of this month; its rules ``document``, else none). Undone by :func:`discard_scheme`.
    """
    text = _clean_name(name)
    body = canonical(document if document is not None else SchemeDoc())
    sid, vid = scheme_id or new_id(), version_id or new_id()
    with store.write() as uow:
        s = uow.session
        _unique_name(s, text, None)
        s.add(IncentiveScheme(id=sid, name=text, description=_clean_note(description)))
        s.add(SchemeVersion(id=vid, scheme_id=sid, number=1, status=SchemeStatus.DRAFT,
                            effective_from=effective_from or _first_of_month(date.today()),
                            document=body))
        uow.commit()
        return uow.op(SchemeRef(sid, vid), undo=call(discard_scheme, sid))


def discard_scheme(store: Store, scheme_id: str) -> Op[None]:
    """Soft-delete a scheme and its live versions (the undo of creating it); refused once a
    run's lines name one of its versions. Undone by :func:`restore_scheme`.
    """
    with store.write() as uow:
        s = uow.session
        row = _scheme(s, scheme_id)
        versions = list(s.scalars(select(SchemeVersion).where(
            SchemeVersion.scheme_id == scheme_id, SchemeVersion.deleted_at.is_(None))
            .order_by(SchemeVersion.number)))
        ids = [v.id for v in versions]
        if _used_by_runs(s, ids, locked_only=False):
            raise SchemeError("a payout run used this scheme; it cannot be removed")
        now = utcnow()
        row.deleted_at = now
        for v in versions:
            v.deleted_at = now
        uow.commit()
        return uow.op(None, undo=call(restore_scheme, scheme_id, tuple(ids)))


def restore_scheme(store: Store, scheme_id: str, version_ids: Sequence[str]) -> Op[None]:
    """Bring back a soft-deleted scheme and the versions ``version_ids``; undone by
    :func:`discard_scheme`.
    """
    with store.write() as uow:
        s = uow.session
        row = _scheme(s, scheme_id, deleted=True)
        _unique_name(s, row.name, scheme_id)
        row.deleted_at = None
        for v in s.scalars(select(SchemeVersion).where(SchemeVersion.id.in_(version_ids))):
            v.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(discard_scheme, scheme_id))


def rename_scheme(store: Store, scheme_id: str, name: str,
                  description: str | None = _UNSET) -> Op[tuple[str, str | None]]:
    """Rename a scheme (and change its description, when given); the value (and the undo's
    arguments) is the previous name and description.
    """
    text = _clean_name(name)
    with store.write() as uow:
        s = uow.session
        row = _scheme(s, scheme_id)
        _unique_name(s, text, scheme_id)
        before = (row.name, row.description)
        if row.name != text:
            row.name = text
        if description is not _UNSET:
            note = _clean_note(description)
            if row.description != note:
                row.description = note
        uow.commit()
        return uow.op(before, undo=call(rename_scheme, scheme_id, before[0], before[1]))


# -- versions --------------------------------------------------------------------------------

def new_version(store: Store, scheme_id: str, *, effective_from: date | None = None,
                note: str | None = None, version_id: str | None = None) -> Op[str]:
    """A new draft of a scheme numbered next, with the newest version's rules; effective from
    ``effective_from``, else the newest version's date or the first of this month, whichever
    is later. Undone by :func:`delete_draft`.
    """
    vid = version_id or new_id()
    with store.write() as uow:
        s = uow.session
        _scheme(s, scheme_id)
        newest = s.scalars(select(SchemeVersion).where(
            SchemeVersion.scheme_id == scheme_id, SchemeVersion.deleted_at.is_(None))
            .order_by(SchemeVersion.number.desc()).limit(1)).first()
        number = int(s.scalar(select(func.max(SchemeVersion.number)).where(
            SchemeVersion.scheme_id == scheme_id)) or 0) + 1
        body = newest.document if newest is not None else canonical(SchemeDoc())
        start = effective_from
        if start is None:
            start = _first_of_month(date.today())
            if newest is not None and newest.effective_from > start:
                start = newest.effective_from
        s.add(SchemeVersion(id=vid, scheme_id=scheme_id, number=number,
                            status=SchemeStatus.DRAFT, effective_from=start, document=body,
                            note=_clean_note(note)))
        uow.commit()
        return uow.op(vid, undo=call(delete_draft, vid))


def edit_draft(store: Store, version_id: str, *,
               document: str | Mapping[str, Any] | SchemeDoc | None = None,
               effective_from: date | None = None, note: str | None = _UNSET) -> Op[None]:
    """Change a draft's rules (checked), effective date or note (what is given); refused on a
    published version. Undone by :func:`put_draft` with the previous values.
    """
    body = canonical(document) if document is not None else None
    clean_note = _clean_note(note) if note is not _UNSET else _UNSET
    with store.write() as uow:
        s = uow.session
        row = _draft(s, version_id)
        before = (row.document, row.effective_from, row.note)
        _put(row, body if body is not None else row.document,
             effective_from or row.effective_from,
             row.note if clean_note is _UNSET else clean_note)
        uow.commit()
        return uow.op(None, undo=call(put_draft, version_id, before))


def put_draft(store: Store, version_id: str, values: tuple[str, date, str | None]) -> Op[None]:
    """Write a draft's (document, effective date, note) back; its undo is the values before."""
    with store.write() as uow:
        row = _draft(uow.session, version_id)
        before = (row.document, row.effective_from, row.note)
        _put(row, *values)
        uow.commit()
        return uow.op(None, undo=call(put_draft, version_id, before))


def _put(row: SchemeVersion, document: str, effective_from: date, note: str | None) -> None:
    if row.document != document:
        row.document = document
    if row.effective_from != effective_from:
        row.effective_from = effective_from
    if row.note != note:
        row.note = note


def publish(store: Store, version_id: str, *, by: str | None = None) -> Op[None]:
    """Publish a draft (已发布): from now on it is never edited, and runs of periods from its
    effective date use it. Refused when its rules cannot be used. Undone by :func:`unpublish`.
    """
    with store.write() as uow:
        s = uow.session
        row = _draft(s, version_id)
        parse(row.document)  # raises SchemeError naming the rule and the field
        row.status = SchemeStatus.PUBLISHED
        row.published_at = utcnow()
        row.published_by_id = by
        uow.commit()
        return uow.op(None, undo=call(unpublish, version_id))


def unpublish(store: Store, version_id: str) -> Op[None]:
    """Put a published version back to draft (the undo of :func:`publish`); refused once a
    locked run used it. Undone by :func:`republish`, which keeps the publication's time and
    person.
    """
    with store.write() as uow:
        s = uow.session
        row = _version(s, version_id)
        if row.status != SchemeStatus.PUBLISHED:
            raise SchemeError("version {number} is not published", number=row.number)
        if _used_by_runs(s, [version_id], locked_only=True):
            raise SchemeError("a locked payout run used version {number}; it stays published",
                              number=row.number)
        stamp = (row.published_at, row.published_by_id)
        row.status = SchemeStatus.DRAFT
        row.published_at = None
        row.published_by_id = None
        uow.commit()
        return uow.op(None, undo=call(republish, version_id, stamp))


def republish(store: Store, version_id: str, stamp: tuple[datetime | None, str | None]
              ) -> Op[None]:
    """Publish a draft again with the time and person it was first published by (the redo of
    :func:`publish`); undone by :func:`unpublish`.
    """
    with store.write() as uow:
        row = _draft(uow.session, version_id)
        parse(row.document)
        row.status = SchemeStatus.PUBLISHED
        row.published_at, row.published_by_id = stamp
        uow.commit()
        return uow.op(None, undo=call(unpublish, version_id))


def delete_draft(store: Store, version_id: str) -> Op[None]:
    """Soft-delete a draft version; refused on a published one and on a scheme's only version.
    Undone by :func:`restore_version`.
    """
    with store.write() as uow:
        s = uow.session
        row = _draft(s, version_id)
        live = s.scalar(select(func.count()).select_from(SchemeVersion).where(
            SchemeVersion.scheme_id == row.scheme_id, SchemeVersion.deleted_at.is_(None)))
        if int(live or 0) <= 1:
            raise SchemeError("a scheme keeps at least one version")
        row.deleted_at = utcnow()
        uow.commit()
        return uow.op(None, undo=call(restore_version, version_id))


def restore_version(store: Store, version_id: str) -> Op[None]:
    """Bring back a soft-deleted version; undone by :func:`delete_draft`."""
    with store.write() as uow:
        row = _version(uow.session, version_id, deleted=True)
        row.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(delete_draft, version_id))


def _used_by_runs(s: Session, version_ids: Sequence[str], *, locked_only: bool) -> bool:
    if not version_ids:
        return False
    q = (select(func.count()).select_from(PayoutLine)
         .join(PayoutRun, PayoutRun.id == PayoutLine.run_id)
         .where(PayoutLine.scheme_version_id.in_(version_ids), PayoutLine.deleted_at.is_(None),
                PayoutRun.deleted_at.is_(None)))
    if locked_only:
        q = q.where(PayoutRun.status == RunStatus.LOCKED)
    return bool(s.scalar(q))


# -- reading ---------------------------------------------------------------------------------

def _record(v: SchemeVersion) -> VersionRecord:
    return VersionRecord(v.id, v.scheme_id, v.number, v.status, v.effective_from, v.note,
                         v.published_at, v.published_by_id, v.document)


def list_schemes(store: Store) -> list[SchemeRecord]:
    """Every live scheme by name (then id), each with its live versions by number."""
    with store.read() as uow:
        s = uow.session
        schemes = list(s.scalars(select(IncentiveScheme).where(
            IncentiveScheme.deleted_at.is_(None))
            .order_by(IncentiveScheme.name, IncentiveScheme.id)))
        versions: dict[str, list[VersionRecord]] = {}
        for v in s.scalars(select(SchemeVersion).where(SchemeVersion.deleted_at.is_(None))
                           .order_by(SchemeVersion.scheme_id, SchemeVersion.number)):
            versions.setdefault(v.scheme_id, []).append(_record(v))
        return [SchemeRecord(x.id, x.name, x.description, tuple(versions.get(x.id, ())))
                for x in schemes]


def get_version(store: Store, version_id: str) -> VersionRecord:
    """One live version (refused when it was deleted)."""
    with store.read() as uow:
        return _record(_version(uow.session, version_id))


def find_scheme(store: Store, name: str) -> SchemeRecord:
    """The live scheme called ``name`` (or of that id)."""
    text = " ".join(str(name or "").split())
    for scheme in list_schemes(store):
        if text in (scheme.name, scheme.id):
            return scheme
    raise SchemeError("there is no scheme called {name}", name=text)
