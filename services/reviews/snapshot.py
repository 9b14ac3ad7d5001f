"""The snapshot a saved review keeps, and what changed since it.

The snapshot is compact JSON::

    {"v": 1, "as_of": "2026-09-20",
     "figures": {"signed_amount": [floor, target, challenge, actual], …,
                 "collection": [due fen, collected fen]},
     "deals": {deal id: [stage id, amount fen, "2026-09-30" or "", "o" | "w" | "l"], …}}

``deals`` holds the scope's open deals and those closed since the period began. The
diff compares it with the same deals now (and the scope's open deals now):

* **added** — in scope now, not in the snapshot;
* **advanced** / **regressed** — open then and open or won now… ranked higher / lower
  (:func:`services.pipeline.analytics.funnel_ranks`; a move to won counts as **won**);
* **won** / **lost** — open then, won / lost now;
* **slipped** — still open and its expected close date later than then (or cleared);
* **amount changed** — the amount is not what it was (any status);
* **removed** — deleted since;
* **targets adjusted** — the node's 保底/目标/挑战 of a metric are not what they were.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import or_
from sqlalchemy.orm import Session

from models import Deal, Stage
from models.base import from_fen
from models.enums import StageKind
from services.pipeline.analytics import funnel_ranks
from services.pipeline.deals import StageInfo
from services.reviews.deal_lists import DealRef, deal_query, deal_ref, owner_filter
from services.reviews.figures import Collection, MetricLine
from services.reviews.scope import Scope

VERSION = 1
_STATUS = {StageKind.OPEN: "o", StageKind.WON: "w", StageKind.LOST: "l"}


@dataclass(frozen=True)
class DealChange:
    """A deal that moved since the last review: what it was and what it is (``None`` sides
    when it was not in the snapshot or no longer exists).
    """

    deal: DealRef
    old_stage: str | None
    new_stage: str | None
    old_amount: Decimal | None
    new_amount: Decimal | None
    old_close: date | None
    new_close: date | None

    @property
    def delta(self) -> Decimal:
        """New amount − old amount (0 when a side is missing)."""
        if self.old_amount is None or self.new_amount is None:
            return Decimal(0)
        return self.new_amount - self.old_amount


@dataclass(frozen=True)
class TargetChange:
    """A metric whose target values were adjusted since the last review (stored units)."""

    metric: str
    old: tuple[int, int, int]
    new: tuple[int, int, int]


@dataclass(frozen=True)
class SnapshotDiff:
    """What changed between a saved review and now (see the module docstring)."""

    since: date
    review_id: str
    added: tuple[DealChange, ...] = ()
    advanced: tuple[DealChange, ...] = ()
    regressed: tuple[DealChange, ...] = ()
    won: tuple[DealChange, ...] = ()
    lost: tuple[DealChange, ...] = ()
    slipped: tuple[DealChange, ...] = ()
    amount_changed: tuple[DealChange, ...] = ()
    removed: tuple[DealChange, ...] = ()
    targets: tuple[TargetChange, ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing moved."""
        return not any((self.added, self.advanced, self.regressed, self.won, self.lost,
                        self.slipped, self.amount_changed, self.removed, self.targets))


