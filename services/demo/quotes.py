"""The demo firm's quotes (报价) and their discount approvals (报价审批).

A deal gets its quote when it reaches 方案报价: the lines are the deal's product lines at the
catalogue price with the deal's discount and the product's tax rate (13 %, services 6 %), the
amounts computed by :mod:`services.orders.quote_rules` exactly as the quote service stores them.

* Won deals (three in four of those with product lines): the last version was accepted on the
  day the deal was won and becomes its contract (:func:`services.demo.orders.write_demo_orders`
  takes the quote's total and names it in the terms). A deal that took long after its first
  quote, and a few others, went through a revision: rev 1 was turned down (已拒绝) or ran out
  (已过期) with a smaller discount, rev 2 kept it as it was.
* Open deals at 方案报价 or 商务谈判: their quote was sent (已发送; shown 已过期 once past its
  date, some marked so), a recent one may still be a draft (草稿); some in negotiation were
  revised.
* Lost deals that had been quoted: their quote was rejected, or expired.

The firm's discount threshold is 15 % (边缘计算盒: 10 %). The lines beyond it asked for approval
from the rep's manager, approved before the quote was sent; a few quotes went deeper (20 %).
Each sales manager has a fresh draft waiting for their approval on Today, and one draft's
discount was rejected with a comment. Ids come from their own seeded stream: the same seed and
``today`` give identical rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from models import AppSetting, Deal, DealLine, Person, Product, Stage, StageHistory
from models.enums import Role, StageKind
from models.quotes import Quote, QuoteApproval, QuoteLine
from services.demo.common import LOCAL_OFFSET, Clock, DemoRandom, make_uuid
from services.orders import quote_rules as QR
from services.orders.contracts import fen
from services.orders.quote_approvals import THRESHOLDS_KEY

QUOTE_STAGE, NEGOTIATION_STAGE = 3, 4  # sort orders of 方案报价 and 商务谈判
GLOBAL_LIMIT_BP = 1500
PRODUCT_LIMITS = {"QF-HW-300": 1000}  # 边缘计算盒: hardware sold near cost
DEEP_BP = (2000, 2000, 2500)
VALID_DAYS = QR.DEFAULT_VALID_DAYS
SHARE = {"won": 0.75, "open": 0.85, "lost": 0.6}
APPROVED_COMMENTS = (None, None, "同意，注意回款", "老客户，同意", "同意，下不为例")
REJECTED_COMMENT = "折扣超出权限，最多给到15%，请和客户再谈一谈后重新报价"
NOTES = (None, None, None, "含上门安装调试", "含一年质保", "报价含税，运费另计")
BATCH = 20_000

Line = tuple[str, int, int, int]  # (product id, quantity, catalogue price fen, discount bp)


@dataclass
class _Version:
    issued: date
    lines: list[Line]
    status: str
    sent: date | None = None
    decided: date | None = None
    approval: str | None = None  # "pending" / "rejected" forced; else from the thresholds


@dataclass
class _Chain:
    deal: str | None
    customer: str
    owner: str | None
    versions: list[_Version] = field(default_factory=list)
    won: bool = False


class _Catalogue:
    """The products as quote lines need them."""

    def __init__(self, session: Any):
        self.price: dict[str, int] = {}
        self.tax: dict[str, int] = {}
        self.unit: dict[str, str | None] = {}
        self.name: dict[str, str] = {}
        self.limits: dict[str, int] = {}
        self.active: list[str] = []
        for pid, name, code, price, tax, unit, active in session.execute(
                select(Product.id, Product.name, Product.code, fen(Product.unit_price),
                       Product.tax_rate_bp, Product.measure_unit, Product.active)
                .order_by(Product.code)):
            self.price[pid], self.tax[pid], self.unit[pid], self.name[pid] = price, tax, unit, name
            if code in PRODUCT_LIMITS:
                self.limits[pid] = PRODUCT_LIMITS[code]
            if active:
                self.active.append(pid)
        self.thresholds = QR.Thresholds(GLOBAL_LIMIT_BP, self.limits)


def _day(at: datetime) -> date:
    return (at + LOCAL_OFFSET).date()


def _load(session: Any) -> tuple[dict[str, list[date | None]], list[Any], dict[str, list[Line]]]:
    """(quote and negotiation days per deal, the deals, their product lines)."""
    reached: dict[str, list[date | None]] = {}
    for deal_id, order, at in session.execute(
            select(StageHistory.deal_id, Stage.sort_order, StageHistory.at)
            .join(Stage, Stage.id == StageHistory.to_stage_id)
            .where(Stage.sort_order.in_((QUOTE_STAGE, NEGOTIATION_STAGE)),
                   Stage.kind == StageKind.OPEN)):
        days = reached.setdefault(deal_id, [None, None])
        days[order - QUOTE_STAGE] = _day(at)
    deals = [d for d in session.execute(
        select(Deal.id, Deal.customer_id, Deal.owner_id, Stage.kind, Stage.sort_order,
               Deal.closed_on)
        .join(Stage, Stage.id == Deal.stage_id).order_by(Deal.id)) if d[0] in reached]
    lines: dict[str, list[Line]] = {}
    prices = dict(session.execute(select(Product.id, fen(Product.unit_price))).all())
    for deal_id, pid, qty, unit in session.execute(
            select(DealLine.deal_id, DealLine.product_id, DealLine.quantity,
                   fen(DealLine.unit_price)).order_by(DealLine.deal_id, DealLine.id)):
        if deal_id in reached:
            price = prices[pid]
            discount = round((price - unit) * 100 / price) * 100 if price else 0
            lines.setdefault(deal_id, []).append((pid, qty, price, discount))
    return reached, deals, lines


class _Builder:
    """Draws the chains of versions."""

    def __init__(self, clock: Clock, rng: DemoRandom):
        self.clock, self.rng = clock, rng
        self.today = clock.today
        self.last = clock.today - timedelta(days=1)

    def deepen(self, lines: list[Line], bp: int | None = None) -> list[Line]:
        """The lines with one of them discounted deeper (20–25 %)."""
        i = int(self.rng.random() * len(lines))
        pid, qty, price, _d = lines[i]
        return [*lines[:i], (pid, qty, price, bp or self.rng.choice(DEEP_BP)), *lines[i + 1:]]

    def milder(self, lines: list[Line]) -> list[Line]:
        """The lines as first quoted: five points less discount."""
        return [(p, q, c, max(0, d - 500)) for p, q, c, d in lines]

    def sent(self, issued: date, before: date | None = None) -> date:
        day = issued + timedelta(days=self.rng.randint(0, 2))
        return min(day, before or self.last, self.last)

    def won(self, chain: _Chain, lines: list[Line], start: date, closed: date) -> None:
        rng = self.rng
        start = min(start, closed)
        final = max(start, closed - timedelta(days=rng.randint(3, 25)))
        if final > start and ((final - start).days > VALID_DAYS + 15 or rng.random() < 0.12):
            first = _Version(start, self.milder(lines), "sent", self.sent(start, final))
            if (final - start).days > VALID_DAYS:
                first.status, first.decided = "expired", start + timedelta(days=VALID_DAYS + 1)
            else:
                first.status, first.decided = "rejected", final
            chain.versions.append(first)
        elif (closed - start).days <= VALID_DAYS:
            final = start
        chain.versions.append(_Version(final, lines, "accepted", self.sent(final, closed),
                                       closed))
        chain.won = True

    def open(self, chain: _Chain, lines: list[Line], start: date, nego: date | None) -> None:
        rng = self.rng
        latest = start
        if nego is not None and nego > start and rng.random() < 0.4:
            chain.versions.append(_Version(start, self.milder(lines), "rejected",
                                           self.sent(start, nego), nego))
            latest = nego
        v = _Version(latest, lines, "sent")
        if (self.today - latest).days <= 4 and rng.random() < 0.5:
            v.status = "draft"
        else:
            v.sent = self.sent(latest)
            expires = latest + timedelta(days=VALID_DAYS)
            if expires < self.last and rng.random() < 0.5:
                v.status, v.decided = "expired", expires + timedelta(days=1)
        chain.versions.append(v)

    def lost(self, chain: _Chain, lines: list[Line], start: date, closed: date) -> None:
        start = min(start, closed)
        v = _Version(start, lines, "sent", self.sent(start, closed))
        if (closed - start).days <= VALID_DAYS:
            v.status, v.decided = "rejected", closed
        else:
            v.status, v.decided = "expired", start + timedelta(days=VALID_DAYS + 1)
        chain.versions.append(v)


class _Rows:
    """Storage rows of the three tables."""

    def __init__(self, clock: Clock, rng: DemoRandom, cat: _Catalogue,
                 managers: dict[str, str | None]):
        self.clock, self.rng, self.cat, self.managers = clock, rng, cat, managers
        self.quotes: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []
        self.approvals: list[dict[str, Any]] = []
        self.accepted: dict[str, tuple[str, int]] = {}
        self._amounts: dict[tuple[int, int, int, int], QR.LineAmounts] = {}

    def minute(self, day: date, hour_from: int = 9) -> int:
        m = self.clock.day_index(day) * 1440 + self.rng.randint(hour_from * 60, 17 * 60)
        return min(max(m, 0), self.clock.end - 1)

    def amounts(self, qty: int, price: int, discount: int, tax: int) -> QR.LineAmounts:
        key = (qty, price, discount, tax)
        found = self._amounts.get(key)
        if found is None:
            found = self._amounts[key] = QR.line_amounts(
                Decimal(qty), Decimal(price).scaleb(-2), discount, tax)
        return found

    def chain(self, chain: _Chain, number: str) -> None:
        clock, money, dv = self.clock, self.clock.money, self.clock.dv
        previous: str | None = None
        for revision, v in enumerate(chain.versions, start=1):
            qid = make_uuid(self.rng)
            at = clock.ts(self.minute(v.issued))
            stamp = {"created_at": at, "updated_at": at, "deleted_at": None}
            figures = []
            for seq, (pid, qty, price, discount) in enumerate(v.lines, start=1):
                tax = self.cat.tax[pid]
                a = self.amounts(qty, price, discount, tax)
                figures.append(a)
                self.lines.append({
                    "id": make_uuid(self.rng), "quote_id": qid, "seq": seq, "product_id": pid,
                    "description": self.cat.name[pid], "measure_unit": self.cat.unit[pid],
                    "quantity": money(qty * 100), "unit_price": money(price),
                    "discount_bp": discount, "tax_rate_bp": tax,
                    "net": money(_fen(a.net)), "tax": money(_fen(a.tax)), **stamp})
            t = QR.totals(figures)
            beyond = QR.beyond_threshold([(p, d) for p, _q, _c, d in v.lines],
                                         self.cat.thresholds)
            approval = v.approval or ("approved" if beyond else None)
            if approval is not None:
                deepest = max((bp for _i, bp, _l in beyond), default=max(
                    d for _p, _q, _c, d in v.lines))
                self.approval(qid, chain.owner, v.issued, deepest, approval)
            self.quotes.append({
                "id": qid, "number": number, "revision": revision, "previous_id": previous,
                "customer_id": chain.customer, "deal_id": chain.deal, "owner_id": chain.owner,
                "issued_on": dv(v.issued), "valid_until": dv(v.issued + timedelta(VALID_DAYS)),
                "status": v.status, "sent_on": dv(v.sent), "decided_on": dv(v.decided),
                "approval": approval, "notes": self.rng.choice(NOTES),
                "subtotal": money(_fen(t.subtotal)), "discount": money(_fen(t.discount)),
                "tax": money(_fen(t.tax)), "total": money(_fen(t.total)), **stamp})
            previous = qid
            if v.status == "accepted" and chain.deal is not None:
                # named as services.orders.quote_queries.contract_terms names it
                self.accepted[chain.deal] = (QR.display_number_zh(number, revision),
                                             _fen(t.total))

    def approval(self, qid: str, owner: str | None, issued: date, deepest: int,
                 state: str) -> None:
        approver = self.managers.get(owner or "")
        asked = self.minute(issued, 9)
        row = {"id": make_uuid(self.rng), "quote_id": qid, "approver_id": approver,
               "requested_by_id": owner, "requested_at": self.clock.ts(asked),
               "max_discount_bp": deepest, "state": state, "decided_by_id": None,
               "decided_at": None, "comment": None}
        if state != "pending":
            decided = min(asked + self.rng.randint(20, 300), self.clock.end - 1)
            row.update(decided_by_id=approver, decided_at=self.clock.ts(decided),
                       comment=REJECTED_COMMENT if state == "rejected"
                       else self.rng.choice(APPROVED_COMMENTS))
        at = self.clock.ts(asked)
        self.approvals.append({**row, "created_at": at, "updated_at": at, "deleted_at": None})


def _fen(value: Decimal) -> int:
    return int(value.scaleb(2))


def write_demo_quotes(writer: Any, session: Any, clock: Clock, seed: int
                      ) -> tuple[dict[str, int], dict[str, tuple[str, int]]]:
    """Write the quotes, their lines and approvals (see the module docstring) through
    ``writer``; returns the row count per table and, per won deal with an accepted quote, the
    quote's number and total in fen (what its contract is signed for).
    """
    rng = DemoRandom(seed ^ 0xB1A0)
    cat = _Catalogue(session)
    people = session.execute(select(Person.id, Person.role, Person.manager_id,
                                    Person.active_to).order_by(Person.id)).all()
    managers = {pid: mgr for pid, _r, mgr, _t in people}
    reached, deals, lines = _load(session)
    build = _Builder(clock, rng)
    chains: list[_Chain] = []
    candidates: dict[str, list[tuple[date, _Chain | None, Any]]] = {}  # per approver
    active = {pid for pid, _r, _m, left in people if left is None}
    for deal_id, customer, owner, kind, order, closed in deals:
        q3, q4 = reached[deal_id]
        start = q3 or q4
        deal_lines = lines.get(deal_id)
        if start is None or start >= clock.today:
            continue
        kind = str(kind)
        if kind == StageKind.OPEN and order in (QUOTE_STAGE, NEGOTIATION_STAGE):
            key = "open"
        elif kind == StageKind.WON and closed is not None and closed < clock.today:
            key = "won"
        elif kind == StageKind.LOST and closed is not None and closed < clock.today:
            key = "lost"
        else:
            continue
        quoted = deal_lines is not None and rng.random() < SHARE[key]
        chain = _Chain(deal_id, customer, owner) if quoted else None
        if chain is not None and deal_lines is not None:
            if rng.random() < 0.03:
                deal_lines = build.deepen(deal_lines)
            if key == "won":
                build.won(chain, deal_lines, start, closed)
            elif key == "open":
                build.open(chain, deal_lines, start, q4)
            else:
                build.lost(chain, deal_lines, start, closed)
            chains.append(chain)
        if key == "open" and deal_lines is not None and owner in active:
            candidates.setdefault(managers.get(owner) or "", []).append(
                (start, chain, (deal_id, customer, owner, deal_lines)))
    _waiting(build, chains, candidates, people)
    chains.sort(key=lambda c: (c.versions[0].issued, c.deal or "", c.customer))
    out = _Rows(clock, rng, cat, managers)
    seq: dict[int, int] = {}
    for chain in chains:
        year = chain.versions[0].issued.year
        seq[year] = seq.get(year, 0) + 1
        out.chain(chain, f"BJ-{year}-{seq[year]:04d}")
    counts = {}
    for model, rows in ((Quote, out.quotes), (QuoteLine, out.lines),
                        (QuoteApproval, out.approvals)):
        for i in range(0, len(rows), BATCH):
            writer.execute(model.__table__, rows[i:i + BATCH], insert_rows=True)
        counts[model.__tablename__] = len(rows)
    writer.execute(AppSetting.__table__, [{
        "key": THRESHOLDS_KEY, "updated_at": clock.ts(0),
        "value": json.dumps({"global_bp": GLOBAL_LIMIT_BP, "products": dict(cat.limits)},
                            ensure_ascii=False, sort_keys=True)}], insert_rows=True)
    return counts, out.accepted


def _waiting(build: _Builder, chains: list[_Chain],
             candidates: dict[str, list[tuple[date, _Chain | None, Any]]],
             people: list[Any]) -> None:
    """Each sales manager gets a fresh draft with a deep discount waiting for them; the next
    manager's second candidate had its discount rejected with a comment.
    """
    rng, today = build.rng, build.today
    managers = [pid for pid, role, _m, left in people if role == Role.MANAGER and left is None]
    rejected = False
    for manager in managers:
        found = sorted(candidates.get(manager, []), key=lambda c: (c[0], c[2][0]),
                       reverse=True)
        for i, (start, chain, (deal_id, customer, owner, deal_lines)) in enumerate(found[:2]):
            if i == 1 and rejected:
                break
            issued = max(start, today - timedelta(days=rng.randint(1, 3)))
            if chain is None:
                chain = _Chain(deal_id, customer, owner)
                chains.append(chain)
            else:
                latest = chain.versions[-1]
                if latest.status == "draft":  # the draft is changed, no new revision
                    chain.versions.pop()
                elif latest.status == "sent":  # a sent quote is revised; it stays sent
                    issued = max(issued, latest.sent or issued)
            lines = build.deepen(deal_lines)
            state = "pending" if i == 0 else "rejected"
            chain.versions.append(_Version(issued, lines, "draft", approval=state))
            rejected = rejected or state == "rejected"

