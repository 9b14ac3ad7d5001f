"""Reading payout runs: the list of runs with their totals, and a run's statement per person
with every line's explanation in the language asked (:func:`services.incentives.lines.
line_text`) and each person's totals — what the command line and the run's page show.

A person's totals: **gross** — what the rules paid (commission, awards, bonuses, mentoring,
the scorecard's coefficient lines); **adjustments** (调整); **clawbacks** (追回, negative);
**net** = gross + adjustments + clawbacks. Recognition lines carry no money.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Person
from models.incentives import LineKind, PayoutLine, PayoutRun
from services.core import periods as P
from services.core.store import Store
from services.incentives.lines import TraceRef, line_text
from services.incentives.run_lines import read_trace
from services.incentives.runs import RunError, check_period, live_run

ZERO = Decimal("0.00")
NOT_GROSS = frozenset({LineKind.ADJUSTMENT, LineKind.CLAWBACK, LineKind.RECOGNITION})


@dataclass(frozen=True)
class Totals:
    """A person's (or a run's) money: gross, adjustments, clawbacks and net, in yuan."""

    gross: Decimal = ZERO
    adjustments: Decimal = ZERO
    clawbacks: Decimal = ZERO

    @property
    def net(self) -> Decimal:
        return self.gross + self.adjustments + self.clawbacks

    def plus(self, kind: str, amount: Decimal) -> Totals:
        if kind == LineKind.ADJUSTMENT:
            return Totals(self.gross, self.adjustments + amount, self.clawbacks)
        if kind == LineKind.CLAWBACK:
            return Totals(self.gross, self.adjustments, self.clawbacks + amount)
        if kind == LineKind.RECOGNITION:
            return self
        return Totals(self.gross + amount, self.adjustments, self.clawbacks)


@dataclass(frozen=True)
class StatementLine:
    """One line of a statement with its explanation (``text``) in the language asked."""

    id: str
    position: int
    person_id: str
    kind: str
    rule_id: str
    scheme_version_id: str | None
    amount: Decimal
    template: str
    params: dict[str, str]
    trace: tuple[TraceRef, ...]
    text: str


@dataclass(frozen=True)
class PersonStatement:
    """A person's lines in a run, in order, and their totals."""

    person_id: str
    person_name: str
    lines: tuple[StatementLine, ...]
    totals: Totals


@dataclass(frozen=True)
class RunSummary:
    """A run as lists show it, with the totals of all its people."""

    id: str
    period: str
    status: str
    computed_at: datetime | None
    inputs_digest: str | None
    reviewed_at: datetime | None
    reviewed_by: str | None
    approved_at: datetime | None
    approved_by: str | None
    locked_at: datetime | None
    locked_by: str | None
    people: int
    totals: Totals


def _names(s: Session) -> dict[str, str]:
    return {pid: name for pid, name in s.execute(select(Person.id, Person.name))}


def _summary(s: Session, run: PayoutRun, names: dict[str, str]) -> RunSummary:
    totals = Totals()
    people: set[str] = set()
    for person_id, kind, amount in s.execute(
            select(PayoutLine.person_id, PayoutLine.kind, PayoutLine.amount)
            .where(PayoutLine.run_id == run.id, PayoutLine.deleted_at.is_(None))):
        people.add(person_id)
        totals = totals.plus(kind, amount)

    def name(pid: str | None) -> str | None:
        return names.get(pid, pid) if pid else None

    return RunSummary(run.id, run.period, run.status, run.computed_at, run.inputs_digest,
                      run.reviewed_at, name(run.reviewed_by_id), run.approved_at,
                      name(run.approved_by_id), run.locked_at, name(run.locked_by_id),
                      len(people), totals)


def list_runs(store: Store) -> list[RunSummary]:
    """Every live run, by period (a year before its quarters before its months)."""
    with store.read() as uow:
        s = uow.session
        names = _names(s)
        runs = list(s.scalars(select(PayoutRun).where(PayoutRun.deleted_at.is_(None))))
        return [_summary(s, r, names) for r in sorted(runs, key=lambda r: P.sort_key(r.period))]


def get_run(store: Store, period: str) -> RunSummary | None:
    """The period's live run (None: not computed)."""
    key = check_period(period).key
    with store.read() as uow:
        s = uow.session
        run = live_run(s, key)
        return None if run is None else _summary(s, run, _names(s))


def statements(store: Store, period: str, *, person_id: str | None = None,
               lang: str = "en") -> list[PersonStatement]:
    """The run's statement of each person (one person's with ``person_id``), by name then id;
    each line explained in ``lang``. Refused when the period has no run.
    """
    key = check_period(period).key
    with store.read() as uow:
        s = uow.session
        run = live_run(s, key)
        if run is None:
            raise RunError("there is no {period} payout run; compute it first", period=key)
        names = _names(s)
        q = select(PayoutLine).where(PayoutLine.run_id == run.id,
                                     PayoutLine.deleted_at.is_(None))
        if person_id is not None:
            q = q.where(PayoutLine.person_id == person_id)
        rows = list(s.scalars(q.order_by(PayoutLine.position, PayoutLine.id)))
    by_person: dict[str, list[StatementLine]] = {}
    for line in rows:
        params = {str(k): str(v) for k, v in json.loads(line.params or "{}").items()}
        by_person.setdefault(line.person_id, []).append(StatementLine(
            line.id, line.position, line.person_id, line.kind, line.rule_id,
            line.scheme_version_id, line.amount, line.template, params,
            read_trace(line.trace), line_text(line.template, params, lang)))
    out = []
    for pid, lines in by_person.items():
        totals = Totals()
        for item in lines:
            totals = totals.plus(item.kind, item.amount)
        out.append(PersonStatement(pid, names.get(pid, pid), tuple(lines), totals))
    return sorted(out, key=lambda p: (p.person_name, p.person_id))


def person_totals(store: Store, period: str) -> list[tuple[str, str, Totals]]:
    """(person id, name, totals) of everyone in the run, by name then id."""
    return [(p.person_id, p.person_name, p.totals) for p in statements(store, period)]
