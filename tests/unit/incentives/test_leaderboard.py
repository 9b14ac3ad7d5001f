"""The leaderboard (业绩排行榜): ranks with shared ties, the change against the previous period,
attainment boards and the team view."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.incentives.doc import Measure
from services.incentives.facts import TargetCell
from services.incentives.leaderboard import Standing, View, leaderboard
from tests.unit.incentives.bonus_builders import facts, fen, person, signed

JUNE, MAY = "2026-06", "2026-05"


def _rows(board):
    return [(s.id, s.rank, s.movement) for s in board.standings]


def test_ties_share_a_rank_and_the_change_is_against_last_month():
    # June: a 300k, b 300k (tied 1st), c 100k (3rd: 1, 1, 3), d 0 (4th: zero still ranks).
    # May: c 1st, a 2nd, b 3rd; d joined in June (not active in May) → new.
    # a 2 → 1: ↑1; b 3 → 1: ↑2; c 1 → 3: ↓2.
    people = [person("a", name="Ann"), person("b", name="Bo"), person("c", name="Cy"),
              person("d", name="Di", active_from=date(2026, 6, 1))]
    f = facts({JUNE: {"a": signed("a", 300_000), "b": signed("b", 300_000),
                      "c": signed("c", 100_000), "d": signed("d", 0)},
               MAY: {"a": signed("a", 200_000), "b": signed("b", 100_000),
                     "c": signed("c", 400_000)}}, people)
    board = leaderboard(f, JUNE, "signed_amount")
    assert (board.period, board.previous, board.metric_name) == (JUNE, MAY, "签约额")
    assert _rows(board) == [("a", 1, "↑1"), ("b", 1, "↑2"), ("c", 3, "↓2"), ("d", 4, "new")]
    assert [s.value for s in board.standings] == ["¥300,000.00", "¥300,000.00", "¥100,000.00",
                                                  "¥0.00"]
    assert [s.change for s in board.standings] == [1, 2, -2, None]


@pytest.mark.parametrize(("june", "may", "expected"), [
    # unchanged order: "=" for everyone
    ({"a": 3, "b": 2, "c": 1}, {"a": 3, "b": 2, "c": 1},
     [("a", 1, "="), ("b", 2, "="), ("c", 3, "=")]),
    # three-way tie now (1, 1, 1) after 1, 2, 3: a =, b ↑1, c ↑2
    ({"a": 5, "b": 5, "c": 5}, {"a": 3, "b": 2, "c": 1},
     [("a", 1, "="), ("b", 1, "↑1"), ("c", 1, "↑2")]),
    # tie in May (1, 1, 3), order in June c, b, a: c 3 → 1 ↑2, b 1 → 2 ↓1, a 1 → 3 ↓2
    ({"a": 1, "b": 2, "c": 3}, {"a": 2, "b": 2, "c": 1},
     [("c", 1, "↑2"), ("b", 2, "↓1"), ("a", 3, "↓2")]),
    # two tied for 2nd: 1, 2, 2, 4
    ({"a": 9, "b": 5, "c": 5, "d": 1}, {"a": 9, "b": 5, "c": 5, "d": 1},
     [("a", 1, "="), ("b", 2, "="), ("c", 2, "="), ("d", 4, "=")]),
])
def test_competition_ranks(june, may, expected):
    f = facts({JUNE: {p: signed(p, 0, deal_count=n) for p, n in june.items()},
               MAY: {p: signed(p, 0, deal_count=n) for p, n in may.items()}},
              [person(p) for p in june])
    assert _rows(leaderboard(f, JUNE, "deal_count")) == expected


def test_attainment_board_lists_who_has_no_target_without_a_rank():
    # a 90k of 100k = 90 %, b 50k of 40k = 125 %, c 500k with no target: listed last, no rank
    # May: a 100 %, b 50 % → a 1 → 2 (↓1), b 2 → 1 (↑1)
    f = facts({JUNE: {"a": signed("a", 90_000, target=100_000),
                      "b": signed("b", 50_000, target=40_000), "c": signed("c", 500_000)},
               MAY: {"a": signed("a", 100, target=100), "b": signed("b", 50, target=100)}},
              [person(p) for p in "abc"])
    board = leaderboard(f, JUNE, "signed_amount", Measure.ATTAINMENT)
    assert _rows(board) == [("b", 1, "↑1"), ("a", 2, "↓1"), ("c", None, "")]
    assert [s.value for s in board.standings] == ["125 %", "90 %", "—"]
    assert board.standings[0].attainment == Decimal("125.00")
    assert board.standings[0].target == fen(40_000)
    assert [s.id for s in board.ranked] == ["b", "a"]


def test_the_team_view_sums_the_units_people_against_the_units_target():
    # east: a 100k + b 50k = 150k of 200k = 75 %; west: w 120k of 100k = 120 %.
    # by amount east is 1st; by attainment west is.
    # Q2's previous quarter is Q1: east 10k vs west 20k → west was 1st.
    people = [person("a"), person("b"), person("w", "west")]
    unit_targets = {"2026-Q2": {"east": {"signed_amount": TargetCell(0, fen(200_000), 0)},
                                "west": {"signed_amount": TargetCell(0, fen(100_000), 0)}}}
    f = facts({"2026-Q2": {"a": signed("a", 100_000), "b": signed("b", 50_000),
                           "w": signed("w", 120_000)},
               "2026-Q1": {"a": signed("a", 10_000), "w": signed("w", 20_000)}},
              people, unit_targets)
    by_amount = leaderboard(f, "2026-Q2", "signed_amount", view=View.UNITS)
    assert by_amount.previous == "2026-Q1"
    assert [(s.id, s.name, s.rank, s.movement, s.value) for s in by_amount.standings] == [
        ("east", "华东一组", 1, "↑1", "¥150,000.00"), ("west", "华西一组", 2, "↓1",
                                                       "¥120,000.00")]
    by_attainment = leaderboard(f, "2026-Q2", "signed_amount", Measure.ATTAINMENT, View.UNITS)
    assert [(s.id, s.rank, s.value) for s in by_attainment.standings] == [
        ("west", 1, "120 %"), ("east", 2, "75 %")]
    # the parent unit when asked for: everyone below it
    company = leaderboard(f, "2026-Q2", "signed_amount", view=View.UNITS, among=["co"])
    assert [(s.name, s.actual) for s in company.standings] == [("总公司", fen(270_000))]


def test_among_limits_the_board_to_some_people_and_ties_list_by_name():
    f = facts({JUNE: {"a": signed("a", 100), "b": signed("b", 100), "c": signed("c", 900)}},
              [person("a", name="Zed"), person("b", name="Amy"), person("c")])
    board = leaderboard(f, JUNE, "signed_amount", among=["a", "b"])
    # no May facts at all: nothing to compare with, no movement shown
    assert [(s.name, s.rank, s.movement) for s in board.standings] == [
        ("Amy", 1, ""), ("Zed", 1, "")]
    assert not board.compared
    # May with b only (a, active then, sold nothing: 0 ranks 2nd): b =, a ↑1
    f = facts({**f.periods, MAY: {"b": signed("b", 5)}}, list(f.people.values()))
    board = leaderboard(f, JUNE, "signed_amount", among=["a", "b"])
    assert [(s.name, s.rank, s.movement) for s in board.standings] == [
        ("Amy", 1, "="), ("Zed", 1, "↑1")]


def test_standing_movement_texts():
    row = Standing("a", "A", 3, 1, None, None, "1", previous_rank=5)
    assert (row.change, row.movement, row.is_new) == (2, "↑2", False)
    assert Standing("a", "A", None, None, None, None, "—", 2).movement == ""
    assert Standing("a", "A", 1, 1, None, None, "1").movement == "new"
