"""The getting-started checklist (入门清单) Today shows a firm that has just started.

Every item ticks itself from the data — nothing is ticked by hand:

- ``setup``: finish the first-run setup (only listed while the database is brand-new);
- ``customers``: import (or add) customers — any customer;
- ``team``: set up the team — a unit below the company, or someone besides "me";
- ``targets``: create this year's targets — a target plan for this calendar year (or for the
  year the current fiscal year started in, when it does not start in January);
- ``deal``: create the first deal — any deal;
- ``plan``: make a sales plan — any action item (行动计划);
- ``backup``: make a backup — a backup made by hand of this database file (a database on a
  server has its own backups and does not list the item).

The list is shown on a database that went through the setup (or is brand-new and still
waiting for it), until every item is done or it is dismissed (AppSetting
:data:`DISMISSED_KEY`, per database). The demo firm and databases in use before the setup
existed never show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.customers import Customer
from models.org import OrgUnit, Person
from models.pipeline import Deal
from models.plans import ActionItem
from models.targets import TargetPlan
from services.core.changes import Op, call
from services.core.rule_store import read_json, write_json
from services.firstrun.setup import FISCAL_START_KEY, SETUP_KEY, is_brand_new

if TYPE_CHECKING:
    from services.core.store import Store

DISMISSED_KEY = "setup.checklist_dismissed"
"""AppSetting: true once the checklist was dismissed on this database."""

ITEM_KEYS = ("setup", "customers", "team", "targets", "deal", "plan", "backup")
"""Every item the checklist can list, in the order it lists them."""


@dataclass(frozen=True)
class ChecklistItem:
    """One line of the checklist: which step, and whether the data says it is done."""

    key: str
    done: bool


@dataclass(frozen=True)
class Checklist:
    """The checklist's items and whether Today shows it."""

    items: tuple[ChecklistItem, ...]
    started: bool  # the setup was done, or the database is brand-new and waits for it
    dismissed: bool

    @property
    def done_count(self) -> int:
        """How many items are done."""
        return sum(1 for i in self.items if i.done)

    @property
    def all_done(self) -> bool:
        """Every item is done."""
        return all(i.done for i in self.items)

    @property
    def visible(self) -> bool:
        """Whether Today shows the checklist: a starting firm, not dismissed, not all done."""
        return self.started and not self.dismissed and not self.all_done

    def done(self, key: str) -> bool | None:
        """Whether item ``key`` is done (None when it is not listed)."""
        return next((i.done for i in self.items if i.key == key), None)


def getting_started(store: Store, today: date | None = None) -> Checklist:
    """The checklist as the data stands (a handful of one-row queries and a folder listing)."""
    day = today or date.today()
    with store.read() as uow:
        s = uow.session
        fresh = is_brand_new(s)
        started = fresh or read_json(s, SETUP_KEY) is not None
        dismissed = read_json(s, DISMISSED_KEY) is True
        done = {
            "customers": _any(s, Customer),
            "team": _has_team(s),
            "targets": _has_this_years_plan(s, day),
            "deal": _any(s, Deal),
            "plan": _any(s, ActionItem),
        }
    items = [ChecklistItem("setup", False)] if fresh else []
    items += [ChecklistItem(key, done[key]) for key in
              ("customers", "team", "targets", "deal", "plan")]
    backup = _has_manual_backup(store)
    if backup is not None:
        items.append(ChecklistItem("backup", backup))
    return Checklist(tuple(items), started, dismissed)


def dismiss_checklist(store: Store) -> Op[None]:
    """Hide the checklist on this database; undone by :func:`restore_checklist`."""
    with store.write() as uow:
        write_json(uow.session, DISMISSED_KEY, True)
        uow.commit()
        return uow.op(None, undo=call(restore_checklist))


def restore_checklist(store: Store) -> Op[None]:
    """Show the checklist again; undone by :func:`dismiss_checklist`."""
    with store.write() as uow:
        write_json(uow.session, DISMISSED_KEY, False)
        uow.commit()
        return uow.op(None, undo=call(dismiss_checklist))


def _any(session: Session, model: type) -> bool:
    column = model.id  # type: ignore[attr-defined]
    deleted = model.deleted_at  # type: ignore[attr-defined]
    return session.scalar(select(column).where(deleted.is_(None)).limit(1)) is not None


def _has_team(session: Session) -> bool:
    unit = session.scalar(select(OrgUnit.id).where(
        OrgUnit.parent_id.is_not(None), OrgUnit.deleted_at.is_(None)).limit(1))
    if unit is not None:
        return True
    people = session.scalars(select(Person.id).where(Person.deleted_at.is_(None)).limit(2))
    return len(list(people)) > 1


def _has_this_years_plan(session: Session, day: date) -> bool:
    start = read_json(session, FISCAL_START_KEY)
    years = {day.year}
    if isinstance(start, int) and 1 < start <= 12 and day.month < start:
        years.add(day.year - 1)  # the fiscal year that is running began last calendar year
    return session.scalar(select(TargetPlan.id).where(
        TargetPlan.year.in_(years), TargetPlan.deleted_at.is_(None)).limit(1)) is not None


def _has_manual_backup(store: Store) -> bool | None:
    """Whether a backup of this file was made by hand; None for a database without a file."""
    if store.path is None or store.backup_dir is None:
        return None
    from services.core.backup import list_backups

    return any(b.kind == "manual" for b in list_backups(store.backup_dir, store.path))
