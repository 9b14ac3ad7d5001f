"""The demo firm's contracts, payment plans and payments: consistent with the orders services,
late in believable measure, and feeding Today, the figures and the 回款额 actuals."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.orders import Payment
from services.demo import ensure_demo_db
from services.orders import figures as F
from services.orders import quote_rules as QR
from services.orders import receivables as R
from services.orders.collected import collected_by_person_day
from services.orders.compliance import compliance
from services.orders.contracts import fen
from services.orders.payments import credit_fen
from services.orders.plans import split_by_percent
from services.orders.quote_approvals import approval_history, approval_reminders, read_thresholds
from services.orders.quote_queries import list_quotes, quote_detail
from services.orders.reminders import payment_reminders
from services.orders.risk import REASONS, risk_list
from services.org.people import list_people
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
        "SELECT deal_id, customer_id, owner_id, amount, sign_date, terms, number "
        "FROM contracts")}
    accepted = {r[0]: r[1:] for r in conn.execute(
        "SELECT deal_id, number, revision, total, decided_on FROM quotes "
        "WHERE status = 'accepted'")}
    assert len(won) > 300 and len(contracts) == len(won)
    from_quote = 0
    for deal, customer, owner, amount, closed in won:
        assert contracts[deal][:2] == (customer, owner) and contracts[deal][3] == closed
        quote = accepted.get(deal)
        if quote is None:  # signed for the won amount
            assert contracts[deal][2] == amount and "报价" not in contracts[deal][4]
            continue
        # signed for the accepted quote's total, on the day it was accepted, naming it
        number, revision, total, decided = quote
        assert contracts[deal][2] == total and decided == closed
        shown = number if revision == 1 else f"{number} 第 {revision} 版"
        assert contracts[deal][4].startswith(f"依据报价单 {shown}；")
        from_quote += 1
    assert len(won) // 2 < from_quote < len(won)
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


def test_quotes_in_every_status_with_revisions_and_exact_amounts(conn, demo) -> None:
    with open_store(demo) as store:
        quotes = list_quotes(store, TODAY)
        thresholds = read_thresholds(store)
        shown = Counter(q.shown_status for q in quotes)
        assert set(shown) == {"draft", "sent", "accepted", "rejected", "expired"}, shown
        assert shown["accepted"] > 100 and shown["draft"] >= 3
        numbers = Counter((q.number, q.revision) for q in quotes)
        assert max(numbers.values()) == 1
        by_id = {q.id: q for q in quotes}
        revised = [q for q in quotes if q.revision > 1]
        assert 5 < len(revised) < len(quotes) // 4
        for q in revised:  # rev 2 keeps rev 1: same number, same deal, issued no later
            assert q.previous_id is not None
            before = by_id[q.previous_id]
            assert (before.number, before.revision, before.deal_id) == (
                q.number, q.revision - 1, q.deal_id)
            assert before.superseded and before.issued_on <= q.issued_on
            assert before.status in ("sent", "rejected", "expired")
        products = {r[0]: r[1] for r in conn.execute("SELECT id, tax_rate_bp FROM products")}
        for q in quotes[::7]:
            detail = quote_detail(store, q.id, TODAY)
            amounts = [QR.line_amounts(ln.quantity, ln.unit_price, ln.discount_bp,
                                       ln.tax_rate_bp) for ln in detail.lines]
            assert [(a.net, a.tax) for a in amounts] == [(ln.net, ln.tax) for ln in detail.lines]
            t = QR.totals(amounts)
            assert (t.subtotal, t.discount, t.tax, t.total) == (q.subtotal, q.discount, q.tax,
                                                                 q.total)
            assert all(ln.tax_rate_bp == products[ln.product_id] in (1300, 600)
                       for ln in detail.lines)
            beyond = QR.beyond_threshold([(ln.product_id, ln.discount_bp)
                                          for ln in detail.lines], thresholds)
            assert (q.approval is not None) == bool(beyond), q.display_number
            assert q.issued_on < TODAY and (q.sent_on is None) == (q.status == "draft")
            if q.status == "accepted":
                assert q.sent_on and q.decided_on and q.sent_on <= q.decided_on <= q.valid_until


def test_discount_approvals_wait_on_each_managers_today(demo) -> None:
    with open_store(demo) as store:
        people = list_people(store)
        managers = [p for p in people if p.role == "manager"]
        for m in managers:  # the screenshots' "I am" is the first manager
            waiting = approval_reminders(store, TODAY, m.id, lang="zh_CN")
            assert waiting, m.name
            assert all(r.kind == "quote_approval" and r.title.startswith("报价 BJ-")
                       and "rev" not in r.title
                       and r.due < TODAY for r in waiting)
        quotes = list_quotes(store, TODAY)
        states = Counter(q.approval for q in quotes if q.approval)
        assert states["pending"] == len(managers) and states["rejected"] == 1
        assert states["approved"] >= 3
        for q in quotes:
            history = approval_history(store, q.id) if q.approval else []
            if q.approval == "pending":
                assert q.status == "draft" and history[-1].decided_by is None
            elif q.approval == "rejected":
                assert q.status == "draft" and history[-1].comment
            elif q.approval == "approved":
                assert history[-1].decided_by == history[-1].approver is not None
                decided = history[-1].decided_at
                assert decided is not None
                assert q.sent_on is None or (decided + timedelta(hours=8)).date() <= q.sent_on


def test_orders_move_on_with_age_and_a_few_are_cancelled(conn, demo) -> None:
    rows = conn.execute(
        "SELECT id, status, order_status, sign_date, delivered_on, accepted_on, completed_on, "
        "cancelled_on, cancel_reason FROM contracts").fetchall()
    status = Counter(r[2] for r in rows)
    assert set(status) == {"pending", "delivered", "accepted", "done", "cancelled"}, status
    steps = ("pending", "delivered", "accepted", "done")
    for _id, contract, order, signed, *dates, cancelled, reason in rows:
        reached = [d for d in dates if d is not None]
        assert reached == sorted(reached) and all(signed <= d < TODAY.isoformat()
                                                  for d in reached)
        if order == "cancelled":
            assert contract == "cancelled" and reason and not reached
            assert signed < cancelled < TODAY.isoformat()
        else:
            assert contract in ("signed", "draft") and cancelled is None
            assert len(reached) == steps.index(order)
    old = Counter(r[2] for r in rows if r[3] < "2026-01-01")
    assert old["done"] > 0.7 * sum(old.values()), old
    recent = Counter(r[2] for r in rows if r[3] >= "2026-10-01")
    assert recent["pending"] and recent["delivered"] and not recent["done"] > sum(
        recent.values()) // 2, recent
    cancelled = {r[0] for r in rows if r[2] == "cancelled"}
    assert 3 <= len(cancelled) <= len(rows) // 50
    unpaid = conn.execute(
        "SELECT count(*) FROM payment_instalments i LEFT JOIN (SELECT instalment_id, "
        "sum(amount) s FROM payment_allocations GROUP BY instalment_id) a "
        "ON a.instalment_id = i.id WHERE coalesce(a.s, 0) < i.amount AND i.contract_id IN "
        f"({','.join('?' * len(cancelled))})", tuple(cancelled)).fetchone()[0]
    assert unpaid  # their instalments are not all paid, and still not receivables
    with open_store(demo) as store:
        aging = R.receivables(store, TODAY)
        assert not {r.contract_id for r in aging.rows} & cancelled
        with store.read() as uow:
            assert all(credit_fen(uow.session, c) >= 0 for c, in conn.execute(
                "SELECT customer_id FROM contracts WHERE status = 'cancelled'"))


def test_contracts_are_compliant_drafts_are_recent_and_the_risk_list_is_full(conn,
                                                                             demo) -> None:
    rows = conn.execute("SELECT id, status, sign_date, override_reason FROM contracts "
                        "ORDER BY sign_date").fetchall()
    drafts = [r for r in rows if r[1] == "draft"]
    assert 2 <= len(drafts) <= 10 and all(r[2] >= "2026-11-08" for r in drafts)
    overrides = [r for r in rows if r[3]]
    assert 2 <= len(overrides) <= 4
    with open_store(demo) as store:
        for cid, state, _signed, reason in rows[-150:] + overrides:
            checks = compliance(store, cid)
            if state == "draft":
                assert checks.missing and checks.override is None
            elif reason:
                assert len(checks.missing) == 1 and checks.override is not None
                assert checks.override.missing == checks.missing
                assert checks.override.by_name and checks.override.reason == reason
            else:
                assert not checks.missing and checks.override is None
        aging = R.receivables(store, TODAY)
        assert not {r.contract_id for r in aging.rows} & {r[0] for r in drafts}
        risk = risk_list(store, TODAY)
        reasons = Counter(x for r in risk for x in r.reasons)
        assert set(reasons) == set(REASONS), reasons
        assert reasons["over_limit"] >= 3 and reasons["disputed"] >= 2
