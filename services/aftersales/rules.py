"""The pure rules of service tickets: which status may follow which, what is overdue, and the
average satisfaction — plain functions, tested table-driven without a database.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from models.aftersales import TicketStatus

OPEN_STATUSES = frozenset({TicketStatus.OPEN, TicketStatus.IN_PROGRESS})
"""Statuses of a ticket still being worked on (a due date past in one of them is overdue)."""

TRANSITIONS: dict[str, frozenset[str]] = {
    TicketStatus.OPEN: frozenset({TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED,
                                  TicketStatus.CLOSED}),
    TicketStatus.IN_PROGRESS: frozenset({TicketStatus.OPEN, TicketStatus.RESOLVED,
                                         TicketStatus.CLOSED}),
    TicketStatus.RESOLVED: frozenset({TicketStatus.IN_PROGRESS, TicketStatus.CLOSED}),
    TicketStatus.CLOSED: frozenset({TicketStatus.IN_PROGRESS}),
}
"""待处理 → 处理中 → 已解决 → 已关闭; a resolved or closed ticket may be reopened (处理中), and one
being worked on may be put back (待处理) or resolved / closed straight away."""

SATISFACTION_SCALE = (1, 2, 3, 4, 5)
"""满意度: 1 very dissatisfied … 5 very satisfied."""


def may_move(current: str, new: str) -> bool:
    """Whether a ticket in ``current`` may be moved to ``new``."""
    return new in TRANSITIONS.get(current, frozenset())


def is_overdue(status: str, due_on: date | None, today: date) -> bool:
    """Still being worked on and its due date is before ``today``."""
    return status in OPEN_STATUSES and due_on is not None and due_on < today


def days_overdue(status: str, due_on: date | None, today: date) -> int:
    """How many days past its due date an open ticket is (0 when it is not overdue)."""
    return (today - due_on).days if due_on is not None and is_overdue(status, due_on, today) \
        else 0


def average_satisfaction(scores: Iterable[int | None]) -> Decimal | None:
    """The mean of the scores given, to one decimal place (half up); None when none was given
    (a ticket closed without an answer does not count).
    """
    given = [s for s in scores if s is not None]
    if not given:
        return None
    return (Decimal(sum(given)) / len(given)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
