"""The lines a payout run adds after the rules (调整, 追回, 荣誉): adjustments due, clawbacks of
what locked runs paid on contracts since cancelled, and the period's recognition.

Which runs they go in: an adjustment, a clawback and a locked run are of a grain (month, quarter
or year); each goes in the runs of its own grain only, so a monthly correction is never paid
twice by a monthly and a quarterly run.

* **Adjustments (调整)**: every live adjustment of the run's grain whose period starts on or
  before the run's, not yet paid in a locked run. Locking a run marks the adjustments it paid.
* **Clawbacks (追回)**: what a locked earlier run paid on a contract that is now cancelled (on
  or before the run's last day) or removed. Which lines: commission on the **signed** amount,
  the new-customer award and the key-account award — each of them paid on the signing of the
  contracts its trace names. Commission on the **collected** amount needs none: a refund is
  a negative collected credit, so the commission of the refund's period is already lower (and
  a contract with money applied cannot be cancelled before it is refunded). Awards that
  depend on a total (ranking, milestone, team awards) are not clawed back: the statement of the
  locked run stands and a correction, if the firm wants one, is an adjustment.
  A clawback is computed from the locked line only, never from today's rules: a commission
  line's amount is shared among the contracts of its trace by their amounts, an award's
  equally among its contracts (it pays per contract), with cumulative rounding so the parts
  add up to the line exactly. It names the locked run, the contract and the amount, and traces
  the locked line; a (line, contract) pair is clawed back once — by the first locked run that
  holds it.
* **Recognition (荣誉, 培训, 晋升推荐)**: no money; on the statement of its period.

Every template is in :data:`TEMPLATES` (translated in context ``PayoutLines``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.base import from_fen, to_fen
from models.incentives import (
    LineKind,
    PayoutAdjustment,
    PayoutLine,
    PayoutRun,
    Recognition,
    RecognitionKind,
    RunStatus,
    SchemeVersion,
)
from models.orders import Contract, ContractStatus
from services.core import periods as P
from services.incentives.doc import Base, SchemeError, parse
from services.incentives.lines import LineDraft, TraceRef, yuan

ADJUSTMENT = "Adjustment {amount} for {period}: {reason}"
ADJUSTMENT_CORRECTS = "Adjustment {amount} for {period}, correcting the {run} run: {reason}"
CLAWBACK_CANCELLED = ("Clawback {amount}: contract {contract} was cancelled on {date} after "
                      "the {run} run paid {rule} on it")
CLAWBACK_REMOVED = ("Clawback {amount}: contract {contract} was removed after the {run} run "
                    "paid {rule} on it")
RECOGNITION = {
    RecognitionKind.HONOUR: "Honour: {title}",
    RecognitionKind.TRAINING: "Training: {title}",
    RecognitionKind.PROMOTION: "Recommended for promotion: {title}",
}
TEMPLATES: tuple[str, ...] = (ADJUSTMENT, ADJUSTMENT_CORRECTS, CLAWBACK_CANCELLED,
                              CLAWBACK_REMOVED, *RECOGNITION.values())
"""The explanations of the lines this module makes (context ``PayoutLines``)."""

CHUNK = 500
AWARD_KINDS = frozenset({"new_customer", "key_account"})
"""Rule kinds paid on a contract's signing: clawed back when the contract is cancelled."""


def grain(period: str) -> P.Grain:
    """The grain of a payout period key."""
    return P.grain_of(period)


def starts_on_or_before(key: str, other: str) -> bool:
    """Whether the period ``key`` starts on or before ``other`` (both of one grain)."""
    return P.parse(key).start <= P.parse(other).start


# -- adjustments -----------------------------------------------------------------------------

def adjustments_due(session: Session, period: str) -> list[PayoutAdjustment]:
    """The adjustments a run of ``period`` pays (see the module docstring), in a fixed order:
    by period, then person, then id.
    """
    kind = grain(period)
    rows = [a for a in session.scalars(select(PayoutAdjustment).where(
        PayoutAdjustment.deleted_at.is_(None), PayoutAdjustment.paid_in_run_id.is_(None)))
        if grain(a.period) == kind and starts_on_or_before(a.period, period)]
    return sorted(rows, key=lambda a: (P.sort_key(a.period), a.person_id, a.id))


def adjustment_line(adj: PayoutAdjustment, corrects: str | None) -> LineDraft:
    """An adjustment's line; ``corrects``: the period of the locked run it corrects."""
    params = {"amount": yuan(Decimal(adj.amount)), "period": adj.period, "reason": adj.reason}
    template = ADJUSTMENT
    if corrects:
        params["run"] = corrects
        template = ADJUSTMENT_CORRECTS
    return LineDraft(adj.person_id, LineKind.ADJUSTMENT, "", Decimal(adj.amount), template,
                     params, (("adjustment", adj.id, to_fen(adj.amount)),))


