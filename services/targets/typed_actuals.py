"""Actuals typed by hand (实际值录入) for the metrics the records cannot give (市场份额).

A typed actual belongs to one node and period and is never summed or averaged up the tree (a
market share of the company is not the sum of its regions'). Typing it is allowed in a
published plan too — it is a result, not a target — and is one undoable
:class:`~services.core.changes.Op`.
"""

from __future__ import annotations

from sqlalchemy import select

from models.base import utcnow
from models.enums import TYPED_ACTUAL_METRICS
from models.targets import TargetTypedActual
from services.core import periods as P
from services.core.changes import Op, call
from services.core.store import Store
from services.targets.cascade import TargetError, node_in


def set_typed_actual(store: Store, node_id: str, metric: str, period: str,
                     value: int | None) -> Op[int | None]:
    """Type (None: clear) a node's actual for ``period``; the value is the old one."""
    if metric not in TYPED_ACTUAL_METRICS:
        raise TargetError("the actual of “{metric}” comes from the records and is not typed",
                          field="metric", metric=metric)
    try:
        P.parse(period)
    except ValueError as exc:
        raise TargetError(str(exc), field="period") from exc
    if value is not None and not 0 <= value <= 10000:
        raise TargetError("a share is between 0 % and 100 %", field="value")
    with store.write() as uow:
        s = uow.session
        node_in(s, node_id)
        row = s.scalars(select(TargetTypedActual).where(
            TargetTypedActual.node_id == node_id, TargetTypedActual.metric == metric,
            TargetTypedActual.period == period)).first()
        old = row.value if row is not None and row.deleted_at is None else None
        if value is not None:
            if row is None:
                row = TargetTypedActual(node_id=node_id, metric=metric, period=period)
                s.add(row)
            row.value, row.deleted_at = value, None
        elif row is not None and row.deleted_at is None:
            row.deleted_at = utcnow()
        uow.commit()
        return uow.op(old, undo=call(set_typed_actual, node_id, metric, period, old))
