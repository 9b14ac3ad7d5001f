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

Payments name their contract and are applied as :func:`services.orders.payments.record_payment`
applies them: to the contract's oldest open instalment first. Ids come from their own seeded
stream and timestamps from the demo clock: the same seed and ``today`` give identical rows.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from models import Deal, Stage
from models.enums import StageKind
from models.orders import Contract, Payment, PaymentAllocation, PaymentInstalment
from services.demo.common import Clock, DemoRandom, make_uuid, weighted

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


def _contract(out: _Orders, deal: Any, number: str) -> None:
    rng, clock = out.rng, out.clock
    today = clock.today
    deal_id, customer, owner, amount_value, sign = deal
    amount = int(amount_value * 100)
    cid = make_uuid(rng)
    name, lines = _template(amount, rng)
    out.contracts.append({"id": cid, "number": number, "customer_id": customer,
                          "deal_id": deal_id, "owner_id": owner, "sign_date": clock.dv(sign),
                          "amount": clock.money(amount), "status": "signed",
                          "terms": f"付款方式：{name}", **out.stamp(sign)})
    habit = weighted(rng, HABITS, HABIT_WEIGHTS)
    # (due, seq, id, amount) and what is open on each, for oldest-first application
    plan: list[tuple[date, int, str, int]] = []
    events: list[tuple[date, int]] = []  # (day, fen): payments the customer makes
    for seq, ((label, _p, days), share) in enumerate(
            zip(lines, split_fen(amount, tuple(p for _l, p, _d in lines)), strict=True),
            start=1):
        due = sign + timedelta(days=days)
        iid = make_uuid(rng)
        invoiced = None
        if due <= today and rng.random() < 0.8:
            invoiced = max(sign, due - timedelta(days=rng.randint(0, 7)))
        out.instalments.append({"id": iid, "contract_id": cid, "seq": seq,
                                "due_date": clock.dv(due), "amount": clock.money(share),
                                "label": label, "invoiced_on": clock.dv(invoiced),
                                **out.stamp(sign)})
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
    if events and rng.random() < 0.02:  # rounded up to the next thousand: more than was due
        day, value = events[-1]
        events[-1] = (day, (value // 100_000 + 1) * 100_000)
    _apply(out, customer, cid, plan, sorted(e for e in events if e[0] < today))


def _apply(out: _Orders, customer: str, contract: str, plan: list[tuple[date, int, str, int]],
           events: list[tuple[date, int]]) -> None:
    """Record the payments, each applied to the oldest open instalment first; then the odd
    refund of a credit or of a settled instalment (reopened, and paid again later).
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
    if credit and rng.random() < 0.5:  # the excess paid back
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
            again = day + timedelta(days=rng.randint(10, 40))
            if again < today:
                pid = out.payment(customer, contract, again, back)
                out.allocate(pid, last[1], back, again)


def write_demo_orders(writer: Any, session: Any, clock: Clock, seed: int) -> dict[str, int]:
    """Write the contracts, plans, payments and allocations of the won deals (see the module
    docstring) through ``writer``; returns the row count per table.
    """
    won = session.execute(
        select(Deal.id, Deal.customer_id, Deal.owner_id, Deal.won_amount, Deal.closed_on)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Stage.kind == StageKind.WON, Deal.won_amount > 0, Deal.closed_on.is_not(None),
               Deal.closed_on < clock.today)
        .order_by(Deal.closed_on, Deal.id)).all()
    out = _Orders(clock, DemoRandom(seed ^ 0x0D3E5))
    seq: dict[int, int] = {}
    for deal in won:
        sign = deal[4]
        seq[sign.year] = seq.get(sign.year, 0) + 1
        _contract(out, deal, f"HT-{sign.year}-{seq[sign.year]:04d}")
    counts = {}
    for model, rows in ((Contract, out.contracts), (PaymentInstalment, out.instalments),
                        (Payment, out.payments), (PaymentAllocation, out.allocations)):
        for i in range(0, len(rows), BATCH):
            writer.execute(model.__table__, rows[i:i + BATCH], insert_rows=True)
        counts[model.__tablename__] = len(rows)
    return counts
