"""Reminders for the Today page, gathered from providers that features register by name.

A provider is ``"module:function"`` with signature
``fn(store, today: date, person_id: str | None) -> list[Reminder]``; ``person_id`` None means
"everyone's". Features add a provider by appending one line to :data:`PROVIDERS`. Providers are
read-only and return plain frozen dataclasses, so the Today page can show them without touching
the database again.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from services.core.store import Store

log = logging.getLogger(__name__)

SEVERITY_INFO = 0
SEVERITY_WARNING = 1
SEVERITY_OVERDUE = 2

ACTION_DONE = "done"
"""The reminder's item can be marked done from Today (a booked follow-up, a checkpoint)."""
ACTION_SNOOZE = "snooze"
"""Its date can be moved from Today (the booked follow-up, the checkpoint's date, a deal's
expected close date)."""
ACTION_LOG = "log_followup"
"""A follow-up can be logged for it from Today (its item is a customer or a deal)."""
ACTION_WON = "won"
"""It can be marked won from Today (its item is an open deal)."""
ACTION_LOST = "lost"
"""It can be marked lost from Today (its item is an open deal)."""

SECTION_TODAY = "today"
SECTION_OVERDUE = "overdue"
SECTION_UPCOMING = "upcoming"
SECTION_BACKLOG = "backlog"
SECTIONS: tuple[str, ...] = (SECTION_TODAY, SECTION_OVERDUE, SECTION_UPCOMING, SECTION_BACKLOG)
"""The Today page's sections, in the order it shows them (see :func:`section_of`)."""


@dataclass(frozen=True, slots=True)
class Reminder:
    """One thing to act on today.

    ``kind`` groups reminders on the Today page (e.g. "stale_customer", "followup_due");
    ``item_kind``/``item_id`` say what opening the reminder shows (e.g. "customer", id);
    ``severity`` orders them within a group (higher is more urgent). ``backlog`` marks a
    standing condition rather than a dated task (a customer nobody followed up for too long):
    it goes to the backlog, whatever its date. ``actions`` are what Today may do with it
    (:data:`ACTION_DONE`, :data:`ACTION_SNOOZE`, :data:`ACTION_LOG`, :data:`ACTION_WON`,
    :data:`ACTION_LOST`; opening is always possible) and ``note`` the planned next step, when
    the item has one. ``origin`` is the record the item came from, when Today can open that
    too: ``("review", id)`` for an action item decided in a review (复盘). Slotted: the large
    demo firm has 36,000 of them at once.
    """

    kind: str
    title: str
    detail: str
    due: date
    item_kind: str
    item_id: str
    severity: int = SEVERITY_INFO
    backlog: bool = False
    actions: tuple[str, ...] = ()
    note: str = ""
    origin: tuple[str, str] | None = None


def review_origins(session: Any, kind: str) -> dict[str, tuple[str, str]]:
    """Records of ``kind`` ("action" or "adjustment") decided in a saved review (复盘):
    record id → (review id, period), for a reminder's ``origin`` and its detail. Few: one
    query over the reviews' links.
    """
    from sqlalchemy import select

    from models.reviews import Review, ReviewAction

    rows = session.execute(
        select(ReviewAction.record_id, Review.id, Review.period)
        .join(Review, Review.id == ReviewAction.review_id)
        .where(ReviewAction.kind == kind, ReviewAction.deleted_at.is_(None),
               Review.deleted_at.is_(None)))
    return {record: (review, period) for record, review, period in rows}


def review_detail(detail: str, period: str, zh: bool) -> str:
    """``detail`` prefixed with the review it was decided in: "2026-09 复盘 · …"."""
    return f"{period} 复盘 · {detail}" if zh else f"Review {period} · {detail}"


def section_of(reminder: Reminder, today: date) -> str:
    """Which section of the Today page a reminder belongs to: a dated task due today, one
    overdue, one coming up within its reminder lead, or the backlog of standing conditions.
    """
    if reminder.backlog:
        return SECTION_BACKLOG
    if reminder.due == today:
        return SECTION_TODAY
    return SECTION_OVERDUE if reminder.due < today else SECTION_UPCOMING


def section_counts(reminders: Iterable[Reminder], today: date) -> dict[str, int]:
    """Reminders per section (every section named, empty ones 0)."""
    counts = dict.fromkeys(SECTIONS, 0)
    for reminder in reminders:
        counts[section_of(reminder, today)] += 1
    return counts


def reminder_lang(lang: str | None = None) -> str:
    """The language providers word reminder text in: ``lang``, else $SAILPLAN_LANG (the GUI
    sets it with its translators), else the system locale; "zh_CN" or "en".
    """
    value = lang or os.environ.get("SAILPLAN_LANG") or os.environ.get("LANG", "")
    return "zh_CN" if value.lower().startswith("zh") else "en"


ReminderProvider = Callable[["Store", date, "str | None"], list[Reminder]]

PROVIDERS: list[str] = [
    "services.customers.stale:stale_customer_reminders",
    "services.plans.timeline:plan_checkpoint_reminders",
    "services.pipeline.reminders:deal_reminders",
    "services.targets.requests:adjustment_reminders",
    "services.orders.quote_approvals:approval_reminders",
    "services.aftersales.queries:ticket_reminders",
    "services.orders.reminders:payment_reminders",
]
"""Registered providers, "module:function"; one line per feature."""


@dataclass(frozen=True)
class ReminderResult:
    """All reminders plus the providers that failed (named, so the page can say so)."""

    reminders: tuple[Reminder, ...]
    failed: tuple[str, ...] = ()


def resolve_provider(name: str) -> ReminderProvider:
    """Import ``"module:function"``."""
    module_name, _, attr = name.partition(":")
    fn = getattr(importlib.import_module(module_name), attr)
    if not callable(fn):
        raise TypeError(f"reminder provider {name} is not callable")
    return fn  # type: ignore[no-any-return]


def collect_reminders(
    store: Store,
    today: date,
    person_id: str | None,
    providers: Iterable[str] | None = None,
) -> ReminderResult:
    """Call every provider and merge their reminders, most urgent and earliest first.

    A provider that raises is logged and named in ``failed``; the others still count, so one
    broken feature never blanks the whole Today page.
    """
    found: list[Reminder] = []
    failed: list[str] = []
    for name in list(PROVIDERS if providers is None else providers):
        try:
            found.extend(resolve_provider(name)(store, today, person_id))
        except Exception:
            log.exception("reminder provider %s failed", name)
            failed.append(name)
    found.sort(key=lambda r: (r.kind, -r.severity, r.due, r.title))
    return ReminderResult(tuple(found), tuple(failed))
