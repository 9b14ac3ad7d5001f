"""The demo firm's orders and cash (成交与回款): contracts, payment plans, payments, refunds.

Every won deal becomes a signed contract (合同, ``HT-{yyyy}-{seq:04}`` in signing order) of its
won amount, for its customer and owner, signed on its closing day. Its payment plan follows a
template by size (under 5万 一次付清 due after 30 days; to 50万 预付 50 % / 验收 50 % after 60
days; above 预付 30 % / 到货 60 % after 30 days / 质保金 10 % after a year), exact to the fen
as :func:`services.orders.plans.split_by_percent` splits. Instalments due by today are mostly
invoiced (已开票) a few days before their due date.

Each contract's customer pays with a habit: some early, most on time (on the due day or up to
3 days before), some late (1–60 days), a few very late (91–200 days, so at today many are still
open and more than 90 days overdue); 质保金 is paid later still. Some instalments are paid in two
parts; a few payments are more than was due (the excess is the customer's credit, and half of
those are refunded from the credit later); a few settled instalments get part of their money
back (a refund reopening them) and paid again. Nothing happens on or after ``today``.

A won deal whose quote was accepted (:mod:`services.demo.quotes`) is signed for the quote's
total, its terms naming the quote (依据报价单 BJ-…), as a contract made from the quote is.
Contracts carry the firm's required terms ticked (合同合规); a couple were signed over a
missing term by the rep's manager, with the reason. The order (订单状态) was delivered, accepted
and completed in the weeks after signing, so old orders are 已完成 and recent ones 待交付,
已交付 or 已验收 (customers who pay very late rarely get theirs closed). The latest few won
deals' contracts are still drafts (草稿: part of the checklist ticked, nothing owed yet), and a
few orders were cancelled (已取消) with a reason soon after signing: what the customer had paid
was refunded, and their instalments are open no longer. A few overdue instalments are disputed
(争议), and a few customers owe more than their credit limit (信用额度), which is lowered to
below what they owe, so the risk list has every reason.

Payments name their contract and are applied as :func:`services.orders.payments.record_payment`
applies them: to the contract's oldest open instalment first. Ids come from their own seeded
stream and timestamps from the demo clock: the same seed and ``today`` give identical rows.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from models import Customer, Deal, Person, Stage
from models.enums import StageKind
from models.orders import Contract, Payment, PaymentAllocation, PaymentInstalment
from services.demo.common import Clock, DemoRandom, make_uuid, weighted
from services.orders.compliance import DEFAULT_TERMS

# (template name, ((label, percent, days after signing), ...)) — services.orders.plans.TEMPLATES
ONE_OFF = ("一次付清", (("全款", 100, 30),))
HALVES = ("预付50% / 验收50%", (("预付", 50, 0), ("验收", 50, 60)))
THREE = ("预付30% / 到货60% / 质保金10%", (("预付", 30, 0), ("到货", 60, 30), ("质保金", 10, 365)))
SMALL_FEN = 5_000_000  # 5万
LARGE_FEN = 50_000_000  # 50万

HABITS = ("early", "on_time", "late", "very_late")
HABIT_WEIGHTS = (15.0, 55.0, 24.0, 6.0)
METHODS = ("bank", "acceptance", "wechat", "alipay", "cash")
METHOD_WEIGHTS = (72.0, 14.0, 6.0, 5.0, 3.0)
BATCH = 20_000
CANCEL_REASONS = ("客户预算冻结，项目暂停", "客户改选其他供应商", "需求变更，双方协商解除合同",
                  "客户经营困难，无法履约")
OVERRIDE_REASONS = ("客户法务流程较长，先签合同，违约条款后补协议", "老客户续约，沿用上年条款",
                    "客户要求年底前签约，发票类型下周确认")
OVERRIDE_TERMS = ("liability", "invoice", "acceptance")
ALL_TERMS = json.dumps(sorted(t for t, _n in DEFAULT_TERMS))
TERM_NAMES = dict(DEFAULT_TERMS)
OVER_LIMIT_MIN_FEN = 5_000_000  # customers owing at least 5万 may be over their limit


def split_fen(total: int, percents: tuple[int, ...]) -> list[int]:
    """``total`` fen shared by integer ``percents`` (adding up to 100): every share but the last
    rounded half up, the last the rest (as ``split_by_percent`` splits).
    """
    shares = [(total * p * 2 + 100) // 200 for p in percents[:-1]]
    return [*shares, total - sum(shares)]


def _template(amount: int, rng: DemoRandom) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    if amount < SMALL_FEN:
        return HALVES if rng.random() < 0.15 else ONE_OFF
    if amount < LARGE_FEN:
        return THREE if rng.random() < 0.2 else HALVES
    return HALVES if rng.random() < 0.1 else THREE


def _pay_day(due: date, sign: date, habit: str, label: str, rng: DemoRandom) -> date | None:
    """When an instalment due on ``due`` gets paid (None: not paid at all yet)."""
    if habit == "early":
        day = due - timedelta(days=rng.randint(1, 10))
    elif habit == "on_time":
        day = due - timedelta(days=rng.randint(0, 3))
    elif habit == "late":
        day = due + timedelta(days=rng.randint(1, 60))
    else:
        if rng.random() < 0.3:
            return None
        day = due + timedelta(days=rng.randint(91, 200))
    if label == "质保金" and rng.random() < 0.5:  # retention money comes late
        day += timedelta(days=rng.randint(10, 90))
    return max(day, sign)


class _Orders:
    """Rows of the four tables, in storage values of the clock."""

    def __init__(self, clock: Clock, rng: DemoRandom):
        self.clock, self.rng = clock, rng
        self.contracts: list[dict[str, Any]] = []
        self.instalments: list[dict[str, Any]] = []
        self.payments: list[dict[str, Any]] = []
        self.allocations: list[dict[str, Any]] = []
        self.by_id: dict[str, dict[str, Any]] = {}  # instalment rows by id
        self.overdue: list[str] = []  # instalments long overdue at today (dispute candidates)
        self.owed: dict[str, int] = {}  # open receivables per customer (signed contracts)
        self.managers: dict[str, str | None] = {}

    def stamp(self, day: date) -> dict[str, Any]:
        minute = self.clock.day_index(day) * 1440 + self.rng.randint(9 * 60, 18 * 60)
        at = self.clock.ts(min(max(minute, 0), self.clock.end - 1))
        return {"created_at": at, "updated_at": at, "deleted_at": None}

    def payment(self, customer: str, contract: str, day: date, amount: int,
                method: str | None = None) -> str:
        how = method or weighted(self.rng, METHODS, METHOD_WEIGHTS)
        pid = make_uuid(self.rng)
        ref = None
        if how == "bank":
            ref = f"BK{day:%Y%m%d}{self.rng.randint(0, 999_999):06d}"
        elif how == "acceptance":
            ref = f"承兑 {self.rng.randint(10**11, 10**12 - 1)}"
        self.payments.append({"id": pid, "customer_id": customer, "contract_id": contract,
                              "received_on": self.clock.dv(day),
                              "amount": self.clock.money(amount), "method": how,
                              "reference": ref, **self.stamp(day)})
        return pid

    def allocate(self, payment: str, instalment: str, amount: int, day: date) -> None:
        self.allocations.append({"id": make_uuid(self.rng), "payment_id": payment,
                                 "instalment_id": instalment,
                                 "amount": self.clock.money(amount), **self.stamp(day)})


def _contract(out: _Orders, deal: Any, number: str, role: str,
              accepted: dict[str, tuple[str, int]]) -> None:
    """One won deal's contract, plan and payments; ``role``: signed, draft, cancel or
    override (signed over a missing term).
    """
    rng, clock = out.rng, out.clock
    today = clock.today
    deal_id, customer, owner, amount_value, sign = deal
    amount = int(amount_value * 100)
    quote = accepted.get(deal_id)
    if quote is not None:
        amount = quote[1]
    cid = make_uuid(rng)
    name, lines = _template(amount, rng)
    terms = f"依据报价单 {quote[0]}；付款方式：{name}" if quote else f"付款方式：{name}"
    habit = weighted(rng, HABITS, HABIT_WEIGHTS)
    row = {"id": cid, "number": number, "customer_id": customer, "deal_id": deal_id,
           "owner_id": owner, "sign_date": clock.dv(sign), "amount": clock.money(amount),
           "status": "signed", "terms": terms, **_order(out, sign, habit, role),
           **_compliance(out, sign, owner, role), **out.stamp(sign)}
    out.contracts.append(row)
    cancelled = sign + timedelta(days=rng.randint(3, 25)) if role == "cancel" else None
    if cancelled is not None:
        row.update(status="cancelled", order_status="cancelled",
                   cancelled_on=clock.dv(cancelled), cancel_reason=rng.choice(CANCEL_REASONS))
    elif role == "draft":
        row["status"] = "draft"
    owes_until = cancelled or (today if role != "draft" else sign - timedelta(days=1))
    # (due, seq, id, amount) and what is open on each, for oldest-first application
    plan: list[tuple[date, int, str, int]] = []
    events: list[tuple[date, int]] = []  # (day, fen): payments the customer makes
    for seq, ((label, _p, days), share) in enumerate(
            zip(lines, split_fen(amount, tuple(p for _l, p, _d in lines)), strict=True),
            start=1):
        due = sign + timedelta(days=days)
        iid = make_uuid(rng)
        invoiced = None
        if due <= owes_until and rng.random() < 0.8:
            invoiced = max(sign, due - timedelta(days=rng.randint(0, 7)))
        out.by_id[iid] = {"id": iid, "contract_id": cid, "seq": seq,
                          "due_date": clock.dv(due), "amount": clock.money(share),
                          "label": label, "invoiced_on": clock.dv(invoiced),
                          "disputed": False, **out.stamp(sign)}
        out.instalments.append(out.by_id[iid])
        plan.append((due, seq, iid, share))
        day = _pay_day(due, sign, habit, label, rng)
        if day is None:
            continue
        if share >= 200 and rng.random() < 0.1:  # paid in two parts
            first = share * rng.randint(3, 7) // 10
            events.append((max(sign, day - timedelta(days=rng.randint(5, 20))), first))
            events.append((day, share - first))
        else:
            events.append((day, share))
    if role == "draft":
        return
    if events and cancelled is None and rng.random() < 0.02:  # rounded up: more than was due
        day, value = events[-1]
        events[-1] = (day, (value // 100_000 + 1) * 100_000)
    end = cancelled or today
    left = _apply(out, customer, cid, plan, sorted(e for e in events if e[0] < end),
                  cancelled)
    if cancelled is None:
        out.owed[customer] = out.owed.get(customer, 0) + sum(left.values())
        for due, _seq, iid, _a in plan:
            if left[iid] and (today - due).days > 20:
                out.overdue.append(iid)


def _order(out: _Orders, sign: date, habit: str, role: str) -> dict[str, Any]:
    """The order's status and the dates of its steps: delivered, accepted and done in the
    weeks after signing (nothing on or after today); a draft's or a cancelled order's is
    pending.
    """
    rng, clock = out.rng, out.clock
    delivered = sign + timedelta(days=rng.randint(5, 40))
    accepted = delivered + timedelta(days=rng.randint(3, 30))
    done = accepted + timedelta(days=rng.randint(10, 90))
    if habit == "very_late" and rng.random() < 0.7:  # unpaid: nobody closes the order
        done = date.max
    steps: dict[str, Any] = {"delivered_on": None, "accepted_on": None, "completed_on": None}
    status = "pending"
    if role not in ("draft", "cancel"):
        for (key, day), step in zip((("delivered_on", delivered), ("accepted_on", accepted),
                                     ("completed_on", done)),
                                    ("delivered", "accepted", "done"), strict=True):
            if day >= clock.today:
                break
            steps[key], status = clock.dv(day), step
    return {"order_status": status, **steps, "cancelled_on": None, "cancel_reason": None}


def _compliance(out: _Orders, sign: date, owner: str | None, role: str) -> dict[str, Any]:
    """The required terms ticked, and the override of a contract signed over a missing one."""
    rng, clock = out.rng, out.clock
    row: dict[str, Any] = {"terms_checked": ALL_TERMS, "override_by_id": None,
                           "override_reason": None, "override_at": None,
                           "override_missing": None}
    ids = sorted(TERM_NAMES)
    if role == "draft":
        row["terms_checked"] = json.dumps(sorted(rng.sample(ids, rng.randint(1, len(ids) - 1))))
    elif role == "override":
        missing = rng.choice(OVERRIDE_TERMS)
        row.update(terms_checked=json.dumps([t for t in ids if t != missing]),
                   override_by_id=out.managers.get(owner or ""),
                   override_reason=rng.choice(OVERRIDE_REASONS),
                   override_at=clock.ts(clock.day_index(sign) * 1440 + rng.randint(600, 1000)),
                   override_missing=json.dumps([TERM_NAMES[missing]], ensure_ascii=False))
    return row


def _apply(out: _Orders, customer: str, contract: str, plan: list[tuple[date, int, str, int]],
           events: list[tuple[date, int]], cancelled: date | None = None) -> dict[str, int]:
    """Record the payments, each applied to the oldest open instalment first; then the odd
    refund of a credit or of a settled instalment (reopened, and paid again later), or of
    everything paid on a cancelled order. Returns what is left open on each instalment.
    """
    rng, today = out.rng, out.clock.today
    open_fen = {iid: amount for _due, _seq, iid, amount in plan}
    order = [iid for _due, _seq, iid, _a in sorted(plan)]
    credit = 0
    last: tuple[date, str, int] | None = None  # the last settled instalment
    for day, value in events:
        pid = out.payment(customer, contract, day, value)
        left = value
        for iid in order:
            take = min(left, open_fen[iid])
            if take <= 0:
                continue
            out.allocate(pid, iid, take, day)
            open_fen[iid] -= take
            left -= take
            if not open_fen[iid]:
                last = (day, iid, take)
            if not left:
                break
        credit += left
    if cancelled is not None:
        _refund_cancelled(out, customer, contract, plan, open_fen, cancelled)
    elif credit and rng.random() < 0.5:  # the excess paid back
        day = events[-1][0] + timedelta(days=rng.randint(3, 30))
        if day < today:
            out.payment(customer, contract, day, -credit, "bank")
    elif last is not None and not credit and not any(open_fen.values()) \
            and rng.random() < 0.02:
        day = last[0] + timedelta(days=rng.randint(5, 40))
        back = max(1, last[2] // 10)
        if day < today:
            pid = out.payment(customer, contract, day, -back, "bank")
            out.allocate(pid, last[1], -back, day)
            open_fen[last[1]] += back
            again = day + timedelta(days=rng.randint(10, 40))
            if again < today:
                pid = out.payment(customer, contract, again, back)
                out.allocate(pid, last[1], back, again)
                open_fen[last[1]] -= back
    return open_fen


def _refund_cancelled(out: _Orders, customer: str, contract: str,
                      plan: list[tuple[date, int, str, int]], open_fen: dict[str, int],
                      cancelled: date) -> None:
    """What the customer paid on a cancelled order goes back to them, one refund."""
    paid = [(iid, amount - open_fen[iid]) for _due, _seq, iid, amount in plan
            if amount > open_fen[iid]]
    day = cancelled + timedelta(days=out.rng.randint(3, 20))
    if not paid or day >= out.clock.today:
        return
    pid = out.payment(customer, contract, day, -sum(v for _i, v in paid), "bank")
    for iid, value in paid:
        out.allocate(pid, iid, -value, day)
        open_fen[iid] += value


def _roles(rng: DemoRandom, won: list[Any], today: date) -> list[str]:
    """What becomes of each won deal's contract, in signing order: the latest few are drafts,
    a few orders were cancelled, a couple signed over a missing term; the rest signed.
    """
    roles = ["signed"] * len(won)
    few = max(2, len(won) // 300)
    recent = [i for i, d in enumerate(won) if (today - d[4]).days <= 14]
    for i in recent[-few:]:
        roles[i] = "draft"
    settled = [i for i, d in enumerate(won) if 30 <= (today - d[4]).days <= 400]
    for i in rng.sample(settled, min(len(settled), max(2, len(won) // 120))):
        roles[i] = "cancel"
    fresh = [i for i, d in enumerate(won) if 15 <= (today - d[4]).days <= 120
             and roles[i] == "signed"]
    for i in rng.sample(fresh, min(len(fresh), max(2, len(won) // 600))):
        roles[i] = "override"
    return roles


def _over_limit(out: _Orders) -> list[dict[str, Any]]:
    """A few customers owing at least 5万: their credit limit lowered to below what they owe."""
    rng = out.rng
    owing = sorted(c for c, owed in out.owed.items() if owed >= OVER_LIMIT_MIN_FEN)
    chosen = rng.sample(owing, min(len(owing), max(3, len(owing) // 100)))
    rows = []
    for customer in sorted(chosen):
        limit = int(out.owed[customer] * rng.uniform(0.5, 0.9)) // 1_000_000 * 1_000_000
        lowered = out.clock.end - 1440 * rng.randint(1, 20) - rng.randint(360, 900)
        rows.append({"id": customer, "credit_limit": out.clock.money(max(1_000_000, limit)),
                     "updated_at": out.clock.ts(lowered)})
    return rows


def write_demo_orders(writer: Any, session: Any, clock: Clock, seed: int,
                      accepted: dict[str, tuple[str, int]] | None = None) -> dict[str, int]:
    """Write the contracts, plans, payments and allocations of the won deals (see the module
    docstring) through ``writer``, signed for their accepted quote's total (by deal id) when
    they have one; returns the row count per table.
    """
    won = session.execute(
        select(Deal.id, Deal.customer_id, Deal.owner_id, Deal.won_amount, Deal.closed_on)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Stage.kind == StageKind.WON, Deal.won_amount > 0, Deal.closed_on.is_not(None),
               Deal.closed_on < clock.today)
        .order_by(Deal.closed_on, Deal.id)).all()
    out = _Orders(clock, DemoRandom(seed ^ 0x0D3E5))
    out.managers = dict(session.execute(select(Person.id, Person.manager_id)).all())
    roles = _roles(out.rng, won, clock.today)
    seq: dict[int, int] = {}
    for deal, role in zip(won, roles, strict=True):
        sign = deal[4]
        seq[sign.year] = seq.get(sign.year, 0) + 1
        _contract(out, deal, f"HT-{sign.year}-{seq[sign.year]:04d}", role, accepted or {})
    if out.overdue:
        for iid in out.rng.sample(out.overdue, min(len(out.overdue),
                                                   max(2, len(out.overdue) // 60))):
            out.by_id[iid]["disputed"] = True
    counts = {}
    for model, rows in ((Contract, out.contracts), (PaymentInstalment, out.instalments),
                        (Payment, out.payments), (PaymentAllocation, out.allocations)):
        for i in range(0, len(rows), BATCH):
            writer.execute(model.__table__, rows[i:i + BATCH], insert_rows=True)
        counts[model.__tablename__] = len(rows)
    limits = _over_limit(out)
    if limits:
        writer.execute(Customer.__table__, limits, insert_rows=False)
    return counts
