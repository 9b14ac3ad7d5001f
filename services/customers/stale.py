"""Stale customers (跟进断档) and follow-up reminders for the Today page.

A customer is *stale* when it has had no follow-up within N days (N per tier, AppSetting
``customers.stale_rules``; defaults A 14, B 30, C 60, untiered 60). A customer never followed up
counts from its creation. A scheduled next follow-up suppresses the flag up to and including its
date: on that day the "follow-up due" reminder speaks instead, and after it the customer is
overdue and, once N days have passed, stale again. Customers in the shared pool (公海) have no
owner and raise no reminders. The pool itself (release, claim, idle customers) lives in
:mod:`services.customers.pool`, which builds on the rules here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from models.customers import Customer, FollowUp
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.rule_store import read_json, write_json
from services.core.store import Store
from services.today.reminders import (
    ACTION_DONE,
    ACTION_LOG,
    ACTION_SNOOZE,
    SEVERITY_INFO,
    SEVERITY_OVERDUE,
    SEVERITY_WARNING,
    Reminder,
    reminder_lang,
)

STALE_RULES_KEY = "customers.stale_rules"
KIND_STALE = "stale_customer"
KIND_DUE = "followup_due"
_TIER_KEYS = ("A", "B", "C", "none")


@dataclass(frozen=True)
class StaleRules:
    """Days without follow-up per tier, and the shared-pool settings."""

    days: dict[str, int] = field(
        default_factory=lambda: {"A": 14, "B": 30, "C": 60, "none": 60})
    pool_days: int = 90
    pool_enabled: bool = False

    def days_for(self, tier: str | None) -> int:
        """N for a tier (``None`` or unknown: the untiered value)."""
        return self.days.get(tier or "none", self.days["none"])

    def validate(self) -> None:
        """Raise :class:`ValidationError` naming the field for out-of-range values."""
        for key in _TIER_KEYS:
            if not 1 <= self.days.get(key, 0) <= 3650:
                raise ValidationError("Stale days must be between 1 and 3650.",
                                      field=f"days.{key}")
        if not 1 <= self.pool_days <= 3650:
            raise ValidationError("Pool threshold must be between 1 and 3650 days.",
                                  field="pool_days")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"days": dict(self.days), "pool_days": self.pool_days,
                "pool_enabled": self.pool_enabled}

    @classmethod
    def from_dict(cls, data: Any) -> StaleRules:
        """Rules from stored JSON; missing or bad values fall back to the defaults."""
        base = cls()
        if not isinstance(data, dict):
            return base
        days = dict(base.days)
        if isinstance(data.get("days"), dict):
            for key in _TIER_KEYS:
                value = data["days"].get(key)
                if isinstance(value, int) and 1 <= value <= 3650:
                    days[key] = value
        pool_days = data.get("pool_days")
        rules = cls(days=days,
                    pool_days=pool_days if isinstance(pool_days, int) and
                    1 <= pool_days <= 3650 else base.pool_days,
                    pool_enabled=bool(data.get("pool_enabled", base.pool_enabled)))
        return rules


def rules_in_session(session: Session) -> StaleRules:
    """The stored stale rules (defaults when none are saved)."""
    return StaleRules.from_dict(read_json(session, STALE_RULES_KEY))


def get_stale_rules(store: Store) -> StaleRules:
    """The firm's stale and pool rules."""
    with store.read() as uow:
        return rules_in_session(uow.session)


def save_stale_rules(store: Store, rules: StaleRules) -> Op[StaleRules]:
    """Validate and store ``rules``; the value is the previous rules (the inverse saves them)."""
    rules.validate()
    with store.write() as uow:
        previous = rules_in_session(uow.session)
        write_json(uow.session, STALE_RULES_KEY, rules.to_dict())
        uow.commit()
        return uow.op(previous, undo=call(save_stale_rules, previous))


def stale_days_by_tier(session: Session) -> dict[str | None, int]:
    """N per tier as ``{"A": 14, "B": 30, "C": 60, None: 60}`` (used by the customer list)."""
    rules = rules_in_session(session)
    return {"A": rules.days["A"], "B": rules.days["B"], "C": rules.days["C"],
            None: rules.days["none"]}


def local_date(at: datetime) -> date:
    """The local calendar date of a stored UTC timestamp."""
    return at.astimezone().date()


def days_since_contact(last_followup_at: datetime | None, created_at: datetime | None,
                       today: date) -> int | None:
    """Whole days since the last follow-up (or creation when never followed up)."""
    ref = last_followup_at or created_at
    return None if ref is None else (today - local_date(ref)).days


def is_stale(last_followup_at: datetime | None, next_followup_on: date | None,
             created_at: datetime | None, tier: str | None, today: date,
             rules: StaleRules) -> bool:
    """True when the customer needs a follow-up it has not had (rules in the module docstring)."""
    if next_followup_on is not None and next_followup_on >= today:
        return False
    days = days_since_contact(last_followup_at, created_at, today)
    return days is None or days > rules.days_for(tier)


def resolve_lang(lang: str | None = None) -> str:
    """The reminder text language: ``lang``, else $SAILPLAN_LANG, else the system locale."""
    return reminder_lang(lang)


