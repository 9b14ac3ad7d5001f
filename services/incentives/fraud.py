"""Performance-fraud signals (业绩造假) for the approver of a period's payout run.

Each signal names a person, the records behind it, the amount at stake and a plain sentence (an
English template with its values, translated in context ``FraudSignals`` like the payout lines).
A signal is a question for the approver, not a verdict. The kinds, for a period ``P``:

* **instant_win** (当天创建当天赢单): a deal closed won in ``P`` on the day it was created, for
  at least the setting's amount (default ¥100,000). At stake: the won amount.
* **backdated** (成交日期回溯): a deal closed won in ``P`` whose close date is before the day
  it was created, or more than the setting's days (default 3) before the day it was marked won
  (the moment it entered its won stage). Sailplan keeps no history of edits to a deal's close
  date (``stage_history`` keeps the stage moves, with the expected close date as it was at
  each move), so a close date moved backwards is found by comparing it with those two moments,
  which no edit of the close date changes. At stake: the won amount.
* **cancelled_after_payout** (提成发放后取消): a contract cancelled in ``P`` on or after the day
  a locked run that paid on it was locked. **refunded_after_payout** (提成发放后退款): the
  same for money paid back in ``P``. A run paid on a contract when one of its lines traces the
  contract, a payment applied to it or its deal; the line's amount is shared among the records
  it traces in proportion to their amounts. At stake: what that run paid the person on it (for
  a refund, in the proportion of the refund to the contract's amount).
* **split_customer** (拆分客户): customers of one owner sharing a phone number (the customer's
  or a contact's), an e-mail address or an address, one of them created in ``P`` — one firm
  entered several times to earn new-customer awards (客户拓展奖). Phones and e-mails are
  compared as :mod:`services.customers.dedupe` normalises them; addresses after NFKC, case
  folding and without spaces or punctuation. Sailplan keeps no tax id (税号) for a customer, so
  none is compared. At stake: the new-customer awards of any run on the group's customers but
  the oldest.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.customers import Contact, Customer
from models.incentives import LineKind, PayoutLine, PayoutRun, RunStatus
from models.orders import Contract, ContractStatus, Payment, PaymentAllocation, PaymentInstalment
from models.org import Person
from models.pipeline import Deal, Stage
from services.core import periods as P
from services.core.catalog import catalogue, fill
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.rule_store import read_json, write_json
from services.core.store import Store
from services.customers.dedupe import normalise_email, normalise_phone
from services.incentives.lines import CENT, money, yuan
from services.incentives.statements import language_code

CONTEXT = "FraudSignals"
SETTING_KEY = "incentives.fraud_signals"
DEFAULT_INSTANT_WIN = Decimal("100000.00")
DEFAULT_BACKDATE_DAYS = 3
MAX_BACKDATE_DAYS = 365
MIN_PHONE_DIGITS = 7
MIN_ADDRESS_CHARS = 6
NAME_SEP = " / "


class SignalKind(StrEnum):
    """What a signal is about, in the order they are listed."""

    INSTANT_WIN = "instant_win"
    BACKDATED = "backdated"
    CANCELLED_AFTER_PAYOUT = "cancelled_after_payout"
    REFUNDED_AFTER_PAYOUT = "refunded_after_payout"
    SPLIT_CUSTOMER = "split_customer"


KIND_WORDS: Mapping[str, tuple[str, str]] = {
    SignalKind.INSTANT_WIN: ("当天创建当天赢单", "Won the day it was created"),
    SignalKind.BACKDATED: ("成交日期回溯", "Close date backdated"),
    SignalKind.CANCELLED_AFTER_PAYOUT: ("提成发放后取消", "Cancelled after a payout"),
    SignalKind.REFUNDED_AFTER_PAYOUT: ("提成发放后退款", "Refunded after a payout"),
    SignalKind.SPLIT_CUSTOMER: ("拆分客户", "Customer split up"),
}
"""Each kind's name (Chinese, English)."""

INSTANT_WIN = ("{deal} ({customer}) was created and won on the same day, {day}, for {amount} "
               "(signals start at {threshold})")
BEFORE_CREATED = "{deal} ({customer}) closes on {closed}, before it was created on {created}"
MARKED_LATER = ("{deal} ({customer}) closes on {closed} but was marked won on {recorded}, "
                "{days} days later")
CANCELLED = ("Contract {contract} ({customer}) was cancelled on {day}, after the {run} payout "
             "run that paid {paid} on it was locked on {locked}")
