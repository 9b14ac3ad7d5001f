"""Funnel analytics (漏斗分析) computed from stage history, for reviews, forecasts and 反推.

Definitions (all from ``stage_history``, not from the current stage alone):

* **Funnel rank.** A pipeline's open stages are ranked 0…n-1 in board order and its won stage(s)
  get rank n; lost stages have no rank. A deal has *reached* stage k once any history row takes it
  to a stage of rank ≥ k (skipping a stage still passes it). It *entered* stage k at the earliest
  such row.
* **Conversion k → k+1.** Among deals that entered stage k inside the window, the share that
  reached rank k+1 (at any time up to now). The last open stage converts to won.
* **Days in stage.** For each history row entering a stage inside the window, the whole days until
  the deal's next history row; stays that have not ended yet are left out. Median per stage.
* **Predicted vs actual.** Per stage: the stage's default probability vs. the share won among
  deals that reached it (entered in the window) and are now closed. ``suggested`` is that share
  in whole percent once at least :data:`MIN_SAMPLE` such deals are closed.
* **Win rate, average won deal, sales cycle.** Deals closed (``closed_on``) in the window:
  won / (won + lost); mean won amount; whole days from the deal's first history row to the row
  that took it to won (median and mean).

Counts come from SQL aggregates grouped by owner (and pipeline); grouping by team (an org unit with
everything below it) rolls the owner figures up in Python. Durations come back as histograms
(count per whole day), which add up exactly, so medians per team stay exact too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from sqlalchemy import BigInteger, Integer, and_, case, cast, func, literal, select
from sqlalchemy.orm import Session

from models import Deal, OrgUnit, Person, Stage, StageHistory
from models.base import CENT, UTCDateTime, from_fen
from models.enums import StageKind
from services.core.store import Store
from services.pipeline.deals import PipelineInfo, StageInfo, effective_probability, list_pipelines
from services.pipeline.settings import ForecastBands, get_forecast_bands

MIN_SAMPLE = 10
GroupBy = Literal["owner", "unit", "pipeline"] | None


@dataclass(frozen=True)
class Window:
    """Inclusive local-date window; None on a side means unbounded."""

    start: date | None = None
    end: date | None = None

    @classmethod
    def last_days(cls, days: int, today: date) -> Window:
        """The ``days`` days ending today."""
        return cls(today - timedelta(days=days - 1), today)

    def utc_bounds(self) -> tuple[datetime | None, datetime | None]:
        """[start, end) as aware UTC datetimes at local midnight."""
        lo = hi = None
        if self.start is not None:
            lo = datetime.combine(self.start, time()).astimezone().astimezone(UTC)
        if self.end is not None:
            hi = datetime.combine(self.end + timedelta(days=1), time()).astimezone().astimezone(UTC)
        return lo, hi


@dataclass(frozen=True)
class StageConversion:
    """Conversion from one stage to the next (the last open stage converts to won)."""

    stage_id: str
    stage_name: str
    next_stage_id: str
    next_stage_name: str
    reached: int
    advanced: int

    @property
    def rate(self) -> float | None:
        """Advanced / reached, None when nothing reached the stage."""
        return self.advanced / self.reached if self.reached else None


@dataclass(frozen=True)
class StageWinRate:
    """Predicted (stage default) vs. actual win rate of deals that reached a stage."""

    stage_id: str
    stage_name: str
    predicted: int  # the stage's default probability, %
    closed: int
    won: int

    @property
    def actual(self) -> float | None:
        """Won / closed, None when none of them is closed yet."""
        return self.won / self.closed if self.closed else None

    @property
    def suggested(self) -> int | None:
        """The observed win rate in whole % once :data:`MIN_SAMPLE` deals are closed."""
        if self.closed < MIN_SAMPLE:
            return None
        return int((Decimal(self.won * 100) / self.closed).quantize(Decimal(1), ROUND_HALF_UP))


@dataclass(frozen=True)
class StageDuration:
    """How long finished stays in a stage lasted, in whole days."""

    stage_id: str
    stage_name: str
    samples: int
    median_days: float | None


@dataclass(frozen=True)
class StageReport:
    """Stage analytics of one pipeline for one group (owner, team, or everyone)."""

    group: str | None
    pipeline_id: str
    conversions: tuple[StageConversion, ...]
    win_rates: tuple[StageWinRate, ...]
    durations: tuple[StageDuration, ...]


@dataclass(frozen=True)
class WinSummary:
    """Closed-deal figures of one group over the window."""

    group: str | None
    won: int
    lost: int
    won_amount: Decimal
    cycle_samples: int
    median_cycle_days: float | None
    avg_cycle_days: float | None

    @property
    def win_rate(self) -> float | None:
        """Won / (won + lost)."""
        closed = self.won + self.lost
        return self.won / closed if closed else None

    @property
    def avg_won_amount(self) -> Decimal | None:
        """Mean amount of the won deals."""
        return (self.won_amount / self.won).quantize(CENT, ROUND_HALF_UP) if self.won else None


@dataclass(frozen=True)
class ForecastCell:
    """Open deals of one close period and category (or the period's total)."""

    count: int = 0
    amount: Decimal = Decimal("0.00")
    weighted: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class ForecastPeriod:
    """One close period: categories, total and what was already won in it."""

    start: date | None  # None: open deals without an expected close date
    label: str  # "2026-03" / "2026-Q1" / ""
    commit: ForecastCell
    best_case: ForecastCell
    pipeline: ForecastCell
    total: ForecastCell
    won_amount: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class Forecast:
    """Open-deal forecast by expected close period, plus the weighted pipeline per stage."""

    period: str
    bands: ForecastBands
    periods: tuple[ForecastPeriod, ...]
    by_stage: tuple[tuple[str, ForecastCell], ...]  # (stage id, totals), board order
    total: ForecastCell


@dataclass(frozen=True)
class FunnelAssumptions:
    """What the reverse funnel (反推) needs from history."""

    pipeline_id: str
    window: Window
    avg_won_amount: Decimal | None
    win_rate: float | None
    cycle_days: float | None  # median
    conversions: tuple[StageConversion, ...]
    won_count: int = 0
    closed_count: int = 0
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


# --------------------------------------------------------------------------- pure helpers


def histogram_median(hist: dict[int, int] | Counter[int]) -> float | None:
    """Median of values given as {value: count}; the mean of the middle two for even totals."""
    n = sum(c for c in hist.values() if c > 0)
    if n == 0:
        return None
    lo_pos, hi_pos = (n - 1) // 2, n // 2
    lo = hi = None
    seen = 0
    for value in sorted(hist):
        count = hist[value]
        if count <= 0:
            continue
        if lo is None and seen + count > lo_pos:
            lo = value
        if seen + count > hi_pos:
            hi = value
            break
        seen += count
    assert lo is not None and hi is not None
    return (lo + hi) / 2


def histogram_mean(hist: dict[int, int] | Counter[int]) -> float | None:
    """Mean of values given as {value: count}."""
    n = sum(hist.values())
    return sum(v * c for v, c in hist.items()) / n if n else None


def period_start(d: date, period: str) -> date:
    """First day of the month or quarter holding ``d``."""
    if period == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    return date(d.year, d.month, 1)


def period_label(start: date, period: str) -> str:
    """The period's label: "2026-03" for a month, "2026-Q1" for a quarter."""
    if period == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}-{start.month:02d}"


