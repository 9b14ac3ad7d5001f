"""Reading the audit trail (操作日志): filtered and paged, per record, values made readable.

The log is written by the database (:mod:`services.team.audit_schema`); this module only reads
it. A row's values come back as :class:`AuditValue`: money in yuan (``Decimal``), days, times,
flags, the name behind an id (a person, a stage, an org unit, a contract number) — kinds the
GUI formats and translates; the English of enum values (roles, run statuses) is kept as is for
the GUI to translate.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from models.audit import AuditEntry
from models.customers import Customer
from models.enums import METRIC_UNITS, MetricUnit
from models.incentives import (
    IncentiveScheme,
    PayoutAdjustment,
    PayoutLine,
    PayoutRun,
    SchemeVersion,
)
from models.orders import Contract, Payment
from models.org import OrgUnit, Person
from models.pipeline import Deal, Stage
from models.targets import TargetNode, TargetValue
from services.core.actor import set_actor
from services.core.store import Store
from services.team.audit_schema import TRACKED, audit_installed, team_mode

PAGE = 200
"""Rows per page of the log."""

MONEY, DATE, TIME, FLAG, NAME, ENUM, COUNT, RATE, DOCUMENT, NONE = (
    "money", "date", "time", "flag", "name", "enum", "count", "rate", "document", "none")
_REFS: Mapping[str, type] = {"owner_id": Person, "person_id": Person, "manager_id": Person,
                             "stage_id": Stage, "unit_id": OrgUnit, "contract_id": Contract}
_KINDS: Mapping[str, str] = {"amount": MONEY, "expected_close": DATE, "received_on": DATE,
                             "effective_from": DATE, "deleted_at": TIME, "in_pool": FLAG,
                             "role": ENUM, "status": ENUM, "document": DOCUMENT}


@dataclass(frozen=True)
class AuditValue:
    """One side of a change: ``kind`` says how to show ``value`` (None: empty)."""

    kind: str
    value: Decimal | date | datetime | bool | int | str | None


@dataclass(frozen=True)
class AuditRow:
    """One logged change of one field."""

    id: int
    at: datetime
    actor_id: str | None
    actor: str
    """The person's name; else the database login (PostgreSQL); else ""."""
    table: str
    record_id: str
    record: str
    """What the record is called (a customer's or deal's name, a person, a run's period…)."""
    field: str
    action: str
    old: AuditValue
    new: AuditValue


@dataclass(frozen=True)
class AuditFilter:
    """Which rows: every given condition must hold (``until`` is the last day included)."""

    table: str | None = None
    field: str | None = None
    record_ids: tuple[str, ...] = ()
    actor_id: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditPage:
    """A page of the log, newest first, and how many rows the filter matches in all."""

    rows: tuple[AuditRow, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class AuditChoices:
    """What the log's filters offer: the people who made changes, the tracked tables and
    their fields.
    """

    people: tuple[tuple[str, str], ...]
    tables: tuple[tuple[str, tuple[str, ...]], ...]


def act_as(store: Store, person_id: str | None) -> None:
    """Changes through ``store`` from now on are logged as made by ``person_id``."""
    set_actor(store.engine, person_id)


def audit_kept(store: Store) -> bool:
    """Whether this database keeps an audit trail (team mode, triggers in place)."""
    with store.engine.connect() as conn:
        return team_mode(conn) and audit_installed(conn)


def audit_choices(store: Store) -> AuditChoices:
    """The people who appear in the log (by name) and the tracked tables and fields."""
    with store.read() as uow:
        s = uow.session
        ids = {i for i in s.scalars(select(AuditEntry.actor_id).distinct()) if i}
        names = _names(s, Person, ids)
    people = tuple(sorted(((i, names.get(i, i)) for i in ids), key=lambda p: p[1]))
    return AuditChoices(people, tuple(TRACKED.items()))


def audit_log(store: Store, flt: AuditFilter = AuditFilter(), *, offset: int = 0,
              limit: int = PAGE) -> AuditPage:
    """The rows matching ``flt``, newest first, ``limit`` from ``offset``."""
    with store.read() as uow:
        s = uow.session
        query = _filtered(select(AuditEntry), flt)
        total = s.scalar(_filtered(select(func.count(AuditEntry.id)), flt)) or 0
        entries = list(s.scalars(query.order_by(AuditEntry.id.desc())
                                 .offset(offset).limit(limit)))
        return AuditPage(tuple(_rows(s, entries)), total, offset, limit)


def record_history(store: Store, table: str, record_id: str) -> tuple[AuditRow, ...]:
    """A record's log, newest first; a customer's includes its deals and payments."""
    with store.read() as uow:
        s = uow.session
        ids = [record_id]
        if table == "customers":
            ids += s.scalars(select(Deal.id).where(Deal.customer_id == record_id))
            ids += s.scalars(select(Payment.id).where(Payment.customer_id == record_id))
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.record_id.in_(ids))
                                 .order_by(AuditEntry.id.desc())))
        return tuple(_rows(s, entries))


def _filtered(query: Select, flt: AuditFilter) -> Select:  # type: ignore[type-arg]
    if flt.table:
        query = query.where(AuditEntry.table_name == flt.table)
    if flt.field:
        query = query.where(AuditEntry.field == flt.field)
    if flt.record_ids:
        query = query.where(AuditEntry.record_id.in_(flt.record_ids))
    if flt.actor_id:
        query = query.where(AuditEntry.actor_id == flt.actor_id)
    if flt.since is not None:
        query = query.where(AuditEntry.at >= _utc(flt.since))
    if flt.until is not None:
        query = query.where(AuditEntry.at < _utc(date.fromordinal(flt.until.toordinal() + 1)))
    return query


