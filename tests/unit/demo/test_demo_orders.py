"""The demo firm's contracts, payment plans and payments: consistent with the orders services,
late in believable measure, and feeding Today, the figures and the 回款额 actuals."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.orders import Payment
from services.demo import ensure_demo_db
from services.orders import figures as F
from services.orders import receivables as R
from services.orders.collected import collected_by_person_day
from services.orders.contracts import fen
from services.orders.payments import credit_fen
from services.orders.plans import split_by_percent
from services.orders.reminders import payment_reminders
from services.setup import open_store

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-orders") / "demo.sqlite3"
    ensure_demo_db(path, size="standard", today=TODAY)
    return path


@pytest.fixture
def conn(demo: Path):
    c = sqlite3.connect(f"file:{demo}?mode=ro", uri=True)
    yield c
    c.close()


def test_every_won_deal_has_its_contract_and_an_exact_plan(conn) -> None:
    won = conn.execute(
        "SELECT d.id, d.customer_id, d.owner_id, d.won_amount, d.closed_on FROM deals d "
        "JOIN stages s ON s.id = d.stage_id WHERE s.kind = 'won' AND d.closed_on < ?",
        (TODAY.isoformat(),)).fetchall()
    contracts = {r[0]: r[1:] for r in conn.execute(
        "SELECT deal_id, customer_id, owner_id, amount, sign_date, number FROM contracts")}
    assert len(won) > 300 and len(contracts) == len(won)
    for deal, customer, owner, amount, closed in won:
        assert contracts[deal][:4] == (customer, owner, amount, closed)
    numbers = [r[-1] for r in contracts.values()]
    assert len(set(numbers)) == len(numbers) and all(n.startswith("HT-20") for n in numbers)
    plans = conn.execute(
        "SELECT c.amount, group_concat(i.amount, ','), count(*) FROM contracts c "
        "JOIN payment_instalments i ON i.contract_id = c.id GROUP BY c.id").fetchall()
    assert len(plans) == len(contracts)
    shapes = Counter(n for _a, _s, n in plans)
    assert set(shapes) == {1, 2, 3}
    for amount, shares, n in plans:
        got = [int(x) for x in shares.split(",")]
        assert sum(got) == amount
        percents = {1: [100], 2: [50, 50], 3: [30, 60, 10]}[n]
        exact = split_by_percent(Decimal(amount) / 100, percents)
        assert sorted(got) == sorted(int(x * 100) for x in exact)


def test_payments_never_overpay_an_instalment_and_credits_stay_positive(conn, demo) -> None:
    over = conn.execute(
        "SELECT count(*) FROM payment_instalments i JOIN (SELECT instalment_id, "
        "sum(amount) s FROM payment_allocations GROUP BY instalment_id) a "
        "ON a.instalment_id = i.id WHERE a.s > i.amount OR a.s < 0").fetchone()[0]
    assert over == 0
    assert conn.execute("SELECT count(*) FROM payments WHERE received_on >= ?",
                        (TODAY.isoformat(),)).fetchone()[0] == 0
    kinds = conn.execute(
        "SELECT sum(p.amount > 0 AND coalesce(a.s, 0) < p.amount), "
        "sum(p.amount < 0 AND a.s IS NULL), sum(p.amount < 0 AND a.s < 0) FROM payments p "
        "LEFT JOIN (SELECT payment_id, sum(amount) s FROM payment_allocations "
        "GROUP BY payment_id) a ON a.payment_id = p.id").fetchone()
    overpaid, credit_refunds, reopening_refunds = kinds
    assert overpaid >= 3 and credit_refunds >= 1 and reopening_refunds >= 1, kinds
    customers = [r[0] for r in conn.execute("SELECT DISTINCT customer_id FROM payments")]
    with open_store(demo) as store, store.read() as uow:
        assert all(credit_fen(uow.session, c) >= 0 for c in customers)


def test_lateness_is_mixed_and_some_money_is_long_overdue(demo) -> None:
    with open_store(demo) as store:
        rows = [r for r in F.history(store, TODAY - date.resolution)
                if r.settled_on is not None]
        late = Counter("early" if r.settled_on < r.due_date else
                       "on time" if r.settled_on == r.due_date else "late" for r in rows)
        share = {k: v / len(rows) for k, v in late.items()}
        assert 0.05 < share["early"] < share["on time"] > share["late"] > 0.1, share
        aging = R.receivables(store, TODAY)
        assert all(aging.by_bucket[b] > 0 for b in R.BUCKETS), aging.by_bucket
        year = F.payment_figures(store, date(2026, 1, 1), TODAY, by="team")
        total = year.total
        assert total.settled > 300 and Decimal("0.8") < total.collection_rate < 1
        assert total.dso is not None and 20 < total.dso < 150
        assert len(year.groups) >= 4


def test_today_shows_payments_and_targets_get_collected_amounts(demo) -> None:
    with open_store(demo) as store:
        reminders = payment_reminders(store, TODAY, None, lang="zh_CN")
        kinds = Counter(r.kind for r in reminders)
        assert kinds["payment_overdue"] > 10 and kinds["payment_due"] > 0, kinds
        with store.read() as uow:
            collected = sum(f for _p, _d, f in collected_by_person_day(
                uow.session, date(2026, 1, 1), TODAY))
            paid = uow.session.execute(select(func.sum(fen(Payment.amount))).where(
                Payment.received_on >= date(2026, 1, 1))).scalar_one()
    assert collected == paid > 1_000_000_00