def funnel_ranks(stages: Sequence[StageInfo]) -> tuple[list[StageInfo], dict[str, int]]:
    """Open stages in order, and stage id → rank (open 0…n-1, every won stage n; lost absent)."""
    opens = [s for s in stages if s.kind == StageKind.OPEN]
    ranks = {s.id: i for i, s in enumerate(opens)}
    for s in stages:
        if s.kind == StageKind.WON:
            ranks[s.id] = len(opens)
    return opens, ranks


# --------------------------------------------------------------------------- SQL helpers


def _day_number(session: Session, col: Any) -> Any:
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(col)
    return func.extract("epoch", col) / 86400.0


def _whole_days(session: Session, expr: Any) -> Any:
    if session.get_bind().dialect.name == "sqlite":
        return cast(expr, Integer)  # truncates; durations are never negative
    return cast(func.floor(expr), Integer)


def _ts(value: datetime) -> Any:
    return literal(value, UTCDateTime())


def _in_window(col: Any, window: Window) -> Any:
    lo, hi = window.utc_bounds()
    parts = []
    if lo is not None:
        parts.append(col >= _ts(lo))
    if hi is not None:
        parts.append(col < _ts(hi))
    return and_(col.is_not(None), *parts)


def _date_in_window(col: Any, window: Window) -> Any:
    parts = [col.is_not(None)]
    if window.start is not None:
        parts.append(col >= window.start)
    if window.end is not None:
        parts.append(col <= window.end)
    return and_(*parts)


