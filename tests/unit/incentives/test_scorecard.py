"""The scorecard (绩效考核): weighted scores, bands at every boundary, metrics without a target,
and its coefficient over the bonus lines — alone and after a champion and a team award."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import cast

import pytest

from models.incentives import LineKind
from services.incentives import doc as D
from services.incentives.engine import SchemeInUse, evaluate
from services.incentives.facts import TargetCell
from services.incentives.lines import LineDraft
from services.incentives.rules.scorecard import band_of, scorecard
from tests.unit.incentives.bonus_builders import ctx, dec, facts, fen, paid, person, signed

JUNE = "2026-06"
BANDS = (D.Band(Decimal(0), Decimal(0)), D.Band(Decimal(60), Decimal("0.8")),
         D.Band(Decimal(80), Decimal(1)), D.Band(Decimal(100), Decimal("1.2")))
RULES_DOC = {"rules": [
    {"kind": "ranking", "id": "champ", "prizes": ["1000"]},
    {"kind": "team_award", "id": "team", "grain": "month", "pool": "1000"},
    {"kind": "mentoring", "id": "mentor", "amount": "500", "pairs": []},
    {"kind": "scorecard", "id": "kpi", "roles": ["rep"],
     "metrics": [{"metric": "signed_amount", "weight_pct": "60"},
                 {"metric": "visits", "weight_pct": "40", "target": "20"}],
     "bands": [{"from_score": "0", "coefficient": "0"},
               {"from_score": "60", "coefficient": "0.8"},
               {"from_score": "80", "coefficient": "1"},
               {"from_score": "100", "coefficient": "1.2"}]}]}
DOC = D.parse(RULES_DOC)
KPI = cast(D.Scorecard, DOC.rule("kpi"))


def _bonus(pid: str, yuan: str, rule_id: str = "champ", kind: LineKind = LineKind.BONUS
           ) -> LineDraft:
    return LineDraft(pid, kind, rule_id, Decimal(yuan), "x")


def _one_metric_card(cap: str = "120") -> D.Scorecard:
    """签约额 alone (weight 100) against a fixed ¥1,000: the score is the ratio in %."""
    return D.Scorecard("kpi", metrics=(D.ScoreMetric("signed_amount", Decimal(100),
                                                     Decimal(1000), Decimal(cap)),),
                       bands=BANDS)


@pytest.mark.parametrize(("signed_yuan", "score", "coefficient", "amount"), [
    # the score is signed ÷ ¥1,000 in % (one place); the bonus is ¥1,000; the line is
    # (coefficient − 1) × 1000
    ("0", "0", "0", "-1000"),  # band 0–60 → 0: the bonus is taken back whole
    ("599", "59.9", "0", "-1000"),
    ("599.4", "59.9", "0", "-1000"),  # 59.94 → 59.9: still below 60
    ("599.5", "60", "0.8", "-200"),  # 59.95 → 60.0 (half up): the shown score picks the band
    ("600", "60", "0.8", "-200"),  # at 60 exactly: 0.8
    ("799", "79.9", "0.8", "-200"),
    ("800", "80", "1", "0"),  # at 80: 1.0, no change
    ("999", "99.9", "1", "0"),
    ("1000", "100", "1.2", "200"),  # at 100: 1.2 → +¥200
    ("1001", "100.1", "1.2", "200"),
    ("1500", "120", "1.2", "200"),  # 150 % capped at 120 %
])
def test_scorecard_bands_at_every_boundary(signed_yuan, score, coefficient, amount):
    f = facts({JUNE: {"a": signed("a", signed_yuan)}}, [person("a")])
    lines = scorecard(_one_metric_card(), ctx(f, JUNE, ["a"], (_bonus("a", "1000"),), DOC))
    assert [(x.person_id, x.kind, x.rule_id) for x in lines] == [
        ("a", LineKind.COEFFICIENT, "kpi")]
    assert lines[0].params["score"] == score
    assert Decimal(lines[0].params["coefficient"]) == Decimal(coefficient)
    assert lines[0].amount == Decimal(amount)


@pytest.mark.parametrize(("score", "expected"), [
    ("-1", ("0", "< 0")),  # (cannot happen: ratios are never below 0) below every band
    ("0", ("0", "0–60")), ("59.9", ("0", "0–60")), ("60", ("0.8", "60–80")),
    ("80", ("1", "80–100")), ("100", ("1.2", "≥ 100")), ("250", ("1.2", "≥ 100")),
])
def test_band_of(score, expected):
    coefficient, band = band_of(BANDS, Decimal(score))
    assert (coefficient, band) == (Decimal(expected[0]), expected[1])


def test_a_score_below_every_band_gets_coefficient_0():
    bands = (D.Band(Decimal(60), Decimal("0.8")), D.Band(Decimal(100), Decimal("1.2")))
    assert band_of(bands, Decimal("59.9")) == (Decimal(0), "< 60")
    assert band_of(bands, Decimal("60")) == (Decimal("0.8"), "60–100")


def _card_facts(signed_yuan: float | None, target_yuan: float | None, visits: int,
                role: str = "rep"):
    """签约额 against the tree's target (weight 60) and 拜访数 against a fixed 20 (weight 40)."""
    return facts({JUNE: {"a": signed("a", signed_yuan or 0, target=target_yuan,
                                     visits=visits)}}, [person("a", role=role)])


