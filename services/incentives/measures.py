"""Metrics as the bonus rules, the scorecard and the leaderboard read them: a person's or a
unit's actual, target and attainment for a period, the metric's value written for a statement,
and pools shared exactly to the fen.

Units: money metrics are fen, counts are counts, rates are basis points, satisfaction is the
average score × 100 (as in :mod:`services.incentives.facts`).

A unit's actual (团队实绩) is its people's: the sum for amounts and counts; the conversion rate
of their deals together (Σ won ÷ Σ closed); the plain average of the people who have one for
the collection rate, the repurchase rate and satisfaction. A unit's target is its own cell of
the Targets tree (``Facts.unit_targets``), never its people's targets added up.

Metric names in explanations are the Chinese terms (签约额, 回款额…), like the rules' titles:
they are the scheme's own words and read the same in both languages' statements.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from services.incentives.facts import Facts, TargetCell
from services.incentives.lines import CENT, TraceRef, attainment_pct, pct, yuan

METRIC_NAMES: dict[str, str] = {
    "signed_amount": "签约额", "collected_amount": "回款额", "deal_count": "签约量",
    "new_customers": "新增客户数", "followups": "跟进数", "visits": "拜访数",
    "conversion_rate": "转化率", "collection_rate": "回款率", "satisfaction": "满意度",
    "repurchase_rate": "复购率",
}
"""Each metric's name on a statement (the Targets page's Chinese terms)."""

MONEY_METRICS = frozenset({"signed_amount", "collected_amount"})
RATE_METRICS = frozenset({"conversion_rate", "collection_rate", "repurchase_rate"})
_AVERAGED = frozenset({"collection_rate", "repurchase_rate", "satisfaction"})


def metric_name(metric: str) -> str:
    """The metric's name on a statement (``签约额``)."""
    return METRIC_NAMES.get(metric, metric)


def show(metric: str, value: int | None) -> str:
    """A metric's value as a statement writes it: ``¥92,000.00``, ``12``, ``35 %``, ``4.50``;
    None as ``—``.
    """
    if value is None:
        return "—"
    if metric in MONEY_METRICS:
        return yuan(value)
    if metric in RATE_METRICS:
        return pct(Decimal(value) / 100)
    if metric == "satisfaction":
        return f"{Decimal(value) / 100:.2f}"
    return f"{value:,}"


def number(value: Decimal) -> str:
    """A score, a weight or a coefficient without needless zeros: ``95.2``, ``100``, ``0.8``."""
    text = format(value.normalize(), "f")
    return text


def one_place(value: Decimal) -> Decimal:
    """Rounded half up to one decimal place (scores, percentage points as statements show)."""
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Result:
    """Someone's (or a unit's) result on a metric for a period."""

    actual: int | None
    target: int | None  # None: no target (or one of 0)

    @property
    def attainment(self) -> Decimal | None:
        """Actual ÷ target in % (two places); None without a target or an actual."""
        return None if self.target is None else attainment_pct(self.actual, self.target)

    def shown(self, metric: str) -> str:
        """``签约额 ¥92,000.00``."""
        return f"{metric_name(metric)} {show(metric, self.actual)}"

    def shown_attainment(self, metric: str) -> str:
        """``签约额 ¥92,000.00 ÷ ¥100,000.00 = 92 %`` (the figures behind an attainment)."""
        return (f"{metric_name(metric)} {show(metric, self.actual)} ÷ "
                f"{show(metric, self.target)} = {pct(self.attainment)}")


def _target(cell: TargetCell | None) -> int | None:
    return cell.target if cell is not None and cell.target > 0 else None


def person_result(facts: Facts, period: str, person_id: str, metric: str) -> Result:
    """A person's actual and target (their Targets tree cell) for a period."""
    facts_of = facts.of(period, person_id)
    return Result(facts_of.actual(metric), _target(facts_of.targets.get(metric)))


def unit_actual(facts: Facts, period: str, people: Iterable[str], metric: str) -> int | None:
    """A unit's actual from its people's facts (see the module docstring); None when no one
    has a value of a rate or satisfaction.
    """
    rows = [facts.of(period, pid) for pid in sorted(people)]
    if metric == "conversion_rate":
        won = sum(r.won for r in rows)
        closed = won + sum(r.lost for r in rows)
        return None if closed == 0 else round(won * 10_000 / closed)
    values = [v for v in (r.actual(metric) for r in rows) if v is not None]
    if metric in _AVERAGED:
        return None if not values else round(sum(values) / len(values))
    return sum(values)


def unit_result(facts: Facts, period: str, unit_id: str, metric: str) -> Result:
    """A unit's actual (everyone in it and below it) and its own target for a period."""
    cell = facts.unit_targets.get(period, {}).get(unit_id, {}).get(metric)
    return Result(unit_actual(facts, period, facts.members(unit_id), metric), _target(cell))


def target_ref(owner_id: str, metric: str, period: str, target: int | None) -> TraceRef:
    """The trace entry of a target (``person or unit id/metric/period``)."""
    return ("target", f"{owner_id}/{metric}/{period}", target)


def records(facts: Facts, period: str, person_id: str, metric: str) -> tuple[TraceRef, ...]:
    """The contracts or payments behind a person's money metric (empty for other metrics)."""
    facts_of = facts.of(period, person_id)
    credits = (facts_of.signed if metric == "signed_amount"
               else facts_of.collected if metric == "collected_amount" else ())
    return tuple((c.record[0], c.record[1], c.fen) for c in credits)


def to_fen(yuan_amount: Decimal) -> int:
    """Decimal yuan as integer fen, rounded half up."""
    return int((yuan_amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def fen_yuan(fen: int) -> Decimal:
    """Integer fen as Decimal yuan with two places."""
    return (Decimal(fen) / 100).quantize(CENT)


def split_equally(total_fen: int, ids: Sequence[str]) -> dict[str, int]:
    """``total_fen`` shared by ``ids`` in equal fen; the remainder goes one fen each to the
    first ids in sorted order, so the shares add up exactly.
    """
    ordered = sorted(ids)
    if not ordered:
        return {}
    each, rest = divmod(total_fen, len(ordered))
    return {pid: each + (1 if index < rest else 0) for index, pid in enumerate(ordered)}


def split_by(total_fen: int, weights: Sequence[tuple[str, Decimal]]) -> dict[str, int]:
    """``total_fen`` shared in proportion to ``weights`` (none negative, their sum positive):
    each share rounded down to the fen, the remainder to the largest weight (a tie: the first
    id), so the shares add up exactly.
    """
    whole = sum((w for _, w in weights), Decimal(0))
    shares = {pid: int(Decimal(total_fen) * w / whole) for pid, w in weights}
    largest = min(weights, key=lambda item: (-item[1], item[0]))[0]
    shares[largest] += total_fen - sum(shares.values())
    return shares