REFUNDED = ("{customer} was refunded {refund} on contract {contract} on {day}, after the {run} "
            "payout run that paid {paid} on it was locked on {locked}; at stake {amount}")
SHARED_PHONE = ("{person}'s customers {customers} share the phone number {value}; created in "
                "{period}: {created}; new-customer awards on them: {amount}")
SHARED_EMAIL = ("{person}'s customers {customers} share the e-mail address {value}; created in "
                "{period}: {created}; new-customer awards on them: {amount}")
SHARED_ADDRESS = ("{person}'s customers {customers} share the address {value}; created in "
                  "{period}: {created}; new-customer awards on them: {amount}")
TEMPLATES = (INSTANT_WIN, BEFORE_CREATED, MARKED_LATER, CANCELLED, REFUNDED, SHARED_PHONE,
             SHARED_EMAIL, SHARED_ADDRESS)
"""Every sentence of a signal (translated in context ``FraudSignals``)."""
SHARED = {"phone": SHARED_PHONE, "email": SHARED_EMAIL, "address": SHARED_ADDRESS}
ERRORS = (
    "The amount that raises a same-day win must be 0 or more.",
    "The days a close date may lie before the win must be between 0 and {max}.",
)
"""The refusals of :func:`set_fraud_settings` (context ``ServiceErrors``)."""
PAYING_KINDS = (LineKind.COMMISSION, LineKind.NEW_CUSTOMER, LineKind.BONUS, LineKind.MENTORING,
                LineKind.COEFFICIENT)


@dataclass(frozen=True)
class FraudSettings:
    """The thresholds of the signals (setting ``incentives.fraud_signals``)."""

    instant_win_amount: Decimal = DEFAULT_INSTANT_WIN
    backdate_days: int = DEFAULT_BACKDATE_DAYS

    @classmethod
    def from_dict(cls, value: Any) -> FraudSettings:
        """The settings stored as JSON; a missing or bad value takes its default."""
        if not isinstance(value, dict):
            return cls()
        try:
            amount = money(Decimal(str(value.get("instant_win_amount"))))
        except ArithmeticError:
            amount = DEFAULT_INSTANT_WIN
        days = value.get("backdate_days")
        if not (isinstance(days, int) and 0 <= days <= MAX_BACKDATE_DAYS):
            days = DEFAULT_BACKDATE_DAYS
        return cls(amount if amount >= 0 else DEFAULT_INSTANT_WIN, days)

    def to_dict(self) -> dict[str, Any]:
        """The JSON stored."""
        return {"instant_win_amount": str(self.instant_win_amount),
                "backdate_days": self.backdate_days}


def fraud_settings(store: Store) -> FraudSettings:
    """The firm's thresholds (the defaults until changed)."""
    with store.read() as uow:
        return FraudSettings.from_dict(read_json(uow.session, SETTING_KEY))


def set_fraud_settings(store: Store, instant_win_amount: Decimal | str | int,
                       backdate_days: int) -> Op[FraudSettings]:
    """Change the thresholds; the value is the previous settings, the undo sets them back."""
    try:
        amount = money(Decimal(str(instant_win_amount)))
    except ArithmeticError:
        amount = Decimal(-1)
    if amount < 0:
        raise ValidationError(ERRORS[0], field="instant_win_amount")
    if not (isinstance(backdate_days, int) and 0 <= backdate_days <= MAX_BACKDATE_DAYS):
        raise ValidationError(ERRORS[1], field="backdate_days", max=MAX_BACKDATE_DAYS)
    before = fraud_settings(store)
    with store.write() as uow:
        write_json(uow.session, SETTING_KEY, FraudSettings(amount, backdate_days).to_dict())
        uow.commit()
        return uow.op(before, undo=call(set_fraud_settings, before.instant_win_amount,
                                        before.backdate_days))


@dataclass(frozen=True)
class SignalRecord:
    """A record a signal names: its kind (deal, customer, contract, payment, run), id, label."""

    kind: str
    id: str
    label: str


@dataclass(frozen=True)
class Signal:
    """One performance-fraud signal."""

    kind: str  # SignalKind
    person_id: str | None
    person_name: str
    records: tuple[SignalRecord, ...]
    amount: Decimal  # yuan at stake
    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        """The sentence in ``lang`` (the English one when nobody translated it)."""
        return signal_text(self.template, self.params, lang)

    def kind_label(self, lang: str = "en") -> str:
        """The kind's name in ``lang``."""
        pair = KIND_WORDS.get(self.kind, (self.kind, self.kind))
        return pair[0] if language_code(lang) == "zh_CN" else pair[1]


