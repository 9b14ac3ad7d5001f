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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.store import Store

log = logging.getLogger(__name__)

SEVERITY_INFO = 0
SEVERITY_WARNING = 1
SEVERITY_OVERDUE = 2


@dataclass(frozen=True)
class Reminder:
    """One thing to act on today.

    ``kind`` groups reminders on the Today page (e.g. "stale_customer", "followup_due");
    ``item_kind``/``item_id`` say what opening the reminder shows (e.g. "customer", id);
    ``severity`` orders them within a group (higher is more urgent).
    """

    kind: str
    title: str
    detail: str
    due: date
    item_kind: str
    item_id: str
    severity: int = SEVERITY_INFO


ReminderProvider = Callable[["Store", date, "str | None"], list[Reminder]]

PROVIDERS: list[str] = [
    "services.customers.stale:stale_customer_reminders",
    "services.plans.timeline:plan_checkpoint_reminders",
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