def _stale_detail(days: int | None, limit: int, tier: str | None, zh: bool) -> str:
    label = tier or ("未分层" if zh else "untiered")
    if days is None:
        return "从未跟进" if zh else "Never followed up"
    if zh:
        return f"{days} 天未跟进（{label} 类客户应每 {limit} 天跟进）"
    return f"No follow-up for {days} days (tier {label}: every {limit} days)"


def _due_detail(on: date, today: date, zh: bool) -> str:
    late = (today - on).days
    if late <= 0:
        return "今天应跟进" if zh else "Follow-up due today"
    if zh:
        return f"跟进已逾期 {late} 天（计划 {on.isoformat()}）"
    return f"Follow-up overdue by {late} days (planned {on.isoformat()})"


def stale_customer_reminders(store: Store, today: date, person_id: str | None,
                             lang: str | None = None) -> list[Reminder]:
    """Today-page reminders: follow-ups due or overdue, then stale customers.

    ``person_id`` None means everyone's customers. A customer with a due or overdue next
    follow-up gets that reminder only, not a second "stale" one; its ``note`` (and detail) is
    the booked next step. A due follow-up can be marked done, snoozed or logged from Today; a
    stale customer is backlog, to be snoozed or followed up.
    """
    zh = resolve_lang(lang) == "zh_CN"
    with store.read() as uow:
        s = uow.session
        rules = rules_in_session(s)
        shortest = min(rules.days.values())
        cutoff = datetime.combine(today - timedelta(days=shortest), time()).astimezone()
        last = func.coalesce(Customer.last_followup_at, Customer.created_at)
        stmt = select(Customer.id, Customer.name, Customer.tier, Customer.last_followup_at,
                      Customer.next_followup_on, Customer.created_at).where(
            Customer.deleted_at.is_(None), Customer.in_pool.is_not(True),
            or_(Customer.next_followup_on <= today,
                and_(Customer.next_followup_on.is_(None), last < cutoff)))
        if person_id is not None:
            stmt = stmt.where(Customer.owner_id == person_id)
        rows = s.execute(stmt).all()
        steps = _booked_steps(s, today, person_id)
    out: list[Reminder] = []
    # Details and dates repeat across thousands of reminders (the large demo firm has
    # 36,000): one shared object each instead of one per reminder (about 4 MB less held).
    due_details: dict[date, str] = {}
    stale_details: dict[tuple[int | None, int, str | None], str] = {}
    dues: dict[int | None, date] = {}
    for cid, name, tier, last_at, next_on, created in rows:
        if next_on is not None and next_on <= today:
            severity = SEVERITY_WARNING if next_on == today else SEVERITY_OVERDUE
            step = steps.get((cid, next_on), "")
            detail = step or due_details.get(next_on)
            if not detail:
                detail = due_details[next_on] = _due_detail(next_on, today, zh)
            out.append(Reminder(KIND_DUE, name, detail, next_on,
                                "customer", cid, severity, actions=_DUE_ACTIONS, note=step))
        elif is_stale(last_at, next_on, created, tier, today, rules):
            days = days_since_contact(last_at, created, today)
            limit = rules.days_for(tier)
            # The first day the customer counted as stale.
            key = None if days is None else days - limit
            due = dues.get(key)
            if due is None:
                due = dues[key] = today if days is None else today - timedelta(
                    days=days - limit - 1)
            detail = stale_details.get((days, limit, tier))
            if detail is None:
                detail = stale_details[days, limit, tier] = _stale_detail(days, limit, tier, zh)
            out.append(Reminder(KIND_STALE, name, detail, due, "customer", cid,
                                SEVERITY_WARNING if tier == "A" else SEVERITY_INFO,
                                backlog=True, actions=_STALE_ACTIONS))
    return out


_DUE_ACTIONS = (ACTION_DONE, ACTION_SNOOZE, ACTION_LOG)
_STALE_ACTIONS = (ACTION_SNOOZE, ACTION_LOG)


def _booked_steps(session: Session, today: date, person_id: str | None
                  ) -> dict[tuple[str, date], str]:
    """(customer id, booked date) → the next step its booking follow-up names, for customers
    whose booked follow-up is due (one query over the customer/next-date index).
    """
    stmt = (select(FollowUp.customer_id, FollowUp.next_on, FollowUp.next_step)
            .join(Customer, and_(Customer.id == FollowUp.customer_id,
                                 Customer.next_followup_on == FollowUp.next_on))
            .where(Customer.deleted_at.is_(None), Customer.in_pool.is_not(True),
                   Customer.next_followup_on <= today, FollowUp.deleted_at.is_(None),
                   FollowUp.next_step.is_not(None))
            .order_by(FollowUp.at))
    if person_id is not None:
        stmt = stmt.where(Customer.owner_id == person_id)
    # Ordered by time: the newest booking of a date wins. Steps repeat ("电话回访"): one
    # string each, not one per customer.
    steps: dict[str, str] = {}
    one = steps.setdefault
    return {(cid, on): one(step, step) for cid, on, step in session.execute(stmt)
            if step and on}