def _subtree(session: Session, unit_id: str) -> list[str]:
    tree = select(OrgUnit.id).where(OrgUnit.id == unit_id).cte("subtree", recursive=True)
    tree = tree.union_all(select(OrgUnit.id).join(tree, OrgUnit.parent_id == tree.c.id))
    return list(session.scalars(select(tree.c.id)))


def _deal_scope(session: Session, owner_ids: Sequence[str] | None, unit_id: str | None
                ) -> list[Any]:
    where: list[Any] = [Deal.deleted_at.is_(None)]
    if owner_ids:
        where.append(Deal.owner_id.in_(list(owner_ids)))
    if unit_id:
        units = _subtree(session, unit_id)
        where.append(Deal.owner_id.in_(select(Person.id).where(Person.unit_id.in_(units))))
    return where


class _Grouper:
    """Maps an owner (and pipeline) to the group keys its figures count towards."""

    def __init__(self, session: Session, group_by: GroupBy):
        self.group_by = group_by
        self.owner_unit: dict[str, str] = {}
        self.parent: dict[str, str | None] = {}
        if group_by == "unit":
            self.owner_unit = dict(session.execute(select(Person.id, Person.unit_id)).all())
            self.parent = dict(session.execute(select(OrgUnit.id, OrgUnit.parent_id)).all())

    def keys(self, owner_id: str | None, pipeline_id: str | None = None) -> list[str | None]:
        if self.group_by is None:
            return [None]
        if self.group_by == "owner":
            return [owner_id]
        if self.group_by == "pipeline":
            return [pipeline_id]
        unit = self.owner_unit.get(owner_id or "")
        chain: list[str | None] = []
        while unit is not None and unit not in chain:
            chain.append(unit)
            unit = self.parent.get(unit)
        return chain


def _pipeline(store: Store, pipeline_id: str | None) -> PipelineInfo:
    pipes = list_pipelines(store)
    if not pipes:
        raise LookupError("There is no pipeline yet.")
    if pipeline_id is None:
        return pipes[0]
    for p in pipes:
        if p.id == pipeline_id:
            return p
    raise LookupError(f"Pipeline {pipeline_id} does not exist.")


# --------------------------------------------------------------------------- conversion


def conversion_counts(session: Session, stages: Sequence[StageInfo], window: Window,
                      scope: list[Any]) -> list[tuple[str | None, list[int]]]:
    """Per owner: [reached_k, advanced_k, closed_k, won_k for k in 0…n-1] in one SQL aggregate."""
    opens, ranks = funnel_ranks(stages)
    n = len(opens)
    if n == 0:
        return []
    all_won = select(Stage.id).where(Stage.kind == StageKind.WON)
    all_closed = select(Stage.id).where(Stage.kind.in_([StageKind.WON, StageKind.LOST]))
    rank = case(ranks, value=StageHistory.to_stage_id)
    where = [StageHistory.deleted_at.is_(None), StageHistory.to_stage_id.in_(list(ranks))]
    ranked = (select(StageHistory.deal_id, StageHistory.at, rank.label("rk"))
              .where(*where).subquery("ranked"))
    per_deal = (select(ranked.c.deal_id, func.max(ranked.c.rk).label("maxrk"),
                       *[func.min(case((ranked.c.rk >= k, ranked.c.at))).label(f"e{k}")
                         for k in range(n)])
                .group_by(ranked.c.deal_id).subquery("per_deal"))
    won = Deal.stage_id.in_(all_won)
    closed = Deal.stage_id.in_(all_closed)
    cols: list[Any] = []
    for k in range(n):
        entered = _in_window(per_deal.c[f"e{k}"], window)
        cols += [func.sum(case((entered, 1), else_=0)),
                 func.sum(case((and_(entered, per_deal.c.maxrk >= k + 1), 1), else_=0)),
                 func.sum(case((and_(entered, closed), 1), else_=0)),
                 func.sum(case((and_(entered, won), 1), else_=0))]
    q = (select(Deal.owner_id, *cols).join(per_deal, per_deal.c.deal_id == Deal.id)
         .where(*scope).group_by(Deal.owner_id))
    return [(row[0], [int(v or 0) for v in row[1:]]) for row in session.execute(q)]


