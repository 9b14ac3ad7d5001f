"""The plan year's rhythm (时间表) as dated checkpoints, and their reminders on Today.

:func:`generate_timeline` writes the usual rhythm for a plan year (dates editable afterwards):

====================  ===========================================  ==========================
kind                  title                                        date
====================  ===========================================  ==========================
target_setting        目标设定与分解会议                              8 January
plan_review           方案评审                                      25 January
briefing              宣贯与认领                                    3 February
kpi_rules             KPI与激励规则确定                              20 February
monthly_plan          月度计划 (one per month)                       first working day of the month
weekly_tasks          周任务 (ONE row: a rule, see below)            first working Monday
quarterly_review      季度复盘 Q1/Q2/Q3                              5 April / July / October
year_end              年终总结与奖惩兑现                              20 December
====================  ===========================================  ==========================

Dates are working days by the Chinese calendar (:mod:`services.plans.workdays`: public holidays
and make-up working days 调休, with the owner's own list on top): a meeting whose usual date is a
weekend or a holiday moves to the next working day, a monthly plan is made on the month's first
working day. :func:`move_to_workdays` applies the same rule to a timeline made before (or after
the owner changed the holiday list). **Weekly tasks are one recurring row, not 52**: it repeats
every Monday from its date (the first working Monday) to the end of the plan year. It is
reminded on each Monday whose week it has not been marked done for
(marking it done records that day; the next Monday reminds again).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from models.base import utcnow
from models.enums import ActionStatus, PlanCheckpointKind
from models.plans import ActionCheckpoint, ActionItem, PlanCheckpoint
from models.targets import TargetPlan
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.plans.actions import Removed
from services.plans.workdays import WorkCalendar, read_calendar
from services.targets.cascade import plan_in
from services.today.reminders import (
    ACTION_DONE,
    ACTION_SNOOZE,
    SEVERITY_INFO,
    SEVERITY_OVERDUE,
    SEVERITY_WARNING,
    Reminder,
    reminder_lang,
    review_detail,
    review_origins,
)

K = PlanCheckpointKind
MEETINGS = (  # kind, title, month, day
    (K.TARGET_SETTING, "目标设定与分解会议", 1, 8),
    (K.PLAN_REVIEW, "方案评审", 1, 25),
    (K.BRIEFING, "宣贯与认领", 2, 3),
    (K.KPI_RULES, "KPI与激励规则确定", 2, 20),
    (K.QUARTERLY_REVIEW, "第一季度复盘", 4, 5),
    (K.QUARTERLY_REVIEW, "第二季度复盘", 7, 5),
    (K.QUARTERLY_REVIEW, "第三季度复盘", 10, 5),
    (K.YEAR_END, "年终总结与奖惩兑现", 12, 20),
)
EDITABLE = ("title", "due_on", "done_on", "remind_days_before", "notes")


@dataclass(frozen=True)
class TimelineRow:
    """One dated checkpoint of the plan's timeline."""

    id: str
    plan_id: str
    kind: str
    title: str
    due_on: date
    done_on: date | None
    remind_days_before: int
    notes: str | None

    @property
    def recurring(self) -> bool:
        """The weekly-tasks rule row (every Monday)."""
        return self.kind == K.WEEKLY_TASKS


def weekday_on_or_after(day: date) -> date:
    """The day itself, or the next Monday for a Saturday/Sunday (no holidays: see
    :meth:`services.plans.workdays.WorkCalendar.on_or_after`).
    """
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def default_rhythm(year: int, cal: WorkCalendar | None = None) -> list[tuple[str, str, date]]:
    """(kind, title, date) of the usual rhythm of a plan year on working days, in date order."""
    cal = cal or WorkCalendar()
    out = [(str(k), title, cal.on_or_after(date(year, m, d))) for k, title, m, d in MEETINGS]
    out += [(str(K.MONTHLY_PLAN), f"{m}月月度计划", cal.first_workday_of_month(year, m))
            for m in range(1, 13)]
    out.append((str(K.WEEKLY_TASKS), "周任务（每周一）", cal.first_working_monday(year)))
    return sorted(out, key=lambda r: (r[2], r[0]))