def test_the_explanation_gives_each_metric_its_weight():
    # 签约额 92k of 100k = 92 % × 60 % = 55.2; 拜访数 20 of 20 = 100 % × 40 % = 40 → 95.2 → 1.0
    f = _card_facts(92_000, 100_000, 20)
    lines = scorecard(KPI, ctx(f, JUNE, ["a"], (_bonus("a", "1000"),), DOC))
    assert lines[0].text() == ("2026-06 绩效考核: 签约额 92 % × 60 % + 拜访数 100 % × 40 % = "
                               "95.2 points, band 80–100 → coefficient 1.0; bonuses ¥1,000.00 "
                               "× (1.0 − 1) = ¥0.00")
    # the tree's target is traced; the fixed one is the rule's own
    assert lines[0].trace == (("target", "a/signed_amount/2026-06", fen(100_000)),)


@pytest.mark.parametrize(("signed_yuan", "target", "visits", "score", "amount"), [
    # 150 % capped at 120 % × 60 % = 72 + 拜访 100 % × 40 % = 40 → 112 → 1.2: +¥200
    (150_000, 100_000, 20, "112", "200"),
    # 50 % × 60 % = 30 + 10/20 = 50 % × 40 % = 20 → 50 → 0: −¥1,000
    (50_000, 100_000, 10, "50", "-1000"),
    # 70 % × 60 % = 42 + 45 % × 40 % = 18 → 60 → 0.8: −¥200
    (70_000, 100_000, 9, "60", "-200"),
    # refunds: −10k of 100k is a ratio below 0, counted as 0 %: 0 + 40 → 40 → 0
    (-10_000, 100_000, 20, "40", "-1000"),
    # 拜访 30 of 20 = 150 % capped at 120 % × 40 % = 48 + 签约 100 % × 60 % = 60 → 108 → 1.2
    (100_000, 100_000, 30, "108", "200"),
])
def test_weighted_scores_and_caps(signed_yuan, target, visits, score, amount):
    f = _card_facts(signed_yuan, target, visits)
    lines = scorecard(KPI, ctx(f, JUNE, ["a"], (_bonus("a", "1000"),), DOC))
    assert (lines[0].params["score"], lines[0].amount) == (score, Decimal(amount))


