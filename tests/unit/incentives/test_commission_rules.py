"""Commission (提成): whole and marginal tables at and around every boundary, gate, cap,
accelerator, product and customer-tier factors, split credit, partial collections, refunds, no
target, and their combinations. Facts are built by hand; every expected amount is worked out
in the comment beside it. Unless a row says otherwise: target ¥100,000 collected in 2026-06,
table 0–80 % → 3 %, 80–100 % → 5 %, ≥ 100 % → 8 %, collected base and metric.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from services.incentives.doc import Base
from services.incentives.engine import SchemeInUse, evaluate
from services.incentives.facts import PersonInfo
from services.incentives.rules.commission import TEMPLATES, commission_template
from tests.unit.incentives.commission_helpers import facts, fen, one, pay, person, rule, run

TARGET = {"collected_amount": "100,000"}


def _collected(yuan: str, **rule_fields: object) -> Decimal:
    """The amount of one payment of ``yuan`` against the ¥100,000 target."""
    line = one(rule(**rule_fields), facts(person(collected=[pay(1, yuan)], targets=TARGET)))
    return line.amount


@pytest.mark.parametrize(("collected", "whole", "marginal"), [
    # 79.99 %: tier 1 for both: 79,990 × 3 % = 2,399.70
    ("79,990", "2399.70", "2399.70"),
    # 79.99999 %: still tier 1: 79,999.99 × 3 % = 2,399.9997 → 2,400.00
    ("79,999.99", "2400.00", "2400.00"),
    # 80 % exactly is in tier 2: whole 80,000 × 5 % = 4,000; marginal 80,000 × 3 % = 2,400
    ("80,000", "4000.00", "2400.00"),
    # 80.01 %: whole 80,010 × 5 % = 4,000.50; marginal 2,400 + 10 × 5 % = 2,400.50
    ("80,010", "4000.50", "2400.50"),
    # rounding once, half up: whole 80,010.10 × 5 % = 4,000.505 → 4,000.51;
    # marginal 2,400 + 10.10 × 5 % = 2,400.505 → 2,400.51
    ("80,010.10", "4000.51", "2400.51"),
    # 99.99 %: whole 99,990 × 5 % = 4,999.50; marginal 2,400 + 19,990 × 5 % = 3,399.50
    ("99,990", "4999.50", "3399.50"),
    # 100 %: whole 100,000 × 8 % = 8,000; marginal 2,400 + 20,000 × 5 % = 3,400
    ("100,000", "8000.00", "3400.00"),
    # 100.01 %: whole 100,010 × 8 % = 8,000.80; marginal 3,400 + 10 × 8 % = 3,400.80
    ("100,010", "8000.80", "3400.80"),
    # 150 %: whole 150,000 × 8 % = 12,000; marginal 3,400 + 50,000 × 8 % = 7,400
    ("150,000", "12000.00", "7400.00"),
    # nothing collected but a payment of ¥0.01: 0.01 × 3 % = 0.0003 → 0.00
    ("0.01", "0.00", "0.00"),
])
def test_whole_and_marginal_at_every_boundary(collected: str, whole: str,
                                              marginal: str) -> None:
    assert _collected(collected, method="whole") == Decimal(whole)
    assert _collected(collected, method="marginal") == Decimal(marginal)


@pytest.mark.parametrize(("method", "collected", "text"), [
    ("whole", "92,000",
     "2026-06 collected ¥92,000.00 × 5 % (attainment 92 %, tier 80–100 %) = ¥4,600.00"),
    ("whole", "79,999.99",
     # the attainment is cut, not rounded: 79.99999 % shows as 79.99 %, never as 80 %
     "2026-06 collected ¥79,999.99 × 3 % (attainment 79.99 %, tier 0–80 %) = ¥2,400.00"),
    ("marginal", "100,010",
     "2026-06 collected ¥80,000.00 × 3 % + ¥20,000.00 × 5 % + ¥10.00 × 8 % "
     "(attainment 100.01 %, tier ≥ 100 %) = ¥3,400.80"),
    ("marginal", "50,000",
     "2026-06 collected ¥50,000.00 × 3 % (attainment 50 %, tier 0–80 %) = ¥1,500.00"),
])
def test_the_explanation_shows_the_arithmetic(method: str, collected: str, text: str) -> None:
    line = one(rule(method=method),
               facts(person(collected=[pay(1, collected)], targets=TARGET)))
    assert line.text() == text
    assert line.kind == "commission" and line.rule_id == "r1"
    assert line.scheme_version_id == "v1"
    # the trace: every credit, then the target
    assert line.trace == (("payment", "p1", fen(collected)),
                          ("target", "u1/collected_amount/2026-06", fen("100,000")))


@pytest.mark.parametrize(("collected", "expected", "gated"), [
    # gate 60 %: 59,990 (59.99 %) pays nothing
    ("59,990", "0.00", True),
    # at the gate exactly: 60,000 × 3 % = 1,800
    ("60,000", "1800.00", False),
    # 60.01 %: 60,010 × 3 % = 1,800.30
    ("60,010", "1800.30", False),
])
def test_gate(collected: str, expected: str, gated: bool) -> None:
    line = one(rule(gate_pct="60"), facts(person(collected=[pay(1, collected)],
                                                  targets=TARGET)))
    assert line.amount == Decimal(expected)
    if gated:
        assert line.text() == ("2026-06 collected ¥59,990.00: attainment 59.99 % is below the "
                               "gate of 60 %, no commission = ¥0.00")


def test_below_the_gate_a_refund_is_still_deducted() -> None:
    # only a refund of ¥10,000: attainment −10 % (below the 60 % gate), the first tier:
    # −10,000 × 3 % = −300 — the gate withholds a payment, not a deduction
    line = one(rule(gate_pct="60"),
               facts(person(collected=[pay(7, "-10,000")], targets=TARGET)))
    assert line.amount == Decimal("-300.00")
    assert line.text() == ("2026-06 collected -¥10,000.00 × 3 % (attainment -10 %, tier 0–80 %; "
                           "includes the refund of contract HT-7 -¥10,000.00) = -¥300.00")


@pytest.mark.parametrize(("collected", "cap", "expected", "capped"), [
    # 100,000 × 8 % = 8,000 = the cap: not capped
    ("100,000", "8000", "8000.00", False),
    # 100,010 × 8 % = 8,000.80 > 8,000: capped at 8,000
    ("100,010", "8000", "8000.00", True),
    # 50,000 × 3 % = 1,500 under a cap of 1,000: 1,000
    ("50,000", "1000", "1000.00", True),
    # 10,000 × 3 % = 300 under a cap of 1,000: 300
    ("10,000", "1000", "300.00", False),
])
def test_cap(collected: str, cap: str, expected: str, capped: bool) -> None:
    line = one(rule(cap=cap), facts(person(collected=[pay(1, collected)], targets=TARGET)))
    assert line.amount == Decimal(expected)
    assert ("capped at" in line.text()) == capped
    if capped and collected == "100,010":
        assert line.text() == ("2026-06 collected ¥100,010.00 × 8 % (attainment 100.01 %, "
                               "tier ≥ 100 %) = ¥8,000.80, capped at ¥8,000.00 per period")


@pytest.mark.parametrize(("method", "tiers", "collected", "expected"), [
    # whole, 120 %: 100,000 × 8 % = 8,000 + 20,000 × 8 % × 150 % = 2,400 → 10,400
    ("whole", None, "120,000", "10400.00"),
    # marginal, 120 %: 80,000 × 3 % = 2,400 + 20,000 × 5 % = 1,000
    # + 20,000 × 8 % × 150 % = 2,400 → 5,800
    ("marginal", None, "120,000", "5800.00"),
    # at 100 % exactly nothing is above 100 %: whole 8,000, marginal 3,400
    ("whole", None, "100,000", "8000.00"),
    ("marginal", None, "100,000", "3400.00"),
    # 100.01 %: whole 100,000 × 8 % + 10 × 8 % × 150 % = 8,000 + 1.20 = 8,001.20
    ("whole", None, "100,010", "8001.20"),
    # no tier starts at 100 % (0 → 3 %, 80 → 5 %), accelerator 150 %, 110 %:
    # whole 100,000 × 5 % = 5,000 + 10,000 × 5 % × 150 % = 750 → 5,750
    ("whole", [("0", "3"), ("80", "5")], "110,000", "5750.00"),
    # marginal: 80,000 × 3 % = 2,400 + 20,000 × 5 % = 1,000 + 10,000 × 5 % × 150 % = 750
    # → 4,150
    ("marginal", [("0", "3"), ("80", "5")], "110,000", "4150.00"),
])
def test_accelerator(method: str, tiers: list[tuple[str, str]] | None, collected: str,
                     expected: str) -> None:
    fields: dict[str, object] = {"method": method, "accelerator_pct": "150"}
    if tiers:
        fields["tiers"] = [{"from_pct": a, "rate_pct": r} for a, r in tiers]
    assert _collected(collected, **fields) == Decimal(expected)


def test_accelerated_parts_are_tagged() -> None:
    line = one(rule(method="marginal", accelerator_pct="150"),
               facts(person(collected=[pay(1, "120,000")], targets=TARGET)))
    assert line.text() == ("2026-06 collected ¥80,000.00 × 3 % + ¥20,000.00 × 5 % + "
                           "¥20,000.00 × 8 % × 150 % (>100 %) (attainment 120 %, tier ≥ 100 %)"
                           " = ¥5,800.00")


@pytest.mark.parametrize(("credits", "expected"), [
    # 92 % → 5 %. 12,000 plain: 600; 30,000 of 传感器 (pl1, 120 %): 1,800;
    # 50,000 of 传感器 with an A customer (110 %): 50,000 × 5 % × 120 % × 110 % = 3,300
    # → 5,700
    ([("12,000", None, None), ("30,000", "pl1", "B"), ("50,000", "pl1", "A")], "5700.00"),
    # customer tier only: 72,000 × 5 % = 3,600 + 20,000 × 5 % × 110 % = 1,100 → 4,700
    ([("72,000", None, "C"), ("20,000", None, "A")], "4700.00"),
    # a product line without a factor (pl2) pays the plain rate: 92,000 × 5 % = 4,600
    ([("92,000", "pl2", None)], "4600.00"),
])
def test_product_and_customer_tier_factors(credits: list[tuple[str, str | None, str | None]],
                                           expected: str) -> None:
    the_rule = rule(product_factors={"pl1": "120"}, tier_factors={"A": "110"})
    pays = [pay(i + 1, y, line=pl, tier=t) for i, (y, pl, t) in enumerate(credits)]
    line = one(the_rule, facts(person(collected=pays, targets=TARGET)))
    assert line.amount == Decimal(expected)


def test_factors_are_named_in_the_explanation() -> None:
    the_rule = rule(product_factors={"pl1": "120"}, tier_factors={"A": "110"})
    pays = [pay(1, "12,000"), pay(2, "30,000", line="pl1", tier="B"),
            pay(3, "50,000", line="pl1", tier="A")]
    line = one(the_rule, facts(person(collected=pays, targets=TARGET)))
    assert line.text() == ("2026-06 collected ¥12,000.00 × 5 % + ¥30,000.00 × 5 % × 120 % (传感器)"
                           " + ¥50,000.00 × 5 % × 120 % (传感器) × 110 % (A) "
                           "(attainment 92 %, tier 80–100 %) = ¥5,700.00")
    assert [t[:2] for t in line.trace] == [("payment", "p1"), ("payment", "p2"),
                                           ("payment", "p3"),
                                           ("target", "u1/collected_amount/2026-06")]


def test_split_credit_pays_each_sharer_on_their_share() -> None:
    # a ¥200,000 payment shared 50/50 (the facts hold each one's ¥100,000 share):
    # u1: 100 % of the ¥100,000 target → 100,000 × 8 % = 8,000;
    # u2 (target ¥200,000): 50 % → 100,000 × 3 % = 3,000
    u1 = person("u1", collected=[pay(1, "100,000", share_bp=5000)], targets=TARGET)
    u2 = person("u2", collected=[pay(1, "100,000", share_bp=5000)],
                targets={"collected_amount": "200,000"})
    lines = run(rule(), facts(u1, u2), members=("u2", "u1"))
    assert [(ln.person_id, ln.amount) for ln in lines] == [("u1", Decimal("8000.00")),
                                                           ("u2", Decimal("3000.00"))]
    assert lines[0].trace[0] == ("payment", "p1", fen("100,000"))


def test_partial_collections_pay_in_the_month_each_part_is_collected() -> None:
    # one ¥90,000 instalment of HT-1 collected in three parts; a monthly target of ¥50,000.
    # June 30,000 (60 %): × 3 % = 900. July 30,000 + 20,000 of HT-2 = 50,000 (100 %):
    # × 8 % = 4,000. August 30,000: 900.
    target = {"collected_amount": "50,000"}
    the_facts = facts(
        person(collected=[pay(1, "30,000")], targets=target), period="2026-06",
        more={"2026-07": [person(collected=[pay(2, "30,000", contract="k1"),
                                            pay(3, "20,000", contract="k2")],
                                 targets=target)],
              "2026-08": [person(collected=[pay(4, "30,000", contract="k1")],
                                 targets=target)]})
    amounts = [one(rule(), the_facts, period).amount
               for period in ("2026-06", "2026-07", "2026-08")]
    assert amounts == [Decimal("900.00"), Decimal("4000.00"), Decimal("900.00")]


@pytest.mark.parametrize(("credits", "expected", "text"), [
    # collected 100,000 and ¥10,000 of HT-7 refunded: net 90,000 (90 %) × 5 % = 4,500
    ([(1, "100,000"), (7, "-10,000")], "4500.00",
     "2026-06 collected ¥90,000.00 × 5 % (attainment 90 %, tier 80–100 %; includes the refund "
     "of contract HT-7 -¥10,000.00) = ¥4,500.00"),
    # only the refund: −10,000 (−10 %) at the first tier: −300
    ([(7, "-10,000")], "-300.00",
     "2026-06 collected -¥10,000.00 × 3 % (attainment -10 %, tier 0–80 %; includes the refund "
     "of contract HT-7 -¥10,000.00) = -¥300.00"),
    # two refunds of HT-7 are summed: −6,000 − 4,000 + 20,000 = 10,000 (10 %) × 3 % = 300
    ([(1, "20,000"), (7, "-6,000"), (8, "-4,000")], "300.00", None),
])
def test_refunds(credits: list[tuple[int, str]], expected: str, text: str | None) -> None:
    pays = [pay(n, y, contract="k7" if n >= 7 else None) for n, y in credits]
    line = one(rule(), facts(person(collected=pays, targets=TARGET)))
    assert line.amount == Decimal(expected)
    if text:
        assert line.text() == text
    else:
        assert "HT-7 -¥10,000.00" in line.text()
    assert all(t[2] is not None and t[2] < 0 for t in line.trace if t[1] in ("p7", "p8"))


@pytest.mark.parametrize(("targets", "fields", "expected"), [
    # no target: 50,000 at the first tier's 3 % = 1,500, whatever the gate
    ({}, {}, "1500.00"),
    ({}, {"gate_pct": "60"}, "1500.00"),
    # a zero target is no target
    ({"collected_amount": "0"}, {}, "1500.00"),
    # a target of the other metric only: still no target for this rule
    ({"signed_amount": "10,000"}, {}, "1500.00"),
    # no target, capped at 1,000
    ({}, {"cap": "1000"}, "1000.00"),
])
def test_no_target_pays_the_first_tier(targets: dict[str, str], fields: dict[str, str],
                                       expected: str) -> None:
    line = one(rule(**fields), facts(person(collected=[pay(1, "50,000")], targets=targets)))
    assert line.amount == Decimal(expected)
    assert "(no target: the first tier's rate" in line.text()
    assert not [t for t in line.trace if t[0] == "target"]
    if not fields:
        assert line.text() == ("2026-06 collected ¥50,000.00 × 3 % (no target: the first tier's "
                               "rate) = ¥1,500.00")


@pytest.mark.parametrize(("method", "expected"), [
    # collected ¥50,000 paid by the signed attainment: signed 120,000 of 100,000 = 120 %.
    # whole: 50,000 × 8 % = 4,000
    ("whole", "4000.00"),
    # marginal, sliced in proportion: 80/120 of the base at 3 %, 20/120 at 5 %, 20/120 at 8 %:
    # 50,000 × (2/3 × 3 % + 1/6 × 5 % + 1/6 × 8 %) = 1,000 + 416.67 + 666.67 = 2,083.33
    ("marginal", "2083.33"),
])
def test_a_collected_base_sliced_by_the_signed_attainment(method: str, expected: str) -> None:
    the_rule = rule(method=method, target_metric="signed_amount")
    pp = person(collected=[pay(1, "50,000")], signed=[pay(9, "120,000", kind="contract")],
                targets={"signed_amount": "100,000"})
    line = one(the_rule, facts(pp))
    assert line.amount == Decimal(expected)
    assert line.trace[-1] == ("target", "u1/signed_amount/2026-06", fen("100,000"))
    assert ("contract", "c9", fen("120,000")) not in line.trace  # the base is the payment
    if method == "marginal":
        assert line.text().startswith("2026-06 collected ¥33,333.33 × 3 % + ¥8,333.33 × 5 % + "
                                      "¥8,333.33 × 8 % (attainment 120 %")


@pytest.mark.parametrize(("signed", "expected"), [
    # signed base: contracts of 60,000 + 32,000 = 92,000 (92 %) × 5 % = 4,600
    (["60,000", "32,000"], "4600.00"),
    # a cancelled contract (−32,000) leaves 28,000 (28 %) × 3 % = 840
    (["60,000", "-32,000"], "840.00"),
])
def test_signed_base(signed: list[str], expected: str) -> None:
    the_rule = rule(base="signed", target_metric="signed_amount")
    contracts = [pay(i + 1, y, kind="contract") for i, y in enumerate(signed)]
    line = one(the_rule, facts(person(signed=contracts,
                                      targets={"signed_amount": "100,000"})))
    assert line.amount == Decimal(expected)
    assert line.text().startswith("2026-06 signed ")
    assert ("cancellation of contract HT-2" in line.text()) == signed[1].startswith("-")


def test_everything_at_once() -> None:
    # marginal, accelerator 150 %, 传感器 × 120 %, cap ¥6,000; collected 60,000 of 传感器 +
    # 70,000 plain − 10,000 refunded (plain) = 120,000 (120 %).
    # plain 60,000: 40,000 × 3 % = 1,200 + 10,000 × 5 % = 500 + 10,000 × 8 % × 150 % = 1,200
    #   → 2,900
    # 传感器 60,000: the same × 120 % = 3,480
    # 6,380 > the cap: 6,000
    the_rule = rule(method="marginal", accelerator_pct="150", product_factors={"pl1": "120"},
                    cap="6000")
    pays = [pay(1, "60,000", line="pl1"), pay(2, "70,000"), pay(7, "-10,000")]
    line = one(the_rule, facts(person(collected=pays, targets=TARGET)))
    assert line.amount == Decimal("6000.00")
    assert line.text() == (
        "2026-06 collected ¥40,000.00 × 3 % + ¥40,000.00 × 3 % × 120 % (传感器) + "
        "¥10,000.00 × 5 % + ¥10,000.00 × 5 % × 120 % (传感器) + "
        "¥10,000.00 × 8 % × 150 % (>100 %) + ¥10,000.00 × 8 % × 150 % (>100 %) × 120 % (传感器) "
        "(attainment 120 %, tier ≥ 100 %; includes the refund of contract HT-7 -¥10,000.00) "
        "= ¥6,380.00, capped at ¥6,000.00 per period")


def test_no_line_without_credits_and_lines_in_member_order() -> None:
    u1 = person("u1", collected=[pay(1, "10,000")], targets=TARGET)
    u3 = person("u3", targets=TARGET)  # nothing collected: no line
    lines = run(rule(), facts(u1, u3), members=("u3", "u1", "u2"))
    assert [ln.person_id for ln in lines] == ["u1"]


def test_a_run_through_the_engine_uses_these_evaluators_and_repeats_itself() -> None:
    from datetime import date

    from services.incentives.doc import parse

    doc = parse({"assign": {"roles": ["rep"]}, "rules": [
        {"kind": "commission", "id": "c1", "tiers": [{"from_pct": "0", "rate_pct": "3"},
                                                      {"from_pct": "80", "rate_pct": "5"}]},
        {"kind": "commission", "id": "cq", "grain": "quarter",
         "tiers": [{"from_pct": "0", "rate_pct": "1"}]}]})
    scheme = SchemeInUse("v1", "s1", "方案", 1, date(2026, 1, 1), doc)
    base = facts(person(collected=[pay(1, "90,000")], targets=TARGET))
    people = {"u1": PersonInfo("u1", "李强", "rep", "senior", "t1", ("t1",), date(2025, 1, 1))}
    the_facts = type(base)(people, base.units, base.periods)
    first = evaluate("2026-06", the_facts, [scheme])
    # only the monthly rule: 90,000 (90 %) × 5 % = 4,500
    assert [(ln.rule_id, ln.amount) for ln in first] == [("c1", Decimal("4500.00"))]
    assert evaluate("2026-06", the_facts, [scheme]) == first


def test_every_commission_template_is_listed() -> None:
    for base in Base:
        for has_target in (True, False):
            for refunds in (True, False):
                for capped in (True, False):
                    assert commission_template(base, has_target, refunds, capped) in TEMPLATES
    assert len(set(TEMPLATES)) == len(TEMPLATES)
