"""Automatic findings of a review pack: plain sentences in Chinese and English, each with the
money at stake and links to the records behind it, ranked by that money (largest first).

Rules (each adds at most one finding):

* a money target missed: 签约额 / 回款额 short of target by the gap;
* the collection rate five or more points below the previous period's: what fell due in the
  period and was not collected;
* instalments overdue more than 60 days, and those overdue up to 60 days: their open amount;
* deals lost, open deals past their expected close date (slipped), rotting deals, deals moved
  back a stage: their amount;
* stale customers: the amount of their open deals;
* each cause of the signed-amount variance that cost money (volume, win rate, deal size);
* since the last review: deals whose close date moved out, amounts cut;
* a stage conversion ten or more points below the previous period's (5+ deals reached it);
* actions from earlier reviews not done yet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from models.base import from_fen
from services.targets.requests import METRIC_NAMES

if TYPE_CHECKING:
    from services.reviews.pack import ReviewPack

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class RecordLink:
    """A record a finding names: its kind (as ``open_requested`` takes it), id and label."""

    kind: str
    id: str
    label: str


@dataclass(frozen=True)
class Finding:
    """One finding: a code, the money at stake, the sentence in both languages, the records."""

    code: str
    money: Decimal
    zh: str
    en: str
    records: tuple[RecordLink, ...] = ()

    def text(self, lang: str) -> str:
        """The sentence in ``lang`` ("zh_CN" or English)."""
        return self.zh if lang.startswith("zh") else self.en


def yuan(amount: Decimal) -> str:
    """``¥420,000`` (cents only when there are some)."""
    return f"¥{amount:,.2f}" if amount % 1 else f"¥{amount:,.0f}"


def pct(rate: float | None) -> str:
    """``61%`` (— for None)."""
    return "—" if rate is None else f"{rate * 100:.0f}%"


def _deals(refs: Sequence[object]) -> tuple[RecordLink, ...]:
    return tuple(RecordLink("deal", d.id, d.name) for d in refs)  # type: ignore[attr-defined]


def _total(refs: Sequence[object], attr: str = "amount") -> Decimal:
    return sum((getattr(r, attr) for r in refs), ZERO)


def _targets(pack: ReviewPack) -> list[Finding]:
    out = []
    for line in pack.metrics:
        if line.metric not in ("signed_amount", "collected_amount") or line.target <= 0:
            continue
        if line.actual >= line.target:
            continue
        gap = from_fen(line.target - line.actual)
        zh_name, en_name = METRIC_NAMES[line.metric]
        if line.metric == "signed_amount":
            links = _deals(pack.won)
        else:
            links = tuple(RecordLink("order", i.contract_id, i.contract_number)
                          for i in pack.overdue if pack.scope.start <= i.due_date)
        out.append(Finding(
            f"target_gap:{line.metric}", gap,
            f"{pack.scope.unit_name} {pack.scope.period} {zh_name}达成率 {pct(line.attainment)}，"
            f"距目标差 {yuan(gap)}",
            f"{pack.scope.unit_name} {pack.scope.period}: {en_name.lower()} at "
            f"{pct(line.attainment)} of target, {yuan(gap)} short", links))
    return out


def _collection(pack: ReviewPack) -> list[Finding]:
    c = pack.collection
    if c.rate is None or c.previous_rate is None:
        return []
    drop = round((c.previous_rate - c.rate) * 100)
    if drop < 5:
        return []
    missing = c.due - c.collected
    links = tuple(RecordLink("order", i.contract_id, i.contract_number)
                  for i in pack.overdue if i.due_date >= pack.scope.start)
    return [Finding(
        "collection_drop", missing,
        f"{pack.scope.unit_name} 回款率 {pct(c.rate)}，低于上期 {drop} 个百分点；"
        f"本期到期未收 {yuan(missing)}",
        f"{pack.scope.unit_name} collection rate {pct(c.rate)}, {drop} points below the "
        f"previous period; {yuan(missing)} fell due and was not collected", links)]


def _overdue(pack: ReviewPack) -> list[Finding]:
    out = []
    old = [i for i in pack.overdue if i.days_overdue > 60]
    recent = [i for i in pack.overdue if i.days_overdue <= 60]
    for code, rows, zh, en in (
            ("overdue_60", old, "笔逾期 > 60 天", "instalment(s) more than 60 days overdue"),
            ("overdue", recent, "笔逾期 ≤ 60 天", "instalment(s) up to 60 days overdue")):
        if rows:
            money = _total(rows, "open_amount")
            links = tuple(RecordLink("order", i.contract_id, i.contract_number) for i in rows)
            out.append(Finding(code, money, f"{len(rows)} {zh}，合计 {yuan(money)}",
                               f"{len(rows)} {en}, {yuan(money)} in all", links))
    return out


def _deal_lists(pack: ReviewPack) -> list[Finding]:
    out = []
    if pack.lost:
        money = _total(pack.lost)
        reasons = Counter(d.note for d in pack.lost if d.note)
        top = reasons.most_common(1)[0][0] if reasons else ""
        zh_top = f"（最多的原因：{top}）" if top else ""
        out.append(Finding(
            "lost", money, f"输单 {len(pack.lost)} 个，合计 {yuan(money)}{zh_top}",
            f"{len(pack.lost)} deal(s) lost, {yuan(money)} in all"
            + (f" (most often: {top})" if top else ""), _deals(pack.lost)))
    for code, refs, zh, en in (
            ("slipped", pack.slipped, "个商机已过预计成交日期仍未成交",
             "open deal(s) past their expected close date"),
            ("rotting", pack.rotting, "个商机停滞", "deal(s) rotting"),
            ("regressed", pack.regressions, "个商机阶段倒退", "deal(s) moved back a stage")):
        if refs:
            money = _total(refs)
            out.append(Finding(code, money, f"{len(refs)} {zh}，合计 {yuan(money)}",
                               f"{len(refs)} {en}, {yuan(money)} in all", _deals(refs)))
    if pack.stale:
        money = _total(pack.stale, "open_amount")
        tier_a = sum(1 for c in pack.stale if c.tier == "A")
        zh_a, en_a = (f"（A 类 {tier_a} 个）", f" ({tier_a} tier A)") if tier_a else ("", "")
        out.append(Finding(
            "stale", money,
            f"{len(pack.stale)} 个客户跟进断档{zh_a}，在谈商机合计 {yuan(money)}",
            f"{len(pack.stale)} stale customer(s){en_a}, {yuan(money)} in open deals",
            tuple(RecordLink("customer", c.id, c.name) for c in pack.stale)))
    return out


def _causes(pack: ReviewPack) -> list[Finding]:
    d = pack.decomposition
    if d is None:
        return []
    out = []
    if d.volume_effect < 0:
        out.append(Finding(
            "cause_volume", -d.volume_effect,
            f"成交（赢单+输单）{d.closed} 个，按过去 12 个月的赢率和客单价达成目标约需 "
            f"{d.needed_closed} 个：少签约约 {yuan(-d.volume_effect)}",
            f"{d.closed} deal(s) closed (won or lost); at the last 12 months' win rate and deal "
            f"size the target needed about {d.needed_closed}: about {yuan(-d.volume_effect)} "
            "less signed", _deals(pack.slipped)))
    if d.win_rate_effect < 0:
        out.append(Finding(
            "cause_win_rate", -d.win_rate_effect,
            f"赢率 {pct(d.win_rate)}，低于过去 12 个月的 {pct(d.baseline_win_rate)}："
            f"少签约约 {yuan(-d.win_rate_effect)}",
            f"win rate {pct(d.win_rate)}, below the last 12 months' "
            f"{pct(d.baseline_win_rate)}: about {yuan(-d.win_rate_effect)} less signed",
            _deals(pack.lost)))
    if d.size_effect < 0 and d.avg_won is not None:
        out.append(Finding(
            "cause_size", -d.size_effect,
            f"平均赢单金额 {yuan(d.avg_won)}，低于过去 12 个月的 {yuan(d.baseline_avg)}："
            f"少签约约 {yuan(-d.size_effect)}",
            f"average won deal {yuan(d.avg_won)}, below the last 12 months' "
            f"{yuan(d.baseline_avg)}: about {yuan(-d.size_effect)} less signed",
            _deals(pack.won)))
    return out


def _since_last(pack: ReviewPack) -> list[Finding]:
    diff = pack.changes
    if diff is None:
        return []
    out = []
    if diff.slipped:
        money = sum(((c.new_amount or ZERO) for c in diff.slipped), ZERO)
        out.append(Finding(
            "since_slipped", money,
            f"上次复盘（{diff.since}）以来 {len(diff.slipped)} 个商机推迟了预计成交日期，"
            f"合计 {yuan(money)}",
            f"since the last review ({diff.since}) {len(diff.slipped)} deal(s) moved their "
            f"expected close date out, {yuan(money)} in all",
            tuple(RecordLink("deal", c.deal.id, c.deal.name) for c in diff.slipped)))
    cuts = [c for c in diff.amount_changed if c.delta < 0]
    if cuts:
        money = -sum((c.delta for c in cuts), ZERO)
        out.append(Finding(
            "since_cut", money,
            f"上次复盘以来 {len(cuts)} 个商机金额下调，合计减少 {yuan(money)}",
            f"since the last review {len(cuts)} deal amount(s) were cut, {yuan(money)} less",
            tuple(RecordLink("deal", c.deal.id, c.deal.name) for c in cuts)))
    return out


def _funnel_and_actions(pack: ReviewPack) -> list[Finding]:
    out = []
    drops = [s for s in pack.funnel if s.change_points is not None and s.change_points <= -10
             and s.reached >= 5 and s.previous_reached >= 5]
    for step in sorted(drops, key=lambda s: s.change_points or 0)[:3]:
        change = -(step.change_points or 0)
        out.append(Finding(
            f"conversion:{step.pipeline}:{step.stage}", ZERO,
            f"{step.pipeline}：{step.stage}→{step.next_stage} 转化率 {pct(step.rate)}，"
            f"比上期低 {change:.0f} 个百分点",
            f"{step.pipeline}: {step.stage} → {step.next_stage} conversion {pct(step.rate)}, "
            f"{change:.0f} points below the previous period"))
    pending = [a for a in pack.actions if not a.done and a.status != "removed"]
    if pending:
        out.append(Finding(
            "actions_open", ZERO, f"往期复盘的 {len(pending)} 项行动或调整尚未完成",
            f"{len(pending)} action(s) or adjustment(s) from earlier reviews not done yet",
            tuple(RecordLink(a.kind, a.record_id, a.title) for a in pending)))
    return out


ORDER = ("target_gap", "collection_drop", "overdue_60", "lost", "cause_win_rate", "cause_volume",
         "cause_size", "slipped", "since_slipped", "rotting", "regressed", "since_cut",
         "overdue", "stale", "conversion", "actions_open")


def findings(pack: ReviewPack) -> tuple[Finding, ...]:
    """Every finding of the pack, the most money at stake first."""
    found = [*_targets(pack), *_collection(pack), *_overdue(pack), *_deal_lists(pack),
             *_causes(pack), *_since_last(pack), *_funnel_and_actions(pack)]

    def rank(f: Finding) -> tuple[Decimal, int, str]:
        return (-f.money, ORDER.index(f.code.partition(":")[0]), f.code)

    return tuple(replace(f, en=f.en[:1].upper() + f.en[1:]) for f in sorted(found, key=rank))
