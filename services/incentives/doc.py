"""A scheme version's rules (激励方案规则): one JSON document, read into frozen dataclasses.

The document is ``{"assign": {...}, "rules": [{"kind": ..., "id": ..., ...}, ...]}``. Percentages
are decimal strings (``"5"`` is 5 %, ``"2.5"`` is 2.5 %), money is decimal yuan as a string.
Every rule has an ``id`` unique in its document (the payout lines name it) and a ``grain``:
a rule pays in the runs of that grain only (a ``month`` rule in the monthly runs, a ``quarter``
rule — the quarterly star — in the quarterly runs).

:func:`parse` checks everything a run relies on and raises :class:`SchemeError` naming the rule
and the field; :func:`dump` writes the canonical JSON (sorted keys), so the same rules always give
the same text and the same digest.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeAlias

from services.core.errors import SailplanError


class SchemeError(SailplanError):
    """A scheme document that cannot be used, with the rule and field named."""


class Grain(StrEnum):
    """The runs a rule pays in."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Base(StrEnum):
    """What commission is paid on (提成基数)."""

    SIGNED = "signed"  # 签约额: contracts signed in the period
    COLLECTED = "collected"  # 回款额: payments received in the period (refunds subtract)


class Method(StrEnum):
    """How a rate table applies (计提方式)."""

    WHOLE = "whole"  # 全额累计: the reached tier's rate on the whole amount
    MARGINAL = "marginal"  # 超额累进: each slice of the amount at its own tier's rate


class Share(StrEnum):
    """How a team's pool is shared (分配方式)."""

    EQUAL = "equal"  # 平均
    CONTRIBUTION = "contribution"  # 按贡献: in proportion to each member's amount
    WEIGHTS = "weights"  # 按权重: the rule's weights per person


class Measure(StrEnum):
    """What a ranking, PK, milestone or scorecard compares for a metric."""

    AMOUNT = "amount"  # the metric's actual (fen, count or basis points)
    ATTAINMENT = "attainment"  # actual ÷ the person's (or unit's) target, in %


METRICS = ("signed_amount", "collected_amount", "deal_count", "new_customers", "followups",
           "visits", "conversion_rate", "collection_rate", "satisfaction", "repurchase_rate")
"""Metrics a rule may name: the Targets tree's codes (targets come from the tree) plus
``visits`` (拜访数: follow-ups by visit) and ``satisfaction`` (满意度, the average 1–5 score ×
100; its target is the rule's)."""


@dataclass(frozen=True)
class RateTier:
    """A tier of a rate table: from ``from_pct`` attainment (inclusive) up to the next tier's."""

    from_pct: Decimal
    rate_pct: Decimal


