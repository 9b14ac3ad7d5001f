"""Bonus rules (奖金): ranking prizes (月度冠军, 季度之星), most improved (进步最快奖), the team
target award (团队达标奖), team PK (团队PK) and mentoring (老带新) — pure functions of a rule and
its :class:`~services.incentives.engine.RuleContext`.

Only the people on the scheme (``ctx.members``) are paid. Every pool is shared exactly to the
fen; the rule for each remainder is stated below and written into the line's formula
(``¥1,000.00 ÷ 3 + ¥0.01``). Attainments are compared as the lines write them, to 0.01 %
(:func:`services.incentives.lines.attainment_pct`), against gates and thresholds inclusively.

**ranking** — everyone with a positive value on the metric (the actual, or the attainment for
``measure: attainment``; without a target there is no attainment) whose attainment is at least
``min_attainment_pct`` (a gate above 0 leaves out whoever has no target), sorted best first.
``prizes[i]`` is the (i+1)-th place's. People with the same value tie: k people tied from place
p share the prizes of places p … p+k−1 (those that exist) equally, the remainder one fen each to
the first ids; the next person is at place p+k.

**most_improved** — among people with a target for the metric in this period and in the previous
period of the same grain, and an actual in both: rise = attainment now − attainment then, in
percentage points. The largest positive rise wins ``amount`` if the attainment now is at least
``min_attainment_pct``; equal rises share it (remainder one fen each to the first ids).

**team_award** — each unit of ``unit_ids`` (none: the units the scheme's people sit in directly)
whose actual (everyone in the unit and below, :mod:`services.incentives.measures`) reaches
``threshold_pct`` of its own target shares ``pool`` among its people on the scheme: equally
(remainder one fen each to the first ids), by contribution (each one's own actual on the metric,
a negative one counting as 0; rounded down to the fen, the remainder to the largest
contributor) or by weights (``weights``, a person not named weighing 0; remainder to the
largest weight). A contribution or weight sharing where everyone counts 0 is shared equally.
A unit without a target takes no part. Every sharer gets a line, ¥0.00 included (a contribution
or weight of 0 says so); ranking and most improved write lines for those they pay only.

**team_pk** — unit A against unit B on the metric (amount: the units' actuals; attainment: each
against its own target). The better one's people share the pool as above; equal values split it
half and half (the odd fen to A) and each team shares its half. A PK nobody scored in (both 0 or
less), or on attainment with a team that has no target, pays nothing.

**mentoring** — for each pair whose mentor is on the scheme: ``amount`` × the novice's
attainment (his or her growth target counts, it is the target of the tree), capped at
``cap_pct`` and never below 0, rounded half up to the fen. A novice with no target pays nothing
and the mentor's line says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from models.incentives import LineKind
from services.incentives import measures as M
from services.incentives.doc import (
    Measure,
    Mentoring,
    MostImproved,
    RankingAward,
    Share,
    TeamAward,
    TeamPK,
)
from services.incentives.lines import CENT, LineDraft, TraceRef, pct, yuan

if TYPE_CHECKING:
    from services.incentives.engine import RuleContext

RANK = "{period} {title}: {value}, place {place} of {count} = {amount}"
RANK_TIE = ("{period} {title}: {value}, {tied} people tied for places {places} of {count} and "
            "share those places' prizes: {formula} = {amount}")
IMPROVED = ("{period} {title}: {metric} attainment {now} against {before} in {previous}, "
            "up {rise} points, the largest rise = {amount}")
IMPROVED_TIE = ("{period} {title}: {metric} attainment {now} against {before} in {previous}, "
                "up {rise} points, the largest rise, shared by {tied} people: {formula} = "
                "{amount}")
TEAM_EQUAL = ("{period} {title}: {unit} reached {result} (threshold {threshold}); the pool "
              "shared equally by {count} people: {formula} = {amount}")
TEAM_CONTRIBUTION = ("{period} {title}: {unit} reached {result} (threshold {threshold}); the "
                     "pool shared by contribution, {share} of {total}: {formula} = {amount}")
TEAM_WEIGHTS = ("{period} {title}: {unit} reached {result} (threshold {threshold}); the pool "
                "shared by weight, {share} of {total}: {formula} = {amount}")
PK_EQUAL = ("{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} won; the "
            "pool shared equally by {count} people: {formula} = {amount}")
PK_CONTRIBUTION = ("{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} "
                   "won; the pool shared by contribution, {share} of {total}: {formula} = "
                   "{amount}")
PK_WEIGHTS = ("{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} won; "
              "the pool shared by weight, {share} of {total}: {formula} = {amount}")
PK_TIE_EQUAL = ("{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a tie; "
                "{unit}'s half of the pool shared equally by {count} people: {formula} = "
                "{amount}")
PK_TIE_CONTRIBUTION = ("{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a "
                       "tie; {unit}'s half of the pool shared by contribution, {share} of "
                       "{total}: {formula} = {amount}")
PK_TIE_WEIGHTS = ("{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a tie; "
                  "{unit}'s half of the pool shared by weight, {share} of {total}: {formula} "
                  "= {amount}")
MENTOR = ("{period} {title}: {novice}'s {metric} attainment {attainment} ({actual} ÷ {target}) "
          "× {base} = {amount}")
MENTOR_CAPPED = ("{period} {title}: {novice}'s {metric} attainment {attainment} ({actual} ÷ "
                 "{target}), capped at {cap}, × {base} = {amount}")
MENTOR_NO_TARGET = "{period} {title}: {novice} had no {metric} target, so nothing is paid"

TEMPLATES = (RANK, RANK_TIE, IMPROVED, IMPROVED_TIE, TEAM_EQUAL, TEAM_CONTRIBUTION,
             TEAM_WEIGHTS, PK_EQUAL, PK_CONTRIBUTION, PK_WEIGHTS, PK_TIE_EQUAL,
             PK_TIE_CONTRIBUTION, PK_TIE_WEIGHTS, MENTOR, MENTOR_CAPPED, MENTOR_NO_TARGET)
"""Every explanation this module writes (for the translation tools, context PayoutLines)."""

_TEAM = {Share.EQUAL: TEAM_EQUAL, Share.CONTRIBUTION: TEAM_CONTRIBUTION,
         Share.WEIGHTS: TEAM_WEIGHTS}
_PK = {Share.EQUAL: PK_EQUAL, Share.CONTRIBUTION: PK_CONTRIBUTION, Share.WEIGHTS: PK_WEIGHTS}
_PK_TIE = {Share.EQUAL: PK_TIE_EQUAL, Share.CONTRIBUTION: PK_TIE_CONTRIBUTION,
           Share.WEIGHTS: PK_TIE_WEIGHTS}


def _line(ctx: RuleContext, person_id: str, rule_id: str, fen: int, template: str,
          params: dict[str, str], trace: Iterable[TraceRef] = (),
          kind: LineKind = LineKind.BONUS) -> LineDraft:
    return LineDraft(person_id, kind, rule_id, M.fen_yuan(fen), template,
                     {**params, "period": ctx.period, "amount": yuan(fen)}, tuple(trace),
                     ctx.version_id)


def _formula(total_fen: int, parts: int, share_fen: int, total: str | None = None) -> str:
    """``¥1,000.00 ÷ 3 + ¥0.01``: an equal share and the fen of remainder it took (``total``
    writes the amount shared another way, e.g. ``(¥1,000.00 + ¥500.00)``).
    """
    total = total or yuan(total_fen)
    base = f"{total} ÷ {parts}" if parts > 1 else total
    rest = share_fen - total_fen // parts
    return f"{base} + {yuan(rest)}" if rest else base


def _ratio_formula(total_fen: int, part: str, whole: str, exact: Decimal, share_fen: int
                   ) -> str:
    """``¥10,000.00 × ¥30,000.00 ÷ ¥70,000.00 + ¥0.01``: a proportional share and its
    remainder (what rounding down left, given to the largest part).
    """
    base = f"{yuan(total_fen)} × {part} ÷ {whole}"
    rest = share_fen - int(exact)
    return f"{base} + {yuan(rest)}" if rest else base


# -- ranking -------------------------------------------------------------------------------

def _rank_value(result: M.Result, measure: Measure) -> Decimal | None:
    if measure == Measure.ATTAINMENT:
        return result.attainment
    return None if result.actual is None else Decimal(result.actual)


def ranking(rule: RankingAward, ctx: RuleContext) -> list[LineDraft]:
    """月度冠军 / 季度之星: the prizes by place (see the module docstring)."""
    ranked: list[tuple[Decimal, str, M.Result]] = []
    for pid in ctx.members:
        result = M.person_result(ctx.facts, ctx.period, pid, rule.metric)
        value = _rank_value(result, rule.measure)
        if value is None or value <= 0:
            continue
        if rule.min_attainment_pct > 0 and (result.attainment is None
                                            or result.attainment < rule.min_attainment_pct):
            continue
        ranked.append((value, pid, result))
    ranked.sort(key=lambda item: (-item[0], item[1]))
    prizes = [M.to_fen(p) for p in rule.prizes]
    out: list[LineDraft] = []
    place = 0
    while place < len(ranked) and place < len(prizes):
        group = [item for item in ranked if item[0] == ranked[place][0]]
        covered = prizes[place:place + len(group)]
        pool = sum(covered)
        shares = M.split_equally(pool, [pid for _, pid, _ in group])
        for _, pid, result in group:
            shown = (result.shown_attainment(rule.metric) if rule.measure == Measure.ATTAINMENT
                     else result.shown(rule.metric))
            params = {"title": rule.title, "value": shown, "count": str(len(ranked))}
            if len(group) == 1:
                template = RANK
                params["place"] = str(place + 1)
            else:
                template = RANK_TIE
                params["tied"] = str(len(group))
                params["places"] = f"{place + 1}–{place + len(group)}"
                summed = " + ".join(yuan(p) for p in covered)
                summed = f"({summed})" if len(covered) > 1 else summed
                params["formula"] = _formula(pool, len(group), shares[pid], summed)
            trace = M.records(ctx.facts, ctx.period, pid, rule.metric)
            if result.target is not None:
                trace += (M.target_ref(pid, rule.metric, ctx.period, result.target),)
            if shares[pid]:
                out.append(_line(ctx, pid, rule.id, shares[pid], template, params, trace))
        place += len(group)
    return out


# -- most improved -------------------------------------------------------------------------

def most_improved(rule: MostImproved, ctx: RuleContext) -> list[LineDraft]:
    """进步最快奖: the largest rise in attainment against the previous period."""
    rises: list[tuple[Decimal, str, M.Result, M.Result]] = []
    for pid in ctx.members:
        now = M.person_result(ctx.facts, ctx.period, pid, rule.metric)
        before = M.person_result(ctx.facts, ctx.previous, pid, rule.metric)
        if now.attainment is None or before.attainment is None:
            continue
        if now.attainment < rule.min_attainment_pct:
            continue
        rises.append((now.attainment - before.attainment, pid, now, before))
    if not rises:
        return []
    best = max(rise for rise, *_ in rises)
    if best <= 0:
        return []
    winners = sorted((item for item in rises if item[0] == best), key=lambda item: item[1])
    pool = M.to_fen(rule.amount)
    shares = M.split_equally(pool, [pid for _, pid, _, _ in winners])
    out: list[LineDraft] = []
    for rise, pid, now, before in winners:
        params = {"title": rule.title, "metric": M.metric_name(rule.metric),
                  "now": pct(now.attainment), "before": pct(before.attainment),
                  "previous": ctx.previous, "rise": M.number(rise)}
        template = IMPROVED
        if len(winners) > 1:
            template = IMPROVED_TIE
            params["tied"] = str(len(winners))
            params["formula"] = _formula(pool, len(winners), shares[pid])
        trace = (M.target_ref(pid, rule.metric, ctx.period, now.target),
                 M.target_ref(pid, rule.metric, ctx.previous, before.target))
        if shares[pid]:
            out.append(_line(ctx, pid, rule.id, shares[pid], template, params, trace))
    return out


# -- team pools ----------------------------------------------------------------------------

def _share(ctx: RuleContext, pool: int, people: Sequence[str], share: Share,
           weights: dict[str, Decimal], metric: str
           ) -> list[tuple[str, int, Share, dict[str, str]]]:
    """``pool`` fen shared among ``people``: (person, fen, the way it was shared, the params
    explaining it: formula, and for contribution and weights the person's part and the whole).
    """
    parts: dict[str, Decimal] = {}
    if share == Share.CONTRIBUTION:
        for pid in people:
            actual = ctx.facts.of(ctx.period, pid).actual(metric) or 0
            parts[pid] = Decimal(max(actual, 0))
    elif share == Share.WEIGHTS:
        parts = {pid: max(weights.get(pid, Decimal(0)), Decimal(0)) for pid in people}
    whole = sum(parts.values(), Decimal(0))
    if share == Share.EQUAL or whole <= 0:
        shares = M.split_equally(pool, people)
        return [(pid, shares[pid], Share.EQUAL,
                 {"count": str(len(people)), "formula": _formula(pool, len(people), shares[pid])})
                for pid in sorted(people)]
    shares = M.split_by(pool, sorted(parts.items()))
    out: list[tuple[str, int, Share, dict[str, str]]] = []
    for pid in sorted(people):
        if share == Share.CONTRIBUTION:
            part, total = M.show(metric, int(parts[pid])), M.show(metric, int(whole))
        else:
            part, total = M.number(parts[pid]), M.number(whole)
        exact = Decimal(pool) * parts[pid] / whole
        out.append((pid, shares[pid], share,
                    {"share": part, "total": total, "count": str(len(people)),
                     "formula": _ratio_formula(pool, part, total, exact, shares[pid])}))
    return out


def _sharers(ctx: RuleContext, unit_id: str) -> list[str]:
    members = set(ctx.members)
    return [pid for pid in ctx.facts.members(unit_id) if pid in members]


def _unit_name(ctx: RuleContext, unit_id: str) -> str:
    unit = ctx.facts.units.get(unit_id)
    return unit.name if unit is not None else unit_id


def team_award(rule: TeamAward, ctx: RuleContext) -> list[LineDraft]:
    """团队达标奖: each unit reaching the threshold of its target shares the pool."""
    units = rule.unit_ids or tuple(sorted({ctx.facts.people[pid].unit_id
                                           for pid in ctx.members if pid in ctx.facts.people}))
    pool = M.to_fen(rule.pool)
    out: list[LineDraft] = []
    for unit_id in sorted(units):
        result = M.unit_result(ctx.facts, ctx.period, unit_id, rule.metric)
        if result.attainment is None or result.attainment < rule.threshold_pct:
            continue
        people = _sharers(ctx, unit_id)
        if not people:
            continue
        params = {"title": rule.title, "unit": _unit_name(ctx, unit_id),
                  "result": result.shown_attainment(rule.metric),
                  "threshold": pct(rule.threshold_pct)}
        trace = M.target_ref(unit_id, rule.metric, ctx.period, result.target)
        for pid, fen, way, explained in _share(ctx, pool, people, rule.share,
                                               dict(rule.weights), rule.metric):
            out.append(_line(ctx, pid, rule.id, fen, _TEAM[way], {**params, **explained},
                             (trace, *M.records(ctx.facts, ctx.period, pid, rule.metric))))
    return out


def team_pk(rule: TeamPK, ctx: RuleContext) -> list[LineDraft]:
    """团队PK: the better of two teams shares the pool; a tie splits it half and half."""
    results = {u: M.unit_result(ctx.facts, ctx.period, u, rule.metric)
               for u in (rule.unit_a, rule.unit_b)}
    values = {u: _rank_value(r, rule.measure) for u, r in results.items()}
    a, b = values[rule.unit_a], values[rule.unit_b]
    if a is None or b is None or (a <= 0 and b <= 0):
        return []
    shown = {u: (r.shown_attainment(rule.metric) if rule.measure == Measure.ATTAINMENT
                 else r.shown(rule.metric)) for u, r in results.items()}
    params = {"title": rule.title, "unit_a": _unit_name(ctx, rule.unit_a),
              "unit_b": _unit_name(ctx, rule.unit_b), "value_a": shown[rule.unit_a],
              "value_b": shown[rule.unit_b]}
    pool = M.to_fen(rule.pool)
    if a == b:
        halves = [(rule.unit_a, pool - pool // 2, _PK_TIE), (rule.unit_b, pool // 2, _PK_TIE)]
    else:
        halves = [(rule.unit_a if a > b else rule.unit_b, pool, _PK)]
    out: list[LineDraft] = []
    for unit_id, fen_pool, templates in halves:
        people = _sharers(ctx, unit_id)
        trace = [M.target_ref(u, rule.metric, ctx.period, results[u].target)
                 for u in (rule.unit_a, rule.unit_b) if results[u].target is not None]
        for pid, fen, way, explained in _share(ctx, fen_pool, people, rule.share,
                                               dict(rule.weights), rule.metric):
            out.append(_line(ctx, pid, rule.id, fen, templates[way],
                             {**params, "unit": _unit_name(ctx, unit_id), **explained},
                             (*trace, *M.records(ctx.facts, ctx.period, pid, rule.metric))))
    return out


# -- mentoring -----------------------------------------------------------------------------

def mentoring(rule: Mentoring, ctx: RuleContext) -> list[LineDraft]:
    """老带新: the mentor earns ``amount`` × the novice's attainment, capped."""
    members = set(ctx.members)
    out: list[LineDraft] = []
    for pair in sorted(rule.pairs, key=lambda p: (p.mentor_id, p.novice_id)):
        if pair.mentor_id not in members:
            continue
        novice = ctx.facts.people.get(pair.novice_id)
        params = {"title": rule.title, "metric": M.metric_name(rule.metric),
                  "novice": novice.name if novice is not None else pair.novice_id}
        result = M.person_result(ctx.facts, ctx.period, pair.novice_id, rule.metric)
        person: TraceRef = ("person", pair.novice_id, None)
        if result.target is None:
            out.append(_line(ctx, pair.mentor_id, rule.id, 0, MENTOR_NO_TARGET, params,
                             (person,), LineKind.MENTORING))
            continue
        attainment = result.attainment if result.attainment is not None else Decimal(0)
        paid_pct = min(max(attainment, Decimal(0)), rule.cap_pct)
        amount = (rule.amount * paid_pct / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        template = MENTOR_CAPPED if attainment > rule.cap_pct else MENTOR
        params.update({"attainment": pct(attainment), "cap": pct(rule.cap_pct),
                       "actual": M.show(rule.metric, result.actual),
                       "target": M.show(rule.metric, result.target), "base": yuan(rule.amount)})
        out.append(_line(ctx, pair.mentor_id, rule.id, M.to_fen(amount), template, params,
                         (person, M.target_ref(pair.novice_id, rule.metric, ctx.period,
                                               result.target)), LineKind.MENTORING))
    return out


EVALUATORS: dict[str, Callable[[Any, Any], list[LineDraft]]] = {
    "ranking": ranking, "most_improved": most_improved, "team_award": team_award,
    "team_pk": team_pk, "mentoring": mentoring}
