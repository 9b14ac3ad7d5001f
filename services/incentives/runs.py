"""Payout runs (提成核算): computed → reviewed → approved → locked, one live run per period.

* :func:`compute_run` → the run's id. Refused once the period's run is locked. Otherwise, in one
  write transaction: the facts of the period, the one before it and (for a quarter or a year)
  its months (:func:`services.incentives.gather.gather_facts`); the scheme versions in effect
  (:func:`services.incentives.versions.in_effect`); the rules' lines
  (:func:`services.incentives.engine.evaluate`); then the adjustments due, the clawbacks and
  the period's recognition (:mod:`services.incentives.run_lines`). The lines replace the run's
  previous lines — unless they are the same lines, which are then kept as they are (same rows,
  same ids), with the review and approval they had. New lines put the run back to computed
  (已计算): what was reviewed is gone. ``inputs_digest`` is the SHA-256 of the canonical lines,
  the versions and the adjustments: the same data always gives the same digest.
  Undone by :func:`put_run` (the previous lines and state back; a run the computation created
  is removed), whose undo is the redo.
* :func:`review` (已复核), :func:`approve` (已审批), :func:`reopen` (back to computed, before
  the lock) → None, each refused out of order; undone by :func:`put_run` with the state before.
* :func:`lock` (已锁定) → None: from then on the run never changes — it is not recomputed, its
  lines are not edited, no adjustment or recognition is added to its period. It marks the
  adjustments it pays as paid in it. Refused when, since it was computed, one of its
  adjustments was removed or paid by another locked run, or one of its clawbacks was made by
  another locked run (compute it again first). A lock is not undone: there is no undo.

Refusals are :class:`RunError` with constant templates (``"the {period} payout run is
locked"``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from models import Person
from models.base import new_id, utcnow
from models.incentives import LineKind, PayoutAdjustment, PayoutLine, PayoutRun, RunStatus
from services.core import periods as P
from services.core.changes import Op, call
from services.core.errors import SailplanError
from services.core.store import Store
from services.incentives import engine, versions
from services.incentives.doc import dump
from services.incentives.engine import SchemeInUse
from services.incentives.facts import Facts
from services.incentives.lines import LineDraft, money
from services.incentives.run_lines import (
    adjustment_lines,
    clawback_lines,
    clawed_pairs,
    read_trace,
    recognition_lines,
)

CHUNK = 500
PAYOUT_GRAINS = (P.Grain.MONTH, P.Grain.QUARTER, P.Grain.YEAR)


class RunError(SailplanError):
    """A payout run refused an action (locked, out of order, no such run)."""


@dataclass(frozen=True)
class RunState:
    """What :func:`put_run` writes back: a run's status, computation, review and approval,
    and whether it exists (``deleted``: the undo of the computation that created it).
    """

    status: str
    computed_at: datetime | None
    inputs_digest: str | None
    reviewed_at: datetime | None
    reviewed_by_id: str | None
    approved_at: datetime | None
    approved_by_id: str | None
    deleted: bool = False


def check_period(key: str) -> P.Period:
    """A payout period (a month, a quarter or a year), parsed; refused otherwise."""
    try:
        period = P.parse(str(key or "").strip())
    except ValueError:
        period = None
    if period is None or period.grain not in PAYOUT_GRAINS:
        raise RunError("a payout period is a month (2026-06), a quarter (2026-Q2) or a year "
                       "(2026), not {period}", period=key)
    return period


def fact_periods(period: str) -> list[str]:
    """The periods a run of ``period`` reads: itself, the one before, and the months of a
    quarter or a year.
    """
    out = [period, engine.previous_period(period)]
    if P.grain_of(period) != P.Grain.MONTH:
        out += P.sub_periods(period, P.Grain.MONTH)
    return list(dict.fromkeys(out))


def live_run(s: Session, period: str) -> PayoutRun | None:
    """The period's live run (None: never computed, or its computation was undone)."""
    return s.scalars(select(PayoutRun).where(PayoutRun.period == period,
                                             PayoutRun.deleted_at.is_(None))
                     .order_by(PayoutRun.created_at, PayoutRun.id).limit(1)).first()


def _run_of(s: Session, period: str) -> PayoutRun:
    run = live_run(s, period)
    if run is None:
        raise RunError("there is no {period} payout run; compute it first", period=period)
    return run


