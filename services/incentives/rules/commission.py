"""The paying rules of a scheme: commission (提成), the new-customer award (客户拓展奖), the
key-account award (重点客户突破) and milestones (分阶段达成) — pure functions of a rule and the
run's :class:`~services.incentives.engine.RuleContext`.

Commission, as a rep can check it on their statement:

* **Base** (提成基数): the person's credits of the run's period — contracts signed
  (``signed``) or money collected (``collected``: a partly paid instalment pays in each period
  a part of it is collected; a refund is a negative credit in the period it was paid back, so
  it gives negative commission there). Split credit is already in the credits (their ``fen``
  is the person's share).
* **Attainment** (达成率): the period's actual of ``target_metric`` ÷ its target. The tier is
  the last one whose ``from_pct`` the attainment reaches (a tier's start is inclusive: exactly
  80 % is in the 80–100 % tier). No target (or a zero one): the first tier's rate, and no gate.
* **Slices.** The base is cut at the attainment bounds of the table (every tier's start, and
  100 % when there is an accelerator) **in proportion**: with attainment *a*, the slice between
  bounds *lo* and *hi* is ``base × (min(a, hi) − lo) ÷ a``. When the base is the attainment
  metric itself (collected base, collected target) this is exactly "the base up to 80 % of the
  target, then from 80 % to 100 % …"; when they differ (collected base, signed attainment) each
  slice of the base is the share of the attainment that fell in that tier range. Every credit
  is cut the same way, so the order in which money came in never matters.
  *Whole* (全额累计): every slice at the reached tier's rate. *Marginal* (超额累进): each slice at
  the rate of the tier it lies in. Attainment at or below zero (refunds only): the whole base at
  the first tier's rate.
* **Accelerator** (加速): slices above 100 % are paid at rate × ``accelerator_pct`` %.
  **Factors**: a credit whose product line is in ``product_factors`` and/or whose customer tier
  is in ``tier_factors`` has its rate × those percentages (both multiply).
* **Gate** (保底): attainment below ``gate_pct`` pays nothing (a zero line says so) — unless the
  period's commission is negative (more refunded than collected): a deduction is not withheld.
  **Cap** (封顶): at most ``cap`` yuan per period; the line says it was capped.
* Everything is computed exactly (fractions), the line's amount rounded once to the fen, half up.

One line per person and rule; its explanation lists every part as ``amount × rate [× factor
(what)]`` in figures both languages read, e.g. ``2026-06 collected ¥80,000.00 × 3 % +
¥20,000.00 × 5 % (attainment 100 %, tier ≥ 100 %) = ¥3,400.00``; its trace lists every credit
and the target. People without a credit of the base in the period get no line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from models.incentives import LineKind
from services.incentives.doc import (
    Base,
    Commission,
    KeyAccount,
    Method,
    Milestone,
    NewCustomerAward,
)
from services.incentives.facts import Credit, Facts, PersonPeriod
from services.incentives.lines import LineDraft, TraceRef, yuan

if TYPE_CHECKING:
    from services.incentives.engine import RuleContext

TEMPLATES: tuple[str, ...] = (
    # commission on collected amounts: with a target / without; plain / with refunds;
    # paid / capped
    "{period} collected {parts} (attainment {attainment}, tier {tier}) = {amount}",
    "{period} collected {parts} (attainment {attainment}, tier {tier}) = {computed}, "
    "capped at {cap} per period",
    "{period} collected {parts} (attainment {attainment}, tier {tier}; includes the refund "
    "of contract {refunds}) = {amount}",
    "{period} collected {parts} (attainment {attainment}, tier {tier}; includes the refund "
    "of contract {refunds}) = {computed}, capped at {cap} per period",
    "{period} collected {parts} (no target: the first tier's rate) = {amount}",
    "{period} collected {parts} (no target: the first tier's rate) = {computed}, "
    "capped at {cap} per period",
    "{period} collected {parts} (no target: the first tier's rate; includes the refund "
    "of contract {refunds}) = {amount}",
    "{period} collected {parts} (no target: the first tier's rate; includes the refund "
    "of contract {refunds}) = {computed}, capped at {cap} per period",
    # the same on signed amounts (a negative signed credit: a cancelled contract)
    "{period} signed {parts} (attainment {attainment}, tier {tier}) = {amount}",
    "{period} signed {parts} (attainment {attainment}, tier {tier}) = {computed}, "
    "capped at {cap} per period",
    "{period} signed {parts} (attainment {attainment}, tier {tier}; includes the "
    "cancellation of contract {refunds}) = {amount}",
    "{period} signed {parts} (attainment {attainment}, tier {tier}; includes the "
    "cancellation of contract {refunds}) = {computed}, capped at {cap} per period",
    "{period} signed {parts} (no target: the first tier's rate) = {amount}",
    "{period} signed {parts} (no target: the first tier's rate) = {computed}, "
    "capped at {cap} per period",
    "{period} signed {parts} (no target: the first tier's rate; includes the "
    "cancellation of contract {refunds}) = {amount}",
    "{period} signed {parts} (no target: the first tier's rate; includes the "
    "cancellation of contract {refunds}) = {computed}, capped at {cap} per period",
    # below the gate
    "{period} collected {base}: attainment {attainment} is below the gate of {gate}, "
    "no commission = {amount}",
    "{period} signed {base}: attainment {attainment} is below the gate of {gate}, "
    "no commission = {amount}",
    # awards
    "{period} new customers: {parts} = {amount}",
    "{period} new customers (first contract at least {min_contract}): {parts} = {amount}",
    "{period} key account won: {parts} = {amount}",
    "{period} attainment {attainment}, steps reached: {parts} = {amount}",
)
"""Every explanation these rules write (English source; context ``PayoutLines``)."""

ACCELERATED = ">100 %"
"""The tag of a part paid with the accelerator (figures only: it reads in both languages)."""


def commission_template(base: Base, has_target: bool, refunds: bool, capped: bool) -> str:
    """The explanation of a commission line (one of :data:`TEMPLATES`)."""
    verb = "collected" if base == Base.COLLECTED else "signed"
    text = f"{{period}} {verb} {{parts}} ("
    text += ("attainment {attainment}, tier {tier}" if has_target
             else "no target: the first tier's rate")
    if refunds:
        text += ("; includes the refund of contract {refunds}" if base == Base.COLLECTED
                 else "; includes the cancellation of contract {refunds}")
    text += ") = {computed}, capped at {cap} per period" if capped else ") = {amount}"
    assert text in TEMPLATES, text
    return text


# -- figures ---------------------------------------------------------------------------------

def round_fen(value: Fraction) -> Decimal:
    """Yuan (exact) rounded half up (away from zero on a tie) to two places."""
    return Decimal(fen_half_up(value * 100)).scaleb(-2)  # whole cents: exactly two places


def fen_half_up(value: Fraction) -> int:
    """Fen (exact) rounded half up (away from zero on a tie) to whole fen."""
    whole, rest = divmod(abs(value.numerator), value.denominator)
    if 2 * rest >= value.denominator:
        whole += 1
    return -whole if value < 0 else whole


@lru_cache(maxsize=4096)
def exact(value: Decimal) -> Fraction:
    """A rule's figure (a rate, a bound, a factor) as a fraction — the same few figures are
    read for every person and period, so each is converted once.
    """
    return Fraction(value)


def number(value: Decimal | Fraction) -> str:
    """``5``, ``2.5``, ``0.125``: a rate or factor as written, without trailing zeros."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return _number(value)


