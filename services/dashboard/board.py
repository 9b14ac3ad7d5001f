"""The leaderboard (业绩排行榜) of the scope's people, from services.incentives.leaderboard (the
same standings as the Incentives page's board: contracts signed, payments collected, credited
with their splits), and the records behind a person's bar: the contracts (签约额) or payments
(回款额) credited to them in the period.
"""

from __future__ import annotations

from services.core.store import Store
from services.dashboard.scope import Scope, people_in
from services.incentives.doc import Measure
from services.incentives.engine import is_active
from services.incentives.leaderboard import Leaderboard, View, board_facts, leaderboard


def board(store: Store, scope: Scope, metric: str = "signed_amount") -> Leaderboard:
    """The period's board on ``metric`` among the scope's people active in the period."""
    facts = board_facts(store, scope.period)
    with store.read() as uow:
        people = people_in(uow.session, scope)
    among = None
    if people is not None:
        among = [p for p in people if p in facts.people
                 and is_active(facts.people[p], scope.period)]
    return leaderboard(facts, scope.period, metric, Measure.AMOUNT, View.PEOPLE, among)


def board_records(store: Store, scope: Scope, person_id: str, metric: str = "signed_amount"
                  ) -> tuple[str, list[str]]:
    """The kind ("contract" or "payment") and ids of the records credited to ``person_id`` on
    ``metric`` in the period.
    """
    facts = board_facts(store, scope.period)
    mine = facts.of(scope.period, person_id)
    credits = mine.collected if metric == "collected_amount" else mine.signed
    kind = "payment" if metric == "collected_amount" else "contract"
    return kind, sorted({c.record[1] for c in credits})
