"""The review pack (复盘材料) of a period and an org unit: every section, what changed since
the unit's last saved review of the same grain, and the findings — one frozen value the GUI,
the CLI and the export share.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from services.core.store import Store
from services.pipeline.deals import list_pipelines
from services.reviews import deal_lists as L
from services.reviews import figures as F
from services.reviews import records as R
from services.reviews import snapshot as S
from services.reviews.findings import Finding, findings
from services.reviews.scope import Scope, resolve

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReviewPack:
    """A review's figures and lists (see the modules of :mod:`services.reviews`)."""

    scope: Scope
    metrics: tuple[F.MetricLine, ...]
    decomposition: F.Decomposition | None
    funnel: tuple[F.FunnelStep, ...]
    collection: F.Collection
    won: tuple[L.DealRef, ...]
    lost: tuple[L.DealRef, ...]
    slipped: tuple[L.DealRef, ...]
    regressions: tuple[L.DealRef, ...]
    rotting: tuple[L.DealRef, ...]
    stale: tuple[L.CustomerRef, ...]
    overdue: tuple[L.InstalmentRef, ...]
    standings: tuple[F.StandingRow, ...]
    actions: tuple[R.ActionState, ...]
    last_review: R.ReviewRow | None
    this_review: R.ReviewRow | None  # the newest saved review of exactly this period
    changes: S.SnapshotDiff | None
    snapshot: dict[str, Any]
    findings: tuple[Finding, ...] = ()


def build_pack(store: Store, grain: str, period: str, unit_id: str | None = None, *,
               as_of: date | None = None, progress: Progress | None = None) -> ReviewPack:
    """The pack of ``period`` (of ``grain``) for ``unit_id`` (None: the whole firm), with its
    figures read as of ``as_of`` (default today).
    """
    from services.orders.receivables import receivables

    as_of = as_of or date.today()
    step = progress or (lambda _d, _t: None)
    pipelines = list_pipelines(store)
    stages = [s for p in pipelines for s in p.stages]
    with store.read() as uow:
        scope = resolve(uow.session, grain, period, unit_id, as_of)
    step(1, 6)
    metrics = F.metric_lines(store, scope)
    decomposition = F.decomposition(store, scope, metrics)
    funnel = F.funnel(store, scope, pipelines)
    step(2, 6)
    open_rows = receivables(store, as_of).rows
    step(3, 6)
    with store.read() as uow:
        s = uow.session
        coll = F.collection(s, scope)
        won = L.closed_deals(s, scope, "won")
        lost = L.closed_deals(s, scope, "lost")
        slipped = L.slipped_deals(s, scope)
        regressions = L.regressions(s, scope, stages)
        rotting = L.rotting_deals(s, scope, stages)
        stale = L.stale_customers(s, scope)
        step(4, 6)
        standings = F.standings(s, scope)
        actions = R.action_states(s, scope.unit_id)
        last = R.last_review(s, scope.unit_id, grain)
        this = R.review_of_period(s, scope.unit_id, period)
        rows = S.scope_deals(s, scope)
        snap = S.build(scope, rows, metrics, coll)
        step(5, 6)
        changes = (S.diff(s, scope, last[1], last[0].id, rows, metrics, stages)
                   if last is not None else None)
    pack = ReviewPack(scope, metrics, decomposition, funnel, coll, won, lost, slipped,
                      regressions, rotting, stale, L.overdue_instalments(open_rows, scope),
                      standings, actions, last[0] if last else None, this, changes, snap)
    step(6, 6)
    return _with_findings(pack)


def _with_findings(pack: ReviewPack) -> ReviewPack:
    from dataclasses import replace

    return replace(pack, findings=findings(pack))
