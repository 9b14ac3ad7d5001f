"""Committing an import all-or-nothing, and undoing/redoing it exactly.

:func:`commit_plan` writes every insert and update of a plan in ONE write unit of work, with bulk
``insert(Model)`` / ``update(Model)`` statements in chunks, reporting ``progress(done, total)``
and checking ``is_cancelled()`` between chunks. Cancel, an error or a refused plan roll the whole
transaction back: nothing is written. Tiers follow from the store's derived rule, which runs in
that same transaction (a headless import leaves them exactly as the app would). Every row is
decided again (create / update / skip) inside that transaction, which holds the database's
write lock, so the duplicate checks see what the import commits against.

Each function returns an :class:`~services.core.changes.Op` whose value is the
:class:`ImportBatch`: every created row (as inserted) and the previous and new values of every
updated row (the rule's tier changes included), so :func:`undo_import` deletes exactly what was
created and restores what was updated, and :func:`redo_import` re-applies it. The undo of
``commit_plan`` is ``undo_import``, whose own undo is ``redo_import``, and back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.base import utcnow
from models.customers import Customer
from services.core.changes import ChangeRecorder, Op, call
from services.core.db import write_engine
from services.core.errors import DiskFullError, SailplanError, is_disk_full
from services.core.store import Store
from services.core.uow import UnitOfWork
from services.customers import booking, tiers
from services.customers.edit import CONTACTS_FACT
from services.customers.tiers import DEALS_FACT
from services.importing.lookups import read_lookups
from services.importing.plan import ImportPlan, build_plan
from services.importing.progress import Check, ImportCancelled, Progress, never, no_progress
from services.importing.records import TABLES, ChangeBuilder, Changes

CHUNK = 2_000


class ImportRejected(SailplanError):
    """The plan has rejected rows and the caller did not allow skipping them."""


class ImportUndoError(SailplanError):
    """The import cannot be undone because later work depends on what it created."""


@dataclass
class ImportBatch:
    """What one committed import did (enough to undo and redo it exactly)."""

    kind: str
    file_name: str
    counts: dict[str, int]
    created: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # table → [(id, previous values, new values)]
    updated: dict[str, list[tuple[str, dict[str, Any], dict[str, Any]]]] = field(
        default_factory=dict)
    customer_ids: list[str] = field(default_factory=list)
    deal_ids: list[str] = field(default_factory=list)

    def created_ids(self, table: str) -> list[str]:
        """Ids of the rows this import created in ``table``."""
        return [r["id"] for r in self.created.get(table, [])]

    def summary(self) -> str:
        """Counts as one line: created / updated / skipped / rejected."""
        c = self.counts
        return (f"created {c.get('create', 0)}, updated {c.get('update', 0)}, "
                f"skipped {c.get('skip', 0)}, rejected {c.get('reject', 0)}")


def commit_plan(store: Store, plan: ImportPlan, *, progress: Progress | None = None,
                is_cancelled: Check | None = None,
                allow_rejected: bool = False) -> Op[ImportBatch]:
    """Write the plan in one transaction; see the module docstring.

    The value is the :class:`ImportBatch`; the undo is :func:`undo_import` of it.
    """
    progress = progress or no_progress
    is_cancelled = is_cancelled or never
    if plan.rejected() and not allow_rejected:
        raise ImportRejected("{count} row(s) have errors; nothing was imported.",
                             count=len(plan.rejected()))
    with _full_disk(store, "nothing was saved"):
        return _commit(store, plan, progress, is_cancelled, allow_rejected)


@contextmanager
def _full_disk(store: Store, outcome: str) -> Iterator[None]:
    """Turn a full disk under the database into :class:`DiskFullError` saying ``outcome``
    (a constant, so the sentence is translated; the transaction has rolled back).
    """
    try:
        yield
    except Exception as exc:
        if is_disk_full(exc) and not isinstance(exc, DiskFullError):
            where = str(Path(store.path).parent) if store.path else store.location
            raise DiskFullError(where, outcome) from exc
        raise


def _commit(store: Store, plan: ImportPlan, progress: Progress, is_cancelled: Check,
            allow_rejected: bool) -> Op[ImportBatch]:
    with store.write(bulk=True) as uow:
        s = uow.session
        rejected = len(plan.rejected())
        _recheck(store, s, plan)
        if len(plan.rejected()) > rejected and not allow_rejected:
            raise ImportRejected(
                "The database changed since the file was checked: {count} row(s) now have "
                "errors; nothing was imported. Check the file again.",
                count=len(plan.rejected()))
        batch = ImportBatch(plan.kind, plan.file_name, plan.counts())
        now = utcnow()
        changes = ChangeBuilder(s, plan, now).build()
        total = sum(len(v) for v in changes.created.values()) + sum(
            len(v) for v in changes.updates.values())
        done = 0
        progress(0, total)
        for table, model in TABLES.items():
            rows = changes.created.get(table, [])
            for start in range(0, len(rows), CHUNK):
                if is_cancelled():
                    raise ImportCancelled("Import cancelled; nothing was written.")
                s.execute(insert(model), rows[start:start + CHUNK])
                done += len(rows[start:start + CHUNK])
                progress(done, total)
        for table, by_id in changes.updates.items():
            if is_cancelled():
                raise ImportCancelled("Import cancelled; nothing was written.")
            _apply_updates(s, table, by_id, now, batch)
            done += len(by_id)
            progress(done, total)
        before = _after_write(s, plan.kind, changes, batch, now)
        if is_cancelled():
            raise ImportCancelled("Import cancelled; nothing was written.")
        batch.created = changes.created
        batch.customer_ids = sorted(changes.customer_ids)
        batch.deal_ids = sorted(changes.deal_ids)
        _name_customers(s, uow.recorder, batch)
        uow.commit()  # the store's rules run first, in this transaction (tiers after deals)
        _record_rule_writes(s, uow.changes.fact(tiers.TIER_FACT), before, batch)
        return uow.op(batch, undo=call(undo_import, batch))


def _recheck(store: Store, s: Session, plan: ImportPlan) -> None:
    """Decide every row again from what this write transaction sees, and update ``plan``.

    The preview was planned from an earlier read; another import (another window through a
    link to the same file, another computer on the same server) may have committed since.
    The write transaction holds the database's write lock (``store.write(bulk=True)``), so
    the duplicates found here are the ones that exist when it commits: two imports of the same
    names create each customer once. When the database still holds what the preview read,
    every decision stands and nothing is decided again.
    """
    lookups = read_lookups(s, plan.kind)
    if lookups == plan.lookups:
        return
    fresh = build_plan(store, plan.table, plan.layout, plan.mapping,
                       [r.parsed for r in plan.rows], plan.kind, mode=plan.mode,
                       owner_choice=plan.owner_choice, stage_choice=plan.stage_choice,
                       create_missing=plan.create_missing, file_name=plan.file_name,
                       lookups=lookups, as_of=plan.as_of)
    for f in fields(ImportPlan):
        setattr(plan, f.name, getattr(fresh, f.name))


def _read(s: Any, table: str, ids: list[str], cols: list[str]) -> dict[str, dict[str, Any]]:
    model = TABLES[table]
    out: dict[str, dict[str, Any]] = {}
    columns = [model.id, *(getattr(model, c) for c in cols)]
    for start in range(0, len(ids), 500):
        for row in s.execute(select(*columns).where(model.id.in_(ids[start:start + 500]))):
            out[row[0]] = dict(zip(cols, row[1:], strict=True))
    return out


def _apply_updates(s: Any, table: str, by_id: dict[str, dict[str, Any]], now: Any,
                   batch: ImportBatch) -> None:
    cols = sorted({c for v in by_id.values() for c in v} | {"updated_at"})
    old = _read(s, table, list(by_id), cols)
    params = []
    for rid, values in by_id.items():
        before = old.get(rid)
        if before is None:
            continue
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if not changed:
            continue
        changed["updated_at"] = now
        prev = {k: before[k] for k in changed}
        batch.updated.setdefault(table, []).append((rid, prev, changed))
        params.append({"id": rid, **changed})
    for start in range(0, len(params), CHUNK):
        s.execute(update(TABLES[table]), params[start:start + CHUNK])


_DERIVED = ["last_followup_at", "next_followup_on", "tier", "tier_reason", "updated_at"]
"""Customer columns derived from what an import writes (follow-up dates, tiers)."""


def _after_write(s: Any, kind: str, changes: Changes, batch: ImportBatch,
                 now: Any) -> dict[str, dict[str, Any]]:
    """Derived values the import sets itself, recorded for undo; returns the existing
    customers' derived columns as they were before the import, for :func:`_record_rule_writes`.

    Follow-up dates follow the imported follow-ups (as adding one in the app does), and a
    customer the import creates gets its first tier from the rules, as a customer created in
    the app does. Tiers of existing customers are the store's derived rule's business: it runs
    when the transaction commits (see ``services.customers.tiers.tier_rule``).
    """
    ids = sorted(changes.customer_ids)
    if not ids:
        return {}
    created = {r["id"]: r for r in changes.created.get("customers", [])}
    existing = [c for c in ids if c not in created]
    before = _read(s, "customers", existing, _DERIVED)
    if kind == "followups":
        _recompute_followup_dates(s, changes.created.get("followups", []), now)
    fresh = [cid for cid, row in created.items() if not row.get("tier_manual")]
    if fresh:
        tiers.recompute_in_session(s, fresh)
    after = _read(s, "customers", ids, _DERIVED)
    for cid, row in created.items():  # keep redo exact: store the values set here
        row.update(after.get(cid, {}))
    _merge_updates(batch, before, after, existing)
    return before


def _merge_updates(batch: ImportBatch, before: dict[str, dict[str, Any]],
                   after: dict[str, dict[str, Any]], ids: Iterable[str]) -> None:
    """Add the customers whose derived columns changed to ``batch.updated`` (old values kept
    from the import's own update of the same customer, if any).
    """
    recorded = {rid: (old, new) for rid, old, new in batch.updated.get("customers", [])}
    for cid in ids:
        b, a = before.get(cid), after.get(cid)
        if b is None or a is None:
            continue
        diff = {k: a[k] for k in _DERIVED if a.get(k) != b.get(k)}
        if not diff:
            continue
        if cid in recorded:
            old, new = recorded[cid]
            for k, v in diff.items():
                old.setdefault(k, b[k])
                new[k] = v
        else:
            entry = (cid, {k: b[k] for k in diff}, diff)
            batch.updated.setdefault("customers", []).append(entry)
            recorded[cid] = entry[1:]


def _record_rule_writes(s: Session, changed: Iterable[str], before: dict[str, dict[str, Any]],
                        batch: ImportBatch) -> None:
    """Record the tiers the store's rule recomputed at commit, so undo puts back exactly what
    was there and redo re-applies the same values (the rule then finds nothing to change).

    Read just after the commit, in the import's own unit of work (the app writes through one
    worker and holds the file's lock, so nothing else wrote in between).
    """
    ids = sorted(set(changed) & set(before))
    if ids:
        _merge_updates(batch, before, _read(s, "customers", ids, _DERIVED), ids)


_CUSTOMER_FACTS = (("contacts", CONTACTS_FACT), ("deals", DEALS_FACT))
"""Facts naming the customers whose contacts / deals a write changed: a contact or deal row
gone by undo no longer says whose it was, so the import says it (the customer list reads it)."""


def _name_customers(s: Session, recorder: ChangeRecorder, batch: ImportBatch) -> None:
    """Record which customers' contacts and deals this import (or its undo/redo) touches."""
    for table, fact in _CUSTOMER_FACTS:
        owners = {r["customer_id"] for r in batch.created.get(table, [])}
        model = TABLES[table]
        ids = [rid for rid, _old, _new in batch.updated.get(table, [])]
        for start in range(0, len(ids), 500):
            owners.update(s.scalars(select(model.customer_id)
                                    .where(model.id.in_(ids[start:start + 500]))))
        owners.discard(None)
        if owners:
            recorder.fact(fact, owners)


def _recompute_followup_dates(s: Any, created: list[dict[str, Any]], now: Any) -> None:
    """Move the customers' last and booked next follow-up dates for the follow-ups the import
    created, oldest first, as logging each in the app would (``services.customers.booking``:
    one without a next date keeps a booking still ahead of it).

    A follow-up no newer than the customer's last follow-up as it stood before the import
    changes nothing: the customer's dates already account for it (a customers file with its
    最近跟进/下次跟进 imported before the history it came from — Sailplan's own exports — keeps
    the booking it states, also one cleared by hand).
    """
    ids = sorted({r["customer_id"] for r in created})
    dates: dict[str, booking.FollowUpDates] = {}
    for start in range(0, len(ids), 500):
        q = select(Customer.id, Customer.last_followup_at, Customer.next_followup_on).where(
            Customer.id.in_(ids[start:start + 500]))
        for cid, last, booked in s.execute(q):
            dates[cid] = (last, booked)
    before = dict(dates)
    for r in sorted(created, key=lambda r: r["at"]):
        cid = r["customer_id"]
        known = before[cid][0]
        if known is not None and r["at"] <= known:
            continue
        dates[cid] = booking.after_followup(dates[cid], r["at"], r.get("next_on"))
    params = [{"id": cid, "last_followup_at": at, "next_followup_on": nxt, "updated_at": now}
              for cid, (at, nxt) in dates.items() if before[cid] != (at, nxt)]
    for start in range(0, len(params), CHUNK):
        s.execute(update(Customer), params[start:start + CHUNK])


def undo_import(store: Store, batch: ImportBatch, *,
                progress: Progress | None = None) -> Op[ImportBatch]:
    """Delete exactly the rows the import created and restore the values it changed.

    The undo of the result is :func:`redo_import`. Refused with :class:`ImportUndoError`
    (nothing changed) when records added since refer to what the import created. On SQLite the
    deletes run with foreign-key enforcement off and the references are checked once afterwards
    (``PRAGMA foreign_key_check``): enforcing per row would scan ``customers.merged_into_id``
    (not indexed) once per deleted customer. Either way it is a writing unit of work: what it
    changes is recorded and the store's rules run before it commits.
    """
    with _full_disk(store, "nothing was changed"):
        return _undo(store, batch, progress or no_progress)


def _undo(store: Store, batch: ImportBatch, progress: Progress) -> Op[ImportBatch]:
    if store.url.get_backend_name() != "sqlite":
        with store.write(bulk=True) as uow:
            try:
                _name_customers(uow.session, uow.recorder, batch)
                _undo_rows(uow.session, batch, progress)
                uow.session.flush()
            except IntegrityError as exc:
                raise ImportUndoError(UNDO_REFUSED) from exc
            uow.commit()
            return uow.op(batch, undo=call(redo_import, batch))
    with write_engine(store.engine).connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]  # outside a txn
        try:
            with UnitOfWork(lambda: Session(bind=conn, autobegin=False, expire_on_commit=False),
                            record=True, rules=store.rules) as uow:
                _name_customers(uow.session, uow.recorder, batch)
                _undo_rows(uow.session, batch, progress)
                if _dangling(uow.session, batch):
                    raise ImportUndoError(UNDO_REFUSED)
                uow.commit()
                return uow.op(batch, undo=call(redo_import, batch))
        finally:
            raw.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


