"""Bonus rules: ranking prizes, most improved, team award, team PK and mentoring, on facts built
by hand; every expected amount is worked out in the comments."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from string import Formatter

import pytest

from models.incentives import LineKind
from services.core.catalog import Catalogue, fill
from services.incentives import doc as D
from services.incentives.engine import SchemeInUse, evaluate
from services.incentives.facts import TargetCell
from services.incentives.rules import EVALUATORS, bonuses, scorecard
from services.incentives.rules.bonuses import mentoring, most_improved, ranking, team_award, team_pk
from tests.unit.incentives.bonus_builders import ctx, dec, facts, fen, paid, person, signed

JUNE, MAY = "2026-06", "2026-05"
PRIZES = (Decimal(1000), Decimal(500), Decimal(200))


def test_the_bonus_kinds_are_registered():
    for kind in ("ranking", "most_improved", "team_award", "team_pk", "mentoring",
                 "scorecard"):
        assert kind in EVALUATORS


# -- ranking -------------------------------------------------------------------------------

@pytest.mark.parametrize(("amounts", "expected"), [
    # clear order: places 1, 2, 3 take ¥1,000, ¥500, ¥200; the 4th gets nothing
    ({"a": 300_000, "b": 200_000, "c": 100_000, "d": 50_000},
     {"a": "1000", "b": "500", "c": "200"}),
    # a and b tie for 1st: they share places 1–2 = (1000 + 500) ÷ 2 = 750 each; c is 3rd
    ({"a": 300_000, "b": 300_000, "c": 100_000}, {"a": "750", "b": "750", "c": "200"}),
    # b, c, d tie for 2nd: places 2–4, but only 2 and 3 have prizes: (500 + 200) ÷ 3 =
    # 233.333… → 23,333 fen each, the 1 fen left to the first id (b): 233.34 + 233.33 × 2 = 700
    ({"a": 300_000, "b": 200_000, "c": 200_000, "d": 200_000},
     {"a": "1000", "b": "233.34", "c": "233.33", "d": "233.33"}),
    # c and d tie for 3rd: places 3–4 share the one prize 200 → 100 each
    ({"a": 300_000, "b": 200_000, "c": 100_000, "d": 100_000},
     {"a": "1000", "b": "500", "c": "100", "d": "100"}),
    # everyone tied: places 1–3 = ¥1,700 = 170,000 fen ÷ 3 = 56,666 r 2: the first two ids get
    # one fen more → 566.67, 566.67, 566.66
    ({"a": 1, "b": 1, "c": 1}, {"a": "566.67", "b": "566.67", "c": "566.66"}),
    # nothing signed, no prize: only a (a positive value) is ranked
    ({"a": 100_000, "b": 0}, {"a": "1000"}),
    # nobody sold anything: no champion
    ({"a": 0, "b": 0}, {}),
])
def test_ranking_by_amount_prizes_and_ties(amounts, expected):
    f = facts({JUNE: {p: signed(p, y) for p, y in amounts.items()}},
              [person(p) for p in amounts])
    rule = D.RankingAward("champ", prizes=PRIZES)
    lines = ranking(rule, ctx(f, JUNE, list(amounts)))
    assert paid(lines) == dec(expected)
    # the prizes of the places taken are paid exactly, never more
    taken = min(len([a for a in amounts.values() if a > 0]), 3)
    if expected:
        assert sum(paid(lines).values()) == sum(PRIZES[:taken])
    assert all(line.kind == LineKind.BONUS and line.rule_id == "champ" for line in lines)


@pytest.mark.parametrize(("gate", "expected"), [
    # a 300k of 400k = 75 %, b 200k of 200k = 100 %, c 100k without target, d 160k of 200k =
    # 80 %. Gate 0: everyone with a value ranks: a 1000, b 500, d 200 (c 100k is 4th)
    ("0", {"a": "1000", "b": "500", "d": "200"}),
    # gate 80: a (75 %) and c (no target) are out; b 1st, d at exactly 80 % is in, 2nd
    ("80", {"b": "1000", "d": "500"}),
    # gate 80.01: d (80.00 %) is out too
    ("80.01", {"b": "1000"}),
    # gate 100.01: nobody
    ("100.01", {}),
])
def test_ranking_min_attainment_gate(gate, expected):
    f = facts({JUNE: {"a": signed("a", 300_000, target=400_000),
                      "b": signed("b", 200_000, target=200_000),
                      "c": signed("c", 100_000),
                      "d": signed("d", 160_000, target=200_000)}},
              [person(p) for p in "abcd"])
    rule = D.RankingAward("champ", prizes=PRIZES, min_attainment_pct=Decimal(gate))
    assert paid(ranking(rule, ctx(f, JUNE, list("abcd")))) == dec(expected)


def test_ranking_by_attainment_leaves_out_who_has_no_target():
    # a 150k of 100k = 150 %, b 300k of 250k = 120 %, c 900k without a target: not ranked
    f = facts({JUNE: {"a": signed("a", 150_000, target=100_000),
                      "b": signed("b", 300_000, target=250_000), "c": signed("c", 900_000)}},
              [person(p) for p in "abc"])
    rule = D.RankingAward("champ", prizes=PRIZES, measure=D.Measure.ATTAINMENT)
    lines = ranking(rule, ctx(f, JUNE, list("abc")))
    assert paid(lines) == dec({"a": "1000", "b": "500"})
    assert lines[0].text() == ("2026-06 月度冠军: 签约额 ¥150,000.00 ÷ ¥100,000.00 = 150 %, "
                               "place 1 of 2 = ¥1,000.00")
    assert ("target", "a/signed_amount/2026-06", fen(100_000)) in lines[0].trace
    assert ("contract", "k-a", fen(150_000)) in lines[0].trace


def test_ranking_only_ranks_the_schemes_people_and_explains_a_tie():
    # z (not on the scheme) signed most; a and b tie and share places 1–2: (1000 + 500) ÷ 2
    f = facts({JUNE: {"z": signed("z", 900_000), "a": signed("a", 100_000),
                      "b": signed("b", 100_000)}}, [person(p) for p in "zab"])
    lines = ranking(D.RankingAward("champ", prizes=PRIZES), ctx(f, JUNE, ["a", "b"]))
    assert paid(lines) == dec({"a": "750", "b": "750"})
    assert lines[0].text() == ("2026-06 月度冠军: 签约额 ¥100,000.00, 2 people tied for places "
                               "1–2 of 2 and share those places' prizes: (¥1,000.00 + ¥500.00) "
                               "÷ 2 = ¥750.00")


# -- most improved -------------------------------------------------------------------------

def _improved_facts(now: dict[str, tuple[int, int | None]],
                    before: dict[str, tuple[int, int | None]]):
    """(actual yuan, target yuan or None) per person, now (June) and before (May)."""
    people = sorted(set(now) | set(before))
    return facts({JUNE: {p: signed(p, a, target=t) for p, (a, t) in now.items()},
                  MAY: {p: signed(p, a, target=t) for p, (a, t) in before.items()}},
                 [person(p) for p in people])


@pytest.mark.parametrize(("now", "before", "gate", "expected"), [
    # a 90 % → 120 % (+30 points), b 60 % → 100 % (+40): b wins ¥1,000
    ({"a": (120, 100), "b": (100, 100)}, {"a": (90, 100), "b": (60, 100)}, "0",
     {"b": "1000"}),
    # a and b both +40: they share 1000 ÷ 2 = 500
    ({"a": (140, 100), "b": (100, 100)}, {"a": (100, 100), "b": (60, 100)}, "0",
     {"a": "500", "b": "500"}),
    # c had no target in May (200 % now, would rise most): not compared; a +30 wins
    ({"a": (120, 100), "c": (200, 100)}, {"a": (90, 100), "c": (50, None)}, "0",
     {"a": "1000"}),
    # c has no target now: not compared either
    ({"a": (120, 100), "c": (200, None)}, {"a": (90, 100), "c": (50, 100)}, "0",
     {"a": "1000"}),
    # c had no facts at all in May (joined in June): not compared
    ({"a": (120, 100), "c": (200, 100)}, {"a": (90, 100)}, "0", {"a": "1000"}),
    # everyone fell: no award
    ({"a": (80, 100), "b": (50, 100)}, {"a": (90, 100), "b": (60, 100)}, "0", {}),
    # the gate 100: b (+40) reached only 99 % now → out; a (+30, 120 %) wins
    ({"a": (120, 100), "b": (99, 100)}, {"a": (90, 100), "b": (59, 100)}, "100",
     {"a": "1000"}),
    # the gate 100 with b at exactly 100 %: b (+40) is in and wins
    ({"a": (120, 100), "b": (100, 100)}, {"a": (90, 100), "b": (60, 100)}, "100",
     {"b": "1000"}),
    # a rise measured on different targets: a 50/100 = 50 % → 150/200 = 75 % (+25),
    # b 100/50 = 200 % → 210/100 = 210 % (+10): a wins
    ({"a": (150, 200), "b": (210, 100)}, {"a": (50, 100), "b": (100, 50)}, "0",
     {"a": "1000"}),
])
def test_most_improved(now, before, gate, expected):
    f = _improved_facts(now, before)
    rule = D.MostImproved("up", amount=Decimal(1000), min_attainment_pct=Decimal(gate))
    members = sorted(set(now) | set(before))
    assert paid(most_improved(rule, ctx(f, JUNE, members))) == dec(expected)


def test_most_improved_three_way_tie_adds_up_and_explains():
    # +10 points each; ¥100 ÷ 3 = 3,333 fen r 1 → a 33.34, b 33.33, c 33.33
    f = _improved_facts({p: (110, 100) for p in "abc"}, {p: (100, 100) for p in "abc"})
    lines = most_improved(D.MostImproved("up", amount=Decimal(100)),
                          ctx(f, JUNE, list("abc")))
    assert paid(lines) == dec({"a": "33.34", "b": "33.33", "c": "33.33"})
    assert lines[0].text() == ("2026-06 进步最快奖: 签约额 attainment 110 % against 100 % in "
                               "2026-05, up 10 points, the largest rise, shared by 3 people: "
                               "¥100.00 ÷ 3 + ¥0.01 = ¥33.34")


def test_most_improved_compares_the_previous_quarter_in_a_quarterly_run():
    # Q1 2026's previous period is Q4 2025: a 50 % → 100 %
    f = facts({"2026-Q1": {"a": signed("a", 100, target=100)},
               "2025-Q4": {"a": signed("a", 50, target=100)}}, [person("a")])
    lines = most_improved(D.MostImproved("up", amount=Decimal(300), grain=D.Grain.QUARTER),
                          ctx(f, "2026-Q1", ["a"]))
    assert paid(lines) == dec({"a": "300"})
    assert lines[0].params["previous"] == "2025-Q4" and lines[0].params["rise"] == "50"


# -- team award ----------------------------------------------------------------------------

def _team(east: Mapping[str, float], target_yuan: float | None, *,
          west: Mapping[str, float] | None = None, west_target: float | None = None):
    people = [person(p) for p in east] + [person(p, "west") for p in (west or {})]
    period = {p: signed(p, y) for p, y in {**east, **(west or {})}.items()}
    unit_targets: dict[str, dict[str, TargetCell]] = {}
    if target_yuan is not None:
        unit_targets["east"] = {"signed_amount": TargetCell(0, fen(target_yuan), 0)}
    if west_target is not None:
        unit_targets["west"] = {"signed_amount": TargetCell(0, fen(west_target), 0)}
    return facts({JUNE: period}, people, {JUNE: unit_targets})


@pytest.mark.parametrize(("actuals", "threshold", "share", "weights", "expected"), [
    # 50k + 30k + 20k = 100k of 100k = 100 % ≥ 100: ¥1,000 equally: 100,000 fen ÷ 3 = 33,333
    # r 1 → a 333.34, b 333.33, c 333.33
    ({"a": 50_000, "b": 30_000, "c": 20_000}, "100", "equal", {},
     {"a": "333.34", "b": "333.33", "c": "333.33"}),
    # 99,990 of 100,000 = 99.99 % < 100: nothing
    ({"a": 50_000, "b": 30_000, "c": 19_990}, "100", "equal", {}, {}),
    # the same 99.99 % against a threshold of 99.99: reached
    ({"a": 50_000, "b": 30_000, "c": 19_990}, "99.99", "equal", {},
     {"a": "333.34", "b": "333.33", "c": "333.33"}),
    # by contribution: 1000 × 60,000 ÷ 100,001 = 599.994 → 599.99; 1000 × 30,000 ÷ 100,001 =
    # 299.997 → 299.99; 1000 × 10,001 ÷ 100,001 = 100.009 → 100.00; 999.98 paid, the 2 fen left
    # go to the largest contributor a: 600.01
    ({"a": 60_000, "b": 30_000, "c": 10_001}, "100", "contribution", {},
     {"a": "600.01", "b": "299.99", "c": "100"}),
    # by contribution, c sold nothing: a 70 %, b 30 % of the pool, c 0
    ({"a": 70_000, "b": 30_000, "c": 0}, "100", "contribution", {},
     {"a": "700", "b": "300", "c": "0"}),
    # by weights a 2, b 1, c not named (0): 100,000 × 2 ÷ 3 = 66,666.67 → 66,666; 33,333;
    # 1 fen left to the largest weight a → 666.67, 333.33, 0
    ({"a": 50_000, "b": 30_000, "c": 20_000}, "100", "weights", {"a": "2", "b": "1"},
     {"a": "666.67", "b": "333.33", "c": "0"}),
])
def test_team_award_shares(actuals, threshold, share, weights, expected):
    f = _team(actuals, 100_000)
    rule = D.TeamAward("team", unit_ids=("east",), threshold_pct=Decimal(threshold),
                       pool=Decimal(1000), share=D.Share(share),
                       weights={k: Decimal(v) for k, v in weights.items()})
    lines = team_award(rule, ctx(f, JUNE, list(actuals)))
    assert paid(lines) == dec(expected)
    if expected:
        assert sum(paid(lines).values()) == Decimal(1000)


@pytest.mark.parametrize("pool", ["0.01", "0.02", "1", "999.99", "1000", "12345.67"])
@pytest.mark.parametrize("share", ["equal", "contribution", "weights"])
def test_team_award_shares_add_up_to_the_pool_exactly(pool, share):
    # seven people with awkward amounts and weights
    actuals = {f"p{i}": 10_000 + 1_237 * i for i in range(7)}
    f = _team(actuals, 10_000)
    rule = D.TeamAward("team", unit_ids=("east",), pool=Decimal(pool), share=D.Share(share),
                       weights={f"p{i}": Decimal(i + 1) / 3 for i in range(7)})
    lines = team_award(rule, ctx(f, JUNE, list(actuals)))
    assert len(lines) == 7
    assert sum(line.amount for line in lines) == Decimal(pool)


def test_team_award_counts_everyone_in_the_unit_but_pays_only_the_scheme():
    # d (east, on another scheme) sold 40k: the unit made 30k + 30k + 40k = 100k = 100 %;
    # only a and b are paid: ¥1,000 ÷ 2
    f = _team({"a": 30_000, "b": 30_000, "d": 40_000}, 100_000)
    lines = team_award(D.TeamAward("team", pool=Decimal(1000)), ctx(f, JUNE, ["a", "b"]))
    assert paid(lines) == dec({"a": "500", "b": "500"})
    assert lines[0].text() == ("2026-06 团队达标奖: 华东一组 reached 签约额 ¥100,000.00 ÷ "
                               "¥100,000.00 = 100 % (threshold 100 %); the pool shared equally "
                               "by 2 people: ¥1,000.00 ÷ 2 = ¥500.00")
    assert lines[0].trace[0] == ("target", "east/signed_amount/2026-06", fen(100_000))


def test_team_award_by_contribution_when_the_sharers_contributed_nothing_is_equal():
    # only d (not on the scheme) sold; a and b contributed 0 each → shared equally
    f = _team({"a": 0, "b": 0, "d": 100_000}, 100_000)
    rule = D.TeamAward("team", pool=Decimal(1000), share=D.Share.CONTRIBUTION)
    assert paid(team_award(rule, ctx(f, JUNE, ["a", "b"]))) == dec({"a": "500", "b": "500"})


def test_team_award_each_unit_on_its_own_target_and_none_without_one():
    # no unit named: the units the scheme's people sit in, east and west.
    # east 100k of 100k reached → a; west 80k of 100k = 80 % missed → w gets nothing
    f = _team({"a": 100_000}, 100_000, west={"w": 80_000}, west_target=100_000)
    rule = D.TeamAward("team", pool=Decimal(600))
    assert paid(team_award(rule, ctx(f, JUNE, ["a", "w"]))) == dec({"a": "600"})
    # west without a target: takes no part even with a big actual
    f = _team({"a": 100_000}, 100_000, west={"w": 900_000})
    assert paid(team_award(rule, ctx(f, JUNE, ["a", "w"]))) == dec({"a": "600"})
    # and the parent unit named (everyone below it counts: 100k + 900k of 150k: reached)
    f = facts(f.periods, list(f.people.values()),
              {JUNE: {"co": {"signed_amount": TargetCell(0, fen(150_000), 0)}}})
    rule = D.TeamAward("team", unit_ids=("co",), pool=Decimal(600))
    assert paid(team_award(rule, ctx(f, JUNE, ["a", "w"]))) == dec({"a": "300", "w": "300"})


# -- team PK -------------------------------------------------------------------------------

def _pk(east: Mapping[str, float], west: Mapping[str, float], east_target: float | None = 100_000,
        west_target: float | None = 100_000):
    return _team(east, east_target, west=west, west_target=west_target)


@pytest.mark.parametrize(("east", "west", "measure", "pool", "expected"), [
    # amounts: east 500k against west 400k → east's a1, a2 share ¥3,000 → 1,500 each
    ({"a1": 300_000, "a2": 200_000}, {"w1": 400_000}, "amount", "3000",
     {"a1": "1500", "a2": "1500"}),
    # attainment: east 500k of 1,000k = 50 % against west 400k of 500k = 80 % → west
    ({"a1": 300_000, "a2": 200_000}, {"w1": 400_000}, "attainment", "3000", {"w1": "3000"}),
    # one fen more for east: east wins
    ({"a1": 300_000, "a2": 100_000.01}, {"w1": 400_000}, "amount", "3000",
     {"a1": "1500", "a2": "1500"}),
    # a tie (400k each): ¥1,000.01 = 100,001 fen; east (A) takes 50,001, west 50,000;
    # east's two: 25,001 + 25,000; west's three: 16,667 + 16,667 + 16,666
    ({"a1": 200_000, "a2": 200_000}, {"w1": 100_000, "w2": 150_000, "w3": 150_000}, "amount",
     "1000.01", {"a1": "250.01", "a2": "250", "w1": "166.67", "w2": "166.67", "w3": "166.66"}),
    # nobody sold anything: no PK is paid
    ({"a1": 0}, {"w1": 0}, "amount", "3000", {}),
])
def test_team_pk(east, west, measure, pool, expected):
    targets = {"amount": (100_000, 100_000), "attainment": (1_000_000, 500_000)}[measure]
    f = _pk(east, west, *targets)
    rule = D.TeamPK("pk", unit_a="east", unit_b="west", measure=D.Measure(measure),
                    pool=Decimal(pool))
    lines = team_pk(rule, ctx(f, JUNE, [*east, *west]))
    assert paid(lines) == dec(expected)
    if expected:
        assert sum(paid(lines).values()) == Decimal(pool)


def test_team_pk_on_attainment_without_a_target_pays_nothing():
    f = _pk({"a1": 300_000}, {"w1": 100_000}, west_target=None)
    rule = D.TeamPK("pk", unit_a="east", unit_b="west", pool=Decimal(3000))
    assert team_pk(rule, ctx(f, JUNE, ["a1", "w1"])) == []


def test_team_pk_winner_shares_by_contribution_and_the_line_says_so():
    # east 75k + 25k = 100k against west 90k; ¥2,000 by contribution: 1,500 and 500
    f = _pk({"a1": 75_000, "a2": 25_000}, {"w1": 90_000})
    rule = D.TeamPK("pk", unit_a="east", unit_b="west", measure=D.Measure.AMOUNT,
                    pool=Decimal(2000), share=D.Share.CONTRIBUTION)
    lines = team_pk(rule, ctx(f, JUNE, ["a1", "a2", "w1"]))
    assert paid(lines) == dec({"a1": "1500", "a2": "500"})
    assert lines[0].text() == ("2026-06 团队PK: 华东一组 签约额 ¥100,000.00 against 华西一组 "
                               "签约额 ¥90,000.00, 华东一组 won; the pool shared by "
                               "contribution, ¥75,000.00 of ¥100,000.00: ¥2,000.00 × "
                               "¥75,000.00 ÷ ¥100,000.00 = ¥1,500.00")


# -- mentoring -----------------------------------------------------------------------------

@pytest.mark.parametrize(("actual", "target", "amount", "expected", "capped"), [
    (80, 100, "1000", "800", False),  # 80 % × 1000
    (120, 100, "1000", "1200", False),  # exactly the cap: 120 %
    (120.01, 100, "1000", "1200", True),  # 120.01 % capped at 120 %
    (150, 100, "1000", "1200", True),  # capped
    (0, 100, "1000", "0", False),  # nothing signed: 0 %
    (-10, 100, "1000", "0", False),  # refunds: never below 0
    # 1 ÷ 3 = 33.33 %; 1.5 × 33.33 % = 0.49995 → 0.50 half up
    (1, 3, "1.5", "0.5", False),
    # 1 × 33.33 % = 0.3333 → 0.33
    (1, 3, "1", "0.33", False),
])
def test_mentoring_pays_the_novices_attainment_capped(actual, target, amount, expected,
                                                      capped):
    f = facts({JUNE: {"n": signed("n", actual, target=target)}},
              [person("m"), person("n", name="小新")])
    rule = D.Mentoring("mentor", pairs=(D.Pair("m", "n"),), amount=Decimal(amount),
                       cap_pct=Decimal(120))
    lines = mentoring(rule, ctx(f, JUNE, ["m"]))
    assert [(line.person_id, line.kind, line.amount) for line in lines] == [
        ("m", LineKind.MENTORING, Decimal(expected))]
    assert ("capped at 120 %" in lines[0].text()) == capped


def test_mentoring_without_a_target_pays_nothing_and_says_why():
    f = facts({JUNE: {"n": signed("n", 50_000)}}, [person("m"), person("n", name="小新")])
    rule = D.Mentoring("mentor", pairs=(D.Pair("m", "n"),), amount=Decimal(1000))
    lines = mentoring(rule, ctx(f, JUNE, ["m", "n"]))
    assert [(line.person_id, line.amount) for line in lines] == [("m", Decimal("0.00"))]
    assert lines[0].text() == "2026-06 老带新奖: 小新 had no 签约额 target, so nothing is paid"


def test_mentoring_pays_only_mentors_on_the_scheme_and_explains():
    # x mentors n too but is not on this scheme; the novice n need not be on it
    f = facts({JUNE: {"n": signed("n", 90_000, target=100_000)}},
              [person("m"), person("x"), person("n", name="小新")])
    rule = D.Mentoring("mentor", pairs=(D.Pair("m", "n"), D.Pair("x", "n")),
                       amount=Decimal(2000))
    lines = mentoring(rule, ctx(f, JUNE, ["m"]))
    assert paid(lines) == dec({"m": "1800"})  # 2000 × 90 %
    assert lines[0].text() == ("2026-06 老带新奖: 小新's 签约额 attainment 90 % (¥90,000.00 ÷ "
                               "¥100,000.00) × ¥2,000.00 = ¥1,800.00")
    assert ("target", "n/signed_amount/2026-06", fen(100_000)) in lines[0].trace


# -- through the engine --------------------------------------------------------------------

def test_a_quarterly_star_pays_in_the_quarterly_run_only():
    document = D.parse({"assign": {"roles": ["rep"]}, "rules": [
        {"kind": "ranking", "id": "star", "grain": "quarter", "title": "季度之星",
         "prizes": ["5000"]},
        {"kind": "ranking", "id": "champ", "prizes": ["1000"]}]})
    scheme = SchemeInUse("v1", "s1", "销售方案", 1, date(2026, 1, 1), document)
    f = facts({"2026-06": {"a": signed("a", 100), "b": signed("b", 200)},
               "2026-Q2": {"a": signed("a", 900), "b": signed("b", 200)}},
              [person("a"), person("b")])
    month = evaluate("2026-06", f, [scheme])
    assert [(x.rule_id, x.person_id, x.amount) for x in month] == [
        ("champ", "b", Decimal("1000.00"))]
    quarter = evaluate("2026-Q2", f, [scheme])
    assert [(x.rule_id, x.person_id, x.amount) for x in quarter] == [
        ("star", "a", Decimal("5000.00"))]
    assert quarter[0].scheme_version_id == "v1"
    assert evaluate("2026-Q2", f, [scheme]) == quarter  # the same facts, the same lines


def test_most_improved_needs_facts_for_the_previous_period():
    # a quarterly run must be given the previous quarter: without it nobody had a target then
    f = facts({"2026-Q2": {"a": signed("a", 100, target=100)}}, [person("a")])
    rule = D.MostImproved("up", amount=Decimal(100), grain=D.Grain.QUARTER)
    assert most_improved(rule, ctx(f, "2026-Q2", ["a"])) == []


# -- explanations in Chinese ---------------------------------------------------------------

def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


@pytest.mark.parametrize("template", [*bonuses.TEMPLATES, *scorecard.TEMPLATES])
def test_every_explanation_has_a_chinese_translation_with_the_same_fields(template):
    zh = Catalogue("zh_CN")
    assert zh.has("PayoutLines", template)
    assert _fields(zh.translate("PayoutLines", template)) == _fields(template)


def test_a_tied_ranking_line_reads_in_chinese():
    f = facts({JUNE: {"a": signed("a", 100_000), "b": signed("b", 100_000)}},
              [person("a"), person("b")])
    line = ranking(D.RankingAward("champ", prizes=PRIZES), ctx(f, JUNE, ["a", "b"]))[0]
    text = fill(line.template, Catalogue("zh_CN").translate("PayoutLines", line.template),
                line.params)
    assert text == ("2026-06 月度冠军：签约额 ¥100,000.00，2 人并列第 1–2 名（共 2 人），"
                    "平分这些名次的奖金：(¥1,000.00 + ¥500.00) ÷ 2 = ¥750.00")