@lru_cache(maxsize=4096)
def _number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def percent(value: Decimal | Fraction) -> str:
    """``5 %``, ``2.5 %``."""
    return f"{number(value)} %"


def attainment_text(value: Fraction | None) -> str:
    """An attainment cut (not rounded) to two places — ``79.99 %`` is never shown as the
    ``80 %`` it did not reach; None: ``—``.
    """
    if value is None:
        return "—"
    hundredths = value.numerator * 100 // value.denominator  # floor
    return percent(Decimal(hundredths).scaleb(-2))


def attainment_of(actual: int | None, target: int | None) -> Fraction | None:
    """Actual ÷ target in percent, exact; None without a (positive) target or an actual."""
    if actual is None or not target or target <= 0:
        return None
    return Fraction(actual * 100, target)


@dataclass(frozen=True)
class _Table:
    """A commission rule's figures as fractions, converted once per rule: the tiers' starts
    and the bounds the base is cut at (every start, and 100 % with an accelerator).
    """

    starts: tuple[Fraction, ...]
    bounds: tuple[Fraction, ...]
    gate: Fraction | None
    cap: Fraction | None


_TABLES: dict[int, tuple[Commission, _Table]] = {}


def _table(rule: Commission) -> _Table:
    found = _TABLES.get(id(rule))
    if found is not None and found[0] is rule:
        return found[1]
    starts = tuple(exact(t.from_pct) for t in rule.tiers)
    bounds = tuple(sorted(set(starts) | ({Fraction(100)} if rule.accelerator_pct is not None
                                         else set())))
    table = _Table(starts, bounds,
                   None if rule.gate_pct is None else exact(rule.gate_pct),
                   None if rule.cap is None else exact(rule.cap))
    if len(_TABLES) >= 256:
        _TABLES.clear()
    _TABLES[id(rule)] = (rule, table)  # the rule is kept: its id is not reused meanwhile
    return table


