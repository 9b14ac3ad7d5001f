"""Customer tiers in the database: rules in AppSetting, recompute, manual overrides.

The pure rules live in :mod:`services.customers.tier_rules` (re-exported here). ``recompute_tiers``
reads every won deal's amount with one aggregate query and writes only the customers whose tier or
reason changed, in one bulk update. Customers with ``tier_manual`` are never recomputed.

The trailing-12-month amount is the sum of won deals' ``won_amount`` (or ``amount`` when no won
amount was recorded) whose ``closed_on`` lies in the window; once orders exist they replace deals
here. The cooperation length runs from ``cooperation_since``, or else from the first won deal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Date, and_, bindparam, case, func, select, type_coerce, update
from sqlalchemy.orm import Session

from models.base import from_fen, utcnow
from models.customers import Customer
from models.enums import StageKind
from models.pipeline import Deal, Stage
from services.core.changes import STAYED_OPEN, ChangeRecorder, Op, active_recorder, call
from services.core.errors import ValidationError
from services.core.rule_store import read_json, write_json
from services.core.store import Store
from services.customers.tier_rules import (  # noqa: F401  (re-exported API)
    TIERS,
    ReasonPart,
    TierReason,
    TierResult,
    TierRules,
    compute_tier,
    full_years,
    manual_reason,
    reason_text,
    tier_label,
    window_start,
)

TIER_RULES_KEY = "customers.tier_rules"
_CHUNK = 500


@dataclass(frozen=True)
class TierState:
    """A customer's tier fields, as returned by :func:`set_manual_tier` for undo."""

    customer_id: str
    tier: str | None
    manual: bool
    reason: str | None


def rules_in_session(session: Session) -> TierRules:
    """The stored rules (defaults when none are saved)."""
    return TierRules.from_dict(read_json(session, TIER_RULES_KEY))


def get_tier_rules(store: Store) -> TierRules:
    """The firm's tier rules (defaults A ≥ ¥500,000, B ≥ ¥50,000)."""
    with store.read() as uow:
        return rules_in_session(uow.session)


def save_tier_rules(store: Store, rules: TierRules) -> Op[TierRules]:
    """Validate and store ``rules``; the value is the previous rules (the inverse saves them).

    Tiers are not recomputed here: over every customer that is a long job the caller runs on
    its own (:func:`recompute_tiers`, with progress and cancel).
    """
    rules.validate()
    with store.write() as uow:
        previous = rules_in_session(uow.session)
        write_json(uow.session, TIER_RULES_KEY, rules.to_dict())
        uow.commit()
        return uow.op(previous, undo=call(save_tier_rules, previous))


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _amounts_statements() -> tuple[Any, Any]:
    """The won-amount aggregate over every customer and over the ``cids`` given, built once
    (a drop on the board runs it for one customer in its own transaction: building the
    expression each time cost more than the query).
    """
    fen = func.coalesce(type_coerce(Deal.won_amount, BigInteger),
                        type_coerce(Deal.amount, BigInteger))
    in_window = and_(Deal.closed_on >= bindparam("start", type_=Date()),
                     Deal.closed_on <= bindparam("today", type_=Date()))
    # "stage_id IN (won stages)" reads only won deals through ix_deals_stage_id; a join on
    # stages lets SQLite walk every deal in customer order instead (6x slower at 300k deals).
    won_stages = select(Stage.id).where(Stage.kind == StageKind.WON.value)
    stmt = (select(Deal.customer_id, func.sum(case((in_window, fen), else_=0)),
                   func.min(Deal.closed_on))
            .where(Deal.stage_id.in_(won_stages), Deal.deleted_at.is_(None))
            .group_by(Deal.customer_id))
    return stmt, stmt.where(Deal.customer_id.in_(bindparam("cids", expanding=True)))


_AMOUNTS_ALL, _AMOUNTS_OF = _amounts_statements()
_RULES_INPUT = select(Customer.id, Customer.industry, Customer.cooperation_since, Customer.tier,
                      Customer.tier_reason).where(Customer.deleted_at.is_(None),
                                                  Customer.tier_manual.is_not(True))
_RULES_INPUT_OF = _RULES_INPUT.where(Customer.id.in_(bindparam("cids", expanding=True)))
_CUSTOMERS_OF_DEALS = select(Deal.id, Deal.customer_id).where(
    Deal.id.in_(bindparam("ids", expanding=True)))