def duration_histograms(session: Session, stages: Sequence[StageInfo], window: Window,
                        scope: list[Any]) -> list[tuple[str | None, str, int, int]]:
    """(owner, stage id, whole days, count) of finished stays entered inside the window."""
    ids = [s.id for s in stages]
    nxt = func.lead(StageHistory.at).over(partition_by=StageHistory.deal_id,
                                          order_by=(StageHistory.at, StageHistory.created_at))
    where = [StageHistory.deleted_at.is_(None)]
    h = (select(StageHistory.deal_id, StageHistory.to_stage_id, StageHistory.at,
                nxt.label("next_at"))
         .where(*where).subquery("h"))
    days = _whole_days(session, _day_number(session, h.c.next_at) - _day_number(session, h.c.at))
    q = (select(Deal.owner_id, h.c.to_stage_id, days.label("d"), func.count())
         .join(h, h.c.deal_id == Deal.id)
         .where(*scope, h.c.next_at.is_not(None), h.c.to_stage_id.in_(ids),
                _in_window(h.c.at, window))
         .group_by(Deal.owner_id, h.c.to_stage_id, days))
    return [(o, s, int(d), int(c)) for o, s, d, c in session.execute(q)]


def stage_report(store: Store, pipeline_id: str | None = None, *, window: Window = Window(),
                 owner_ids: Sequence[str] | None = None, unit_id: str | None = None,
                 group_by: GroupBy = None, with_durations: bool = True
                 ) -> dict[str | None, StageReport]:
    """Conversion, predicted-vs-actual win rate and days in stage per stage, per group.

    ``group_by`` None gives one report keyed None; "owner" keys by owner id; "unit" keys by org
    unit id, each unit counting the deals of its people and of every unit below it.
    """
    pipe = _pipeline(store, pipeline_id)
    opens, _ranks = funnel_ranks(pipe.stages)
    won_stage = next((s for s in pipe.stages if s.kind == StageKind.WON), None)
    n = len(opens)
    with store.read() as uow:
        s = uow.session
        scope = [*_deal_scope(s, owner_ids, unit_id), Deal.pipeline_id == pipe.id]
        grouper = _Grouper(s, group_by if group_by != "pipeline" else None)
        counts: dict[str | None, list[int]] = {}
        for owner, vals in conversion_counts(s, pipe.stages, window, scope):
            for key in grouper.keys(owner):
                acc = counts.setdefault(key, [0] * (4 * n))
                for i, v in enumerate(vals):
                    acc[i] += v
        hists: dict[str | None, dict[str, Counter[int]]] = {}
        if with_durations:
            for owner, stage_id, d, c in duration_histograms(s, pipe.stages, window, scope):
                for key in grouper.keys(owner):
                    hists.setdefault(key, {}).setdefault(stage_id, Counter())[d] += c
    if group_by is None:
        counts.setdefault(None, [0] * (4 * n))
    reports: dict[str | None, StageReport] = {}
    for key in sorted(set(counts) | set(hists), key=lambda k: (k is not None, k or "")):
        vals = counts.get(key, [0] * (4 * n))
        conv, wins = [], []
        for k, st in enumerate(opens):
            nxt = opens[k + 1] if k + 1 < n else won_stage
            r, a, c, w = vals[4 * k: 4 * k + 4]
            conv.append(StageConversion(st.id, st.name, nxt.id if nxt else "",
                                        nxt.name if nxt else "", r, a))
            wins.append(StageWinRate(st.id, st.name, st.probability, c, w))
        durs = []
        for st in opens:
            hist = hists.get(key, {}).get(st.id, Counter())
            durs.append(StageDuration(st.id, st.name, sum(hist.values()),
                                      histogram_median(hist)))
        reports[key] = StageReport(key, pipe.id, tuple(conv), tuple(wins), tuple(durs))
    return reports


def stage_reports_by_pipeline(store: Store, *, window: Window = Window(),
                              owner_ids: Sequence[str] | None = None, unit_id: str | None = None,
                              with_durations: bool = True) -> dict[str, StageReport]:
    """:func:`stage_report` for every pipeline (stages differ per pipeline), keyed by its id."""
    return {p.id: stage_report(store, p.id, window=window, owner_ids=owner_ids, unit_id=unit_id,
                               with_durations=with_durations)[None]
            for p in list_pipelines(store)}


