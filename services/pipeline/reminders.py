"""Deal reminders for Today: 停滞 (rotting) deals, deals past their expected close date, deals
expected to close this week — for one person, or for the team they manage.

**Whose deals.** ``person_id`` None means everyone's (Today's "only mine" off). A person whose
role manages (:data:`MANAGER_ROLES`: owner, director, manager) sees the deals of everyone in
their org unit and the units below it — the org model has no "manager of" link, so the unit
subtree *is* the team; an owner or director of the company unit sees the whole firm. Anyone
else sees the deals they own.

**Which deals.** Open deals only (won and lost deals are done). One reminder per deal, the most
pressing reason first: its expected close date has passed (kind ``deal_overdue``, dated that
day, so Today files it under overdue), it is expected to close by the end of this week
(``deal_closing``), or it is rotting (``deal_rotting``, a standing condition: Today's backlog).
Rotting is the board's rule (:func:`services.pipeline.board.past_rot_days`,
:func:`services.pipeline.board.booked_if_rotting`, :func:`services.pipeline.deals.is_rotting`):
longer in its stage than the stage's rot days with no follow-up booked ahead. A dated reminder
of a rotting deal says so in its detail.

**Actions.** A deal can be opened, followed up, marked won or lost from Today; a dated one can
have its expected close moved (``ACTION_SNOOZE``:
:func:`services.pipeline.deals.set_expected_close`).
The queries run over the deals' stage index (the open stages' deals, a few thousand on the
100,000-customer demo) with the follow-up probes only for rotting candidates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models import Customer, Deal, OrgUnit, Person
from models.enums import Role, StageKind
from services.core.store import Store
from services.pipeline.board import booked_if_rotting, past_rot_days
from services.pipeline.deals import (
    StageInfo,
    _load_stages,
    days_between,
    is_rotting,
    unit_subtree_ids,
)
from services.today.reminders import (
    ACTION_LOG,
    ACTION_LOST,
    ACTION_SNOOZE,
    ACTION_WON,
    SEVERITY_INFO,
    SEVERITY_OVERDUE,
    SEVERITY_WARNING,
    Reminder,
    reminder_lang,
)

KIND_ROTTING = "deal_rotting"
KIND_OVERDUE = "deal_overdue"
KIND_CLOSING = "deal_closing"
MANAGER_ROLES = frozenset({Role.OWNER, Role.DIRECTOR, Role.MANAGER})
"""Roles whose Today shows their org unit's (and the units below its) deals."""
DATED_ACTIONS = (ACTION_SNOOZE, ACTION_LOG, ACTION_WON, ACTION_LOST)
ROTTING_ACTIONS = (ACTION_LOG, ACTION_WON, ACTION_LOST)


def week_end(today: date) -> date:
    """The Sunday that ends ``today``'s week (Monday-first weeks, as in China)."""
    return today + timedelta(days=6 - today.weekday())


def team_of(session: Session, person_id: str) -> list[str] | None:
    """The owners whose deals are ``person_id``'s to watch: themselves, and when their role
    manages, everyone in their unit's subtree; None when that is the whole firm (their unit is
    the company root), so no owner filter is needed.
    """
    me = session.execute(select(Person.role, Person.unit_id, OrgUnit.parent_id)
                         .join(OrgUnit, OrgUnit.id == Person.unit_id)
                         .where(Person.id == person_id)).first()
    if me is None or me.role not in MANAGER_ROLES:
        return [person_id]
    if me.parent_id is None:
        return None
    units = unit_subtree_ids(session, me.unit_id)
    team = session.scalars(select(Person.id).where(Person.unit_id.in_(units),
                                                   Person.deleted_at.is_(None))).all()
    return sorted({person_id, *team})


@dataclass(frozen=True)
class _Row:
    id: str
    name: str
    stage_id: str
    customer_name: str
    owner_id: str | None
    owner_name: str | None
    amount: Decimal
    expected_close: date | None
    rotting: bool
    days_in_stage: int


def _read(session: Session, stages: Sequence[StageInfo], today: date,
          owners: list[str] | None) -> list[_Row]:
    """Open deals expected to close by the end of the week (or earlier) or rotting."""
    open_ids = [s.id for s in stages if s.is_open]
    if not open_ids:
        return []
    by_id = {s.id: s for s in stages}
    stmt = (select(Deal.id, Deal.name, Deal.stage_id, Customer.name, Deal.owner_id, Person.name,
                   Deal.amount, Deal.expected_close, Deal.stage_entered_at,
                   booked_if_rotting(stages, today))
            .join(Customer, Customer.id == Deal.customer_id)
            .outerjoin(Person, Person.id == Deal.owner_id)
            .where(Deal.deleted_at.is_(None), Deal.stage_id.in_(open_ids),
                   or_(Deal.expected_close <= week_end(today), past_rot_days(stages, today))))
    if owners is not None:
        # coalesce() hides owner_id from the planner: the open stages' deals (a few thousand)
        # are fewer than a team's deals of all time, which ix_deals_owner_id would walk.
        stmt = stmt.where(func.coalesce(Deal.owner_id, "").in_(owners))
    out: list[_Row] = []
    for did, name, sid, cname, oid, oname, amount, close, entered, booked in session.execute(
            stmt):
        st = by_id[sid]
        days = days_between(entered, today)
        out.append(_Row(did, name, sid, cname, oid, oname, amount, close,
                        is_rotting(st.kind, st.rot_days, days, bool(booked)), days))
    return out