def _reached(starts: Sequence[Fraction], attainment: Fraction) -> int:
    reached = 0
    for index, start in enumerate(starts):
        if attainment >= start:
            reached = index
    return reached


def tier_index(rule: Commission, attainment: Fraction | None) -> int:
    """The tier reached: the last whose start the attainment reaches (0 without a target)."""
    if attainment is None:
        return 0
    return _reached(_table(rule).starts, attainment)


def tier_label(rule: Commission, index: int) -> str:
    """``0–80 %``, ``80–100 %``, ``≥ 100 %``."""
    start = rule.tiers[index].from_pct
    if index + 1 < len(rule.tiers):
        return f"{number(start)}–{percent(rule.tiers[index + 1].from_pct)}"
    return f"≥ {percent(start)}"


# -- commission ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Slice:
    """A share of the base paid at one rate (``accelerated``: × the accelerator too)."""

    share: Fraction
    rate_pct: Decimal
    accelerated: bool


@dataclass(frozen=True)
class Part:
    """A part of the explanation: ``fen`` of the base × its rate and multipliers."""

    fen: Fraction
    rate_pct: Decimal
    multipliers: tuple[tuple[Decimal, str], ...]  # (percent, what: a tag in figures or names)

    @property
    def yuan(self) -> Fraction:
        return self.fen * _coefficient(self.rate_pct, tuple(f for f, _w in self.multipliers))

    def text(self) -> str:
        out = f"{yuan(fen_half_up(self.fen))} × {percent(self.rate_pct)}"
        for factor, what in self.multipliers:
            out += f" × {percent(factor)} ({what})"
        return out


@lru_cache(maxsize=4096)
def _coefficient(rate_pct: Decimal, factors: tuple[Decimal, ...]) -> Fraction:
    """Yuan per fen of a part: its rate (percent) and every factor (percent), exact."""
    value = exact(rate_pct) / 100 / 100
    for factor in factors:
        value = value * exact(factor) / 100
    return value


def slices(rule: Commission, attainment: Fraction | None) -> list[Slice]:
    """How the base is cut (see the module docstring); shares add up to 1."""
    first = rule.tiers[0].rate_pct
    if attainment is None or attainment <= 0:
        return [Slice(Fraction(1), first, False)]
    table = _table(rule)
    reached = rule.tiers[_reached(table.starts, attainment)].rate_pct
    bounds = table.bounds
    out: list[Slice] = []
    for position, low in enumerate(bounds):
        if attainment <= low:
            break
        high = bounds[position + 1] if position + 1 < len(bounds) else None
        top = attainment if high is None or attainment < high else high
        rate = (reached if rule.method == Method.WHOLE
                else rule.tiers[_reached(table.starts, low)].rate_pct)
        accelerated = rule.accelerator_pct is not None and low >= 100
        share = (top - low) / attainment
        if out and (out[-1].rate_pct, out[-1].accelerated) == (rate, accelerated):
            out[-1] = Slice(out[-1].share + share, rate, accelerated)
        else:
            out.append(Slice(share, rate, accelerated))
    return out


@dataclass(frozen=True)
class Group:
    """Credits whose rate takes the same factors (no factor: ``None``)."""

    product_line_id: str | None
    customer_tier: str | None
    fen: int


