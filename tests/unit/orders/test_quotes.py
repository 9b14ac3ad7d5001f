"""Quotes (报价): amounts exact to the fen (hand-computed), numbering and revisions, status by
date, the approval flow (报价审批) with its history and Today list, the contract an accepted
quote becomes, and an exact undo of every write.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Person
from models.quotes import Quote, QuoteApproval, QuoteLine
from services.core.errors import ValidationError
from services.orders import contracts as C
from services.orders import quote_approvals as QA
from services.orders import quote_queries as QQ
from services.orders import quote_rules as QR
from services.orders import quotes as Q
from services.products import catalogue as cat
from tests.unit.orders.orders_fixtures import build_firm, deal_id

D = Decimal
DAY = date(2026, 3, 2)

# quantity, unit price, discount bp, tax bp → gross, net, tax (worked out by hand)
LINES = [
    ("3", "99.99", 0, 1300, "299.97", "299.97", "39.00"),  # tax 38.9961 → 39.00
    ("7", "12.35", 1250, 600, "86.45", "75.64", "4.54"),  # net 75.64375, tax 4.5384
    ("2.5", "3333.33", 333, 900, "8333.33", "8055.83", "725.02"),  # 8333.325 × 0.9667
    ("1", "0.05", 5000, 1300, "0.05", "0.03", "0.00"),  # net 0.025 rounds half up
    ("3", "33.33", 10000, 1300, "99.99", "0.00", "0.00"),  # given away
]


@pytest.mark.parametrize("qty,price,disc,tax,gross,net,tax_amount", LINES)
def test_a_line_is_exact_to_the_fen(qty, price, disc, tax, gross, net, tax_amount):
    a = QR.line_amounts(D(qty), D(price), disc, tax)
    assert (a.gross, a.net, a.tax) == (D(gross), D(net), D(tax_amount))


def test_the_totals_are_sums_of_the_rounded_lines():
    t = QR.totals(QR.line_amounts(D(q), D(p), d, x) for q, p, d, x, *_ in LINES[:4])
    assert t == QR.Totals(D("8719.80"), D("288.33"), D("8431.47"), D("768.56"), D("9200.03"))
    assert t.subtotal - t.discount + t.tax == t.total


@pytest.mark.parametrize("status,until,today,shown", [
    ("sent", date(2026, 3, 31), date(2026, 3, 31), "sent"),  # valid through its last day
    ("sent", date(2026, 3, 31), date(2026, 4, 1), "expired"),
    ("draft", date(2026, 3, 31), date(2026, 4, 1), "draft"),
    ("accepted", date(2026, 3, 31), date(2026, 4, 1), "accepted"),
])
def test_a_sent_quote_past_its_date_shows_expired(status, until, today, shown):
    assert QR.shown_status(status, until, today) == shown


@pytest.mark.parametrize("text,parsed", [
    ("BJ-2026-0001", ("BJ-2026-0001", None)),
    ("BJ-2026-0001 rev 2", ("BJ-2026-0001", 2)),
    ("BJ-2026-0001 rev3", ("BJ-2026-0001", 3)),
])
def test_a_revision_is_named_after_its_number(text, parsed):
    assert QR.parse_display_number(text) == parsed
    assert QR.display_number("BJ-2026-0001", 1) == "BJ-2026-0001"
    # in Chinese text (a contract's terms, Today in Chinese) as the Chinese list reads it
    assert QR.display_number_zh("BJ-2026-0001", 1) == "BJ-2026-0001"
    assert QR.display_number_zh("BJ-2026-0001", 2) == "BJ-2026-0001 第 2 版"


@pytest.fixture
def firm(store):
    f = build_firm(store)
    f.product = cat.add_product(store, name="智能网关", code="GW-1", unit_price="12800",
                                tax_rate_bp=1300, measure_unit="台").value
    return f


def quote(store, firm, discount_bp=0, **kw):
    lines = kw.pop("lines", None) or [
        Q.QuoteLineInput(product_id=firm.product, quantity=2, discount_bp=discount_bp),
        Q.QuoteLineInput("实施服务", "1.5", "2500", 0, 600, measure_unit="人天")]
    kw.setdefault("customer_id", firm.customers[0])
    kw.setdefault("owner_id", firm.people["张三"])
    return Q.create_quote(store, lines=lines, issued_on=DAY, **kw).value


def test_a_quote_takes_prices_and_tax_from_the_catalogue_and_adds_up(store, firm):
    qid = quote(store, firm, 500)
    d = QQ.quote_detail(store, qid, DAY)
    assert [(ln.description, ln.unit_price, ln.tax_rate_bp, ln.measure_unit, ln.net, ln.tax)
            for ln in d.lines] == [
        ("智能网关", D("12800.00"), 1300, "台", D("24320.00"), D("3161.60")),
        ("实施服务", D("2500.00"), 600, "人天", D("3750.00"), D("225.00"))]
    q = d.quote
    assert (q.subtotal, q.discount, q.tax, q.total) == (
        D("29350.00"), D("1280.00"), D("3386.60"), D("31456.60"))
    assert (q.display_number, q.status, q.approval, q.valid_until) == (
        "BJ-2026-0001", "draft", None, date(2026, 4, 1))


def test_numbers_count_per_year_and_a_deal_gives_customer_and_owner(store, firm):
    assert QQ.list_quotes(store, DAY) == []
    a, b = quote(store, firm), quote(store, firm)
    deal = deal_id(store, "商机2")
    c = Q.create_quote(store, deal_id=deal, issued_on=date(2027, 1, 5),
                       lines=[Q.QuoteLineInput("咨询", 1, "100")]).value
    rows = {r.id: r for r in QQ.list_quotes(store, DAY)}
    assert [rows[x].number for x in (a, b, c)] == ["BJ-2026-0001", "BJ-2026-0002",
                                                   "BJ-2027-0001"]
    assert rows[c].deal_name == "商机2" and rows[c].owner_name == "李四"
    assert rows[c].customer_id == firm.customers[2]
    with pytest.raises(ValidationError, match="another customer"):
        Q.create_quote(store, deal_id=deal, customer_id=firm.customers[0], issued_on=DAY,
                       lines=[Q.QuoteLineInput("咨询", 1, "100")])


@pytest.mark.parametrize("line,message", [
    (Q.QuoteLineInput("", 1, "10"), "needs a product or a description"),
    (Q.QuoteLineInput("x", 0, "10"), "more than zero"),
    (Q.QuoteLineInput("x", "1.005", "10"), "at most two decimals"),
    (Q.QuoteLineInput("x", 1, "-1"), "cannot be negative"),
    (Q.QuoteLineInput("x", 1, "十"), "number of yuan"),
    (Q.QuoteLineInput("x", 1, "10", 10001), "between 0 and 100"),
])
def test_a_bad_line_is_refused(store, firm, line, message):
    with pytest.raises(ValidationError, match=message):
        quote(store, firm, lines=[line])


def test_status_path_and_expiry(store, firm):
    qid = quote(store, firm)
    with pytest.raises(ValidationError, match="Only a sent quote"):
        Q.accept_quote(store, qid, DAY)
    Q.send_quote(store, qid, DAY)
    with pytest.raises(ValidationError, match="Only a draft can be changed"):
        Q.update_quote(store, qid, notes="x")
    (row,) = QQ.list_quotes(store, date(2026, 4, 2))
    assert (row.status, row.shown_status, row.sent_on) == ("sent", "expired", DAY)
    with pytest.raises(ValidationError, match="expired on 2026-04-01"):
        Q.accept_quote(store, qid, date(2026, 4, 2))
    Q.accept_quote(store, qid, date(2026, 4, 1))
    assert QQ.quote_detail(store, qid, DAY).quote.decided_on == date(2026, 4, 1)


def test_a_revision_keeps_the_earlier_version_linked(store, firm):
    qid = quote(store, firm)
    Q.send_quote(store, qid, DAY)
    with pytest.raises(ValidationError, match="A draft is changed"):
        Q.revise_quote(store, quote(store, firm), issued_on=DAY)
    rev = Q.revise_quote(store, qid, issued_on=date(2026, 3, 10)).value
    Q.update_quote(store, rev, lines=[Q.QuoteLineInput("实施服务", 2, "2400", 0, 600)])
    rows = {r.id: r for r in QQ.list_quotes(store, DAY)}
    old, new = rows[qid], rows[rev]
    assert (new.display_number, new.previous_id, new.status) == ("BJ-2026-0001 rev 2", qid,
                                                                 "draft")
    assert new.valid_until == date(2026, 4, 9)  # the same 30 days
    assert old.superseded and not new.superseded and old.status == "sent"
    assert old.total == D("32903.00") and new.total == D("5088.00")
    assert QQ.find_quote(store, "BJ-2026-0001") == rev
    assert QQ.find_quote(store, "BJ-2026-0001 rev 1") == qid
    with pytest.raises(ValidationError, match="later revision"):
        Q.accept_quote(store, qid, DAY)


def _pending(store, qid):
    with store.read() as uow:
        return uow.session.scalars(select(QuoteApproval).where(
            QuoteApproval.quote_id == qid, QuoteApproval.state == "pending")).all()


def test_a_discount_beyond_the_threshold_waits_for_the_owners_manager(store, firm):
    zhang, boss = firm.people["张三"], firm.people["东经理"]
    qid = quote(store, firm, 1500, requested_by=zhang)  # 15 % > the default 10 %
    (req,) = _pending(store, qid)
    assert (req.approver_id, req.requested_by_id, req.max_discount_bp) == (boss, zhang, 1500)
    with pytest.raises(ValidationError, match="waits for approval"):
        Q.send_quote(store, qid, DAY)
    # Today: the approver sees it, the rep does not
    mine = QA.approval_reminders(store, DAY, boss, lang="zh_CN")
    assert [(r.kind, r.item_kind, r.item_id, r.title) for r in mine] == [
        ("quote_approval", "quote", qid, "报价 BJ-2026-0001 · 客户0")]
    assert "张三 申请折扣 15%" in mine[0].detail and "¥" in mine[0].detail
    assert QA.approval_reminders(store, DAY, zhang) == []
    with pytest.raises(ValidationError, match="never the person who asked"):
        QA.decide_approval(store, qid, True, decided_by=zhang)
    with pytest.raises(ValidationError, match="Say why"):
        QA.decide_approval(store, qid, False, decided_by=boss)
    QA.decide_approval(store, qid, False, decided_by=boss, comment="最多 12%")
    with pytest.raises(ValidationError, match="rejected"):
        Q.send_quote(store, qid, DAY)
    # lines changed: asked again; the rejection stays in the history
    Q.update_quote(store, qid, requested_by=zhang, lines=[
        Q.QuoteLineInput(product_id=firm.product, quantity=2, discount_bp=1200)])
    assert len(_pending(store, qid)) == 1
    QA.decide_approval(store, qid, True, decided_by=firm.people["老板"], comment="同意")
    Q.send_quote(store, qid, DAY)
    history = QA.approval_history(store, qid)
    assert [(h.state, h.max_discount_bp, h.decided_by, h.comment) for h in history] == [
        ("rejected", 1500, "东经理", "最多 12%"), ("approved", 1200, "老板", "同意")]


def test_manager_id_per_product_threshold_and_withdrawal(store, firm):
    with store.write() as uow:
        uow.session.get(Person, firm.people["张三"]).manager_id = firm.people["周总监"]
        uow.commit()
    QA.set_thresholds(store, 1000, {firm.product: 2000})
    qid = quote(store, firm, 1800)  # within the product's 20 %
    assert _pending(store, qid) == []
    Q.update_quote(store, qid, lines=[Q.QuoteLineInput("其他", 1, "100", 1800)])  # global 10 %
    (req,) = _pending(store, qid)
    assert req.approver_id == firm.people["周总监"]
    Q.update_quote(store, qid, lines=[Q.QuoteLineInput("其他", 1, "100", 1000)])
    assert _pending(store, qid) == []
    assert [h.state for h in QA.approval_history(store, qid)] == ["withdrawn"]
    assert QQ.quote_detail(store, qid, DAY).quote.approval is None
    Q.send_quote(store, qid, DAY)


def test_an_approved_discount_carries_into_a_revision(store, firm):
    qid = quote(store, firm, 1500)
    QA.decide_approval(store, qid, True, decided_by=firm.people["东经理"])
    Q.send_quote(store, qid, DAY)
    rev = Q.revise_quote(store, qid, issued_on=DAY).value
    assert QQ.quote_detail(store, rev, DAY).quote.approval == "approved"
    Q.send_quote(store, rev, DAY)


def test_an_accepted_quote_becomes_a_prefilled_contract(store, firm):
    deal = deal_id(store, "商机1")
    qid = Q.create_quote(store, deal_id=deal, issued_on=DAY,
                         lines=[Q.QuoteLineInput("服务", 1, "200", 0, 600)]).value
    with pytest.raises(ValidationError, match="Only an accepted quote"):
        QQ.create_contract_from_quote(store, qid, sign_date=DAY)
    Q.send_quote(store, qid, DAY)
    Q.accept_quote(store, qid, DAY)
    op = QQ.create_contract_from_quote(store, qid, sign_date=date(2026, 3, 5))
    (c,) = [x for x in C.list_contracts(store) if x.id == op.value]
    assert (c.amount, c.deal_id, c.customer_id, c.owner_id, c.terms, c.sign_date) == (
        D("212.00"), deal, firm.customers[1], firm.people["张三"], "依据报价单 BJ-2026-0001",
        date(2026, 3, 5))


TABLES = (Quote, QuoteLine, QuoteApproval)


def live(store):
    out = {}
    with store.read() as uow:
        for model in TABLES:
            cols = [c.key for c in model.__table__.columns if c.key != "updated_at"]
            for row in uow.session.scalars(select(model).where(model.deleted_at.is_(None))):
                out[(model.__tablename__, row.id)] = tuple(getattr(row, c) for c in cols)
    return out


def _setup(store, firm):
    ids = {"pending": quote(store, firm, 1500), "draft": quote(store, firm),
           "sent": quote(store, firm)}
    Q.send_quote(store, ids["sent"], DAY)
    return ids


WRITES = {
    "create": lambda s, f, i: Q.create_quote(s, customer_id=f.customers[1], issued_on=DAY,
                                             lines=[Q.QuoteLineInput("a", 1, "1", 2000)]),
    "edit lines": lambda s, f, i: Q.update_quote(
        s, i["pending"], notes="改", lines=[Q.QuoteLineInput("b", 2, "3", 500, 1300)]),
    "send": lambda s, f, i: Q.send_quote(s, i["draft"], DAY),
    "accept": lambda s, f, i: Q.accept_quote(s, i["sent"], DAY),
    "reject": lambda s, f, i: Q.reject_quote(s, i["sent"], DAY),
    "expire": lambda s, f, i: Q.expire_quote(s, i["sent"], DAY),
    "revise": lambda s, f, i: Q.revise_quote(s, i["sent"], issued_on=DAY),
    "discard": lambda s, f, i: Q.discard_quote(s, i["pending"]),
    "approve": lambda s, f, i: QA.decide_approval(s, i["pending"], True,
                                                  decided_by=f.people["东经理"]),
    "reject discount": lambda s, f, i: QA.decide_approval(
        s, i["pending"], False, decided_by=f.people["东经理"], comment="太低"),
    "thresholds": lambda s, f, i: QA.set_thresholds(s, 2000, {f.product: 500}),
    "contract": lambda s, f, i: (Q.accept_quote(s, i["sent"], DAY),
                                 QQ.create_contract_from_quote(s, i["sent"], sign_date=DAY))[1],
}


@pytest.mark.parametrize("name", list(WRITES))
def test_undo_puts_the_quote_back_and_redo_brings_the_same_ids(store, firm, name):
    ids = _setup(store, firm)
    before = live(store)
    thresholds = QA.read_thresholds(store)
    contracts = C.list_contracts(store)
    op = WRITES[name](store, firm, ids)
    after, after_contracts = live(store), C.list_contracts(store)
    assert op.changes
    redo = op.undo.run(store)
    if name != "contract":
        assert live(store) == before
    assert C.list_contracts(store) == contracts
    assert QA.read_thresholds(store) == thresholds
    redo.undo.run(store)
    assert live(store) == after and C.list_contracts(store) == after_contracts
