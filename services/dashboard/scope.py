"""What a dashboard shows: a period, and optionally an org unit or one person (the filters), and
a target cut (产品线, 渠道, 客户分层: ``models.enums.TargetCut``) for the Targets chart.

A unit covers the people in it and in every unit below it; a person, that person only; neither,
the whole firm (records without an owner included). The period is a key of
:mod:`services.core.periods` (``2026``, ``2026-Q2``, ``2026-05``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Person
from services.core import periods as P
from services.core.store import Store
from services.org.people import list_people
from services.org.units import subtree_ids, unit_tree


@dataclass(frozen=True)
class Scope:
    """The dashboard's filters. ``today`` fixes "now" (receivables are read as of the earlier
    of the period's end and today); None means the real today.
    """

    period: str
    unit_id: str | None = None
    person_id: str | None = None
    today: date | None = None
    cut: str | None = None  # the Targets chart's cut of the company total (None: the org tree)

    @property
    def start(self) -> date:
        """The period's first day."""
        return P.parse(self.period).start

    @property
    def end(self) -> date:
        """The period's last day."""
        return P.parse(self.period).end

    @property
    def year(self) -> int:
        """The calendar year the period lies in."""
        return self.start.year

    @property
    def as_of(self) -> date:
        """The day "open" things are read on: the period's end, or today if that is earlier."""
        return min(self.end, self.today or date.today())

    @property
    def is_firm(self) -> bool:
        """Whether the whole firm is shown (no unit or person chosen)."""
        return self.unit_id is None and self.person_id is None


def people_in(session: Session, scope: Scope) -> list[str] | None:
    """The people the scope covers, by id; None for the whole firm (no filter at all)."""
    if scope.person_id is not None:
        return [scope.person_id]
    if scope.unit_id is None:
        return None
    units = subtree_ids(session, scope.unit_id)
    return sorted(session.scalars(select(Person.id).where(Person.unit_id.in_(units))))


def scope_people(store: Store, scope: Scope) -> list[str] | None:
    """:func:`people_in` in a read of its own."""
    with store.read() as uow:
        return people_in(uow.session, scope)


@dataclass(frozen=True)
class Choice:
    """One entry of a filter list: id, name and (units) depth in the tree."""

    id: str
    name: str
    depth: int = 0
    unit_id: str | None = None  # a person's unit


@dataclass(frozen=True)
class Choices:
    """What the filters offer: the org tree (depth-first) and the people (active first)."""

    units: tuple[Choice, ...]
    people: tuple[Choice, ...]


def filter_choices(store: Store, today: date | None = None) -> Choices:
    """The units and people the filters list."""
    units = tuple(Choice(u.id, u.name, u.depth) for u in unit_tree(store, today))
    people = tuple(Choice(p.id, p.name, 0, p.unit_id)
                   for p in list_people(store, include_inactive=True, today=today))
    return Choices(units, people)
