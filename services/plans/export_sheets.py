"""The plan workbook's non-cascade sheets: 分期核对, 增长目标, 行动计划, 反推 and 时间表 (see
services.plans.export).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select

from models.enums import METRIC_UNITS, MetricUnit
from models.plans import ActionItem
from services.core import periods as P
from services.core.store import Store
from services.plans.actions import list_actions
from services.plans.export_styles import METRIC_LABELS, Styles, setup_sheet
from services.plans.reverse_funnel import list_scenarios, plan_for_node
from services.plans.timeline import list_timeline
from services.targets.consistency import PeriodGap

STATUS_LABELS = {"todo": "待办", "doing": "进行中", "done": "已完成", "blocked": "受阻"}
VARIANT_LABELS = {"A": "A 理想线", "B": "B 保底线"}
STAGE_LABELS = {"leads": "线索", "first_contacts": "初步沟通", "quotes": "方案报价",
                "negotiations": "商务谈判", "wins": "赢单"}
TIMELINE_KINDS = {"target_setting": "目标设定", "plan_review": "方案评审", "briefing": "宣贯认领",
                  "kpi_rules": "KPI与激励", "monthly_plan": "月度计划", "weekly_tasks": "周任务",
                  "quarterly_review": "季度复盘", "year_end": "年终总结"}


def action_count(store: Store, plan_id: str) -> int:
    """How many live action items the plan has."""
    with store.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(ActionItem).where(
            ActionItem.plan_id == plan_id, ActionItem.deleted_at.is_(None))) or 0)


def _sheet(wb: Workbook, title: str, heading: str, heads: list[str],
           widths: Sequence[float], *, top: bool = False) -> tuple[Any, Any]:
    """A sheet with its title and column headings; ``top`` when it has wrapped cells."""
    ws = wb.create_sheet(title)
    setup_sheet(ws, {i + 1: w for i, w in enumerate(widths)}, freeze="A3", title_rows="1:2")
    st = Styles(ws, top=top)
    ws.append([st.put("title", heading, text=True)])
    ws.append(st.row([("head", h, True) for h in heads]))
    return ws, st


SUB_WORDS = {"quarter": "各季度合计", "month": "各月合计", "week": "各周合计",
             "mixed": "下级期间合计"}


def period_text(key: str) -> str:
    """2026 → 2026全年, 2026-Q1 → 2026 Q1, 2026-03 → 2026年3月, 2026-W05 → 2026 W05."""
    p = P.parse(key)
    if p.grain is P.Grain.YEAR:
        return f"{p.year}全年"
    if p.grain is P.Grain.MONTH:
        return f"{p.year}年{p.index}月"
    return f"{p.year} {key[5:]}"


def write_period_check(wb: Workbook, gaps: Sequence[PeriodGap]) -> str:
    """分期核对: every node and period whose sub-periods do not add up to its own value (年 ≠
    Σ季, 季 ≠ Σ月, 月 ≠ Σ周), each value that differs on its own row; one line when none.
    """
    title = "分期核对"
    widths = [22, 12, 14, 8, 16, 10, 16, 14]
    ws, st = _sheet(wb, title, "分期核对：本期目标与下级期间合计不一致之处",
                    ["节点", "指标", "期间", "项目", "本期目标", "比较对象", "下级期间合计",
                     "差额"], widths)
    if not gaps:
        ws.append([st.put("name1", "各节点的全年、季度、月度（及周）目标均相加一致", text=True)])
    for g in gaps:
        money = METRIC_UNITS[g.metric] is MetricUnit.FEN
        look = "money_fen" if money else "count"
        scale = Decimal(100) if money else Decimal(1)
        for level, label in (("floor", "保底"), ("target", "目标"), ("challenge", "挑战")):
            diff = getattr(g.gap, level)
            if diff:
                ws.append(st.row([
                    ("name1", g.node_name, True), ("name1", METRIC_LABELS.get(g.metric, g.metric),
                                                   True),
                    ("name1", period_text(g.period), True), ("name1", label, True),
                    (look, Decimal(getattr(g.own, level)) / scale),
                    ("name1", SUB_WORDS[g.sub_grain], True),
                    (look, Decimal(getattr(g.parts, level)) / scale),
                    (look + "_warn" if money else "count_warn", Decimal(diff) / scale)]))
    return title


def write_growth(wb: Workbook, tree: Any, formulas: dict[tuple[str, str, str], Any]) -> str:
    """增长目标: every value set from growth with its formula — base periods, base, rates, result,
    when computed, and whether the value was typed over since.
    """
    title = "增长目标"
    widths = [22, 12, 12, 22, 16, 10, 16, 12, 12]
    ws, st = _sheet(wb, title, "增长目标：去年（或近N年平均）实际 ×（1 + 增长率）",
                    ["节点", "指标", "期间", "基数期间", "基数", "目标增长率", "结果", "计算日期",
                     "状态"], widths)
    names = {n.id: n.name for n in tree.nodes}
    order = {n.id: i for i, n in enumerate(tree.nodes)}
    for (node_id, metric, period), f in sorted(
            formulas.items(), key=lambda kv: (order.get(kv[0][0], -1), kv[0][1:])):
        if node_id not in names:
            continue
        money = METRIC_UNITS[metric] is MetricUnit.FEN
        look = "money_fen" if money else "count"
        scale = Decimal(100) if money else Decimal(1)
        own = tree.rollup.cell(node_id, metric, period).own
        state = "当前值" if own is not None and own.target == f.result else "已手工修改"
        base = (period_text(f.base_periods[0]) if f.years == 1 else
                f"近{f.years}年平均（{'、'.join(period_text(k) for k in f.base_periods)}）")
        ws.append(st.row([
            ("name1", names[node_id], True), ("name1", METRIC_LABELS.get(metric, metric), True),
            ("name1", period_text(period), True), ("name1", base, True),
            (look, Decimal(f.base) / scale), ("name1", f"{f.rate_bp / 100:g}%", True),
            (look, Decimal(f.result) / scale),
            ("name1", f.computed_at.astimezone().date().isoformat(), True),
            ("name1", state, True)]))
    return title


def write_actions(wb: Workbook, store: Store, plan_id: str,
                  node_owners: dict[str, str] | None = None) -> str:
    """行动计划: every action item of both variants with its checkpoints. An item without an
    owner of its own shows its node's owners (``node_owners``: node id → names).
    """
    title = "行动计划"
    widths = [10, 16, 10, 18, 24, 11, 8, 10, 14, 48]
    ws, st = _sheet(wb, title, "行动计划（A 理想线 / B 保底线）",
                    ["版本", "目标节点", "负责人", "做什么", "怎么做", "截止日期", "状态",
                     "预算", "资源", "检查点/里程碑"], widths, top=True)
    node_owners = node_owners or {}
    row = 3
    for a in sorted(list_actions(store, plan_id), key=lambda x: (x.variant, x.sort_order)):
        cps = "\n".join(
            f"{'✓' if c.done_on else '○'} {c.title}"
            + (f" {c.due_on.isoformat()}" if c.due_on else "")
            + (f"（完成 {c.done_on.isoformat()}）" if c.done_on else "")
            for c in a.checkpoints)
        row = st.append_fitted([
            ("name0", VARIANT_LABELS.get(a.variant, a.variant), True),
            ("wrap", a.node_name, True),
            ("wrap", a.owner_name or node_owners.get(a.node_id), True),
            ("wrap", a.title, True),
            ("wrap", a.method, True),
            ("date", a.due_on),
            ("name1", STATUS_LABELS.get(a.status, a.status), True),
            ("money", Decimal(a.budget)),
            ("wrap", a.resources, True),
            ("wrap", cps, True),
        ], widths, row)
    return title


def write_funnels(wb: Workbook, store: Store, tree: Any) -> str:
    """反推: each saved reverse funnel's assumptions and required counts per month."""
    title = "反推"
    ws, st = _sheet(wb, title, "反推：从目标倒推过程指标",
                    ["项目", *[f"{m}月" for m in range(1, 13)], "合计"],
                    [22] + [9] * 13)
    scenarios = list_scenarios(store, tree.plan.id)
    if not scenarios:
        ws.append([st.put("name1", "尚未保存反推方案（在“销售计划 › 反推”中保存）", text=True)])
    known = {n.id for n in tree.nodes}
    for sc in scenarios:
        if sc.node_id not in known:
            continue
        a = sc.assumptions
        names = {**STAGE_LABELS, **{f"mid{i}": n for i, (n, _bp) in enumerate(a.middle, 1)}}
        keys = a.stage_keys()
        ws.append([])
        ws.append([st.put("block", f"{sc.name} · {sc.node_name} · "
                                   f"{METRIC_LABELS.get(sc.metric, sc.metric)} · {sc.period}",
                          text=True)])
        rates = [(f"{names[k]}→{names[keys[i + 1]]}", "rate", Decimal(bp) / 10_000)
                 for i, (k, bp) in enumerate(a.steps())]
        for label, look, value in (
                ("平均赢单金额", "money", Decimal(a.avg_won_fen) / 100), *rates,
                ("销售周期（天）", "count", a.cycle_days)):
            ws.append(st.row([("name1", label, True), (look, value)]))
        result = plan_for_node(tree, sc.node_id, sc.metric, sc.period, a)["target"]
        ws.append(st.row([("head", "阶段（目标）", True),
                          *[("head", m[-2:].lstrip("0") + "月", True) for m in result.months],
                          ("head", "合计", True)]))
        for stage in result.stages:
            months = result.by_month[stage]
            ws.append(st.row([("name1", names[stage], True),
                              *[("count", v) for v in months],
                              ("count_b", result.total[stage])]))
    return title


def write_timeline(wb: Workbook, store: Store, plan_id: str) -> str:
    """时间表: the plan's dated checkpoints."""
    title = "时间表"
    widths = [12, 11, 28, 12, 12, 36]
    ws, st = _sheet(wb, title, "年度时间表", ["日期", "类型", "事项", "完成日期", "提前提醒(天)",
                                              "备注"], widths)
    row = 3
    for c in list_timeline(store, plan_id):
        row = st.append_fitted([("date", c.due_on),
                                ("name1", TIMELINE_KINDS.get(c.kind, c.kind), True),
                                ("wrap", c.title, True),
                                ("date", c.done_on),
                                ("count", c.remind_days_before),
                                ("wrap", c.notes, True)], widths, row)
    return title