def _amounts(session: Session, ids: list[str] | None, today: date
             ) -> dict[str, tuple[int, date | None]]:
    """Customer id → (trailing-12-month won fen, first won close date)."""
    window = {"start": window_start(today), "today": today}
    out: dict[str, tuple[int, date | None]] = {}
    for part in ([None] if ids is None else list(_chunks(ids))):
        rows = (session.execute(_AMOUNTS_ALL, window) if part is None
                else session.execute(_AMOUNTS_OF, {**window, "cids": part}))
        for cid, total, first in rows:
            out[cid] = (int(total or 0), first)
    return out


class TierRecomputeCancelled(Exception):
    """The user cancelled a recompute; nothing was written."""


def recompute_in_session(
    session: Session,
    customer_ids: list[str] | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Recompute tiers inside an open unit of work; returns how many customers changed."""
    today = today or date.today()
    rules = rules_in_session(session)
    ids = None if customer_ids is None else list(dict.fromkeys(customer_ids))
    amounts = _amounts(session, ids, today)
    rows: list[Any] = []
    for part in ([None] if ids is None else list(_chunks(ids))):
        rows += (session.execute(_RULES_INPUT) if part is None
                 else session.execute(_RULES_INPUT_OF, {"cids": part})).all()
    changes = []
    total = len(rows)
    # Customers without won deals share a handful of results; compute each distinct input once.
    cache: dict[tuple[int, str | None, date | None], tuple[str, str]] = {}
    for n, (cid, industry, since, old_tier, old_reason) in enumerate(rows):
        if n % 5000 == 0:
            if is_cancelled is not None and is_cancelled():
                raise TierRecomputeCancelled()
            if progress is not None:
                progress(n, total)
        fen, first_won = amounts.get(cid, (0, None))
        key = (fen, industry, since or first_won)
        found = cache.get(key)
        if found is None:
            result = compute_tier(from_fen(fen), industry, since or first_won, today, rules)
            found = cache[key] = (result.tier, result.reason.to_json())
        if found[0] != old_tier or found[1] != old_reason:
            changes.append({"b_id": cid, "b_tier": found[0], "b_reason": found[1]})
    _write_tiers(session, changes)
    if progress is not None:
        progress(total, total)
    recorder = active_recorder()
    if recorder is not None and changes:
        recorder.fact(TIER_FACT, [c["b_id"] for c in changes])
    return len(changes)


TIER_FACT = "customers.tier"
"""The derived fact naming the customers whose tier or reason a recompute changed."""
DEALS_FACT = "customers.deals"
"""The derived fact naming the customers of the deals a write created, deleted or changed in a
field the customers' figures read (tier, 12-month won amount, open deals)."""
_DEAL_FIELDS = frozenset({"stage_id", "won_amount", "amount", "closed_on", "customer_id",
                          "deleted_at"})
_CUSTOMER_FIELDS = frozenset({"industry", "cooperation_since"})


def tier_rule(session: Session, recorder: ChangeRecorder) -> None:
    """Derived update: keep tiers right in the same transaction as the write that moved them.

    Runs before every writing unit of work commits (see ``services.setup``). Deals created,
    deleted or changed in a field tiers read (stage, amounts, close date, customer) and
    customers whose industry or cooperation start changed get their tier recomputed; an
    unknown set of deals recomputes every customer. The customers of those deals are named in
    the fact :data:`DEALS_FACT` (their won amount and open deals moved, whatever the tier did).
    """
    rec = recorder.changes()
    deals = rec.of("deals")
    customers = rec.of("customers")
    wanted: set[str] = set()
    if deals.unknown and (deals.fields & _DEAL_FIELDS or not deals.fields):
        recompute_in_session(session, None)
        return
    if deals.created or deals.deleted or (deals.updated and deals.fields & _DEAL_FIELDS):
        # A deal open before and after (an open → open move) moved no tier, won amount or
        # open-deal count: its customer is neither recomputed nor named (the board's usual drop
        # reads nothing more here; a customer card showing the deal hears of it by its id).
        stayed_open = rec.fact(STAYED_OPEN) - deals.created - deals.deleted
        of_deals: set[str] = set()
        for part in _chunks([i for i in deals.ids if i not in stayed_open]):
            for _deal_id, customer_id in session.execute(_CUSTOMERS_OF_DEALS, {"ids": part}):
                if customer_id is not None:
                    of_deals.add(customer_id)
        wanted |= of_deals
        if of_deals:
            recorder.fact(DEALS_FACT, of_deals)
    if customers.fields & _CUSTOMER_FIELDS:
        wanted.update(customers.updated)
    wanted.update(rec.fact("deals.customer_id.before"))  # a deal moved away takes its amount
    wanted.discard(None)  # type: ignore[arg-type]
    if wanted:
        recompute_in_session(session, sorted(wanted))


def _write_tiers(session: Session, changes: list[dict[str, str]]) -> None:
    """One executemany of plain UPDATEs by primary key (no ORM bookkeeping per row).

    On SQLite the statement goes straight to the driver with the timestamp converted once;
    elsewhere it is a Core executemany.
    """
    if not changes:
        return
    conn = session.connection()
    table = Customer.__table__
    updated = table.c.updated_at
    now = utcnow()
    if conn.dialect.name == "sqlite":
        to_db = updated.type.bind_processor(conn.dialect)
        stamp = to_db(now) if to_db is not None else now
        conn.exec_driver_sql(
            "UPDATE customers SET tier = ?, tier_reason = ?, updated_at = ? WHERE id = ?",
            [(c["b_tier"], c["b_reason"], stamp, c["b_id"]) for c in changes])
        return
    stmt = (update(Customer).where(Customer.id == bindparam("b_id"))
            .values(tier=bindparam("b_tier"), tier_reason=bindparam("b_reason"),
                    updated_at=now))
    conn.execute(stmt, changes)


def recompute_tiers(
    store: Store,
    customer_ids: list[str] | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Op[int]:
    """Recompute tiers (all customers, or ``customer_ids``) in one unit of work.

    Manual overrides are skipped. The value is the number of customers whose tier or reason
    changed. Not undoable (the rules say what the tiers are).
    """
    with store.write(bulk=True) as uow:
        changed = recompute_in_session(uow.session, customer_ids, today, progress, is_cancelled)
        uow.commit()
        return uow.op(changed)


def customers_of_deals(store: Store, deal_ids: Iterable[str]) -> list[str]:
    """The customer ids of the given deals."""
    ids = list(dict.fromkeys(deal_ids))
    out: list[str] = []
    with store.read() as uow:
        for part in _chunks(ids):
            out += uow.session.scalars(select(Deal.customer_id).where(Deal.id.in_(part)))
    return list(dict.fromkeys(out))


def _state(session: Session, customer_id: str) -> Customer:
    row = session.get(Customer, customer_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError(f"Customer {customer_id} does not exist.", field="customer_id")
    return row


def set_manual_tier_in_session(session: Session, customer: Customer, tier: str | None,
                               today: date | None = None) -> None:
    """Override ``customer``'s tier inside an open unit of work (``None``: back to the rules)."""
    if tier is not None and tier not in TIERS:
        raise ValidationError("Tier must be A, B or C.", field="tier")
    if tier is None:
        customer.tier_manual = False
        session.flush()
        recompute_in_session(session, [customer.id], today)
        session.refresh(customer)
    else:
        customer.tier, customer.tier_manual = tier, True
        customer.tier_reason = manual_reason(tier).to_json()


def set_manual_tier(store: Store, customer_id: str, tier: str | None,
                    today: date | None = None) -> Op[TierState]:
    """Override the tier by hand (``None`` returns it to the rules); the value is the previous
    state, and the inverse (:func:`restore_tier`) puts it back.
    """
    with store.write() as uow:
        row = _state(uow.session, customer_id)
        previous = TierState(customer_id, row.tier, bool(row.tier_manual), row.tier_reason)
        set_manual_tier_in_session(uow.session, row, tier, today)
        uow.recorder.fact(TIER_FACT, [customer_id])
        uow.commit()
        return uow.op(previous, undo=call(restore_tier, previous))


def restore_tier(store: Store, state: TierState) -> Op[TierState]:
    """Put back a state returned by :func:`set_manual_tier`; the value is the state it
    replaced (the inverse restores that).
    """
    with store.write() as uow:
        row = _state(uow.session, state.customer_id)
        current = TierState(state.customer_id, row.tier, bool(row.tier_manual), row.tier_reason)
        row.tier, row.tier_manual, row.tier_reason = state.tier, state.manual, state.reason
        uow.recorder.fact(TIER_FACT, [state.customer_id])
        uow.commit()
        return uow.op(current, undo=call(restore_tier, current))


def amount_for(store: Store, customer_id: str, today: date | None = None) -> Decimal:
    """The trailing-12-month won amount of one customer (for the card)."""
    with store.read() as uow:
        fen, _ = _amounts(uow.session, [customer_id], today or date.today()).get(
            customer_id, (0, None))
    return from_fen(fen)