def test_a_metric_without_a_target_is_left_out_and_named():
    # no 签约额 target: only 拜访数 scores, 20 of 20 = 100 % × 40 % = 40, scaled ÷ 40 % → 100
    # → 1.2 (not 40 → 0, and not a free 60 points)
    f = _card_facts(92_000, None, 20)
    lines = scorecard(KPI, ctx(f, JUNE, ["a"], (_bonus("a", "500"),), DOC))
    assert lines[0].amount == Decimal("100.00")  # 500 × (1.2 − 1)
    assert lines[0].text() == ("2026-06 绩效考核: (拜访数 100 % × 40 %) ÷ 40 % = 100 points "
                               "(签约额 had no target or no result and is left out, the other "
                               "weights scaled up), band ≥ 100 → coefficient 1.2; bonuses "
                               "¥500.00 × (1.2 − 1) = ¥100.00")


def test_no_metric_scored_leaves_the_bonuses_as_they_are():
    # a satisfaction-only scorecard and no ticket closed: no result at all
    card = D.Scorecard("kpi", metrics=(D.ScoreMetric("satisfaction", Decimal(100),
                                                     Decimal("4.5")),), bands=BANDS)
    f = facts({JUNE: {"a": signed("a", 1000)}}, [person("a")])
    lines = scorecard(card, ctx(f, JUNE, ["a"], (_bonus("a", "1000"),), DOC))
    assert [(x.amount, x.text()) for x in lines] == [(Decimal("0.00"), (
        "2026-06 绩效考核: no metric could be scored (满意度 had no target or no result), so "
        "the bonuses stay as they are = ¥0.00"))]


@pytest.mark.parametrize(("metric", "target", "extra", "ratio"), [
    # satisfaction: the average score × 100 = 405 against 4.5 → 450: 90 %
    ("satisfaction", "4.5", {"satisfaction": 405}, "90 %"),
    # conversion: 3 won of 10 closed = 30.00 % (3,000 bp) against 30 → 3,000 bp: 100 %
    ("conversion_rate", "30", {"won": 3, "lost": 7}, "100 %"),
    # collection rate 8,500 bp against 85 %: 100 %
    ("collection_rate", "85", {"collection_rate_bp": 8_500}, "100 %"),
    # a count: 12 follow-ups against 16: 75 %
    ("followups", "16", {"followups": 12}, "75 %"),
    # money: ¥45,000 against ¥50,000: 90 %
    ("signed_amount", "50000", {}, "90 %"),
])
def test_fixed_targets_are_written_in_the_metrics_own_unit(metric, target, extra, ratio):
    card = D.Scorecard("kpi", metrics=(D.ScoreMetric(metric, Decimal(100), Decimal(target)),),
                       bands=BANDS)
    f = facts({JUNE: {"a": signed("a", 45_000, **extra)}}, [person("a")])
    lines = scorecard(card, ctx(f, JUNE, ["a"], (), DOC))
    assert lines[0].params["breakdown"].split(" × ")[0].endswith(ratio)


def test_only_bonus_lines_of_the_person_count_and_everyone_gets_a_line():
    # a: a champion ¥1,000 and a team award ¥300 count (1,300); a commission, a mentoring
    # line and b's bonus do not. Score 112 → 1.2 → 1,300 × 0.2 = ¥260.
    # b: no bonus of their own → a ¥0.00 line that still shows the score.
    # m (a manager) is not in the scorecard's roles: no line.
    f = facts({JUNE: {"a": signed("a", 150_000, target=100_000, visits=20),
                      "b": signed("b", 50_000, target=100_000, visits=10),
                      "m": signed("m", 10, target=100_000)}},
              [person("a"), person("b"), person("m", role="manager")])
    made = (_bonus("a", "1000"), _bonus("a", "300", "team"),
            _bonus("a", "5000", "commission", LineKind.COMMISSION),
            _bonus("a", "400", "mentor", LineKind.MENTORING), _bonus("b", "0.00", "team"))
    lines = scorecard(KPI, ctx(f, JUNE, ["a", "b", "m"], made, DOC))
    assert [(x.person_id, x.amount, x.params["score"]) for x in lines] == [
        ("a", Decimal("260.00"), "112"), ("b", Decimal("0.00"), "50")]
    assert lines[1].text().endswith("bonuses ¥0.00 × (0.0 − 1) = ¥0.00")


