"""The demo plan's cuts of its company total (目标多维分解): by product line and by channel.

Besides the org tree the demo firm cuts its signed-amount target (签约额) by product line
(智能硬件 / 软件产品 / 实施与服务, the catalogue's lines) and by channel (the sources its deals
come from).
Every month of the company total is split among a cut's members by last year's won amount of
each member (exact, largest remainder, in fen; floor and challenge along the target), a member's
quarter is the sum of its months and its year the sum of its quarters — so each cut adds up to
the company total in every period, and each member's periods add up, to the fen.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, func, select, type_coerce

from models import Customer, Deal, Stage
from models.enums import StageKind
from models.pipeline import DealLine, Product
from services.core import periods as P
from services.demo.common import make_uuid
from services.targets.split import split_amount

METRIC = "signed_amount"
Trio = tuple[int, int, int]


def _last_year_by_line(session: Any, lo: date, hi: date) -> dict[str, int]:
    amount = func.sum(type_coerce(DealLine.amount, BigInteger))
    rows = session.execute(
        select(Product.line, amount).join(DealLine, DealLine.product_id == Product.id)
        .join(Deal, Deal.id == DealLine.deal_id).join(Stage, Stage.id == Deal.stage_id)
        .where(Stage.kind == StageKind.WON, Deal.closed_on >= lo, Deal.closed_on <= hi,
               Product.line.is_not(None))
        .group_by(Product.line)).all()
    return {line: int(total or 0) for line, total in rows}


def _last_year_by_channel(session: Any, lo: date, hi: date) -> dict[str, int]:
    key = func.coalesce(func.nullif(Deal.source, ""), Customer.source)
    rows = session.execute(
        select(key, func.sum(type_coerce(Deal.won_amount, BigInteger)))
        .join(Stage, Stage.id == Deal.stage_id).join(Customer, Customer.id == Deal.customer_id)
        .where(Stage.kind == StageKind.WON, Deal.closed_on >= lo, Deal.closed_on <= hi,
               key.is_not(None))
        .group_by(key)).all()
    return {k: int(total or 0) for k, total in rows}


def _split_trio(trio: Trio, weights: list[int]) -> list[Trio]:
    t = split_amount(trio[1], weights)
    f = split_amount(trio[0], t if any(t) else weights)
    c = split_amount(trio[2], t if any(t) else weights)
    return list(zip(f, t, c, strict=True))


def write_cut_values(session: Any, rng: random.Random, plan_id: str, root: str, year: int,
                     values: dict[tuple[str, str, str], Trio],
                     stamp: Callable[[], dict[str, Any]]) -> list[dict[str, Any]]:
    """The cut nodes (rows for ``target_nodes``) of both cuts; their values go into ``values``
    (the company root's months must be there already).
    """
    lo, hi = date(year - 1, 1, 1), date(year - 1, 12, 31)
    months = P.months(year)
    nodes: list[dict[str, Any]] = []
    for order, (cut, weights) in enumerate((
            ("product_line", _last_year_by_line(session, lo, hi)),
            ("channel", _last_year_by_channel(session, lo, hi)))):
        keys = sorted(weights, key=lambda k: (-weights[k], k))
        if not keys:
            continue
        ids = []
        for i, key in enumerate(keys):
            nid = make_uuid(rng)
            ids.append(nid)
            nodes.append({"id": nid, "plan_id": plan_id, "parent_id": root, "name": key,
                          "kind": "cut", "unit_id": None, "person_id": None,
                          "sort_order": 100 * (order + 1) + i, "split_rule": "last_year",
                          "weight": None, "cut": cut, "cut_key": key, **stamp()})
        shares = [weights[k] for k in keys]
        sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        for month in months:
            for nid, trio in zip(ids, _split_trio(values[(root, METRIC, month)], shares),
                                 strict=True):
                values[(nid, METRIC, month)] = trio
                for period in (P.parent(month), P.year_key(year)):
                    acc = sums[(nid, period or "")]
                    for j in range(3):
                        acc[j] += trio[j]
        for (nid, period), (f, t, c) in sums.items():
            values[(nid, METRIC, period)] = (f, t, c)
    return nodes
