"""Merging duplicate customers (合并客户) and undoing a merge exactly.

Every table with a foreign key to ``customers.id`` is found from the model metadata, so contacts,
follow-ups, deals, customer events — and orders or payments once those tables exist — all move
to the kept customer without this module knowing about them. Merged customers are soft-deleted
with ``merged_into_id`` set; :func:`unmerge` puts every moved row, field and timestamp back
(it is the merge's inverse, and its own inverse merges again).

Field rule: the kept customer's non-empty values win; its blanks are filled from the merged
customers in the order given. Tags are united (kept order first), the cooperation start is the
earliest, the last follow-up the latest, and the next follow-up is the plan of the customer
with that latest follow-up (the earliest scheduled date when none was ever followed up).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

import models  # noqa: F401  (registers every table, so referencing tables are all found)
from models.base import Base, new_id, utcnow
from models.customers import Customer, CustomerEvent
from models.enums import CustomerAction
from models.org import OrgUnit, Person
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.customers.dedupe import normalise_name
from services.customers.tiers import recompute_in_session

# Fields shown in the preview and merged by "kept wins, blanks filled".
FILL_FIELDS: tuple[str, ...] = (
    "name", "industry", "region", "address", "source", "phone", "email", "website",
    "owner_id", "unit_id", "credit_limit", "notes",
)
COMBINED_FIELDS: tuple[str, ...] = (
    "tags", "cooperation_since", "last_followup_at", "next_followup_on",
)
# Everything on the kept row a merge may change, restored verbatim by unmerge.
KEEP_SNAPSHOT: tuple[str, ...] = FILL_FIELDS + COMBINED_FIELDS + (
    "name_norm", "tier", "tier_reason", "tier_manual", "updated_at",
)


@dataclass(frozen=True)
class MergeField:
    """One field of the preview: each customer's value (kept first) and the result.

    ``source`` is the index (into ``MergePreview.customer_ids``) of the customer the result comes
    from, or -1 when it combines several (tags, dates).
    """

    field: str
    values: tuple[str, ...]
    result: str
    source: int


@dataclass(frozen=True)
class MergePreview:
    """What a merge would produce, without changing anything."""

    keep_id: str
    merge_ids: tuple[str, ...]
    customer_ids: tuple[str, ...]  # keep first, then merge_ids
    names: tuple[str, ...]
    fields: tuple[MergeField, ...]
    moving: tuple[tuple[str, int], ...]  # (table name, live rows that move)

    def count(self, table: str) -> int:
        """Rows of ``table`` that will move (0 when none)."""
        return dict(self.moving).get(table, 0)


@dataclass(frozen=True)
class MergeUndo:
    """Everything :func:`unmerge` needs to put the database back as it was."""

    keep_id: str
    merge_ids: tuple[str, ...]
    keep_before: tuple[tuple[str, Any], ...]
    merged_before: tuple[tuple[str, datetime | None, str | None, datetime], ...]
    moved: tuple[tuple[str, str, str, str, datetime | None], ...]  # table, col, row, old, upd
    event_ids: tuple[str, ...]
    by_person_id: str | None = None


def referencing_columns() -> list[tuple[Table, Column[Any]]]:
    """Every (table, column) with a foreign key to ``customers.id``."""
    out = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == Customer.__tablename__ and fk.column.name == "id":
                out.append((table, fk.parent))
    return out


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _display(field: str, value: object, people: dict[str, str]) -> str:
    if _is_blank(value):
        return ""
    if field in ("owner_id", "unit_id"):
        return people.get(str(value), str(value))
    if isinstance(value, Decimal):
        return f"¥{value:,.2f}"
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _split_tags(text: str | None) -> list[str]:
    return [t.strip() for t in (text or "").replace("，", ",").split(",") if t.strip()]


def _combine(rows: list[Customer]) -> tuple[dict[str, Any], dict[str, int]]:
    """The merged values and, per field, the index of the row they came from (-1: combined)."""
    result: dict[str, Any] = {}
    source: dict[str, int] = {}
    for field in FILL_FIELDS:
        idx = next((i for i, r in enumerate(rows) if not _is_blank(getattr(r, field))), 0)
        result[field], source[field] = getattr(rows[idx], field), idx
    tags: list[str] = []
    for r in rows:
        tags += [t for t in _split_tags(r.tags) if t not in tags]
    result["tags"] = ",".join(tags)
    for field, pick in (("cooperation_since", min), ("last_followup_at", max)):
        present = [getattr(r, field) for r in rows if getattr(r, field) is not None]
        result[field] = pick(present) if present else None
    # The newest follow-up states the current plan (as on the card); without any follow-up
    # history, the earliest scheduled date wins.
    newest = [r for r in rows if r.last_followup_at is not None
              and r.last_followup_at == result["last_followup_at"]]
    planned = [r.next_followup_on for r in rows if r.next_followup_on is not None]
    result["next_followup_on"] = (newest[0].next_followup_on if newest
                                  else min(planned) if planned else None)
    for field in ("cooperation_since", "last_followup_at", "next_followup_on"):
        source[field] = next((i for i, r in enumerate(rows)
                              if getattr(r, field) == result[field]), 0)
    source["tags"] = 0 if _split_tags(rows[0].tags) == tags else -1
    return result, source


def _load(session: Session, keep_id: str, merge_ids: list[str]) -> list[Customer]:
    ids = [keep_id, *merge_ids]
    if not merge_ids:
        raise ValidationError("Choose at least one other customer to merge.", field="merge_ids")
    if keep_id in merge_ids or len(set(merge_ids)) != len(merge_ids):
        raise ValidationError("A customer cannot be merged into itself.", field="merge_ids")
    found = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
    for cid in ids:
        row = found.get(cid)
        if row is None or row.deleted_at is not None:
            raise ValidationError(f"Customer {cid} does not exist or was deleted.", field="id")
    return [found[cid] for cid in ids]


def _live_count(session: Session, table: Table, col: Column[Any], ids: list[str]) -> int:
    stmt = select(func.count()).select_from(table).where(col.in_(ids))
    if "deleted_at" in table.c:
        stmt = stmt.where(table.c.deleted_at.is_(None))
    return int(session.scalar(stmt) or 0)


def _moving(session: Session, merge_ids: list[str]) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for table, col in referencing_columns():
        if table.name == Customer.__tablename__:
            continue
        counts[table.name] = counts.get(table.name, 0) + _live_count(session, table, col,
                                                                     merge_ids)
    return tuple(sorted(counts.items()))


def merge_preview(store: Store, keep_id: str, merge_ids: list[str]) -> MergePreview:
    """The field values a merge would produce and the number of rows that would move."""
    merge_ids = list(merge_ids)
    with store.read() as uow:
        s = uow.session
        rows = _load(s, keep_id, merge_ids)
        result, source = _combine(rows)
        owner_ids = {r.owner_id for r in rows if r.owner_id}
        unit_ids = {r.unit_id for r in rows if r.unit_id}
        people: dict[str, str] = {pid: pname for pid, pname in s.execute(
            select(Person.id, Person.name).where(Person.id.in_(owner_ids)))}
        people.update({uid: uname for uid, uname in s.execute(
            select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_(unit_ids)))})
        fields = tuple(
            MergeField(f, tuple(_display(f, getattr(r, f), people) for r in rows),
                       _display(f, result[f], people), source[f])
            for f in FILL_FIELDS + COMBINED_FIELDS
        )
        return MergePreview(keep_id, tuple(merge_ids), tuple(r.id for r in rows),
                            tuple(r.name for r in rows), fields, _moving(s, merge_ids))


def merge_customers(store: Store, keep_id: str, merge_ids: list[str],
                    by_person_id: str | None) -> Op[MergeUndo]:
    """Merge ``merge_ids`` into ``keep_id`` in one unit of work; the value is what undoes it
    (the inverse is :func:`unmerge` of it).
    """
    merge_ids = list(merge_ids)
    now = utcnow()
    with store.write() as uow:
        s = uow.session
        rows = _load(s, keep_id, merge_ids)
        keep = rows[0]
        keep_before = tuple((f, getattr(keep, f)) for f in KEEP_SNAPSHOT)
        merged_before = tuple((r.id, r.deleted_at, r.merged_into_id, r.updated_at)
                              for r in rows[1:])
        moved = _move_rows(s, keep_id, merge_ids, now)
        result, _ = _combine(rows)
        s.execute(update(Customer).where(Customer.id == keep_id).values(
            **result, name_norm=normalise_name(result["name"]), updated_at=now))
        s.execute(update(Customer).where(Customer.id.in_(merge_ids)).values(
            deleted_at=now, merged_into_id=keep_id, updated_at=now))
        event_ids = []
        for r in rows[1:]:
            eid = new_id()
            s.execute(insert(CustomerEvent).values(
                id=eid, customer_id=keep_id, action=CustomerAction.MERGE.value, at=now,
                from_person_id=r.owner_id, to_person_id=result["owner_id"],
                by_person_id=by_person_id, note=f"{r.name} ({r.id})", created_at=now,
                updated_at=now))
            event_ids.append(eid)
        s.expire_all()
        recompute_in_session(s, [keep_id])
        uow.commit()
        undo = MergeUndo(keep_id, tuple(merge_ids), keep_before, merged_before, moved,
                         tuple(event_ids), by_person_id)
        return uow.op(undo, undo=call(unmerge, undo))


def _move_rows(s: Session, keep_id: str, merge_ids: list[str], now: datetime
               ) -> tuple[tuple[str, str, str, str, datetime | None], ...]:
    moved: list[tuple[str, str, str, str, datetime | None]] = []
    for table, col in referencing_columns():
        has_upd = "updated_at" in table.c
        upd = table.c.updated_at if has_upd else None
        stmt = select(table.c.id, col, *([upd] if upd is not None else [])).where(
            col.in_(merge_ids))
        if table.name == Customer.__tablename__:
            stmt = stmt.where(table.c.id.not_in([keep_id, *merge_ids]))
        rows = s.execute(stmt).all()
        if not rows:
            continue
        values: dict[str, Any] = {col.name: keep_id}
        if has_upd:
            values["updated_at"] = now
        s.execute(update(table).where(table.c.id.in_([r[0] for r in rows])).values(**values))
        moved += [(table.name, col.name, r[0], r[1], r[2] if has_upd else None) for r in rows]
    return tuple(moved)


def unmerge(store: Store, undo: MergeUndo) -> Op[None]:
    """Undo a merge exactly: moved rows, kept fields and merged customers all as before.

    The inverse merges the same customers again.
    """
    tables = Base.metadata.tables
    with store.write() as uow:
        s = uow.session
        if undo.event_ids:
            s.execute(delete(CustomerEvent).where(CustomerEvent.id.in_(undo.event_ids)))
        by_target: dict[tuple[str, str, bool], list[dict[str, Any]]] = {}
        for table_name, col_name, row_id, old, old_upd in undo.moved:
            has_upd = old_upd is not None
            by_target.setdefault((table_name, col_name, has_upd), []).append(
                {"_id": row_id, "_old": old, "_upd": old_upd})
        for (table_name, col_name, has_upd), params in by_target.items():
            table = tables[table_name]
            values: dict[str, Any] = {col_name: bindparam("_old", type_=table.c[col_name].type)}
            if has_upd:
                values["updated_at"] = bindparam("_upd", type_=table.c.updated_at.type)
            stmt = update(table).where(
                table.c.id == bindparam("_id", type_=table.c.id.type)).values(**values)
            s.connection().execute(stmt, params)
        for cid, deleted_at, merged_into_id, updated_at in undo.merged_before:
            s.execute(update(Customer).where(Customer.id == cid).values(
                deleted_at=deleted_at, merged_into_id=merged_into_id, updated_at=updated_at))
        s.execute(update(Customer).where(Customer.id == undo.keep_id).values(
            **dict(undo.keep_before)))
        uow.commit()
        return uow.op(None, undo=call(merge_customers, undo.keep_id, list(undo.merge_ids),
                                      undo.by_person_id))