def signal_text(template: str, params: Mapping[str, str], lang: str) -> str:
    """A signal's sentence: the template translated (``FraudSignals``) and filled in."""
    code = language_code(lang)
    translated = catalogue(code).translate(CONTEXT, template) if code != "en" else template
    return fill(template, translated, params)


def fraud_signals(store: Store, period: str, settings: FraudSettings | None = None
                  ) -> list[Signal]:
    """Every signal of ``period`` (a month, quarter or year key), by kind, person and record."""
    span = P.parse(period)
    with store.read() as uow:
        s = uow.session
        rules = settings or FraudSettings.from_dict(read_json(s, SETTING_KEY))
        names = {pid: name for pid, name in s.execute(select(Person.id, Person.name))}
        out = _deal_signals(s, span, rules, names)
        out += _after_payout_signals(s, span, names)
        out += _split_customer_signals(s, span, names)
    order = {k: i for i, k in enumerate(SignalKind)}
    return sorted(out, key=lambda g: (order[SignalKind(g.kind)], g.person_name,
                                      g.person_id or "",
                                      tuple((r.label, r.id) for r in g.records)))


def local_date(moment: datetime) -> date:
    """The calendar day of a stored UTC moment on this machine."""
    return moment.astimezone().date()


def _utc_window(span: P.Period) -> tuple[datetime, datetime]:
    """UTC moments surely around the period's local days (a day's slack for any time zone)."""
    return (datetime.combine(span.start - timedelta(days=1), time(), UTC),
            datetime.combine(span.end + timedelta(days=2), time(), UTC))


# -- deals: won on the day they were created, close dates before the win -------------------


def _deal_signals(s: Session, span: P.Period, rules: FraudSettings,
                  names: Mapping[str, str]) -> list[Signal]:
    rows = s.execute(
        select(Deal.id, Deal.name, Deal.owner_id, Deal.amount, Deal.won_amount, Deal.closed_on,
               Deal.created_at, Deal.stage_entered_at, Customer.id, Customer.name)
        .join(Stage, Stage.id == Deal.stage_id)
        .join(Customer, Customer.id == Deal.customer_id)
        .where(Deal.deleted_at.is_(None), Stage.kind == "won",
               Deal.closed_on >= span.start, Deal.closed_on <= span.end)
        .order_by(Deal.closed_on, Deal.id))
    out: list[Signal] = []
    for (did, name, owner, amount, won, closed, created_at, entered, cid,
         customer) in rows:
        if closed is None:
            continue
        value = money(won if won is not None else amount or Decimal(0))
        created = local_date(created_at)
        recorded = local_date(entered)
        records = (SignalRecord("deal", did, name), SignalRecord("customer", cid, customer))
        base = {"deal": name, "customer": customer}

        def signal(kind: SignalKind, template: str, params: dict[str, str],
                   owner: str | None = owner, records: tuple[SignalRecord, ...] = records,
                   value: Decimal = value) -> Signal:
            return Signal(kind, owner, names.get(owner or "", ""), records, value, template,
                          params)

        if closed == created and value >= rules.instant_win_amount:
            out.append(signal(SignalKind.INSTANT_WIN, INSTANT_WIN, {
                **base, "day": closed.isoformat(), "amount": yuan(value),
                "threshold": yuan(rules.instant_win_amount)}))
        if closed < created:
            out.append(signal(SignalKind.BACKDATED, BEFORE_CREATED, {
                **base, "closed": closed.isoformat(), "created": created.isoformat()}))
        elif (recorded - closed).days > rules.backdate_days:
            out.append(signal(SignalKind.BACKDATED, MARKED_LATER, {
                **base, "closed": closed.isoformat(), "recorded": recorded.isoformat(),
                "days": str((recorded - closed).days)}))
    return out


# -- contracts cancelled or refunded after a locked run paid on them -----------------------


@dataclass(frozen=True)
class _Paid:
    run_id: str
    period: str
    locked: date
    person_id: str
    contract_id: str
    amount: Decimal


