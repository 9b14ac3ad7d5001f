"""Which scheme each person is on, and the rules of a period evaluated in a fixed order.

A rule is evaluated by a pure function ``(rule, RuleContext) -> list[LineDraft]`` found in
:data:`services.incentives.rules.EVALUATORS` by the rule's kind. :func:`evaluate` runs, for each
scheme in use and the people on it: the paying rules in document order (commission, awards,
team rules), then mentoring (it reads the novices' facts), then the scorecards (they read the
bonus lines made so far and add one coefficient line per person). The same facts and versions
always give the same lines in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from services.core import periods as P
from services.incentives.doc import Grain, SchemeDoc, SchemeError, rules_of
from services.incentives.facts import Facts, PersonInfo
from services.incentives.lines import LineDraft

LATE_KINDS = ("mentoring", "scorecard")


@dataclass(frozen=True)
class SchemeInUse:
    """A published (or, for modelling, draft) version with its parsed document."""

    version_id: str
    scheme_id: str
    scheme_name: str
    number: int
    effective_from: date
    doc: SchemeDoc


@dataclass(frozen=True)
class RuleContext:
    """What a rule's evaluator may read."""

    period: str
    facts: Facts
    members: tuple[str, ...]  # people on this scheme and active in the period, by id
    version_id: str
    lines: tuple[LineDraft, ...] = ()  # this scheme's lines made before this rule
    doc: SchemeDoc | None = None  # the scheme's document (the scorecard reads its rule kinds)

    @property
    def grain(self) -> Grain:
        return Grain(str(P.grain_of(self.period)))

    @property
    def previous(self) -> str:
        """The period before this one, of the same grain."""
        return previous_period(self.period)


def previous_period(key: str) -> str:
    """``2026-06`` → ``2026-05``, ``2026-Q1`` → ``2025-Q4``, ``2026`` → ``2025``."""
    period = P.parse(key)
    start = period.start
    grain = P.grain_of(key)
    if grain == P.Grain.YEAR:
        return P.year_key(start.year - 1)
    if grain == P.Grain.QUARTER:
        quarter = (start.month - 1) // 3 + 1
        return (P.quarter_key(start.year - 1, 4) if quarter == 1
                else P.quarter_key(start.year, quarter - 1))
    if grain == P.Grain.MONTH:
        return (P.month_key(start.year - 1, 12) if start.month == 1
                else P.month_key(start.year, start.month - 1))
    raise SchemeError("a payout period is a month, a quarter or a year, not {period}",
                      period=key)


def is_active(person: PersonInfo, period: str) -> bool:
    """Whether the person worked at any time in the period."""
    span = P.parse(period)
    return person.active_from <= span.end and (person.active_to is None
                                               or person.active_to >= span.start)


def _specificity(scheme: SchemeInUse, person: PersonInfo) -> int | None:
    assign = scheme.doc.assign
    if person.id in assign.person_ids:
        return 0
    for depth, unit in enumerate(person.unit_path):
        if unit in assign.unit_ids:
            return 1 + depth
    if person.role in assign.roles:
        return 1_000
    return None


def assign(people: Iterable[PersonInfo], schemes: Sequence[SchemeInUse]
           ) -> dict[str, SchemeInUse]:
    """Each person's scheme: the most specific assignment (person, nearest unit, role); a tie
    goes to the scheme named first (schemes sorted by name, then id).
    """
    ordered = sorted(schemes, key=lambda s: (s.scheme_name, s.scheme_id))
    chosen: dict[str, SchemeInUse] = {}
    for person in people:
        best: tuple[int, int] | None = None
        for index, scheme in enumerate(ordered):
            rank = _specificity(scheme, person)
            if rank is not None and (best is None or (rank, index) < best):
                best = (rank, index)
                chosen[person.id] = scheme
    return chosen


def evaluate(period: str, facts: Facts, schemes: Sequence[SchemeInUse]) -> list[LineDraft]:
    """Every rule line of ``period`` for the people on ``schemes`` (no adjustments, clawbacks
    or recognition: the run adds those).
    """
    from services.incentives.rules import EVALUATORS

    grain = Grain(str(P.grain_of(period)))
    people = [p for p in facts.people.values() if is_active(p, period)]
    chosen = assign(people, schemes)
    by_scheme: dict[str, list[str]] = {}
    for person_id, scheme in chosen.items():
        by_scheme.setdefault(scheme.version_id, []).append(person_id)
    out: list[LineDraft] = []
    for scheme in sorted(schemes, key=lambda s: (s.scheme_name, s.scheme_id)):
        members = tuple(sorted(by_scheme.get(scheme.version_id, ())))
        if not members:
            continue
        lines: list[LineDraft] = []
        rules = rules_of(scheme.doc, grain)
        ordered = ([r for r in rules if r.kind not in LATE_KINDS]
                   + [r for r in rules if r.kind == "mentoring"]
                   + [r for r in rules if r.kind == "scorecard"])
        for rule in ordered:
            evaluator = EVALUATORS.get(rule.kind)
            if evaluator is None:
                raise SchemeError("rule {rule}: unknown kind {value}", rule=rule.id,
                                  value=rule.kind)
            ctx = RuleContext(period, facts, members, scheme.version_id, tuple(lines),
                              scheme.doc)
            lines.extend(evaluator(rule, ctx))
        out.extend(lines)
    return out


def used_metrics(schemes: Sequence[SchemeInUse]) -> list[str]:
    """The process metrics the schemes' rules read (the credits are always gathered): a
    rule's metric, a scorecard's metrics, new customers for the awards that count them.
    """
    out: set[str] = set()
    for scheme in schemes:
        for rule in scheme.doc.rules:
            metric = getattr(rule, "metric", None)
            if metric:
                out.add(metric)
            out.update(m.metric for m in getattr(rule, "metrics", ()))
            if rule.kind in ("new_customer", "key_account"):
                out.add("new_customers")
    return sorted(out)


def totals(lines: Iterable[LineDraft]) -> Mapping[str, int]:
    """Each person's total in fen."""
    out: dict[str, int] = {}
    for line in lines:
        out[line.person_id] = out.get(line.person_id, 0) + int(line.amount * 100)
    return out