def refuse_if_locked(s: Session, period: str) -> None:
    """Refused when the period's run is locked (nothing may change it)."""
    run = live_run(s, period)
    if run is not None and run.status == RunStatus.LOCKED:
        raise RunError("the {period} payout run is locked", period=period)


def _check_person(s: Session, person_id: str | None) -> None:
    if person_id is not None and s.get(Person, person_id) is None:
        raise RunError("that person does not exist")


# -- canonical lines and the digest ----------------------------------------------------------

def params_json(params: Any) -> str:
    """A line's params as stored: a JSON object with sorted keys."""
    return json.dumps({str(k): str(v) for k, v in dict(params).items()}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))


def trace_json(trace: Sequence[Sequence[Any]]) -> str:
    """A line's trace as stored: a JSON list of [kind, id, fen or null]."""
    return json.dumps([[str(k), str(i), None if f is None else int(f)] for k, i, f in trace],
                      ensure_ascii=False, separators=(",", ":"))


def canonical(d: LineDraft) -> tuple[str, ...]:
    """A line as the digest and the comparison with stored lines read it."""
    return (d.person_id, str(d.kind), d.rule_id, d.scheme_version_id or "",
            str(money(Decimal(d.amount))), d.template, params_json(d.params),
            trace_json(d.trace))


def stored_canonical(line: PayoutLine) -> tuple[str, ...]:
    """A stored line as :func:`canonical` reads a draft."""
    return (line.person_id, str(line.kind), line.rule_id, line.scheme_version_id or "",
            str(money(Decimal(line.amount))), line.template, line.params, line.trace)


def digest(period: str, schemes: Sequence[SchemeInUse], adjustments: Sequence[PayoutAdjustment],
           lines: Sequence[tuple[str, ...]]) -> str:
    """SHA-256 of what a run computed from: its period, versions, adjustments and lines."""
    body = {
        "period": period,
        "versions": [[x.version_id, x.number, dump(x.doc)] for x in schemes],
        "adjustments": [[a.id, a.person_id, a.period, str(money(Decimal(a.amount))), a.reason,
                         a.corrects_run_id or ""] for a in adjustments],
        "lines": [list(line) for line in lines],
    }
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- state -----------------------------------------------------------------------------------

def state_of(run: PayoutRun) -> RunState:
    """A run's state as :func:`put_run` writes it back."""
    return RunState(run.status, run.computed_at, run.inputs_digest, run.reviewed_at,
                    run.reviewed_by_id, run.approved_at, run.approved_by_id,
                    run.deleted_at is not None)


def _apply(run: PayoutRun, state: RunState) -> None:
    values: dict[str, Any] = {
        "status": state.status, "computed_at": state.computed_at,
        "inputs_digest": state.inputs_digest, "reviewed_at": state.reviewed_at,
        "reviewed_by_id": state.reviewed_by_id, "approved_at": state.approved_at,
        "approved_by_id": state.approved_by_id}
    for name, value in values.items():
        if getattr(run, name) != value:
            setattr(run, name, value)
    if state.deleted and run.deleted_at is None:
        run.deleted_at = utcnow()
    elif not state.deleted and run.deleted_at is not None:
        run.deleted_at = None


def _set_deleted(s: Session, ids: Sequence[str], deleted: bool) -> None:
    now = utcnow() if deleted else None
    for start in range(0, len(ids), CHUNK):
        part = list(ids[start:start + CHUNK])
        s.execute(update(PayoutLine).where(PayoutLine.id.in_(part))
                  .values(deleted_at=now, updated_at=utcnow()))


def put_run(store: Store, run_id: str, state: RunState, remove: Sequence[str] = (),
            restore: Sequence[str] = ()) -> Op[str]:
    """Write a run's state back, soft-deleting the lines ``remove`` and bringing back
    ``restore`` (the undo and redo of a computation or a transition); its undo is the
    opposite. Refused once the run is locked.
    """
    remove, restore = tuple(remove), tuple(restore)
    with store.write() as uow:
        s = uow.session
        run = s.get(PayoutRun, run_id)
        if run is None:
            raise RunError("this payout run no longer exists")
        if run.status == RunStatus.LOCKED:
            raise RunError("the {period} payout run is locked", period=run.period)
        if not state.deleted and run.deleted_at is not None:
            other = live_run(s, run.period)
            if other is not None and other.id != run_id:
                raise RunError("the {period} payout run was computed again since",
                               period=run.period)
        before = state_of(run)
        _set_deleted(s, remove, True)
        _set_deleted(s, restore, False)
        _apply(run, state)
        uow.commit()
        return uow.op(run_id, undo=call(put_run, run_id, before, restore, remove))