@dataclass(frozen=True)
class Commission:
    """提成: a rate table on signed or collected amounts, by attainment of the period's target.

    ``gate_pct``: below this attainment nothing is paid (保底门槛). ``cap``: at most this many
    yuan per period (封顶). ``accelerator_pct``: the part of the base above 100 % attainment is
    paid at the rate × this percentage (加速, e.g. 150). ``product_factors`` (product line id →
    %) and ``tier_factors`` (customer tier A/B/C → %) scale the rate of the amounts they match.
    A person with no target for the period is paid the first tier's rate.
    """

    id: str
    kind: str = "commission"
    grain: Grain = Grain.MONTH
    title: str = "提成"
    base: Base = Base.COLLECTED
    target_metric: str = "collected_amount"
    method: Method = Method.WHOLE
    tiers: tuple[RateTier, ...] = ()
    gate_pct: Decimal | None = None
    cap: Decimal | None = None
    accelerator_pct: Decimal | None = None
    product_factors: Mapping[str, Decimal] = field(default_factory=dict)
    tier_factors: Mapping[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class NewCustomerAward:
    """客户拓展奖: ``amount`` per customer whose first signed contract falls in the period, if
    that contract is at least ``min_contract``.
    """

    id: str
    kind: str = "new_customer"
    grain: Grain = Grain.MONTH
    title: str = "客户拓展奖"
    amount: Decimal = Decimal(0)
    min_contract: Decimal = Decimal(0)


@dataclass(frozen=True)
class RankingAward:
    """月度冠军 / 季度之星: ``prizes[i]`` to the (i+1)-th best on the metric, among those at or
    above ``min_attainment_pct``; a tie shares the prizes of the places it covers.
    """

    id: str
    kind: str = "ranking"
    grain: Grain = Grain.MONTH
    title: str = "月度冠军"
    metric: str = "signed_amount"
    measure: Measure = Measure.AMOUNT
    prizes: tuple[Decimal, ...] = ()
    min_attainment_pct: Decimal = Decimal(0)


@dataclass(frozen=True)
class MostImproved:
    """进步最快奖: ``amount`` to whoever's attainment rose most against their previous period
    (in percentage points), if they reached ``min_attainment_pct`` now.
    """

    id: str
    kind: str = "most_improved"
    grain: Grain = Grain.MONTH
    title: str = "进步最快奖"
    metric: str = "signed_amount"
    amount: Decimal = Decimal(0)
    min_attainment_pct: Decimal = Decimal(0)


@dataclass(frozen=True)
class TeamAward:
    """团队达标奖: each unit in ``unit_ids`` (none named: every unit a member of the scheme is
    in) that reaches ``threshold_pct`` of its target shares ``pool`` among its members by
    ``share`` (weights: person id → weight).
    """

    id: str
    kind: str = "team_award"
    grain: Grain = Grain.QUARTER
    title: str = "团队达标奖"
    metric: str = "signed_amount"
    unit_ids: tuple[str, ...] = ()
    threshold_pct: Decimal = Decimal(100)
    pool: Decimal = Decimal(0)
    share: Share = Share.EQUAL
    weights: Mapping[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class TeamPK:
    """团队PK: unit A against unit B on a metric; the winner's members share ``pool``
    by ``share``; a tie splits it between both teams.
    """

    id: str
    kind: str = "team_pk"
    grain: Grain = Grain.MONTH
    title: str = "团队PK"
    unit_a: str = ""
    unit_b: str = ""
    metric: str = "signed_amount"
    measure: Measure = Measure.ATTAINMENT
    pool: Decimal = Decimal(0)
    share: Share = Share.EQUAL
    weights: Mapping[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    """A milestone: reaching ``at_pct`` attainment pays ``amount``."""

    at_pct: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Milestone:
    """分阶段达成: every step reached in the period pays its amount once."""

    id: str
    kind: str = "milestone"
    grain: Grain = Grain.MONTH
    title: str = "分阶段达成奖"
    metric: str = "signed_amount"
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class KeyAccount:
    """重点客户突破: ``amount`` for a first signed contract with a named key account."""

    id: str
    kind: str = "key_account"
    grain: Grain = Grain.MONTH
    title: str = "重点客户突破奖"
    customer_ids: tuple[str, ...] = ()
    amount: Decimal = Decimal(0)


@dataclass(frozen=True)
class Pair:
    """A mentor (师傅) and their novice (徒弟)."""

    mentor_id: str
    novice_id: str


@dataclass(frozen=True)
class Mentoring:
    """老带新: a mentor earns ``amount`` × their novice's attainment (capped at ``cap_pct``)."""

    id: str
    kind: str = "mentoring"
    grain: Grain = Grain.MONTH
    title: str = "老带新奖"
    metric: str = "signed_amount"
    pairs: tuple[Pair, ...] = ()
    amount: Decimal = Decimal(0)
    cap_pct: Decimal = Decimal(100)


@dataclass(frozen=True)
class ScoreMetric:
    """One line of a scorecard: its weight (%), its target (None: from the Targets tree) and
    the most a line may score (% of its weight).
    """

    metric: str
    weight_pct: Decimal
    target: Decimal | None = None
    cap_pct: Decimal = Decimal(120)


@dataclass(frozen=True)
class Band:
    """A score band: from ``from_score`` (inclusive) the bonuses are × ``coefficient``."""

    from_score: Decimal
    coefficient: Decimal


@dataclass(frozen=True)
class Scorecard:
    """绩效考核: a weighted score of result and process metrics for the people of ``roles``
    (none: everyone in the scheme); its band's coefficient applies to their bonuses.
    """

    id: str
    kind: str = "scorecard"
    grain: Grain = Grain.MONTH
    title: str = "绩效考核"
    roles: tuple[str, ...] = ()
    metrics: tuple[ScoreMetric, ...] = ()
    bands: tuple[Band, ...] = ()


Rule: TypeAlias = (Commission | NewCustomerAward | RankingAward | MostImproved | TeamAward
                   | TeamPK | Milestone | KeyAccount | Mentoring | Scorecard)

RULE_TYPES: dict[str, type[Any]] = {
    "commission": Commission, "new_customer": NewCustomerAward, "ranking": RankingAward,
    "most_improved": MostImproved, "team_award": TeamAward, "team_pk": TeamPK,
    "milestone": Milestone, "key_account": KeyAccount, "mentoring": Mentoring,
    "scorecard": Scorecard,
}
BONUS_KINDS = frozenset({"ranking", "most_improved", "team_award", "team_pk", "milestone",
                         "key_account"})
"""Rules whose lines are bonuses (奖金): the scorecard's coefficient applies to these."""


@dataclass(frozen=True)
class Assignment:
    """Who a scheme applies to. A person takes the most specific scheme: one naming them, else
    one naming their unit or its nearest ancestor, else one naming their role.
    """

    roles: tuple[str, ...] = ()
    unit_ids: tuple[str, ...] = ()
    person_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class SchemeDoc:
    """A scheme version's document."""

    assign: Assignment = Assignment()
    rules: tuple[Rule, ...] = ()

    def rule(self, rule_id: str) -> Rule:
        """The rule of this id (KeyError if none)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


# -- reading ---------------------------------------------------------------------------------

_NESTED: dict[str, type[Any]] = {"tiers": RateTier, "steps": Step, "pairs": Pair,
                                 "metrics": ScoreMetric, "bands": Band}


def _decimal(value: Any, rule: str, name: str) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise SchemeError("rule {rule}: {field} must be a number", rule=rule, field=name)
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise SchemeError("rule {rule}: {field} must be a number", rule=rule,
                          field=name) from None
    if not number.is_finite():
        raise SchemeError("rule {rule}: {field} must be a number", rule=rule, field=name)
    return number


def _convert(kind: type[Any], raw: Mapping[str, Any], rule: str) -> Any:
    if not isinstance(raw, Mapping):
        raise SchemeError("rule {rule}: an entry is not an object", rule=rule)
    known = {f.name: f for f in fields(kind)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise SchemeError("rule {rule}: unknown field {field}", rule=rule, field=unknown[0])
    values: dict[str, Any] = {}
    for name, value in raw.items():
        spec = str(known[name].type)
        if name in _NESTED:
            if not isinstance(value, list):
                raise SchemeError("rule {rule}: {field} must be a list", rule=rule, field=name)
            values[name] = tuple(_convert(_NESTED[name], item, rule) for item in value)
        elif spec.startswith("Mapping"):
            if not isinstance(value, Mapping):
                raise SchemeError("rule {rule}: {field} must be an object", rule=rule,
                                  field=name)
            values[name] = {str(k): _decimal(v, rule, f"{name}.{k}")
                            for k, v in sorted(value.items())}
        elif spec.startswith("tuple[Decimal"):
            if not isinstance(value, list):
                raise SchemeError("rule {rule}: {field} must be a list", rule=rule, field=name)
            values[name] = tuple(_decimal(v, rule, name) for v in value)
        elif spec.startswith("tuple[str"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise SchemeError("rule {rule}: {field} must be a list of ids", rule=rule,
                                  field=name)
            values[name] = tuple(value)
        elif "Decimal" in spec:
            values[name] = (None if value is None and "None" in spec
                            else _decimal(value, rule, name))
        elif spec in ("Grain", "Base", "Method", "Share", "Measure"):
            enum = {"Grain": Grain, "Base": Base, "Method": Method, "Share": Share,
                    "Measure": Measure}[spec]
            try:
                values[name] = enum(value)
            except ValueError:
                raise SchemeError("rule {rule}: {field} cannot be {value}", rule=rule,
                                  field=name, value=value) from None
        else:
            if not isinstance(value, str):
                raise SchemeError("rule {rule}: {field} must be text", rule=rule, field=name)
            values[name] = value
    return kind(**values)


def _check(rule: Rule) -> None:
    rid = rule.id
    metric = getattr(rule, "metric", None)
    if metric is not None and metric not in METRICS:
        raise SchemeError("rule {rule}: unknown metric {value}", rule=rid, value=metric)
    if isinstance(rule, Commission):
        if not rule.tiers:
            raise SchemeError("rule {rule}: the rate table has no tiers", rule=rid)
        if rule.tiers[0].from_pct != 0:
            raise SchemeError("rule {rule}: the first tier must start at 0 %", rule=rid)
        starts = [t.from_pct for t in rule.tiers]
        if starts != sorted(set(starts)):
            raise SchemeError("rule {rule}: the tiers must start at rising attainments",
                              rule=rid)
        if any(t.rate_pct < 0 for t in rule.tiers):
            raise SchemeError("rule {rule}: a rate cannot be negative", rule=rid)
        if rule.target_metric not in ("signed_amount", "collected_amount"):
            raise SchemeError("rule {rule}: unknown metric {value}", rule=rid,
                              value=rule.target_metric)
    for name in ("amount", "pool", "cap", "min_contract"):
        value = getattr(rule, name, None)
        if value is not None and value < 0:
            raise SchemeError("rule {rule}: {field} cannot be negative", rule=rid, field=name)
    if isinstance(rule, RankingAward) and any(p < 0 for p in rule.prizes):
        raise SchemeError("rule {rule}: {field} cannot be negative", rule=rid, field="prizes")
    if isinstance(rule, Scorecard):
        if not rule.metrics or not rule.bands:
            raise SchemeError("rule {rule}: a scorecard needs metrics and bands", rule=rid)
        total = sum((m.weight_pct for m in rule.metrics), Decimal(0))
        if total != 100:
            raise SchemeError("rule {rule}: the weights add up to {value} %, not 100 %",
                              rule=rid, value=total)
        for m in rule.metrics:
            if m.metric not in METRICS:
                raise SchemeError("rule {rule}: unknown metric {value}", rule=rid,
                                  value=m.metric)
    if isinstance(rule, TeamPK) and (not rule.unit_a or not rule.unit_b
                                     or rule.unit_a == rule.unit_b):
        raise SchemeError("rule {rule}: a PK needs two different teams", rule=rid)


def parse(text: str | Mapping[str, Any]) -> SchemeDoc:
    """The document of a scheme version (JSON text or its parsed object), checked."""
    try:
        raw = json.loads(text) if isinstance(text, str) else text
    except json.JSONDecodeError as exc:
        raise SchemeError("the scheme's rules are not valid JSON: {detail}",
                          detail=exc.msg) from None
    if not isinstance(raw, Mapping):
        raise SchemeError("the scheme's rules are not an object")
    assign_raw = raw.get("assign", {})
    assign = _convert(Assignment, assign_raw, "assign")
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, item in enumerate(raw.get("rules", [])):
        if not isinstance(item, Mapping):
            raise SchemeError("rule {rule}: an entry is not an object", rule=index + 1)
        rid = str(item.get("id") or "")
        if not rid:
            raise SchemeError("rule {rule}: it has no id", rule=index + 1)
        if rid in seen:
            raise SchemeError("rule {rule}: the id is used twice", rule=rid)
        seen.add(rid)
        kind = RULE_TYPES.get(str(item.get("kind")))
        if kind is None:
            raise SchemeError("rule {rule}: unknown kind {value}", rule=rid,
                              value=item.get("kind"))
        body = {k: v for k, v in item.items() if k != "kind"}
        rule = _convert(kind, body, rid)
        _check(rule)
        rules.append(rule)
    return SchemeDoc(assign, tuple(rules))


# -- writing ---------------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value


def to_object(doc: SchemeDoc) -> dict[str, Any]:
    """The document as plain JSON values."""
    return {"assign": _plain(doc.assign), "rules": [_plain(r) for r in doc.rules]}


def dump(doc: SchemeDoc) -> str:
    """The canonical JSON text of a document (sorted keys, no spaces)."""
    return json.dumps(to_object(doc), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def rules_of(doc: SchemeDoc, grain: Grain | str, kinds: Sequence[str] | None = None
             ) -> list[Rule]:
    """The document's rules of a grain (and of some kinds), in document order."""
    return [r for r in doc.rules
            if r.grain == grain and (kinds is None or r.kind in kinds)]
