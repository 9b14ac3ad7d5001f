"""Payment figures: settled days, payment cycle, DSO, days late, share late, on fixed dates."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from services.orders import figures as F
from services.orders import payments as PAY
from services.orders import plans as PL
from services.orders import receivables as R
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan

D = Decimal
ROOT = Path(__file__).resolve().parents[3]
d1, d2, d3 = date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 3)


@pytest.mark.parametrize(("amount", "payments", "expected"), [
    (100, [], None),
    (100, [(d1, 100)], d1),
    (100, [(d1, 60)], None),
    (100, [(d1, 60), (d2, 40)], d2),
    (100, [(d2, 40), (d1, 60)], d2),  # in date order, whatever the list's order
    (100, [(d1, 100), (d2, -30)], None),  # a refund reopened it
    (100, [(d1, 100), (d2, -30), (d3, 30)], d3),  # settled again
    (100, [(d1, 100), (d1, -100)], None),  # paid and refunded the same day
    (100, [(d1, 50), (d2, 50), (d2, -10), (d3, 10)], d3),
])
def test_settled_on(amount, payments, expected):
    assert F.settled_on(amount, payments) == expected


@pytest.fixture
def ledger(any_store):
    """These tests run on SQLite and on PostgreSQL."""
    return any_store, _ledger(any_store)


def _ledger(store):
    """张三 (华东): A 1000 signed 01-05 — 300 due 01-31, 700 due 03-31 invoiced 03-01.
    王五 (华南): B 500 signed 02-01 — 500 due 02-15. 李四 (华东): C 200 signed 03-10 — 200 due
    04-10. A pays 300 on 01-25 (early) and 700 on 04-20 (20 days late); B pays 500 on 02-20,
    gets 100 back on 03-05 and pays 100 again on 03-15 (settled 28 days late); C pays 200 on
    04-10 (on the day).
    """
    firm = build_firm(store)
    a_cust, c_cust, b_cust = firm.customers[0], firm.customers[2], firm.customers[3]
    _a, a_ids = contract_with_plan(store, a_cust, firm.people["张三"], "1000",
                                   date(2026, 1, 5),
                                   [(date(2026, 1, 31), "300"), (date(2026, 3, 31), "700")],
                                   number="HT-A")
    PL.set_invoiced(store, [a_ids[1]], date(2026, 3, 1))
    contract_with_plan(store, b_cust, firm.people["王五"], "500", date(2026, 2, 1),
                       [(date(2026, 2, 15), "500")], number="HT-B")
    contract_with_plan(store, c_cust, firm.people["李四"], "200", date(2026, 3, 10),
                       [(date(2026, 4, 10), "200")], number="HT-C")
    for cust, day, amount in ((a_cust, date(2026, 1, 25), "300"),
                              (b_cust, date(2026, 2, 20), "500"),
                              (b_cust, date(2026, 3, 5), "-100"),
                              (b_cust, date(2026, 3, 15), "100"),
                              (c_cust, date(2026, 4, 10), "200"),
                              (a_cust, date(2026, 4, 20), "700")):
        if amount.startswith("-"):
            PAY.record_refund(store, customer_id=cust, refunded_on=day, amount=D(amount[1:]))
        else:
            PAY.record_payment(store, customer_id=cust, received_on=day, amount=D(amount))
    return firm


Q1 = (date(2026, 1, 1), date(2026, 3, 31))
APRIL = (date(2026, 4, 1), date(2026, 4, 30))

# (settled, late, cycle days, avg days late, share late, DSO, receivable, signed, due,
#  collected, collection rate)
TOTALS = [
    # A1 settled 01-25, 20 days after signing; B settled 03-15, 42 days after signing and 28
    # late; open on 03-31: A2 700 + C 200; DSO 900 × 90 / 1700 signed = 47.647
    (Q1, (2, 1, "31.0", "28.0", "0.5000", "47.6", "900.00", "1700.00", "1500.00", "800.00",
          "0.5333")),
    # A2 settled 04-20, 50 days after its invoice of 03-01 and 20 late; C on 04-10, 31 days
    # after signing, on time; nothing signed in April: no DSO
    (APRIL, (2, 1, "40.5", "20.0", "0.5000", None, "0.00", "0.00", "200.00", "200.00",
             "1.0000")),
    # the whole year: all four settled; 1700 signed, nothing open
    ((date(2026, 1, 1), date(2026, 12, 31)),
     (4, 2, "35.8", "24.0", "0.5000", "0.0", "0.00", "1700.00", "1700.00", "1700.00",
      "1.0000")),
    # before anything was signed
    ((date(2025, 1, 1), date(2025, 12, 31)),
     (0, 0, None, None, None, None, "0.00", "0.00", "0.00", "0.00", None)),
]


def _tuple(f: F.Figures) -> tuple:
    def s(v):
        return None if v is None else str(v)
    return (f.settled, f.late, s(f.cycle_days), s(f.avg_days_late), s(f.late_share), s(f.dso),
            s(f.receivable), s(f.signed), s(f.due), s(f.collected), s(f.collection_rate))


@pytest.mark.parametrize(("period", "expected"), TOTALS)
def test_figures_of_a_period(ledger, period, expected):
    store, _firm = ledger
    got = F.payment_figures(store, *period)
    assert _tuple(got.total) == expected
    assert got.groups == ()


def test_collection_rate_agrees_with_the_receivables_report(ledger):
    store, _firm = ledger
    for period in (Q1, APRIL):
        rate, _per_owner = R.collection_rate(store, *period)
        total = F.payment_figures(store, *period).total
        assert (total.due, total.collected, total.collection_rate) == (rate.due, rate.collected,
                                                                       rate.rate)
    assert F.payment_figures(store, *Q1).total.receivable == R.receivables(store, Q1[1]).total


BY_PERSON_Q1 = {
    "张三": (1, 0, "20.0", None, "0.0000", "63.0", "700.00", "1000.00", "1000.00", "300.00",
           "0.3000"),
    "李四": (0, 0, None, None, None, "90.0", "200.00", "200.00", "0.00", "0.00", None),
    "王五": (1, 1, "42.0", "28.0", "1.0000", "0.0", "0.00", "500.00", "500.00", "500.00",
           "1.0000"),
}
BY_TEAM_Q1 = {
    # 张三 and 李四: 900 open × 90 / 1200 signed
    "华东区": (1, 0, "20.0", None, "0.0000", "67.5", "900.00", "1200.00", "1000.00", "300.00",
            "0.3000"),
    "华南区": BY_PERSON_Q1["王五"],
}


@pytest.mark.parametrize(("by", "expected"), [("person", BY_PERSON_Q1), ("team", BY_TEAM_Q1)])
def test_figures_per_person_and_team(ledger, by, expected):
    store, _firm = ledger
    got = F.payment_figures(store, *Q1, by=by)
    assert {g.name: _tuple(g) for g in got.groups} == expected
    assert [g.name for g in got.groups] == sorted(expected)


def test_an_invoice_after_the_money_counts_as_a_cycle_of_zero_days(ledger):
    store, firm = ledger
    _c, ids = contract_with_plan(store, firm.customers[1], firm.people["张三"], "50",
                                 date(2026, 5, 1), [(date(2026, 5, 1), "50")], number="HT-D")
    PAY.record_payment(store, customer_id=firm.customers[1], received_on=date(2026, 5, 3),
                       amount=D("50"))
    PL.set_invoiced(store, ids, date(2026, 5, 10))
    may = F.payment_figures(store, date(2026, 5, 1), date(2026, 5, 31))
    assert (may.total.settled, str(may.total.cycle_days), may.total.late) == (1, "0.0", 1)


def test_a_period_that_ends_before_it_starts_is_refused(ledger):
    store, _firm = ledger
    with pytest.raises(F.ValidationError, match="ends"):
        F.payment_figures(store, date(2026, 3, 1), date(2026, 2, 1))


def test_headless_figures_per_person_in_chinese_and_english(store, db_path):
    _ledger(store)
    store.close()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path),
                               "receivables", "figures", *args], cwd=ROOT, capture_output=True,
                              text=True, timeout=120)

    done = run("--from", "2026-01-01", "--to", "2026-03-31", "--by", "person", "--lang", "en")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Payment figures 2026-01-01 – 2026-03-31"
    assert lines[1].startswith("person\tsettled\tcollection rate\tpayment cycle (days)")
    assert lines[2:] == [
        "张三\t1\t30.0%\t20.0\t63.0\t—\t0.0%\t1,000.00\t300.00\t700.00\t1,000.00",
        "李四\t0\t—\t—\t90.0\t—\t—\t0.00\t0.00\t200.00\t200.00",
        "王五\t1\t100.0%\t42.0\t0.0\t28.0\t100.0%\t500.00\t500.00\t0.00\t500.00",
        "All\t2\t53.3%\t31.0\t47.6\t28.0\t50.0%\t1,500.00\t800.00\t900.00\t1,700.00",
    ]
    zh = run("--from", "2026-01-01", "--to", "2026-03-31", "--by", "team", "--lang", "zh")
    assert zh.returncode == 0, zh.stderr
    assert zh.stdout.splitlines()[1].startswith("团队\t结清期次\t回款率\t回款周期（天）")
    assert "华东区\t1\t30.0%\t20.0\t67.5" in zh.stdout
    assert zh.stdout.splitlines()[-1].startswith("合计\t2\t53.3%")
    bad = run("--from", "2026-04-01", "--to", "2026-03-01", "--lang", "en")
    assert bad.returncode == 2 and "ends (2026-03-01) before it starts" in bad.stderr
