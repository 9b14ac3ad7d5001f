"""The KPI scorecard (绩效考核): a weighted score of result and process metrics whose band's
coefficient applies to the bonuses — a pure function of the rule and its
:class:`~services.incentives.engine.RuleContext`.

For each person on the scheme whose role is one of the scorecard's ``roles`` (none listed:
everyone), each metric scores its ratio actual ÷ target in % (rounded half up to 0.1 %, never
below 0), at most its ``cap_pct``, times its weight. The target is the metric's fixed ``target``
when the rule gives one — written in the metric's own unit: yuan for amounts, a count, a
percentage for rates (``"30"`` is 30 %), the 1–5 score for satisfaction — else the person's
target of the Targets tree for the period (growth targets included).

A metric with no target (or a target of 0) or no result (a rate with nothing to measure,
satisfaction without a closed ticket) gives no points and takes no weight: it is left out, the
other weights are scaled up to 100 %, and the line names it — it never scores silently. If no
metric can be scored at all, the person's bonuses stay as they are and the line says why.

The score is rounded half up to 0.1 point and that score — the one the line shows — picks the
band: the band with the highest ``from_score`` at or below it (inclusive). A score below every
band's start gets coefficient 0.

The coefficient applies to the person's bonus lines made so far in this scheme's run (lines of
the rules whose kind is in :data:`services.incentives.doc.BONUS_KINDS`: ranking, most improved,
team award, team PK, milestone, key account — not commission, new-customer award or mentoring).
Each person gets ONE coefficient line of (coefficient − 1) × their bonus total, rounded half up to
the fen — a person with no bonus gets a ¥0.00 line that still shows the score.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from models.incentives import LineKind
from services.incentives import measures as M
from services.incentives.doc import BONUS_KINDS, Band, Scorecard, ScoreMetric
from services.incentives.facts import PersonPeriod
from services.incentives.lines import CENT, LineDraft, TraceRef, pct, yuan

if TYPE_CHECKING:
    from services.incentives.engine import RuleContext

SCORE = ("{period} {title}: {breakdown} = {score} points, band {band} → coefficient "
         "{coefficient}; bonuses {bonus} × ({coefficient} − 1) = {amount}")
SCORE_LEFT_OUT = ("{period} {title}: {breakdown} = {score} points ({left_out} had no target "
                  "or no result and is left out, the other weights scaled up), band {band} → "
                  "coefficient {coefficient}; bonuses {bonus} × ({coefficient} − 1) = {amount}")
SCORE_NONE = ("{period} {title}: no metric could be scored ({left_out} had no target or no "
              "result), so the bonuses stay as they are = {amount}")

TEMPLATES = (SCORE, SCORE_LEFT_OUT, SCORE_NONE)
"""Every explanation this module writes (for the translation tools, context PayoutLines)."""

_UNIT = {"signed_amount": 100, "collected_amount": 100, "conversion_rate": 100,
         "collection_rate": 100, "repurchase_rate": 100, "satisfaction": 100}
"""Stored units per unit a scheme writes a fixed target in (yuan → fen, % → bp, score × 100);
counts are counts."""


def fixed_target(metric: str, target: Decimal) -> Decimal:
    """A scorecard's fixed target in the metric's stored unit."""
    return target * _UNIT.get(metric, 1)


def band_of(bands: tuple[Band, ...], score: Decimal) -> tuple[Decimal, str]:
    """The coefficient of ``score`` and its band written ``80–100``, ``≥ 100`` or ``< 60``."""
    ordered = sorted(bands, key=lambda b: b.from_score)
    chosen: int | None = None
    for index, band in enumerate(ordered):
        if band.from_score <= score:
            chosen = index
    if chosen is None:
        return Decimal(0), f"< {M.number(ordered[0].from_score)}"
    start = M.number(ordered[chosen].from_score)
    if chosen + 1 < len(ordered):
        return (ordered[chosen].coefficient,
                f"{start}–{M.number(ordered[chosen + 1].from_score)}")
    return ordered[chosen].coefficient, f"≥ {start}"


def coefficient_text(value: Decimal) -> str:
    """``1.0``, ``0.8``, ``1.25``: at least one decimal place."""
    text = M.number(value)
    return text if "." in text else f"{text}.0"


def _score_item(metric: ScoreMetric, ratio: Decimal) -> str:
    name = M.metric_name(metric.metric)
    shown = (f"min({pct(ratio)}, {pct(metric.cap_pct)})" if ratio > metric.cap_pct
             else pct(ratio))
    return f"{name} {shown} × {pct(metric.weight_pct)}"


@dataclass(frozen=True)
class PersonScore:
    """A person's scorecard score for a period, as the coefficient line computes it."""

    score: Decimal | None  # None: no metric could be scored
    coefficient: Decimal  # 0 with no score (the line then leaves the bonuses as they are)
    band: str  # ``80–100``, ``≥ 100``, ``< 60``; empty with no score
    items: tuple[str, ...]  # each scored metric: ``签约额 95 % × 60 %``
    left_out: tuple[str, ...]  # the metrics without a target or a result
    weight: Decimal  # the weight of the scored metrics (%)
    trace: tuple[TraceRef, ...]  # the Targets-tree targets read