def _after_payout_signals(s: Session, span: P.Period, names: Mapping[str, str]
                          ) -> list[Signal]:
    paid = _paid_on_contracts(s, span.end)
    if not paid:
        return []
    by_contract: dict[str, list[_Paid]] = {}
    for p in paid:
        by_contract.setdefault(p.contract_id, []).append(p)
    contracts = {row.id: row for row in s.scalars(
        select(Contract).where(Contract.id.in_(by_contract)))}
    customers = _names(s, Customer, {c.customer_id for c in contracts.values()})
    out: list[Signal] = []
    for cid, c in sorted(contracts.items(), key=lambda kv: kv[1].number):
        cancelled = c.cancelled_on
        if (c.status != ContractStatus.CANCELLED or cancelled is None or c.deleted_at
                or not span.contains(cancelled)):
            continue
        for p in by_contract[cid]:
            if p.locked > cancelled:
                continue
            records: tuple[SignalRecord, ...] = (SignalRecord("contract", cid, c.number),
                       SignalRecord("customer", c.customer_id, customers.get(c.customer_id, "")),
                       SignalRecord("run", p.run_id, p.period))
            out.append(Signal(SignalKind.CANCELLED_AFTER_PAYOUT, p.person_id,
                              names.get(p.person_id, ""), records, p.amount, CANCELLED, {
                                  "contract": c.number,
                                  "customer": customers.get(c.customer_id, ""),
                                  "day": cancelled.isoformat(), "run": p.period,
                                  "paid": yuan(p.amount), "locked": p.locked.isoformat()}))
    for pay_id, day, contract_id, refund in _refunds(s, span, set(by_contract)):
        c = contracts[contract_id]
        for p in by_contract[contract_id]:
            if p.locked > day:
                continue
            share = Decimal(1) if c.amount <= 0 else min(Decimal(1), refund / c.amount)
            stake = money(p.amount * share)
            customer = customers.get(c.customer_id, "")
            records = (SignalRecord("contract", contract_id, c.number),
                       SignalRecord("customer", c.customer_id, customer),
                       SignalRecord("payment", pay_id, f"{day.isoformat()} {yuan(-refund)}"),
                       SignalRecord("run", p.run_id, p.period))
            out.append(Signal(SignalKind.REFUNDED_AFTER_PAYOUT, p.person_id,
                              names.get(p.person_id, ""), records, stake, REFUNDED, {
                                  "customer": customer, "refund": yuan(refund),
                                  "contract": c.number, "day": day.isoformat(),
                                  "run": p.period, "paid": yuan(p.amount),
                                  "locked": p.locked.isoformat(), "amount": yuan(stake)}))
    return out


def _names(s: Session, model: Any, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {rid: name for rid, name in s.execute(select(model.id, model.name)
                                                 .where(model.id.in_(wanted)))}


def _trace(text: str | None) -> list[tuple[str, str, int | None]]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    out = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, list) and len(item) >= 2:
            fen = item[2] if len(item) > 2 and isinstance(item[2], int) else None
            out.append((str(item[0]), str(item[1]), fen))
    return out


def _shares(amount: Decimal, refs: Sequence[tuple[Any, int | None]]) -> list[Decimal]:
    """``amount`` shared among ``refs`` (key, fen): by their fen when every one has a
    positive amount, else equally; rounded to the fen (the last takes the remainder).
    """
    if not refs:
        return []
    weights = [Decimal(f or 0) for _k, f in refs] if all(f and f > 0 for _k, f in refs) else \
        [Decimal(1)] * len(refs)
    total = sum(weights)
    out = [(amount * w / total).quantize(CENT, rounding=ROUND_HALF_UP) for w in weights[:-1]]
    return [*out, amount - sum(out, Decimal(0))]


def _paid_on_contracts(s: Session, until: date) -> list[_Paid]:
    """What each locked run (locked by ``until``) paid each person on each contract."""
    runs = {r.id: r for r in s.scalars(select(PayoutRun).where(
        PayoutRun.deleted_at.is_(None), PayoutRun.status == RunStatus.LOCKED,
        PayoutRun.locked_at.is_not(None)))
        if local_date(r.locked_at) <= until}  # type: ignore[arg-type]
    if not runs:
        return []
    lines = s.execute(select(PayoutLine.run_id, PayoutLine.person_id, PayoutLine.amount,
                             PayoutLine.trace)
                      .where(PayoutLine.run_id.in_(runs), PayoutLine.deleted_at.is_(None),
                             PayoutLine.kind.in_(PAYING_KINDS))
                      .order_by(PayoutLine.run_id, PayoutLine.person_id, PayoutLine.position,
                                PayoutLine.id)).all()
    traces = [(run, person, amount, _trace(text)) for run, person, amount, text in lines]
    to_contracts = _contract_map(s, traces)
    totals: dict[tuple[str, str, str], Decimal] = {}
    for run_id, person, amount, trace in traces:
        refs = [((kind, rid), fen) for kind, rid, fen in trace if (kind, rid) in to_contracts]
        for ((kind, rid), _fen), share in zip(refs, _shares(money(amount), refs),
                                              strict=True):
            for contract_id, part in to_contracts[(kind, rid)]:
                key = (run_id, person, contract_id)
                totals[key] = totals.get(key, Decimal(0)) + share * part
    out = []
    for (run_id, person, contract_id), value in sorted(totals.items()):
        if money(value) > 0:
            run = runs[run_id]
            out.append(_Paid(run_id, run.period, local_date(run.locked_at),  # type: ignore[arg-type]
                             person, contract_id, money(value)))
    return out


