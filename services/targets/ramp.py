"""The novice ramp (成长目标): new people carry a growing share of a full target at first.

Per capacity tier (AppSetting ``targets.ramp``, JSON tier → list of percents), a person's first
months from their start date (``people.active_from``) count for those percents of a full
personal target, one percent per calendar month: month 1 is the month they start in (even on
the 15th), month 2 the next, and so on; after the list they count 100 %, and before their start
month 0 %. The default is 新手 30 / 60 / 100 % (months 1 / 2 / 3+); 中级 and 资深 have no ramp
(an empty list: full from the start, before-start months included, as before).

A longer period counts the mean of its months (a novice starting 15 July: 2026 = (6 × 0 + 30 +
60 + 4 × 100) / 12 = 40.83 %; Q3 = (30 + 60 + 100) / 3 = 63.33 %). Splitting a node by capacity
tier multiplies each person's tier load by this factor for the period split
(:func:`services.targets.ops.child_weights`), and splitting a person's period into months or
quarters weights each by its factor (:func:`services.targets.ops.split_period`: a novice
starting in July gets nothing before July); the tree marks a person's months under ramp.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from fractions import Fraction
from typing import Any

from sqlalchemy import select

from models.enums import CapacityTier
from models.org import Person
from models.settings import AppSetting
from services.core import periods as P
from services.core.changes import Op, call
from services.core.rule_store import read_json, write_json
from services.core.store import Store
from services.targets.cascade import TargetError, TargetTree

RAMP_SETTING = "targets.ramp"
DEFAULT_RAMP: dict[str, tuple[int, ...]] = {
    CapacityTier.NOVICE: (30, 60, 100),
    CapacityTier.INTERMEDIATE: (),
    CapacityTier.SENIOR: (),
}
MAX_MONTHS = 24


class RampError(ValueError):
    """A ramp setting cannot be read (keeps a translatable template, like ``SplitError``)."""

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params: dict[str, Any] = {k: str(v) for k, v in params.items()}
        super().__init__(template.format(**self.params) if self.params else template)


def parse_ramp(raw: Mapping[str, object] | None) -> dict[str, tuple[int, ...]]:
    """Ramps per tier from the setting's JSON over the defaults (a tier given replaces its list).

    Each list has at most :data:`MAX_MONTHS` whole percents from 0 to 100.
    """
    ramps = dict(DEFAULT_RAMP)
    for tier, value in (raw or {}).items():
        if tier not in ramps:
            raise RampError("ramp for unknown tier “{tier}”", tier=tier)
        if isinstance(value, list | tuple):
            items = [str(v) for v in value]
        else:
            text = str(value or "").replace("，", ",").replace("%", "")
            items = text.split(",") if text.strip() else []
        try:
            percents = tuple(int(str(v).strip()) for v in items if str(v).strip())
        except ValueError as exc:
            raise RampError("the ramp is whole percents separated by commas, e.g. 30, 60, 100",
                            ) from exc
        if any(not 0 <= p <= 100 for p in percents):
            raise RampError("a ramp month is between 0 % and 100 %")
        if len(percents) > MAX_MONTHS:
            raise RampError("a ramp lasts at most {most} months", most=MAX_MONTHS)
        ramps[tier] = percents
    return ramps


def month_percent(percents: Sequence[int], start: date, year: int, month: int) -> int:
    """The share (percent) of a full target in calendar month ``year-month`` for a person who
    started on ``start``, by a ramp of ``percents`` (empty: 100 from the start… always).
    """
    if not percents:
        return 100
    n = (year - start.year) * 12 + (month - start.month) + 1
    if n < 1:
        return 0
    return percents[n - 1] if n <= len(percents) else 100


def _months_of(period: str) -> list[tuple[int, int]]:
    p = P.parse(period)
    if p.grain is P.Grain.WEEK:  # a week belongs to the month of its Thursday
        thursday = p.start.toordinal() + 3
        d = date.fromordinal(thursday)
        return [(d.year, d.month)]
    out, y, m = [], p.start.year, p.start.month
    while (y, m) <= (p.end.year, p.end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def period_factor(percents: Sequence[int], start: date | None, period: str) -> Fraction:
    """The share of a full target over ``period``: the mean of its months' percents (1 = 100 %).

    No start date or no ramp: 1.
    """
    if start is None or not percents:
        return Fraction(1)
    months = _months_of(period)
    total = sum(month_percent(percents, start, y, m) for y, m in months)
    return Fraction(total, 100 * len(months))


def ramp_months(percents: Sequence[int], start: date | None, year: int
                ) -> dict[str, int]:
    """The months of ``year`` a person works under ramp (from their start month, below 100 %):
    month key → percent.
    """
    if start is None or not percents:
        return {}
    out = {}
    for m in range(1, 13):
        pct = month_percent(percents, start, year, m)
        n = (year - start.year) * 12 + (m - start.month) + 1
        if n >= 1 and pct < 100:
            out[P.month_key(year, m)] = pct
    return out


def ramps(store: Store) -> dict[str, tuple[int, ...]]:
    """The ramp per tier (AppSetting ``targets.ramp`` over the defaults)."""
    with store.read() as uow:
        try:
            return parse_ramp(read_json(uow.session, RAMP_SETTING))
        except RampError:
            return dict(DEFAULT_RAMP)


def set_ramps(store: Store, ramps_by_tier: Mapping[str, object] | None
              ) -> Op[dict[str, list[int]] | None]:
    """Save the ramps (tier → percents, e.g. ``{"novice": [30, 60, 100]}``; None: back to the
    defaults); the value is the old setting, undo puts it back. Refuses what
    :func:`parse_ramp` cannot read with :class:`TargetError`.
    """
    new: dict[str, list[int]] | None = None
    if ramps_by_tier is not None:
        try:
            parsed = parse_ramp(ramps_by_tier)
        except RampError as exc:
            raise TargetError(exc.template, field="ramp", **exc.params) from exc
        new = {tier: list(parsed[tier]) for tier in ramps_by_tier}
    with store.write() as uow:
        s = uow.session
        old = read_json(s, RAMP_SETTING)
        if new is not None:
            write_json(s, RAMP_SETTING, new)
        elif (row := s.get(AppSetting, RAMP_SETTING)) is not None:
            s.delete(row)
        uow.commit()
        old_map = old if isinstance(old, dict) else None
        return uow.op(old_map, undo=call(set_ramps, old_map))


def person_starts(store: Store) -> dict[str, tuple[str, date | None]]:
    """Every person's capacity tier and start date: id → (tier, active_from)."""
    with store.read() as uow:
        return {pid: (tier, start) for pid, tier, start in uow.session.execute(
            select(Person.id, Person.capacity_tier, Person.active_from))}


def tree_ramp_months(store: Store, tree: TargetTree) -> dict[str, dict[str, int]]:
    """The person nodes of a tree that work under ramp in the plan year: node id → (month key →
    percent), for the tree's marks (成长目标 30 %).
    """
    by_tier, people = ramps(store), person_starts(store)
    out: dict[str, dict[str, int]] = {}
    for n in tree.nodes:
        if n.person_id and n.person_id in people:
            tier, start = people[n.person_id]
            months = ramp_months(by_tier.get(tier, ()), start, tree.plan.year)
            if months:
                out[n.id] = months
    return out