def groups(rule: Commission, credits: Iterable[Credit]) -> list[Group]:
    """The credits summed by the factors that apply to them, in a fixed order."""
    sums: dict[tuple[str | None, str | None], int] = {}
    for credit in credits:
        line = (credit.product_line_id if credit.product_line_id is not None
                and credit.product_line_id in rule.product_factors else None)
        tier = (credit.customer_tier if credit.customer_tier is not None
                and credit.customer_tier in rule.tier_factors else None)
        sums[(line, tier)] = sums.get((line, tier), 0) + credit.fen
    return [Group(line, tier, fen) for (line, tier), fen
            in sorted(sums.items(), key=lambda kv: (kv[0][0] or "", kv[0][1] or ""))]


@dataclass(frozen=True)
class CommissionCalc:
    """A person's commission of one rule and period, with everything its line shows."""

    rule: Commission
    credits: tuple[Credit, ...]
    base_fen: int
    target: int | None  # the target of ``rule.target_metric``, None: no target
    actual: int | None
    attainment: Fraction | None
    tier: int
    parts: tuple[Part, ...]
    computed: Fraction  # yuan, before the gate and the cap
    gated: bool
    capped: bool
    amount: Decimal  # what the line pays, rounded to the fen

    @property
    def rate_pct(self) -> Decimal:
        """The reached tier's rate."""
        return self.rule.tiers[self.tier].rate_pct


def base_credits(rule: Commission, facts: PersonPeriod) -> tuple[Credit, ...]:
    """The credits commission is paid on, in a fixed order."""
    credits = facts.collected if rule.base == Base.COLLECTED else facts.signed
    return tuple(sorted(credits, key=lambda c: (c.day, c.record, c.product_line_id or "",
                                                c.contract_id, c.fen)))


def compute(rule: Commission, person: PersonPeriod,
            name_of: Callable[[str], str] = str) -> CommissionCalc:
    """A person's commission from their facts of the period (``name_of``: a product line's
    name for the explanation).
    """
    credits = base_credits(rule, person)
    base_fen = sum(c.fen for c in credits)
    cell = person.targets.get(rule.target_metric)
    target = cell.target if cell is not None and cell.target > 0 else None
    actual = person.actual(rule.target_metric)
    attainment = attainment_of(actual, target)
    tier = tier_index(rule, attainment)
    parts: list[Part] = []
    grouped = groups(rule, credits)
    for cut in slices(rule, attainment):
        for group in grouped:
            fen = group.fen * cut.share
            if fen == 0:
                continue
            multipliers: list[tuple[Decimal, str]] = []
            if cut.accelerated and rule.accelerator_pct is not None:
                multipliers.append((rule.accelerator_pct, ACCELERATED))
            if group.product_line_id is not None:
                multipliers.append((rule.product_factors[group.product_line_id],
                                    name_of(group.product_line_id)))
            if group.customer_tier is not None:
                multipliers.append((rule.tier_factors[group.customer_tier],
                                    group.customer_tier))
            parts.append(Part(fen, cut.rate_pct, tuple(multipliers)))
    if not parts:
        parts.append(Part(Fraction(0), rule.tiers[tier].rate_pct, ()))
    computed = sum((p.yuan for p in parts), Fraction(0))
    table = _table(rule)
    gated = (table.gate is not None and attainment is not None
             and attainment < table.gate and computed > 0)
    capped = not gated and table.cap is not None and computed > table.cap
    paid = (Fraction(0) if gated
            else table.cap if capped and table.cap is not None else computed)
    return CommissionCalc(rule, credits, base_fen, target, actual, attainment, tier,
                          tuple(parts), computed, gated, capped, round_fen(paid))


def refunds_text(credits: Sequence[Credit]) -> str:
    """``HT-2026-0012 -¥5,000.00, …``: the negative credits summed by contract."""
    sums: dict[str, int] = {}
    for credit in credits:
        if credit.fen < 0:
            key = credit.contract_number or credit.contract_id
            sums[key] = sums.get(key, 0) + credit.fen
    return ", ".join(f"{number} {yuan(fen)}" for number, fen in sorted(sums.items()))


def target_trace(person_id: str, metric: str, period: str, target: int | None
                 ) -> tuple[TraceRef, ...]:
    """The target behind a line, if there is one."""
    return (() if target is None
            else (("target", f"{person_id}/{metric}/{period}", target),))


