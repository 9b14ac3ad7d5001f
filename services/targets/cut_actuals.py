"""Actuals (实际完成) of a cut of the company total: per product line, channel or customer tier.

A cut's members are nodes with a ``cut_key`` (:mod:`services.targets.cuts`). Each fact lands on
the member whose key it carries, else on the company root — so, rolled up, the root holds every
fact and its actual is the same as in the org tree. What a fact carries, per cut:

- ``product_line`` 产品线: a won deal's amount is shared among its product lines' ``line`` by
  their line amounts (exact to the fen: largest remainder); the deal counts (签约量) for the line
  with the largest share (ties: the first by name). A deal without product lines, or the part
  of lines whose product has no line, stays on the root. New customers and follow-ups have no
  product: they stay on the root.
- ``channel`` 渠道: the deal's ``source``, else its customer's ``source``; new customers and
  follow-ups by the customer's source.
- ``customer_tier`` 客户分层: the customer's tier (A/B/C), for deals, new customers and
  follow-ups alike.

Collected amount 回款额 and metrics without an automatic actual behave as in the org tree (on the
root). Facts are read per day and key in SQL, except product lines (per deal and line).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from models.customers import Customer, FollowUp
from models.enums import StageKind, TargetCut, TargetMetric
from models.pipeline import Deal, DealLine, Product, Stage
from services.core import periods as P
from services.targets.actuals import (
    AUTOMATIC_METRICS,
    NodeRef,
    _keys_for,
    _local_day,
    _local_day_sql,
    _utc_bound,
    compute_actuals,
    fixed_utc_offset,
)

DEAL_METRICS = frozenset({TargetMetric.SIGNED_AMOUNT, TargetMetric.DEAL_COUNT, TargetMetric.WINS})
CUSTOMER_METRICS = frozenset({TargetMetric.NEW_CUSTOMERS, TargetMetric.FOLLOWUPS})
_BATCH = 5000


def share_by_amount(total: int, parts: Sequence[int]) -> list[int]:
    """``total`` shared in proportion to ``parts`` exactly (largest remainder; ties to the first).

    All-zero parts share nothing (every share 0).
    """
    weight = sum(parts)
    if weight <= 0 or not parts:
        return [0] * len(parts)
    shares = [total * p // weight for p in parts]
    rest = total - sum(shares)
    order = sorted(range(len(parts)), key=lambda i: (-(total * parts[i] % weight), i))
    for i in order[:rest]:
        shares[i] += 1
    return shares


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def cut_actuals(session: Session, nodes: Sequence[NodeRef], keys: Mapping[str, str], cut: str,
                metrics: Iterable[str], period_keys: Iterable[str]
                ) -> dict[tuple[str, str, str], int]:
    """Base actuals ``(node_id, metric, period) → int`` of a cut's nodes (not rolled up).

    ``nodes`` are the cut tree's nodes (the company root first among them: the one without a
    parent); ``keys`` maps a member's key to its node id.
    """
    cut = TargetCut(cut)
    wanted = set(period_keys)
    metrics = set(metrics) & AUTOMATIC_METRICS
    root = next((n for n in nodes if n.parent_id is None), None)
    if root is None or not wanted or not metrics:
        return {}
    by_key = {k.strip(): v for k, v in keys.items() if k and k.strip()}
    mine = metrics & (DEAL_METRICS | (CUSTOMER_METRICS if cut is not TargetCut.PRODUCT_LINE
                                      else frozenset()))
    # what the cut does not split lands on the root, counted as the org tree counts it
    out = compute_actuals(session, [root], metrics - mine, wanted)
    parsed = [P.parse(k) for k in wanted]
    grains = {p.grain for p in parsed}
    lo, hi = min(p.start for p in parsed), max(p.end for p in parsed)
    keys_of_day: dict[date, list[str]] = {}

    def add(key: str | None, day: date, metric: str, amount: int) -> None:
        if not amount:
            return
        node = by_key.get(key.strip(), root.id) if key else root.id
        periods = keys_of_day.get(day)
        if periods is None:
            periods = keys_of_day[day] = _keys_for(day, wanted, grains)
        for period in periods:
            k = (node, metric, period)
            out[k] = out.get(k, 0) + amount

    if mine & DEAL_METRICS:
        if cut is TargetCut.PRODUCT_LINE:
            _product_lines(session, lo, hi, mine, add)
        else:
            _deals_by_key(session, cut, lo, hi, mine, add)
    for metric in mine & CUSTOMER_METRICS:
        _customers_by_key(session, cut, metric, lo, hi, add)
    return out


def _won_amount() -> Any:
    return func.coalesce(type_coerce(Deal.won_amount, BigInteger),
                         type_coerce(Deal.amount, BigInteger), 0)


def _won(lo: date, hi: date) -> tuple[Any, ...]:
    return (Stage.kind == StageKind.WON, Deal.deleted_at.is_(None), Deal.closed_on >= lo,
            Deal.closed_on <= hi)


def _deal_facts(add: Any, metrics: set[str], key: str | None, day: date, amount: int,
                count: int) -> None:
    if TargetMetric.SIGNED_AMOUNT in metrics:
        add(key, day, TargetMetric.SIGNED_AMOUNT, amount)
    for m in (TargetMetric.DEAL_COUNT, TargetMetric.WINS):
        if m in metrics:
            add(key, day, m, count)


def _deals_by_key(session: Session, cut: TargetCut, lo: date, hi: date, metrics: set[str],
                  add: Any) -> None:
    """Won deals summed per channel (or tier) and day in SQL."""
    key = (func.coalesce(func.nullif(Deal.source, ""), Customer.source)
           if cut is TargetCut.CHANNEL else Customer.tier)
    stmt = (select(key, Deal.closed_on, func.sum(_won_amount()), func.count())
            .join(Stage, Stage.id == Deal.stage_id)
            .join(Customer, Customer.id == Deal.customer_id)
            .where(*_won(lo, hi)).group_by(key, Deal.closed_on))
    for k, closed_on, amount, n in session.execute(stmt):
        if closed_on is not None:
            _deal_facts(add, metrics, k, _day(closed_on), int(amount or 0), int(n))


def _product_lines(session: Session, lo: date, hi: date, metrics: set[str], add: Any) -> None:
    """Won deals shared among their product lines by line amount (see the module docstring)."""
    line_amount = func.sum(type_coerce(DealLine.amount, BigInteger))
    stmt = (select(Deal.id, Deal.closed_on, _won_amount(), Product.line, line_amount)
            .join(Stage, Stage.id == Deal.stage_id)
            .outerjoin(DealLine, (DealLine.deal_id == Deal.id) & DealLine.deleted_at.is_(None))
            .outerjoin(Product, Product.id == DealLine.product_id)
            .where(*_won(lo, hi)).group_by(Deal.id, Deal.closed_on, Product.line)
            .order_by(Deal.id).execution_options(yield_per=_BATCH))
    current: str | None = None
    rows: list[tuple[str | None, int]] = []
    head: tuple[date, int] | None = None

    def flush() -> None:
        if head is None:
            return
        day, won = head
        lines = sorted(((line or None, max(amount, 0)) for line, amount in rows),
                       key=lambda x: (x[0] is None, x[0] or ""))
        shares = share_by_amount(won, [a for _l, a in lines])
        if not any(a for _l, a in lines):  # no product lines: the whole deal on the root
            lines, shares = [(None, 0)], [won]
        for (line, _a), share in zip(lines, shares, strict=True):
            if TargetMetric.SIGNED_AMOUNT in metrics:
                add(line or None, day, TargetMetric.SIGNED_AMOUNT, share)
        main = max(range(len(lines)), key=lambda i: (lines[i][1], -i))
        _deal_facts(add, metrics - {TargetMetric.SIGNED_AMOUNT}, lines[main][0] or None, day,
                    0, 1)

    for deal_id, closed_on, won, line, amount in session.execute(stmt):
        if deal_id != current:
            flush()
            current, rows = deal_id, []
            head = (_day(closed_on), int(won or 0)) if closed_on is not None else None
        rows.append((line, int(amount or 0)))
    flush()


def _customers_by_key(session: Session, cut: TargetCut, metric: str, lo: date, hi: date,
                      add: Any) -> None:
    """New customers or follow-ups per channel (customer source) or tier, by local day."""
    key = Customer.source if cut is TargetCut.CHANNEL else Customer.tier
    if metric == TargetMetric.NEW_CUSTOMERS:
        at: Any = Customer.created_at
        base = select(key, at).select_from(Customer)
        live: tuple[Any, ...] = (Customer.deleted_at.is_(None),
                                 Customer.merged_into_id.is_(None))
    else:
        at = FollowUp.at
        base = select(key, at).select_from(FollowUp).join(Customer,
                                                         Customer.id == FollowUp.customer_id)
        live = (FollowUp.deleted_at.is_(None),)
    where = (*live, at >= _utc_bound(lo), at < _utc_bound(hi + timedelta(days=1)))
    offset = fixed_utc_offset(lo, hi)
    if offset is None:  # summer time in the range: row by row
        for k, moment in session.execute(base.where(*where).execution_options(
                yield_per=_BATCH)):
            add(k, _local_day(moment), metric, 1)
        return
    day_expr = _local_day_sql(session, at, offset)
    stmt = base.with_only_columns(key, day_expr, func.count()).where(*where).group_by(
        key, day_expr)
    for k, day_value, n in session.execute(stmt):
        add(k, _day(day_value), metric, int(n))