UNDO_REFUSED = ("The import cannot be undone: records added since then refer to what it created "
                "(undo or delete those first). Nothing was changed.")


def _undo_rows(s: Session, batch: ImportBatch, progress: Progress) -> None:
    total, done = _size(batch), 0
    progress(0, total)
    for table, rows in batch.updated.items():
        params = [{"id": rid, **old} for rid, old, _new in rows]
        for start in range(0, len(params), CHUNK):
            s.execute(update(TABLES[table]), params[start:start + CHUNK])
            done += len(params[start:start + CHUNK])
            progress(done, total)
    for table in reversed(list(TABLES)):
        ids = batch.created_ids(table)
        model = TABLES[table]
        for start in range(0, len(ids), 500):
            s.execute(delete(model).where(model.id.in_(ids[start:start + 500])))
            done += len(ids[start:start + 500])
            progress(done, total)


def _size(batch: ImportBatch) -> int:
    return (sum(len(v) for v in batch.created.values())
            + sum(len(v) for v in batch.updated.values()))


def _dangling(s: Session, batch: ImportBatch) -> bool:
    """True when a row of any table still points at a deleted one (SQLite, FKs off)."""
    emptied = {t for t in TABLES if batch.created.get(t)}
    tables = [r[0] for r in s.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))]
    for table in tables:
        targets = {r[2] for r in s.execute(text(f'PRAGMA foreign_key_list("{table}")'))}
        if targets & emptied and s.execute(text(f'PRAGMA foreign_key_check("{table}")')).first():
            return True
    return False


def redo_import(store: Store, batch: ImportBatch, *,
                progress: Progress | None = None) -> Op[ImportBatch]:
    """Re-apply an undone import exactly (same ids, same values); its undo is
    :func:`undo_import`.
    """
    with _full_disk(store, "nothing was changed"):
        return _redo(store, batch, progress or no_progress)


def _redo(store: Store, batch: ImportBatch, progress: Progress) -> Op[ImportBatch]:
    total, done = _size(batch), 0
    progress(0, total)
    with store.write(bulk=True) as uow:
        s = uow.session
        for table, model in TABLES.items():
            rows = batch.created.get(table, [])
            for start in range(0, len(rows), CHUNK):
                s.execute(insert(model), rows[start:start + CHUNK])
                done += len(rows[start:start + CHUNK])
                progress(done, total)
        for table, changed in batch.updated.items():
            params = [{"id": rid, **new} for rid, _old, new in changed]
            for start in range(0, len(params), CHUNK):
                s.execute(update(TABLES[table]), params[start:start + CHUNK])
                done += len(params[start:start + CHUNK])
                progress(done, total)
        _name_customers(s, uow.recorder, batch)
        uow.commit()
        return uow.op(batch, undo=call(undo_import, batch))