# --------------------------------------------------------------------------- wins and cycle


def win_summary(store: Store, *, window: Window = Window(), pipeline_id: str | None = None,
                owner_ids: Sequence[str] | None = None, unit_id: str | None = None,
                group_by: GroupBy = None) -> dict[str | None, WinSummary]:
    """Win rate, won amount and sales cycle of deals closed in the window, per group.

    ``pipeline_id`` None covers every pipeline; ``group_by`` may also be "pipeline".
    """
    with store.read() as uow:
        s = uow.session
        scope = _deal_scope(s, owner_ids, unit_id)
        if pipeline_id is not None:
            scope.append(Deal.pipeline_id == pipeline_id)
        scope.append(_date_in_window(Deal.closed_on, window))
        won_ids = select(Stage.id).where(Stage.kind == StageKind.WON)
        lost_ids = select(Stage.id).where(Stage.kind == StageKind.LOST)
        is_won = Deal.stage_id.in_(won_ids)
        amount = func.coalesce(Deal.won_amount, Deal.amount)
        q = (select(Deal.owner_id, Deal.pipeline_id,
                    func.sum(case((is_won, 1), else_=0)),
                    func.sum(case((Deal.stage_id.in_(lost_ids), 1), else_=0)),
                    func.sum(case((is_won, amount), else_=0), type_=BigInteger))
             .where(*scope).group_by(Deal.owner_id, Deal.pipeline_id))
        totals = s.execute(q).all()
        # Per won deal in scope (found through the deals' closed_on index), its first history
        # row and the row that took it to won; then whole days, counted per owner/pipeline.
        per_deal = (select(Deal.owner_id.label("owner_id"), Deal.pipeline_id.label("pipeline_id"),
                           func.min(StageHistory.at).label("first_at"),
                           func.max(case((StageHistory.to_stage_id.in_(won_ids),
                                          StageHistory.at))).label("won_at"))
                    .join(StageHistory, StageHistory.deal_id == Deal.id)
                    .where(*scope, is_won, StageHistory.deleted_at.is_(None))
                    .group_by(Deal.id, Deal.owner_id, Deal.pipeline_id).subquery("cyc"))
        days = _whole_days(s, _day_number(s, per_deal.c.won_at)
                           - _day_number(s, per_deal.c.first_at))
        cq = (select(per_deal.c.owner_id, per_deal.c.pipeline_id, days, func.count())
              .where(per_deal.c.won_at.is_not(None))
              .group_by(per_deal.c.owner_id, per_deal.c.pipeline_id, days))
        cycles = s.execute(cq).all()
        grouper = _Grouper(s, group_by)
    acc: dict[str | None, list[Any]] = {}
    for owner, pipe, won, lost, fen in totals:
        for key in grouper.keys(owner, pipe):
            a = acc.setdefault(key, [0, 0, 0, Counter()])
            a[0] += int(won or 0)
            a[1] += int(lost or 0)
            a[2] += int(fen or 0)
    for owner, pipe, d, c in cycles:
        for key in grouper.keys(owner, pipe):
            acc.setdefault(key, [0, 0, 0, Counter()])[3][int(d)] += int(c)
    if group_by is None:
        acc.setdefault(None, [0, 0, 0, Counter()])
    return {k: WinSummary(k, a[0], a[1], from_fen(a[2]), sum(a[3].values()),
                          histogram_median(a[3]), histogram_mean(a[3]))
            for k, a in acc.items()}


# --------------------------------------------------------------------------- forecast


def _cell(parts: Iterable[tuple[int, Decimal, Decimal]]) -> ForecastCell:
    count, amount, weighted = 0, Decimal("0.00"), Decimal("0.00")
    for c, a, w in parts:
        count, amount, weighted = count + c, amount + a, weighted + w
    return ForecastCell(count, amount, weighted.quantize(CENT, ROUND_HALF_UP))


