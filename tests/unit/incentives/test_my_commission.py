"""My commission (我的提成): the running total, the tier reached, what the next tier (or the gate)
still needs, and what an open deal would add if won. Target ¥100,000 collected in 2026-06 and
the table 0–80 % → 3 %, 80–100 % → 5 %, ≥ 100 % → 8 % unless a row says otherwise.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.incentives.doc import parse
from services.incentives.engine import SchemeInUse
from services.incentives.facts import Facts, PersonInfo
from services.incentives.my_commission import commission_rules, my_commission, what_if
from tests.unit.incentives.commission_helpers import PERIOD, facts, fen, pay, person, rule

TARGET = {"collected_amount": "100,000"}


@pytest.mark.parametrize(("collected", "fields", "total", "tier", "next_tier", "needed",
                          "to_gate"), [
    # 92,000 (92 %) × 5 % = 4,600; 8,000 more reaches 100 %
    ("92,000", {}, "4600.00", "80–100 %", "≥ 100 %", "8000.00", None),
    # 79,990 × 3 % = 2,399.70; ¥10 more reaches 80 %
    ("79,990", {}, "2399.70", "0–80 %", "80–100 %", "10.00", None),
    # the top tier: nothing next
    ("100,000", {}, "8000.00", "≥ 100 %", None, None, None),
    # below a 60 % gate: nothing yet; 10,000 to the gate, 30,000 to 80 %
    ("50,000", {"gate_pct": "60"}, "0.00", "0–80 %", "80–100 %", "30000.00", "10000.00"),
    # marginal: 80,000 × 3 % + 5,000 × 5 % = 2,650; 15,000 to 100 %
    ("85,000", {"method": "marginal"}, "2650.00", "80–100 %", "≥ 100 %", "15000.00", None),
])
def test_standing(collected: str, fields: dict[str, str], total: str, tier: str,
                  next_tier: str | None, needed: str | None, to_gate: str | None) -> None:
    the_facts = facts(person(collected=[pay(1, collected)], targets=TARGET))
    mine = my_commission(the_facts, PERIOD, "u1", [rule(**fields)])
    (status,) = mine.rules
    assert mine.total == Decimal(total)
    assert (status.tier, status.next_tier) == (tier, next_tier)
    assert status.to_next_tier == (None if needed is None else Decimal(needed))
    assert status.to_gate == (None if to_gate is None else Decimal(to_gate))
    assert status.line.amount == mine.total


def test_the_next_tier_in_whole_fen_and_without_a_target() -> None:
    # target ¥33,333.33: 80 % is ¥26,666.664 — a payment reaches it from ¥26,666.67
    the_facts = facts(person(targets={"collected_amount": "33,333.33"}))
    (status,) = my_commission(the_facts, PERIOD, "u1", [rule()]).rules
    assert status.to_next_tier == Decimal("26666.67")
    assert status.amount == Decimal("0.00")
    # no target: the first tier, nothing to reach
    the_facts = facts(person(collected=[pay(1, "10,000")]))
    (status,) = my_commission(the_facts, PERIOD, "u1", [rule()]).rules
    assert (status.tier, status.next_tier, status.to_next_tier) == ("0–80 %", None, None)
    assert status.amount == Decimal("300.00")


@pytest.mark.parametrize(("fields", "line", "extra", "added", "collected"), [
    # collected 92,000 → 4,600; a ¥10,000 deal, once collected: 102,000 (102 %) × 8 % = 8,160
    # → adds 3,560
    ({}, None, "10,000", "3560.00", True),
    # of 传感器 (× 120 %): 92,000 × 8 % + 10,000 × 8 % × 120 % = 7,360 + 960 = 8,320
    # → adds 3,720
    ({"product_factors": {"pl1": "120"}}, "pl1", "10,000", "3720.00", True),
    # a small deal staying in the tier: 1,000 × 5 % = 50
    ({}, None, "1,000", "50.00", True),
    # capped at ¥5,000: 4,600 → 5,000 at most: adds 400
    ({"cap": "5000"}, None, "10,000", "400.00", True),
])
def test_what_if_on_a_collected_base(fields: dict[str, object], line: str | None, extra: str,
                                     added: str, collected: bool) -> None:
    the_facts = facts(person(collected=[pay(1, "92,000")], targets=TARGET))
    result = what_if(the_facts, PERIOD, "u1", [rule(**fields)], fen(extra),
                     product_line_id=line)
    assert result.before.total == Decimal("4600.00") or "cap" in fields
    assert result.added == Decimal(added)
    assert result.assumes_collected is collected
    assert result.extra == Decimal(extra.replace(",", ""))
    # the facts themselves are untouched
    assert the_facts.of(PERIOD, "u1").collected_fen == fen("92,000")


def test_what_if_on_a_signed_base_with_a_customer_tier() -> None:
    # signed 90,000 of a ¥100,000 target → 90 % × 5 % = 4,500. A ¥20,000 deal with an A
    # customer (× 110 %): 110 % → 90,000 × 8 % + 20,000 × 8 % × 110 % = 7,200 + 1,760 = 8,960
    # → adds 4,460; nothing is counted as collected
    the_rule = rule(base="signed", target_metric="signed_amount", tier_factors={"A": "110"})
    the_facts = facts(person(signed=[pay(1, "90,000", kind="contract")],
                             targets={"signed_amount": "100,000"}))
    result = what_if(the_facts, PERIOD, "u1", [the_rule], fen("20,000"), customer_tier="A")
    assert (result.before.total, result.after.total) == (Decimal("4500.00"),
                                                         Decimal("8960.00"))
    assert result.added == Decimal("4460.00")
    assert result.assumes_collected is False
    assert ("deal", "what-if", fen("20,000")) in result.after.rules[0].line.trace


def test_what_if_for_someone_with_no_facts_yet() -> None:
    # no facts at all in June (no target either): a ¥10,000 deal at the first tier's rate:
    # 10,000 × 3 % = 300
    the_facts = facts(period="2026-05")
    result = what_if(the_facts, PERIOD, "u1", [rule()], fen("10,000"))
    assert (result.before.total, result.added) == (Decimal("0.00"), Decimal("300.00"))
    assert result.before.rules[0].line.amount == Decimal("0.00")
    # with the ¥100,000 target it is 10 %, still the first tier: 300
    with_target = facts(person(targets=TARGET))
    assert what_if(with_target, PERIOD, "u1", [rule()], fen("10,000")).added == Decimal("300.00")


def test_the_rules_of_the_persons_scheme_for_the_periods_grain() -> None:
    doc = parse({"assign": {"roles": ["rep"]}, "rules": [
        {"kind": "commission", "id": "monthly", "tiers": [{"from_pct": "0", "rate_pct": "3"}]},
        {"kind": "commission", "id": "quarterly", "grain": "quarter",
         "tiers": [{"from_pct": "0", "rate_pct": "1"}]},
        {"kind": "new_customer", "id": "nc", "amount": "500"}]})
    scheme = SchemeInUse("v1", "s1", "销售方案", 1, date(2026, 1, 1), doc)
    people = {"u1": PersonInfo("u1", "李强", "rep", "senior", "t1", ("t1",), date(2025, 1, 1)),
              "m1": PersonInfo("m1", "张总", "manager", "senior", "t1", ("t1",),
                               date(2025, 1, 1))}
    the_facts = Facts(people, {}, {})
    assert [r.id for r in commission_rules(the_facts, PERIOD, "u1", [scheme])] == ["monthly"]
    assert [r.id for r in commission_rules(the_facts, "2026-Q2", "u1", [scheme])] == [
        "quarterly"]
    assert commission_rules(the_facts, PERIOD, "m1", [scheme]) == ()
    assert commission_rules(the_facts, PERIOD, "nobody", [scheme]) == ()
