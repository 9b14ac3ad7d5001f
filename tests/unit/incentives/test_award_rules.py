"""The new-customer award (客户拓展奖), the key-account award (重点客户突破) and milestones
(分阶段达成), with facts built by hand and the expected amounts worked out beside each row.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from services.incentives.facts import Credit
from tests.unit.incentives.commission_helpers import facts, fen, one, pay, person, rule, run


def _contract(n: int, yuan: str, *, customer: str, share_bp: int = 10_000) -> Credit:
    """Contract HT-``n`` (id kn) of customer ``customer``, the person's share of it."""
    return pay(n, yuan, kind="contract", customer=customer, share_bp=share_bp)


def _firsts(*rows: tuple[int, str, str]) -> tuple[list[Credit], list[tuple[str, str, int]]]:
    """(contract number, yuan, customer) → the signed credits and the new customers."""
    signed = [_contract(n, y, customer=c) for n, y, c in rows]
    return signed, [(c, f"k{n}", fen(y)) for n, y, c in rows]


@pytest.mark.parametrize(("minimum", "rows", "expected", "listed"), [
    # ¥500 each, first contract at least ¥10,000: 12,000 ✓, 9,999.99 ✗, 10,000 exactly ✓
    # → 2 × 500 = 1,000
    ("10000", [(1, "12,000", "cu1"), (2, "9,999.99", "cu2"), (3, "10,000", "cu3")],
     "1000.00", ["客户1", "客户3"]),
    # no minimum: every new customer, even a ¥1 contract → 2 × 500 = 1,000
    ("0", [(1, "1", "cu1"), (2, "9,999.99", "cu2")], "1000.00", ["客户1", "客户2"]),
    # none reaches the minimum: no line
    ("10000", [(2, "9,999.99", "cu2")], None, []),
])
def test_new_customer_award(minimum: str, rows: list[tuple[int, str, str]],
                            expected: str | None, listed: list[str]) -> None:
    the_rule = rule("new_customer", amount="500", min_contract=minimum)
    signed, firsts = _firsts(*rows)
    lines = run(the_rule, facts(person(signed=signed, new_customers=firsts)))
    if expected is None:
        assert lines == []
        return
    (line,) = lines
    assert line.amount == Decimal(expected)
    assert line.kind == "new_customer"
    for name in listed:
        assert name in line.text()
    assert "客户2" not in line.text() or "客户2" in listed


def test_new_customer_explanation_and_trace() -> None:
    the_rule = rule("new_customer", amount="500", min_contract="10000")
    signed, firsts = _firsts((1, "12,000", "cu1"), (3, "10,000", "cu3"))
    line = one(the_rule, facts(person(signed=signed, new_customers=firsts)))
    assert line.text() == ("2026-06 new customers (first contract at least ¥10,000.00): "
                           "客户1 (HT-1) ¥500.00 + 客户3 (HT-3) ¥500.00 = ¥1,000.00")
    assert line.trace == (("customer", "cu1", None), ("contract", "k1", fen("12,000")),
                          ("customer", "cu3", None), ("contract", "k3", fen("10,000")))


def test_a_shared_new_customer_pays_each_sharer_their_share() -> None:
    # a ¥30,000 first contract shared 70/30 (each credit holds the share): the ¥10,000
    # minimum is read on the whole contract (21,000 + 9,000 = 30,000 ✓);
    # u1 500 × 70 % = 350, u2 500 × 30 % = 150
    the_rule = rule("new_customer", amount="500", min_contract="10000")
    u1 = person("u1", signed=[_contract(1, "21,000", customer="cu1", share_bp=7000)],
                new_customers=[("cu1", "k1", fen("21,000"))])
    u2 = person("u2", signed=[_contract(1, "9,000", customer="cu1", share_bp=3000)],
                new_customers=[("cu1", "k1", fen("9,000"))])
    lines = run(the_rule, facts(u1, u2), members=("u1", "u2"))
    assert [(ln.person_id, ln.amount) for ln in lines] == [("u1", Decimal("350.00")),
                                                           ("u2", Decimal("150.00"))]
    assert lines[1].text() == "2026-06 new customers (first contract at least ¥10,000.00): " \
        "客户1 (HT-1) ¥500.00 × 30 % = ¥150.00"