def _row(c: PlanCheckpoint) -> TimelineRow:
    return TimelineRow(c.id, c.plan_id, c.kind, c.title, c.due_on, c.done_on,
                       c.remind_days_before, c.notes)


def list_timeline(store: Store, plan_id: str) -> list[TimelineRow]:
    """The plan's checkpoints by date."""
    with store.read() as uow:
        rows = uow.session.scalars(select(PlanCheckpoint).where(
            PlanCheckpoint.plan_id == plan_id, PlanCheckpoint.deleted_at.is_(None))
            .order_by(PlanCheckpoint.due_on, PlanCheckpoint.kind)).all()
        return [_row(c) for c in rows]


def generate_timeline(store: Store, plan_id: str, *, remind_days_before: int = 3
                      ) -> Op[list[str]]:
    """Write the default rhythm for the plan's year; the value is the new ids.

    Kinds already present (not deleted) are left alone, so running it twice adds nothing.
    Undo: :func:`delete_checkpoints` with the returned ids.
    """
    with store.write() as uow:
        s = uow.session
        plan = plan_in(s, plan_id)
        have = {(c.kind, c.due_on.month if c.kind == K.MONTHLY_PLAN else 0, c.title)
                for c in s.scalars(select(PlanCheckpoint).where(
                    PlanCheckpoint.plan_id == plan_id, PlanCheckpoint.deleted_at.is_(None)))}
        have_kinds = {(k, m) for k, m, _t in have}
        ids = []
        for kind, title, day in default_rhythm(plan.year, read_calendar(s)):
            month = day.month if kind == K.MONTHLY_PLAN else 0
            if kind == K.QUARTERLY_REVIEW:
                if (kind, month, title) in have:
                    continue
            elif (kind, month) in have_kinds:
                continue
            row = PlanCheckpoint(plan_id=plan_id, kind=kind, title=title, due_on=day,
                                 remind_days_before=remind_days_before)
            s.add(row)
            s.flush()
            ids.append(row.id)
        uow.commit()
        return uow.op(ids, undo=call(delete_checkpoints, list(ids)) if ids else None)