def commission_line(calc: CommissionCalc, person_id: str, period: str,
                    version_id: str | None = None) -> LineDraft:
    """The payout line of a computed commission."""
    rule = calc.rule
    has_target = calc.attainment is not None
    refunds = refunds_text(calc.credits)
    params = {
        "period": period, "base": yuan(calc.base_fen),
        "parts": " + ".join(p.text() for p in calc.parts),
        "attainment": attainment_text(calc.attainment), "tier": tier_label(rule, calc.tier),
        "rate": percent(calc.rate_pct), "amount": yuan(calc.amount),
        "computed": yuan(round_fen(calc.computed)),
    }
    if calc.gated:
        verb = "collected" if rule.base == Base.COLLECTED else "signed"
        template = (f"{{period}} {verb} {{base}}: attainment {{attainment}} is below the gate "
                    "of {gate}, no commission = {amount}")
        assert template in TEMPLATES
        params["gate"] = percent(rule.gate_pct or Decimal(0))
    else:
        template = commission_template(rule.base, has_target, bool(refunds), calc.capped)
        if refunds:
            params["refunds"] = refunds
        if calc.capped and rule.cap is not None:
            params["cap"] = yuan(rule.cap)
    trace: list[TraceRef] = [(c.record[0], c.record[1], c.fen) for c in calc.credits]
    trace += target_trace(person_id, rule.target_metric, period, calc.target)
    return LineDraft(person_id, LineKind.COMMISSION, rule.id, calc.amount, template, params,
                     tuple(trace), version_id)


def product_line_namer(facts: Facts) -> Callable[[str], str]:
    """A product line's name (its unit's name; the id if the facts do not know it)."""
    def name_of(unit_id: str) -> str:
        unit = facts.units.get(unit_id)
        return unit.name if unit is not None else unit_id
    return name_of


def evaluate_commission(rule: Commission, ctx: RuleContext) -> list[LineDraft]:
    """提成: one line per member with credits of the base in the period."""
    name_of = product_line_namer(ctx.facts)
    out: list[LineDraft] = []
    for person_id in ctx.members:
        person = ctx.facts.of(ctx.period, person_id)
        if not (person.collected if rule.base == Base.COLLECTED else person.signed):
            continue  # no credit of the base (checked before sorting them)
        calc = compute(rule, person, name_of)
        out.append(commission_line(calc, person_id, ctx.period, ctx.version_id))
    return out


# -- awards ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Won:
    """A customer's first contract credited to a person in the period."""

    customer_id: str
    customer_name: str
    contract_id: str
    contract_number: str
    contract_fen: int  # the whole contract's signed amount
    share_bp: int  # the person's share of it


def signed_by_contract(facts: Facts, period: str) -> dict[str, int]:
    """Every contract's amount signed in the period (all its sharers' credits added up)."""
    out: dict[str, int] = {}
    for pp in facts.periods.get(period, {}).values():
        for c in pp.signed:
            out[c.contract_id] = out.get(c.contract_id, 0) + c.fen
    return out


def firsts(facts: Facts, period: str, person_id: str,
           signed: Mapping[str, int] | None = None) -> list[Won]:
    """The person's new customers of the period with their first contracts, by customer name.

    The contract's amount is all of it signed in the period (every sharer's credits; the
    facts' own figure if no credit is found); the person's share is their credit's share.
    ``signed``: :func:`signed_by_contract` of the period, when the caller already has it.
    """
    person = facts.of(period, person_id)
    totals = signed if signed is not None else signed_by_contract(facts, period)
    mine_by_contract: dict[str, list[Credit]] = {}
    for c in person.signed:
        mine_by_contract.setdefault(c.contract_id, []).append(c)
    out: list[Won] = []
    for customer_id, contract_id, fen in person.new_customers:
        mine = mine_by_contract.get(contract_id, [])
        whole = totals.get(contract_id, 0)
        share = mine[0].share_bp if mine else 10_000
        name = mine[0].customer_name if mine else customer_id
        number = mine[0].contract_number if mine else contract_id
        out.append(Won(customer_id, name, contract_id, number, whole if mine else fen, share))
    return sorted(out, key=lambda w: (w.customer_name, w.customer_id, w.contract_id))


def _award_part(won: Won, each: Decimal) -> str:
    text = f"{won.customer_name} ({won.contract_number}) {yuan(each)}"
    if won.share_bp != 10_000:
        text += f" × {percent(Fraction(won.share_bp, 100))}"
    return text


