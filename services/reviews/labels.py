"""The words of an exported review pack, in Chinese and English (the GUI words its own screens
through ``tr()``; the export and the CLI are Qt-free, so their words live here, as
:mod:`services.orders.export` keeps its headers).
"""

from __future__ import annotations

from services.targets.requests import METRIC_NAMES

_WORDS: dict[str, tuple[str, str]] = {
    "week": ("周复盘", "Weekly review"),
    "month": ("月复盘", "Monthly review"),
    "quarter": ("季复盘", "Quarterly review"),
    "as_of": ("数据截至", "Figures as of"),
    "last_review": ("上次复盘", "Last review"),
    "none": ("无", "none"),
    "findings": ("发现", "Findings"),
    "no_findings": ("没有需要关注的问题。", "Nothing needs attention."),
    "targets": ("目标与实际", "Target vs. actual"),
    "metric": ("指标", "Metric"),
    "floor": ("保底", "Floor"),
    "target": ("目标", "Target"),
    "challenge": ("挑战", "Challenge"),
    "actual": ("实际", "Actual"),
    "variance": ("差额", "Variance"),
    "attainment": ("达成率", "Attainment"),
    "previous": ("上期实际", "Previous period"),
    "no_targets": ("该组织在本期没有目标。", "The unit has no targets for this period."),
    "causes": ("差额成因（签约额）", "Causes of the variance (signed amount)"),
    "cause": ("成因", "Cause"),
    "amount": ("金额", "Amount"),
    "volume": ("成交量", "Volume"),
    "win_rate": ("赢率", "Win rate"),
    "deal_size": ("客单价", "Deal size"),
    "baseline": ("基准（过去 12 个月）", "Baseline (last 12 months)"),
    "this_period": ("本期", "This period"),
    "closed": ("成交（赢单+输单）", "Closed (won + lost)"),
    "won_count": ("赢单数", "Won"),
    "avg_won": ("平均赢单金额", "Average won deal"),
    "funnel": ("漏斗转化", "Funnel conversion"),
    "pipeline": ("流程", "Pipeline"),
    "stage": ("阶段", "Stage"),
    "reached": ("进入", "Reached"),
    "advanced": ("推进", "Advanced"),
    "rate": ("转化率", "Rate"),
    "previous_rate": ("上期", "Previous"),
    "change": ("变化（百分点）", "Change (points)"),
    "collection": ("回款", "Collection"),
    "due": ("本期到期", "Due in the period"),
    "collected": ("已回款", "Collected"),
    "collection_rate": ("回款率", "Collection rate"),
    "previous_collection_rate": ("上期回款率", "Previous period's rate"),
    "changes": ("自上次复盘以来的变化", "What changed since the last review"),
    "no_last_review": ("这个组织还没有保存过同类复盘。",
                       "No earlier review of this kind was saved."),
    "nothing_changed": ("没有变化。", "Nothing changed."),
    "what": ("变化", "Change"),
    "deal": ("商机", "Deal"),
    "customer": ("客户", "Customer"),
    "owner": ("负责人", "Owner"),
    "before": ("之前", "Before"),
    "after": ("现在", "Now"),
    "added": ("新增", "Added"),
    "advanced_deal": ("推进", "Advanced"),
    "regressed": ("倒退", "Moved back"),
    "won": ("赢单", "Won"),
    "lost": ("输单", "Lost"),
    "slipped": ("推迟", "Slipped"),
    "amount_changed": ("金额变化", "Amount changed"),
    "removed": ("删除", "Removed"),
    "targets_adjusted": ("目标调整", "Target adjusted"),
    "deals": ("商机清单", "Deals"),
    "list": ("类别", "List"),
    "close": ("预计成交", "Expected close"),
    "closed_on": ("成交日期", "Closed on"),
    "note": ("说明", "Note"),
    "won_list": ("本期赢单", "Won"),
    "lost_list": ("本期输单", "Lost"),
    "slipped_list": ("已过预计成交日", "Past expected close"),
    "regressed_list": ("阶段倒退", "Moved back a stage"),
    "rotting_list": ("停滞", "Rotting"),
    "stale": ("跟进断档的客户", "Stale customers"),
    "tier": ("分层", "Tier"),
    "days_since": ("未跟进天数", "Days without follow-up"),
    "open_amount": ("在谈商机金额", "Open deals"),
    "overdue": ("逾期应收", "Overdue instalments"),
    "contract": ("合同", "Contract"),
    "due_date": ("到期日", "Due date"),
    "open": ("未收金额", "Open"),
    "days_overdue": ("逾期天数", "Days overdue"),
    "standings": ("业绩排行（签约额达成率）", "Standings (signed amount attainment)"),
    "rank": ("名次", "Rank"),
    "person": ("人员", "Person"),
    "movement": ("变化", "Change"),
    "actions": ("行动与调整跟踪", "Actions and adjustments"),
    "from_review": ("来自复盘", "From review"),
    "title": ("内容", "What"),
    "status": ("状态", "Status"),
    "done": ("已完成", "Done"),
    "not_done": ("未完成", "Not done"),
    "kind_action": ("行动", "Action"),
    "kind_adjustment": ("目标调整申请", "Adjustment request"),
    "notes": ("备注", "Notes"),
    "decisions": ("决定", "Decisions"),
    "overview": ("概览", "Overview"),
    "chart": ("签约额：目标到实际", "Signed amount: from target to actual"),
    "page": ("第 {page} 页，共 {pages} 页", "Page {page} of {pages}"),
    "empty": ("（无）", "(none)"),
}


def word(key: str, english: bool) -> str:
    """The word for ``key`` in Chinese, or English when ``english``."""
    zh, en = _WORDS[key]
    return en if english else zh


def metric_name(metric: str, english: bool) -> str:
    """A target metric's name (签约额 / Signed amount)."""
    zh, en = METRIC_NAMES.get(metric, (metric, metric))
    return en if english else zh


def title(grain: str, period: str, unit: str, english: bool) -> str:
    """``华东大区 2026-Q3 季复盘`` / ``Quarterly review 2026-Q3 — 华东大区``."""
    if english:
        return f"{word(grain, True)} {period} — {unit}"
    return f"{unit} {period} {word(grain, False)}"