def update_checkpoint(store: Store, checkpoint_id: str, **fields: Any) -> Op[dict[str, Any]]:
    """Change a checkpoint's title, date, done date, reminder lead or notes; the value is the
    old values (the undo writes them back).
    """
    for key, value in fields.items():
        if key not in EDITABLE:
            raise ValidationError("unknown timeline field “{key}”", field=key, key=key)
        if key == "due_on" and not isinstance(value, date):
            raise ValidationError("the checkpoint needs a date", field=key)
        if key == "done_on" and value is not None and not isinstance(value, date):
            raise ValidationError("done date must be a date", field=key)
        if key == "remind_days_before" and not (isinstance(value, int) and 0 <= value <= 60):
            raise ValidationError("remind 0–60 days before", field=key)
        if key == "title" and not str(value or "").strip():
            raise ValidationError("the checkpoint needs a title", field=key)
    with store.write() as uow:
        row = uow.session.get(PlanCheckpoint, checkpoint_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("this checkpoint no longer exists", field="checkpoint")
        old = {k: getattr(row, k) for k in fields}
        for k, v in fields.items():
            setattr(row, k, v.strip() if isinstance(v, str) else v)
        uow.commit()
        return uow.op(old, undo=call(update_checkpoint, checkpoint_id, **old))


def move_to_workdays(store: Store, plan_id: str) -> Op[dict[str, date]]:
    """Move every open checkpoint that falls on a weekend or a holiday to the next working day
    (a monthly plan: the month's first working day); the value is the old dates by id, and the
    undo puts them back.
    """
    with store.write() as uow:
        s = uow.session
        plan_in(s, plan_id)
        cal = read_calendar(s)
        old: dict[str, date] = {}
        for c in s.scalars(select(PlanCheckpoint).where(
                PlanCheckpoint.plan_id == plan_id, PlanCheckpoint.deleted_at.is_(None),
                PlanCheckpoint.done_on.is_(None))):
            if c.kind == K.WEEKLY_TASKS or cal.is_workday(c.due_on):
                continue
            if c.kind == K.MONTHLY_PLAN and c.due_on.day <= 7:
                new = cal.first_workday_of_month(c.due_on.year, c.due_on.month)
            else:
                new = cal.on_or_after(c.due_on)
            old[c.id] = c.due_on
            c.due_on = new
        uow.commit()
        return uow.op(old, undo=call(restore_dates, old) if old else None)


def restore_dates(store: Store, dates: dict[str, date]) -> Op[dict[str, date]]:
    """Put checkpoints back on the given dates (the undo of :func:`move_to_workdays`)."""
    with store.write() as uow:
        old: dict[str, date] = {}
        for cid, day in dates.items():
            row = uow.session.get(PlanCheckpoint, cid)
            if row is not None and row.deleted_at is None:
                old[cid] = row.due_on
                row.due_on = day
        uow.commit()
        return uow.op(old, undo=call(restore_dates, old))


def mark_done(store: Store, checkpoint_id: str, day: date | None) -> Op[dict[str, Any]]:
    """Mark done on ``day`` (None: not done); the value is the old values."""
    return update_checkpoint(store, checkpoint_id, done_on=day)


def add_checkpoint(store: Store, plan_id: str, kind: str, title: str, due_on: date,
                   *, remind_days_before: int = 3) -> Op[str]:
    """An extra checkpoint; the value is its id (undo: :func:`delete_checkpoints`)."""
    if kind not in tuple(K):
        raise ValidationError("unknown checkpoint kind “{kind}”", field="kind", kind=kind)
    if not title.strip():
        raise ValidationError("the checkpoint needs a title", field="title")
    with store.write() as uow:
        plan_in(uow.session, plan_id)
        row = PlanCheckpoint(plan_id=plan_id, kind=kind, title=title.strip(), due_on=due_on,
                             remind_days_before=remind_days_before)
        uow.session.add(row)
        uow.commit()
        return uow.op(row.id, undo=call(delete_checkpoints, [row.id]))


def delete_checkpoints(store: Store, ids: list[str]) -> Op[Removed]:
    """Soft-delete timeline checkpoints (those still live); undo: :func:`restore_checkpoints`."""
    now = utcnow()
    done = []
    with store.write() as uow:
        for cid in ids:
            row = uow.session.get(PlanCheckpoint, cid)
            if row is not None and row.deleted_at is None:
                row.deleted_at = now
                done.append(cid)
        removed = Removed("plan_checkpoint", tuple(done), now)
        uow.commit()
        return uow.op(removed, undo=call(restore_checkpoints, removed))


def restore_checkpoints(store: Store, removed: Removed) -> Op[None]:
    """Undo :func:`delete_checkpoints`: bring back exactly those rows (undo: delete again)."""
    back = []
    with store.write() as uow:
        for cid in removed.ids:
            row = uow.session.get(PlanCheckpoint, cid)
            if row is not None and row.deleted_at == removed.deleted_at:
                row.deleted_at = None
                back.append(cid)
        uow.commit()
        return uow.op(None, undo=call(delete_checkpoints, back))


# --- reminders -----------------------------------------------------------------------------


def _weekly_due(row: PlanCheckpoint, today: date, year: int) -> date | None:
    """This week's Monday when the weekly rule is due and not done for this week."""
    monday = today - timedelta(days=today.weekday())
    if monday < row.due_on or monday.year > year:
        return None
    if row.done_on is not None and row.done_on >= monday:
        return None
    return monday


def plan_checkpoint_reminders(store: Store, today: date, person_id: str | None
                              ) -> list[Reminder]:
    """Timeline checkpoints due within their reminder lead or overdue (everyone sees those),
    plus the person's overdue action items and overdue action checkpoints.

    ``item_kind`` is "plan" (a timeline checkpoint) or "action" (an action item): the main
    window routes both to the Plans page, whose ``show_item`` selects the row. A checkpoint
    can be marked done from Today (:func:`mark_done`) and, unless it is the weekly rule,
    moved to another date (:func:`update_checkpoint`).
    """
    zh = reminder_lang() == "zh_CN"
    out: list[Reminder] = []
    with store.read() as uow:
        s = uow.session
        rows = s.execute(select(PlanCheckpoint, TargetPlan.year)
                         .join(TargetPlan, TargetPlan.id == PlanCheckpoint.plan_id)
                         .where(PlanCheckpoint.deleted_at.is_(None),
                                TargetPlan.deleted_at.is_(None),
                                PlanCheckpoint.due_on <= today + timedelta(days=60))).all()
        for c, year in rows:
            due: date | None = c.due_on
            if c.kind == K.WEEKLY_TASKS:
                due = _weekly_due(c, today, year)
            elif c.done_on is not None or c.due_on - timedelta(days=c.remind_days_before) > today:
                due = None
            if due is None:
                continue
            sev = SEVERITY_OVERDUE if due < today else (
                SEVERITY_WARNING if due == today else SEVERITY_INFO)
            weekly = c.kind == K.WEEKLY_TASKS
            where = f"{year} 时间表" if zh else f"{year} timeline"
            out.append(Reminder("plan_checkpoint", c.title, f"{where} · {due.isoformat()}",
                                due, "plan", c.id, sev,
                                actions=(ACTION_DONE,) if weekly else (ACTION_DONE, ACTION_SNOOZE)))
        q = select(ActionItem).where(ActionItem.deleted_at.is_(None),
                                     ActionItem.status != ActionStatus.DONE,
                                     ActionItem.due_on < today)
        cq = (select(ActionCheckpoint, ActionItem.title)
              .join(ActionItem, ActionItem.id == ActionCheckpoint.action_id)
              .where(ActionCheckpoint.deleted_at.is_(None), ActionItem.deleted_at.is_(None),
                     ActionCheckpoint.done_on.is_(None), ActionCheckpoint.due_on < today))
        if person_id is not None:
            q = q.where(ActionItem.owner_id == person_id)
            cq = cq.where(ActionItem.owner_id == person_id)
        overdue = [(a, a.due_on) for a in s.scalars(q) if a.due_on is not None]
        checkpoints = [(cp, cp.due_on, title) for cp, title in s.execute(cq)
                       if cp.due_on is not None]
        reviews = review_origins(s, "action") if overdue or checkpoints else {}
        for a, due in overdue:
            detail = (f"行动计划{a.variant} · 截止 {due}" if zh
                      else f"Action plan {a.variant} · due {due}")
            origin = reviews.get(a.id)
            if origin is not None:
                detail = review_detail(detail, origin[1], zh)
            out.append(Reminder("action_overdue", a.title, detail, due, "action", a.id,
                                SEVERITY_OVERDUE, origin=_origin(origin)))
        for cp, due, title in checkpoints:
            word = "检查点" if zh else "Checkpoint"
            out.append(Reminder("action_overdue", cp.title, f"{word} · {title} · {due}",
                                due, "action", cp.action_id, SEVERITY_OVERDUE,
                                origin=_origin(reviews.get(cp.action_id))))
    return out


def _origin(found: tuple[str, str] | None) -> tuple[str, str] | None:
    """A reminder's ``origin``: the review an action item was decided in."""
    return ("review", found[0]) if found is not None else None