# -- computing -------------------------------------------------------------------------------

def compute_run(store: Store, period: str, *, by: str | None = None,
                facts: Facts | None = None) -> Op[str]:
    """Compute (or compute again) the period's run; see the module docstring. ``by``: who asked
    (checked; a run keeps who reviewed, approved and locked it, not who computed it).
    ``facts``: already gathered from the same data for (at least) :func:`fact_periods` of the
    period — a writer computing many runs at once gathers them in one pass (the demo firm's
    year of runs); the lines are the same as without.
    """
    key = check_period(period).key
    with store.write(bulk=True) as uow:
        s = uow.session
        _check_person(s, by)
        run = live_run(s, key)
        if run is not None and run.status == RunStatus.LOCKED:
            raise RunError("the {period} payout run is locked", period=key)
        schemes = versions.in_effect(s, key)
        if facts is None:
            from services.incentives.gather import gather_facts

            facts = gather_facts(s, fact_periods(key), metrics=engine.used_metrics(schemes))
        drafts = list(engine.evaluate(key, facts, schemes))
        adj_lines, adj_ids = adjustment_lines(s, key)
        drafts += adj_lines
        drafts += clawback_lines(s, key, run.id if run is not None else None)
        drafts += recognition_lines(s, key)
        rows = [canonical(d) for d in drafts]
        adjustments = [s.get(PayoutAdjustment, i) for i in adj_ids]
        new_digest = digest(key, schemes, [a for a in adjustments if a is not None], rows)
        if run is None:
            run = PayoutRun(id=new_id(), period=key, status=RunStatus.COMPUTED)
            s.add(run)
            s.flush()
            before = RunState(RunStatus.COMPUTED, None, None, None, None, None, None, True)
        else:
            before = state_of(run)
        old = list(s.scalars(select(PayoutLine).where(
            PayoutLine.run_id == run.id, PayoutLine.deleted_at.is_(None))
            .order_by(PayoutLine.position, PayoutLine.id)))
        removed: tuple[str, ...] = ()
        added: tuple[str, ...] = ()
        if [stored_canonical(line) for line in old] != rows:
            removed = tuple(line.id for line in old)
            _set_deleted(s, removed, True)
            added = tuple(new_id() for _ in drafts)
            values = [dict(id=lid, run_id=run.id, person_id=d.person_id, position=n,
                           kind=str(d.kind), rule_id=d.rule_id,
                           scheme_version_id=d.scheme_version_id,
                           amount=money(Decimal(d.amount)), template=row[5], params=row[6],
                           trace=row[7])
                      for n, (lid, d, row) in enumerate(zip(added, drafts, rows, strict=True))]
            table = cast(Table, PayoutLine.__table__)  # Core: thousands of rows, no ORM
            for start in range(0, len(values), CHUNK):
                s.execute(insert(table), values[start:start + CHUNK])
            _apply(run, RunState(RunStatus.COMPUTED, None, None, None, None, None, None))
        run.computed_at = utcnow()
        run.inputs_digest = new_digest
        uow.commit()
        return uow.op(run.id, undo=call(put_run, run.id, before, added, removed))


def compute_runs(store: Store, periods: Sequence[str], *, by: str | None = None
                 ) -> list[Op[str]]:
    """Compute (or compute again) the runs of several periods — a year of months — with their
    facts gathered in one pass (:func:`services.incentives.gather.gather_facts` of every
    period's :func:`fact_periods` at once, the metrics the schemes in effect read), then each
    run as :func:`compute_run` computes it: the same lines, one transaction and one
    :class:`Op` per period, in the order given. Refused (before anything is written) when a
    period is not a payout period or its run is locked.
    """
    from services.incentives.gather import gather_facts

    keys = list(dict.fromkeys(check_period(p).key for p in periods))
    with store.read() as uow:
        s = uow.session
        _check_person(s, by)
        for key in keys:
            refuse_if_locked(s, key)
        used = engine.used_metrics([x for key in keys for x in versions.in_effect(s, key)])
        wanted = list(dict.fromkeys(k for key in keys for k in fact_periods(key)))
        facts = gather_facts(s, wanted, metrics=used)
    return [compute_run(store, key, by=by, facts=facts) for key in keys]