def test_coefficient_over_a_champion_and_a_team_award_through_the_engine():
    document = D.parse({**RULES_DOC, "assign": {"roles": ["rep"]}})
    scheme = SchemeInUse("v1", "s1", "销售方案", 1, date(2026, 1, 1), document)
    # east's target 300k; a 150k + b 80k + c 70k = 300k = 100 % → the ¥1,000 pool: 333.34,
    # 333.33, 333.33. a signed most → champion ¥1,000.
    # a: 150 % → 120 % × 60 % = 72 + 拜访 20/20 × 40 % = 40 → 112 → 1.2:
    #    bonuses 1,333.34 × 0.2 = 266.668 → ¥266.67
    # b: 80 % × 60 % = 48 + 10/20 = 50 % × 40 % = 20 → 68 → 0.8: 333.33 × −0.2 = −66.666 →
    #    −¥66.67 (half up on the magnitude)
    # c: 70 % × 60 % = 42 + 0 → 42 → 0: 333.33 × −1 = −¥333.33
    f = facts({JUNE: {"a": signed("a", 150_000, target=100_000, visits=20),
                      "b": signed("b", 80_000, target=100_000, visits=10),
                      "c": signed("c", 70_000, target=100_000)}},
              [person("a"), person("b"), person("c")],
              {JUNE: {"east": {"signed_amount": TargetCell(0, fen(300_000), 0)}}})
    lines = evaluate(JUNE, f, [scheme])
    assert [(x.rule_id, x.person_id, x.amount) for x in lines] == [
        ("champ", "a", Decimal("1000.00")),
        ("team", "a", Decimal("333.34")), ("team", "b", Decimal("333.33")),
        ("team", "c", Decimal("333.33")),
        ("kpi", "a", Decimal("266.67")), ("kpi", "b", Decimal("-66.67")),
        ("kpi", "c", Decimal("-333.33")),
    ]
    assert paid(lines) == dec({"a": "1600.01", "b": "266.66", "c": "0"})
    assert evaluate(JUNE, f, [scheme]) == lines  # the same facts, the same lines


def test_the_coefficient_scales_milestones_and_prizes_but_not_commission():
    document = D.parse({"assign": {"roles": ["rep"]}, "rules": [
        {"kind": "commission", "id": "comm", "base": "signed", "target_metric": "signed_amount",
         "tiers": [{"from_pct": "0", "rate_pct": "5"}]},
        {"kind": "milestone", "id": "steps", "steps": [{"at_pct": "100", "amount": "800"}]},
        {"kind": "ranking", "id": "champ", "prizes": ["1000"]},
        RULES_DOC["rules"][-1]]})
    scheme = SchemeInUse("v1", "s1", "销售方案", 1, date(2026, 1, 1), document)
    # a signed 150k of 100k (150 %), 20 visits: commission 150,000 × 5 % = 7,500 (no
    # coefficient); the 100 % step ¥800 and the champion's ¥1,000 are bonuses: 1,800.
    # Score min(150, 120) × 60 % + 100 % × 40 % = 112 → 1.2 → 1,800 × 0.2 = ¥360
    f = facts({JUNE: {"a": signed("a", 150_000, target=100_000, visits=20)}}, [person("a")])
    lines = evaluate(JUNE, f, [scheme])
    assert [(x.rule_id, x.kind, x.amount) for x in lines] == [
        ("comm", LineKind.COMMISSION, Decimal("7500.00")),
        ("steps", LineKind.BONUS, Decimal("800.00")),
        ("champ", LineKind.BONUS, Decimal("1000.00")),
        ("kpi", LineKind.COEFFICIENT, Decimal("360.00"))]
    assert lines[-1].params["bonus"] == "¥1,800.00"
