"""KPI scorecard progress (考核进度): each person's scorecard score so far in the period, and the
coefficient band it reaches.

The score is the Incentives scorecard's own (:func:`services.incentives.rules.scorecard.
person_score`) on the same facts a leaderboard reads (:func:`services.incentives.leaderboard.
board_facts`): the scheme each person is on for the period (:func:`services.incentives.engine.
assign` over the published versions in effect), that scheme's scorecard of the period's grain
(a monthly scorecard is read on a month: its fixed targets are per month), for the people of its
roles. People of the scope without such a scorecard are not on the chart; people on one whose
metrics all lack a target or a result are listed as not scored. When the schemes have
scorecards only of other grains, ``other_grains`` names them (the chart says which period to
choose).

The records behind a person's bar are those of the leaderboard's bar: the contracts (签约额) or
payments (回款额) credited to them in the period (:func:`services.dashboard.board.
board_records`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from services.core import periods as P
from services.core.store import Store
from services.dashboard.scope import Scope, people_in
from services.incentives import versions
from services.incentives.doc import Band, Scorecard
from services.incentives.engine import assign, is_active
from services.incentives.leaderboard import board_facts
from services.incentives.rules.scorecard import person_score


@dataclass(frozen=True)
class ScoreBar:
    """One person's score (0–… points, one place), its coefficient and band (``80–100``), and
    the bands of their scorecard (to mark the boundaries).
    """

    person_id: str
    name: str
    score: Decimal
    coefficient: Decimal
    band: str
    bands: tuple[Band, ...]
    title: str  # the scorecard's title (绩效考核)
    items: tuple[str, ...]  # ``签约额 95 % × 60 %``
    left_out: tuple[str, ...]


@dataclass(frozen=True)
class ScoreFigure:
    """The period's scorecard progress, highest score first."""

    period: str
    metric: str  # what a bar's records are: "signed_amount" contracts, "collected_amount" payments
    bars: tuple[ScoreBar, ...]
    unscored: tuple[str, ...]  # names of people on a scorecard with no metric to score
    other_grains: tuple[str, ...] = ()  # the grains of the scorecards when none is of this one

    @property
    def bands(self) -> tuple[Band, ...]:
        """The bands every bar shares (ascending), else none."""
        kinds = {b.bands for b in self.bars}
        return tuple(sorted(kinds.pop(), key=lambda b: b.from_score)) if len(kinds) == 1 else ()


def _scorecard(rules: list[Scorecard], role: str) -> Scorecard | None:
    return next((r for r in rules if not r.roles or role in r.roles), None)


def scorecards(store: Store, scope: Scope, metric: str = "signed_amount") -> ScoreFigure:
    """Each person's score in ``scope`` (see the module docstring)."""
    period = scope.period
    grain = str(P.grain_of(period))
    facts = board_facts(store, period)
    with store.read() as uow:
        people = people_in(uow.session, scope)
        schemes = versions.in_effect(uow.session, period)
    active = [p for p in facts.people.values() if is_active(p, period)
              and (people is None or p.id in people)]
    chosen = assign(active, schemes)
    bars: list[ScoreBar] = []
    unscored: list[str] = []
    others: set[str] = set()
    for person in sorted(active, key=lambda p: (p.name, p.id)):
        scheme = chosen.get(person.id)
        if scheme is None:
            continue
        cards = [r for r in scheme.doc.rules if isinstance(r, Scorecard)]
        rule = _scorecard([r for r in cards if r.grain == grain], person.role)
        if rule is None:
            others.update(str(r.grain) for r in cards
                          if not r.roles or person.role in r.roles)
            continue
        got = person_score(rule, facts.of(period, person.id), person.id, period)
        if got.score is None:
            unscored.append(person.name)
            continue
        bars.append(ScoreBar(person.id, person.name, got.score, got.coefficient, got.band,
                             rule.bands, rule.title, got.items, got.left_out))
    bars.sort(key=lambda b: (-b.score, b.name, b.person_id))
    return ScoreFigure(period, metric, tuple(bars), tuple(unscored),
                       () if bars or unscored else tuple(sorted(others)))