# -- transitions -----------------------------------------------------------------------------

def review(store: Store, period: str, *, by: str | None = None) -> Op[None]:
    """Mark the computed run reviewed (已复核) by ``by``."""
    return _transition(store, period, "review", by)


def approve(store: Store, period: str, *, by: str | None = None) -> Op[None]:
    """Mark the reviewed run approved (已审批) by ``by``."""
    return _transition(store, period, "approve", by)


def reopen(store: Store, period: str) -> Op[None]:
    """Put a reviewed or approved run back to computed (its review and approval dropped)."""
    return _transition(store, period, "reopen", None)


def _transition(store: Store, period: str, action: str, by: str | None) -> Op[None]:
    key = check_period(period).key
    with store.write() as uow:
        s = uow.session
        _check_person(s, by)
        run = _run_of(s, key)
        status = RunStatus(run.status)
        if status == RunStatus.LOCKED:
            raise RunError("the {period} payout run is locked", period=key)
        before = state_of(run)
        now = utcnow()
        if action == "review":
            if status != RunStatus.COMPUTED:
                raise RunError("the {period} payout run is already reviewed", period=key)
            run.status, run.reviewed_at, run.reviewed_by_id = RunStatus.REVIEWED, now, by
        elif action == "approve":
            if status == RunStatus.COMPUTED:
                raise RunError("review the {period} payout run before approving it",
                               period=key)
            if status == RunStatus.APPROVED:
                raise RunError("the {period} payout run is already approved", period=key)
            run.status, run.approved_at, run.approved_by_id = RunStatus.APPROVED, now, by
        else:
            if status == RunStatus.COMPUTED:
                raise RunError("the {period} payout run is neither reviewed nor approved; "
                               "there is nothing to reopen", period=key)
            _apply(run, RunState(RunStatus.COMPUTED, run.computed_at, run.inputs_digest,
                                 None, None, None, None))
        uow.commit()
        return uow.op(None, undo=call(put_run, run.id, before))


def lock(store: Store, period: str, *, by: str | None = None) -> Op[None]:
    """Lock the approved run (已锁定); see the module docstring. Not undone."""
    key = check_period(period).key
    with store.write(bulk=True) as uow:
        s = uow.session
        _check_person(s, by)
        run = _run_of(s, key)
        if run.status == RunStatus.LOCKED:
            raise RunError("the {period} payout run is locked", period=key)
        if run.status != RunStatus.APPROVED:
            raise RunError("approve the {period} payout run before locking it", period=key)
        lines = list(s.scalars(select(PayoutLine).where(
            PayoutLine.run_id == run.id, PayoutLine.deleted_at.is_(None),
            PayoutLine.kind.in_((LineKind.ADJUSTMENT, LineKind.CLAWBACK)))))
        pays: list[PayoutAdjustment] = []
        claws: set[tuple[str, str]] = set()
        for line in lines:
            refs = read_trace(line.trace)
            if line.kind == LineKind.ADJUSTMENT:
                adj_id = next((i for k, i, _f in refs if k == "adjustment"), "")
                adj = s.get(PayoutAdjustment, adj_id)
                if adj is None or adj.deleted_at is not None or adj.paid_in_run_id is not None:
                    raise RunError("what the {period} payout run pays changed since it was "
                                   "computed; compute it again", period=key)
                pays.append(adj)
            else:
                pair = (next((i for k, i, _f in refs if k == "line"), ""),
                        next((i for k, i, _f in refs if k == "contract"), ""))
                claws.add(pair)
        if claws:
            others = [r.id for r in s.scalars(select(PayoutRun).where(
                PayoutRun.deleted_at.is_(None), PayoutRun.status == RunStatus.LOCKED))]
            if claws & clawed_pairs(s, others):
                raise RunError("what the {period} payout run pays changed since it was "
                               "computed; compute it again", period=key)
        now = utcnow()
        run.status, run.locked_at, run.locked_by_id = RunStatus.LOCKED, now, by
        for adj in pays:
            adj.paid_in_run_id = run.id
        uow.commit()
        return uow.op(None)
