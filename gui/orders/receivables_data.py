"""What the Receivables tab reads on the worker (Qt-free): the instalments open on a date with
their totals, the collection rate (回款率) and payment figures (回款周期, DSO, lateness) of a
period, and the names of the owners' teams.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from services.core.store import Store
from services.orders.figures import PaymentFigures, payment_figures
from services.orders.receivables import CollectionRate, Receivables, collection_rate, receivables
from services.org.units import unit_tree


@dataclass(frozen=True)
class ReceivablesData:
    """One read of the tab."""

    report: Receivables
    rate: CollectionRate
    rate_by_owner: dict[str | None, CollectionRate]
    unit_names: dict[str, str]
    figures: PaymentFigures  # 回款周期, DSO, lateness of the same period, per person


def read_receivables(store: Store, as_of: date, start: date, end: date) -> ReceivablesData:
    """Receivables as of ``as_of`` and the collection rate of ``start``–``end``."""
    report = receivables(store, as_of)
    rate, by_owner = collection_rate(store, start, end)
    units = {u.id: u.name for u in unit_tree(store, as_of)}
    return ReceivablesData(report, rate, by_owner, units,
                           payment_figures(store, start, end, by="person"))
