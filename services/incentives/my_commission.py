"""My commission (我的提成): where a rep stands in a period under their scheme's commission
rules, and what an open deal would add if won — pure functions over
:class:`~services.incentives.facts.Facts` (the GUI gathers the facts, then calls these).

For each commission rule: the running total (what the run would pay today, gate and cap
applied), the tier reached, and how much more of the rule's target metric (yuan) reaches the
next tier — or the gate, while below it. :func:`what_if` adds an open deal as a signed contract
of the period (and, when a rule reads collected amounts, as collected in the period too: a
commission on collected cash is paid once the money comes in, and the result says it counted
it so) and returns the difference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from services.core import periods as P
from services.incentives.doc import Base, Commission, Grain, rules_of
from services.incentives.engine import SchemeInUse, assign
from services.incentives.facts import Credit, Facts, PersonPeriod
from services.incentives.lines import LineDraft
from services.incentives.rules.commission import (
    CommissionCalc,
    commission_line,
    compute,
    product_line_namer,
    tier_label,
)

WHAT_IF_RECORD = ("deal", "what-if")
"""The record of the hypothetical credit :func:`what_if` adds (it shows in the line's trace)."""


@dataclass(frozen=True)
class RuleStatus:
    """Where a person stands on one commission rule."""

    rule: Commission
    calc: CommissionCalc
    line: LineDraft  # the line the run would make, with its explanation
    tier: str  # the tier reached, e.g. ``80–100 %``
    rate_pct: Decimal
    next_tier: str | None  # None: the top tier (or no target)
    next_rate_pct: Decimal | None
    to_next_tier: Decimal | None  # yuan of the target metric still needed for the next tier
    to_gate: Decimal | None  # yuan still needed to reach the gate (None: at or above it)

    @property
    def amount(self) -> Decimal:
        return self.calc.amount


@dataclass(frozen=True)
class MyCommission:
    """A person's commission in a period: the total and each rule's standing."""

    person_id: str
    period: str
    total: Decimal
    rules: tuple[RuleStatus, ...]


@dataclass(frozen=True)
class WhatIf:
    """What an open deal of ``extra`` yuan would add if won."""

    before: MyCommission
    after: MyCommission
    extra: Decimal
    added: Decimal  # after.total − before.total
    assumes_collected: bool  # counted as collected in the period too (a collected base)


def commission_rules(facts: Facts, period: str, person_id: str,
                     schemes: Sequence[SchemeInUse]) -> tuple[Commission, ...]:
    """The commission rules of the person's scheme that pay in runs of ``period``'s grain."""
    person = facts.people.get(person_id)
    if person is None:
        return ()
    scheme = assign([person], schemes).get(person_id)
    if scheme is None:
        return ()
    grain = Grain(str(P.grain_of(period)))
    return tuple(r for r in rules_of(scheme.doc, grain, ("commission",))
                 if isinstance(r, Commission))


def _needed(fraction_pct: Decimal, calc: CommissionCalc) -> Decimal | None:
    """Yuan of the metric to add so that actual ÷ target reaches ``fraction_pct``."""
    if calc.target is None:
        return None
    threshold = Fraction(fraction_pct) * calc.target / 100
    fen = -((-threshold.numerator) // threshold.denominator)  # ceiling
    missing = max(0, fen - (calc.actual or 0))
    return (Decimal(missing) / 100).quantize(Decimal("0.01"))


def _status(rule: Commission, calc: CommissionCalc, line: LineDraft) -> RuleStatus:
    nxt = calc.tier + 1 if calc.target is not None and calc.tier + 1 < len(rule.tiers) else None
    below_gate = (rule.gate_pct is not None and calc.attainment is not None
                  and calc.attainment < Fraction(rule.gate_pct))
    return RuleStatus(
        rule, calc, line, tier_label(rule, calc.tier), calc.rate_pct,
        None if nxt is None else tier_label(rule, nxt),
        None if nxt is None else rule.tiers[nxt].rate_pct,
        None if nxt is None else _needed(rule.tiers[nxt].from_pct, calc),
        _needed(rule.gate_pct, calc) if below_gate and rule.gate_pct is not None else None)


def my_commission(facts: Facts, period: str, person_id: str,
                  rules: Sequence[Commission]) -> MyCommission:
    """The person's standing on each rule (in the order given) and their total."""
    person = facts.of(period, person_id)
    name_of = product_line_namer(facts)
    statuses = []
    for rule in rules:
        calc = compute(rule, person, name_of)
        statuses.append(_status(rule, calc, commission_line(calc, person_id, period)))
    total = sum((s.amount for s in statuses), Decimal("0.00"))
    return MyCommission(person_id, period, total, tuple(statuses))


def _with_deal(person: PersonPeriod, credit: Credit, collected: bool) -> PersonPeriod:
    return replace(person, signed=person.signed + (credit,),
                   collected=person.collected + ((credit,) if collected else ()))


def what_if(facts: Facts, period: str, person_id: str, rules: Sequence[Commission],
            extra_fen: int, product_line_id: str | None = None,
            customer_tier: str | None = None) -> WhatIf:
    """What winning an open deal of ``extra_fen`` (of a product line, with a customer of a
    tier) would add to the person's commission of the period. When a rule reads collected
    amounts the deal counts as collected in the period too (``assumes_collected``): that is
    what it adds once the money is in.
    """
    before = my_commission(facts, period, person_id, rules)
    collected = any(r.base == Base.COLLECTED or r.target_metric == "collected_amount"
                    for r in rules)
    credit = Credit(WHAT_IF_RECORD, "", "", "", "", customer_tier, product_line_id,
                    P.parse(period).start, extra_fen)
    person = _with_deal(facts.of(period, person_id), credit, collected)
    periods = {key: dict(value) for key, value in facts.periods.items()}
    periods.setdefault(period, {})[person_id] = person
    after = my_commission(replace(facts, periods=periods), period, person_id, rules)
    return WhatIf(before, after, (Decimal(extra_fen) / 100).quantize(Decimal("0.01")),
                  after.total - before.total, collected)
