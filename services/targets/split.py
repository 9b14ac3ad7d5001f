"""Splitting targets among children or sub-periods, exactly, in integer units (fen, counts).

Every split uses the largest-remainder method on exact fractions: each share is first rounded
down, then the units left over go one each to the shares with the largest fractional parts
(ties: the earlier child in the given order). So the parts always sum *exactly* to what was
distributed — never a fen lost or invented — and the same input always gives the same output.

Rules (``models.enums.SplitRule``):

- ``even`` — equal shares;
- ``last_year`` — proportional to last year's actuals (seasonality); all zero → even;
- ``weights`` — proportional to typed weights (missing = 0); all zero → :class:`SplitError`;
- ``capacity`` — proportional to each child's capacity load from its tier (新手/中级/资深, default
  0.6 / 1.0 / 1.3, AppSetting ``targets.capacity_loads``); a layer's load is the sum of its
  people's loads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import lcm
from typing import Any

from models.enums import CapacityTier, SplitRule

Weight = int | Fraction | Decimal

DEFAULT_CAPACITY_LOADS: dict[str, Fraction] = {
    CapacityTier.NOVICE: Fraction(6, 10),
    CapacityTier.INTERMEDIATE: Fraction(1),
    CapacityTier.SENIOR: Fraction(13, 10),
}
CAPACITY_SETTING = "targets.capacity_loads"


class SplitError(ValueError):
    """A split cannot be done (no children, negative or missing weights).

    Like :class:`~services.core.errors.SailplanError` it keeps its ``template`` and ``params``
    (the target services re-raise it as a translatable ``TargetError``).
    """

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params: dict[str, Any] = {k: str(v) for k, v in params.items()}
        super().__init__(template.format(**self.params) if self.params else template)


@dataclass(frozen=True, slots=True)
class Values:
    """Floor 保底 / target 目标 / challenge 挑战, in the metric's integer unit."""

    floor: int = 0
    target: int = 0
    challenge: int = 0

    def __add__(self, other: Values) -> Values:
        return Values(self.floor + other.floor, self.target + other.target,
                      self.challenge + other.challenge)

    def __sub__(self, other: Values) -> Values:
        return Values(self.floor - other.floor, self.target - other.target,
                      self.challenge - other.challenge)

    def __neg__(self) -> Values:
        return Values(-self.floor, -self.target, -self.challenge)

    def is_zero(self) -> bool:
        """All three are zero."""
        return self.floor == 0 and self.target == 0 and self.challenge == 0

    def as_tuple(self) -> tuple[int, int, int]:
        """(floor, target, challenge)."""
        return (self.floor, self.target, self.challenge)


ZERO = Values()