def _contract_map(s: Session, traces: list[tuple[str, str, Decimal, list[Any]]]
                  ) -> dict[tuple[str, str], list[tuple[str, Decimal]]]:
    """Each traced contract, payment or deal → the contracts it stands for, with the part of
    it each takes (a payment: by what it applied to each contract's instalments).
    """
    ids: dict[str, set[str]] = {"contract": set(), "payment": set(), "deal": set()}
    for *_rest, trace in traces:
        for kind, rid, _fen in trace:
            if kind in ids:
                ids[kind].add(rid)
    out: dict[tuple[str, str], list[tuple[str, Decimal]]] = {
        ("contract", cid): [(cid, Decimal(1))] for cid in ids["contract"]}
    if ids["deal"]:
        for did, cid in s.execute(select(Contract.deal_id, Contract.id)
                                  .where(Contract.deal_id.in_(ids["deal"]),
                                         Contract.deleted_at.is_(None))
                                  .order_by(Contract.id)):
            if did is not None:
                out.setdefault(("deal", did), []).append((cid, Decimal(1)))
        for key, contracts in out.items():
            if key[0] == "deal" and len(contracts) > 1:
                out[key] = [(cid, Decimal(1) / len(contracts)) for cid, _ in contracts]
    if ids["payment"]:
        applied: dict[str, dict[str, Decimal]] = {}
        for pid, cid, amount in s.execute(
                select(PaymentAllocation.payment_id, PaymentInstalment.contract_id,
                       PaymentAllocation.amount)
                .join(PaymentInstalment, PaymentInstalment.id == PaymentAllocation.instalment_id)
                .where(PaymentAllocation.payment_id.in_(ids["payment"]),
                       PaymentAllocation.deleted_at.is_(None))):
            per = applied.setdefault(pid, {})
            per[cid] = per.get(cid, Decimal(0)) + abs(amount)
        for pid, named in s.execute(select(Payment.id, Payment.contract_id)
                                    .where(Payment.id.in_(ids["payment"]))):
            per = applied.get(pid) or ({named: Decimal(1)} if named else {})
            total = sum(per.values(), Decimal(0))
            if total > 0:
                out[("payment", pid)] = [(c, v / total) for c, v in sorted(per.items())]
    return out


def _refunds(s: Session, span: P.Period, contracts: set[str]
             ) -> list[tuple[str, date, str, Decimal]]:
    """(refund id, day, contract id, amount > 0) of the money paid back in the period on
    ``contracts``: by the instalments the refund reopened, else the contract it names.
    """
    rows = s.execute(select(Payment.id, Payment.received_on, Payment.contract_id,
                            Payment.amount)
                     .where(Payment.deleted_at.is_(None), Payment.amount < 0,
                            Payment.received_on >= span.start,
                            Payment.received_on <= span.end)
                     .order_by(Payment.received_on, Payment.id)).all()
    if not rows:
        return []
    taken: dict[str, dict[str, Decimal]] = {}
    for pid, cid, amount in s.execute(
            select(PaymentAllocation.payment_id, PaymentInstalment.contract_id,
                   PaymentAllocation.amount)
            .join(PaymentInstalment, PaymentInstalment.id == PaymentAllocation.instalment_id)
            .where(PaymentAllocation.payment_id.in_([r[0] for r in rows]),
                   PaymentAllocation.deleted_at.is_(None))):
        per = taken.setdefault(pid, {})
        per[cid] = per.get(cid, Decimal(0)) - amount
    out = []
    for pid, day, contract_id, amount in rows:
        per = taken.get(pid) or ({contract_id: -amount} if contract_id else {})
        for cid, value in sorted(per.items()):
            if cid in contracts and value > 0:
                out.append((pid, day, cid, money(value)))
    return out


# -- one customer entered several times ----------------------------------------------------