@pytest.mark.parametrize(("rows", "expected"), [
    # key accounts cu1 and cu9, ¥5,000 each; u1 wins cu1 and cu2 (not named): 5,000
    ([(1, "cu1"), (2, "cu2")], "5000.00"),
    # both named accounts won: 10,000
    ([(1, "cu1"), (9, "cu9")], "10000.00"),
    # no named account: no line
    ([(2, "cu2")], None),
])
def test_key_account(rows: list[tuple[int, str]], expected: str | None) -> None:
    the_rule = rule("key_account", customer_ids=["cu1", "cu9"], amount="5000")
    signed, firsts = _firsts(*[(n, "50,000", c) for n, c in rows])
    lines = run(the_rule, facts(person(signed=signed, new_customers=firsts)))
    assert [ln.amount for ln in lines] == ([] if expected is None else [Decimal(expected)])
    if expected == "5000.00":
        assert lines[0].text() == "2026-06 key account won: 客户1 (HT-1) ¥5,000.00 = ¥5,000.00"
        assert lines[0].kind == "bonus"


def test_a_shared_key_account() -> None:
    # cu9's first contract shared 30/70: u1 5,000 × 30 % = 1,500, u2 5,000 × 70 % = 3,500
    the_rule = rule("key_account", customer_ids=["cu9"], amount="5000")
    u1 = person("u1", signed=[_contract(9, "30,000", customer="cu9", share_bp=3000)],
                new_customers=[("cu9", "k9", fen("30,000"))])
    u2 = person("u2", signed=[_contract(9, "70,000", customer="cu9", share_bp=7000)],
                new_customers=[("cu9", "k9", fen("70,000"))])
    lines = run(the_rule, facts(u1, u2), members=("u1", "u2"))
    assert [(ln.person_id, ln.amount) for ln in lines] == [("u1", Decimal("1500.00")),
                                                           ("u2", Decimal("3500.00"))]


STEPS = [{"at_pct": "80", "amount": "500"}, {"at_pct": "100", "amount": "1000"},
         {"at_pct": "120", "amount": "2000"}]


@pytest.mark.parametrize(("signed", "expected"), [
    # target ¥100,000 signed; steps 80 % → 500, 100 % → 1,000, 120 % → 2,000
    ("79,990", None),  # 79.99 %: no step, no line
    ("80,000", "500.00"),  # 80 %: the first step
    ("99,999.99", "500.00"),  # 99.99999 %: still only the first
    ("100,000", "1500.00"),  # 100 %: 500 + 1,000
    ("119,990", "1500.00"),
    ("120,000", "3500.00"),  # every step: 500 + 1,000 + 2,000
    ("250,000", "3500.00"),  # each step pays once
])
def test_milestone(signed: str, expected: str | None) -> None:
    the_rule = rule("milestone", metric="signed_amount", steps=STEPS)
    pp = person(signed=[pay(1, signed, kind="contract")], targets={"signed_amount": "100,000"})
    lines = run(the_rule, facts(pp))
    assert [ln.amount for ln in lines] == ([] if expected is None else [Decimal(expected)])


def test_milestone_explanation_and_other_metrics() -> None:
    the_rule = rule("milestone", metric="signed_amount", steps=STEPS)
    pp = person(signed=[pay(1, "100,000", kind="contract")],
                targets={"signed_amount": "100,000"})
    line = one(the_rule, facts(pp))
    assert line.text() == ("2026-06 attainment 100 %, steps reached: 80 % ¥500.00 + "
                           "100 % ¥1,000.00 = ¥1,500.00")
    assert line.trace == (("contract", "c1", fen("100,000")),
                          ("target", "u1/signed_amount/2026-06", fen("100,000")))
    # no target for the metric: no line
    assert run(the_rule, facts(person(signed=[pay(1, "100,000", kind="contract")]))) == []
    # a count metric: 4 new customers of a target of 5 = 80 % → 500
    counted = rule("milestone", metric="new_customers", steps=STEPS)
    firsts = [(f"cu{i}", f"k{i}", 100) for i in range(4)]
    line = one(counted, facts(person(new_customers=firsts, targets={"new_customers": 5})))
    assert line.amount == Decimal("500.00")
    assert line.trace == (("target", "u1/new_customers/2026-06", 5),)


def test_every_explanation_reads_in_chinese() -> None:
    import re

    from services.core.catalog import TRANSLATIONS_DIR, Catalogue, fill
    from services.incentives.rules.commission import TEMPLATES

    chinese = Catalogue("zh_CN", TRANSLATIONS_DIR)
    fields = re.compile(r"\{(\w+)\}")
    for template in TEMPLATES:
        assert chinese.has("PayoutLines", template), template
        translated = chinese.translate("PayoutLines", template)
        assert sorted(fields.findall(translated)) == sorted(fields.findall(template)), template
    # the example, in Chinese
    line = one(rule(), facts(person(collected=[pay(1, "92,000")],
                                    targets={"collected_amount": "100,000"})))
    text = fill(line.template, chinese.translate("PayoutLines", line.template), line.params)
    assert text == "2026-06 回款 ¥92,000.00 × 5 %（达成率 92 %，80–100 % 档）= ¥4,600.00"
