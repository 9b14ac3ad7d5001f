"""Receivables aging (应收账龄) of the scope's contracts, from services.orders.receivables.

The instalments open on the scope's day (the period's end, or today if earlier) whose contract
the scope's people own (the whole firm: every contract), summed per aging bucket; the records
behind a bucket are its instalments (each opens its contract).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from services.core.store import Store
from services.dashboard.scope import Scope, scope_people
from services.orders.receivables import BUCKETS, ReceivableRow, receivables


@dataclass(frozen=True)
class AgingBucket:
    """One bucket (``services.orders.receivables.BUCKETS``): open yuan and instalments."""

    bucket: str
    amount: Decimal
    count: int


@dataclass(frozen=True)
class Aging:
    """The buckets in order, as of a day."""

    as_of: object
    buckets: tuple[AgingBucket, ...]

    @property
    def total(self) -> Decimal:
        """Everything open."""
        return sum((b.amount for b in self.buckets), Decimal("0.00"))

    @property
    def overdue(self) -> Decimal:
        """Open and past its due date."""
        return sum((b.amount for b in self.buckets if b.bucket != "current"), Decimal("0.00"))


def _rows(store: Store, scope: Scope) -> list[ReceivableRow]:
    people = scope_people(store, scope)
    rows = receivables(store, scope.as_of).rows
    if people is None:
        return list(rows)
    wanted = set(people)
    return [r for r in rows if r.owner_id in wanted]


def aging(store: Store, scope: Scope) -> Aging:
    """The scope's receivables by aging bucket."""
    rows = _rows(store, scope)
    buckets = []
    for b in BUCKETS:
        mine = [r for r in rows if r.bucket == b]
        buckets.append(AgingBucket(b, sum((r.open_amount for r in mine), Decimal("0.00")),
                                   len(mine)))
    return Aging(scope.as_of, tuple(buckets))


def aging_records(store: Store, scope: Scope, bucket: str) -> list[str]:
    """The open instalments of one bucket, by id."""
    return sorted(r.instalment_id for r in _rows(store, scope) if r.bucket == bucket)