def normalise_address(text: str | None) -> str:
    """An address as compared: NFKC, case-folded, letters and digits only."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


def _split_customer_signals(s: Session, span: P.Period, names: Mapping[str, str]
                            ) -> list[Signal]:
    low, high = _utc_window(span)
    live = (Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None),
            Customer.owner_id.is_not(None))
    fresh = {cid: owner for cid, owner, at in s.execute(
        select(Customer.id, Customer.owner_id, Customer.created_at)
        .where(*live, Customer.created_at >= low, Customer.created_at < high))
        if span.contains(local_date(at))}
    if not fresh:
        return []
    owners = sorted({owner for owner in fresh.values() if owner})
    customers = {c.id: c for c in s.scalars(select(Customer).where(
        *live, Customer.owner_id.in_(owners)))}
    groups: dict[tuple[str, str, str], set[str]] = {}

    def key(cid: str, kind: str, value: str) -> None:
        groups.setdefault((customers[cid].owner_id or "", kind, value), set()).add(cid)

    for c in customers.values():
        phone, email = normalise_phone(c.phone), normalise_email(c.email)
        if len(phone) >= MIN_PHONE_DIGITS:
            key(c.id, "phone", phone)
        if "@" in email:
            key(c.id, "email", email)
        address = normalise_address(c.address)
        if len(address) >= MIN_ADDRESS_CHARS:
            key(c.id, "address", address)
    for holder, raw_phone, raw_email in s.execute(
            select(Contact.customer_id, Contact.phone, Contact.email)
            .where(Contact.deleted_at.is_(None), Contact.customer_id.in_(customers))):
        if len(normalise_phone(raw_phone)) >= MIN_PHONE_DIGITS:
            key(holder, "phone", normalise_phone(raw_phone))
        if "@" in normalise_email(raw_email):
            key(holder, "email", normalise_email(raw_email))
    awards = _new_customer_awards(s, set(customers))
    priority = {"phone": 0, "email": 1, "address": 2}
    chosen: dict[tuple[str, frozenset[str]], tuple[str, str]] = {}
    for (owner, kind, value), members in sorted(groups.items()):
        if len(members) < 2 or not members & fresh.keys():
            continue
        slot: tuple[str, frozenset[str]] = (owner, frozenset(members))
        if slot not in chosen or priority[kind] < priority[chosen[slot][0]]:
            chosen[slot] = (kind, value)
    out = []
    for (owner, group), (kind, value) in chosen.items():
        ordered = sorted(group, key=lambda c: (customers[c].created_at, customers[c].id))
        stake = money(sum((awards.get(c, Decimal(0)) for c in ordered[1:]), Decimal(0)))
        shown = _shown_value(kind, value, [customers[c] for c in ordered])
        created = [customers[c].name for c in ordered if c in fresh]
        records = tuple(SignalRecord("customer", c, f"{customers[c].name} "
                                     f"{local_date(customers[c].created_at).isoformat()}")
                        for c in ordered)
        out.append(Signal(SignalKind.SPLIT_CUSTOMER, owner, names.get(owner, ""), records,
                          stake, SHARED[kind], {
                              "person": names.get(owner, ""),
                              "customers": NAME_SEP.join(customers[c].name for c in ordered),
                              "value": shown, "period": span.key,
                              "created": NAME_SEP.join(created), "amount": yuan(stake)}))
    return out


def _shown_value(kind: str, value: str, group: list[Customer]) -> str:
    """The shared phone or e-mail (normalised), or the address as the oldest customer wrote it."""
    if kind != "address":
        return value
    return next((c.address for c in group
                 if c.address and normalise_address(c.address) == value), value)


def _new_customer_awards(s: Session, customer_ids: set[str]) -> dict[str, Decimal]:
    """New-customer awards of live runs per customer they trace (a line naming several
    customers shares its amount equally).
    """
    out: dict[str, Decimal] = {}
    rows = s.execute(select(PayoutLine.amount, PayoutLine.trace)
                     .join(PayoutRun, PayoutRun.id == PayoutLine.run_id)
                     .where(PayoutLine.kind == LineKind.NEW_CUSTOMER,
                            PayoutLine.deleted_at.is_(None), PayoutRun.deleted_at.is_(None)))
    for amount, text in rows:
        named = [rid for kind, rid, _fen in _trace(text) if kind == "customer"]
        refs = [(rid, None) for rid in named]
        for (rid, _none), share in zip(refs, _shares(money(amount), refs), strict=True):
            if rid in customer_ids:
                out[rid] = out.get(rid, Decimal(0)) + share
    return out