def _utc(day: date) -> datetime:
    """Midnight starting ``day`` where this computer is, as UTC."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


# --- making rows readable ----------------------------------------------------------------------


def _names(s: Session, model: type, ids: Iterable[str]) -> dict[str, str]:
    wanted = [i for i in set(ids) if i]
    if not wanted:
        return {}
    label = model.number if model is Contract else model.name  # type: ignore[attr-defined]
    key = model.id  # type: ignore[attr-defined]
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        found.update((i, n) for i, n in s.execute(
            select(key, label).where(key.in_(wanted[start:start + 500]))))
    return found


def _rows(s: Session, entries: list[AuditEntry]) -> list[AuditRow]:
    refs: dict[type, set[str]] = defaultdict(set)
    records: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        if e.actor_id:
            refs[Person].add(e.actor_id)
        records[e.table_name].add(e.record_id)
        model = _REFS.get(e.field)
        if model is not None:
            refs[model].update(v for v in (e.old_value, e.new_value) if v)
    names = {model: _names(s, model, ids) for model, ids in refs.items()}
    labels, metrics = _record_labels(s, records)
    rows = []
    for e in entries:
        actor = names.get(Person, {}).get(e.actor_id or "", "") or (e.db_user or "")
        metric = metrics.get(e.record_id)
        rows.append(AuditRow(
            e.id, e.at, e.actor_id, actor, e.table_name, e.record_id,
            labels.get(e.record_id, ""), e.field, e.action,
            _value(e.field, e.old_value, names, metric),
            _value(e.field, e.new_value, names, metric)))
    return rows


def _value(field: str, raw: str | None, names: Mapping[type, Mapping[str, str]],
           metric: str | None) -> AuditValue:
    if raw is None:
        return AuditValue(NONE, None)
    model = _REFS.get(field)
    if model is not None:
        return AuditValue(NAME, names.get(model, {}).get(raw, raw))
    kind = _KINDS.get(field)
    if field in ("floor", "target", "challenge"):
        unit = METRIC_UNITS.get(metric or "", MetricUnit.COUNT)
        kind = MONEY if unit == MetricUnit.FEN else RATE if unit == MetricUnit.BASIS_POINTS \
            else COUNT
    try:
        if kind == MONEY:
            return AuditValue(MONEY, Decimal(int(Decimal(raw))) / 100)
        if kind in (COUNT, RATE):
            return AuditValue(kind, int(Decimal(raw)))
        if kind == DATE:
            return AuditValue(DATE, date.fromisoformat(raw[:10]))
        if kind == TIME:
            return AuditValue(TIME, datetime.fromisoformat(raw).replace(tzinfo=UTC))
        if kind == FLAG:
            return AuditValue(FLAG, raw.lower() in ("1", "true", "t"))
        if kind == DOCUMENT:
            return AuditValue(DOCUMENT, len(json.dumps(json.loads(raw))))
    except (ValueError, ArithmeticError):
        pass
    return AuditValue(kind or ENUM, raw)


def _record_labels(s: Session, records: Mapping[str, set[str]]
                   ) -> tuple[dict[str, str], dict[str, str]]:
    """Each record's name, and each target value's metric (its values' unit)."""
    labels: dict[str, str] = {}
    metrics: dict[str, str] = {}
    for table, ids in records.items():
        wanted = list(ids)
        if table in ("customers", "deals", "people"):
            model = {"customers": Customer, "deals": Deal, "people": Person}[table]
            labels.update(_names(s, model, wanted))
        elif table == "payments":
            labels.update((i, f"{name} {day.isoformat()}") for i, name, day in s.execute(
                select(Payment.id, Customer.name, Payment.received_on)
                .join(Customer, Customer.id == Payment.customer_id)
                .where(Payment.id.in_(wanted))))
        elif table == "target_values":
            for i, node, metric, period in s.execute(
                    select(TargetValue.id, TargetNode.name, TargetValue.metric,
                           TargetValue.period)
                    .join(TargetNode, TargetNode.id == TargetValue.node_id)
                    .where(TargetValue.id.in_(wanted))):
                labels[i] = f"{node} · {period}"
                metrics[i] = metric
        elif table == "payout_runs":
            labels.update((i, p) for i, p in s.execute(
                select(PayoutRun.id, PayoutRun.period).where(PayoutRun.id.in_(wanted))))
        elif table in ("payout_lines", "payout_adjustments"):
            model2 = PayoutLine if table == "payout_lines" else PayoutAdjustment
            labels.update((i, name) for i, name in s.execute(
                select(model2.id, Person.name).join(Person, Person.id == model2.person_id)
                .where(model2.id.in_(wanted))))
        elif table == "scheme_versions":
            labels.update((i, f"{name} v{number}") for i, name, number in s.execute(
                select(SchemeVersion.id, IncentiveScheme.name, SchemeVersion.number)
                .join(IncentiveScheme, IncentiveScheme.id == SchemeVersion.scheme_id)
                .where(SchemeVersion.id.in_(wanted))))
    return labels, metrics