def forecast(store: Store, pipeline_id: str | None = None, *, period: str = "month",
             owner_ids: Sequence[str] | None = None, unit_id: str | None = None,
             close_from: date | None = None, close_to: date | None = None,
             bands: ForecastBands | None = None) -> Forecast:
    """Open deals by expected close period, split into commit / best case / pipeline by the
    manager's probability bands, with the weighted pipeline per stage and the amount already won
    in each period (closed_on). ``pipeline_id`` None covers every pipeline.
    """
    if period not in ("month", "quarter"):
        raise ValueError("period must be 'month' or 'quarter'")
    bands = bands or get_forecast_bands(store)
    pipes = list_pipelines(store)
    stages = {s.id: s for p in pipes for s in p.stages}
    with store.read() as uow:
        s = uow.session
        scope = _deal_scope(s, owner_ids, unit_id)
        if pipeline_id is not None:
            scope.append(Deal.pipeline_id == pipeline_id)
        open_ids = [k for k, st in stages.items() if st.kind == StageKind.OPEN]
        won_ids = [k for k, st in stages.items() if st.kind == StageKind.WON]
        date_scope = []
        if close_from is not None:
            date_scope.append(Deal.expected_close >= close_from)
        if close_to is not None:
            date_scope.append(Deal.expected_close <= close_to)
        rows = s.execute(
            select(Deal.expected_close, Deal.stage_id, Deal.probability, func.count(),
                   func.sum(Deal.amount, type_=BigInteger))
            .where(*scope, *date_scope, Deal.stage_id.in_(open_ids))
            .group_by(Deal.expected_close, Deal.stage_id, Deal.probability)).all()
        won_scope = [_date_in_window(Deal.closed_on, Window(close_from, close_to))]
        won_rows = s.execute(
            select(Deal.closed_on,
                   func.sum(func.coalesce(Deal.won_amount, Deal.amount), type_=BigInteger))
            .where(*scope, *won_scope, Deal.stage_id.in_(won_ids))
            .group_by(Deal.closed_on)).all()
    cells: dict[tuple[date | None, str], list[tuple[int, Decimal, Decimal]]] = {}
    per_stage: dict[str, list[tuple[int, Decimal, Decimal]]] = {}
    for close, stage_id, prob, count, fen in rows:
        st = stages[stage_id]
        eff = effective_probability(st.kind, st.probability, prob)
        amount = from_fen(int(fen or 0))
        part = (int(count), amount, amount * eff / Decimal(100))
        start = period_start(close, period) if close is not None else None
        cells.setdefault((start, bands.category(eff)), []).append(part)
        cells.setdefault((start, "total"), []).append(part)
        per_stage.setdefault(stage_id, []).append(part)
    won_by: dict[date | None, Decimal] = {}
    for closed_on, fen in won_rows:
        if closed_on is None:
            continue
        start = period_start(closed_on, period)
        won_by[start] = won_by.get(start, Decimal("0.00")) + from_fen(int(fen or 0))
    starts = sorted({k[0] for k in cells} | set(won_by), key=lambda d: (d is None, d or date.min))
    periods = tuple(ForecastPeriod(
        st, period_label(st, period) if st else "",
        _cell(cells.get((st, "commit"), ())), _cell(cells.get((st, "best_case"), ())),
        _cell(cells.get((st, "pipeline"), ())), _cell(cells.get((st, "total"), ())),
        won_by.get(st, Decimal("0.00"))) for st in starts)
    order = [sid for p in pipes for sid in (x.id for x in p.stages) if sid in per_stage]
    by_stage = tuple((sid, _cell(per_stage[sid])) for sid in order)
    return Forecast(period, bands, periods, by_stage,
                    _cell(p for parts in per_stage.values() for p in parts))


# --------------------------------------------------------------------------- 反推 inputs


def funnel_assumptions(store: Store, pipeline_id: str | None = None,
                       owner_ids: Sequence[str] | None = None, *,
                       window: Window | None = None, today: date | None = None
                       ) -> FunnelAssumptions:
    """Average won deal, win rate, median cycle and stage conversions from history.

    ``window`` defaults to the 365 days ending ``today``. ``pipeline_id`` None uses the first
    pipeline for the stage conversions and every pipeline for the closed-deal figures.
    """
    window = window or Window.last_days(365, today or date.today())
    pipe = _pipeline(store, pipeline_id)
    report = stage_report(store, pipe.id, window=window, owner_ids=owner_ids,
                          with_durations=False)[None]
    wins = win_summary(store, window=window, pipeline_id=pipeline_id, owner_ids=owner_ids)[None]
    return FunnelAssumptions(pipe.id, window, wins.avg_won_amount, wins.win_rate,
                             wins.median_cycle_days, report.conversions, wins.won,
                             wins.won + wins.lost)