def _money(amount: Decimal) -> str:
    return f"¥{amount:,.2f}" if amount % 1 else f"¥{amount:,.0f}"


def _reminder(row: _Row, stage: StageInfo, today: date, me: str | None, zh: bool
              ) -> Reminder | None:
    close = row.expected_close
    parts = [row.customer_name, stage.name]
    if row.amount:
        parts.append(_money(row.amount))
    if row.owner_id != me and row.owner_name:  # a team's or everyone's deal: whose it is
        parts.append(row.owner_name)
    rot = ""
    if row.rotting:
        rot = (f"停滞 {row.days_in_stage} 天（上限 {stage.rot_days} 天）" if zh else
               f"rotting: {row.days_in_stage} days in stage (limit {stage.rot_days})")
    if close is not None and close <= week_end(today):
        overdue = close < today
        kind = KIND_OVERDUE if overdue else KIND_CLOSING
        when = (f"预计 {close.isoformat()} 成交" if zh
                else f"expected to close {close.isoformat()}")
        detail = " · ".join([*parts, when, *([rot] if rot else [])])
        severity = (SEVERITY_OVERDUE if overdue else
                    SEVERITY_WARNING if close == today or row.rotting else SEVERITY_INFO)
        return Reminder(kind, row.name, detail, close, "deal", row.id, severity,
                        actions=DATED_ACTIONS)
    if not row.rotting or stage.rot_days is None:
        return None
    # The first day the deal counted as rotting: its (rot days + 1)th day in the stage.
    since = today - timedelta(days=row.days_in_stage - stage.rot_days - 1)
    # The reason first: the detail column is narrow and the rest is in its tooltip.
    return Reminder(KIND_ROTTING, row.name, " · ".join([rot, *parts]), since, "deal", row.id,
                    SEVERITY_WARNING, backlog=True, actions=ROTTING_ACTIONS)


def deal_reminders(store: Store, today: date, person_id: str | None,
                   lang: str | None = None) -> list[Reminder]:
    """Today's deal reminders for ``person_id`` (their team when they manage one; everyone's
    when None); see the module docstring.
    """
    zh = reminder_lang(lang) == "zh_CN"
    with store.read() as uow:
        s = uow.session
        stages = _load_stages(s)
        owners = team_of(s, person_id) if person_id is not None else None
        rows = _read(s, stages, today, owners)
    by_id = {st.id: st for st in stages}
    out = [r for row in rows if (r := _reminder(row, by_id[row.stage_id], today, person_id, zh))]
    return out


@dataclass(frozen=True)
class DealOutcomeStages:
    """Where a deal goes when it is won or lost from outside its board (Today): its pipeline's
    first won and lost stage, and its amount (the won amount the prompt suggests).
    """

    deal_id: str
    name: str
    pipeline_id: str
    amount: Decimal
    won_stage_id: str | None
    won_stage_name: str | None
    lost_stage_id: str | None
    lost_stage_name: str | None


def outcome_stages(store: Store, deal_ids: Iterable[str]) -> list[DealOutcomeStages]:
    """For each (existing, not deleted) deal: the stages winning or losing it moves it to."""
    ids = list(dict.fromkeys(deal_ids))
    with store.read() as uow:
        s = uow.session
        deals = s.execute(select(Deal.id, Deal.name, Deal.pipeline_id, Deal.amount)
                          .where(Deal.id.in_(ids), Deal.deleted_at.is_(None))).all()
        stages = _load_stages(s)
    first: dict[tuple[str, str], StageInfo] = {}
    for st in stages:  # in board order: the first won / lost stage of each pipeline
        if st.kind in (StageKind.WON, StageKind.LOST):
            first.setdefault((st.pipeline_id, st.kind), st)
    order = {d: i for i, d in enumerate(ids)}
    out = []
    for did, name, pipeline_id, amount in sorted(deals, key=lambda r: order[r[0]]):
        won, lost = first.get((pipeline_id, StageKind.WON)), first.get((pipeline_id,
                                                                       StageKind.LOST))
        out.append(DealOutcomeStages(did, name, pipeline_id, amount,
                                     won.id if won else None, won.name if won else None,
                                     lost.id if lost else None, lost.name if lost else None))
    return out