def person_score(rule: Scorecard, facts_of: PersonPeriod, person_id: str, period: str
                 ) -> PersonScore:
    """``person_id``'s score on ``rule`` from their facts of ``period`` (see the module
    docstring): the score the coefficient line writes, and the band it picks.
    """
    items: list[str] = []
    left_out: list[str] = []
    trace: list[TraceRef] = []
    points = Decimal(0)
    weight = Decimal(0)
    for metric in rule.metrics:
        actual = facts_of.actual(metric.metric)
        cell = facts_of.targets.get(metric.metric)
        target = (fixed_target(metric.metric, metric.target) if metric.target is not None
                  else Decimal(cell.target) if cell is not None else None)
        if target is None or target <= 0 or actual is None:
            left_out.append(M.metric_name(metric.metric))
            continue
        if metric.target is None:
            trace.append(M.target_ref(person_id, metric.metric, period, int(target)))
        ratio = max(M.one_place(Decimal(actual) * 100 / target), Decimal(0))
        points += min(ratio, metric.cap_pct) * metric.weight_pct / 100
        weight += metric.weight_pct
        items.append(_score_item(metric, ratio))
    if not items:
        return PersonScore(None, Decimal(0), "", (), tuple(left_out), weight, tuple(trace))
    score = M.one_place(points * 100 / weight)
    coefficient, band = band_of(rule.bands, score)
    return PersonScore(score, coefficient, band, tuple(items), tuple(left_out), weight,
                       tuple(trace))


def scorecard(rule: Scorecard, ctx: RuleContext) -> list[LineDraft]:
    """绩效考核: one coefficient line per person in the scorecard's roles."""
    bonus_rules = ({r.id for r in ctx.doc.rules if r.kind in BONUS_KINDS}
                   if ctx.doc is not None else set())
    bonus_of: dict[str, int] = {}
    for line in ctx.lines:
        if line.rule_id in bonus_rules:
            bonus_of[line.person_id] = bonus_of.get(line.person_id, 0) + M.to_fen(line.amount)
    out: list[LineDraft] = []
    for pid in ctx.members:
        person = ctx.facts.people.get(pid)
        if rule.roles and (person is None or person.role not in rule.roles):
            continue
        got = person_score(rule, ctx.facts.of(ctx.period, pid), pid, ctx.period)
        bonus_fen = bonus_of.get(pid, 0)
        params = {"title": rule.title, "period": ctx.period, "bonus": yuan(bonus_fen)}
        if got.left_out:
            params["left_out"] = "、".join(got.left_out)
        if got.score is None:
            params["amount"] = yuan(0)
            out.append(LineDraft(pid, LineKind.COEFFICIENT, rule.id, Decimal("0.00"),
                                 SCORE_NONE, params, got.trace, ctx.version_id))
            continue
        breakdown = " + ".join(got.items)
        if got.left_out:
            breakdown = f"({breakdown}) ÷ {pct(got.weight)}"
        amount = ((got.coefficient - 1) * M.fen_yuan(bonus_fen)).quantize(
            CENT, rounding=ROUND_HALF_UP) + 0  # + 0: no "-0.00"
        params.update({"breakdown": breakdown, "score": M.number(got.score), "band": got.band,
                       "coefficient": coefficient_text(got.coefficient), "amount": yuan(amount)})
        out.append(LineDraft(pid, LineKind.COEFFICIENT, rule.id, amount,
                             SCORE_LEFT_OUT if got.left_out else SCORE, params, got.trace,
                             ctx.version_id))
    return out


EVALUATORS: dict[str, Callable[[Any, Any], list[LineDraft]]] = {"scorecard": scorecard}
