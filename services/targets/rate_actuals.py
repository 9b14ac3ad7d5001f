"""Derived actuals of the rate metrics (比率指标): a numerator and a denominator per person.

Each rate's facts are counted under two keys (``models.enums.rate_parts``: ``"<rate>:num"`` and
``"<rate>:den"``) that add up the tree like sums; the roll-up divides them (so a parent's rate is
its children's weighted by their denominators, never a sum of rates). Definitions:

- 转化率 ``conversion_rate``: deals won ÷ deals closed (won + lost), by the deal's owner and
  its ``closed_on`` — a win rate of the deals decided in the period (open deals do not count);
- 老客户续签率 ``renewal_rate``: renewals won ÷ renewals due, over the deals of the renewal
  pipeline (its name has 续约, 续签 or "renew", e.g. the demo's 老客户续约). A renewal is due on
  its ``closed_on`` once closed, else on its ``expected_close``; won ones count by ``closed_on``;
- 复购率 ``repurchase_rate``: of the customers with a deal won in the period, those with at least
  two won deals by the period's end (this one and an earlier one, or two in the period); a
  customer counts for the owner of their last deal won in the period;
- 新产品销售占比 ``new_product_share``: of won deals' product-line amounts (deals closed in the
  period), the part whose product was added to the catalogue in the same calendar year (there
  is no "new product" flag: a product is new in the year it was created);
- 回款率 ``collection_rate``: not derived yet — collected amounts arrive with Orders & Payments,
  so its actual stays empty until then; 市场份额 ``market_share`` is typed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, extract, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from models.enums import TYPED_ACTUAL_METRICS, StageKind, TargetMetric, rate_parts
from models.pipeline import Deal, DealLine, Pipeline, Product, Stage
from models.targets import TargetTypedActual
from services.core import periods as P

DERIVED_RATES = frozenset({TargetMetric.CONVERSION_RATE, TargetMetric.RENEWAL_RATE,
                           TargetMetric.REPURCHASE_RATE, TargetMetric.NEW_PRODUCT_SHARE})
#: Words that mark the renewal pipeline (老客户续约) by its name.
RENEWAL_WORDS = ("续约", "续签", "renew")

AddFact = Callable[[str | None, date, str, int], None]


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def renewal_pipelines(session: Session) -> list[str]:
    """The ids of the renewal pipelines (by name: :data:`RENEWAL_WORDS`)."""
    rows = session.execute(select(Pipeline.id, Pipeline.name)
                           .where(Pipeline.deleted_at.is_(None))).all()
    return [pid for pid, name in rows
            if any(w in (name or "").lower() for w in RENEWAL_WORDS)]


def day_facts(session: Session, metrics: set[str], lo: date, hi: date, add: AddFact) -> None:
    """The rates whose parts add up day by day: conversion, renewal and new-product share."""
    live = (Deal.deleted_at.is_(None),)
    if TargetMetric.CONVERSION_RATE in metrics:
        num, den = rate_parts(TargetMetric.CONVERSION_RATE)
        stmt = (select(Deal.owner_id, Deal.closed_on, Stage.kind, func.count())
                .join(Stage, Stage.id == Deal.stage_id)
                .where(*live, Stage.kind.in_((StageKind.WON, StageKind.LOST)),
                       Deal.closed_on >= lo, Deal.closed_on <= hi)
                .group_by(Deal.owner_id, Deal.closed_on, Stage.kind))
        for owner, closed_on, kind, n in session.execute(stmt):
            if closed_on is None:
                continue
            add(owner, _day(closed_on), den, int(n))
            if kind == StageKind.WON:
                add(owner, _day(closed_on), num, int(n))
    if TargetMetric.RENEWAL_RATE in metrics and (pipes := renewal_pipelines(session)):
        num, den = rate_parts(TargetMetric.RENEWAL_RATE)
        due = func.coalesce(Deal.closed_on, Deal.expected_close)
        stmt = (select(Deal.owner_id, due, Stage.kind, func.count())
                .join(Stage, Stage.id == Deal.stage_id)
                .where(*live, Deal.pipeline_id.in_(pipes), due >= lo, due <= hi,
                       or_(Deal.closed_on.is_not(None), Stage.kind == StageKind.OPEN))
                .group_by(Deal.owner_id, due, Stage.kind))
        for owner, day_value, kind, n in session.execute(stmt):
            if day_value is None:
                continue
            add(owner, _day(day_value), den, int(n))
            if kind == StageKind.WON:
                add(owner, _day(day_value), num, int(n))
    if TargetMetric.NEW_PRODUCT_SHARE in metrics:
        num, den = rate_parts(TargetMetric.NEW_PRODUCT_SHARE)
        product_year = extract("year", Product.created_at)
        lines = (select(Deal.owner_id, Deal.closed_on, product_year,
                        func.sum(type_coerce(DealLine.amount, BigInteger)))
                 .join(Stage, Stage.id == Deal.stage_id)
                 .join(DealLine, DealLine.deal_id == Deal.id)
                 .join(Product, Product.id == DealLine.product_id)
                 .where(*live, DealLine.deleted_at.is_(None), Stage.kind == StageKind.WON,
                        Deal.closed_on >= lo, Deal.closed_on <= hi)
                 .group_by(Deal.owner_id, Deal.closed_on, product_year))
        for owner, closed_on, year, amount in session.execute(lines):
            if closed_on is None:
                continue
            day = _day(closed_on)
            add(owner, day, den, int(amount or 0))
            if year is not None and int(year) == day.year:
                add(owner, day, num, int(amount or 0))


def repurchase_facts(session: Session, periods: Iterable[str]
                     ) -> list[tuple[str | None, str, str, int]]:
    """复购率's parts per period: ``(owner, period, key, count)`` (see the module docstring)."""
    parsed = [P.parse(k) for k in periods]
    if not parsed:
        return []
    hi = max(p.end for p in parsed)
    wins: dict[str, list[tuple[date, str | None]]] = {}
    stmt = (select(Deal.customer_id, Deal.closed_on, Deal.owner_id)
            .join(Stage, Stage.id == Deal.stage_id)
            .where(Deal.deleted_at.is_(None), Stage.kind == StageKind.WON,
                   Deal.closed_on.is_not(None), Deal.closed_on <= hi))
    for customer, closed_on, owner in session.execute(stmt):
        wins.setdefault(customer, []).append((_day(closed_on), owner))
    num, den = rate_parts(TargetMetric.REPURCHASE_RATE)
    out: dict[tuple[str | None, str, str], int] = {}
    for dated in wins.values():
        dated.sort(key=lambda x: x[0])
        days = [d for d, _o in dated]
        for p in parsed:
            last = bisect_right(days, p.end)  # wins up to the period's end
            if last == 0 or days[last - 1] < p.start:
                continue  # no win in the period
            owner = dated[last - 1][1]
            out[(owner, p.key, den)] = out.get((owner, p.key, den), 0) + 1
            if last >= 2:
                out[(owner, p.key, num)] = out.get((owner, p.key, num), 0) + 1
    return [(owner, key, part, n) for (owner, key, part), n in out.items()]


def typed_actuals(session: Session, node_ids: Iterable[str], metrics: Iterable[str],
                  periods: Iterable[str]) -> dict[tuple[str, str, str], int]:
    """Actuals typed by hand (市场份额: :mod:`services.targets.typed_actuals`) of these nodes,
    ``(node, metric, period) → value``.
    """
    wanted_metrics = set(metrics) & TYPED_ACTUAL_METRICS
    ids, keys = set(node_ids), set(periods)
    if not wanted_metrics or not ids or not keys:
        return {}
    rows = session.execute(
        select(TargetTypedActual.node_id, TargetTypedActual.metric, TargetTypedActual.period,
               TargetTypedActual.value)
        .where(TargetTypedActual.deleted_at.is_(None),
               TargetTypedActual.metric.in_(wanted_metrics),
               TargetTypedActual.period.in_(keys)))
    return {(n, m, p): v for n, m, p, v in rows if n in ids}
