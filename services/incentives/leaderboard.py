"""The leaderboard (业绩排行榜): people, or units (团队), ranked on a metric for a period, with
their rank change against the previous period of the same grain — a pure function of
:class:`~services.incentives.facts.Facts`.

* Ranked on the actual (``Measure.AMOUNT``: ¥, a count, a rate…) or on the attainment
  (``Measure.ATTAINMENT``: actual ÷ target, to 0.01 %), highest first. Zero counts (a rep who
  sold nothing is last, not absent); someone without a value — no target on an attainment board,
  a rate with nothing to measure — is listed after the ranked, without a rank.
* Ties share a rank and the next rank skips (1, 1, 3); tied people are listed by name.
* The previous period's board is built the same way (the same units, or the people active
  then) and each standing says how it moved: ``↑2``, ``↓1``, ``=``, or ``new`` for someone not
  ranked then. Without the previous period's facts (not gathered) there is no change to show.
* People: those active at any time in the period (or the ``among`` given). Units: the units
  people active in the period sit in directly (or the ``among`` given); a unit's actual is its
  people's (:mod:`services.incentives.measures`), its target its own cell of the Targets tree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from services.core.store import Store
from services.incentives import measures as M
from services.incentives.doc import Measure
from services.incentives.engine import is_active, previous_period
from services.incentives.facts import Facts
from services.incentives.lines import pct


class View(StrEnum):
    """Who is ranked."""

    PEOPLE = "people"  # 个人
    UNITS = "units"  # 团队


@dataclass(frozen=True)
class Standing:
    """One row of the board."""

    id: str  # person or unit id
    name: str
    rank: int | None  # None: not ranked (no value)
    actual: int | None  # stored units (fen, count, basis points, score × 100)
    target: int | None
    attainment: Decimal | None  # % with two places
    value: str  # what it is ranked on, as shown: ``¥120,000.00``, ``92 %``
    previous_rank: int | None = None
    compared: bool = True  # False: the previous period's facts were not given

    @property
    def change(self) -> int | None:
        """Places gained since the previous period (negative: lost); None if not both ranked."""
        if self.rank is None or self.previous_rank is None:
            return None
        return self.previous_rank - self.rank

    @property
    def is_new(self) -> bool:
        """Ranked now but not in the previous period."""
        return self.rank is not None and self.previous_rank is None

    @property
    def movement(self) -> str:
        """``↑2``, ``↓1``, ``=``, ``new`` (to translate), or empty when not ranked or when
        there was nothing to compare with.
        """
        if self.rank is None or not self.compared:
            return ""
        change = self.change
        if change is None:
            return "new"
        return "=" if change == 0 else f"↑{change}" if change > 0 else f"↓{-change}"


@dataclass(frozen=True)
class Leaderboard:
    """A period's board on one metric."""

    period: str
    previous: str
    metric: str
    measure: Measure
    view: View
    standings: tuple[Standing, ...]
    compared: bool = True  # whether the previous period's facts were there to compare with

    @property
    def ranked(self) -> tuple[Standing, ...]:
        """The standings with a rank, best first."""
        return tuple(s for s in self.standings if s.rank is not None)

    @property
    def metric_name(self) -> str:
        """The metric's name (``签约额``)."""
        return M.metric_name(self.metric)


def _results(facts: Facts, period: str, metric: str, view: View, ids: Iterable[str]
             ) -> dict[str, M.Result]:
    if view == View.UNITS:
        return {u: M.unit_result(facts, period, u, metric) for u in ids}
    return {p: M.person_result(facts, period, p, metric) for p in ids}


def _ranks(results: dict[str, M.Result], measure: Measure) -> dict[str, int]:
    values: dict[str, Decimal] = {}
    for key, result in results.items():
        value = (result.attainment if measure == Measure.ATTAINMENT
                 else None if result.actual is None else Decimal(result.actual))
        if value is not None:
            values[key] = value
    ordered = sorted(values.values(), reverse=True)
    first: dict[Decimal, int] = {}
    for index, value in enumerate(ordered):
        first.setdefault(value, index + 1)
    return {key: first[value] for key, value in values.items()}


SELLING_ROLES = frozenset({"rep", "manager"})
"""Who is on the board by default: the people who sell (一线销售, 销售经理), and anyone else
who has a target or a result in the period (a director who closed a deal himself)."""


def _on_board(facts: Facts, period: str, person_id: str) -> bool:
    if facts.people[person_id].role in SELLING_ROLES:
        return True
    mine = facts.periods.get(period, {}).get(person_id)
    return mine is not None and bool(mine.targets or mine.signed or mine.collected)


def _default_ids(facts: Facts, period: str, view: View) -> list[str]:
    people = sorted(p.id for p in facts.people.values()
                    if is_active(p, period) and _on_board(facts, period, p.id))
    if view == View.UNITS:
        return sorted({facts.people[p].unit_id for p in people})
    return people


def leaderboard(facts: Facts, period: str, metric: str, measure: Measure = Measure.AMOUNT,
                view: View = View.PEOPLE, among: Iterable[str] | None = None) -> Leaderboard:
    """The board of ``period`` (a month, quarter or year key) on ``metric``
    (``doc.METRICS``); ``among``: the people (or units) to rank, by id.
    """
    previous = previous_period(period)
    chosen = sorted(set(among)) if among is not None else None
    now_ids = chosen if chosen is not None else _default_ids(facts, period, view)
    before_ids = (now_ids if chosen is not None or view == View.UNITS
                  else _default_ids(facts, previous, view))
    results = _results(facts, period, metric, view, now_ids)
    ranks = _ranks(results, measure)
    compared = previous in facts.periods
    before = (_ranks(_results(facts, previous, metric, view, before_ids), measure) if compared
              else {})

    def name(key: str) -> str:
        holder = (facts.units.get(key) if view == View.UNITS else facts.people.get(key))
        return holder.name if holder is not None else key

    rows: list[Standing] = []
    for key, result in results.items():
        shown = (pct(result.attainment) if measure == Measure.ATTAINMENT
                 else M.show(metric, result.actual))
        rows.append(Standing(key, name(key), ranks.get(key), result.actual, result.target,
                             result.attainment, shown, before.get(key), compared))
    rows.sort(key=lambda s: (s.rank is None, s.rank or 0, s.name, s.id))
    return Leaderboard(period, previous, metric, measure, view, tuple(rows), compared)


def board_facts(store: Store, period: str) -> Facts:
    """The facts a board of ``period`` reads: the period and the one before (rank changes)."""
    from services.incentives.gather import gather_facts

    with store.read() as uow:
        return gather_facts(uow.session, [period, previous_period(period)])