def _award_lines(rule: NewCustomerAward | KeyAccount, ctx: RuleContext, kind: LineKind,
                 template: str, keep: Callable[[Won], bool],
                 extra: Mapping[str, str]) -> list[LineDraft]:
    out: list[LineDraft] = []
    signed = signed_by_contract(ctx.facts, ctx.period)
    for person_id in ctx.members:
        chosen = [w for w in firsts(ctx.facts, ctx.period, person_id, signed) if keep(w)]
        if not chosen:
            continue
        total = sum((Fraction(rule.amount) * w.share_bp / 10_000 for w in chosen), Fraction(0))
        amount = round_fen(total)
        params = {"period": ctx.period, "amount": yuan(amount), "each": yuan(rule.amount),
                  "count": str(len(chosen)),
                  "parts": " + ".join(_award_part(w, rule.amount) for w in chosen), **extra}
        trace: list[TraceRef] = []
        for won in chosen:
            trace += [("customer", won.customer_id, None),
                      ("contract", won.contract_id, won.contract_fen)]
        out.append(LineDraft(person_id, kind, rule.id, amount, template, params,
                             tuple(trace), ctx.version_id))
    return out


def evaluate_new_customer(rule: NewCustomerAward, ctx: RuleContext) -> list[LineDraft]:
    """客户拓展奖: ``amount`` per new customer whose first contract is at least
    ``min_contract`` (a shared contract pays each sharer their share of the award).
    """
    minimum = Fraction(rule.min_contract) * 100
    if rule.min_contract > 0:
        template = ("{period} new customers (first contract at least {min_contract}): "
                    "{parts} = {amount}")
        extra = {"min_contract": yuan(rule.min_contract)}
    else:
        template, extra = "{period} new customers: {parts} = {amount}", {}
    return _award_lines(rule, ctx, LineKind.NEW_CUSTOMER, template,
                        lambda w: w.contract_fen >= minimum, extra)


def evaluate_key_account(rule: KeyAccount, ctx: RuleContext) -> list[LineDraft]:
    """重点客户突破: ``amount`` for each named key account whose first signed contract is in
    the period, to whoever it is credited to (shared: in shares).
    """
    named = set(rule.customer_ids)
    return _award_lines(rule, ctx, LineKind.BONUS, "{period} key account won: {parts} = {amount}",
                        lambda w: w.customer_id in named, {})


def evaluate_milestone(rule: Milestone, ctx: RuleContext) -> list[LineDraft]:
    """分阶段达成: every step whose attainment the person reached in the period pays its amount
    (once per period). No target for the metric: no line.
    """
    template = "{period} attainment {attainment}, steps reached: {parts} = {amount}"
    steps = sorted(rule.steps, key=lambda s: (s.at_pct, s.amount))
    out: list[LineDraft] = []
    for person_id in ctx.members:
        person = ctx.facts.of(ctx.period, person_id)
        cell = person.targets.get(rule.metric)
        target = cell.target if cell is not None and cell.target > 0 else None
        attainment = attainment_of(person.actual(rule.metric), target)
        if attainment is None:
            continue
        reached = [s for s in steps if attainment >= exact(s.at_pct)]
        if not reached:
            continue
        amount = round_fen(sum((Fraction(s.amount) for s in reached), Fraction(0)))
        params = {"period": ctx.period, "attainment": attainment_text(attainment),
                  "amount": yuan(amount),
                  "parts": " + ".join(f"{percent(s.at_pct)} {yuan(s.amount)}"
                                      for s in reached)}
        trace: list[TraceRef] = []
        if rule.metric in ("signed_amount", "collected_amount"):
            credits = person.signed if rule.metric == "signed_amount" else person.collected
            trace += [(c.record[0], c.record[1], c.fen) for c in credits]
        trace += target_trace(person_id, rule.metric, ctx.period, target)
        out.append(LineDraft(person_id, LineKind.BONUS, rule.id, amount, template, params,
                             tuple(trace), ctx.version_id))
    return out


EVALUATORS: dict[str, Callable[[Any, Any], list[LineDraft]]] = {
    "commission": evaluate_commission,
    "new_customer": evaluate_new_customer,
    "key_account": evaluate_key_account,
    "milestone": evaluate_milestone,
}