def _fen(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def scope_deals(session: Session, scope: Scope) -> list[Any]:
    """Rows (:func:`deal_query` + stage id) of the scope's open deals and those closed since
    the period began (a figure read for a past day still sees the deals as they stand now).
    """
    q = deal_query(or_(Stage.kind == StageKind.OPEN, Deal.closed_on >= scope.start),
                   *owner_filter(Deal.owner_id, scope)).add_columns(Deal.stage_id, Stage.kind)
    return list(session.execute(q))


def build(scope: Scope, rows: Iterable[Any], lines: Sequence[MetricLine],
          coll: Collection) -> dict[str, Any]:
    """The snapshot of a review (see the module docstring)."""
    figures: dict[str, list[int]] = {
        m.metric: [m.floor, m.target, m.challenge, m.actual] for m in lines}
    figures["collection"] = [_fen(coll.due), _fen(coll.collected)]
    deals = {r[0]: [r[9], _fen(Decimal(r[6] or 0)),
                    r[7].isoformat() if r[7] else "", _STATUS.get(r[10], "o")] for r in rows}
    return {"v": VERSION, "as_of": scope.as_of.isoformat(), "figures": figures, "deals": deals}


def dumps(snapshot: Mapping[str, Any]) -> str:
    """Compact JSON."""
    return json.dumps(snapshot, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _ranks(stages: Sequence[StageInfo]) -> dict[str, int]:
    out: dict[str, int] = {}
    for pid in {s.pipeline_id for s in stages}:
        out.update(funnel_ranks([s for s in stages if s.pipeline_id == pid])[1])
    return out


def _by_ids(session: Session, ids: Sequence[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for start in range(0, len(ids), 500):
        q = (deal_query(Deal.id.in_(ids[start:start + 500]))
             .add_columns(Deal.stage_id, Stage.kind))
        found.update((r[0], r) for r in session.execute(q))
    return found


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def diff(session: Session, scope: Scope, old: Mapping[str, Any], review_id: str,
         now_rows: Sequence[Any], lines: Sequence[MetricLine], stages: Sequence[StageInfo]
         ) -> SnapshotDiff:
    """What changed between the snapshot ``old`` and now (see the module docstring)."""
    names = {s.id: s.name for s in stages}
    ranks = _ranks(stages)
    then: Mapping[str, list[Any]] = old.get("deals", {})
    current = {r[0]: r for r in now_rows}
    missing = [d for d in then if d not in current]
    current.update(_by_ids(session, missing))
    deleted = {d for d in missing if d not in current}
    buckets: dict[str, list[DealChange]] = {k: [] for k in (
        "added", "advanced", "regressed", "won", "lost", "slipped", "amount", "removed")}
    for did, row in current.items():
        ref = deal_ref(row)
        new_amount, new_close, kind = ref.amount, row[7], row[10]
        was = then.get(did)
        if was is None:
            buckets["added"].append(DealChange(ref, None, names.get(row[9]), None,
                                               new_amount, None, new_close))
            continue
        old_stage, old_fen, old_close_text, old_status = was
        change = DealChange(ref, names.get(old_stage, ""), names.get(row[9]),
                            from_fen(int(old_fen)), new_amount, _day(old_close_text), new_close)
        status = _STATUS.get(kind, "o")
        if old_status == "o" and status == "w":
            buckets["won"].append(change)
        elif old_status == "o" and status == "l":
            buckets["lost"].append(change)
        elif old_status == "o" and status == "o" and old_stage != row[9]:
            before, after = ranks.get(old_stage), ranks.get(row[9])
            if before is not None and after is not None and after != before:
                buckets["advanced" if after > before else "regressed"].append(change)
        if status == "o" and change.old_close is not None and (
                new_close is None or new_close > change.old_close):
            buckets["slipped"].append(change)
        if _fen(new_amount) != int(old_fen):
            buckets["amount"].append(change)
    for did in sorted(deleted):
        st, fen, close, _s = then[did]
        ref = DealRef(did, "", "", "", None, names.get(st, ""), from_fen(int(fen)),
                      _day(close), None)
        buckets["removed"].append(DealChange(ref, names.get(st, ""), None, ref.amount, None,
                                             ref.expected_close, None))
    figures = old.get("figures", {})
    targets = tuple(
        TargetChange(m.metric, tuple(figures[m.metric][:3]),  # type: ignore[arg-type]
                     (m.floor, m.target, m.challenge))
        for m in lines if m.metric in figures
        and list(figures[m.metric][:3]) != [m.floor, m.target, m.challenge])

    def ordered(items: list[DealChange]) -> tuple[DealChange, ...]:
        return tuple(sorted(items, key=lambda c: (-(c.new_amount or c.old_amount or 0),
                                                  c.deal.name, c.deal.id)))

    return SnapshotDiff(
        _day(old.get("as_of", "")) or scope.as_of, review_id, ordered(buckets["added"]),
        ordered(buckets["advanced"]), ordered(buckets["regressed"]), ordered(buckets["won"]),
        ordered(buckets["lost"]), ordered(buckets["slipped"]), ordered(buckets["amount"]),
        ordered(buckets["removed"]), targets)