def adjustment_lines(session: Session, period: str) -> tuple[list[LineDraft], list[str]]:
    """The lines of the adjustments due, and their ids."""
    rows = adjustments_due(session, period)
    corrected = {r.id: r.period for r in session.scalars(select(PayoutRun).where(
        PayoutRun.id.in_({a.corrects_run_id for a in rows if a.corrects_run_id})))}
    return ([adjustment_line(a, corrected.get(a.corrects_run_id or "")) for a in rows],
            [a.id for a in rows])


# -- recognition -----------------------------------------------------------------------------

def recognition_lines(session: Session, period: str) -> list[LineDraft]:
    """The period's recognition, by person, kind, title and id."""
    rows = sorted(session.scalars(select(Recognition).where(
        Recognition.deleted_at.is_(None), Recognition.period == period)),
        key=lambda r: (r.person_id, r.kind, r.title, r.id))
    out = []
    for r in rows:
        params = {"title": r.title}
        if r.note:
            params["note"] = r.note
        template = RECOGNITION.get(RecognitionKind(r.kind), RECOGNITION[RecognitionKind.HONOUR])
        out.append(LineDraft(r.person_id, LineKind.RECOGNITION, "", Decimal("0.00"), template,
                             params, (("recognition", r.id, None),)))
    return out


# -- clawbacks -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Gone:
    """A contract that no longer counts: cancelled on ``day`` (None: removed)."""

    id: str
    number: str
    sign_date: date
    day: date | None


def read_trace(text: str) -> tuple[TraceRef, ...]:
    """A stored trace (JSON list of [kind, id, fen or null])."""
    try:
        raw = json.loads(text or "[]")
    except json.JSONDecodeError:
        return ()
    return tuple((str(k), str(i), None if f is None else int(f)) for k, i, f in raw)


def clawed_pairs(session: Session, run_ids: Iterable[str]) -> set[tuple[str, str]]:
    """(locked line id, contract id) pairs clawed back by the clawback lines of ``run_ids``."""
    ids = list(run_ids)
    if not ids:
        return set()
    out: set[tuple[str, str]] = set()
    for (trace,) in session.execute(select(PayoutLine.trace).where(
            PayoutLine.run_id.in_(ids), PayoutLine.deleted_at.is_(None),
            PayoutLine.kind == LineKind.CLAWBACK)):
        refs = read_trace(trace)
        line = next((i for k, i, _f in refs if k == "line"), None)
        contract = next((i for k, i, _f in refs if k == "contract"), None)
        if line and contract:
            out.add((line, contract))
    return out


def _gone_contracts(session: Session, last_day: date) -> list[_Gone]:
    rows = session.execute(select(Contract.id, Contract.number, Contract.sign_date,
                                  Contract.status, Contract.cancelled_on, Contract.deleted_at)
                           .where(or_(Contract.deleted_at.is_not(None),
                                      Contract.status == ContractStatus.CANCELLED)))
    out = []
    for cid, number, sign, status, cancelled_on, deleted_at in rows:
        if deleted_at is not None:
            out.append(_Gone(cid, number, sign, None))
        elif status == ContractStatus.CANCELLED and (cancelled_on is None
                                                      or cancelled_on <= last_day):
            out.append(_Gone(cid, number, sign, cancelled_on))
    return sorted(out, key=lambda g: g.id)


def _part(amount_fen: int, weights: Sequence[int], index: int) -> int:
    """The share of ``amount_fen`` of the ``index``-th of ``weights``; cumulative rounding
    (half up), so the parts add up to the amount exactly.
    """
    total = sum(weights)
    if total <= 0:
        return 0

    def upto(k: int) -> int:
        value = Decimal(amount_fen) * sum(weights[:k]) / total
        return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))

    return upto(index + 1) - upto(index)


def contract_weights(refs: Sequence[TraceRef], by_amount: bool) -> list[tuple[str, int]]:
    """The contracts a line's trace names, in their first order, with the weight of each in
    the line: their amounts added up (a contract of several product lines is named once per
    line) when ``by_amount`` (commission), else 1 each (an award pays per contract).
    """
    out: dict[str, int] = {}
    for kind, ref_id, fen in refs:
        if kind != "contract":
            continue
        if by_amount:
            out[ref_id] = out.get(ref_id, 0) + (fen or 0)
        else:
            out[ref_id] = 1
    return list(out.items())


def _rule_of(docs: dict[str, Any], session: Session, version_id: str | None,
             rule_id: str) -> Any:
    if not version_id:
        return None
    if version_id not in docs:
        text = session.scalar(select(SchemeVersion.document).where(
            SchemeVersion.id == version_id))
        try:
            docs[version_id] = parse(text) if text is not None else None
        except SchemeError:
            docs[version_id] = None
    doc = docs[version_id]
    if doc is None:
        return None
    try:
        return doc.rule(rule_id)
    except KeyError:
        return None


