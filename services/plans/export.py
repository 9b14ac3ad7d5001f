"""Export a plan year to one Excel workbook (销售计划导出): the cascade, actions, funnels, timeline.

Sheets:

- **two cascade sheets per metric**, one per grain: 签约额-按月 (1月…12月, 全年) and 签约额-按季
  (Q1…Q4, 全年). The target tree is an outline — each node a group of rows, its outline level its
  depth (collapsible, summary rows above): 保底 floor, 目标 target, 挑战 challenge, 实际 actual
  and 达成率 attainment, and for a parent with typed values of its own 本级目标 and 未分配
  (本级目标 − 目标). **Leaves are values; every parent's 保底/目标/挑战 cell is ``=SUM(...)`` of
  its children's cells**, so a parent recomputes in Excel when a child changes. Actuals are the
  app's figures (values); attainment is ``actual ÷ target``. 负责人 is the person of a person
  node and the owners of a unit or the company (their managers, the firm's owner/director).
- **one sheet per cut** of the company total (按产品线-签约额, 按渠道-签约额, 按客户分层-…; per
  metric the cut has values for, monthly): the same outline of the cut's tree under the company
  root, whose 本级目标 and 未分配 rows show how far the cut is from the company total; the title
  says in how many periods it does not add up (:mod:`services.targets.cuts`).
- 分期核对 (every node and period whose sub-periods do not add up to its own value — year ≠ Σ
  quarters, quarter ≠ Σ months, month ≠ Σ weeks, to the fen; :mod:`services.targets.consistency`);
  a cascade sheet's title says how many of its metric there are.
- 增长目标 (only when some value was set from growth: :mod:`services.targets.growth`): each such
  value's formula — base periods, base, rate, result, when computed, typed over since or not.
- 行动计划 (action items of plan A 理想线 and B 保底线 with their checkpoints), 反推 (each saved
  reverse funnel: assumptions and the required counts per month), 时间表 (the timeline).

Money is in yuan with the ``¥#,##0`` format; counts plain; rates as percentages. User text is
always written as text (a value starting with ``=``, ``+``, ``-`` or ``@`` never becomes a
formula; control characters are dropped). Styled headers, frozen panes, column widths from the
figures. Every sheet prints on A4 landscape with its text at 8 pt or more
(:mod:`services.plans.export_print`): fitted to the page width when that stays legible, else
split across pages with the title rows and columns repeated; a node's rows never split across
pages; header and footer carry the firm, the plan, the sheet and page x of y. The file is written
to a temporary name beside the target, then ``os.replace`` — never half a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from models.enums import METRIC_UNITS
from services.core.errors import ValidationError
from services.core.store import Store
from services.core.tempfiles import sweep_stale_siblings
from services.importing.exporting import ExportCancelled
from services.org.people import firm_name, person_names
from services.plans import export_sheets as sheets
from services.plans.export_cascade import GRAINS, write_cascade
from services.plans.export_print import PageFurniture, apply_print
from services.targets.cascade import list_plans, load_tree
from services.targets.consistency import tree_period_gaps
from services.targets.cuts import plan_cuts, tree_cut_gaps, year_periods
from services.targets.growth import plan_growth
from services.targets.lifecycle import owners_by_node

Progress = Callable[[int, int], None]
MAX_OWNERS = 2  # names shown in a 负责人 cell; more are summed up as 等


@dataclass(frozen=True)
class PlanExportResult:
    """What was written."""

    path: Path
    nodes: int
    sheets: tuple[str, ...]
    actions: int


def owner_names(store: Store, tree: Any) -> dict[str, str]:
    """What the 负责人 column says per node: the person of a person node, the owners of a unit
    (its managers and directors) or of the company (the firm's owner and directors). A unit
    without a manager of its own shows the owners of the level above, who answer for it.
    """
    names = person_names(store)
    owners = owners_by_node(store, tree.plan.id)
    out: dict[str, str] = {}
    for node in tree.nodes:  # parents come before their children
        shown = sorted(names[i] for i in owners.get(node.id, ()) if i in names)
        if shown:
            out[node.id] = "、".join(shown[:MAX_OWNERS]) + ("等" if len(shown) > MAX_OWNERS
                                                            else "")
        elif node.kind != "person" and node.parent_id in out:
            out[node.id] = out[node.parent_id]
    return out


def export_plan(store: Store, plan_id: str, path: str | Path, *,
                progress: Progress | None = None,
                is_cancelled: Callable[[], bool] | None = None) -> PlanExportResult:
    """Write the plan's workbook to ``path`` (atomically); see the module docstring."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValueError(f"{target.name}: the plan is exported to an .xlsx file")
    tree = load_tree(store, plan_id, all_values=True)
    gaps = tree_period_gaps(tree)
    owners = owner_names(store, tree)
    root = tree.nodes[0].name if tree.nodes else ""
    furniture = PageFurniture(firm_name(store) or root, tree.plan.name)
    metrics = [m for m in tree.plan.metrics if m in METRIC_UNITS]
    total = len(tree.nodes) * len(metrics) * len(GRAINS) + 4
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if is_cancelled is not None and done % 50 == 0 and is_cancelled():
            raise ExportCancelled("Export cancelled; no file was written.")
        if progress is not None and (done % 200 == 0 or done == total):
            progress(done, total)

    cut_trees = [load_tree(store, plan_id, all_values=True, cut=c)
                 for c in plan_cuts(store, plan_id)]
    total += sum(len(t.nodes) for t in cut_trees) * len(metrics)
    wb = Workbook(write_only=True)
    try:
        titles = [write_cascade(wb, tree, m, grain, owners, furniture, tick,
                                sum(1 for g in gaps if g.metric == m))
                  for m in metrics for grain, _label in GRAINS]
        titles += _cut_sheets(wb, tree, cut_trees, metrics, owners, furniture, tick)
        formulas = plan_growth(store, plan_id)
        for write in (lambda: sheets.write_period_check(wb, gaps),
                      *([lambda: sheets.write_growth(wb, tree, formulas)] if formulas else []),
                      lambda: sheets.write_actions(wb, store, plan_id, owners),
                      lambda: sheets.write_funnels(wb, store, tree),
                      lambda: sheets.write_timeline(wb, store, plan_id)):
            titles.append(write())
            apply_print(wb[titles[-1]], furniture)
            tick()
    except BaseException:
        _discard(wb)
        raise
    actions = sheets.action_count(store, plan_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    # The same temporary name as every export (``.<name>.<pid>.tmp``): one a killed export
    # left behind is removed by the next export to the same place.
    sweep_stale_siblings(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        if is_cancelled is not None and is_cancelled():
            _discard(wb)
            raise ExportCancelled("Export cancelled; no file was written.")
        wb.save(tmp)
        with open(tmp, "rb+") as fh:  # on disk before the rename makes it the file
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return PlanExportResult(target, len(tree.nodes), tuple(titles), actions)


CUT_LABELS = {"product_line": "产品线", "channel": "渠道", "customer_tier": "客户分层"}


def _cut_sheets(wb: Workbook, org: Any, cut_trees: list[Any], metrics: list[str],
                owners: dict[str, str], furniture: PageFurniture, tick: Callable[[], None]
                ) -> list[str]:
    """One monthly sheet per cut and metric the cut has typed values for (the first metric when
    it has none, to show its actuals).
    """
    titles = []
    for cut_tree in cut_trees:
        periods = year_periods(cut_tree.plan.year)
        gaps = tree_cut_gaps(org, cut_tree, periods, metrics)
        below = [n.id for n in cut_tree.nodes if n.parent_id is not None]
        typed = [m for m in metrics if any(cut_tree.rollup.cell(n, m, p).own is not None
                                           for n in below for p in cut_tree.periods)]
        for m in typed or metrics[:1]:
            cut_owners = {n.id: owners.get(cut_tree.nodes[0].id, "") for n in cut_tree.nodes}
            titles.append(write_cascade(
                wb, cut_tree, m, "month", cut_owners, furniture, tick,
                cut_label=CUT_LABELS.get(cut_tree.cut, cut_tree.cut),
                cut_gaps=sum(1 for g in gaps if g.metric == m)))
    return titles


def _discard(wb: Workbook) -> None:
    """Close the streamed sheets of an abandoned workbook (their temporary files go too)."""
    for ws in wb.worksheets:
        try:
            if not ws.closed:
                ws.close()
        except Exception:  # noqa: BLE001, S110 - best effort on the way out of an error
            pass


def plan_for_year(store: Store, year: int) -> str:
    """The id of the plan of ``year`` (the first by name when there are several)."""
    plans = sorted((p for p in list_plans(store) if p.year == year), key=lambda p: p.name)
    if not plans:
        raise ValidationError("there is no target plan for {year}", field="year", year=year)
    return plans[0].id
