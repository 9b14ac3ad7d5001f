"""What a payout run reads (业绩事实): per person and period, the credited amounts with the
records behind them, the process metrics and the targets — plain frozen data, so every rule is a
pure function of it (and the table-driven tests build it by hand).

:func:`services.incentives.gather.gather_facts` reads it from the database. Amounts are integer
fen; rates are basis points (1 % = 100); satisfaction is the average score × 100.

Credit (业绩归属): a contract's amount and a payment's amount are credited to the contract's
owner, or shared by the deal's credit splits (basis points; the first person in the split takes
the rounding remainder, so the shares add up exactly). A payment's part applied to an
instalment follows that instalment's contract; a refund is a negative credit on the day it was
paid back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property


@dataclass(frozen=True)
class Credit:
    """One credited amount: ``record`` is ``("contract", id)`` for a signed contract or
    ``("payment", id)`` for money received (negative: a refund), ``fen`` the person's share of
    it (for a contract with products, one credit per product line it sold).
    """

    record: tuple[str, str]
    contract_id: str
    contract_number: str
    customer_id: str
    customer_name: str
    customer_tier: str | None
    product_line_id: str | None
    day: date
    fen: int
    share_bp: int = 10_000


@dataclass(frozen=True)
class TargetCell:
    """A person's or unit's target for a metric and period (保底 / 目标 / 挑战), stored units."""

    floor: int = 0
    target: int = 0
    challenge: int = 0


@dataclass(frozen=True)
class PersonPeriod:
    """One person's facts for one period (a month, quarter or year key)."""

    person_id: str
    signed: tuple[Credit, ...] = ()
    collected: tuple[Credit, ...] = ()
    # customers whose first signed contract (ever) is in this period, credited to this person
    new_customers: tuple[tuple[str, str, int], ...] = ()  # (customer id, contract id, fen)
    deal_count: int = 0  # contracts signed (split contracts count once for each sharer)
    followups: int = 0
    visits: int = 0
    won: int = 0  # deals closed won in the period
    lost: int = 0  # deals closed lost in the period
    satisfaction: int | None = None  # average 1–5 × 100 of tickets closed in the period
    collection_rate_bp: int | None = None
    repurchase_rate_bp: int | None = None
    targets: Mapping[str, TargetCell] = field(default_factory=dict)

    @cached_property  # rules read them for every rule and person: summed once
    def signed_fen(self) -> int:
        return sum(c.fen for c in self.signed)

    @cached_property
    def collected_fen(self) -> int:
        return sum(c.fen for c in self.collected)

    @property
    def conversion_rate_bp(self) -> int | None:
        closed = self.won + self.lost
        return None if closed == 0 else round(self.won * 10_000 / closed)

    def actual(self, metric: str) -> int | None:
        """The actual of a metric (``doc.METRICS``) in its stored unit; None: not measurable."""
        return _ACTUALS[metric](self)  # only the metric asked is computed (rules ask often)


_ACTUALS: dict[str, Callable[[PersonPeriod], int | None]] = {
    "signed_amount": lambda p: p.signed_fen, "collected_amount": lambda p: p.collected_fen,
    "deal_count": lambda p: p.deal_count, "new_customers": lambda p: len(p.new_customers),
    "followups": lambda p: p.followups, "visits": lambda p: p.visits,
    "conversion_rate": lambda p: p.conversion_rate_bp,
    "collection_rate": lambda p: p.collection_rate_bp, "satisfaction": lambda p: p.satisfaction,
    "repurchase_rate": lambda p: p.repurchase_rate_bp,
}


@dataclass(frozen=True)
class PersonInfo:
    """Who a person is, as the rules need it."""

    id: str
    name: str
    role: str
    capacity_tier: str
    unit_id: str
    unit_path: tuple[str, ...]  # their unit and its ancestors, nearest first
    active_from: date
    active_to: date | None = None


@dataclass(frozen=True)
class UnitInfo:
    """An org unit, as the team rules need it."""

    id: str
    name: str
    parent_id: str | None


@dataclass(frozen=True)
class Facts:
    """Everything rules read: people, units, and per period key the facts of each person and the
    units' targets (``unit_targets[period][unit id][metric]``).
    """

    people: Mapping[str, PersonInfo]
    units: Mapping[str, UnitInfo]
    periods: Mapping[str, Mapping[str, PersonPeriod]]
    unit_targets: Mapping[str, Mapping[str, Mapping[str, TargetCell]]] = field(
        default_factory=dict)

    def of(self, period: str, person_id: str) -> PersonPeriod:
        """A person's facts for a period (empty facts if they had none)."""
        return self.periods.get(period, {}).get(person_id) or PersonPeriod(person_id)

    def members(self, unit_id: str) -> list[str]:
        """The people in a unit or any unit below it, by id."""
        return sorted(p.id for p in self.people.values() if unit_id in p.unit_path)