def _clawable(rule: Any, kind: str, refs: Sequence[TraceRef] | None) -> bool | None:
    """Whether a locked line was paid on the signing of the contracts it traces (None: its
    rule is gone and its trace, not read yet, decides).
    """
    if rule is not None:
        if rule.kind == "commission":
            return bool(rule.base == Base.SIGNED)
        return rule.kind in AWARD_KINDS
    # the version is gone: judge by the line itself
    if kind == LineKind.NEW_CUSTOMER:
        return True
    if kind != LineKind.COMMISSION:
        return False
    if refs is None:
        return None
    return not any(k == "payment" for k, _i, _f in refs)


def _traces(session: Session, ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for start in range(0, len(ids), CHUNK):
        out.update({i: t for i, t in session.execute(select(PayoutLine.id, PayoutLine.trace)
                                                      .where(PayoutLine.id.in_(
                                                          ids[start:start + CHUNK])))})
    return out


def clawback_lines(session: Session, period: str, run_id: str | None) -> list[LineDraft]:
    """The clawbacks a run of ``period`` (of id ``run_id``, if it exists) makes: see the module
    docstring. In a fixed order: by the locked run's period, the line's position, the trace's
    order of contracts.

    Only the locked runs of the periods the gone contracts were signed in are read, and of
    them only the lines of clawable rules (the rule is known before the trace is read: a
    commission on collected money, with its long trace of payments, is never parsed).
    """
    span = P.parse(period)
    gone = _gone_contracts(session, span.end)
    if not gone:
        return []
    locked = []
    for r in session.scalars(select(PayoutRun).where(
            PayoutRun.deleted_at.is_(None), PayoutRun.status == RunStatus.LOCKED)):
        their = P.parse(r.period)
        if r.id != run_id and their.grain == span.grain and their.start < span.start:
            locked.append((their, r))
    if not locked:
        return []
    locked.sort(key=lambda x: P.sort_key(x[1].period))
    signed_in = {r.id for their, r in locked if any(their.contains(g.sign_date) for g in gone)}
    if not signed_in:
        return []
    done = clawed_pairs(session, [r.id for _p, r in locked])
    gone_by_id = {g.id: g for g in gone}
    docs: dict[str, Any] = {}
    out: list[tuple[tuple[Any, ...], LineDraft]] = []
    for _their, r in locked:
        if r.id not in signed_in:
            continue
        rows = list(session.execute(
            select(PayoutLine.id, PayoutLine.person_id, PayoutLine.kind, PayoutLine.rule_id,
                   PayoutLine.scheme_version_id, PayoutLine.amount, PayoutLine.position)
            .where(PayoutLine.run_id == r.id, PayoutLine.deleted_at.is_(None),
                   PayoutLine.kind.in_((LineKind.COMMISSION, LineKind.NEW_CUSTOMER,
                                        LineKind.BONUS)))
            .order_by(PayoutLine.position, PayoutLine.id)))
        rules = {row[0]: _rule_of(docs, session, row[4], row[3]) for row in rows}
        keep = [row for row in rows if _clawable(rules[row[0]], row[2], None) is not False]
        traces = _traces(session, [row[0] for row in keep])
        for line_id, person_id, kind, rule_id, _vid, amount, position in keep:
            refs = read_trace(traces.get(line_id, "[]"))
            rule = rules[line_id]
            if not _clawable(rule, kind, refs):
                continue
            by_amount = (rule.kind == "commission" if rule is not None
                         else kind == LineKind.COMMISSION)
            contracts = contract_weights(refs, by_amount)
            weights = [w for _c, w in contracts]
            title = getattr(rule, "title", None) or rule_id or kind
            amount_fen = to_fen(amount)
            for index, (cid, weight) in enumerate(contracts):
                found = gone_by_id.get(cid)
                if found is None or (line_id, cid) in done:
                    continue
                part = _part(amount_fen, weights, index)
                if part == 0:
                    continue
                params = {"amount": yuan(part), "contract": found.number, "run": r.period,
                          "rule": title}
                template = CLAWBACK_REMOVED
                if found.day is not None:
                    params["date"] = found.day.isoformat()
                    template = CLAWBACK_CANCELLED
                draft = LineDraft(person_id, LineKind.CLAWBACK, "", -from_fen(part),
                                  template, params,
                                  (("line", line_id, part),
                                   ("contract", cid, weight if by_amount else None)))
                out.append(((P.sort_key(r.period), position, index), draft))
    return [d for _k, d in sorted(out, key=lambda x: x[0])]