def split_amount(total: int, weights: Sequence[Weight]) -> list[int]:
    """Split integer ``total`` in proportion to ``weights``; the parts sum exactly to ``total``.

    A negative total (an over-allocation being taken back) splits its magnitude and negates.
    All-zero weights split evenly. Raises :class:`SplitError` for no parts or a negative weight.
    """
    n = len(weights)
    if n == 0:
        raise SplitError("nothing to split into: the node has no children")
    fw = [Fraction(w) for w in weights]
    if any(w < 0 for w in fw):
        raise SplitError("split weights cannot be negative")
    if total < 0:
        return [-p for p in split_amount(-total, fw)]
    # in integers: the weights scaled by their common denominator (the same proportions), so
    # each exact share total × w ÷ Σw is a quotient and a remainder, no fraction per part
    scale = lcm(*(w.denominator for w in fw))
    iw = [w.numerator * (scale // w.denominator) for w in fw]
    wsum = sum(iw)
    if wsum == 0:
        iw, wsum = [1] * n, n
    shares = [divmod(total * w, wsum) for w in iw]
    parts = [whole for whole, _rest in shares]  # floor: every share is non-negative
    left = total - sum(parts)
    order = sorted(range(n), key=lambda i: (-shares[i][1], i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def split_values(total: Values, weights: Sequence[Weight]) -> list[Values]:
    """Split floor, target and challenge each by the same weights (each sums exactly)."""
    f = split_amount(total.floor, weights)
    t = split_amount(total.target, weights)
    c = split_amount(total.challenge, weights)
    return [Values(*x) for x in zip(f, t, c, strict=True)]


def parse_capacity_loads(raw: Mapping[str, object] | None) -> dict[str, Fraction]:
    """Capacity loads from the AppSetting JSON (tier → number); missing tiers keep defaults."""
    loads = dict(DEFAULT_CAPACITY_LOADS)
    for tier, value in (raw or {}).items():
        if tier not in loads:
            raise SplitError("capacity load for unknown tier “{tier}”", tier=tier)
        try:
            load = Fraction(Decimal(str(value)))
        except Exception as exc:  # noqa: BLE001 - any unreadable number gets the same message
            raise SplitError("capacity load for {tier} is not a number: {value}", tier=tier,
                             value=value) from exc
        if load < 0:
            raise SplitError("capacity load for {tier} cannot be negative", tier=tier)
        loads[tier] = load
    return loads


def rule_weights(
    rule: SplitRule | str,
    n: int,
    *,
    last_year: Sequence[int] | None = None,
    weights: Sequence[Weight | None] | None = None,
    capacity: Sequence[Weight] | None = None,
) -> list[Fraction]:
    """The weights a rule gives ``n`` parts (see the module docstring for each rule)."""
    rule = SplitRule(rule)
    if n == 0:
        raise SplitError("nothing to split into: the node has no children")
    if rule is SplitRule.EVEN:
        return [Fraction(1)] * n
    if rule is SplitRule.LAST_YEAR:
        ly = list(last_year or [0] * n)
        if len(ly) != n:
            raise SplitError("last year's actuals do not match the parts")
        if all(v <= 0 for v in ly):
            return [Fraction(1)] * n
        return [Fraction(max(v, 0)) for v in ly]
    if rule is SplitRule.WEIGHTS:
        ws = [Fraction(w or 0) for w in (weights or [None] * n)]
        if len(ws) != n:
            raise SplitError("typed weights do not match the parts")
        if any(w < 0 for w in ws):
            raise SplitError("split weights cannot be negative")
        if sum(ws) == 0:
            raise SplitError("no weights typed: give at least one child a weight")
        return ws
    caps = [Fraction(c) for c in (capacity or [])]
    if len(caps) != n:
        raise SplitError("capacity loads do not match the parts")
    if sum(caps) == 0:
        raise SplitError("no capacity: none of these children has people with a load")
    return caps


def split_by_rule(
    total: Values,
    rule: SplitRule | str,
    n: int,
    *,
    last_year: Sequence[int] | None = None,
    weights: Sequence[Weight | None] | None = None,
    capacity: Sequence[Weight] | None = None,
) -> list[Values]:
    """Split a node's (or period's) values into ``n`` parts by ``rule``; each column exact."""
    w = rule_weights(rule, n, last_year=last_year, weights=weights, capacity=capacity)
    return split_values(total, w)


def gap(parent: Values, children: Sequence[Values]) -> Values:
    """Parent minus the sum of its children: positive = 未分配 unallocated, negative = 超分配."""
    allocated = ZERO
    for c in children:
        allocated = allocated + c
    return parent - allocated


def distribute_gap(
    parent: Values,
    children: Sequence[Values],
    rule: SplitRule | str,
    *,
    last_year: Sequence[int] | None = None,
    weights: Sequence[Weight | None] | None = None,
    capacity: Sequence[Weight] | None = None,
) -> list[Values]:
    """New child values that close the gap: each child gets its rule share of the gap added.

    Afterwards the children sum exactly to the parent in every column.
    """
    g = gap(parent, children)
    shares = split_by_rule(g, rule, len(children), last_year=last_year, weights=weights,
                           capacity=capacity)
    return [c + s for c, s in zip(children, shares, strict=True)]


def rollup(children: Sequence[Values]) -> Values:
    """Bottom-up roll-up: the sum of the children's values."""
    total = ZERO
    for c in children:
        total = total + c
    return total
